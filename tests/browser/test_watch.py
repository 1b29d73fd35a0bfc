"""The browser fixtures fail a test on what a user would suffer from; here each can fail."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.conftest import Watch

pytestmark = [pytest.mark.browser]


def test_the_watch_reports_console_errors_csp_violations_and_failed_requests(
    demo: Any, page: Any, watch: Watch
) -> None:
    page.goto(f"{demo.url}/published/")
    assert watch.problems == []

    page.evaluate("console.error('something broke')")
    page.evaluate(
        "() => { const s = document.createElement('script');"
        " s.textContent = 'window.ran = 1'; document.body.append(s); }"
    )
    page.evaluate("fetch('/static/dhr/not-there.css').catch(() => {})")
    page.evaluate("setTimeout(() => { throw new Error('uncaught') }, 0)")
    page.wait_for_timeout(500)

    report = "\n".join(watch.problems)
    assert "something broke" in report
    assert "CSP violation: script-src" in report
    assert "404 for fetch" in report and "not-there.css" in report
    assert "uncaught" in report
    assert page.evaluate("window.ran") is None  # the CSP really blocked it
    watch.problems.clear()  # seen; the fixture's own check must now pass


def test_the_watch_reports_a_page_where_govuk_frontend_did_not_start(
    demo: Any, page: Any, watch: Watch, settings: Any
) -> None:
    # The bug issue 9 found: a literal 'nonce' with no value blocks base.html's script.
    directives = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    settings.CONTENT_SECURITY_POLICY = {
        "DIRECTIVES": {**directives, "script-src": ["'self'", "'nonce'"]}
    }
    page.goto(f"{demo.url}/published/")
    page.wait_for_load_state("load")
    report = "\n".join(watch.problems)
    assert "GOV.UK Frontend did not start: body lacks js-enabled,govuk-frontend-supported" in report
    watch.problems.clear()


def test_our_pages_start_govuk_frontend_with_javascript_on(demo: Any, page: Any) -> None:
    page.goto(f"{demo.url}/published/")
    classes = (page.locator("body").get_attribute("class") or "").split()
    assert "js-enabled" in classes
    assert "govuk-frontend-supported" in classes
    response = page.request.get(f"{demo.url}/published/")
    assert "'nonce-" in response.headers["content-security-policy"]
    assert "'nonce'" not in response.headers["content-security-policy"]
