"""Meetings have minutes (text and a file, audited) and can be changed or cancelled;
a cancelled meeting keeps its record and its reason (issue 9)."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from dhr.audit.models import AuditRecord
from dhr.evidence.tests.files import docx_bytes
from dhr.schedule.models import Meeting


def a_meeting(world: Any) -> Meeting:
    starts = timezone.make_aware(datetime.datetime(2025, 5, 6, 14, 0))
    return Meeting.objects.create(review=world.review, starts_at=starts, place="Room 1")


def url(name: str, meeting: Meeting) -> str:
    return reverse(f"schedule:{name}", args=[meeting.review_id, meeting.pk])


def test_minutes_are_recorded_as_text_and_a_file_and_audited(client: Any, world: Any) -> None:
    meeting = a_meeting(world)
    client.force_login(world.users["coordinator"])
    empty = client.post(url("meeting_minutes", meeting), {"minutes": ""})
    assert "Enter the minutes, or upload them as a file" in empty.content.decode()
    response = client.post(
        url("meeting_minutes", meeting),
        {
            "minutes": "Agreed the terms of reference.",
            "file": SimpleUploadedFile("m.docx", docx_bytes()),
        },
    )
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.minutes == "Agreed the terms of reference."
    assert meeting.minutes_file and "m.docx" not in meeting.minutes_file.name
    assert AuditRecord.objects.filter(action="meeting.minutes").count() == 1
    page = client.get(url("meeting", meeting)).content.decode()
    assert "Agreed the terms of reference." in page
    download = client.get(url("meeting_minutes_file", meeting))
    assert 'filename="dhr-2025-01-minutes-2025-05-06.docx"' in download["Content-Disposition"]
    assert AuditRecord.objects.filter(action="meeting.minutes_download").count() == 1


def test_a_macro_file_is_refused_and_nothing_saved(client: Any, world: Any) -> None:
    meeting = a_meeting(world)
    client.force_login(world.users["coordinator"])
    response = client.post(
        url("meeting_minutes", meeting),
        {"minutes": "Text", "file": SimpleUploadedFile("m.exe", b"MZ\x90\x00 program")},
    )
    assert "must be a Word document (.docx) or a PDF" in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.minutes == "" and not meeting.minutes_file
    assert not AuditRecord.objects.filter(action="meeting.minutes").exists()


def test_imr_authors_do_not_read_minutes(client: Any, world: Any) -> None:
    meeting = a_meeting(world)
    meeting.minutes = "Discussed Louise's GP records"
    meeting.save()
    client.force_login(world.users["imr_author"])
    assert "Discussed Louise" not in client.get(url("meeting", meeting)).content.decode()
    assert client.post(url("meeting_minutes", meeting), {"minutes": "x"}).status_code == 403
    meeting.refresh_from_db()
    assert meeting.minutes == "Discussed Louise's GP records"


def test_a_meeting_is_changed_and_audited(client: Any, world: Any) -> None:
    meeting = a_meeting(world)
    client.force_login(world.users["independent_chair"])
    data = {
        "date_day": "7",
        "date_month": "5",
        "date_year": "2025",
        "time": "10:30",
        "place": "Room 2",
        "agenda": "Scoping",
    }
    assert client.post(url("meeting_edit", meeting), data).status_code == 302
    meeting.refresh_from_db()
    assert timezone.localtime(meeting.starts_at) == timezone.make_aware(
        datetime.datetime(2025, 5, 7, 10, 30)
    )
    assert (meeting.place, meeting.agenda) == ("Room 2", "Scoping")
    assert AuditRecord.objects.filter(action="meeting.change").count() == 1


def test_cancelling_keeps_the_record_with_its_reason(client: Any, world: Any) -> None:
    meeting = a_meeting(world)
    client.force_login(world.users["coordinator"])
    bad = client.post(url("meeting_cancel", meeting), {"reason": ""})
    assert "Enter why the meeting is cancelled" in bad.content.decode()
    assert Meeting.objects.get(pk=meeting.pk).cancelled_at is None
    assert (
        client.post(url("meeting_cancel", meeting), {"reason": "Chair unwell"}).status_code == 302
    )
    meeting.refresh_from_db()
    assert meeting.is_cancelled and meeting.cancel_reason == "Chair unwell"
    assert meeting.cancelled_by == world.users["coordinator"]
    assert AuditRecord.objects.filter(action="meeting.cancel").count() == 1
    page = client.get(url("meeting", meeting)).content.decode()
    assert "Cancelled" in page and "Chair unwell" in page
    listing = client.get(reverse("schedule:meetings", args=[world.review.pk])).content.decode()
    assert "Cancelled" in listing
    again = client.post(url("meeting_edit", meeting), {"time": "10:00", "place": "x"})
    assert Meeting.objects.get(pk=meeting.pk).place == "Room 1"
    assert again.status_code == 200
