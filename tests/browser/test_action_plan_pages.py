"""The action plan and Home Office QA pages in a real browser: axe-core finds no
WCAG A/AA violations, with and without errors, and the pages work as each role sees them."""

from __future__ import annotations

from typing import Any

import pytest

from dhr.demo.loader import ACCOUNTS

pytestmark = pytest.mark.browser


def assert_no_violations(axe: Any, page: Any) -> None:
    count, report = axe(page)
    assert count == 0, report


def account(role: str) -> str:
    return next(a.email for a in ACCOUNTS if a.role.startswith(role))


def test_action_plan_and_qa_pages(demo: Any, page: Any, axe: Any, sign_in: Any) -> None:
    from dhr.actions.models import Action

    review = demo.published_review_id
    overdue = Action.objects.get(recommendation__review_id=review, status="at_risk")
    sign_in(page, demo.coordinator, demo.password)
    page.goto(f"{demo.url}/reviews/{review}/recommendations/")
    text = page.locator("main").inner_text()
    assert "Evidenced" in text and "Overdue" in text and "On track" in text
    assert "Routine enquiry audit, March and April 2025" in text
    assert_no_violations(axe, page)
    for path in [
        f"/reviews/{review}/sign-offs/",
        f"/reviews/{review}/recommendations/lessons/",
        f"/reviews/{review}/recommendations/actions/{overdue.pk}/",
        f"/reviews/{review}/recommendations/actions/{overdue.pk}/close/",
        "/dashboard/",
    ]:
        response = page.goto(f"{demo.url}{path}")
        assert response.status == 200, path
        assert_no_violations(axe, page)
    assert "Train MARAC representatives" in page.locator("main").inner_text()
    # Closing without a reason: the error summary names the field.
    page.goto(f"{demo.url}/reviews/{review}/recommendations/actions/{overdue.pk}/close/")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert "Say why the action is closed" in page.locator(".govuk-error-summary").inner_text()
    assert_no_violations(axe, page)
    qa_page = f"{demo.url}/reviews/{review}/sign-offs/"
    page.goto(qa_page)
    text = page.locator("main").inner_text()
    assert "Round 2" in text and "Approved for publication" in text and "Section 9" in text

    # The police panel member reports progress on the police action.
    page.context.clear_cookies()
    sign_in(page, account("Panel member"), demo.password)
    page.goto(f"{demo.url}/reviews/{review}/recommendations/actions/{overdue.pk}/progress/")
    assert_no_violations(axe, page)
    page.get_by_label("Complete").check()
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert (
        "Enter the date the action was completed"
        in page.locator(".govuk-error-summary").inner_text()
    )
    assert_no_violations(axe, page)

    # The Home Office QA reader sees the QA rounds, not the IMRs.
    page.context.clear_cookies()
    sign_in(page, account("Home Office"), demo.password)
    page.goto(qa_page)
    text = page.locator("main").inner_text()
    assert "Home Office Quality Assurance" in text and "IMRs before evidence closes" not in text
    assert_no_violations(axe, page)
