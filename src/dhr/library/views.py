"""The learning library's pages: search, a DHRD record, recommendations, charts,
exports, and the coordinator's theme tagging. Public (see access.access_library)
except tagging."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter, defaultdict
from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from dhr import access
from dhr.access import Can
from dhr.actions.models import Action, ActionStatus
from dhr.library import analysis, dhrd, search, themes
from dhr.library.models import EntryKind, LibraryEntry, LibraryFacet, Theme, ThemeTag
from dhr.library.services import FACETS, do_tag, do_untag

PAGE_SIZE = 20
EXPORT_LIMIT = 10_000
CITATION = {
    "authors": "D. Cook and E. A. Cook",
    "year": 2026,
    "title": "Domestic Homicide Review Dataset (DHRD) for England and Wales",
    "licence": "CC BY 4.0",
    "licence_url": dhrd.LICENCE_URL,
    "doi": dhrd.DOI_URL,
    "text": dhrd.CITATION,
}


def read_filters(params: Any) -> dict[str, list[str]]:
    """Only known facet fields; values are matched exactly, never parsed."""
    return {
        name: [v[:200] for v in params.getlist(name) if v][:50]
        for name in FACETS
        if params.getlist(name)
    }


def page_number(params: Any) -> int:
    try:
        return max(1, min(int(params.get("page", "1")), 10_000))
    except ValueError:
        return 1


def search_page(request: HttpRequest) -> HttpResponse:
    access.access_library(request.user)
    q = request.GET.get("q", "")[:500]
    filters = read_filters(request.GET)
    page = page_number(request.GET)
    result = search.search(q, filters, FACETS, (page - 1) * PAGE_SIZE, PAGE_SIZE)
    query = [(k, v) for k in ["q", *FACETS] for v in request.GET.getlist(k) if v]
    pages = (result.total + PAGE_SIZE - 1) // PAGE_SIZE
    facets = [
        {
            "name": name,
            "label": FACETS[name],
            "options": result.facets[name],
            "chosen": sum(1 for o in result.facets[name] if o.selected),
        }
        for name in FACETS
        if result.facets[name]
    ]
    return render(
        request,
        "library/search.html",
        {
            "q": q,
            "result": result,
            "facets": facets,
            "filters": filters,
            "page": page,
            "pages": pages,
            "query": urlencode(query),
            "prev_url": f"?{urlencode([*query, ('page', page - 1)])}" if page > 1 else "",
            "next_url": f"?{urlencode([*query, ('page', page + 1)])}" if page < pages else "",
            "citation": CITATION,
        },
    )


def record(request: HttpRequest, incident_id: str) -> HttpResponse:
    access.access_library(request.user)
    entry = get_object_or_404(
        LibraryEntry.objects.select_related("incident"),
        key=f"dhrd:{incident_id}",
        kind=EntryKind.DHRD,
    )
    facets = defaultdict(list)
    for f in entry.facets.all():
        facets[FACETS.get(f.field, f.field)].append(f.value)
    return render(
        request,
        "library/record.html",
        {"entry": entry, "facets": dict(facets), "citation": CITATION},
    )


# Export: any result set, as CSV (formula-safe, citation on line 1) or JSON.

EXPORT_FIELDS = ["key", "kind", "title", "csp", "region", "death_year", "published_on", "url"]
FACET_COLUMNS = [f for f in FACETS if f not in EXPORT_FIELDS]


def export_rows(request: HttpRequest) -> tuple[list[dict[str, Any]], int]:
    q = request.GET.get("q", "")[:500]
    filters = read_filters(request.GET)
    result = search.search(q, filters, [], 0, EXPORT_LIMIT)
    ids = [h.entry.pk for h in result.hits]
    by_entry: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for entry_id, name, value in LibraryFacet.objects.filter(entry_id__in=ids).values_list(
        "entry_id", "field", "value"
    ):
        by_entry[entry_id][name].append(value)
    rows = []
    for hit in result.hits:
        e = hit.entry
        row: dict[str, Any] = {
            "key": e.key,
            "kind": e.get_kind_display(),
            "title": e.title,
            "csp": e.csp,
            "region": e.region,
            "death_year": e.death_year,
            "published_on": e.published_on.isoformat() if e.published_on else None,
            "url": e.url or (f"/library/records/{e.key[5:]}/" if e.kind == EntryKind.DHRD else ""),
            "summary": e.summary,
            "facets": {k: sorted(v) for k, v in by_entry[e.pk].items()},
        }
        rows.append(row)
    return rows, result.total


def formula_safe(value: Any) -> str:
    """A cell a spreadsheet would run as a formula is written as text."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def export_csv(request: HttpRequest) -> HttpResponse:
    access.access_library(request.user)
    rows, _ = export_rows(request)
    out = io.StringIO()
    out.write(f"# Source: dhr learning library. Contains DHRD data: {dhrd.CITATION}\n")
    writer = csv.writer(out)
    writer.writerow([*EXPORT_FIELDS, "summary", *FACET_COLUMNS])
    for row in rows:
        writer.writerow(
            [formula_safe(row[k]) for k in [*EXPORT_FIELDS, "summary"]]
            + [formula_safe("; ".join(row["facets"].get(f, []))) for f in FACET_COLUMNS]
        )
    response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="dhr-library.csv"'
    return response


