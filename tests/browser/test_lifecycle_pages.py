"""The lifecycle pages in a real browser: axe-core finds no WCAG A/AA violations on the
notification, decision and stage pages, with and without errors."""

from __future__ import annotations

from typing import Any

import pytest

from dhr.demo.loader import ACCOUNTS

pytestmark = [
    pytest.mark.browser,
]


def assert_no_violations(axe: Any, page: Any) -> None:
    count, report = axe(page)
    assert count == 0, report


def test_lifecycle_pages_have_no_accessibility_violations(
    demo: Any, page: Any, axe: Any, sign_in: Any
) -> None:
    from dhr.reviews.models import Review

    awaiting = Review.objects.get(reference="2026/02").pk
    sign_in(page, demo.coordinator, demo.password)
    for path in [
        f"/reviews/{demo.published_review_id}/",
        f"/reviews/{demo.open_review_id}/stage/",
        f"/reviews/{awaiting}/notification/",
    ]:
        response = page.goto(f"{demo.url}{path}")
        assert response.status == 200, path
        assert_no_violations(axe, page)
    page.goto(f"{demo.url}/reviews/new/notification/")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert page.locator(".govuk-error-summary").is_visible()
    assert_no_violations(axe, page)
    # The evidence review waits for IMRs (not open); the published one may move on.
    page.goto(f"{demo.url}/reviews/{demo.open_review_id}/stage/")
    assert "IMRs still awaited from" in page.content()
    page.goto(f"{demo.url}/reviews/{demo.published_review_id}/stage/")
    page.get_by_label("Monitoring: Monitor the action plan").check()
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert "Say why the review is moving" in page.locator(".govuk-error-summary").inner_text()
    assert_no_violations(axe, page)

    context = page.context
    context.clear_cookies()
    chair = next(a for a in ACCOUNTS if a.role == "CSP chair")
    sign_in(page, chair.email, demo.password)
    page.goto(f"{demo.url}/reviews/{awaiting}/decision/")
    assert "The criteria for a review appear to be met" in page.content()
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert page.locator(".govuk-error-summary").is_visible()
    assert_no_violations(axe, page)
