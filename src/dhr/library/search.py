"""One small full-text search service over the library index, on both databases.

PostgreSQL: `LibraryEntry.search_vector` (title A, summary B, whole text C; GIN
index) is matched with a tsquery; results are ranked with `SearchRank` over
`rank_vector` (title, summary and the text's opening), so ranking never
detoasts a 60,000-word vector; `SearchHeadline` marks the snippet.

SQLite: the FTS5 table `library_fts` (external content: the view
`library_fts_source` giving title, summary, the text's first 20,000
characters as `lead` and the rest as `rest`; porter stemming) is created by
migrations 0002/0003 on SQLite only and kept in step by triggers (0005);
`bm25()` ranks and `snippet()` marks the snippet from `lead` (as PostgreSQL's
headline reads the summary and the opening).

Both read the same parsed query (`parse_query`): words and "quoted phrases",
all of which must occur (AND), English stop words dropped, every word reduced
to letters and digits, so nothing a user types is ever query syntax (no FTS5
or tsquery injection). Facets and filters are plain ORM over `LibraryFacet`,
identical on both.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connection
from django.db.models import Count, F, Q, QuerySet, TextField, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Concat
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from dhr.library.models import LibraryEntry, LibraryFacet

START, STOP = "\ue000", "\ue001"  # private-use marks, replaced by <mark> after escaping
HEAVY = ("body", "lead", "search_vector", "rank_vector")  # never loaded for a results page
RANK_PREFIX_CHARS = 20_000  # the stored opening (`lead`) that snippets quote
RANK_CHARS = 4_000  # how much of the opening PostgreSQL's `rank_vector` holds
STOP_WORDS = frozenset(
    re.split(
        r"\s+",
        "a an and are as at be but by for if in into is it no not of on or such that the "
        "their then there these they this to was will with",
    )
)
WORD = re.compile(r"\w+", re.UNICODE)


def is_postgres() -> bool:
    return connection.vendor == "postgresql"


def parse_query(text: str) -> list[list[str]]:
    """'"risk assessment" marac' -> [['risk', 'assessment'], ['marac']].

    Only runs of letters and digits survive, so operators, quotes, NEAR, column
    filters and the like are never passed on. Lower-cased; stop words dropped.
    """
    phrases: list[list[str]] = []
    for quoted, loose in re.findall(r'"([^"]*)"|([^\s"]+)', text[:500]):
        words = [w.lower() for w in WORD.findall(quoted or loose)]
        words = [w for w in words if w not in STOP_WORDS]
        if quoted and words:
            phrases.append(words)
        else:
            phrases.extend([w] for w in words)
    return phrases[:20]


def fts5_query(phrases: list[list[str]]) -> str:
    """Every word double-quoted: FTS5 reads it as a string, never as syntax."""
    return " AND ".join('"' + " ".join(p) + '"' for p in phrases)


def pg_query(phrases: list[list[str]]) -> SearchQuery:
    raw = " & ".join("(" + " <-> ".join(p) + ")" for p in phrases)
    return SearchQuery(raw, search_type="raw", config="english")


def matching(phrases: list[list[str]]) -> Q:
    """A filter on LibraryEntry for the entries that contain every phrase."""
    if not phrases:
        return Q()
    if is_postgres():
        return Q(search_vector=pg_query(phrases))
    return Q(
        id__in=RawSQL(
            "SELECT rowid FROM library_fts WHERE library_fts MATCH %s", [fts5_query(phrases)]
        )
    )


def mark(text: str) -> SafeString:
    """Escape the snippet, then turn the private marks into <mark>."""
    safe = escape(text).replace(START, "<mark>").replace(STOP, "</mark>")
    return mark_safe(safe)


@dataclass
class Hit:
    entry: LibraryEntry
    snippet: SafeString | str = ""


@dataclass
class FacetOption:
    value: str
    count: int
    selected: bool


@dataclass
class Result:
    total: int
    hits: list[Hit]
    facets: dict[str, list[FacetOption]] = field(default_factory=dict)


def facet_subqueries(filters: dict[str, list[str]], skip: str | None = None) -> list[QuerySet]:
    """One `entry_id` subquery per chosen field (OR within a field, AND across)."""
    return [
        LibraryFacet.objects.filter(field=name, value__in=values).values("entry_id")
        for name, values in filters.items()
        if values and name != skip
    ]


def filtered(filters: dict[str, list[str]], skip: str | None = None) -> QuerySet[LibraryEntry]:
    qs = LibraryEntry.objects.all()
    for sub in facet_subqueries(filters, skip):
        qs = qs.filter(id__in=sub)
    return qs


def facet_counts(
    phrases: list[list[str]], filters: dict[str, list[str]], fields: Iterable[str]
) -> dict[str, list[FacetOption]]:
    """Counts beside each option: for a field with choices made, counted as if that
    field were unfiltered (so other options stay choosable). One query for the
    unselected fields together, one per field with a choice."""
    fields = list(fields)
    selected = [f for f in fields if filters.get(f)]
    groups: list[tuple[list[str], str | None]] = [([f for f in fields if f not in selected], None)]
    groups += [([f], f) for f in selected]
    counts: dict[str, dict[str, int]] = {f: {} for f in fields}
    match = matching(phrases)
    for names, skip in groups:
        if not names:
            continue
        facets = LibraryFacet.objects.filter(field__in=names)
        if phrases or facet_subqueries(filters, skip):
            # (Unrestricted, no subquery: scanning the index table would read every text.)
            entries = filtered(filters, skip=skip).filter(match).values("id")
            facets = facets.filter(entry_id__in=entries)
        for name, value, n in facets.values_list("field", "value").annotate(n=Count("entry_id")):
            counts[name][value] = n
    out = {}
    for name in fields:
        chosen = set(filters.get(name, []))
        options = [FacetOption(v, n, v in chosen) for v, n in counts[name].items()]
        # Chosen options stay visible even when nothing matches them now.
        options += [FacetOption(v, 0, True) for v in chosen - counts[name].keys()]
        out[name] = sorted(options, key=lambda o: (-o.count, o.value))
    return out


def ranked_page(
    phrases: list[list[str]], filters: dict[str, list[str]], offset: int, limit: int
) -> list[Hit]:
    base = filtered(filters)
    if not phrases:
        return [Hit(e) for e in base.defer(*HEAVY)[offset : offset + limit]]
    if is_postgres():
        # Rank first; headlines only for the page, from the stored opening.
        query = pg_query(phrases)
        ids = list(
            base.filter(search_vector=query)
            .annotate(rank=SearchRank(F("rank_vector"), query))
            .order_by("-rank", "key")
            .values_list("id", flat=True)[offset : offset + limit]
        )
        snippet = SearchHeadline(
            Concat(F("summary"), Value(" "), F("lead"), output_field=TextField()),
            query,
            config="english",
            start_sel=START,
            stop_sel=STOP,
            max_fragments=2,
            max_words=30,
            min_words=12,
            fragment_delimiter=" … ",
        )
        found = {
            e.pk: e
            for e in LibraryEntry.objects.filter(id__in=ids).defer(*HEAVY).annotate(snippet=snippet)
        }
        return [Hit(found[pk], mark(found[pk].snippet)) for pk in ids if pk in found]
    # Each filter is the ORM's own SQL for a facet subquery, with its parameters.
    clauses: list[str] = []
    params: list[Any] = []
    for sub in facet_subqueries(filters):
        sql, sub_params = sub.query.sql_with_params()
        clauses.append(f" AND rowid IN ({sql})")
        params.extend(sub_params)
    with connection.cursor() as cursor:
        # Rank first, then make snippets for the page only: SQLite would
        # otherwise compute a snippet for every match before sorting.
        statement = (
            "SELECT rowid FROM library_fts "  # noqa: S608  # nosec B608
            "WHERE library_fts MATCH %s" + "".join(clauses) + " "
            "ORDER BY bm25(library_fts, 10.0, 4.0, 1.0, 1.0), rowid LIMIT %s OFFSET %s"
        )
        cursor.execute(statement, [fts5_query(phrases), *params, limit, offset])
        ids = [r[0] for r in cursor.fetchall()]
        snippets: dict[int, str] = {}
        if ids:
            marks = ",".join(["%s"] * len(ids))
            cursor.execute(
                "SELECT rowid, snippet(library_fts, 2, %s, %s, ' … ', 30) "  # noqa: S608  # nosec B608
                f"FROM library_fts WHERE library_fts MATCH %s AND rowid IN ({marks})",
                [START, STOP, fts5_query(phrases), *ids],
            )
            snippets = dict(cursor.fetchall())
        rows = [(pk, snippets.get(pk, "")) for pk in ids]
    by_id = LibraryEntry.objects.defer(*HEAVY).in_bulk([r[0] for r in rows])
    return [Hit(by_id[pk], mark(snip)) for pk, snip in rows if pk in by_id]


def search(
    text: str,
    filters: dict[str, list[str]],
    facet_fields: Iterable[str],
    offset: int = 0,
    limit: int = 20,
) -> Result:
    """Ranked, faceted search: a constant number of queries whatever the data."""
    phrases = parse_query(text)
    base = filtered(filters).filter(matching(phrases))
    return Result(
        total=base.count(),
        hits=ranked_page(phrases, filters, offset, limit),
        facets=facet_counts(phrases, filters, facet_fields),
    )


# Keeping the search index in step. SQLite's FTS5 table is kept by triggers on
# the index table (migration 0005), which see every insert, update and delete
# however it happens; PostgreSQL computes its vectors with one UPDATE.


def sync(ids: list[int]) -> None:
    """Compute the PostgreSQL search vectors of the given entries (already saved)."""
    if not ids or not is_postgres():
        return
    with connection.cursor() as cursor:
        for chunk in chunks(ids, 500):
            marks = ",".join(["%s"] * len(chunk))
            statement = (
                "UPDATE library_libraryentry SET search_vector = "  # noqa: S608 - ORM SQL or placeholders only  # nosec B608
                "setweight(to_tsvector('english', title), 'A') || "
                "setweight(to_tsvector('english', summary), 'B') || "
                "setweight(to_tsvector('english', body), 'C'), rank_vector = "
                "setweight(to_tsvector('english', title), 'A') || "
                "setweight(to_tsvector('english', summary), 'B') || "
                "setweight(to_tsvector('english', left(lead, %s)), 'C') "
                f"WHERE id IN ({marks})"
            )
            cursor.execute(statement, [RANK_CHARS, *chunk])


def chunks(items: list[int], size: int) -> Iterable[list[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
