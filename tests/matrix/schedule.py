"""Access rows for the statutory clock, meetings, dashboard and calendar feed."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.files.base import ContentFile
from django.utils import timezone

from conftest import World
from dhr.schedule.models import Meeting, Pause, PauseKind
from dhr.schedule.services import do_create_calendar_token
from tests.matrix import EDITORS, EVERYONE, SIGNED_IN, VIEWERS, Row, review_kwargs


def pause(w: World) -> dict[str, Any]:
    p = Pause.objects.create(
        review=w.review,
        kind=PauseKind.INQUEST,
        started_on=datetime.date(2025, 3, 1),
        reason="Inquest opened",
    )
    return {"review_id": w.review.pk, "pause_id": p.pk}


def meeting(w: World) -> dict[str, Any]:
    m = Meeting.objects.create(review=w.review, starts_at=timezone.now(), place="Room 1")
    return {"review_id": w.review.pk, "meeting_id": m.pk}


def minuted_meeting(w: World) -> dict[str, Any]:
    m = Meeting.objects.create(review=w.review, starts_at=timezone.now(), place="Room 1")
    m.minutes_sha256, m.minutes_type = "3" * 64, "application/pdf"
    m.minutes_file.save("m", ContentFile(b"%PDF-1.4\n"), save=True)
    return {"review_id": w.review.pk, "meeting_id": m.pk}


# Minutes discuss the case and its people: the roles that may see people.
SEE_PEOPLE = {"coordinator", "csp_chair", "independent_chair", "panel_member"}


def feed(w: World) -> dict[str, Any]:
    return {"token": do_create_calendar_token(w.users["panel_member"])}


DASHBOARD = {"coordinator", "csp_chair", "other_csp_coordinator"}

ROWS: dict[str, Row] = {
    "schedule:review": Row(review_kwargs, VIEWERS),
    "schedule:pause_create": Row(review_kwargs, EDITORS),
    "schedule:pause_end": Row(pause, EDITORS),
    "schedule:extension_create": Row(review_kwargs, EDITORS),
    "schedule:meetings": Row(review_kwargs, VIEWERS),
    "schedule:meeting_create": Row(review_kwargs, EDITORS),
    "schedule:meeting": Row(meeting, VIEWERS),
    "schedule:meeting_edit": Row(meeting, EDITORS),
    "schedule:meeting_cancel": Row(meeting, EDITORS),
    "schedule:meeting_minutes": Row(meeting, EDITORS),
    "schedule:meeting_minutes_file": Row(minuted_meeting, SEE_PEOPLE),
    "schedule:dashboard": Row(None, DASHBOARD),
    "schedule:dashboard_csv": Row(None, DASHBOARD),
    "schedule:calendar": Row(None, SIGNED_IN),
    # The token is the credential: it works without a session, for anyone holding it.
    "schedule:feed": Row(feed, EVERYONE, public=True),
}
