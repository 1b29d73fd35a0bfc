"""Recommendations and their SMART actions."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.http import HttpRequest

from dhr.actions.models import Action, ActionStatus, Recommendation
from dhr.audit import services as audit
from dhr.reviews.models import Review


def do_add_recommendation(
    actor: Any, review: Review, recommendation: Recommendation, request: HttpRequest | None = None
) -> Recommendation:
    if recommendation.agency is not None and recommendation.agency.csp_id != review.csp_id:
        raise ValidationError({"agency": "Choose an agency from this CSP's directory"})
    with transaction.atomic():
        highest = review.recommendations.aggregate(n=Max("number"))["n"] or 0
        recommendation.review = review
        recommendation.number = highest + 1
        recommendation.save()
        audit.record(
            actor,
            "recommendation.add",
            f"Added recommendation {recommendation.number}",
            review=review,
            target=recommendation,
            request=request,
        )
    return recommendation


def check_action(action: Action) -> None:
    """A SMART action names who, what, by when, the outcome and how it is monitored."""
    if action.status == ActionStatus.COMPLETE and not action.completed_on:
        raise ValidationError({"completed_on": "Enter the date the action was completed"})
    if action.status != ActionStatus.COMPLETE and action.completed_on:
        raise ValidationError({"completed_on": "Only a complete action has a completion date"})


def do_save_action(
    actor: Any,
    recommendation: Recommendation,
    action: Action,
    changed: list[str],
    request: HttpRequest | None = None,
) -> Action:
    check_action(action)
    adding = action.pk is None
    with transaction.atomic():
        action.recommendation = recommendation
        action.save()
        audit.record(
            actor,
            "action.add" if adding else "action.update",
            (
                f"Added an action to recommendation {recommendation.number}"
                if adding
                else f"Changed an action of recommendation {recommendation.number}: "
                + ", ".join(changed)
            ),
            review=recommendation.review,
            target=action,
            detail={"fields": changed},
            request=request,
        )
    return action
