"""A second factor is required of everyone, and asked for at every sign-in."""

from __future__ import annotations

from typing import Any

import pytest
from allauth.mfa.models import Authenticator
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from conftest import World, make_user
from dhr.accounts.mfa import DEMO_TOTP_SECRET, current_code, has_second_factor, lasting_code

PASSWORD = "correct-horse-battery-staple"


@pytest.fixture(autouse=True)
def _fresh_limits(db: Any) -> None:
    cache.clear()


def password_step(client: Client, email: str) -> Any:
    return client.post(reverse("account_login"), {"login": email, "password": PASSWORD})


@pytest.mark.parametrize("role", ["coordinator", "imr_author", "home_office_qa", "administrator"])
def test_a_user_without_a_second_factor_must_set_one_up_first(world: World, role: str) -> None:
    user = world.users[role]
    Authenticator.objects.filter(user=user).delete()
    user.set_password(PASSWORD)
    user.save()
    client = Client()
    # The password alone signs an un-enrolled user in: straight to set-up.
    assert password_step(client, user.email)["Location"] == reverse("reviews:list")
    for url in [reverse("reviews:list"), reverse("schedule:calendar"), "/admin/"]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"] == reverse("mfa_activate_totp")
    # Setting up a first factor needs no second password (adapter.py).
    setup = client.get(reverse("mfa_activate_totp"))
    assert setup.status_code == 200
    assert b'id="authenticator_secret"' in setup.content
    assert client.get(reverse("publication:index")).status_code == 200
    assert client.post(reverse("account_logout")).status_code == 302


@pytest.mark.no_mfa
def test_setting_up_an_app_opens_the_site(db: Any) -> None:
    user = make_user("new@csp.test", "New starter", mfa=False)
    user.set_password(PASSWORD)
    user.save()
    client = Client()
    password_step(client, user.email)
    assert client.get(reverse("reviews:list"))["Location"] == reverse("mfa_activate_totp")
    page = client.get(reverse("mfa_activate_totp")).content.decode()
    secret = page.split('id="authenticator_secret"', 1)[1].split(">", 1)[1].split("<", 1)[0]
    response = client.post(reverse("mfa_activate_totp"), {"code": lasting_code(secret)})
    assert response.status_code == 302
    assert has_second_factor(user)
    # That the new app's code then counts as confirming who they are (the
    # recovery codes show without a password) is seen in the browser test:
    # allauth signals after commit, which this test's transaction defers.
    assert client.get(reverse("reviews:list")).status_code == 200


def test_an_enrolled_user_confirms_it_is_them_before_changing_factors(db: Any) -> None:
    user = make_user("cora@csp.test", "Cora")
    client = Client()
    client.force_login(user)
    for name in ["mfa_add_webauthn", "mfa_deactivate_totp", "mfa_generate_recovery_codes"]:
        response = client.get(reverse(name))
        assert response.status_code == 302, name
        assert "reauthenticate" in response["Location"], name


def test_an_enrolled_user_is_asked_for_a_code_at_sign_in(db: Any) -> None:
    user = make_user("cora@csp.test", "Cora")
    user.set_password(PASSWORD)
    user.save()
    client = Client()
    response = password_step(client, user.email)
    assert response["Location"] == reverse("mfa_authenticate")
    # The password alone signs nobody in.
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("reviews:list"))["Location"].startswith(reverse("account_login"))
    done = client.post(reverse("mfa_authenticate"), {"code": lasting_code(DEMO_TOTP_SECRET)})
    assert done.status_code == 302
    assert client.get(reverse("reviews:list")).status_code == 200


def test_a_wrong_code_is_refused(db: Any) -> None:
    user = make_user("cora@csp.test", "Cora")
    user.set_password(PASSWORD)
    user.save()
    client = Client()
    password_step(client, user.email)
    wrong = f"{(int(current_code()) + 1) % 1_000_000:06d}"
    response = client.post(reverse("mfa_authenticate"), {"code": wrong})
    assert response.status_code == 200
    assert "govuk-error-summary" in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("reviews:list")).status_code == 302
