"""Reminders that an action is due or overdue, through the schedule's once-only rows.

An action is open while its recommendation stands and it is neither complete,
evidenced nor closed. Its owner, its agency's people on the panel and the
CSP's coordinators are told; the email names the review and the agency, never
anyone in the case.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from django.urls import reverse

from dhr.accounts.models import CspMembership, CspRole, User
from dhr.actions.models import Action, ActionStatus, EvidenceDecision
from dhr.reviews.models import ReviewMembership, ReviewRole
from dhr.schedule.models import ReminderSent
from dhr.schedule.sending import PASSED, Outgoing, due_offset, reminder_days


def action_kind(action: Action) -> str:
    """The reminder row's kind for one action (fits ReminderSent.kind)."""
    return f"act{action.pk}"


def open_actions() -> list[Action]:
    return list(
        Action.objects.filter(
            due_on__isnull=False,
            closed_at__isnull=True,
            recommendation__withdrawn_at__isnull=True,
        )
        .exclude(status=ActionStatus.COMPLETE)
        .exclude(evidence__decision=EvidenceDecision.ACCEPTED)
        .exclude(recommendation__review__stage="concluded")
        .select_related("recommendation__review__csp", "lead_agency", "owner")
        .distinct()
    )


def actions_due(on: datetime.date) -> list[tuple[Action, int]]:
    """Each open action with the reminder offset due on `on` (PASSED once overdue)."""
    days = reminder_days()
    due = []
    for action in open_actions():
        assert action.due_on is not None
        offset = due_offset((action.due_on - on).days, days)
        if offset is not None:
            due.append((action, offset))
    return due


def action_recipients(action: Action) -> list[User]:
    review = action.recommendation.review
    users: dict[int, User] = {}
    if action.owner and action.owner.is_active:
        users[action.owner.pk] = action.owner
    for m in ReviewMembership.objects.filter(
        review=review,
        role=ReviewRole.PANEL_MEMBER,
        agency=action.lead_agency,
        user__is_active=True,
    ).select_related("user"):
        users[m.user_id] = m.user
    for c in CspMembership.objects.filter(
        csp_id=review.csp_id, role=CspRole.COORDINATOR, user__is_active=True
    ).select_related("user"):
        users[c.user_id] = c.user
    return list(users.values())


def action_message(
    action: Action, offset: int, on: datetime.date, base_url: str
) -> tuple[str, str]:
    assert action.due_on is not None
    review = action.recommendation.review
    ref = review.full_reference
    agency = action.lead_agency or "the lead agency"
    due = f"{action.due_on.day} {action.due_on:%B %Y}"
    number = action.recommendation.number
    if offset == PASSED:
        subject = f"{ref}: an action of recommendation {number} is overdue"
        lead = f"{agency}'s action for recommendation {number} of {ref} was due on {due}."
    else:
        days = (action.due_on - on).days
        subject = f"{ref}: an action of recommendation {number} is due in {days} days"
        lead = f"{agency}'s action for recommendation {number} of {ref} is due on {due}."
    link = base_url.rstrip("/") + reverse("actions:progress", args=[review.pk, action.pk])
    body = (
        f"{lead}\n\n{action.what}\n\nReport its progress and attach the evidence here:\n{link}"
        "\n\nYou receive this because you own this action, represent its agency on the panel "
        "or coordinate reviews for the CSP."
    )
    return subject, body


def action_outgoing(on: datetime.date, base_url: str) -> Iterator[Outgoing]:
    """The action reminders due on `on`, one per recipient, for the shared once-only sending."""
    for action, offset in actions_due(on):
        assert action.due_on is not None
        subject, body = action_message(action, offset, on, base_url)
        for user in action_recipients(action):
            event = ReminderSent(
                review_id=action.recommendation.review_id,
                kind=action_kind(action),
                due_on=action.due_on,
                offset_days=offset,
                recipient=user,
            )
            yield event, subject, body
