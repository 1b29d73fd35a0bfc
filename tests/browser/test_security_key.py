"""A security key (WebAuthn) in a real browser: Chromium's virtual authenticator
stands in for the key. Added from the two-factor page, then used instead of the
app's code at the next sign-in (watched for console errors and CSP violations
like every browser test: allauth's WebAuthn scripts must run under our policy)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.browser]


def plug_in_a_key(page: Any) -> None:
    cdp = page.context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "usb",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
                "automaticPresenceSimulation": True,
            }
        },
    )


def test_add_a_security_key_then_sign_in_with_it_instead_of_a_code(
    demo: Any, page: Any, axe: Any, sign_in: Any
) -> None:
    from allauth.mfa.models import Authenticator

    from dhr.accounts.models import User

    plug_in_a_key(page)
    sign_in(page, demo.coordinator, demo.password)
    page.goto(f"{demo.url}/accounts/2fa/")
    page.get_by_role("button", name="Add a security key").click()
    # allauth asks again before any change to how one signs in.
    assert page.locator("h1").inner_text() == "Confirm it is you"
    count, report = axe(page)
    assert count == 0, report
    page.get_by_label("Password").fill(demo.password)
    with page.expect_navigation():
        page.locator("main form button[type=submit]").first.click()
    assert page.locator("h1").inner_text() == "Add a security key"
    count, report = axe(page)
    assert count == 0, report
    with page.expect_navigation():
        page.get_by_role("button", name="Add security key").click()
    user = User.objects.get(email=demo.coordinator)
    keys = Authenticator.objects.filter(user=user, type=Authenticator.Type.WEBAUTHN)
    assert keys.count() == 1

    page.goto(f"{demo.url}/accounts/2fa/webauthn/")
    assert page.locator("h1").inner_text() == "Security keys"
    count, report = axe(page)
    assert count == 0, report

    page.goto(f"{demo.url}/accounts/logout/")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    sign_in(page, demo.coordinator, demo.password, totp=False)
    assert "/accounts/2fa/authenticate/" in page.url
    count, report = axe(page)
    assert count == 0, report
    with page.expect_navigation():
        page.get_by_role("button", name="Use a security key").click()
    assert "/accounts/" not in page.url, page.url
    assert keys.get().last_used_at is not None


def test_someone_without_a_key_is_not_offered_one_at_sign_in(
    demo: Any, page: Any, sign_in: Any
) -> None:
    sign_in(page, demo.coordinator, demo.password, totp=False)
    assert "/accounts/2fa/authenticate/" in page.url
    assert page.get_by_role("button", name="Use a security key").count() == 0
