"""Bodies are refused before anything reads them; signed-in pages are not cached."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client, RequestFactory
from django.test.client import ClientHandler
from django.urls import reverse

from conftest import World

MB = 1024 * 1024


class UnreadInput:
    """A WSGI input that records whether anyone read it."""

    def __init__(self) -> None:
        self.read_from = False

    def read(self, *args: Any) -> bytes:
        self.read_from = True
        return b""

    readline = read


def post_unread(
    url: str, length: int, client: Client | None = None, enforce_csrf: bool = True
) -> tuple[Any, UnreadInput]:
    body = UnreadInput()
    cookies = "; ".join(f"{k}={v.value}" for k, v in client.cookies.items()) if client else ""
    environ = RequestFactory()._base_environ(  # type: ignore[attr-defined]
        PATH_INFO=url,
        REQUEST_METHOD="POST",
        CONTENT_TYPE="multipart/form-data; boundary=xyz",
        CONTENT_LENGTH=str(length),
        HTTP_COOKIE=cookies,
        **{"wsgi.input": body},
    )
    return ClientHandler(enforce_csrf_checks=enforce_csrf)(environ), body


def upload_url(world: World) -> str:
    return reverse("evidence:imr_upload", args=[world.review.pk])


def test_anonymous_upload_is_sent_to_sign_in_without_reading_the_body(world: World) -> None:
    response, body = post_unread(upload_url(world), 50 * MB)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert not body.read_from


def test_anonymous_sign_in_form_is_capped(world: World, settings: Any) -> None:
    response, body = post_unread(reverse("account_login"), settings.DHR_MAX_ANONYMOUS_BYTES + 1)
    assert response.status_code == 413
    assert not body.read_from


def test_signed_in_form_page_is_capped_below_uploads(world: World, client: Client) -> None:
    client.force_login(world.users["coordinator"])
    url = reverse("reviews:edit", args=[world.review.pk])
    response, body = post_unread(url, 10 * MB, client)
    assert response.status_code == 413
    assert "at most 2 MB" in response.content.decode()
    assert not body.read_from


def test_upload_page_takes_the_upload_size_and_no_more(
    world: World, client: Client, settings: Any
) -> None:
    client.force_login(world.users["coordinator"])
    limit = settings.DHR_MAX_UPLOAD_BYTES + settings.DHR_MAX_FORM_BYTES
    response, body = post_unread(upload_url(world), limit + 1, client)
    assert response.status_code == 413
    assert not body.read_from
    # Within the limit the body reaches the view's form.
    response, body = post_unread(upload_url(world), 10 * MB, client, enforce_csrf=False)
    assert response.status_code == 200
    assert body.read_from


@pytest.mark.parametrize("role", ["coordinator", "imr_author", "administrator"])
def test_signed_in_pages_are_not_stored(world: World, client: Client, role: str) -> None:
    client.force_login(world.users[role])
    for url in [reverse("reviews:list"), reverse("publication:index")]:
        response = client.get(url)
        assert "no-store" in response["Cache-Control"], url
        assert "private" in response["Cache-Control"] or url.endswith(".csv")
        assert response["Pragma"] == "no-cache"


def test_public_pages_stay_cacheable(world: World, client: Client) -> None:
    for url in [reverse("publication:index"), reverse("healthz")]:
        response = client.get(url)
        assert "no-store" not in response.get("Cache-Control", ""), url
        assert "Pragma" not in response
