"""The library: index from published material only, search and facets, exports,
the API against its OpenAPI document, themes. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import datetime
import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from django.conf import settings
from django.db import connection
from django.urls import reverse
from openapi_spec_validator import validate

from conftest import World
from dhr.actions.models import Action, ActionStatus, Recommendation
from dhr.audit.models import AuditRecord
from dhr.library import analysis, search, themes
from dhr.library.api import openapi_document
from dhr.library.importer import do_import_dhrd
from dhr.library.models import LibraryEntry, Theme, ThemeTag
from dhr.library.services import FACETS, do_tag, index_publication, reindex_all
from dhr.publication.models import Publication
from dhr.publication.services import publication_for
from dhr.reviews.models import Decision, Review, Stage

DHRD = Path(settings.PROJECT_DIR) / "data" / "dhrd"
SECRET = "zanzibarquokka"  # a word only the unpublished review holds


def publish(review: Review, summary: str, recs: list[str], when: datetime.date) -> Publication:
    for n, text in enumerate(recs, start=1):
        rec = Recommendation.objects.create(review=review, number=n, text=text)
        Action.objects.create(
            recommendation=rec,
            what=f"Do {n}",
            due_on=datetime.date(2026, 1, 1),
            intended_outcome="x",
            monitoring="y",
            status=ActionStatus.COMPLETE if n == 1 else ActionStatus.ON_TRACK,
        )
    publication = publication_for(review)
    publication.summary = summary
    publication.is_published = True
    publication.published_on = when
    publication.save()
    index_publication(publication.pk)
    return publication


@pytest.fixture
def library(world: World) -> World:
    """The DHRD, one published review of Northshire, and a draft of Southshire."""
    do_import_dhrd(DHRD)
    world.review.date_of_death = datetime.date(2024, 2, 3)
    world.review.save()
    publish(
        world.review,
        "A review of the death of Louise and of how agencies responded to stalking.",
        [
            "The police should train officers to recognise stalking and coercive control.",
            "GP practices should ask about domestic abuse when patients present with anxiety.",
        ],
        datetime.date(2025, 6, 1),
    )
    draft = Review.objects.create(
        csp=world.other_csp,
        reference="DHR 2025/09",
        victim_pseudonym="Ann",
        notified_on=datetime.date(2025, 1, 6),
        decision=Decision.PROCEED,
        stage=Stage.DRAFTING,
    )
    rec = Recommendation.objects.create(review=draft, number=1, text=f"Unpublished {SECRET} text")
    pub = publication_for(draft)
    pub.summary = f"Draft summary {SECRET}"
    pub.save()
    index_publication(pub.pk)
    assert rec.pk
    return world


def keys(result: search.Result) -> list[str]:
    return [h.entry.key for h in result.hits]


def test_index_holds_published_and_dhrd_only(library: World) -> None:
    kinds = sorted(LibraryEntry.objects.order_by("kind").values_list("kind", flat=True).distinct())
    assert kinds == ["dhrd", "recommendation", "review"]
    assert LibraryEntry.objects.filter(kind="review").count() == 1
    assert LibraryEntry.objects.filter(kind="recommendation").count() == 2
    assert search.search(SECRET, {}, FACETS).total == 0
    assert not LibraryEntry.objects.filter(csp="Southshire CSP").exists()


def test_withdrawing_takes_a_review_out_and_publishing_puts_it_back(library: World) -> None:
    publication = library.review.publication
    publication.is_published = False
    publication.save()
    index_publication(publication.pk)
    assert search.search("stalking", {"kind": ["Published review"]}, FACETS).total == 0
    publication.is_published = True
    publication.save()
    reindex_all()
    assert search.search("stalking", {"kind": ["Published review"]}, FACETS).total == 1


def test_signals_refresh_the_index_on_commit(
    library: World, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        rec = library.review.recommendations.get(number=2)
        rec.text = "GP practices should share records with the MARAC."
        rec.save()
    assert search.search("MARAC", {"kind": ["Recommendation"]}, FACETS).total == 1
    with django_capture_on_commit_callbacks(execute=True):
        publication = library.review.publication
        publication.is_published = False
        publication.save()
    assert not LibraryEntry.objects.filter(publication=publication).exists()


def test_index_stays_whole_however_rows_are_deleted_or_changed(library: World) -> None:
    """A delete that bypasses the services (a cascade, raw SQL, a test flush)
    once left SQLite's external-content FTS5 index stale, and the next search
    failed with "database disk image is malformed"."""
    assert search.search("stalking", {}, FACETS).total > 100
    LibraryEntry.objects.filter(kind="dhrd").delete()
    entry = LibraryEntry.objects.filter(kind="recommendation").first()
    assert entry is not None
    entry.body = entry.summary = "Zanzibar appears only here."
    entry.save()
    search.sync([entry.pk])  # PostgreSQL's vectors; SQLite's triggers need nothing
    assert search.search("Zanzibar", {}, FACETS).total == 1
    assert not any(k.startswith("dhrd:") for k in keys(search.search("stalking", {}, FACETS)))
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            # Compares the index with its content; raises if they differ.
            cursor.execute(
                "INSERT INTO library_fts(library_fts, rank) VALUES ('integrity-check', 1)"
            )


def test_ranked_search_with_highlighted_snippets(library: World) -> None:
    result = search.search("stalking", {}, FACETS, 0, 5)
    assert result.total > 100  # DHRD records flagged for stalking, and the review
    assert all("<mark>" in str(h.snippet) for h in result.hits)
    phrase = search.search('"coercive control" officers', {}, FACETS)
    rec = library.review.recommendations.get(number=1)
    # The recommendation, and the review whose text holds it.
    assert set(keys(phrase)) == {f"recommendation:{rec.pk}", f"review:{library.review.pk}"}


def test_facets_combine_and_count(library: World) -> None:
    everything = search.search("", {}, FACETS)
    assert everything.total == 647 + 3
    wales = search.search("", {"region": ["Wales"]}, FACETS)
    assert wales.total == 29
    regions = {o.value: o for o in wales.facets["region"]}
    # Counts for a chosen field ignore its own choice, so others stay choosable.
    assert regions["Wales"].count == 29 and regions["Wales"].selected
    assert regions["North West"].count == 99
    two = search.search("", {"region": ["Wales", "North East"]}, FACETS)
    assert two.total == 29 + 27
    narrowed = search.search("", {"region": ["Wales"], "victim_sex": ["Male"]}, FACETS)
    sexes = {o.value: o.count for o in narrowed.facets["victim_sex"]}
    assert narrowed.total == sexes["Male"] < 29
    assert sum(sexes.values()) <= 29


@pytest.mark.parametrize(
    "text",
    ['"', "stalking OR", "NEAR(a b)", "body:stalking", "stalk*", "-stalking", "'; DROP TABLE x"],
)
def test_query_syntax_is_never_passed_on(library: World, text: str) -> None:
    result = search.search(text, {}, FACETS)
    assert result.total >= 0
    assert search.parse_query('body:x "a phrase" NEAR(') == [["body"], ["x"], ["phrase"], ["near"]]


def test_search_page_works_without_js_and_bounds_queries(
    library: World, client: Any, django_assert_max_num_queries: Any
) -> None:
    url = reverse("library:search")
    with django_assert_max_num_queries(12):
        response = client.get(url, {"q": "stalking", "region": ["Wales"], "victim_sex": ["Female"]})
    html = response.content.decode()
    assert response.status_code == 200
    assert (
        '<form method="get"' in html
        and 'name="region" type="checkbox" value="Wales" checked' in html
    )
    assert "<mark>" in html and "doi.org/10.5281/zenodo.21648010" in html
    assert SECRET not in html
    for name in ["recommendations", "charts"]:
        with django_assert_max_num_queries(15):
            page = client.get(reverse(f"library:{name}"))
        assert page.status_code == 200
    with django_assert_max_num_queries(6):
        record = client.get(reverse("library:record", args=["INC-0001"]))
    assert "zenodo.21648010" in record.content.decode()


@pytest.mark.parametrize("role", ["anonymous", "other_csp_coordinator"])
def test_nothing_unpublished_through_page_export_or_api(
    library: World, client_for: Any, role: str
) -> None:
    client = client_for(role)
    # Searching for the word finds nothing (the page only repeats the query).
    found = client.get(reverse("library:search"), {"q": SECRET}).content.decode()
    assert "0 results" in found
    assert client.get(reverse("library_api:entries"), {"q": SECRET}).json()["count"] == 0
    chosen = client.get(reverse("library:search"), {"csp": "Southshire CSP"}).content.decode()
    assert "0 results" in chosen and SECRET not in chosen
    export = client.get(reverse("library:export_csv"), {"csp": "Southshire CSP"}).content
    assert len(export.decode().strip().splitlines()) == 2  # the citation and the header
    urls = [
        reverse("library:export_json"),
        reverse("library:recommendations"),
        reverse("library_api:entries") + "?page_size=100&kind=Recommendation",
        reverse("library_api:facets"),
    ]
    for url in urls:
        body = client.get(url).content.decode()
        assert SECRET not in body and "Southshire" not in body, url
    draft = Review.objects.get(reference="2025/09")
    for key in [f"review:{draft.pk}", f"recommendation:{draft.recommendations.get().pk}"]:
        assert client.get(reverse("library_api:entry", args=[key])).status_code == 404


def test_export_round_trip(library: World, client: Any) -> None:
    params = {"q": "stalking", "region": "Wales"}
    data = client.get(reverse("library:export_json"), params).json()
    assert data["metadata"]["citation"]["doi"] == "https://doi.org/10.5281/zenodo.21648010"
    assert data["metadata"]["count"] == len(data["results"]) > 0
    text = client.get(reverse("library:export_csv"), params).content.decode()
    first, rest = text.split("\n", 1)
    assert first.startswith("# Source:") and "CC BY 4.0" in first
    rows = list(csv.DictReader(io.StringIO(rest)))
    assert [r["key"] for r in rows] == [r["key"] for r in data["results"]]
    assert all(r["region"] == "Wales" for r in rows)


def test_csv_cells_are_formula_safe(world: World, client: Any) -> None:
    publish(world.review, '=HYPERLINK("http://x")', ["+SUM(A1)"], datetime.date(2025, 1, 1))
    text = client.get(reverse("library:export_csv")).content.decode()
    rows = list(csv.DictReader(io.StringIO(text.split("\n", 1)[1])))
    assert {r["summary"] for r in rows} == {'\'=HYPERLINK("http://x")', "'+SUM(A1)"}


def test_openapi_document_is_valid_and_responses_match(library: World, client: Any) -> None:
    served = client.get(reverse("library_api:openapi")).json()
    validate(served)
    doc = openapi_document()
    schemas = doc["components"]["schemas"]

    def check(url: str, schema: dict[str, Any]) -> dict[str, Any]:
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.json()
        jsonschema.validate(
            body,
            {**schema, "components": {"schemas": schemas}},
            cls=jsonschema.Draft202012Validator,
        )
        return body

    def resolved(path: str) -> dict[str, Any]:
        return doc["paths"][path]["get"]["responses"]["200"]["content"]["application/json"][
            "schema"
        ]

    page = check(
        reverse("library_api:entries") + "?q=stalking&page_size=5&page=2",
        resolved("/api/library/entries/"),
    )
    assert page["count"] > 5 and page["previous"] and len(page["results"]) <= 5
    check(
        reverse("library_api:entry", args=["dhrd:INC-0001"]),
        resolved("/api/library/entries/{key}/"),
    )
    facets = check(
        reverse("library_api:facets") + "?region=Wales", resolved("/api/library/facets/")
    )
    assert facets["count"] == len(FACETS)
    themes_page = check(reverse("library_api:themes"), resolved("/api/library/themes/"))
    assert themes_page["count"] == Theme.objects.count() == 120


def test_importing_puts_back_themes_an_emptied_database_lost(world: World, client: Any) -> None:
    Theme.objects.all().delete()
    do_import_dhrd(DHRD)
    assert Theme.objects.count() == len(themes.vocabulary())
    publish(world.review, "Agencies missed stalking.", [], datetime.date(2025, 6, 1))
    client.force_login(world.users["coordinator"])
    page = client.get(reverse("library_review:themes", args=[world.review.pk]))
    assert "because of: stalking" in page.content.decode()


def test_theme_vocabulary_maps_every_rule_to_a_home_office_option() -> None:
    options = {s.home_office_option for s in themes.vocabulary()}
    assert set(themes.RULES) <= options
    assert set(themes.DHRD_FLAGS.values()) <= options
    found = themes.suggest("Officers should complete stalking training and share with MARAC.")
    words = {s.option: s.words for s in found}
    assert words["DHR process - training recommendation themes"] == ("training",)
    assert "stalking" in words["Aggravating factors - stalking"]


def test_coordinator_accepts_a_suggestion_and_it_is_audited(
    library: World, client_for: Any, django_capture_on_commit_callbacks: Any
) -> None:
    client = client_for("coordinator")
    review = library.review
    page = client.get(reverse("library_review:themes", args=[review.pk])).content.decode()
    assert "because of: officers, police" in page
    theme = Theme.objects.get(home_office_option="DHR process - police recommendations")
    rec = review.recommendations.get(number=1)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("library_review:add", args=[review.pk]),
            {"theme": theme.slug, "recommendation": rec.pk, "word": ["police", "invented"]},
        )
    tag = ThemeTag.objects.get()
    assert (tag.source, tag.matched_words) == ("suggestion", ["police"])
    assert AuditRecord.objects.filter(action="library.tag", review=review).exists()
    result = search.search("", {"theme": [theme.label]}, FACETS)
    assert keys(result) == [f"recommendation:{rec.pk}"]
    again = client.post(
        reverse("library_review:add", args=[review.pk]),
        {"theme": theme.slug, "recommendation": rec.pk},
        follow=True,
    )
    assert "is already on it" in again.content.decode()


def test_similar_recommendations_across_reviews() -> None:
    rows = [
        {
            "id": 1,
            "review": "A",
            "year": "2023",
            "text": "GP practices should ask about domestic abuse",
        },
        {
            "id": 2,
            "review": "B",
            "year": "2025",
            "text": "GP practices must ask patients about domestic abuse",
        },
        {
            "id": 3,
            "review": "A",
            "year": "2023",
            "text": "GP practices should ask about domestic abuse too",
        },
        {"id": 4, "review": "C", "year": "2024", "text": "Housing providers to train staff"},
    ]
    pairs = analysis.similar_pairs(rows)
    assert {(p.left["id"], p.right["id"]) for p in pairs} == {(1, 2), (2, 3)}
    assert analysis.repeated_by_year(pairs) == [("2025", 1)]


def test_do_tag_refuses_a_recommendation_of_another_review(library: World) -> None:
    other = Review.objects.get(reference="2025/09")
    theme = Theme.objects.first()
    assert theme is not None
    with pytest.raises(Exception, match="another review"):
        do_tag(library.users["coordinator"], library.review, theme, other.recommendations.get())
    assert json.dumps(ThemeTag.objects.count()) == "0"


@pytest.mark.parametrize(
    "name,args,params,most",
    [
        ("library:export_csv", [], {"q": "stalking"}, 6),
        ("library:export_json", [], {}, 6),
        ("library_api:entries", [], {"region": "Wales"}, 4),
        ("library_api:entry", ["dhrd:INC-0001"], {}, 4),
        ("library_api:facets", [], {}, 4),
        ("library_api:themes", [], {}, 4),
    ],
)
def test_exports_and_api_run_a_bounded_number_of_queries(
    library: World,
    client: Any,
    django_assert_max_num_queries: Any,
    name: str,
    args: list[str],
    params: dict[str, str],
    most: int,
) -> None:
    """With the 647 DHRD records indexed: a query per entry would show at once."""
    with django_assert_max_num_queries(most):
        response = client.get(reverse(name, args=args), params)
    assert response.status_code == 200
    assert len(response.content) > 100
