"""The clock, timeline, meetings, dashboard and calendar pages in a real browser (axe-core)."""

from __future__ import annotations

import os
from typing import Any

import pytest

pytestmark = [
    pytest.mark.browser,
]


def test_schedule_pages_have_no_accessibility_violations(
    demo: Any, page: Any, axe: Any, sign_in: Any
) -> None:
    from dhr.schedule.models import Meeting

    meeting = Meeting.objects.filter(review_id=demo.open_review_id).first()
    sign_in(page, demo.coordinator, demo.password)
    paths = [
        f"/reviews/{demo.published_review_id}/",
        f"/reviews/{demo.published_review_id}/schedule/",
        f"/reviews/{demo.open_review_id}/meetings/",
        "/dashboard/",
        "/calendar/",
    ]
    if meeting is not None:
        paths.append(f"/reviews/{demo.open_review_id}/meetings/{meeting.pk}/")
    shots = os.environ.get("DHR_SCREENSHOTS")
    for n, path in enumerate(paths):
        response = page.goto(f"{demo.url}{path}")
        assert response.status == 200, path
        assert page.locator("h1").count() == 1, path
        if shots:
            page.screenshot(path=f"{shots}/schedule-{n}.png", full_page=True)
        count, report = axe(page)
        assert count == 0, f"{path}: {report}"
    # The timeline is a picture with a name and a description, and a table besides.
    page.goto(f"{demo.url}/reviews/{demo.published_review_id}/schedule/")
    svg = page.locator("svg[role=img]").first
    assert svg.get_attribute("aria-labelledby")
    assert page.locator("svg title").first.text_content()
    assert page.locator("table caption", has_text="Planned and actual dates").count() == 1
