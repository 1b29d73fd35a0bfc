"""The clock and timeline on the review page."""

from __future__ import annotations

from typing import Any

from django import template

from dhr.reviews.models import Review
from dhr.schedule import services
from dhr.schedule.timeline import entries_for, render_svg

register = template.Library()


@register.inclusion_tag("schedule/_clock_summary.html")
def schedule_summary(review: Review, can: Any = None) -> dict[str, Any]:
    pauses = list(review.pauses.all())
    extensions = list(review.extensions.all())
    on = services.today()
    clock = services.clock_for(review, on, pauses, extensions)
    capabilities: frozenset[str] = getattr(can, "capabilities", frozenset())
    return {
        "review": review,
        "clock": clock,
        "can_edit": "edit" in capabilities,
        "svg": render_svg(review, clock, pauses, extensions, on, svg_id="review-timeline"),
        "entries": entries_for(review, clock, pauses, extensions, on),
    }
