"""Sending reminder emails once only: shared by deadline and IMR reminders.

Both `reminders` (statutory deadlines) and `imr_reminders` (outstanding IMRs)
build `Outgoing` emails and hand them to `deliver`; this module imports neither.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction

from dhr.schedule.models import ReminderSent

log = logging.getLogger(__name__)
PASSED = -1


def reminder_days() -> list[int]:
    return sorted({int(d) for d in getattr(settings, "DHR_REMINDER_DAYS", (14, 3)) if int(d) >= 0})


def due_offset(days_remaining: int, days: list[int]) -> int | None:
    """Which reminder is due: the nearest offset not yet reached, or PASSED."""
    if days_remaining < 0:
        return PASSED
    reached = [d for d in days if days_remaining <= d]
    return min(reached) if reached else None


# One email to send: its once-only row (not yet saved), subject and body.
Outgoing = tuple[ReminderSent, str, str]


def send_once(event: ReminderSent, subject: str, body: str) -> bool:
    """Insert the event's row, then send; both or neither. False if already sent."""
    try:
        with transaction.atomic():
            event.save(force_insert=True)
            send_mail(subject, body, None, [event.recipient.email])
    except IntegrityError:
        return False  # another worker, or an earlier run, sent this one
    return True


def deliver(outgoing: Iterable[Outgoing]) -> tuple[int, int]:
    """Send each email once; returns (sent, failed).

    A failure records nothing, so the next run tries again; one bad address or a
    mail server hiccup does not stop the rest.
    """
    sent = failed = 0
    for event, subject, body in outgoing:
        try:
            if send_once(event, subject, body):
                sent += 1
        except Exception:
            failed += 1
            log.exception(
                "Reminder %s to user %s about review %s failed",
                event.kind,
                event.recipient_id,
                event.review_id,
            )
    return sent, failed
