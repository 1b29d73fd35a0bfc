"""A user's private calendar feed: the deadlines and meetings of their reviews.

Events name a review by its reference only (never the victim's pseudonym), so
a phone's lock screen shows nothing the user would not want seen.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar, Event

from dhr import access
from dhr.panel.models import ImrRequest
from dhr.schedule.models import Meeting
from dhr.schedule.services import clock_for, today

DOMAIN = "dhr.invalid"


def all_day(uid: str, summary: str, day: datetime.date, url: str) -> Event:
    event = Event()
    event.add("uid", f"{uid}@{DOMAIN}")
    event.add("summary", summary)
    event.add("dtstart", day)
    event.add("dtend", day + datetime.timedelta(days=1))
    event.add("dtstamp", timezone.now())
    event.add("url", url)
    event.add("transp", "TRANSPARENT")
    return event


def build_feed(user: Any) -> bytes:
    base = getattr(settings, "DHR_BASE_URL", "http://localhost:8000").rstrip("/")
    cal = Calendar()
    cal.add("prodid", "-//dhr//Review deadlines and meetings//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "Review deadlines and meetings")
    reviews = list(
        access.visible_reviews(user).prefetch_related("pauses", "extensions").order_by("pk")
    )
    on = today()
    for review in reviews:
        label = review.full_reference
        url = base + reverse("reviews:detail", args=[review.pk])
        clock = clock_for(review, on, list(review.pauses.all()), list(review.extensions.all()))
        if clock.next_kind is not None and clock.next_due is not None:
            what = "decision due" if clock.next_kind == "decision" else "overview report due"
            cal.add_component(
                all_day(
                    f"review-{review.pk}-{clock.next_kind}", f"{label}: {what}", clock.next_due, url
                )
            )
    ids = [r.pk for r in reviews]
    for imr in ImrRequest.objects.filter(
        review_id__in=ids, due_on__isnull=False, received_on__isnull=True
    ).select_related("agency", "review__csp"):
        assert imr.due_on is not None
        cal.add_component(
            all_day(
                f"imr-{imr.pk}",
                f"{imr.review.full_reference}: IMR due from {imr.agency.name}",
                imr.due_on,
                base + reverse("panel:panel", args=[imr.review_id]),
            )
        )
    meetings = Meeting.objects.filter(review_id__in=ids, cancelled_at__isnull=True)
    for meeting in meetings.select_related("review__csp"):
        event = Event()
        event.add("uid", f"meeting-{meeting.pk}@{DOMAIN}")
        event.add("summary", f"{meeting.review.full_reference}: panel meeting")
        event.add("dtstart", meeting.starts_at)
        event.add("dtend", meeting.starts_at + datetime.timedelta(hours=2))
        event.add("dtstamp", timezone.now())
        event.add("location", meeting.place)
        event.add(
            "url",
            base + reverse("schedule:meeting", args=[meeting.review_id, meeting.pk]),
        )
        cal.add_component(event)
    return cal.to_ical()