def export_json(request: HttpRequest) -> HttpResponse:
    access.access_library(request.user)
    rows, total = export_rows(request)
    body = {
        "metadata": {
            "source": "dhr learning library",
            "query": request.GET.get("q", ""),
            "filters": read_filters(request.GET),
            "count": total,
            "citation": CITATION,
        },
        "results": rows,
    }
    response = HttpResponse(
        json.dumps(body, cls=DjangoJSONEncoder, indent=1), content_type="application/json"
    )
    response["Content-Disposition"] = 'attachment; filename="dhr-library.json"'
    return response


# Recommendations across reviews.


def recommendation_rows() -> list[dict[str, Any]]:
    """Every indexed recommendation (published reviews only) with its facets."""
    entries = list(
        LibraryEntry.objects.filter(kind=EntryKind.RECOMMENDATION).order_by("published_on", "key")
    )
    facets: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for entry_id, name, value in LibraryFacet.objects.filter(
        entry__kind=EntryKind.RECOMMENDATION, field__in=["theme", "agency"]
    ).values_list("entry_id", "field", "value"):
        facets[entry_id][name].append(value)
    return [
        {
            "id": e.pk,
            "review": e.facts.get("review", ""),
            "csp": e.csp,
            "text": e.summary,
            "url": e.url,
            "year": str(e.published_on.year) if e.published_on else "",
            "agency": e.facts.get("agency", ""),
            "actions": e.facts.get("actions", []),
            "themes": sorted(facets[e.pk]["theme"]),
        }
        for e in entries
    ]


def recommendations(request: HttpRequest) -> HttpResponse:
    access.access_library(request.user)
    rows = recommendation_rows()
    by_theme: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_agency: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        for t in r["themes"] or ["No theme yet"]:
            by_theme[t].append(r)
        by_agency[r["agency"]].append(r)
    pairs = analysis.similar_pairs(rows)
    return render(
        request,
        "library/recommendations.html",
        {
            "total": len(rows),
            "by_theme": sorted(by_theme.items()),
            "by_agency": sorted(by_agency.items()),
            "pairs": pairs,
            "repeated": analysis.repeated_by_year(pairs),
        },
    )


# Charts.


def counts(field: str, kind: str | None = None, limit: int = 25) -> list[tuple[str, float]]:
    qs = LibraryFacet.objects.filter(field=field)
    if kind:
        qs = qs.filter(entry__kind=kind)
    rows = qs.values_list("value").annotate(n=Count("entry_id", distinct=True)).order_by("-n")
    return [(v, n) for v, n in rows[:limit]]


