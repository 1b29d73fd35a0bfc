"""Deadline arithmetic: month ends, leap years, pauses, extensions."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
import time_machine

from dhr.schedule.clock import (
    DeadlineKind,
    ExtensionSpan,
    PauseSpan,
    Status,
    add_months,
    completed_within,
    compute_clock,
    merge_pauses,
)

D = datetime.date


def clock(**overrides: Any) -> Any:
    args: dict[str, Any] = {
        "notified_on": D(2025, 1, 6),
        "decided_on": D(2025, 1, 31),
        "proceeding": True,
        "decision_pending": False,
        "completed_on": None,
        "finished": False,
        "decision_months": 1,
        "report_months": 6,
        "pauses": [],
        "extensions": [],
        "today": D(2025, 3, 1),
    }
    args.update(overrides)
    return compute_clock(**args)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (D(2025, 1, 31), 1, D(2025, 2, 28)),  # shorter month: its last day
        (D(2024, 1, 31), 1, D(2024, 2, 29)),  # leap year
        (D(2024, 2, 29), 12, D(2025, 2, 28)),  # from a leap day to a common year
        (D(2023, 8, 31), 6, D(2024, 2, 29)),
        (D(2025, 8, 31), 6, D(2026, 2, 28)),
        (D(2025, 3, 31), 1, D(2025, 4, 30)),
        (D(2025, 11, 15), 2, D(2026, 1, 15)),  # over the year end
        (D(2025, 12, 31), 6, D(2026, 6, 30)),
        (D(2025, 1, 6), 0, D(2025, 1, 6)),
    ],
)
def test_add_months_keeps_the_day_or_clamps_to_the_month_end(
    start: datetime.date, months: int, expected: datetime.date
) -> None:
    assert add_months(start, months) == expected


def test_decision_is_due_one_month_after_notification_and_report_six_after_decision() -> None:
    c = clock(notified_on=D(2024, 1, 31), decided_on=D(2024, 2, 29))
    assert c.decision_due == D(2024, 2, 29)
    assert c.report_due_original == D(2024, 8, 29)
    assert c.report_due == D(2024, 8, 29)
    assert c.report_due_extended is None


def test_periods_come_from_the_csp() -> None:
    c = clock(decision_months=2, report_months=9)
    assert c.decision_due == D(2025, 3, 6)
    assert c.report_due == D(2025, 10, 31)


def test_a_pause_moves_the_due_date_by_its_days_start_included_end_not() -> None:
    # Paused from 1 March; the clock runs again on 10 March: 9 days.
    c = clock(pauses=[PauseSpan(D(2025, 3, 1), D(2025, 3, 10))], today=D(2025, 4, 1))
    assert c.report_due_original == D(2025, 7, 31)
    assert c.report_due == D(2025, 8, 9)
    assert c.days_paused == 9
    # 31 January to 1 April is 60 days, 9 of them paused.
    assert c.days_active == 51


def test_a_one_day_pause_after_the_decision_moves_the_report_one_day_and_not_the_decision() -> None:
    pause = [PauseSpan(D(2025, 2, 3), D(2025, 2, 4))]
    on_the_day = clock(
        notified_on=D(2025, 1, 6), decided_on=D(2025, 1, 31), pauses=pause, today=D(2025, 2, 3)
    )
    assert on_the_day.paused_now and on_the_day.status == Status.PAUSED
    assert on_the_day.days_paused == 1
    after = clock(
        notified_on=D(2025, 1, 6), decided_on=D(2025, 1, 31), pauses=pause, today=D(2025, 2, 4)
    )
    assert not after.paused_now and after.status != Status.PAUSED  # the end date runs
    assert after.days_paused == 1
    assert after.decision_due == D(2025, 2, 6)  # decided before the pause: unmoved
    assert after.report_due == D(2025, 8, 1)  # 31 July + 1 day


def test_a_one_day_pause_before_the_decision_moves_its_due_date_one_day() -> None:
    c = clock(
        decided_on=None,
        proceeding=False,
        decision_pending=True,
        pauses=[PauseSpan(D(2025, 1, 20), D(2025, 1, 21))],
        today=D(2025, 1, 22),
    )
    assert c.decision_due == D(2025, 2, 7)
    assert c.days_paused == 1


def test_a_pause_that_ends_the_day_it_starts_pauses_nothing() -> None:
    c = clock(pauses=[PauseSpan(D(2025, 3, 1), D(2025, 3, 1))], today=D(2025, 3, 1))
    assert c.days_paused == 0 and not c.paused_now
    assert c.report_due == D(2025, 7, 31)


def test_overlapping_pauses_count_once() -> None:
    pauses = [
        PauseSpan(D(2025, 3, 1), D(2025, 3, 10)),
        PauseSpan(D(2025, 3, 5), D(2025, 3, 20)),  # overlaps the first
        PauseSpan(D(2025, 3, 20), D(2025, 3, 22)),  # starts as the second ends: 2 more days
    ]
    assert merge_pauses(pauses, D(2025, 4, 1)) == [(D(2025, 3, 1), D(2025, 3, 22))]
    c = clock(pauses=pauses, today=D(2025, 4, 1))
    assert c.days_paused == 21
    assert c.report_due == D(2025, 7, 31) + datetime.timedelta(days=21)


def test_a_pause_after_the_due_date_does_not_move_it() -> None:
    c = clock(pauses=[PauseSpan(D(2025, 9, 1), D(2025, 9, 30))], today=D(2025, 10, 1))
    assert c.report_due == D(2025, 7, 31)
    assert c.status == Status.OVERDUE


def test_a_pause_reached_only_because_an_earlier_pause_moved_the_date_counts() -> None:
    pauses = [
        PauseSpan(D(2025, 3, 1), D(2025, 4, 1)),  # 31 days: due moves to 31 August
        PauseSpan(D(2025, 8, 15), D(2025, 8, 25)),  # after 31 July, before 31 August
    ]
    c = clock(pauses=pauses, today=D(2025, 9, 1))
    assert c.report_due == D(2025, 7, 31) + datetime.timedelta(days=41)


def test_an_open_pause_runs_to_today_and_shows_paused() -> None:
    c = clock(pauses=[PauseSpan(D(2025, 2, 20), None)], today=D(2025, 3, 1))
    assert c.paused_now
    assert c.status == Status.PAUSED
    assert c.days_paused == 10  # 20 February to 1 March, today included as the due date counts it
    assert c.report_due == D(2025, 7, 31) + datetime.timedelta(days=10)


def test_the_latest_agreed_extension_replaces_the_report_date() -> None:
    extensions = [
        ExtensionSpan(D(2025, 10, 31), agreed_on=D(2025, 6, 1), order=1),
        ExtensionSpan(D(2025, 9, 30), agreed_on=D(2025, 7, 1), order=2),  # later, earlier date
    ]
    c = clock(extensions=extensions, today=D(2025, 7, 2))
    assert c.report_due_original == D(2025, 7, 31)
    assert c.report_due_extended == D(2025, 9, 30)
    assert c.report_due == D(2025, 9, 30)


def test_pauses_before_an_extension_are_in_its_date_and_pauses_after_still_add() -> None:
    extension = ExtensionSpan(D(2025, 12, 31), agreed_on=D(2025, 6, 1))
    before = PauseSpan(D(2025, 3, 1), D(2025, 4, 1))
    after = PauseSpan(D(2025, 9, 1), D(2025, 9, 11))
    c = clock(pauses=[before, after], extensions=[extension], today=D(2025, 10, 1))
    assert c.report_due == D(2026, 1, 10)
    assert c.days_paused == 41


def test_a_pause_spanning_the_extension_adds_only_its_days_from_the_agreement() -> None:
    extension = ExtensionSpan(D(2025, 12, 31), agreed_on=D(2025, 6, 1))
    spanning = PauseSpan(D(2025, 5, 22), D(2025, 6, 11))  # 10 days before, 10 from 1 June
    c = clock(pauses=[spanning], extensions=[extension], today=D(2025, 7, 1))
    assert c.report_due == D(2026, 1, 10)
    assert c.days_paused == 20


def test_leap_day_inside_a_pause_counts_as_a_day() -> None:
    c = clock(
        notified_on=D(2024, 1, 2),
        decided_on=D(2024, 1, 31),
        pauses=[PauseSpan(D(2024, 2, 28), D(2024, 3, 2))],
        today=D(2024, 3, 5),
    )
    assert c.days_paused == 3
    assert c.report_due == D(2024, 7, 31) + datetime.timedelta(days=3)


def test_status_due_soon_overdue_and_complete() -> None:
    assert clock(today=D(2025, 7, 10)).status == Status.DUE_SOON
    overdue = clock(today=D(2025, 8, 5))
    assert overdue.status == Status.OVERDUE
    assert overdue.days_remaining == -5
    assert overdue.due_in_words == "5 days overdue"
    assert clock(today=D(2025, 3, 1)).status == Status.ON_TRACK
    done = clock(completed_on=D(2025, 7, 1), today=D(2025, 8, 5))
    assert done.status == Status.COMPLETE
    assert done.next_due is None
    assert done.days_active == 151


def test_before_the_decision_the_decision_is_next() -> None:
    c = clock(decided_on=None, proceeding=False, decision_pending=True, today=D(2025, 2, 10))
    assert c.next_kind == DeadlineKind.DECISION
    assert c.next_due == D(2025, 2, 6)
    assert c.status == Status.OVERDUE
    assert c.report_due is None


def test_a_decision_not_to_proceed_leaves_nothing_due() -> None:
    c = clock(proceeding=False, finished=True, today=D(2025, 2, 10))
    assert c.next_due is None
    assert c.status == Status.COMPLETE


def test_completed_within_counts_calendar_months_from_the_decision() -> None:
    assert completed_within(D(2025, 1, 31), D(2025, 7, 31), 6)
    assert not completed_within(D(2025, 1, 31), D(2025, 8, 1), 6)
    assert completed_within(D(2025, 1, 31), D(2026, 1, 31), 12)
    assert not completed_within(None, D(2025, 2, 1), 6)


@pytest.mark.django_db
def test_the_clock_of_a_review_runs_on_todays_date(world: Any) -> None:
    from dhr.schedule.models import Pause, PauseKind
    from dhr.schedule.services import clock_for

    world.review.stage = "evidence"
    world.review.save()
    Pause.objects.create(
        review=world.review,
        kind=PauseKind.CRIMINAL,
        started_on=D(2025, 3, 1),
        ended_on=None,
        reason="Trial",
    )
    with time_machine.travel(datetime.datetime(2025, 3, 10, 12, tzinfo=datetime.UTC)):
        first = clock_for(world.review)
    with time_machine.travel(datetime.datetime(2025, 4, 10, 12, tzinfo=datetime.UTC)):
        later = clock_for(world.review)
    assert first.status == later.status == Status.PAUSED
    assert first.days_paused == 10 and later.days_paused == 41
    # While paused, the due date moves a day for each day.
    assert later.report_due and first.report_due
    assert later.report_due - first.report_due == datetime.timedelta(days=31)
