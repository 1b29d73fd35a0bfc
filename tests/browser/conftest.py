"""Fixtures for the browser tests: Debian's chromium driven by Playwright's sync API.

The browser starts once per session. Each test gets a fresh browser context
(its own cookies) pointed at pytest-django's live_server, with the demo data
loaded through dhr.core.demo.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

# Playwright's sync API runs an event loop in this thread; Django would
# otherwise refuse database access from the test body.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
NO_CHROMIUM = "Debian's chromium is not installed"

# axe-core rules tagged for WCAG 2.0, 2.1 and 2.2 at levels A and AA.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        # CI installs chromium and sets DHR_REQUIRE_BROWSER, so there a missing
        # browser fails the run instead of silently skipping every page check.
        if os.environ.get("DHR_REQUIRE_BROWSER"):
            pytest.fail(f"{NO_CHROMIUM} and DHR_REQUIRE_BROWSER is set")
        pytest.skip(NO_CHROMIUM)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(autouse=True)
def _plain_static_files(settings: Any) -> None:
    """The live server serves static files from the finders, not a manifest."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@dataclass
class Demo:
    url: str
    password: str
    coordinator: str
    published_slug: str
    published_review_id: int
    open_review_id: int


@pytest.fixture
def demo(transactional_db: Any, live_server: Any) -> Demo:
    from django.core.cache import cache

    from dhr.core.demo import ACCOUNTS, DEMO_PASSWORD, load_demo
    from dhr.publication.models import Publication
    from dhr.reviews.models import Review

    cache.clear()  # allauth's sign-in rate limits live in the cache
    load_demo()
    published = Publication.objects.select_related("review").get(is_published=True)
    return Demo(
        url=live_server.url,
        password=DEMO_PASSWORD,
        coordinator=ACCOUNTS[0].email,
        published_slug=published.slug,
        published_review_id=published.review_id,
        open_review_id=Review.objects.get(reference="DHR 2025/02").pk,
    )


@pytest.fixture
def context(browser: Any) -> Iterator[Any]:
    context = browser.new_context()
    context.set_default_timeout(10_000)
    yield context
    context.close()


@pytest.fixture
def page(context: Any) -> Any:
    return context.new_page()


@pytest.fixture
def no_js_context(browser: Any) -> Iterator[Any]:
    context = browser.new_context(java_script_enabled=False, accept_downloads=True)
    context.set_default_timeout(10_000)
    yield context
    context.close()


@pytest.fixture
def sign_in(demo: Demo) -> Any:
    """Sign in through the real sign-in page, as a person would."""

    def sign_in(page: Any, email: str, password: str) -> None:
        page.goto(f"{demo.url}/accounts/login/")
        page.get_by_label("Email").fill(email)
        page.get_by_label("Password").fill(password)
        with page.expect_navigation():
            page.get_by_role("button", name="Sign in").click()

    return sign_in


@pytest.fixture(scope="session")
def axe() -> Any:
    """Run axe-core's WCAG 2.x A and AA rules; return the count and a readable report."""
    from axe_playwright_python.sync_playwright import Axe

    runner = Axe()
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}

    def check(page: Any) -> tuple[int, str]:
        results = runner.run(page, options=options)
        return results.violations_count, f"{page.url}\n{results.generate_report()}"

    return check
