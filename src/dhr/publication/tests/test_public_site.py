"""The public site: the Atom feed of new publications, and search with filters
over published reviews only (issue 12)."""

from __future__ import annotations

import datetime
import xml.etree.ElementTree as ET
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone

from conftest import World, approve_for_publication
from dhr.actions.models import Recommendation
from dhr.organisations.models import Terminology
from dhr.people.models import Person
from dhr.publication import services
from dhr.publication.models import Publication
from dhr.reviews.models import Decision, Review, Stage

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def published(world: World) -> Publication:
    Person.objects.create(review=world.review, name="Marie Doyle", role="victim")
    approve_for_publication(world)
    publication = services.do_publish(world.users["coordinator"], world.review, accept_missing=True)
    publication.summary = "A review of how agencies responded to coercive control."
    publication.save()
    return publication


def feed(client: Any) -> ET.Element:
    response = client.get(reverse("publication:feed"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)  # noqa: S314 - our own output


def test_the_feed_parses_and_lists_a_published_review_by_pseudonym(
    published: Publication, client: Any
) -> None:
    root = feed(client)
    assert root.tag == f"{ATOM}feed"
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 1
    entry = entries[0]
    assert entry.findtext(f"{ATOM}title") == ("Domestic Homicide Review: Louise (Northshire CSP)")
    link = entry.find(f"{ATOM}link")
    assert link is not None and link.get("href", "").endswith(f"/published/{published.slug}/")
    assert "coercive control" in (entry.findtext(f"{ATOM}summary") or "")
    assert b"Marie" not in client.get(reverse("publication:feed")).content


def test_the_feed_leaves_out_withdrawn_and_ended_reviews(
    published: Publication, client: Any, world: World
) -> None:
    Publication.objects.filter(pk=published.pk).update(
        public_until=timezone.localdate() - datetime.timedelta(days=1)
    )
    assert feed(client).findall(f"{ATOM}entry") == []
    Publication.objects.filter(pk=published.pk).update(public_until=None)
    services.do_withdraw(world.users["coordinator"], published, "Two years on")
    assert feed(client).findall(f"{ATOM}entry") == []


def test_the_index_announces_the_feed(published: Publication, client: Any) -> None:
    page = client.get(reverse("publication:index")).content.decode()
    assert 'type="application/atom+xml"' in page
    assert reverse("publication:feed") in page


def publish_another(world: World, reference: str, pseudonym: str, summary: str) -> Publication:
    review = Review.objects.create(
        csp=world.csp,
        reference=reference,
        victim_pseudonym=pseudonym,
        notified_on=datetime.date(2024, 3, 1),
        decision=Decision.PROCEED,
        decided_on=datetime.date(2024, 3, 20),
        stage=Stage.PUBLISHED,
    )
    publication = services.publication_for(review)
    publication.summary = summary
    publication.is_published = True
    publication.published_on = datetime.date(2024, 11, 1)
    publication.save()
    return publication


def titles(client: Any, **query: str) -> list[str]:
    response = client.get(reverse("publication:index"), query)
    assert response.status_code == 200
    return [p.review.victim_pseudonym for p in response.context["publications"]]


@pytest.fixture
def three(published: Publication, world: World) -> World:
    """Louise (Northshire, now), Adult B (Northshire, 2024) and Sam (Southshire, a DARDR area)."""
    publish_another(world, "2024/02", "Adult B", "Economic abuse and housing.")
    world.other_csp.terminology = Terminology.DARDR
    world.other_csp.save()
    world.csp, csp = world.other_csp, world.csp
    publish_another(world, "2024/03", "Sam", "A review of stalking after separation.")
    world.csp = csp
    Recommendation.objects.create(
        review=published.review, number=1, text="Train staff in recognising strangulation."
    )
    withdrawn = Recommendation.objects.create(
        review=published.review, number=2, text="Withdrawn: about mobile phones."
    )
    withdrawn.withdrawn_at = timezone.now()
    withdrawn.withdrawn_reason = "Merged"
    withdrawn.save()
    return world


def test_every_word_must_match_in_the_name_csp_summary_or_recommendations(
    three: World, client: Any
) -> None:
    assert titles(client) == ["Louise", "Adult B", "Sam"]
    assert titles(client, q="stalking") == ["Sam"]
    assert titles(client, q="STRANGULATION") == ["Louise"]
    assert titles(client, q="northshire housing") == ["Adult B"]
    assert titles(client, q="mobile") == [], "a withdrawn recommendation is not searched"
    assert titles(client, q="Marie") == [], "the register's real name is not searchable"


def test_filters_by_year_partnership_type_and_theme(three: World, client: Any) -> None:
    from dhr.library.models import Theme, ThemeTag

    assert titles(client, year="2024") == ["Adult B", "Sam"]
    assert titles(client, csp="southshire") == ["Sam"]
    assert titles(client, kind="DARDR") == ["Sam"]
    theme = Theme.objects.create(slug="strangulation", label="Non-fatal strangulation")
    ThemeTag.objects.create(theme=theme, review=three.review, added_by=three.users["coordinator"])
    assert titles(client, theme="strangulation") == ["Louise"]
    assert titles(client, year="2024", csp="northshire") == ["Adult B"]


def test_a_choice_that_is_not_offered_is_refused_in_words(three: World, client: Any) -> None:
    page = client.get(reverse("publication:index"), {"year": "1066", "csp": "<script>"})
    text = page.content.decode()
    assert page.status_code == 200
    assert "Select a year from the list" in text
    assert "Select a partnership from the list" in text
    assert "<script>" not in text


def test_only_partnerships_and_themes_with_published_reviews_are_offered(
    three: World, client: Any
) -> None:
    from dhr.library.models import Theme, ThemeTag
    from dhr.organisations.models import Csp

    Csp.objects.create(name="Westshire CSP", slug="westshire")
    unpublished = Review.objects.create(
        csp=three.csp,
        reference="2025/07",
        victim_pseudonym="Adult Z",
        notified_on=timezone.localdate(),
    )
    secret = Theme.objects.create(slug="secret-theme", label="A theme of a draft")
    ThemeTag.objects.create(theme=secret, review=unpublished, added_by=three.users["coordinator"])
    text = client.get(reverse("publication:index")).content.decode()
    assert "Westshire" not in text
    assert "A theme of a draft" not in text
    assert "Adult Z" not in text


def test_no_public_page_sets_a_cookie(three: World, client: Any) -> None:
    """A reader of a published review is not tracked, and needs no consent banner."""
    slug = Publication.objects.filter(review=three.review).get().slug
    for url in [
        reverse("publication:index"),
        reverse("publication:index") + "?q=stalking&year=2024",
        reverse("publication:index") + "?year=1066",
        reverse("publication:detail", args=[slug]),
        reverse("publication:feed"),
        reverse("publication:faq_pdf", args=[slug]),
    ]:
        response = client.get(url)
        assert response.status_code in {200, 503}, url
        assert not response.cookies, (url, list(response.cookies))


def test_the_page_keeps_its_faq_briefly_and_a_change_of_public_details_shows_at_once(
    published: Publication, client: Any, world: World, monkeypatch: Any
) -> None:
    from dhr.publication import views

    built: list[int] = []
    real = views.build_faq

    def counting(review: Any) -> Any:
        built.append(review.pk)
        return real(review)

    monkeypatch.setattr(views, "build_faq", counting)
    url = reverse("publication:detail", args=[published.slug])
    first = client.get(url).content.decode()
    second = client.get(url).content.decode()
    assert len(built) == 1, "the second visit is served the kept FAQ"
    assert "16. " in second and first.count("<section") == second.count("<section")
    published.site_name = "the Northshire council website"
    services.do_update_publication(world.users["coordinator"], published, ["site_name"])
    third = client.get(url).content.decode()
    assert len(built) == 2
    assert "the Northshire council website" in third
    services.do_withdraw(world.users["coordinator"], published, "Two years on")
    assert client.get(url).status_code == 404, "withdrawal is never kept waiting"
