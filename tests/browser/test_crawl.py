"""A crawl of the demo as each role: every same-site link a person could follow.

As each demo account (and signed out), start from the home page and every demo
review's page, follow each link on our own site, breadth first, up to
MAX_PAGES pages, and fail on what a user would hit: a server error, a link to a
page they may not see or that does not exist, an error page without our
styling, an axe-core WCAG 2.x A/AA violation, and (through the `page`
fixture's watch) any console error, CSP violation or failed request.

Not followed: signing out (a form, not a link, but skipped all the same),
Django's admin (not our pages), and anything that is not HTML (downloads are
recognised by their content type and left). Every state change is a POST form,
so following links changes nothing. axe runs on the first page of each URL
pattern (numbers and query values blanked), which keeps the crawl to minutes.
"""

from __future__ import annotations

import re
import time
from collections import deque
from typing import Any
from urllib.parse import urldefrag, urlsplit

import pytest
from playwright.sync_api import Error as PlaywrightError

from dhr.demo.loader import ACCOUNTS

pytestmark = [pytest.mark.browser, pytest.mark.slow]

MAX_PAGES = 150
SKIP_PATHS = ("/accounts/logout/", "/admin/", "/api/")  # the API has its own OpenAPI tests
ROLES = ["anonymous", *(account.email for account in ACCOUNTS)]


def pattern(url: str) -> str:
    """/reviews/12/people/3/?publishable=1 -> /reviews/N/people/N/?publishable"""
    parts = urlsplit(url)
    query = "&".join(sorted(item.split("=")[0] for item in parts.query.split("&") if item))
    return re.sub(r"\d+", "N", parts.path) + (f"?{query}" if query else "")


def links_on(page: Any, origin: str) -> list[str]:
    hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
    found = []
    for href in hrefs:
        url, _ = urldefrag(href)
        if url.startswith(origin) and not urlsplit(url).path.startswith(SKIP_PATHS):
            found.append(url)
    return found


def styled(page: Any) -> bool:
    """Our template, with GOV.UK Frontend's stylesheet really loaded."""
    return page.evaluate(
        """() => document.documentElement.classList.contains('govuk-template')
        && !!document.querySelector('.govuk-template__header')
        && [...document.styleSheets].some(s => s.href && s.href.includes('govuk-frontend')
                                           && s.cssRules.length > 0)"""
    )


def start_urls(origin: str) -> list[str]:
    from dhr.reviews.models import Review

    return [f"{origin}/"] + [
        f"{origin}/reviews/{pk}/" for pk in Review.objects.values_list("pk", flat=True)
    ]


@pytest.mark.parametrize("who", ROLES, ids=lambda who: who.split("@")[0])
def test_crawl_every_link_as_each_role(
    who: str, demo: Any, page: Any, sign_in: Any, axe: Any, watch: Any
) -> None:
    started = time.monotonic()
    if who != "anonymous":
        sign_in(page, who, demo.password)
    seeds = start_urls(demo.url)
    queue: deque[tuple[str, str]] = deque((url, "start") for url in seeds)
    seen = set(seeds)
    checked_patterns: set[str] = set()
    failures: list[str] = []
    visited = 0

    while queue and visited < MAX_PAGES:
        url, came_from = queue.popleft()
        try:
            response = page.goto(url)
        except PlaywrightError as error:
            if "Download is starting" in str(error):
                continue  # a file, not a page
            raise
        visited += 1
        if response is None:
            continue
        status = response.status
        content_type = response.headers.get("content-type", "")
        if "text/html" not in content_type:
            continue
        where = f"{url} (linked from {came_from})"
        if status >= 500:
            failures.append(f"{status} at {where}")
        elif status >= 400 and came_from != "start":
            failures.append(f"{status} at {where}: a link this role is shown leads nowhere")
        if status >= 400 and not styled(page):
            failures.append(f"unstyled {status} page at {where}")
        key = pattern(page.url)
        if key not in checked_patterns:
            checked_patterns.add(key)
            count, report = axe(page)
            if count:
                failures.append(f"axe at {where}:\n{report}")
        for link in links_on(page, demo.url):
            if link not in seen:
                seen.add(link)
                queue.append((link, page.url))

    seconds = time.monotonic() - started
    print(f"\n{who}: {visited} pages, {len(checked_patterns)} axe patterns, {seconds:.0f} s")
    assert visited > 1
    assert failures == [], "\n".join(failures)
