"""Building the library index from published material and the DHRD, and tagging.

The index (`LibraryEntry` + `LibraryFacet` + the search columns) is derived
data: `index_publication` rebuilds one review's entries (nothing at all unless
its publication is live), `index_dhrd` the DHRD's, `reindex_all` everything.
Signals call `index_publication` after every change to a publication, its
recommendations, actions or themes (`signals.py`); `dhr library reindex` runs
`reindex_all`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse

from dhr.actions.models import ActionStatus, Recommendation
from dhr.audit import services as audit
from dhr.library import dhrd, search, themes
from dhr.library.models import (
    DhrdIncident,
    EntryKind,
    LibraryEntry,
    LibraryFacet,
    TagSource,
    Theme,
    ThemeTag,
)
from dhr.publication.models import Publication
from dhr.redaction_review import services as redaction_review
from dhr.reviews.models import Review

# Every facet field, in the order the search page shows them.
FACETS: dict[str, str] = {
    "kind": "Document type",
    "theme": "Theme",
    "region": "Region",
    "csp": "Community Safety Partnership",
    "death_year": "Year of death",
    "published_year": "Year published",
    "case_type": "Case type",
    "abuse": "Abuse and aggravating factors",
    "cause": "Method of killing",
    "location": "Location of death",
    "victim_sex": "Victim: sex",
    "victim_age": "Victim: age",
    "victim_ethnicity": "Victim: ethnicity",
    "victim_religion": "Victim: religion",
    "victim_orientation": "Victim: sexual orientation",
    "relationship": "Victim's relationship to the perpetrator",
    "victim_mh": "Victim: mental health",
    "victim_vuln": "Victim: vulnerabilities",
    "perp_sex": "Perpetrator: sex",
    "perp_age": "Perpetrator: age",
    "perp_ethnicity": "Perpetrator: ethnicity",
    "perp_orientation": "Perpetrator: sexual orientation",
    "verdict": "Court verdict",
    "perp_mh": "Perpetrator: mental health",
    "perp_vuln": "Perpetrator: vulnerabilities",
    "agency": "Receiving agency",
    "action_status": "Action status",
}


@dataclass
class Draft:
    """An entry and its facets before saving."""

    entry: LibraryEntry
    facets: list[tuple[str, str]]


def true_labels(flags: dict[str, Any], names: dict[str, str]) -> list[str]:
    return [label for name, label in names.items() if flags.get(name)]


def death_when(incident: DhrdIncident) -> str:
    if incident.death_month:
        return f"{incident.death_month:%B %Y}"
    return str(incident.death_year) if incident.death_year else "date unknown"


def dhrd_draft(incident: DhrdIncident) -> Draft:
    """An external record: every codebook field becomes a facet and a line of text."""
    flags = incident.flags
    case_types = true_labels(
        {**flags, "multiple_victims": incident.multiple_victims}, dhrd.CASE_TYPES
    )
    abuse = true_labels(flags, dhrd.ABUSE_TYPES)
    facets: list[tuple[str, str]] = [("kind", EntryKind.DHRD.label), ("csp", incident.csp)]
    facets += [("region", incident.region)] if incident.region else []
    if incident.death_year:
        facets.append(("death_year", str(incident.death_year)))
    facets += [("case_type", c) for c in case_types] + [("abuse", a) for a in abuse]
    facets += [("cause", incident.cause_of_death.capitalize())] if incident.cause_of_death else []
    facets += [("location", incident.location_of_death)] if incident.location_of_death else []
    lines = [
        f"{', '.join(case_types) or 'Domestic homicide'} reviewed by {incident.csp} CSP "
        f"({incident.region}).",
        f"Death: {death_when(incident)}.",
        f"Method of killing: {incident.cause_of_death or 'not recorded'}; "
        f"location: {incident.location_of_death or 'not recorded'}.",
    ]
    if abuse:
        lines.append("Aggravating factors: " + ", ".join(abuse) + ".")
    facts: dict[str, Any] = {
        "case_types": case_types,
        "abuse": abuse,
        "victims": [],
        "perpetrators": [],
    }
    for v in incident.victims.all():
        mh = true_labels(v.mental_health, dhrd.MENTAL_HEALTH)
        vuln = true_labels(v.vulnerabilities, dhrd.VULNERABILITIES)
        facets += [
            ("victim_sex", v.sex),
            ("victim_age", v.age_group),
            ("victim_ethnicity", v.ethnicity),
            ("victim_religion", v.religion),
            ("victim_orientation", v.sexual_orientation),
            ("relationship", v.relationship),
        ]
        facets += [("victim_mh", m) for m in mh] + [("victim_vuln", x) for x in vuln]
        if v.suicide:
            facets.append(("case_type", "Victim died by suicide"))
        lines.append(
            f"Victim: {v.sex}, aged {v.age_group}, {v.ethnicity}; relationship to the "
            f"perpetrator: {v.relationship}. Mental health: {', '.join(mh) or 'none recorded'}. "
            f"Vulnerabilities: {', '.join(vuln) or 'none recorded'}."
        )
        facts["victims"].append(
            {
                "sex": v.sex,
                "age": v.age_group,
                "ethnicity": v.ethnicity,
                "relationship": v.relationship,
                "mental_health": mh,
                "vulnerabilities": vuln,
            }
        )
    for p in incident.perpetrators.all():
        mh = true_labels(p.mental_health, dhrd.MENTAL_HEALTH)
        vuln = true_labels(p.vulnerabilities, dhrd.PERPETRATOR_VULNERABILITIES)
        facets += [
            ("perp_sex", p.sex),
            ("perp_age", p.age_group),
            ("perp_ethnicity", p.ethnicity),
            ("perp_orientation", p.sexual_orientation),
            ("verdict", p.court_verdict),
        ]
        facets += [("perp_mh", m) for m in mh] + [("perp_vuln", x) for x in vuln]
        lines.append(
            f"Perpetrator: {p.sex}, aged {p.age_group}, {p.ethnicity}; verdict: {p.court_verdict}. "
            f"Mental health: {', '.join(mh) or 'none recorded'}. "
            f"Vulnerabilities: {', '.join(vuln) or 'none recorded'}."
        )
        facts["perpetrators"].append(
            {
                "sex": p.sex,
                "age": p.age_group,
                "ethnicity": p.ethnicity,
                "verdict": p.court_verdict,
                "mental_health": mh,
                "vulnerabilities": vuln,
            }
        )
    facets += [("theme", t) for t in themes.dhrd_themes(incident)]
    when = f", {death_when(incident)}" if incident.death_year else ""
    entry = LibraryEntry(
        key=f"dhrd:{incident.incident_id}",
        kind=EntryKind.DHRD,
        title=f"{incident.csp} ({incident.incident_id}){when}",
        csp=incident.csp,
        region=incident.region,
        death_year=incident.death_year,
        death_month=incident.death_month,
        summary=lines[0],
        body=" ".join(lines),
        incident=incident,
        facts=facts,
    )
    return Draft(entry, [(f, v) for f, v in facets if v])


def review_drafts(publication: Publication) -> list[Draft]:
    """A published review and each of its recommendations (with actions and status)."""
    review = publication.review
    url = reverse("publication:detail", args=[publication.slug])
    review_themes = [t.theme.label for t in review.themes.all() if t.recommendation_id is None]
    common: list[tuple[str, str]] = [("csp", review.csp.name)]
    if review.date_of_death:
        common.append(("death_year", str(review.date_of_death.year)))
    if publication.published_on:
        common.append(("published_year", str(publication.published_on.year)))
    recommendations = list(review.recommendations.filter(withdrawn_at__isnull=True))
    rec_texts = [f"Recommendation {r.number}: {r.text}" for r in recommendations]
    review_entry = LibraryEntry(
        key=f"review:{review.pk}",
        kind=EntryKind.REVIEW,
        title=f"{review.csp.term_long}: {review.victim_pseudonym} ({review.csp.name})",
        csp=review.csp.name,
        death_year=review.date_of_death.year if review.date_of_death else None,
        death_month=review.date_of_death.replace(day=1) if review.date_of_death else None,
        published_on=publication.published_on,
        url=url,
        summary=publication.summary,
        body="\n".join([publication.summary, *rec_texts, *published_texts(publication)]),
        publication=publication,
        facts={"recommendations": len(recommendations)},
    )
    drafts = [
        Draft(
            review_entry,
            [("kind", EntryKind.REVIEW.label), *common, *(("theme", t) for t in review_themes)],
        )
    ]
    for rec in recommendations:
        actions = list(rec.actions.all())
        rec_themes = [t.theme.label for t in rec.themes.all()]
        agency = rec.agency.name if rec.agency else "Multi-agency or national"
        action_lines = [f"Action: {a.what} ({a.current_status().label})" for a in actions]
        facets = [("kind", EntryKind.RECOMMENDATION.label), *common, ("agency", agency)]
        facets += [("action_status", a.current_status().label) for a in actions]
        facets += [("theme", t) for t in rec_themes]
        drafts.append(
            Draft(
                LibraryEntry(
                    key=f"recommendation:{rec.pk}",
                    kind=EntryKind.RECOMMENDATION,
                    title=(
                        f"Recommendation {rec.number} of {review.full_reference} "
                        f"({review.csp.name})"
                    ),
                    csp=review.csp.name,
                    death_year=review_entry.death_year,
                    death_month=review_entry.death_month,
                    published_on=publication.published_on,
                    url=url,
                    summary=rec.text,
                    body="\n".join([rec.text, *action_lines]),
                    publication=publication,
                    recommendation=rec,
                    facts={
                        "agency": agency,
                        "review": review.full_reference,
                        "actions": [
                            {
                                "what": a.what,
                                # Published: the lead agency, never a person's name.
                                "owner": str(a.lead_agency or ""),
                                "status": a.current_status().label,
                                "due_on": a.due_on.isoformat() if a.due_on else None,
                                "completed_on": a.completed_on.isoformat()
                                if a.completed_on
                                else None,
                            }
                            for a in actions
                        ],
                    },
                ),
                facets,
            )
        )
    return drafts


def ensure_themes() -> None:
    """The vocabulary's themes exist. Migration 0002 loads them; a database
    emptied since (as a test runner does between live-server tests) had none,
    and the themes page then silently offered no suggestions."""
    for spec in themes.vocabulary():
        Theme.objects.update_or_create(
            slug=spec.slug,
            defaults={
                "label": spec.label,
                "group": spec.group,
                "home_office_option": spec.home_office_option,
            },
        )


def published_texts(publication: Publication) -> list[str]:
    """The released executive summary and overview report, as published: the
    signed-off, redacted text (dhr.redaction_review), never a draft."""
    texts = []
    for kind in redaction_review.KINDS:
        round = redaction_review.published_round(publication.review, kind)
        if round is not None:
            texts.append(redaction_review.released_text(round))
    return texts


def save_drafts(drafts: list[Draft]) -> None:
    for d in drafts:
        d.entry.lead = d.entry.body[: search.RANK_PREFIX_CHARS]
    entries = LibraryEntry.objects.bulk_create([d.entry for d in drafts], batch_size=200)
    LibraryFacet.objects.bulk_create(
        [
            LibraryFacet(entry=e, field=f, value=v[:200])
            for d, e in zip(drafts, entries, strict=True)
            for f, v in sorted(set(d.facets))
        ],
        batch_size=1000,
    )
    search.sync([e.pk for e in entries])


def remove_entries(entries: Any) -> None:
    ids = list(entries.values_list("pk", flat=True))
    LibraryEntry.objects.filter(pk__in=ids).delete()


def index_publication(publication_id: int) -> None:
    """Rebuild one review's entries; a withdrawn or draft publication has none."""
    with transaction.atomic():
        publication = (
            Publication.objects.select_related("review__csp").filter(pk=publication_id).first()
        )
        remove_entries(LibraryEntry.objects.filter(publication_id=publication_id))
        if publication is None or not publication.is_published:
            return
        save_drafts(review_drafts(publication))


