"""Reminders that an agency's IMR is due or overdue, through the same once-only rows.

An IMR is outstanding while its request has a due date, the letter has gone,
nothing is recorded as received and the agency has uploaded no version. The
agency's IMR authors on the review, the independent chair and the CSP's
coordinators are told; the email names the agency and the review's reference,
never a person.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from django.urls import reverse

from dhr.accounts.models import CspMembership, CspRole, User
from dhr.evidence.models import ImrSubmission
from dhr.panel.models import ImrRequest
from dhr.reviews.models import ReviewMembership, ReviewRole
from dhr.schedule.models import ReminderSent
from dhr.schedule.sending import PASSED, Outgoing, deliver, due_offset, reminder_days
from dhr.schedule.services import FINISHED_STAGES


def imr_kind(request: ImrRequest) -> str:
    """The reminder row's kind for one agency's IMR (fits ReminderSent.kind)."""
    return f"imr{request.agency_id}"


def outstanding_imrs(on: datetime.date) -> list[tuple[ImrRequest, int]]:
    """Each outstanding IMR request with the reminder offset due on `on`."""
    submitted = set(ImrSubmission.objects.values_list("review_id", "agency_id"))
    requests = (
        ImrRequest.objects.filter(
            due_on__isnull=False, letter_sent_on__isnull=False, received_on__isnull=True
        )
        .exclude(review__stage__in=FINISHED_STAGES)
        .select_related("review__csp", "agency")
    )
    days = reminder_days()
    due: list[tuple[ImrRequest, int]] = []
    for request in requests:
        if (request.review_id, request.agency_id) in submitted:
            continue
        assert request.due_on is not None
        offset = due_offset((request.due_on - on).days, days)
        if offset is not None:
            due.append((request, offset))
    return due


def imr_recipients(request: ImrRequest) -> list[User]:
    users = {
        m.user_id: m.user
        for m in ReviewMembership.objects.filter(
            review_id=request.review_id, user__is_active=True
        ).select_related("user")
        if m.role == ReviewRole.INDEPENDENT_CHAIR
        or (m.role == ReviewRole.IMR_AUTHOR and m.agency_id == request.agency_id)
    }
    for m in CspMembership.objects.filter(
        csp_id=request.review.csp_id, role=CspRole.COORDINATOR, user__is_active=True
    ).select_related("user"):
        users[m.user_id] = m.user
    return list(users.values())


def imr_message(
    request: ImrRequest, offset: int, on: datetime.date, base_url: str
) -> tuple[str, str]:
    assert request.due_on is not None
    ref = request.review.full_reference
    due = f"{request.due_on.day} {request.due_on:%B %Y}"
    if offset == PASSED:
        subject = f"{ref}: the IMR from {request.agency.name} is overdue"
        lead = f"The IMR from {request.agency.name} for {ref} was due on {due}."
    else:
        days = (request.due_on - on).days
        subject = f"{ref}: the IMR from {request.agency.name} is due in {days} days"
        lead = f"The IMR from {request.agency.name} for {ref} is due on {due}."
    link = base_url.rstrip("/") + reverse("reviews:detail", args=[request.review_id])
    body = (
        f"{lead}\n\nUpload it, or record a new due date agreed with the chair, on the "
        f"review:\n{link}\n\nYou receive this because you write this agency's IMR, chair "
        "this review or coordinate reviews for the CSP."
    )
    return subject, body


def imr_outgoing(on: datetime.date, base_url: str) -> Iterator[Outgoing]:
    """The IMR reminders due on `on`, one per recipient, for the shared once-only sending."""
    for request, offset in outstanding_imrs(on):
        assert request.due_on is not None
        subject, body = imr_message(request, offset, on, base_url)
        for user in imr_recipients(request):
            event = ReminderSent(
                review_id=request.review_id,
                kind=imr_kind(request),
                due_on=request.due_on,
                offset_days=offset,
                recipient=user,
            )
            yield event, subject, body


def run_imr_reminders(on: datetime.date, base_url: str) -> tuple[int, int]:
    """Send each IMR reminder due on `on` not sent before. Returns (sent, failed)."""
    return deliver(imr_outgoing(on, base_url))
