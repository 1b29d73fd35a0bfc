"""IMR and chronology pages in a real browser: axe-core finds no WCAG 2.x A/AA faults.

Run with: pytest tests/browser
"""

from __future__ import annotations

import os
from typing import Any

import pytest

pytestmark = [
    pytest.mark.browser,
]

SHOTS = os.environ.get("DHR_SCREENSHOTS")


def import_with_errors(review_id: int) -> int:
    """A chronology with one bad row, waiting for the user's decision."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from dhr.accounts.models import User
    from dhr.evidence import importing, services
    from dhr.evidence.chronology import COLUMNS
    from dhr.organisations.models import Agency
    from dhr.reviews.models import Review

    review = Review.objects.get(pk=review_id)
    agency = Agency.objects.get(csp=review.csp, name="Eastbridge Police")
    lines = [
        ",".join(COLUMNS),
        "31/02/2025,,Eastbridge Police,CAD 1,,Call about noise,Attended,",
        "01/03/2025,,Eastbridge Police,CAD 2,,Welfare check,Attended,",
    ]
    imported = services.do_start_import(
        User.objects.get(email="coordinator@demo.dhr.test"),
        review,
        agency,
        SimpleUploadedFile("police.csv", ("\n".join(lines) + "\n").encode()),
        background=False,
    )
    importing.run_import(imported.pk)
    return imported.pk


def test_evidence_pages_have_no_accessibility_violations(
    demo: Any, page: Any, axe: Any, sign_in: Any
) -> None:
    from dhr.evidence.models import ImrSubmission

    sign_in(page, demo.coordinator, demo.password)
    review = demo.open_review_id
    imr = ImrSubmission.objects.get(review_id=review)
    waiting = import_with_errors(review)
    base = f"{demo.url}/reviews/{review}/evidence"
    for name, path in [
        ("evidence", "/"),
        ("imr-upload", "/imrs/new/"),
        ("chronology-upload", "/chronology/imports/new/"),
        ("import-errors", f"/chronology/imports/{waiting}/"),
        ("sign-off", f"/imrs/{imr.pk}/sign-off/"),
        ("chronology", "/chronology/"),
        ("chronology-filtered", "/chronology/?start_day=1&start_month=1&start_year=2025"),
    ]:
        response = page.goto(f"{base}{path}")
        assert response.status == 200, path
        assert page.locator("h1").count() == 1, path
        if name.endswith("-upload"):  # submit empty: the error summary and messages
            with page.expect_navigation():
                page.locator("main form button[type=submit]").click()
            assert page.locator(".govuk-error-summary").is_visible(), path
        if SHOTS:
            page.screenshot(path=f"{SHOTS}/{name}.png", full_page=True)
        count, report = axe(page)
        assert count == 0, report
    page.goto(f"{base}/chronology/")
    assert page.locator("svg[role=img] title").count() >= 1
    assert page.locator(".govuk-tag", has_text="Likely duplicate").count() == 1
