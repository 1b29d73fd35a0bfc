"""The public review page is kept whole for plain visitors, with each response's
own CSP nonce, and never outlives withdrawal or a change to the public details
(page_cache.py)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from conftest import World, approve_for_publication
from dhr.publication import services
from dhr.publication.models import Publication
from dhr.reviews.models import Review


@pytest.fixture
def published(world: World) -> Publication:
    approve_for_publication(world)
    return services.do_publish(world.users["coordinator"], world.review, accept_missing=True)


def page(client: Any, publication: Publication) -> Any:
    return client.get(reverse("publication:detail", args=[publication.slug]))


def nonces(response: Any) -> tuple[str, str]:
    """The nonce in the page's script, and the one the CSP header allows."""
    html = response.content.decode()
    (in_page,) = re.findall(r'<script nonce="([^"]+)"', html)
    (in_header,) = re.findall(r"'nonce-([^']+)'", response["Content-Security-Policy"])
    return in_page, in_header


def rename_quietly(publication: Publication, pseudonym: str) -> None:
    """A change the page shows but that does not drop the cache."""
    Review.objects.filter(pk=publication.review_id).update(victim_pseudonym=pseudonym)


def test_a_plain_visitor_gets_the_kept_page_with_a_nonce_of_its_own(
    published: Publication,
) -> None:
    first = page(Client(), published)
    rename_quietly(published, "Renamed")
    second = page(Client(), published)
    assert "Renamed" not in second.content.decode()  # served from the cache
    assert first.content.decode().count("<h1") == second.content.decode().count("<h1") == 1
    page_nonce, header_nonce = nonces(second)
    assert page_nonce == header_nonce
    assert page_nonce != nonces(first)[0]
    assert "__dhr_csp_nonce__" not in second.content.decode()
    assert not second.cookies


def test_a_visitor_with_a_cookie_or_signed_in_is_never_served_the_kept_page(
    published: Publication, client_for: Any
) -> None:
    page(Client(), published)
    rename_quietly(published, "Renamed")
    with_cookie = Client()
    with_cookie.cookies["something"] = "theirs"
    assert "Renamed" in page(with_cookie, published).content.decode()
    signed_in = page(client_for("coordinator"), published).content.decode()
    assert "Renamed" in signed_in and "Sign out" in signed_in
    assert "Sign out" not in page(Client(), published).content.decode()


def test_withdrawal_takes_the_page_down_at_once(published: Publication, world: World) -> None:
    assert page(Client(), published).status_code == 200
    services.do_withdraw(world.users["coordinator"], published, "The family asked us to")
    assert page(Client(), published).status_code == 404


def test_a_change_to_the_public_details_shows_at_once(published: Publication, world: World) -> None:
    page(Client(), published)
    published.summary = "A new public summary."
    services.do_update_publication(world.users["coordinator"], published, ["summary"])
    assert "A new public summary." in page(Client(), published).content.decode()
