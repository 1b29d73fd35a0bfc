"""Redaction review and the released reports in a real browser: no axe WCAG 2.x
A/AA faults, no console errors, and the public files download.

Run with: pytest tests/browser/test_redaction_pages.py
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from dhr.redaction_review import services
from dhr.redaction_review.models import RedactionRound

pytestmark = pytest.mark.browser


def test_the_reviewers_pages_show_findings_and_refuse_a_bare_rejection(
    demo: Any, page: Any, axe: Any, sign_in: Any
) -> None:
    sign_in(page, "chair@demo.dhr.test", demo.password)
    round = RedactionRound.objects.filter(review_id=demo.published_review_id).first()
    assert round is not None and round.findings
    base = f"{demo.url}/reviews/{demo.published_review_id}/redaction"
    for path in ["/", f"/rounds/{round.pk}/"]:
        response = page.goto(f"{base}{path}")
        assert response.status == 200, path
        count, report = axe(page)
        assert count == 0, report
    assert page.locator("mark.dhr-finding").count() == len(round.findings)
    assert page.get_by_text("Ready to publish").is_visible()

    # A new round of the overview report, then a rejection with no reason: refused, named.
    page.goto(f"{base}/")
    with page.expect_navigation():
        page.get_by_role("button", name=re.compile("^Start again .* overview report$")).click()
    assert page.get_by_role("status").is_visible()  # progress, refreshed every few seconds
    page.goto("about:blank")  # no refresh while this test does the worker's part
    new = RedactionRound.objects.filter(review_id=demo.published_review_id).first()
    assert new is not None and new.pk != round.pk
    services.run_detection(new.pk)
    new.refresh_from_db()
    finding = next(f for f in new.findings if f["source"] != "register")
    page.goto(f"{base}/rounds/{new.pk}/findings/{finding['id']}/")
    page.get_by_role("radio", name="Publish it as it is").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Save the decision").click()
    assert page.locator(".govuk-error-summary").is_visible()
    assert page.get_by_text("Say why this should be published as it is").first.is_visible()
    count, report = axe(page)
    assert count == 0, report
    assert not new.decisions.exists()


def test_the_public_page_carries_the_released_reports(demo: Any, page: Any, axe: Any) -> None:
    response = page.goto(f"{demo.url}/published/{demo.published_slug}/")
    assert response.status == 200
    assert page.get_by_role("heading", name="Executive summary").is_visible()
    count, report = axe(page)
    assert count == 0, report
    with page.expect_navigation():
        page.get_by_role("link", name="as a web page").click()
    assert page.get_by_role("heading", name="Overview report", level=1).is_visible()
    count, report = axe(page)
    assert count == 0, report
    with page.expect_download() as download:
        page.get_by_role("link", name="PDF").click()
    assert download.value.suggested_filename.endswith("overview-report.pdf")
    assert page.context.cookies() == []
