"""A report as plain data: its sections, each with text and the record's live part.

`live_blocks` reads the record for a section with a live source; `snapshot`
gives every section of a report (what freezing stores); `ReportDoc` is what
the page, the .docx and the PDF are written from. Blocks are JSON-ready
dicts, one of:

    {"t": "p", "text": str}
    {"t": "list", "ordered": bool, "items": [str]}
    {"t": "table", "caption": str, "head": [str], "rows": [[str]]}
    {"t": "figure", "kind": "genogram"|"timeline", "svg": str, "alt": str, "caption": str}
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from typing import Any

from django.apps import apps
from django.db.models import QuerySet

from dhr.actions.models import Action, Recommendation
from dhr.evidence import merge, timeline
from dhr.evidence.models import ChronologyEntry
from dhr.panel.models import IndependenceDeclaration, PanelMember, TermsOfReference
from dhr.people import genogram
from dhr.people import services as people
from dhr.people.models import Person
from dhr.reports.models import Report, ReportVersion, SectionText
from dhr.reports.structure import SECTIONS, SectionSpec
from dhr.reviews.models import Review

Block = dict[str, Any]
# A report lists at most this many chronology entries; the full combined
# chronology is its own export (evidence app).
MAX_CHRONOLOGY_ROWS = 5_000


def _date(day: Any) -> str:
    return f"{day.day} {day:%B %Y}" if day else ""


def agreed_terms(review: Review) -> TermsOfReference | None:
    return (
        TermsOfReference.objects.filter(review=review, agreed_on__isnull=False)
        .order_by("-version")
        .first()
    )


def terms_blocks(review: Review) -> list[Block]:
    terms = agreed_terms(review)
    if terms is None:
        return [{"t": "p", "text": "No version of the terms of reference has been agreed yet."}]
    return [
        {
            "t": "p",
            "text": f"The review considered the period from {_date(terms.period_start)} to "
            f"{_date(terms.period_end)} (terms of reference version {terms.version}, agreed "
            f"{_date(terms.agreed_on)}).",
        },
        {"t": "p", "text": "The key lines of enquiry were:"},
        {"t": "list", "ordered": True, "items": terms.lines_of_enquiry},
        {"t": "p", "text": "The review is about: " + "; ".join(terms.subject_list) + "."},
    ]


def panel_blocks(review: Review) -> list[Block]:
    seats = list(PanelMember.objects.filter(review=review).select_related("agency"))
    blocks: list[Block] = []
    if seats:
        rows = []
        for seat in seats:
            notes = []
            if seat.is_independent_chair:
                notes.append("Independent chair")
            if seat.is_overview_author:
                notes.append("Overview report author")
            rows.append([seat.public_label, seat.role, ", ".join(notes)])
        blocks.append(
            {
                "t": "table",
                "caption": "Membership of the review panel",
                "head": ["Agency or seat", "Role", "Also"],
                "rows": rows,
            }
        )
    else:
        blocks.append({"t": "p", "text": "The panel's membership has not been recorded yet."})
    declaration = (
        IndependenceDeclaration.objects.filter(review=review).prefetch_related("links").first()
    )
    if declaration is None:
        blocks.append(
            {"t": "p", "text": "The independent chair has not declared their independence yet."}
        )
    elif declaration.no_links:
        blocks.append(
            {
                "t": "p",
                "text": f"The independent chair declared on {_date(declaration.declared_on)} "
                "no past or present link with any agency involved in the review.",
            }
        )
    else:
        links = "; ".join(f"{link.agency}: {link.description}" for link in declaration.links.all())
        blocks.append(
            {
                "t": "p",
                "text": f"The independent chair declared on {_date(declaration.declared_on)} "
                f"these links with agencies involved: {links or 'none described'}.",
            }
        )
    return blocks


def family_blocks(review: Review) -> list[Block]:
    s = people.family_summary(review)
    if not s.family_and_friends:
        return [{"t": "p", "text": "No family members, friends or colleagues are recorded yet."}]
    return [
        {
            "t": "list",
            "ordered": False,
            "items": [
                f"Family members, friends and colleagues recorded: {s.family_and_friends}",
                f"Contacted by the review: {s.contacted}",
                f"Given the Home Office leaflet: {s.leaflet_given}",
                f"Accepted a specialist advocate: {s.advocate_accepted}",
                f"Contributed to the terms of reference: {s.contributed_to_terms}",
                f"Met the panel: {s.met_panel}",
                f"Read the draft report: {s.read_draft}",
                f"Declined to take part: {s.declined}",
            ],
        }
    ]


def genogram_blocks(review: Review) -> list[Block]:
    persons, ties = people.genogram_data(review, publishable=True)
    if not persons:
        return []
    people_lines, tie_lines = genogram.text_equivalent(persons, ties)
    title = "Family and household diagram (pseudonyms)"
    svg = genogram.render_svg(persons, ties, title=title, element_id="report-genogram")
    alt = f"{title}. " + " ".join(f"{line}." for line in people_lines + tie_lines)
    return [{"t": "figure", "kind": "genogram", "svg": svg, "alt": alt, "caption": title}]


def timeline_svg(line: timeline.Timeline) -> str:
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {line.width} {line.height}" '
        f'width="{line.width}" height="{line.height}" font-family="Arial, sans-serif">',
        f'<rect x="0" y="0" width="{line.width}" height="{line.height}" fill="#ffffff"/>',
    ]
    for name, y, _colour in line.agencies:
        out.append(
            f'<line x1="{line.left}" x2="{line.right}" y1="{y}" y2="{y}" stroke="#b1b4b6"/>'
            f'<text x="8" y="{y + 4}" font-size="12">{escape(name[:32])}</text>'
        )
    for p in line.points:
        out.append(
            f'<circle cx="{p.x}" cy="{p.y}" r="{p.r}" fill="{p.colour}" fill-opacity="0.7"/>'
        )
    for t in line.ticks:
        out.append(
            f'<text x="{t.x}" y="{line.height - 8}" text-anchor="middle" font-size="11">'
            f"{escape(t.label)}</text>"
        )
    out.append("</svg>")
    return "".join(out)


def entries_of(review: Review) -> QuerySet[ChronologyEntry]:
    return ChronologyEntry.objects.filter(review=review, duplicate_of__isnull=True)


def chronology_blocks(review: Review) -> list[Block]:
    entries = entries_of(review)
    line = timeline.build(entries)
    if line is None:
        return [{"t": "p", "text": "No agency chronology has been imported yet."}]
    labels = people.labels_for(review, list(Person.objects.filter(review=review)))
    rows = []
    ordered = merge.merged_order(entries).select_related("agency").prefetch_related("people")
    for entry in ordered[:MAX_CHRONOLOGY_ROWS]:
        named = "; ".join(labels.get(p.pk, "") for p in entry.people.all())
        when = entry.occurred_on.strftime("%d/%m/%Y")
        if entry.occurred_at:
            when += f" {entry.occurred_at:%H:%M}"
        rows.append([when, entry.agency.name, named, entry.what_happened, entry.action_taken])
    blocks: list[Block] = [
        {
            "t": "figure",
            "kind": "timeline",
            "svg": timeline_svg(line),
            "alt": "Timeline of agencies' contacts. "
            + line.summary
            + " "
            + " ".join(f"{period}, {agency}: {n}." for period, agency, n in line.rows[:200]),
            "caption": "Timeline of the combined chronology, one lane per agency",
        },
        {
            "t": "table",
            "caption": "Combined chronology (likely duplicates between agencies left out)",
            "head": ["Date", "Agency", "People", "What happened", "Action taken"],
            "rows": rows,
        },
    ]
    total = entries.count()
    if total > MAX_CHRONOLOGY_ROWS:
        blocks.append(
            {
                "t": "p",
                "text": f"The first {MAX_CHRONOLOGY_ROWS:,} of {total:,} entries are listed; "
                "the full combined chronology is exported separately.",
            }
        )
    return blocks


def lessons_blocks(review: Review) -> list[Block]:
    try:
        lesson = apps.get_model("actions", "Lesson")
    except LookupError:
        return []
    items = [f"Lesson {item.number}: {item.text}" for item in lesson.objects.filter(review=review)]
    return [{"t": "list", "ordered": False, "items": items}] if items else []


def recommendations(review: Review) -> QuerySet[Recommendation]:
    found = Recommendation.objects.filter(review=review).select_related("agency")
    if any(f.name == "withdrawn_at" for f in Recommendation._meta.get_fields()):
        found = found.filter(**{"withdrawn_at__isnull": True})
    return found.order_by("number")


def recommendation_blocks(review: Review) -> list[Block]:
    rows = [
        [
            str(rec.number),
            rec.text,
            rec.agency.name if rec.agency else "Multi-agency",
            getattr(rec, "get_level_display", lambda: "")(),
        ]
        for rec in recommendations(review)
    ]
    if not rows:
        return [{"t": "p", "text": "No recommendations have been recorded yet."}]
    return [
        {
            "t": "table",
            "caption": "Appendix A: recommendations",
            "head": ["No.", "Recommendation", "To", "Level"],
            "rows": rows,
        }
    ]


def action_rows(review: Review) -> list[list[str]]:
    actions = (
        Action.objects.filter(recommendation__in=recommendations(review))
        .select_related("recommendation")
        .order_by("recommendation__number", "due_on", "id")
    )
    rows = []
    for action in actions:
        # The report names the lead agency, never a member of staff.
        who = str(action.lead_agency or "")
        rows.append(
            [
                str(action.recommendation.number),
                action.what,
                who,
                _date(action.due_on),
                action.intended_outcome,
                action.monitoring,
                action.current_status().label,
            ]
        )
    return rows


ACTION_HEAD = ["Rec.", "Action", "Lead agency", "By when", "Intended outcome", "Monitoring"]


def action_blocks(review: Review) -> list[Block]:
    rows = action_rows(review)
    if not rows:
        return [{"t": "p", "text": "No actions have been recorded yet."}]
    return [
        {
            "t": "table",
            "caption": "Appendix B: action plan",
            "head": [*ACTION_HEAD, "Status"],
            "rows": rows,
        }
    ]


LIVE: dict[str, Callable[[Review], list[Block]]] = {
    "terms": terms_blocks,
    "panel": panel_blocks,
    "family": family_blocks,
    "genogram": genogram_blocks,
    "chronology": chronology_blocks,
    "lessons": lessons_blocks,
    "recommendations": recommendation_blocks,
    "actions": action_blocks,
}


def live_blocks(review: Review, section: SectionSpec) -> list[Block]:
    return LIVE[section.live](review) if section.live else []


def current_texts(report: Report) -> dict[str, SectionText]:
    """Each section's latest saved text."""
    latest: dict[str, SectionText] = {}
    for text in SectionText.objects.filter(report=report).order_by("key", "-number"):
        latest.setdefault(text.key, text)
    return latest


