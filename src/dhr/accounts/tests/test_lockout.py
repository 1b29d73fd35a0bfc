"""Lock-outs behind a reverse proxy: by account and real address, recoverable by email."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.conf import settings
from django.core import mail
from django.core.cache import cache
from django.test import Client, RequestFactory
from django.urls import reverse

from dhr.accounts.models import User
from dhr.core.client_ip import client_address

PASSWORD = "correct-horse-battery-staple"
PROXY = "10.0.0.5"


@pytest.fixture(autouse=True)
def _behind_one_proxy(settings: Any, db: Any) -> None:
    cache.clear()  # allauth's own rate limits, in the shared cache's table
    settings.DHR_PROXY_COUNT = 1
    settings.DHR_TRUSTED_PROXIES = ["10.0.0.0/8"]


@pytest.fixture
def victim(db: Any) -> User:
    return User.objects.create_user("vic@csp.test", PASSWORD, full_name="Vic signs in daily")


def sign_in(email: str, password: str, forwarded_for: str, remote: str = PROXY) -> Any:
    client = Client(REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded_for)
    return client.post(reverse("account_login"), {"login": email, "password": password})


def test_an_attacker_behind_the_proxy_does_not_lock_out_the_real_user(victim: User) -> None:
    for _ in range(settings.AXES_FAILURE_LIMIT + 2):
        sign_in(victim.email, "wrong-password", forwarded_for="203.0.113.9")
    assert sign_in(victim.email, PASSWORD, forwarded_for="203.0.113.9").status_code == 429
    # Same proxy, same account, another address: still signs in.
    assert sign_in(victim.email, PASSWORD, forwarded_for="198.51.100.7").status_code == 302


def test_a_forged_forwarded_header_does_not_escape_the_lock(victim: User) -> None:
    # Straight to the app (not through a trusted proxy): the header is ignored.
    for n in range(settings.AXES_FAILURE_LIMIT + 1):
        sign_in(victim.email, "wrong", forwarded_for=f"192.0.2.{n}", remote="203.0.113.9")
    response = sign_in(victim.email, PASSWORD, forwarded_for="192.0.2.99", remote="203.0.113.9")
    assert response.status_code == 429
    # Through the proxy, a client-written entry left of the proxy's own is ignored.
    for n in range(settings.AXES_FAILURE_LIMIT + 1):
        sign_in(victim.email, "wrong", forwarded_for=f"192.0.2.{n}, 198.18.0.1")
    response = sign_in(victim.email, PASSWORD, forwarded_for="192.0.2.99, 198.18.0.1")
    assert response.status_code == 429


@pytest.mark.parametrize(
    ("remote", "forwarded", "count", "expected"),
    [
        ("10.0.0.5", "203.0.113.9", 1, "203.0.113.9"),
        ("10.0.0.5", "6.6.6.6, 203.0.113.9", 1, "203.0.113.9"),  # 6.6.6.6 written by the client
        ("10.0.0.5", "6.6.6.6, 203.0.113.9, 10.0.0.7", 2, "203.0.113.9"),
        ("10.0.0.5", "", 1, "10.0.0.5"),  # nothing forwarded
        ("10.0.0.5", "not-an-address", 1, "10.0.0.5"),
        ("203.0.113.9", "6.6.6.6", 1, "203.0.113.9"),  # not from our proxy
        ("10.0.0.5", "203.0.113.9", 0, "10.0.0.5"),  # no proxies configured
    ],
)
def test_client_address(
    remote: str, forwarded: str, count: int, expected: str, settings: Any
) -> None:
    settings.DHR_PROXY_COUNT = count
    request = RequestFactory().get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)
    assert client_address(request) == expected


def test_a_locked_user_recovers_by_email(victim: User) -> None:
    where = "203.0.113.9"
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(victim.email, "wrong-password", forwarded_for=where)
    assert sign_in(victim.email, PASSWORD, forwarded_for=where).status_code == 429
    page = Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=where)
    # The lock-out page says how.
    locked = sign_in(victim.email, PASSWORD, forwarded_for=where).content.decode()
    assert reverse("account_reset_password") in locked
    page.post(reverse("account_reset_password"), {"email": victim.email})
    link = re.search(r"https?://[^\s]+/password/reset/key/[^\s]+", str(mail.outbox[-1].body))
    assert link
    form = page.get(link.group(0), follow=True)
    new = "a-brand-new-long-passphrase"
    done = page.post(form.redirect_chain[-1][0], {"password1": new, "password2": new})
    assert done.status_code == 302
    assert sign_in(victim.email, new, forwarded_for=where).status_code == 302