def charts(request: HttpRequest) -> HttpResponse:
    access.access_library(request.user)
    reviews = [EntryKind.REVIEW, EntryKind.DHRD]
    years = (
        LibraryEntry.objects.filter(kind__in=reviews, death_year__isnull=False)
        .values_list("death_year")
        .annotate(n=Count("id"))
        .order_by("death_year")
    )
    regions = (
        LibraryEntry.objects.filter(kind__in=reviews)
        .exclude(region="")
        .values_list("region")
        .annotate(n=Count("id"))
        .order_by("region")
    )
    published = list(
        LibraryEntry.objects.filter(
            kind=EntryKind.REVIEW, death_month__isnull=False, published_on__isnull=False
        ).values_list("death_month", "published_on")
    )
    months = [analysis.months_between(d, p) for d, p in published]
    delay = Counter(
        "Under 12 months" if m < 12 else "12 to 24 months" if m < 24 else "24 months or more"
        for m in months
    )
    actions = Action.objects.filter(
        recommendation__review__publication__is_published=True
    ).values_list("recommendation__agency__name", "status")
    by_agency: dict[str, list[str]] = defaultdict(list)
    for agency, status in actions:
        by_agency[agency or "Multi-agency or national"].append(status)
    completion = sorted(
        (a, round(100 * s.count(ActionStatus.COMPLETE) / len(s), 1)) for a, s in by_agency.items()
    )
    sections = [
        ("year", "Reviews by year of death", [(str(y), n) for y, n in years], ""),
        ("region", "Reviews by region", list(regions), ""),
        ("case", "Case types", counts("case_type"), ""),
        ("abuse", "Abuse and aggravating factors", counts("abuse"), ""),
        ("victim-sex", "Victims by sex", counts("victim_sex"), ""),
        ("victim-age", "Victims by age", sorted(counts("victim_age")), ""),
        ("relationship", "Victim's relationship to the perpetrator", counts("relationship"), ""),
        ("victim-vuln", "Victim vulnerabilities", counts("victim_vuln"), ""),
        ("perp-sex", "Perpetrators by sex", counts("perp_sex"), ""),
        ("perp-age", "Perpetrators by age", sorted(counts("perp_age")), ""),
        ("perp-mh", "Perpetrator mental health", counts("perp_mh"), ""),
        ("delay", "Time from death to publication (this installation)", sorted(delay.items()), ""),
        ("completion", "Actions complete, by agency (this installation)", completion, "%"),
    ]
    return render(
        request,
        "library/charts.html",
        {
            "charts": [
                {"id": i, "title": t, "bars": analysis.bars(rows, unit), "unit": unit}
                for i, t, rows, unit in sections
            ],
            "within_6": analysis.share_within(months, 6),
            "within_12": analysis.share_within(months, 12),
            "timed": len(months),
            "citation": CITATION,
        },
    )


# Themes on a published review, by its CSP's coordinator.


@login_required
def review_themes(request: HttpRequest, review_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.TAG_THEMES)
    recs = list(review.recommendations.all())
    tags = list(ThemeTag.objects.filter(review=review).select_related("theme"))
    taken = {(t.theme.home_office_option, t.recommendation_id) for t in tags}
    publication = getattr(review, "publication", None)
    summary = publication.summary if publication else ""
    targets: list[tuple[Any, str]] = [(None, summary), *((r, r.text) for r in recs)]
    suggestions = [
        (
            target,
            [
                s
                for s in themes.suggest(text)
                if (s.option, getattr(target, "pk", None)) not in taken
            ],
        )
        for target, text in targets
    ]
    theme_by_option = {t.home_office_option: t for t in Theme.objects.all()}
    return render(
        request,
        "library/review_themes.html",
        {
            "review": review,
            "tags": tags,
            "recommendations": recs,
            "suggestions": [
                (
                    target,
                    [
                        (theme_by_option[s.option], s.words)
                        for s in found
                        if s.option in theme_by_option
                    ],
                )
                for target, found in suggestions
            ],
            "themes": theme_by_option.values(),
        },
    )


@login_required
@require_POST
def review_theme_add(request: HttpRequest, review_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.TAG_THEMES)
    theme = Theme.objects.filter(slug=request.POST.get("theme", "")).first()
    rec_id = request.POST.get("recommendation") or None
    recommendation = review.recommendations.filter(pk=rec_id).first() if rec_id else None
    if theme is None or (rec_id and recommendation is None):
        messages.error(
            request, "Choose a theme from the list, and the review or one of its recommendations"
        )
        return redirect("library_review:themes", review_id=review.pk)
    words = [w[:100] for w in request.POST.getlist("word")][:20]
    if words:
        # Accepting a suggestion: keep only the words the rule really finds.
        text = recommendation.text if recommendation else getattr(review, "publication", None)
        text = text if isinstance(text, str) else (text.summary if text else "")
        found = {w for s in themes.suggest(text, [theme.home_office_option]) for w in s.words}
        words = [w for w in words if w in found]
    try:
        do_tag(request.user, review, theme, recommendation, words or None, request)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, f"Added the theme “{theme.label}”")
    return redirect("library_review:themes", review_id=review.pk)


@login_required
@require_POST
def review_theme_remove(request: HttpRequest, review_id: int, tag_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.TAG_THEMES)
    tag = get_object_or_404(ThemeTag, pk=tag_id, review=review)
    do_untag(request.user, tag, request)
    messages.success(request, f"Removed the theme “{tag.theme.label}”")
    return redirect("library_review:themes", review_id=review.pk)
