"""The agency directory, scoping, terms of reference and letters pages in a real browser."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [
    pytest.mark.browser,
]


def test_panel_pages_have_no_accessibility_violations(
    demo: Any, page: Any, axe: Any, sign_in: Any
) -> None:
    from dhr.organisations.models import Agency
    from dhr.reviews.models import Review

    review = Review.objects.get(pk=demo.open_review_id)
    agency = Agency.objects.filter(csp=review.csp).first()
    assert agency is not None
    base = f"/reviews/{review.pk}/panel"
    sign_in(page, demo.coordinator, demo.password)
    for path in [
        f"{base}/",
        f"{base}/scoping/",
        f"{base}/terms-of-reference/",
        f"{base}/terms-of-reference/1/",
        f"{base}/terms-of-reference/new/",
        f"{base}/independence/",
        f"{base}/imr-requests/",
        f"{base}/imr-requests/taking-part/",
        f"/csps/{review.csp_id}/agencies/",
        f"/csps/{review.csp_id}/agencies/{agency.pk}/",
        f"/csps/{review.csp_id}/agencies/new/",
        f"/csps/{review.csp_id}/imr-letter/",
    ]:
        response = page.goto(f"{demo.url}{path}")
        assert response.status == 200, path
        assert page.locator("h1").count() == 1, path
        count, report = axe(page)
        assert count == 0, f"{path}\n{report}"


def test_scoping_error_names_the_agency_and_links_to_its_field(
    demo: Any, page: Any, axe: Any, sign_in: Any
) -> None:
    from dhr.reviews.models import Review

    review = Review.objects.get(pk=demo.open_review_id)
    sign_in(page, demo.coordinator, demo.password)
    page.goto(f"{demo.url}/reviews/{review.pk}/panel/scoping/")
    police = page.get_by_role("group", name="Eastbridge Police")
    police.get_by_label("Taking part in the review").select_option("no")
    with page.expect_navigation():
        page.get_by_role("button", name="Save scoping").click()
    summary = page.locator(".govuk-error-summary")
    assert "Give the reason Eastbridge Police is left out of the review" in summary.inner_text()
    hashes = summary.locator("a").evaluate_all("links => links.map(a => a.hash)")
    assert hashes and all(page.locator(h).count() == 1 for h in hashes)
    count, report = axe(page)
    assert count == 0, report
