"""Demo data for the clock and meetings: pauses, extensions, meetings with attendance.

Fictional throughout; idempotent (each review's records are added only once).
"""

from __future__ import annotations

import datetime

from django.utils import timezone

from dhr.organisations.models import Csp
from dhr.reviews.models import Review
from dhr.schedule.models import (
    Attendance,
    AttendanceStatus,
    Extension,
    Meeting,
    MeetingOutcome,
    OutcomeKind,
    Pause,
    PauseKind,
)

D = datetime.date


def load_demo(csp: Csp) -> None:
    published = Review.objects.filter(csp=csp, reference="2023/01").first()
    if published is not None and not Pause.objects.filter(review=published).exists():
        add_published_history(published)
    evidence = Review.objects.filter(csp=csp, reference="2025/02").first()
    if evidence is not None and not Meeting.objects.filter(review=evidence).exists():
        add_evidence_meetings(evidence)


def add_published_history(review: Review) -> None:
    Pause.objects.create(
        review=review,
        kind=PauseKind.CRIMINAL,
        started_on=D(2023, 3, 6),
        ended_on=D(2023, 9, 15),
        reason="Paused at the request of the Senior Investigating Officer until the trial ended.",
    )
    Pause.objects.create(
        review=review,
        kind=PauseKind.INQUEST,
        started_on=D(2023, 11, 1),
        ended_on=D(2024, 1, 19),
        reason="The family asked that contact wait until after the inquest.",
    )
    Extension.objects.create(
        review=review,
        new_due_on=D(2024, 9, 30),
        agreed_on=D(2023, 10, 4),
        agreed_by_name="Chester Cspchair",
        agreed_by_role="Chair of Eastbridge Community Safety Partnership",
        reason="The trial delayed the IMRs by six months.",
    )
    Extension.objects.create(
        review=review,
        new_due_on=D(2024, 11, 29),
        agreed_on=D(2024, 8, 28),
        agreed_by_name="Chester Cspchair",
        agreed_by_role="Chair of Eastbridge Community Safety Partnership",
        reason="More time for the family's contribution after the inquest.",
    )


def at(day: datetime.date, hour: int) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def add_evidence_meetings(review: Review) -> None:
    Extension.objects.create(
        review=review,
        new_due_on=D(2026, 12, 18),
        agreed_on=D(2026, 1, 20),
        agreed_by_name="Chester Cspchair",
        agreed_by_role="Chair of Eastbridge Community Safety Partnership",
        reason="Two agencies' IMRs arrived late; the panel needs a further meeting.",
    )
    seats = list(review.panel_members.all())
    first = Meeting.objects.create(
        review=review,
        starts_at=at(D(2025, 9, 15), 10),
        place="Eastbridge Town Hall, Committee Room 2",
        agenda="1. Introductions\n2. Terms of reference\n3. Agencies to be asked for IMRs",
        minutes="Terms of reference agreed. Eastbridge Police and Eastbridge Health Trust to be "
        "asked for IMRs (fictional demo minutes).",
    )
    second = Meeting.objects.create(
        review=review,
        starts_at=at(D(2025, 11, 10), 14),
        place="https://meet.eastbridge.example/panel-dhr-2025-02",
        agenda="1. IMRs received\n2. Gaps and questions for agencies\n3. Family contact",
    )
    Meeting.objects.create(
        review=review,
        starts_at=at(D(2026, 12, 8), 10),
        place="Eastbridge Town Hall, Committee Room 2",
        agenda="1. Draft overview report\n2. Recommendations and action plan",
    )
    for meeting in (first, second):
        for n, seat in enumerate(seats):
            status = AttendanceStatus.ATTENDED
            if seat.public_label == "Riverside GP Practice":
                status = AttendanceStatus.ABSENT
            elif n == 3 and meeting == second:
                status = AttendanceStatus.APOLOGIES
            Attendance.objects.create(meeting=meeting, panel_member=seat, status=status)
    MeetingOutcome.objects.create(
        meeting=first,
        kind=OutcomeKind.DECISION,
        text="Terms of reference agreed, covering 2019 to the date of death.",
    )
    MeetingOutcome.objects.create(
        meeting=first,
        kind=OutcomeKind.ACTION,
        text="Write to each agency's senior manager commissioning its IMR.",
        owner="Independent chair",
        due_on=D(2025, 9, 22),
    )
    MeetingOutcome.objects.create(
        meeting=second,
        kind=OutcomeKind.ACTION,
        text="Ask Riverside GP Practice for its chronology again and invite it to attend.",
        owner="CSP coordinator",
        due_on=D(2025, 11, 24),
    )
