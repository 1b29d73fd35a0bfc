"""Recording pauses, extensions and meetings; the clock of a review from its records."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from dhr.audit import services as audit
from dhr.core.tokens import hash_token, new_token
from dhr.core.uploads import check_upload
from dhr.panel.models import PanelMember
from dhr.reviews.models import SUBMITTED_STAGES, Decision, Review, Stage
from dhr.schedule.clock import Clock, ExtensionSpan, PauseSpan, compute_clock, total_paused_days
from dhr.schedule.models import (
    Attendance,
    CalendarToken,
    Extension,
    Meeting,
    MeetingOutcome,
    OutcomeKind,
    Pause,
    PauseKind,
)

FINISHED_STAGES = SUBMITTED_STAGES | {Stage.NOT_PROCEEDING}


def today() -> datetime.date:
    return timezone.localdate()


def clock_for(
    review: Review,
    on: datetime.date | None = None,
    pauses: list[Pause] | None = None,
    extensions: list[Extension] | None = None,
) -> Clock:
    """The review's clock. Pass prefetched pauses and extensions to avoid queries."""
    pauses = list(review.pauses.all()) if pauses is None else pauses
    extensions = list(review.extensions.all()) if extensions is None else extensions
    return compute_clock(
        notified_on=review.notified_on,
        decided_on=review.decided_on,
        proceeding=review.decision == Decision.PROCEED,
        decision_pending=review.decision == Decision.PENDING,
        completed_on=review.report_completed_on,
        finished=review.stage in FINISHED_STAGES
        or review.decision in {Decision.NOT_PROCEED, Decision.REFER},
        decision_months=review.csp.decision_period_months,
        report_months=review.csp.report_period_months,
        pauses=[PauseSpan(p.started_on, p.ended_on) for p in pauses],
        extensions=[ExtensionSpan(e.new_due_on, e.agreed_on, e.pk or 0) for e in extensions],
        today=on or today(),
    )


# Pauses


PAUSE_END_ERROR = (
    "The date the clock restarted must be after the day the pause started "
    "(a pause from 3 March to 4 March is one day)"
)


def check_pause(review: Review, pause: Pause) -> None:
    if pause.started_on < review.notified_on:
        raise ValidationError(
            {"started_on": "The pause must start on or after the date of notification"}
        )
    if pause.ended_on is not None and pause.ended_on <= pause.started_on:
        raise ValidationError({"ended_on": PAUSE_END_ERROR})
    if not pause.reason.strip():
        raise ValidationError({"reason": "Enter why the review was paused"})


def do_add_pause(
    actor: Any, review: Review, pause: Pause, request: HttpRequest | None = None
) -> Pause:
    pause.review = review
    check_pause(review, pause)
    with transaction.atomic():
        pause.recorded_by = actor if getattr(actor, "is_authenticated", False) else None
        pause.save()
        audit.record(
            actor,
            "schedule.pause",
            f"Paused the clock ({pause.get_kind_display()}) from {pause.started_on}",
            review=review,
            target=pause,
            detail={"started_on": pause.started_on, "ended_on": pause.ended_on},
            request=request,
        )
    return pause


def do_end_pause(
    actor: Any, pause: Pause, ended_on: datetime.date, request: HttpRequest | None = None
) -> Pause:
    if ended_on <= pause.started_on:
        raise ValidationError({"ended_on": PAUSE_END_ERROR})
    with transaction.atomic():
        previous = pause.ended_on
        pause.ended_on = ended_on
        pause.save(update_fields=["ended_on"])
        audit.record(
            actor,
            "schedule.pause_end",
            f"Recorded the end of the pause from {pause.started_on}: {ended_on}",
            review=pause.review,
            target=pause,
            detail={"ended_on": ended_on, "previous": previous},
            request=request,
        )
    return pause


# Extensions


