"""The panel's summary on a review's page: independence flag, scoping and terms of reference."""

from __future__ import annotations

from typing import Any

from django import template

from dhr.access import Can, ReviewAccess
from dhr.panel import letters, services
from dhr.reviews.models import Review

register = template.Library()


@register.inclusion_tag("panel/_review_summary.html")
def panel_review_summary(review: Review, can: ReviewAccess) -> dict[str, Any]:
    sees_independence = can.has(Can.EDIT) or can.has(Can.DECIDE)
    return {
        "review": review,
        "independence_warning": (
            services.independence_warning(review) if sees_independence else ""
        ),
        "terms": letters.current_terms(review),
    }
