"""Sign-in behaviour through the real allauth views, and its GOV.UK pages.

No browser: Django's test client posts to the same URLs a person would use.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest
import time_machine
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.core.cache import cache
from django.urls import reverse

from dhr.accounts.mfa import lasting_code
from dhr.accounts.models import User

PASSWORD = "correct-horse-battery-staple"


@pytest.fixture(autouse=True)
def _fresh_rate_limits(db: Any) -> None:
    """allauth counts failed sign-ins in the cache; start every test at zero."""
    cache.clear()


@pytest.fixture
def member(db: Any) -> User:
    return User.objects.create_user("member@csp.test", PASSWORD, full_name="Member of a CSP")


def sign_in(client: Any, login: str, password: str) -> Any:
    """The password, then (every account has one) the authenticator app's code."""
    response = client.post(reverse("account_login"), {"login": login, "password": password})
    if response.status_code == 302 and response["Location"] == reverse("mfa_authenticate"):
        response = client.post(reverse("mfa_authenticate"), {"code": lasting_code()})
    return response


def test_self_sign_up_is_closed_and_creates_no_user(client: Any, db: Any) -> None:
    url = reverse("account_signup")
    page = client.get(url)
    response = client.post(
        url,
        {
            "email": "stranger@example.test",
            "password1": "a-long-enough-password-1",
            "password2": "a-long-enough-password-1",
        },
    )
    assert not User.objects.filter(email="stranger@example.test").exists()
    assert User.objects.count() == 0
    assert "You cannot create an account here" in page.content.decode()
    assert response.status_code == 200


def test_sign_in_page_has_no_sign_up_link(client: Any, db: Any) -> None:
    html = client.get(reverse("account_login")).content.decode()
    assert reverse("account_signup") not in html
    assert "sign up" not in html.lower()


def test_passwords_are_hashed_with_argon2(member: User) -> None:
    assert settings.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")
    member.refresh_from_db()
    assert member.password.startswith("argon2$")
    assert PASSWORD not in member.password
    assert member.check_password(PASSWORD)


def test_correct_password_signs_in_and_lands_on_reviews(client: Any, member: User) -> None:
    response = sign_in(client, member.email, PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == reverse("reviews:list")
    assert client.get(reverse("reviews:list")).status_code == 200


def test_wrong_password_shows_a_gov_uk_error_summary_linked_to_the_email_field(
    client: Any, member: User
) -> None:
    response = sign_in(client, member.email, "not-the-password")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="govuk-error-summary"' in html
    summary = html.split('class="govuk-error-summary"', 1)[1].split("</ul>", 1)[0]
    assert 'href="#id_login"' in summary
    assert "(error)" in html.split("</title>", 1)[0]
    assert "_auth_user_id" not in client.session


def test_session_expires_after_session_cookie_age_of_inactivity(client: Any, member: User) -> None:
    age = datetime.timedelta(seconds=settings.SESSION_COOKIE_AGE)
    start = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False) as traveller:
        assert sign_in(client, member.email, PASSWORD).status_code == 302
        # Activity keeps the session alive: each request starts the clock again.
        traveller.shift(age - datetime.timedelta(minutes=1))
        assert client.get(reverse("reviews:list")).status_code == 200
        traveller.shift(age - datetime.timedelta(minutes=1))
        assert client.get(reverse("reviews:list")).status_code == 200
        # Idle for longer than SESSION_COOKIE_AGE: signed out.
        traveller.shift(age + datetime.timedelta(seconds=1))
        response = client.get(reverse("reviews:list"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_axes_locks_out_after_failure_limit_wrong_passwords(client: Any, member: User) -> None:
    start = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False) as traveller:
        for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
            assert sign_in(client, member.email, "wrong-password").status_code == 200
        # The attempt that reaches the limit gets axes' lockout response: 429.
        assert sign_in(client, member.email, "wrong-password").status_code == 429
        # allauth's own five-minute rate limit has passed, but axes' lock holds
        # for AXES_COOLOFF_TIME: even the right password is refused.
        traveller.shift(datetime.timedelta(minutes=10))
        response = sign_in(client, member.email, PASSWORD)
        assert response.status_code == 429
        assert "_auth_user_id" not in client.session
        # A cool-off after the last refused attempt, the account opens again.
        traveller.shift(datetime.timedelta(hours=settings.AXES_COOLOFF_TIME, minutes=1))
        assert sign_in(client, member.email, PASSWORD).status_code == 302


def test_axes_lockout_is_per_account_not_for_every_user_at_the_address(
    client: Any, member: User
) -> None:
    other = User.objects.create_user("other@csp.test", PASSWORD, full_name="Another member")
    start = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False) as traveller:
        for _attempt in range(settings.AXES_FAILURE_LIMIT):
            sign_in(client, member.email, "wrong-password")
        traveller.shift(datetime.timedelta(minutes=10))
        assert sign_in(client, member.email, PASSWORD).status_code == 429
        assert sign_in(client, other.email, PASSWORD).status_code == 302


