"""Which stage a review may move to from which, in one place.

The issue for the full lifecycle adds conditions (deadlines, pauses); the
table and the two functions below are what every caller goes through.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest

from dhr.audit import services as audit
from dhr.reviews.models import Decision, Review, Stage

TRANSITIONS: dict[str, set[str]] = {
    Stage.NOTIFICATION: {Stage.DECISION},
    Stage.DECISION: {Stage.SET_UP, Stage.NOT_PROCEEDING},
    Stage.SET_UP: {Stage.EVIDENCE},
    Stage.EVIDENCE: {Stage.DRAFTING},
    Stage.DRAFTING: {Stage.CSP_SIGN_OFF},
    Stage.CSP_SIGN_OFF: {Stage.DRAFTING, Stage.SUBMITTED},
    Stage.SUBMITTED: {Stage.REVISIONS, Stage.APPROVED},
    Stage.REVISIONS: {Stage.SUBMITTED},
    Stage.APPROVED: {Stage.PUBLISHED},
    Stage.PUBLISHED: {Stage.MONITORING},
    Stage.MONITORING: {Stage.CONCLUDED},
    Stage.CONCLUDED: set(),
    Stage.NOT_PROCEEDING: set(),
}


def allowed_next_stages(review: Review) -> list[Stage]:
    return [Stage(s) for s in Stage.values if s in TRANSITIONS[review.stage]]


def check_transition(review: Review, target: str) -> None:
    """Raise ValidationError, saying why, unless the move is allowed now."""
    if target not in Stage.values:
        raise ValidationError(f"'{target}' is not a stage.")
    if target not in TRANSITIONS[review.stage]:
        raise ValidationError(
            f"A review cannot move from {Stage(review.stage).label} to {Stage(target).label}."
        )
    if target == Stage.SET_UP and review.decision != Decision.PROCEED:
        raise ValidationError("Record the CSP chair's decision to proceed first.")
    if target == Stage.NOT_PROCEEDING and review.decision not in {
        Decision.NOT_PROCEED,
        Decision.REFER,
    }:
        raise ValidationError("Record the CSP chair's decision not to proceed first.")
    if target == Stage.PUBLISHED and not getattr(
        getattr(review, "publication", None), "is_published", False
    ):
        raise ValidationError("Publish the review from its publication page.")


def do_transition(
    actor: Any, review: Review, target: str, reason: str, request: HttpRequest | None = None
) -> None:
    check_transition(review, target)
    previous = review.stage
    with transaction.atomic():
        review.stage = target
        review.save(update_fields=["stage", "updated_at"])
        audit.record(
            actor,
            "review.stage",
            f"Moved from {Stage(previous).label} to {Stage(target).label}",
            review=review,
            target=review,
            detail={"from": previous, "to": target, "reason": reason},
            request=request,
        )
