"""Reminder emails: when they go, to whom, and never twice."""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.db import connection

from dhr.reviews.models import Stage
from dhr.schedule import sending
from dhr.schedule.models import Pause, PauseKind, ReminderSent
from dhr.schedule.reminders import PASSED, due_offset, run_reminders

D = datetime.date
WORKER = Path(__file__).with_name("reminder_worker.py")
SRC = Path(__file__).resolve().parents[3]
# The world's review: decided 30 January 2025, so the report is due 30 July 2025.
DUE = D(2025, 7, 30)


def at(day: datetime.date) -> Any:
    return time_machine.travel(datetime.datetime.combine(day, datetime.time(9), datetime.UTC))


@pytest.fixture
def live_review(world: Any, settings: Any) -> Any:
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.DHR_REMINDER_DAYS = (14, 3)
    world.review.stage = Stage.EVIDENCE
    world.review.save()
    return world


def test_due_offset_picks_the_nearest_reminder_reached() -> None:
    assert due_offset(30, [3, 14]) is None
    assert due_offset(14, [3, 14]) == 14
    assert due_offset(5, [3, 14]) == 14
    assert due_offset(3, [3, 14]) == 3
    assert due_offset(0, [3, 14]) == 3
    assert due_offset(-1, [3, 14]) == PASSED


def test_reminders_go_14_and_3_days_before_and_when_passed_each_once(live_review: Any) -> None:
    sent_per_day = {}
    for day in [
        DUE - datetime.timedelta(days=20),
        DUE - datetime.timedelta(days=14),
        DUE - datetime.timedelta(days=13),
        DUE - datetime.timedelta(days=3),
        DUE,
        DUE + datetime.timedelta(days=1),
        DUE + datetime.timedelta(days=8),
    ]:
        with at(day):
            sent_per_day[day] = run_reminders()
    # Two recipients (the coordinator and the independent chair) per reminder.
    assert list(sent_per_day.values()) == [0, 2, 0, 2, 0, 2, 0]
    subjects = [m.subject for m in mail.outbox]
    assert subjects.count("DHR 2025/01: overview report due in 14 days") == 2
    assert subjects.count("DHR 2025/01: overview report due in 3 days") == 2
    assert subjects.count("DHR 2025/01: overview report is overdue") == 2
    recipients = {m.to[0] for m in mail.outbox}
    assert recipients == {"cora@north.test", "ivy@chairs.test"}
    assert not any("Louise" in f"{m.subject} {m.body}" for m in mail.outbox)


def test_a_new_due_date_gets_its_own_reminders(live_review: Any) -> None:
    with at(DUE - datetime.timedelta(days=3)):
        assert run_reminders() == 2
    Pause.objects.create(
        review=live_review.review,
        kind=PauseKind.INQUEST,
        started_on=D(2025, 5, 1),
        ended_on=D(2025, 5, 11),  # the clock runs again on 11 May: 10 days paused
        reason="Inquest",
    )
    with at(DUE - datetime.timedelta(days=3)):
        assert run_reminders() == 2  # 13 days to the new date: its 14-day reminder
        assert run_reminders() == 0
    with at(DUE + datetime.timedelta(days=7)):
        assert run_reminders() == 2  # 3 days before the new date
    due_dates = set(ReminderSent.objects.values_list("due_on", flat=True))
    assert due_dates == {DUE, DUE + datetime.timedelta(days=10)}


def test_a_paused_review_gets_no_reminders(live_review: Any) -> None:
    Pause.objects.create(
        review=live_review.review,
        kind=PauseKind.CRIMINAL,
        started_on=D(2025, 7, 1),
        reason="Trial",
    )
    with at(DUE - datetime.timedelta(days=3)):
        assert run_reminders() == 0
    assert mail.outbox == []


def test_a_finished_review_gets_no_reminders(live_review: Any) -> None:
    live_review.review.stage = Stage.SUBMITTED
    live_review.review.save()
    with at(DUE + datetime.timedelta(days=3)):
        assert run_reminders() == 0


def test_the_command_sends_now_or_enqueues_the_task(live_review: Any, settings: Any) -> None:
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    with at(DUE - datetime.timedelta(days=3)):
        call_command("send_reminders", "--now")
        assert len(mail.outbox) == 2
        call_command("send_reminders")  # enqueued; the immediate backend runs it: all sent
        assert len(mail.outbox) == 2
    assert ReminderSent.objects.count() == 2