def check_extension(review: Review, extension: Extension) -> None:
    if review.decision != Decision.PROCEED or review.decided_on is None:
        raise ValidationError(
            "The report's timescale can be extended only once the decision to proceed is recorded"
        )
    if extension.new_due_on <= review.decided_on:
        raise ValidationError({"new_due_on": "The new date must be after the decision to proceed"})
    if extension.agreed_on < review.decided_on:
        raise ValidationError(
            {"agreed_on": "The extension must be agreed on or after the decision to proceed"}
        )
    if extension.agreed_on > today():
        raise ValidationError({"agreed_on": "The date it was agreed must be today or in the past"})
    for name, message in [
        ("agreed_by_name", "Enter who agreed the extension at the CSP"),
        ("agreed_by_role", "Enter their role at the CSP"),
        ("reason", "Enter why the extension was agreed"),
    ]:
        if not str(getattr(extension, name)).strip():
            raise ValidationError({name: message})


def do_add_extension(
    actor: Any, review: Review, extension: Extension, request: HttpRequest | None = None
) -> Extension:
    extension.review = review
    check_extension(review, extension)
    with transaction.atomic():
        extension.recorded_by = actor if getattr(actor, "is_authenticated", False) else None
        extension.save()
        audit.record(
            actor,
            "schedule.extension",
            f"Report timescale extended to {extension.new_due_on}, agreed by "
            f"{extension.agreed_by_name} ({extension.agreed_by_role})",
            review=review,
            target=extension,
            detail={"new_due_on": extension.new_due_on, "agreed_on": extension.agreed_on},
            request=request,
        )
    return extension


# Meetings


def check_meeting(meeting: Meeting) -> None:
    if not meeting.place.strip():
        raise ValidationError({"place": "Enter where the meeting is, or the link to join it"})


def do_add_meeting(
    actor: Any, review: Review, meeting: Meeting, request: HttpRequest | None = None
) -> Meeting:
    meeting.review = review
    check_meeting(meeting)
    with transaction.atomic():
        meeting.save()
        audit.record(
            actor,
            "schedule.meeting",
            f"Scheduled a panel meeting on {timezone.localtime(meeting.starts_at):%d %B %Y %H:%M}",
            review=review,
            target=meeting,
            request=request,
        )
    return meeting


MEETING_FIELDS = ["starts_at", "place", "agenda"]


def check_not_cancelled(meeting: Meeting) -> None:
    if meeting.is_cancelled:
        raise ValidationError("This meeting was cancelled; it can no longer be changed.")


def do_change_meeting(
    actor: Any, meeting: Meeting, changed: list[str], request: HttpRequest | None = None
) -> None:
    """Save a meeting already changed by the form (time, place, agenda)."""
    check_not_cancelled(meeting)
    check_meeting(meeting)
    changed = [name for name in changed if name in MEETING_FIELDS or name in {"date", "time"}]
    if not changed:
        return
    with transaction.atomic():
        meeting.save(update_fields=MEETING_FIELDS)
        audit.record(
            actor,
            "meeting.change",
            f"Changed the panel meeting now on "
            f"{timezone.localtime(meeting.starts_at):%d %B %Y %H:%M}",
            review=meeting.review,
            target=meeting,
            detail={"changed": sorted(changed)},
            request=request,
        )


def do_cancel_meeting(
    actor: Any, meeting: Meeting, reason: str, request: HttpRequest | None = None
) -> None:
    """Cancel a meeting, keeping its record with who cancelled it and why."""
    check_not_cancelled(meeting)
    if not reason.strip():
        raise ValidationError({"reason": "Enter why the meeting is cancelled"})
    with transaction.atomic():
        meeting.cancelled_at = timezone.now()
        meeting.cancelled_by = actor
        meeting.cancel_reason = reason.strip()
        meeting.save(update_fields=["cancelled_at", "cancelled_by", "cancel_reason"])
        audit.record(
            actor,
            "meeting.cancel",
            f"Cancelled the panel meeting of "
            f"{timezone.localtime(meeting.starts_at):%d %B %Y %H:%M}",
            review=meeting.review,
            target=meeting,
            detail={"reason": meeting.cancel_reason},
            request=request,
        )


