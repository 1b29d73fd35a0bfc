"""Recording pauses, extensions and meetings through the pages; the review page's clock."""

from __future__ import annotations

import datetime
from typing import Any

import time_machine
from django.urls import reverse

from dhr.audit.models import AuditRecord
from dhr.panel.models import PanelMember
from dhr.reviews.models import Stage
from dhr.schedule.models import Attendance, Extension, Meeting, MeetingOutcome, Pause

D = datetime.date
NOW = datetime.datetime(2025, 9, 1, 9, tzinfo=datetime.UTC)


def date_fields(name: str, day: datetime.date | None) -> dict[str, str]:
    if day is None:
        return {f"{name}_day": "", f"{name}_month": "", f"{name}_year": ""}
    return {
        f"{name}_day": str(day.day),
        f"{name}_month": str(day.month),
        f"{name}_year": str(day.year),
    }


def signed_in(client: Any, world: Any, role: str = "independent_chair") -> Any:
    client.force_login(world.users[role])
    return client


def test_chair_pauses_the_clock_and_the_review_page_shows_it(client: Any, world: Any) -> None:
    world.review.stage = Stage.EVIDENCE
    world.review.save()
    c = signed_in(client, world)
    data = {"kind": "criminal_proceedings", "reason": "Trial listed for June"}
    data |= date_fields("started_on", D(2025, 3, 1)) | date_fields("ended_on", D(2025, 3, 10))
    response = c.post(reverse("schedule:pause_create", args=[world.review.pk]), data)
    assert response.status_code == 302
    pause = Pause.objects.get()
    assert (pause.started_on, pause.ended_on, pause.recorded_by) == (
        D(2025, 3, 1),
        D(2025, 3, 10),
        world.users["independent_chair"],
    )
    assert AuditRecord.objects.filter(action="schedule.pause", review=world.review).exists()
    with time_machine.travel(NOW):
        page = c.get(reverse("reviews:detail", args=[world.review.pk])).content.decode()
    assert "Statutory clock" in page
    assert "9 days" in page  # time paused: 1 to 9 March; the clock ran again on 10 March
    assert 'role="img"' in page and "<title id=" in page and "<desc id=" in page
    assert "Paused: Criminal proceedings" in page  # the table equivalent
    assert "Overdue" in page  # due 8 August 2025 after the pause


def test_a_pause_ending_before_it_starts_is_refused_and_nothing_saved(
    client: Any, world: Any
) -> None:
    c = signed_in(client, world)
    data = {"kind": "inquest", "reason": "Inquest"}
    data |= date_fields("started_on", D(2025, 3, 10)) | date_fields("ended_on", D(2025, 3, 1))
    response = c.post(reverse("schedule:pause_create", args=[world.review.pk]), data)
    assert response.status_code == 200
    assert (
        "The date the clock restarted must be after the day the pause started"
        in response.content.decode()
    )
    before = dict(data) | date_fields("started_on", D(2024, 1, 1)) | date_fields("ended_on", None)
    response = c.post(reverse("schedule:pause_create", args=[world.review.pk]), before)
    assert "on or after the date of notification" in response.content.decode()
    assert not Pause.objects.exists()


def test_recording_the_end_of_an_open_pause(client: Any, world: Any) -> None:
    pause = Pause.objects.create(
        review=world.review, kind="family_circumstances", started_on=D(2025, 3, 1), reason="x"
    )
    c = signed_in(client, world, "coordinator")
    url = reverse("schedule:pause_end", args=[world.review.pk, pause.pk])
    bad = c.post(url, date_fields("ended_on", D(2025, 2, 1)))
    assert "must be after the day the pause started" in bad.content.decode()
    assert c.post(url, date_fields("ended_on", D(2025, 4, 1))).status_code == 302
    pause.refresh_from_db()
    assert pause.ended_on == D(2025, 4, 1)