def snapshot(report: Report) -> list[dict[str, Any]]:
    """Every section now: its text and what the record shows (what a frozen version keeps)."""
    texts = current_texts(report)
    return [
        {
            "key": s.key,
            "title": s.title,
            "text": texts[s.key].text if s.key in texts else "",
            "blocks": live_blocks(report.review, s),
        }
        for s in SECTIONS[report.kind]
    ]


@dataclass
class ReportDoc:
    """What is written out: a title, who it is for, and the sections."""

    title: str
    csp: str
    reference: str
    edition: str  # "Version 3, frozen 2 March 2026" or "Live draft"
    sections: list[dict[str, Any]] = field(default_factory=list)
    redacted: bool = False


def report_title(report: Report) -> str:
    review = report.review
    return f"{review.csp.term} {review.victim_pseudonym}: {report.get_kind_display().lower()}"


def build_doc(report: Report, version: ReportVersion | None = None) -> ReportDoc:
    review = report.review
    if version is not None:
        sections = version.sections
        edition = f"Version {version.number}, frozen {_date(version.frozen_at)}"
    else:
        sections = snapshot(report)
        edition = "Live draft"
    return ReportDoc(
        title=report_title(report),
        csp=review.csp.name,
        reference=review.full_reference,
        edition=edition,
        sections=sections,
    )