def index_dhrd() -> None:
    with transaction.atomic():
        remove_entries(LibraryEntry.objects.filter(kind=EntryKind.DHRD))
        incidents = DhrdIncident.objects.prefetch_related("victims", "perpetrators")
        save_drafts([dhrd_draft(i) for i in incidents])


def reindex_all() -> int:
    """Rebuild the whole index; returns the number of entries."""
    with transaction.atomic():
        remove_entries(LibraryEntry.objects.all())
        index_dhrd()
        for pk in Publication.objects.filter(is_published=True).values_list("pk", flat=True):
            index_publication(pk)
    return LibraryEntry.objects.count()


# Themes on reviews and recommendations: by hand, or a suggestion accepted.


def check_tag(review: Review, recommendation: Recommendation | None, theme: Theme) -> None:
    if recommendation is not None and recommendation.review_id != review.pk:
        raise ValidationError({"recommendation": "That recommendation belongs to another review"})
    exists = ThemeTag.objects.filter(theme=theme, review=review, recommendation=recommendation)
    if exists.exists():
        raise ValidationError({"theme": f"“{theme.label}” is already on it"})


def do_tag(
    actor: Any,
    review: Review,
    theme: Theme,
    recommendation: Recommendation | None = None,
    matched_words: list[str] | None = None,
    request: HttpRequest | None = None,
) -> ThemeTag:
    """Add a theme by hand, or accept a suggestion (then `matched_words` says why)."""
    check_tag(review, recommendation, theme)
    source = TagSource.SUGGESTION if matched_words else TagSource.HAND
    target = f"recommendation {recommendation.number}" if recommendation else "the review"
    with transaction.atomic():
        tag = ThemeTag.objects.create(
            theme=theme,
            review=review,
            recommendation=recommendation,
            source=source,
            matched_words=matched_words or [],
            added_by=actor,
        )
        audit.record(
            actor,
            "library.tag",
            f"Tagged {target} with the theme “{theme.label}” ({tag.get_source_display().lower()})",
            review=review,
            target=tag,
            detail={"theme": theme.slug, "matched_words": matched_words or []},
            request=request,
        )
    return tag


def do_untag(actor: Any, tag: ThemeTag, request: HttpRequest | None = None) -> None:
    with transaction.atomic():
        audit.record(
            actor,
            "library.untag",
            f"Removed the theme “{tag.theme.label}”",
            review=tag.review,
            target=tag,
            request=request,
        )
        tag.delete()


def action_completion(statuses: list[str]) -> str:
    done = sum(1 for s in statuses if s == ActionStatus.COMPLETE)
    return f"{done} of {len(statuses)} complete"
