"""Fixtures for the browser tests: Debian's chromium driven by Playwright's sync API.

The browser starts once per session. Each test gets a fresh browser context
(its own cookies) pointed at pytest-django's live_server, with the demo data
loaded through dhr.demo.loader.

Every page opened in a test's context (`context`, `page`, `no_js_context`) is
watched, and the test fails at teardown if the browser saw what a user would
suffer from: a console error or uncaught exception, a Content-Security-Policy
violation, a failed request or a sub-resource answered with 400 or more, or one
of our pages where GOV.UK Frontend did not start (no `js-enabled` and
`govuk-frontend-supported` on <body>, or its components not initialised) while
JavaScript is on. A test that provokes one of these on purpose says so with
`watch.allow("part of the message")`.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

# Playwright's sync API runs an event loop in this thread; Django would
# otherwise refuse database access from the test body.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"


class _OneRequestAtATime:
    """A WSGI app that lets one request through at a time, until its response is closed.

    On SQLite the test database is in memory, and Django hands every thread of
    the live server the same connection. Two requests at once (a download still
    streaming when the next page is asked for) then interleave their savepoints
    on it: "no such savepoint", a lost session, a 400 no user would see. The
    server still accepts connections on many threads, so an idle keep-alive or
    a browser's preconnect never blocks it; only the application is serial.
    """

    def __init__(self, application: Callable[..., Iterable[bytes]]) -> None:
        self.application = application
        self.lock = threading.Lock()

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        self.lock.acquire()
        try:
            result = self.application(environ, start_response)
        except BaseException:
            self.lock.release()
            raise
        return _ReleaseOnClose(result, self.lock)


class _ReleaseOnClose:
    """The response's body; the lock is released once, when the server closes it."""

    def __init__(self, result: Iterable[bytes], lock: threading.Lock) -> None:
        self.result = result
        self.lock: threading.Lock | None = lock

    def __iter__(self) -> Iterator[bytes]:
        return iter(self.result)

    def close(self) -> None:
        try:
            close = getattr(self.result, "close", None)
            if close is not None:
                close()
        finally:
            lock, self.lock = self.lock, None
            if lock is not None:
                lock.release()


def _serialise_live_server() -> None:
    from django.core.servers.basehttp import ThreadedWSGIServer
    from django.test.testcases import LiveServerThread

    class OneAppCallAtATimeServer(ThreadedWSGIServer):
        def set_app(self, application: Any) -> None:
            super().set_app(_OneRequestAtATime(application))

    LiveServerThread.server_class = OneAppCallAtATimeServer


_serialise_live_server()

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

    from dhr.demo.loader import ACCOUNTS, DEMO_PASSWORD, load_demo
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
        open_review_id=Review.objects.get(reference="2025/02").pk,
    )


# Runs in every document before its own scripts. CSP violations are reported
# as console errors (Chromium logs its own too); on one of our pages (<html
# class="govuk-template">) the load event checks that base.html's inline script
# ran and that GOV.UK Frontend initialised the skip link, its first component.
WATCH_SCRIPT = """
document.addEventListener('securitypolicyviolation', (e) => {
  console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`
    + ` at ${e.sourceFile || location.href}:${e.lineNumber}`);
});
window.addEventListener('load', () => {
  if (!document.documentElement.classList.contains('govuk-template')) return;
  const body = document.body.classList;
  const missing = ['js-enabled', 'govuk-frontend-supported'].filter((c) => !body.contains(c));
  if (missing.length) console.error(`GOV.UK Frontend did not start: body lacks ${missing}`);
  const skip = document.querySelector('[data-module="govuk-skip-link"]');
  if (skip && !skip.hasAttribute('data-govuk-skip-link-init')) {
    console.error('GOV.UK Frontend did not start: initAll did not run');
  }
});
"""
# "Failed to load resource: the server responded with a status of 404" is how
# Chromium reports any response >= 400; for a page's own document the test
# checks the status itself (403 and 404 pages are tested on purpose).
FAILED_LOAD = "Failed to load resource: the server responded with a status of"


class Watch:
    """What the browser reported while a test ran: each a line of the failure message."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.allowed: list[str] = []
        self.documents: set[str] = set()

    def allow(self, fragment: str) -> None:
        """A test that causes a problem on purpose names it; it is then not a failure."""
        self.allowed.append(fragment)

    def attach(self, context: Any) -> None:
        context.add_init_script(WATCH_SCRIPT)
        context.on("console", self.on_console)
        context.on("weberror", lambda error: self.add(f"uncaught exception: {error.error}"))
        context.on("requestfailed", self.on_request_failed)
        context.on("response", self.on_response)

    def add(self, problem: str) -> None:
        if not any(fragment in problem for fragment in self.allowed):
            self.problems.append(problem)

    def on_console(self, message: Any) -> None:
        if message.type != "error":
            return
        where = message.location.get("url", "")
        if message.text.startswith(FAILED_LOAD) and where in self.documents:
            return
        self.add(f"console error on {message.page.url if message.page else where}: {message.text}")

    def on_request_failed(self, request: Any) -> None:
        failure = request.failure or ""
        # A navigation that became a download, or was replaced by the next one.
        if request.resource_type == "document" and "ERR_ABORTED" in failure:
            return
        self.add(f"request failed: {request.method} {request.url} ({failure})")

    def on_response(self, response: Any) -> None:
        if response.request.resource_type == "document":
            self.documents.add(response.url)
        elif response.status >= 400:
            self.add(f"{response.status} for {response.request.resource_type} {response.url}")

    def check(self) -> None:
        assert self.problems == [], "The browser reported:\n" + "\n".join(self.problems)


@pytest.fixture
def watch() -> Watch:
    return Watch()


def watched_context(browser: Any, watch: Watch, **options: Any) -> Iterator[Any]:
    context = browser.new_context(**options)
    context.set_default_timeout(30_000)  # a small, shared CI machine
    watch.attach(context)
    yield context
    context.close()
    watch.check()


@pytest.fixture
def context(browser: Any, watch: Watch) -> Iterator[Any]:
    yield from watched_context(browser, watch)


@pytest.fixture
def page(context: Any) -> Any:
    return context.new_page()


@pytest.fixture
def no_js_context(browser: Any, watch: Watch) -> Iterator[Any]:
    yield from watched_context(browser, watch, java_script_enabled=False, accept_downloads=True)


@pytest.fixture
def sign_in(demo: Demo) -> Any:
    """Sign in through the real sign-in page, as a person would."""

    def sign_in(page: Any, email: str, password: str, totp: bool = True) -> None:
        from django.core.cache import cache

        from dhr.accounts.mfa import lasting_code

        page.goto(f"{demo.url}/accounts/login/")
        page.get_by_label("Email").fill(email)
        page.get_by_label("Password").fill(password)
        with page.expect_navigation():
            page.get_by_role("button", name="Sign in").click()
        # Every account has an authenticator app (the demo's secret): enter
        # its current code, as a person would. allauth refuses a code twice,
        # so forget earlier uses (a test may sign the same person in again).
        if totp and "/accounts/2fa/authenticate/" in page.url:
            cache.clear()
            page.get_by_label("Code").fill(lasting_code())
            with page.expect_navigation():
                page.get_by_role("button", name="Continue").click()

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
