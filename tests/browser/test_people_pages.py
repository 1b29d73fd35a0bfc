"""The family pages in a real browser: axe-core finds no WCAG 2.x A/AA faults.

Run with: pytest tests/browser
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

pytestmark = [
    pytest.mark.browser,
]

SHOTS = os.environ.get("DHR_SCREENSHOTS")  # a folder: save each page for a person to look at


def assert_no_violations(axe: Any, page: Any) -> None:
    count, report = axe(page)
    assert count == 0, report


def test_family_pages_and_their_forms_have_no_accessibility_violations(
    demo: Any, page: Any, axe: Any, sign_in: Any
) -> None:
    sign_in(page, demo.coordinator, demo.password)
    base = f"{demo.url}/reviews/{demo.published_review_id}"
    for name, path in [
        ("review", "/"),
        ("people", "/people/"),
        ("contacts", "/people/contacts/"),
        ("genogram", "/people/genogram/"),
        ("genogram-public", "/people/genogram/?publishable=1"),
        ("person-add", "/people/add/"),
        ("contact-add", "/people/contacts/add/"),
    ]:
        response = page.goto(f"{base}{path}")
        assert response.status == 200, path
        assert page.locator("h1").count() == 1, path
        if name.endswith("-add"):  # submit empty: the error summary and messages
            with page.expect_navigation():
                page.locator("main form button[type=submit]").click()
            assert page.locator(".govuk-error-summary").is_visible(), path
        if SHOTS:
            page.screenshot(path=f"{SHOTS}/{name}.png", full_page=True)
        assert_no_violations(axe, page)
    page.goto(f"{base}/people/genogram/?publishable=1")
    assert page.locator("svg[role=img] title").count() == 1
    assert "Marnie Madeup" not in page.content()


def test_a_subject_access_export_downloads_from_the_person_page(
    demo: Any, page: Any, axe: Any, sign_in: Any
) -> None:
    from dhr.people.models import Person

    sign_in(page, demo.coordinator, demo.password)
    person = Person.objects.filter(review_id=demo.published_review_id).first()
    assert person is not None
    page.goto(f"{demo.url}/reviews/{demo.published_review_id}/people/{person.pk}/")
    assert_no_violations(axe, page)
    with page.expect_download() as download:
        page.get_by_role("button", name=f"Export everything held about {person.name}").click()
    assert Path(download.value.path()).read_bytes()[:2] == b"PK"