def test_a_failed_send_leaves_no_row_so_the_next_run_retries(
    live_review: Any, monkeypatch: Any
) -> None:
    real_send = sending.send_mail

    def broken_for_cora(subject: str, body: str, sender: Any, to: list[str]) -> Any:
        if to == ["cora@north.test"]:
            raise OSError("mailbox unavailable")
        return real_send(subject, body, sender, to)

    monkeypatch.setattr(sending, "send_mail", broken_for_cora)
    with at(DUE - datetime.timedelta(days=3)), pytest.raises(RuntimeError, match="1 reminder"):
        run_reminders()
    # The other recipient still got theirs; the failed one left no row.
    assert [m.to for m in mail.outbox] == [["ivy@chairs.test"]]
    assert ReminderSent.objects.get().recipient.email == "ivy@chairs.test"
    monkeypatch.undo()
    with at(DUE - datetime.timedelta(days=3)):
        assert run_reminders() == 1
    assert sorted(m.to[0] for m in mail.outbox) == ["cora@north.test", "ivy@chairs.test"]


@pytest.mark.django_db(transaction=True)
def test_two_worker_threads_at_once_send_each_reminder_once(world: Any, settings: Any) -> None:
    """Two threads, each with its own database connection, run the task together.

    Needs a server database: SQLite's in-memory test database (shared cache)
    refuses a second writer instead of waiting. On SQLite the two-process
    test below covers the same ground against a database file.
    """
    if connection.vendor != "postgresql":
        pytest.skip("the in-memory SQLite test database cannot wait for a lock")
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.DHR_REMINDER_DAYS = (14, 3)
    world.review.stage = Stage.EVIDENCE
    world.review.save()
    mail.outbox = []
    start = threading.Barrier(2)
    real_send = sending.send_mail
    results: list[Any] = []

    def slow_send(*args: Any, **kwargs: Any) -> Any:
        # Hold the first sender inside its transaction so the other worker collides.
        threading.Event().wait(0.3)
        return real_send(*args, **kwargs)

    def worker() -> None:
        try:
            start.wait()
            results.append(run_reminders(DUE - datetime.timedelta(days=3)))
        except Exception as error:  # pragma: no cover - reported below
            results.append(error)
        finally:
            connection.close()

    sending.send_mail = slow_send
    try:
        threads = [threading.Thread(target=worker) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    finally:
        sending.send_mail = real_send
    assert all(isinstance(r, int) for r in results), results
    assert sum(results) == 2
    assert len(mail.outbox) == 2
    assert sorted(m.to[0] for m in mail.outbox) == ["cora@north.test", "ivy@chairs.test"]
    assert ReminderSent.objects.count() == 2


def test_two_worker_processes_at_once_send_each_reminder_once(tmp_path: Path) -> None:
    """Two real processes on one SQLite file (WAL, busy timeout, as deployed)."""
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'dhr.sqlite3'}",
        "DHR_EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
        "DHR_REMINDER_DAYS": "14,3",
        "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]),
    }
    python = sys.executable
    subprocess.run(  # noqa: S603 - our own interpreter and script
        [python, "-m", "django", "migrate", "-v0", "--settings=dhr.settings"],
        env=env,
        check=True,
        timeout=300,
    )
    subprocess.run(  # noqa: S603
        [python, str(WORKER), "seed"], env=env, check=True, timeout=120
    )
    start_at = str(time.time() + 4)
    on = (DUE - datetime.timedelta(days=3)).isoformat()
    workers = [
        subprocess.Popen(  # noqa: S603
            [python, str(WORKER), "run", start_at, on],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [w.communicate(timeout=120) for w in workers]
    assert all(w.returncode == 0 for w in workers), [err for _, err in outputs]
    stdout = "".join(out for out, _ in outputs)
    counts = [int(line[5:]) for line in stdout.splitlines() if line.startswith("SENT ")]
    assert len(counts) == 2 and sum(counts) == 2, counts
    assert stdout.count("Subject: DHR 2025/01: overview report due in 3 days") == 2
    assert stdout.count("To: cora@north.test") == 1
    assert stdout.count("To: ivy@chairs.test") == 1
