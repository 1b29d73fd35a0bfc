"""Invitations in a real browser: the members page's invite form as the
coordinator, and the one-time link as the invitee (watched for console errors
and CSP violations like every browser test; checked with axe-core)."""

from __future__ import annotations

import re
from typing import Any

import pytest

pytestmark = [pytest.mark.browser]


@pytest.mark.no_mfa  # the new account has no authenticator app until it sets one up
def test_invite_from_the_members_page_and_accept_the_link(
    demo: Any, page: Any, axe: Any, sign_in: Any
) -> None:
    from django.core import mail

    sign_in(page, demo.coordinator, demo.password)
    page.goto(f"{demo.url}/reviews/{demo.open_review_id}/members/")
    count, report = axe(page)
    assert count == 0, report
    page.get_by_label("Full name").fill("Nadia Newcomer")
    page.get_by_label("Email address").fill("nadia@example.org")
    page.locator("#invite").scroll_into_view_if_needed()
    page.locator("input[name='invite-role'][value='independent_chair']").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Send invitation").click()
    assert page.get_by_text("Invitation sent to nadia@example.org").count() == 1
    assert page.get_by_text("Invitations not yet accepted").count() == 1

    found = re.search(r"/invitations/[\w-]+/", mail.outbox[-1].body)
    assert found
    page.context.clear_cookies()  # the invitee, not signed in
    page.goto(f"{demo.url}{found.group(0)}")
    assert page.locator("h1").text_content() == "Accept your invitation"
    count, report = axe(page)
    assert count == 0, report
    page.get_by_label("Choose a password").fill("x")
    page.get_by_label("Type the password again").fill("y")
    with page.expect_navigation():
        page.get_by_role("button", name="Create account and accept").click()
    assert page.locator(".govuk-error-summary").is_visible()
    count, report = axe(page)
    assert count == 0, report
    page.get_by_label("Choose a password").fill("a-long-and-unusual-passphrase-42")
    page.get_by_label("Type the password again").fill("a-long-and-unusual-passphrase-42")
    with page.expect_navigation():
        page.get_by_role("button", name="Create account and accept").click()
    # Sent to set up an authenticator app (allauth asks for the password first).
    assert "2fa%2Ftotp%2Factivate" in page.url or "/accounts/2fa/totp/activate/" in page.url
