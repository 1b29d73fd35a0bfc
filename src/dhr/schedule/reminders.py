"""Reminder emails before a deadline and when it passes, each sent once only.

Run daily: cron runs `dhr send_reminders`, which enqueues the `send_reminders`
task for a `dhr db_worker` (or `dhr send_reminders --now` runs it in place).
Any number of workers may run it at once: each reminder's row is inserted
before its email is sent, in one transaction, and the unique constraint on
(review, deadline, due date, offset, recipient) lets only one insert succeed.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Iterator
from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django_tasks import task

from dhr.accounts.models import CspMembership, CspRole, User
from dhr.actions.reminders import action_outgoing
from dhr.reviews.models import Review, ReviewMembership, ReviewRole
from dhr.schedule.clock import Clock, Status
from dhr.schedule.imr_reminders import imr_outgoing
from dhr.schedule.models import ReminderSent
from dhr.schedule.sending import PASSED, Outgoing, deliver, due_offset, reminder_days
from dhr.schedule.services import FINISHED_STAGES, clock_for, today

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Reminder:
    review: Review
    clock: Clock
    offset_days: int  # days before the due date, or PASSED


def reminders_due(on: datetime.date) -> list[Reminder]:
    reviews = (
        Review.objects.exclude(stage__in=FINISHED_STAGES)
        .filter(report_completed_on__isnull=True)
        .select_related("csp")
        .prefetch_related("pauses", "extensions")
    )
    days = reminder_days()
    due: list[Reminder] = []
    for review in reviews:
        clock = clock_for(review, on, list(review.pauses.all()), list(review.extensions.all()))
        # While paused the due date is still moving: no reminders until it restarts.
        if clock.days_remaining is None or clock.status == Status.PAUSED:
            continue
        offset = due_offset(clock.days_remaining, days)
        if offset is not None:
            due.append(Reminder(review, clock, offset))
    return due


def recipients(reviews: list[Review]) -> dict[int, list[User]]:
    """The CSP's coordinators and the review's independent chair, by review id."""
    csp_ids = {r.csp_id for r in reviews}
    coordinators: dict[int, list[User]] = {}
    for m in CspMembership.objects.filter(
        csp_id__in=csp_ids, role=CspRole.COORDINATOR, user__is_active=True
    ).select_related("user"):
        coordinators.setdefault(m.csp_id, []).append(m.user)
    chairs: dict[int, list[User]] = {}
    for rm in ReviewMembership.objects.filter(
        review__in=[r.pk for r in reviews],
        role=ReviewRole.INDEPENDENT_CHAIR,
        user__is_active=True,
    ).select_related("user"):
        chairs.setdefault(rm.review_id, []).append(rm.user)
    result: dict[int, list[User]] = {}
    for r in reviews:
        people = {u.pk: u for u in coordinators.get(r.csp_id, []) + chairs.get(r.pk, [])}
        result[r.pk] = list(people.values())
    return result


def message_for(reminder: Reminder, base_url: str) -> tuple[str, str]:
    review, clock = reminder.review, reminder.clock
    assert clock.next_kind is not None and clock.next_due is not None
    what = clock.next_kind.label
    ref = review.full_reference
    due = f"{clock.next_due.day} {clock.next_due:%B %Y}"
    if reminder.offset_days == PASSED:
        subject = f"{ref}: {what.lower()} is overdue"
        lead = f"The {what.lower()} for {ref} was due on {due} and is now {clock.due_in_words}."
    else:
        subject = f"{ref}: {what.lower()} due in {clock.days_remaining} days"
        lead = f"The {what.lower()} for {ref} is due on {due} ({clock.due_in_words})."
    link = base_url.rstrip("/") + reverse("reviews:detail", args=[review.pk])
    body = (
        f"{lead}\n\nIf the CSP has agreed a new date or the review is paused, record it on "
        f"the review so the clock and these reminders stay right:\n{link}\n\n"
        "You receive this because you coordinate reviews for the CSP or chair this review."
    )
    return subject, body


def deadline_outgoing(on: datetime.date, base_url: str) -> Iterator[Outgoing]:
    """The statutory deadline reminders due on `on`, one per recipient."""
    due = reminders_due(on)
    people = recipients([r.review for r in due])
    for reminder in due:
        clock = reminder.clock
        assert clock.next_kind is not None and clock.next_due is not None
        subject, body = message_for(reminder, base_url)
        for user in people[reminder.review.pk]:
            event = ReminderSent(
                review=reminder.review,
                kind=str(clock.next_kind),
                due_on=clock.next_due,
                offset_days=reminder.offset_days,
                recipient=user,
            )
            yield event, subject, body


def run_reminders(on: datetime.date | None = None) -> int:
    """Send every reminder due today (deadlines, outstanding IMRs, actions) not sent before."""
    on = on or today()
    base_url = getattr(settings, "DHR_BASE_URL", "http://localhost:8000")
    sent, failed = deliver(
        [
            *deadline_outgoing(on, base_url),
            *imr_outgoing(on, base_url),
            *action_outgoing(on, base_url),
        ]
    )
    log.info("Sent %s reminder emails, %s failed", sent, failed)
    if failed:
        raise RuntimeError(f"{failed} reminder email(s) could not be sent; {sent} were sent")
    return sent


@task()
def send_reminders() -> int:
    return run_reminders()
