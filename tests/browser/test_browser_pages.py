"""The service in a real browser: accessibility (axe-core), no-JavaScript use, sign-in.

Run with: pytest tests/browser
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytestmark = [
    pytest.mark.browser,
]


def assert_no_violations(axe: Any, page: Any) -> None:
    count, report = axe(page)
    assert count == 0, report


# Accessibility: zero axe-core WCAG 2.x A/AA violations on each page.


def test_axe_finds_violations_when_there_are_some(page: Any, axe: Any) -> None:
    """The checks below can fail: axe does report a page with known faults."""
    page.set_content('<html><body><img src="x.png"><input type="text"></body></html>')
    count, report = axe(page)
    assert count >= 2
    assert "image-alt" in report
    assert "label" in report


def test_public_pages_have_no_accessibility_violations(demo: Any, page: Any, axe: Any) -> None:
    page.goto(f"{demo.url}/published/")
    assert page.locator("h1").inner_text() == "Published reviews"
    # GOV.UK Frontend's stylesheet loaded, so colour contrast is checked as styled.
    assert page.evaluate("[...document.styleSheets].every(s => s.cssRules.length > 0)")
    assert page.evaluate("document.styleSheets.length") >= 2
    assert_no_violations(axe, page)

    page.goto(f"{demo.url}/published/{demo.published_slug}/")
    assert page.locator("h1").count() == 1
    assert_no_violations(axe, page)

    # The feed names no icon, so the browser asks for /favicon.ico: it must be
    # there (the watch fails the test on the console's 404 otherwise).
    feed = page.goto(f"{demo.url}/published/feed.atom")
    assert feed is not None and feed.status == 200

    page.goto(f"{demo.url}/published/?year=1066")  # a refused filter: the error summary
    assert page.locator(".govuk-error-summary").is_visible()
    assert_no_violations(axe, page)


def test_public_faq_downloads_are_ready_files_and_a_stale_one_says_so(
    demo: Any, page: Any, axe: Any, watch: Any
) -> None:
    """The demo renders the downloads as it loads (publication/public_files.py);
    once the FAQ changes, the old file is not served and the page says why."""
    from dhr.publication.models import PublicFile

    page.goto(f"{demo.url}/published/{demo.published_slug}/")
    with page.expect_download() as pdf:
        page.get_by_role("link", name="PDF (frequently asked questions)").click()
    assert Path(pdf.value.path()).read_bytes()[:5] == b"%PDF-"
    with page.expect_download() as word:
        page.get_by_role("link", name="Word document (frequently asked questions)").click()
    assert Path(word.value.path()).read_bytes()[:2] == b"PK"

    PublicFile.objects.update(digest="0" * 64)  # made from content that has changed since
    watch.allow("status of 503")
    response = page.goto(f"{demo.url}/published/{demo.published_slug}/faq.pdf")
    assert response is not None and response.status == 503
    assert page.locator("h1").inner_text() == "This download is being prepared"
    assert_no_violations(axe, page)


def test_sign_in_pages_have_no_accessibility_violations(demo: Any, page: Any, axe: Any) -> None:
    page.goto(f"{demo.url}/accounts/login/")
    assert page.locator("h1").inner_text() == "Sign in"
    assert_no_violations(axe, page)
    for path in [
        "/accounts/password/reset/",
        "/accounts/password/reset/done/",
        "/accounts/inactive/",
        "/accounts/signup/",
    ]:
        response = page.goto(f"{demo.url}{path}")
        assert response.status == 200, path
        assert page.locator("h1").count() == 1, path
        assert_no_violations(axe, page)


def test_sign_in_errors_have_no_accessibility_violations(
    demo: Any, page: Any, axe: Any, sign_in: Any
) -> None:
    sign_in(page, demo.coordinator, "not-the-password")
    assert page.locator(".govuk-error-summary").is_visible()
    assert_no_violations(axe, page)


def test_coordinator_pages_have_no_accessibility_violations(
    demo: Any, page: Any, axe: Any, sign_in: Any
) -> None:
    sign_in(page, demo.coordinator, demo.password)
    for path in [
        "/reviews/",
        f"/reviews/{demo.open_review_id}/",
        f"/reviews/{demo.published_review_id}/publication/",
        "/accounts/2fa/",
        "/accounts/logout/",
    ]:
        response = page.goto(f"{demo.url}{path}")
        assert response.status == 200, path
        assert page.locator("h1").count() == 1, path
        assert_no_violations(axe, page)


def test_form_with_validation_errors_has_no_accessibility_violations(
    demo: Any, page: Any, axe: Any, sign_in: Any
) -> None:
    sign_in(page, demo.coordinator, demo.password)
    page.goto(f"{demo.url}/reviews/new/notification/")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert page.locator(".govuk-error-summary").is_visible()
    assert page.locator(".govuk-error-message").count() > 0
    assert_no_violations(axe, page)


def test_every_error_summary_link_leads_to_a_field(demo: Any, page: Any, sign_in: Any) -> None:
    sign_in(page, demo.coordinator, demo.password)
    page.goto(f"{demo.url}/reviews/new/notification/")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    hashes = page.locator(".govuk-error-summary a").evaluate_all("links => links.map(a => a.hash)")
    assert hashes
    missing = [h for h in hashes if page.locator(h).count() != 1]
    assert missing == []


# Without JavaScript the public pages still work end to end.


def test_public_pages_work_without_javascript(demo: Any, no_js_context: Any) -> None:
    page = no_js_context.new_page()
    page.goto(f"{demo.url}/published/")
    page.get_by_label("Search published reviews").fill("no such words anywhere")
    with page.expect_navigation():
        page.get_by_role("button", name="Search").click()
    assert page.locator("main a", has_text="Louise").count() == 0
    assert "0 reviews found" in page.locator("main h2").all_inner_texts()
    page.get_by_label("Search published reviews").fill("Louise")
    with page.expect_navigation():
        page.get_by_role("button", name="Search").click()
    link = page.locator("main a", has_text="Louise")
    assert link.count() == 1

    with page.expect_navigation():
        link.click()
    assert page.url.rstrip("/").endswith(f"/published/{demo.published_slug}")
    questions = page.locator("main section[aria-labelledby^='q'] h3")
    assert questions.count() == 16
    assert questions.first.inner_text().startswith("1. What is a Domestic Homicide Review")

    for name, content_type, magic in [
        ("PDF (frequently asked questions)", "application/pdf", b"%PDF"),
        ("Word document (frequently asked questions)", "application/vnd.openxmlformats", b"PK"),
    ]:
        with page.expect_download() as download_info:
            page.get_by_role("link", name=name, exact=True).click()
        body = Path(download_info.value.path()).read_bytes()
        assert body.startswith(magic), name
        href = page.get_by_role("link", name=name, exact=True).get_attribute("href")
        response = no_js_context.request.get(f"{demo.url}{href}")
        assert response.ok
        assert response.headers["content-type"].startswith(content_type), name


def test_javascript_really_is_off_in_the_no_javascript_context(
    demo: Any, no_js_context: Any
) -> None:
    page = no_js_context.new_page()
    page.goto(f"{demo.url}/published/")
    # base.html's inline script adds js-enabled to <body> when scripts run.
    assert "js-enabled" not in (page.locator("body").get_attribute("class") or "")


# Signing in and out.


def test_sign_in_journey(demo: Any, page: Any, sign_in: Any) -> None:
    sign_in(page, demo.coordinator, "not-the-password")
    assert page.url.endswith("/accounts/login/")
    summary = page.locator(".govuk-error-summary")
    assert summary.is_visible()
    assert summary.get_by_role("heading").inner_text() == "There is a problem"
    assert summary.locator("a[href='#id_login']").count() == 1
    assert " (error) " in page.title()

    sign_in(page, demo.coordinator, demo.password)
    assert page.url == f"{demo.url}/reviews/"
    assert page.get_by_role("button", name="Sign out").is_visible()

    with page.expect_navigation():
        page.get_by_role("button", name="Sign out").click()
    assert "/accounts/login/" in page.url
    page.goto(f"{demo.url}/reviews/")
    assert "/accounts/login/" in page.url
    assert page.locator("h1").inner_text() == "Sign in"


def test_two_factor_journey_pages_are_accessible(
    demo: Any, page: Any, axe: Any, sign_in: Any
) -> None:
    from allauth.mfa.models import Authenticator

    from dhr.accounts.mfa import lasting_code

    # A new user: no authenticator yet, so every page sends them to set one up.
    Authenticator.objects.filter(user__email=demo.coordinator).delete()
    sign_in(page, demo.coordinator, demo.password)
    assert "/accounts/2fa/totp/activate/" in page.url
    page.goto(f"{demo.url}/accounts/2fa/")
    with page.expect_navigation():
        page.get_by_role("button", name="Set up an authenticator app").click()

    # A first factor needs no second password (accounts/adapter.py); changing
    # one later does (the security key test goes through that page).
    assert page.locator("h1").inner_text() == "Set up an authenticator app"
    assert_no_violations(axe, page)
    page.get_by_label("Authenticator code").fill("000000")
    with page.expect_navigation():
        page.get_by_role("button", name="Turn on").click()
    assert page.locator(".govuk-error-summary a[href='#id_code']").count() == 1
    assert_no_violations(axe, page)

    secret = page.locator("#authenticator_secret").inner_text().strip()
    code = lasting_code(secret)
    page.get_by_label("Authenticator code").fill(code)
    with page.expect_navigation():
        page.get_by_role("button", name="Turn on").click()

    # The recovery codes are shown once the app is on.
    assert page.locator("h1").inner_text() == "Your recovery codes"
    assert_no_violations(axe, page)
    recovery_code = page.get_by_label("Unused codes").input_value().split()[0]

    page.goto(f"{demo.url}/accounts/2fa/")
    assert_no_violations(axe, page)
    with page.expect_navigation():
        page.get_by_role("button", name="Sign out").click()

    # Signing in now asks for a second factor.
    sign_in(page, demo.coordinator, demo.password, totp=False)
    assert page.locator("h1").inner_text() == "Enter your security code"
    assert_no_violations(axe, page)
    page.get_by_label("Code").fill(recovery_code)
    with page.expect_navigation():
        page.get_by_role("button", name="Continue").click()
    assert page.url == f"{demo.url}/reviews/"

    page.goto(f"{demo.url}/accounts/2fa/totp/deactivate/")
    assert page.locator("h1").inner_text() == "Confirm it is you"
    assert_no_violations(axe, page)
    page.get_by_label("Password").fill(demo.password)
    with page.expect_navigation():
        page.get_by_role("button", name="Confirm").click()
    assert page.locator("h1").inner_text().startswith("Are you sure")
    assert_no_violations(axe, page)
    with page.expect_navigation():
        page.get_by_role("button", name="Turn off").click()
    assert page.locator("main").get_by_text("You sign in with your password only.").is_visible()
