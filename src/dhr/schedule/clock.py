"""The statutory clock: deadlines from dates. Plain Python, no ORM.

Rules (statutory guidance, as the CSP configures them):
- the decision whether to hold a review is due `decision_months` after
  notification; the overview report `report_months` after the decision to
  proceed. A month added to the 31st lands on the month's last day
  (31 January + 1 month = 28 or 29 February).
- A pause stops the clock from its start date until its end date, the day
  the clock runs again: the start day is paused, the end day is not, so a
  pause from 3 March to 4 March is one day. Each paused day moves a due date
  one day later; overlapping pauses count once. A pause with no end date runs
  up to today, today included. Only pauses before the decision move the
  decision's due date.
- A formally agreed extension replaces the report's due date; the latest
  agreed one wins. Days paused after the extension was agreed still add to it
  (the pauses before it were known when the new date was agreed).
"""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from dhr.core.dates import shift

DAY = datetime.timedelta(days=1)
DUE_SOON_DAYS = 28


def add_months(start: datetime.date, months: int) -> datetime.date:
    """The same day `months` later, or that month's last day if it is shorter
    (held at the last representable date, like `shift`)."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    if year > datetime.MAXYEAR:
        return datetime.date.max
    if year < datetime.MINYEAR:
        return datetime.date.min
    day = min(start.day, calendar.monthrange(year, month)[1])
    return datetime.date(year, month, day)


@dataclass(frozen=True)
class PauseSpan:
    """A pause of the clock: from `start` (paused) to `end` (the clock runs again)."""

    start: datetime.date
    end: datetime.date | None  # None: still paused, today included


@dataclass(frozen=True)
class ExtensionSpan:
    new_due: datetime.date
    agreed_on: datetime.date
    order: int = 0  # tie-break between extensions agreed on the same day (e.g. the id)


def merge_pauses(
    pauses: Iterable[PauseSpan], today: datetime.date
) -> list[tuple[datetime.date, datetime.date]]:
    """Pauses as half-open [start, end) intervals, sorted, overlaps merged.

    An open pause runs to today (included); one that starts after today and
    has no end has not begun and is left out. A pause that ends the day it
    starts stops the clock for no day.
    """
    spans: list[tuple[datetime.date, datetime.date]] = []
    for pause in pauses:
        if pause.end is None:
            if pause.start > today:
                continue
            end = shift(today, DAY)
        else:
            end = pause.end
        if end > pause.start:
            spans.append((pause.start, end))
    spans.sort()
    merged: list[tuple[datetime.date, datetime.date]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def extend_by_pauses(
    start: datetime.date,
    due: datetime.date,
    merged: Sequence[tuple[datetime.date, datetime.date]],
) -> datetime.date:
    """Move `due` later by every paused day from `start` until the (moving) due date."""
    for pause_start, pause_end in merged:
        if pause_end <= start:
            continue
        if pause_start > due:
            break
        due = shift(due, pause_end - max(pause_start, start))
    return due


def days_paused_between(
    start: datetime.date,
    end: datetime.date,
    merged: Sequence[tuple[datetime.date, datetime.date]],
) -> int:
    """Paused days in [start, end)."""
    total = 0
    for pause_start, pause_end in merged:
        lo, hi = max(start, pause_start), min(end, pause_end)
        if hi > lo:
            total += (hi - lo).days
    return total


def total_paused_days(pauses: Iterable[PauseSpan], today: datetime.date) -> int:
    """Every paused day of a review, overlaps once (an open pause: up to today, included)."""
    return sum((end - start).days for start, end in merge_pauses(pauses, today))


def clip(
    merged: Sequence[tuple[datetime.date, datetime.date]], before: datetime.date
) -> list[tuple[datetime.date, datetime.date]]:
    """The paused days before a date (the decision): later pauses cannot move its deadline."""
    return [(start, min(end, before)) for start, end in merged if start < before]


class Status(StrEnum):
    ON_TRACK = "on_track"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    PAUSED = "paused"
    COMPLETE = "complete"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]

    @property
    def colour(self) -> str:
        return STATUS_COLOURS[self]


STATUS_LABELS = {
    Status.ON_TRACK: "On track",
    Status.DUE_SOON: "Due soon",
    Status.OVERDUE: "Overdue",
    Status.PAUSED: "Paused",
    Status.COMPLETE: "Complete",
}
# GOV.UK tag colours; the tag's text always says the status too.
STATUS_COLOURS = {
    Status.ON_TRACK: "green",
    Status.DUE_SOON: "yellow",
    Status.OVERDUE: "red",
    Status.PAUSED: "purple",
    Status.COMPLETE: "grey",
}
# Dashboard order: overdue first.
STATUS_ORDER = {
    Status.OVERDUE: 0,
    Status.DUE_SOON: 1,
    Status.PAUSED: 2,
    Status.ON_TRACK: 3,
    Status.COMPLETE: 4,
}


class DeadlineKind(StrEnum):
    DECISION = "decision"
    REPORT = "report"

    @property
    def label(self) -> str:
        return "Decision whether to hold a review" if self == "decision" else "Overview report"


@dataclass(frozen=True)
class Clock:
    decision_due: datetime.date
    report_due_original: datetime.date | None  # report period after the decision, no pauses
    report_due_extended: datetime.date | None  # the latest agreed extension's date
    report_due: datetime.date | None  # what is due now: original or extended, plus pauses
    next_kind: DeadlineKind | None
    next_due: datetime.date | None
    days_remaining: int | None  # negative: days overdue
    clock_start: datetime.date
    days_active: int
    days_paused: int
    status: Status
    paused_now: bool

    @property
    def days_overdue(self) -> int:
        return -self.days_remaining if self.days_remaining and self.days_remaining < 0 else 0

    @property
    def due_in_words(self) -> str:
        if self.days_remaining is None:
            return "Nothing due"
        if self.days_remaining < 0:
            n = -self.days_remaining
            return f"{n} day{'s' if n != 1 else ''} overdue"
        if self.days_remaining == 0:
            return "Due today"
        n = self.days_remaining
        return f"{n} day{'s' if n != 1 else ''} left"


def compute_clock(
    *,
    notified_on: datetime.date,
    decided_on: datetime.date | None,
    proceeding: bool,
    decision_pending: bool,
    completed_on: datetime.date | None,
    finished: bool,
    decision_months: int,
    report_months: int,
    pauses: Iterable[PauseSpan],
    extensions: Iterable[ExtensionSpan],
    today: datetime.date,
) -> Clock:
    """Every deadline and count of one review on `today`.

    `proceeding`: the decision was to hold a review. `decision_pending`: no
    decision yet. `finished`: nothing more is due (report completed,
    submitted, or no review is being held).
    """
    pause_list = list(pauses)
    merged = merge_pauses(pause_list, today)
    before_decision = merged if decided_on is None else clip(merged, decided_on)
    decision_due = extend_by_pauses(
        notified_on, add_months(notified_on, decision_months), before_decision
    )
    report_due_original = report_due_extended = report_due = None
    if proceeding and decided_on is not None:
        report_due_original = add_months(decided_on, report_months)
        latest = max(extensions, key=lambda e: (e.agreed_on, e.order), default=None)
        if latest is None:
            report_due = extend_by_pauses(decided_on, report_due_original, merged)
        else:
            # Only the paused days from the day it was agreed add to the new date.
            report_due_extended = latest.new_due
            report_due = extend_by_pauses(latest.agreed_on, latest.new_due, merged)

    if finished or completed_on is not None:
        next_kind, next_due = None, None
    elif decision_pending:
        next_kind, next_due = DeadlineKind.DECISION, decision_due
    elif proceeding and report_due is not None:
        next_kind, next_due = DeadlineKind.REPORT, report_due
    else:
        next_kind, next_due = None, None

    clock_start = decided_on if (proceeding and decided_on) else notified_on
    clock_end = completed_on if completed_on is not None else today
    clock_end = max(clock_end, clock_start)
    # Days paused so far: up to the completion date, or up to today with
    # today included when the clock is stopped today (as the due date counts it).
    paused_now = any(start <= today < end for start, end in merged)
    counted_to = clock_end + DAY if (completed_on is None and paused_now) else clock_end
    days_paused = days_paused_between(clock_start, counted_to, merged)
    days_active = (clock_end - clock_start).days - days_paused_between(
        clock_start, clock_end, merged
    )

    days_remaining = (next_due - today).days if next_due is not None else None
    if next_due is None or days_remaining is None:
        status = Status.COMPLETE
    elif paused_now:
        status = Status.PAUSED
    elif days_remaining < 0:
        status = Status.OVERDUE
    elif days_remaining <= DUE_SOON_DAYS:
        status = Status.DUE_SOON
    else:
        status = Status.ON_TRACK
    return Clock(
        decision_due=decision_due,
        report_due_original=report_due_original,
        report_due_extended=report_due_extended,
        report_due=report_due,
        next_kind=next_kind,
        next_due=next_due,
        days_remaining=days_remaining,
        clock_start=clock_start,
        days_active=max(days_active, 0),
        days_paused=days_paused,
        status=status,
        paused_now=paused_now,
    )


def completed_within(
    decided_on: datetime.date | None, completed_on: datetime.date | None, months: int
) -> bool:
    """Whether the report was completed within `months` calendar months of the decision."""
    if decided_on is None or completed_on is None:
        return False
    return completed_on <= add_months(decided_on, months)
