"""The sections of the overview report and the executive summary, in order.

Plain data, no Django: the structure the Home Office statutory guidance and
its quality assurance panel expect. Every section has text the authors write
(Markdown); a section with a `live` source also shows a part of the record
(terms of reference, panel, chronology, recommendations, actions), pulled
fresh until the chair freezes a version. An executive summary section may
name the overview section whose text it can start from (`pulls`).
"""

from __future__ import annotations

from dataclasses import dataclass

OVERVIEW = "overview"
SUMMARY = "summary"

# The nine protected characteristics of the Equality Act 2010, s4.
PROTECTED_CHARACTERISTICS = [
    "age",
    "disability",
    "gender reassignment",
    "marriage and civil partnership",
    "pregnancy and maternity",
    "race",
    "religion or belief",
    "sex",
    "sexual orientation",
]


@dataclass(frozen=True)
class SectionSpec:
    key: str
    title: str
    guidance: str
    live: str = ""  # terms, panel, family, genogram, chronology, lessons, recommendations, actions
    pulls: str = ""  # executive summary: the overview section it may start from
    appendix: str = ""  # "A" or "B"


OVERVIEW_SECTIONS = [
    SectionSpec(
        "introduction",
        "Introduction and condolences",
        "Who the review is about (by pseudonym), the CSP that commissioned it, when, and the "
        "panel's condolences to the family and friends.",
    ),
    SectionSpec(
        "circumstances",
        "Circumstances of the death",
        "What happened, briefly and factually, as far as is known; outcomes of any criminal "
        "proceedings or inquest. A review does not decide who is culpable.",
    ),
    SectionSpec(
        "scope",
        "Scope and terms of reference",
        "The period under review and the key lines of enquiry come from the agreed terms of "
        "reference; add why this period and who helped set them.",
        live="terms",
    ),
    SectionSpec(
        "methodology",
        "Methodology",
        "How the review was conducted: IMRs and chronologies requested, meetings held, "
        "interviews, documents read, any parallel proceedings and their effect on timing.",
    ),
    SectionSpec(
        "panel",
        "The review panel and contributors",
        "The panel's membership comes from the panel record, with the independent chair's "
        "declaration of independence; add who else contributed.",
        live="panel",
    ),
    SectionSpec(
        "family",
        "Involvement of family, friends and colleagues",
        "How the family were involved (leaflet, advocate, terms, meeting the panel, reading the "
        "draft) and, in their words where they wish, a sense of who the victim was.",
        live="family",
    ),
    SectionSpec(
        "background",
        "Background",
        "The people, their relationships and households, and relevant history before the "
        "period under review.",
        live="genogram",
    ),
    SectionSpec(
        "chronology",
        "Combined chronology",
        "The merged chronology of every agency's contacts comes from the record; summarise the "
        "key events here.",
        live="chronology",
    ),
    SectionSpec(
        "analysis",
        "Analysis",
        "Each agency's involvement, and each term of reference answered in turn (a heading "
        "'Term of reference 1', 'Term of reference 2'… for each line of enquiry).",
    ),
    SectionSpec(
        "equality",
        "Equality and diversity",
        "Consider each of the nine protected characteristics (age, disability, gender "
        "reassignment, marriage and civil partnership, pregnancy and maternity, race, religion "
        "or belief, sex, sexual orientation) and how they intersect.",
    ),
    SectionSpec(
        "lessons",
        "Lessons learned",
        "What the review learned, within and between agencies. Recommendations rest on these.",
        live="lessons",
    ),
    SectionSpec(
        "conclusions",
        "Conclusions",
        "The panel's conclusions: whether the death could have been predicted or prevented, "
        "and what should change.",
    ),
    SectionSpec(
        "recommendations",
        "Appendix A: Recommendations",
        "The recommendations come from the recommendations record.",
        live="recommendations",
        appendix="A",
    ),
    SectionSpec(
        "action_plan",
        "Appendix B: Action plan",
        "The SMART action plan comes from the actions record: who does what, by when, to what "
        "end, monitored how.",
        live="actions",
        appendix="B",
    ),
]

SUMMARY_SECTIONS = [
    SectionSpec(
        "introduction",
        "Introduction",
        "Who the review is about and the panel's condolences.",
        pulls="introduction",
    ),
    SectionSpec(
        "process",
        "The review process",
        "How the review was conducted, briefly.",
        pulls="methodology",
    ),
    SectionSpec(
        "scope",
        "Terms of reference",
        "The agreed terms of reference come from the record.",
        live="terms",
    ),
    SectionSpec(
        "key_events",
        "Summary of key events",
        "The events that matter, in date order, without detail that identifies anyone.",
        pulls="circumstances",
    ),
    SectionSpec(
        "findings",
        "Key findings",
        "The main findings of the analysis.",
        pulls="analysis",
    ),
    SectionSpec(
        "lessons",
        "Lessons learned",
        "The lessons, as in the overview report.",
        pulls="lessons",
    ),
    SectionSpec(
        "conclusions",
        "Conclusions",
        "The conclusions, as in the overview report.",
        pulls="conclusions",
    ),
    SectionSpec(
        "recommendations",
        "Recommendations",
        "The recommendations come from the recommendations record.",
        live="recommendations",
    ),
]

SECTIONS: dict[str, list[SectionSpec]] = {OVERVIEW: OVERVIEW_SECTIONS, SUMMARY: SUMMARY_SECTIONS}


def spec(kind: str, key: str) -> SectionSpec | None:
    return next((s for s in SECTIONS.get(kind, []) if s.key == key), None)


def missing_characteristics(text: str) -> list[str]:
    """The protected characteristics an equality section does not mention (nor intersection)."""
    folded = " ".join(text.casefold().split())
    missing = [c for c in PROTECTED_CHARACTERISTICS if c not in folded]
    if "intersection" not in folded:
        missing.append("intersectionality")
    return missing
