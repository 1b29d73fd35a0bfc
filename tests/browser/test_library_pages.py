"""The learning library in a real browser: axe, the console, and search without JS."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.conf import settings

pytestmark = pytest.mark.browser


@pytest.fixture
def dhrd(demo: Any) -> Any:
    from dhr.library.importer import do_import_dhrd

    do_import_dhrd(Path(settings.PROJECT_DIR) / "data" / "dhrd")
    return demo


def test_library_pages_are_accessible(dhrd: Any, page: Any, axe: Any, sign_in: Any) -> None:
    for path in [
        "/library/",
        "/library/?q=stalking&region=Wales&victim_sex=Female",
        "/library/records/INC-0001/",
        "/library/recommendations/",
        "/library/charts/",
    ]:
        response = page.goto(f"{dhrd.url}{path}")
        assert response.status == 200, path
        assert page.locator("h1").count() == 1, path
        assert page.locator("#dhrd-citation, footer").count() >= 1
        count, report = axe(page)
        assert count == 0, f"{path}: {report}"
    page.goto(f"{dhrd.url}/library/charts/")
    svg = page.locator("svg[role=img]").first
    assert svg.get_attribute("aria-labelledby")
    assert page.locator("svg title").first.text_content() == "Reviews by year of death"
    sign_in(page, dhrd.coordinator, dhrd.password)
    page.goto(f"{dhrd.url}/reviews/{dhrd.published_review_id}/themes/")
    assert page.get_by_text("because of:").count() > 0
    count, report = axe(page)
    assert count == 0, report


def test_search_and_facets_work_without_javascript(dhrd: Any, no_js_context: Any) -> None:
    page = no_js_context.new_page()
    page.goto(f"{dhrd.url}/library/")
    assert page.get_by_role("link", name="Library").count() == 1
    page.get_by_label("Search the library").fill("stalking")
    with page.expect_navigation():
        page.get_by_role("button", name="Search").click()
    assert "result" in page.locator("#results-heading").text_content()
    # Facets sit in <details>; without JS a person opens one and ticks options.
    page.locator("summary", has_text="Region").first.click()
    page.locator("input[name=region][value=Wales]").check()
    page.locator("input[name=region][value='North East']").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Apply filters").first.click()
    assert "region=Wales" in page.url and "region=North+East" in page.url
    heading = page.locator("#results-heading").text_content()
    assert heading and int(heading.split()[0]) > 0
    assert page.locator("mark").count() > 0
    assert page.locator("input[name=region][value=Wales]").is_checked()
