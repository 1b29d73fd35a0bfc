"""Drafting pages in a real browser: no axe WCAG 2.x A/AA faults, no console errors.

Run with: pytest tests/browser/test_report_pages.py
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.browser


def test_drafting_pages_have_no_accessibility_faults(
    demo: Any, page: Any, axe: Any, sign_in: Any
) -> None:
    sign_in(page, "chair@demo.dhr.test", demo.password)
    base = f"{demo.url}/reviews/{demo.published_review_id}/report"
    for path in [
        "/",
        "/overview/",
        "/overview/sections/analysis/",
        "/summary/sections/introduction/",
        "/overview/versions/",
        "/overview/versions/1/",
        "/overview/versions/compare/?from=1&to=2",
        "/checklist/",
        "/submitted/",
    ]:
        response = page.goto(f"{base}{path}")
        assert response.status == 200, path
        assert page.locator("h1").count() == 1, path
        count, report = axe(page)
        assert count == 0, report
    # A comment with no text: the error summary names the field.
    page.goto(f"{base}/overview/sections/analysis/")
    with page.expect_navigation():
        page.get_by_role("button", name="Add comment").click()
    assert page.locator(".govuk-error-summary").is_visible()
    count, report = axe(page)
    assert count == 0, report
    page.goto(f"{base}/overview/versions/compare/?from=1&to=2")
    assert page.locator("ins .dhr-diff-label").count() >= 1
