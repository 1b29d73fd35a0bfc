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
from dhr.publication import page_cache, services
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


def listing(client: Any, query: str = "") -> Any:
    return client.get(reverse("publication:index") + query)


def test_the_list_and_a_search_are_kept_for_plain_visitors(published: Publication) -> None:
    listing(Client())
    listing(Client(), "?q=adult")
    rename_quietly(published, "Renamed")
    assert "Renamed" not in listing(Client()).content.decode()  # served from the cache
    kept_search = listing(Client(), "?q=adult")
    assert "Renamed" not in kept_search.content.decode()
    page_nonce, header_nonce = nonces(kept_search)
    assert page_nonce == header_nonce and "__dhr_csp_nonce__" not in kept_search.content.decode()
    with_cookie = Client()
    with_cookie.cookies["something"] = "theirs"
    assert "Renamed" in listing(with_cookie).content.decode()
    assert "Renamed" in listing(Client(), "?q=renamed").content.decode()  # another search


def test_withdrawal_takes_the_review_off_the_list_and_feed_at_once(
    published: Publication, world: World, django_capture_on_commit_callbacks: Any
) -> None:
    feed_url = reverse("publication:feed")
    assert published.slug in listing(Client()).content.decode()
    assert published.slug in Client().get(feed_url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        services.do_withdraw(world.users["coordinator"], published, "The family asked us to")
    assert published.slug not in listing(Client()).content.decode()
    assert published.slug not in Client().get(feed_url).content.decode()


def test_the_kept_feed_is_still_an_atom_feed_with_no_nonce(published: Publication) -> None:
    url = reverse("publication:feed")
    first, second = Client().get(url), Client().get(url)
    assert first.content == second.content
    assert second["Content-Type"].startswith("application/atom+xml")
    assert "nonce-" not in second["Content-Security-Policy"]


def test_a_rolled_back_change_keeps_the_list_generation(published: Publication) -> None:
    """A new generation is started only on commit: the list is not dropped for nothing,
    and a request between the change and the commit cannot keep stale text as new."""
    before = page_cache.generation()
    published.save()  # inside the test's transaction, never committed
    assert page_cache.generation() == before
