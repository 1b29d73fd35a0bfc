"""IMR due-date reminders: to the agency's author, the chair and coordinators, once each."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core import mail
from django.core.files.base import ContentFile

from dhr.accounts.models import User
from dhr.evidence.models import ImrSubmission
from dhr.panel.models import ImrRequest
from dhr.reviews.models import ReviewMembership, ReviewRole, Stage
from dhr.schedule.imr_reminders import run_imr_reminders

D = datetime.date
IMR_DUE = D(2025, 4, 30)
BASE = "https://dhr.example"


@pytest.fixture
def police_imr(world: Any, settings: Any) -> ImrRequest:
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.DHR_REMINDER_DAYS = (14, 3)
    world.review.stage = Stage.EVIDENCE
    world.review.save()
    return ImrRequest.objects.create(
        review=world.review,
        agency=world.police,
        senior_manager_name="Head of Public Protection",
        letter_sent_on=D(2025, 2, 10),
        due_on=IMR_DUE,
    )


def sent_on(day: datetime.date) -> list[Any]:
    before = len(mail.outbox)
    run_imr_reminders(day, BASE)
    return mail.outbox[before:]


def test_imr_reminders_go_to_the_agency_author_chair_and_coordinator_once(
    police_imr: ImrRequest,
) -> None:
    first = sent_on(IMR_DUE - datetime.timedelta(days=14))
    assert {m.to[0] for m in first} == {"ian@police.test", "ivy@chairs.test", "cora@north.test"}
    assert first[0].subject == "DHR 2025/01: the IMR from Northshire Police is due in 14 days"
    assert "30 April 2025" in first[0].body
    assert not any("Louise" in m.subject + m.body for m in first)
    # The same day again, or the day after, sends nothing new.
    assert sent_on(IMR_DUE - datetime.timedelta(days=14)) == []
    assert sent_on(IMR_DUE - datetime.timedelta(days=13)) == []
    overdue = sent_on(IMR_DUE + datetime.timedelta(days=1))
    assert {m.subject for m in overdue} == {
        "DHR 2025/01: the IMR from Northshire Police is overdue"
    }


def test_health_imr_author_is_not_told_about_the_police_imr(
    police_imr: ImrRequest, world: Any
) -> None:
    health_author = User.objects.create_user("hana@health.test", "x", full_name="Hana sees health")
    ReviewMembership.objects.create(
        review=world.review, user=health_author, role=ReviewRole.IMR_AUTHOR, agency=world.health
    )
    recipients = {m.to[0] for m in sent_on(IMR_DUE - datetime.timedelta(days=3))}
    assert "ian@police.test" in recipients
    assert "hana@health.test" not in recipients


def test_no_reminder_once_the_imr_is_received_or_uploaded(
    police_imr: ImrRequest, world: Any
) -> None:
    police_imr.received_on = D(2025, 4, 1)
    police_imr.save()
    assert sent_on(IMR_DUE + datetime.timedelta(days=1)) == []

    police_imr.received_on = None
    police_imr.save()
    submission = ImrSubmission(
        review=world.review,
        agency=world.police,
        version=1,
        original_name="imr.pdf",
        content_type="application/pdf",
        size=9,
        sha256="0" * 64,
        uploaded_by=world.users["imr_author"],
    )
    submission.file.save("x", ContentFile(b"%PDF-1.4\n"), save=False)
    submission.save()
    assert sent_on(IMR_DUE + datetime.timedelta(days=1)) == []


def test_no_reminder_before_the_letter_is_sent(police_imr: ImrRequest) -> None:
    police_imr.letter_sent_on = None
    police_imr.save()
    assert sent_on(IMR_DUE - datetime.timedelta(days=3)) == []
