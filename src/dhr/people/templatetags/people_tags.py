from __future__ import annotations

from typing import Any

from django import template

from dhr.access import ReviewAccess
from dhr.people.services import family_summary
from dhr.reviews.models import Review

register = template.Library()


@register.inclusion_tag("people/_review_section_body.html")
def family_involvement(review: Review, can: ReviewAccess) -> dict[str, Any]:
    """Counts only, no names: how far the family was involved, for the review page."""
    return {"review": review, "can": can, "summary": family_summary(review)}
