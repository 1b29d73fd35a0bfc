"""The private calendar feed: valid iCalendar, only the user's reviews, revocable."""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from dhr.panel.models import ImrRequest
from dhr.reviews.models import Decision, Review, Stage
from dhr.schedule.models import CalendarToken, Meeting
from dhr.schedule.services import do_create_calendar_token, hash_token

D = datetime.date


@pytest.fixture
def calendar_world(world: Any) -> Any:
    world.review.stage = Stage.EVIDENCE
    world.review.save()
    Meeting.objects.create(
        review=world.review,
        starts_at=timezone.make_aware(datetime.datetime(2025, 4, 2, 10, 0)),
        place="Town Hall, Room 4",
        agenda="Terms of reference",
    )
    ImrRequest.objects.create(
        review=world.review,
        agency=world.police,
        senior_manager_name="Head of PPU",
        due_on=D(2025, 4, 30),
    )
    # A review of another CSP the panel member has nothing to do with.
    Review.objects.create(
        csp=world.other_csp,
        reference="2025/99",
        victim_pseudonym="Zed",
        notified_on=D(2025, 2, 1),
        decision=Decision.PENDING,
    )
    return world


def feed(client: Any, token: str) -> Any:
    with time_machine.travel(datetime.datetime(2025, 3, 1, 9, tzinfo=datetime.UTC)):
        return client.get(reverse("schedule:feed", args=[token]))


def test_feed_parses_as_icalendar_with_deadlines_imrs_and_meetings(
    client: Any, calendar_world: Any
) -> None:
    token = do_create_calendar_token(calendar_world.users["panel_member"])
    response = feed(client, token)  # no session: the token is the credential
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    cal = Calendar.from_ical(response.content)
    events = {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}
    assert set(events) == {
        "DHR 2025/01: overview report due",
        "DHR 2025/01: IMR due from Northshire Police",
        "DHR 2025/01: panel meeting",
    }
    assert events["DHR 2025/01: overview report due"].decoded("DTSTART") == D(2025, 7, 30)
    assert events["DHR 2025/01: IMR due from Northshire Police"].decoded("DTSTART") == D(
        2025, 4, 30
    )
    meeting = events["DHR 2025/01: panel meeting"]
    assert meeting.decoded("DTSTART") == timezone.make_aware(datetime.datetime(2025, 4, 2, 10))
    assert str(meeting["LOCATION"]) == "Town Hall, Room 4"
    assert all(str(e["UID"]).endswith("@dhr.invalid") for e in events.values())
    # The victim's pseudonym never goes into a calendar; other CSPs' reviews never appear.
    body = response.content.decode()
    assert "Louise" not in body
    assert "2025/99" not in body


def test_coordinator_feed_has_every_review_of_their_csp_only(
    client: Any, calendar_world: Any
) -> None:
    Review.objects.create(
        csp=calendar_world.csp,
        reference="2025/05",
        victim_pseudonym="Adult E",
        notified_on=D(2025, 2, 20),
    )
    token = do_create_calendar_token(calendar_world.users["coordinator"])
    cal = Calendar.from_ical(feed(client, token).content)
    summaries = {str(e["SUMMARY"]) for e in cal.walk("VEVENT")}
    assert "DHR 2025/05: decision due" in summaries
    assert not any("2025/99" in s for s in summaries)


def test_only_the_hash_is_stored_and_a_revoked_or_replaced_token_is_404(
    client: Any, calendar_world: Any
) -> None:
    user = calendar_world.users["independent_chair"]
    first = do_create_calendar_token(user)
    assert not CalendarToken.objects.filter(token_hash=first).exists()
    assert CalendarToken.objects.filter(token_hash=hash_token(first)).exists()
    second = do_create_calendar_token(user)  # making a new one revokes the old
    assert feed(client, first).status_code == 404
    assert feed(client, second).status_code == 200
    client.force_login(user)
    response = client.post(reverse("schedule:calendar"), {"action": "revoke"})
    assert response.status_code == 302
    client.logout()
    assert feed(client, second).status_code == 404
    assert feed(client, "not-a-token").status_code == 404
    # Calendar apps may check with HEAD; writing is never allowed.
    assert client.head(reverse("schedule:feed", args=[second])).status_code == 404
    third = do_create_calendar_token(user)
    assert client.head(reverse("schedule:feed", args=[third])).status_code == 200
    # An anonymous POST is sent to sign in before its body is read (request guard).
    assert client.post(reverse("schedule:feed", args=[third])).status_code == 302


def test_an_inactive_users_token_stops_working(client: Any, calendar_world: Any) -> None:
    user = calendar_world.users["panel_member"]
    token = do_create_calendar_token(user)
    user.is_active = False
    user.save()
    assert feed(client, token).status_code == 404


def test_the_calendar_page_shows_a_new_address_once(client: Any, calendar_world: Any) -> None:
    client.force_login(calendar_world.users["panel_member"])
    response = client.post(reverse("schedule:calendar"), {"action": "create"})
    assert response.status_code == 200
    url = re.search(r'id="feed-url">([^<]+)<', response.content.decode())
    assert url is not None
    token = url.group(1).rsplit("/", 1)[1].removesuffix(".ics")
    client.logout()
    assert feed(client, token).status_code == 200
    client.force_login(calendar_world.users["panel_member"])
    again = client.get(reverse("schedule:calendar")).content.decode()
    assert token not in again
    assert "You have a calendar address" in again