MINUTES_KINDS = {"docx", "pdf"}


def do_record_minutes(
    actor: Any,
    meeting: Meeting,
    text: str,
    upload: Any | None,
    request: HttpRequest | None = None,
) -> None:
    """Record the minutes: text, a file (.docx or PDF, checked), or both."""
    check_not_cancelled(meeting)
    if not text.strip() and upload is None:
        raise ValidationError({"minutes": "Enter the minutes, or upload them as a file"})
    checked = None
    if upload is not None:
        try:
            checked = check_upload(upload, allowed=MINUTES_KINDS)
        except ValidationError as error:
            raise ValidationError({"file": error.messages}) from None
    with transaction.atomic():
        meeting.minutes = text.strip()
        fields = ["minutes"]
        if checked is not None and upload is not None:
            meeting.minutes_sha256 = checked.sha256
            meeting.minutes_type = checked.content_type
            meeting.minutes_name = (getattr(upload, "name", "") or "minutes")[:255]
            meeting.minutes_file.save(checked.sha256, upload, save=False)
            fields += ["minutes_file", "minutes_sha256", "minutes_type", "minutes_name"]
        meeting.save(update_fields=fields)
        audit.record(
            actor,
            "meeting.minutes",
            f"Recorded the minutes of the panel meeting of "
            f"{timezone.localtime(meeting.starts_at):%d %B %Y}"
            + (" (with a file)" if checked else ""),
            review=meeting.review,
            target=meeting,
            detail={"sha256": checked.sha256 if checked else None},
            request=request,
        )


def record_minutes_read(actor: Any, meeting: Meeting, request: HttpRequest) -> None:
    audit.record(
        actor,
        "meeting.minutes_download",
        f"Downloaded the minutes of the panel meeting of "
        f"{timezone.localtime(meeting.starts_at):%d %B %Y}",
        review=meeting.review,
        target=meeting,
        request=request,
    )


def do_record_attendance(
    actor: Any,
    meeting: Meeting,
    statuses: dict[int, str],
    request: HttpRequest | None = None,
) -> None:
    """Set each seat's attendance (panel member id -> status; '' clears it)."""
    seats = {m.pk: m for m in PanelMember.objects.filter(review_id=meeting.review_id)}
    unknown = set(statuses) - set(seats)
    if unknown:
        raise ValidationError("Attendance names a panel seat that is not on this review's panel")
    with transaction.atomic():
        for member_id, status in statuses.items():
            if status:
                Attendance.objects.update_or_create(
                    meeting=meeting, panel_member_id=member_id, defaults={"status": status}
                )
            else:
                Attendance.objects.filter(meeting=meeting, panel_member_id=member_id).delete()
        audit.record(
            actor,
            "schedule.attendance",
            f"Recorded attendance at the {meeting}",
            review=meeting.review,
            target=meeting,
            detail={str(k): v for k, v in statuses.items()},
            request=request,
        )


def check_outcome(outcome: MeetingOutcome) -> None:
    if not outcome.text.strip():
        raise ValidationError({"text": "Enter the decision or the action"})
    if outcome.kind == OutcomeKind.ACTION and not outcome.owner.strip():
        raise ValidationError({"owner": "Enter who owns the action"})


def do_add_outcome(
    actor: Any, meeting: Meeting, outcome: MeetingOutcome, request: HttpRequest | None = None
) -> MeetingOutcome:
    outcome.meeting = meeting
    check_outcome(outcome)
    with transaction.atomic():
        outcome.save()
        audit.record(
            actor,
            "schedule.outcome",
            f"Recorded a {outcome.get_kind_display().lower()} of the {meeting}",
            review=meeting.review,
            target=outcome,
            request=request,
        )
    return outcome


@dataclass(frozen=True)
class SeatAttendance:
    seat: PanelMember
    attended: int
    apologies: int
    absent: int

    @property
    def missed(self) -> int:
        return self.apologies + self.absent


