"""Search and filters on the public list of published reviews.

Plain ORM over what the public pages themselves show (the review's name, the
CSP, the public summary) and the recommendations, which the published report
lists in its Appendix A: nothing confidential is searchable, so no search can
reveal by its results what the pages do not say. Each word must match
somewhere (AND), in any field (OR), case-insensitively, on both databases.
A list of a few hundred reviews needs no index beyond the database's own.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Q, QuerySet

from dhr.actions.models import Recommendation
from dhr.library.models import Theme, ThemeTag
from dhr.organisations.models import Csp
from dhr.publication.models import Publication

MAX_WORDS = 10


@dataclass
class Filters:
    q: str = ""
    year: str = ""
    csp: str = ""
    kind: str = ""
    theme: str = ""


def listed() -> QuerySet[Publication]:
    """Every published review, newest first (an ended one says so on its page)."""
    return (
        Publication.objects.filter(is_published=True)
        .select_related("review__csp")
        .order_by("-published_on", "slug")
    )


def word_matches(word: str) -> Q:
    in_recommendations = Recommendation.objects.filter(
        review_id=OuterRef("review_id"), withdrawn_at__isnull=True, text__icontains=word
    )
    return (
        Q(review__victim_pseudonym__icontains=word)
        | Q(review__csp__name__icontains=word)
        | Q(summary__icontains=word)
        | Q(Exists(in_recommendations))
    )


def search(filters: Filters) -> QuerySet[Publication]:
    found = listed()
    for word in filters.q.split()[:MAX_WORDS]:
        found = found.filter(word_matches(word))
    if filters.year:
        found = found.filter(published_on__year=int(filters.year))
    if filters.csp:
        found = found.filter(review__csp__slug=filters.csp)
    if filters.kind:
        found = found.filter(review__csp__terminology=filters.kind)
    if filters.theme:
        tagged = ThemeTag.objects.filter(review_id=OuterRef("review_id"), theme__slug=filters.theme)
        found = found.filter(Exists(tagged))
    return found


def year_choices() -> list[tuple[str, str]]:
    years = listed().filter(published_on__isnull=False).dates("published_on", "year", "DESC")
    return [(str(y.year), str(y.year)) for y in years]


def csp_choices() -> list[tuple[str, str]]:
    csps = Csp.objects.filter(
        Exists(Publication.objects.filter(review__csp=OuterRef("pk"), is_published=True))
    )
    return [(c.slug, c.name) for c in csps.order_by("name")]


def theme_choices() -> list[tuple[str, str]]:
    """Themes on published reviews only: a theme of an unpublished one says nothing."""
    used = ThemeTag.objects.filter(theme=OuterRef("pk"), review__publication__is_published=True)
    return [(t.slug, t.label) for t in Theme.objects.filter(Exists(used)).order_by("label")]