def test_axes_lockout_page_is_a_gov_uk_page_when_the_template_is_configured(
    client: Any, member: User, settings: Any
) -> None:
    settings.AXES_LOCKOUT_TEMPLATE = "account/lockout.html"
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        response = sign_in(client, member.email, "wrong-password")
    html = response.content.decode()
    assert response.status_code == 429
    assert 'class="govuk-template"' in html
    assert html.count("<h1") == 1
    assert "Too many sign-in attempts" in html
    assert "60 minutes" in html


# The allauth pages we use, each rendered inside base.html with GOV.UK markup.
ANONYMOUS_PAGES = [
    "account_login",
    "account_reset_password",
    "account_reset_password_done",
    "account_signup",
    "account_inactive",
]
SIGNED_IN_PAGES = [
    "account_logout",
    "mfa_index",
    "mfa_activate_totp",
    "account_change_password",
    "account_reauthenticate",
]


def assert_gov_uk_page(html: str) -> None:
    assert 'class="govuk-template"' in html, "not rendered in base.html"
    assert html.count("<h1") == 1
    assert 'class="govuk-heading-l"' in html
    # Every visible input is labelled and styled; allauth's bare markup is gone.
    for tag in re.findall(r"<(?:input|textarea|select)\b[^>]*>", html):
        if 'type="hidden"' in tag:
            continue
        assert "govuk-" in tag, tag
        ident = re.search(r'\sid="([^"]+)"', tag)
        assert ident, tag
        assert f'for="{ident.group(1)}"' in html, tag
    for tag in re.findall(r"<button\b[^>]*>", html):
        assert "govuk-button" in tag or "dhr-link-button" in tag, tag
    assert "Menu:" not in html


@pytest.mark.parametrize("name", ANONYMOUS_PAGES)
def test_allauth_pages_for_visitors_use_gov_uk_layout(client: Any, db: Any, name: str) -> None:
    response = client.get(reverse(name))
    assert response.status_code == 200
    assert_gov_uk_page(response.content.decode())


@pytest.mark.parametrize("name", SIGNED_IN_PAGES)
def test_allauth_pages_for_members_use_gov_uk_layout(client: Any, member: User, name: str) -> None:
    if name == "mfa_activate_totp":  # what a user without an app yet sees
        Authenticator.objects.filter(user=member).delete()
    assert sign_in(client, member.email, PASSWORD).status_code == 302
    # Setting up an authenticator app asks for the password again first.
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    response = client.get(reverse(name))
    assert response.status_code == 200
    assert_gov_uk_page(response.content.decode())


def test_password_reset_request_shows_check_your_email(client: Any, member: User) -> None:
    response = client.post(reverse("account_reset_password"), {"email": member.email}, follow=True)
    html = response.content.decode()
    assert "Check your email" in html
    assert_gov_uk_page(html)


def test_empty_password_reset_form_shows_error_summary_linked_to_field(
    client: Any, db: Any
) -> None:
    html = client.post(reverse("account_reset_password"), {"email": ""}).content.decode()
    assert 'href="#id_email"' in html
    assert 'id="id_email-error"' in html
    assert_gov_uk_page(html)


def test_menu_offers_dashboard_and_agencies_only_to_csp_wide_roles(
    world: Any, client_for: Any
) -> None:
    coordinator_page = client_for("coordinator").get(reverse("reviews:list")).content.decode()
    assert reverse("schedule:dashboard") in coordinator_page
    assert reverse("organisations:agencies", args=[world.csp.pk]) in coordinator_page
    panel_page = client_for("panel_member").get(reverse("reviews:list")).content.decode()
    assert reverse("schedule:dashboard") not in panel_page
    assert reverse("schedule:calendar") in panel_page