def missed_meetings(review: Review) -> list[SeatAttendance]:
    """Each panel seat with its attendance counts, those who missed meetings first."""
    seats = list(review.panel_members.select_related("agency"))
    counts: dict[int, dict[str, int]] = {s.pk: {} for s in seats}
    for row in Attendance.objects.filter(meeting__review=review, panel_member__isnull=False):
        seat = counts.setdefault(row.panel_member_id or 0, {})
        seat[row.status] = seat.get(row.status, 0) + 1
    rows = [
        SeatAttendance(
            s,
            counts[s.pk].get("attended", 0),
            counts[s.pk].get("apologies", 0),
            counts[s.pk].get("absent", 0),
        )
        for s in seats
    ]
    rows.sort(key=lambda r: (-r.absent, -r.apologies, r.seat.position, r.seat.pk))
    return rows


# Calendar tokens


def do_create_calendar_token(actor: Any, request: HttpRequest | None = None) -> str:
    """Revoke the user's old feed address and make a new one; return the secret once."""
    token = new_token()
    with transaction.atomic():
        CalendarToken.objects.filter(user=actor, revoked_at__isnull=True).update(
            revoked_at=timezone.now()
        )
        row = CalendarToken.objects.create(user=actor, token_hash=hash_token(token))
        audit.record(
            actor, "calendar.token", "Created a calendar feed address", target=row, request=request
        )
    return token


def do_revoke_calendar_tokens(actor: Any, request: HttpRequest | None = None) -> int:
    with transaction.atomic():
        count = CalendarToken.objects.filter(user=actor, revoked_at__isnull=True).update(
            revoked_at=timezone.now()
        )
        if count:
            audit.record(
                actor, "calendar.revoke", "Revoked the calendar feed address", request=request
            )
    return count


def user_for_token(token: str) -> Any:
    """The active user whose live token this is, or None."""
    row = (
        CalendarToken.objects.select_related("user")
        .filter(token_hash=hash_token(token), revoked_at__isnull=True)
        .first()
    )
    if row is None or not row.user.is_active:
        return None
    return row.user


# Reasons for delay (the public FAQ)

PAUSE_PHRASES: dict[str, str] = {
    PauseKind.CRIMINAL: "for criminal proceedings",
    PauseKind.INQUEST: "for an inquest",
    PauseKind.FAMILY: "because of family circumstances",
}


def delay_facts(review: Review) -> list[str]:
    """Sentences for the public FAQ from the recorded pauses and extensions.

    Published dates are kept to month and year; free-text reasons stay internal.
    Empty when there are none.
    """

    def month_year(value: datetime.date) -> str:
        return value.strftime("%B %Y")

    sentences: list[str] = []
    pauses = list(review.pauses.all())
    if pauses:
        parts = []
        for p in pauses:
            if p.ended_on is None:
                when = f"from {month_year(p.started_on)}, and remains paused"
            elif month_year(p.started_on) == month_year(p.ended_on):
                when = f"in {month_year(p.started_on)}"
            else:
                when = f"from {month_year(p.started_on)} to {month_year(p.ended_on)}"
            why = PAUSE_PHRASES.get(p.kind, "")
            parts.append(f"{why} {when}".strip())
        days = total_paused_days(
            [PauseSpan(p.started_on, p.ended_on) for p in pauses], timezone.localdate()
        )
        joined = "; ".join(parts)
        count = len(pauses)
        sentences.append(
            f"The review was paused {count} time{'s' if count != 1 else ''}: {joined}. "
            f"In all the review was paused for {days} day{'s' if days != 1 else ''}."
        )
    extensions = list(review.extensions.all())
    for e in extensions:
        sentences.append(
            f"In {month_year(e.agreed_on)} the Community Safety Partnership formally agreed to "
            f"extend the timescale for the overview report to {month_year(e.new_due_on)}."
        )
    return sentences