def test_extensions_are_all_kept_and_shown_with_who_agreed_them(client: Any, world: Any) -> None:
    c = signed_in(client, world, "coordinator")
    url = reverse("schedule:extension_create", args=[world.review.pk])
    for new_due, agreed in [(D(2025, 10, 31), D(2025, 6, 1)), (D(2025, 12, 31), D(2025, 8, 1))]:
        data = {
            "agreed_by_name": "Chester Cspchair",
            "agreed_by_role": "Chair of the CSP",
            "reason": "Inquest adjourned",
        }
        data |= date_fields("new_due_on", new_due) | date_fields("agreed_on", agreed)
        with time_machine.travel(NOW):
            assert c.post(url, data).status_code == 302
    assert Extension.objects.count() == 2
    with time_machine.travel(NOW):
        page = c.get(reverse("schedule:review", args=[world.review.pk])).content.decode()
    assert page.count("Chester Cspchair, Chair of the CSP") == 2
    assert "31 Oct 2025" in page and "31 Dec 2025" in page
    assert page.count("Extension agreed on") == 2  # in the table equivalent too


def test_an_extension_without_who_agreed_it_is_refused(client: Any, world: Any) -> None:
    c = signed_in(client, world, "coordinator")
    data = {"agreed_by_name": "", "agreed_by_role": "Chair", "reason": "x"}
    data |= date_fields("new_due_on", D(2025, 10, 31)) | date_fields("agreed_on", D(2025, 6, 1))
    response = c.post(reverse("schedule:extension_create", args=[world.review.pk]), data)
    assert response.status_code == 200
    assert "Enter who agreed it at the CSP" in response.content.decode()
    data |= {"agreed_by_name": "Chester"} | date_fields("new_due_on", D(2025, 1, 1))
    response = c.post(reverse("schedule:extension_create", args=[world.review.pk]), data)
    assert "The new date must be after the decision to proceed" in response.content.decode()
    assert not Extension.objects.exists()


def test_meeting_attendance_decisions_and_agencies_that_missed_it(client: Any, world: Any) -> None:
    police = PanelMember.objects.create(
        review=world.review, agency=world.police, public_label="Northshire Police", position=1
    )
    health = PanelMember.objects.create(
        review=world.review, agency=world.health, public_label="Northshire Health", position=2
    )
    c = signed_in(client, world)
    bad = c.post(
        reverse("schedule:meeting_create", args=[world.review.pk]),
        date_fields("date", D(2025, 4, 2)) | {"time": "25:99", "place": "Room 4"},
    )
    assert "Enter the start time as hours and minutes" in bad.content.decode()
    assert not Meeting.objects.exists()
    response = c.post(
        reverse("schedule:meeting_create", args=[world.review.pk]),
        date_fields("date", D(2025, 4, 2))
        | {"time": "10:30", "place": "https://meet.example/abc", "agenda": "1. Scope"},
    )
    meeting = Meeting.objects.get()
    url = reverse("schedule:meeting", args=[world.review.pk, meeting.pk])
    assert response["Location"] == url
    c.post(
        url,
        {"form": "attendance", f"seat_{police.pk}": "attended", f"seat_{health.pk}": "absent"},
    )
    assert dict(Attendance.objects.values_list("panel_member_id", "status")) == {
        police.pk: "attended",
        health.pk: "absent",
    }
    missing_owner = c.post(url, {"form": "outcome", "kind": "action", "text": "Chase IMR"})
    assert "Enter who owns the action" in missing_owner.content.decode()
    c.post(
        url,
        {"form": "outcome", "kind": "action", "text": "Chase IMR", "owner": "Chair"}
        | date_fields("due_on", D(2025, 4, 30)),
    )
    c.post(url, {"form": "outcome", "kind": "decision", "text": "Scope agreed"})
    assert MeetingOutcome.objects.count() == 2
    listing = c.get(reverse("schedule:meetings", args=[world.review.pk]))
    seats = listing.context["seats"]
    assert seats[0].seat == health and seats[0].absent == 1
    assert "Missed meetings" in listing.content.decode()


def test_a_panel_member_sees_a_meeting_but_cannot_change_it(client: Any, world: Any) -> None:
    meeting = Meeting.objects.create(
        review=world.review, starts_at=NOW, place="Room 4", agenda="Scope"
    )
    c = signed_in(client, world, "panel_member")
    url = reverse("schedule:meeting", args=[world.review.pk, meeting.pk])
    page = c.get(url)
    assert page.status_code == 200 and "Record attendance" not in page.content.decode()
    assert c.post(url, {"form": "outcome", "kind": "decision", "text": "x"}).status_code == 403
    assert not MeetingOutcome.objects.exists(), "a refused change saves nothing"
    assert not Attendance.objects.exists()
