"""The QA checklist items worked out from the record (the chair ticks the others)."""

from __future__ import annotations

import re

from dhr.actions.models import Recommendation
from dhr.panel.models import AgencyScope
from dhr.people.models import FamilyContact
from dhr.reports import language, outline
from dhr.reports.models import Report
from dhr.reports.services import CheckItem
from dhr.reports.structure import missing_characteristics


def family_voice(report: Report) -> CheckItem:
    contacts = FamilyContact.objects.filter(review=report.review)
    involved = contacts.filter(declined=False).exclude(
        met_panel_on__isnull=True, read_draft_on__isnull=True, contributed_to_terms=False
    )
    text = outline.current_texts(report).get("family")
    written = bool(text and text.text.strip())
    if involved.exists() and written:
        detail = "The contact log records the family's part and the family section is written."
        ok = True
    elif contacts.filter(declined=True).exists() and not involved.exists() and written:
        detail = "The family declined to take part; the family section says how they were asked."
        ok = True
    else:
        missing = []
        if not involved.exists():
            missing.append(
                "the contact log shows no one who helped set the terms, met the panel or read "
                "the draft (nor a recorded refusal)"
            )
        if not written:
            missing.append("the section 'Involvement of family, friends and colleagues' is empty")
        detail = "Not yet: " + "; ".join(missing) + "."
        ok = False
    return CheckItem("family_voice", "The family's voice is recorded", True, ok, detail)


def exclusions_reasoned(report: Report) -> CheckItem:
    scopes = AgencyScope.objects.filter(review=report.review).select_related("agency")
    undecided = [str(s.agency) for s in scopes if s.included is None]
    unexplained = [str(s.agency) for s in scopes if s.included is False and not s.exclusion_reason]
    if not scopes:
        ok, detail = False, "No agency has been scoped yet (Panel and IMRs: scoping)."
    elif undecided or unexplained:
        ok = False
        detail = "Not yet: " + "; ".join(
            [f"not decided: {', '.join(undecided)}"] * bool(undecided)
            + [f"left out without a reason: {', '.join(unexplained)}"] * bool(unexplained)
        )
    else:
        left_out = sum(1 for s in scopes if s.included is False)
        ok, detail = True, f"Every agency is decided; {left_out} left out, each with a reason."
    return CheckItem(
        "exclusions", "Every agency left out of the review has a reason", True, ok, detail
    )


def equality_covered(report: Report) -> CheckItem:
    text = outline.current_texts(report).get("equality")
    missing = missing_characteristics(text.text if text else "")
    ok = not missing
    detail = (
        "The equality section considers all nine protected characteristics and intersectionality."
        if ok
        else "The equality section does not yet mention: " + ", ".join(missing) + "."
    )
    return CheckItem(
        "equality",
        "The equality and diversity section covers each characteristic",
        True,
        ok,
        detail,
    )


def coercive_control(report: Report) -> CheckItem:
    text = "\n".join(t.text for t in outline.current_texts(report).values())
    defined = language.coercive_control_defined(text)
    if defined is None:
        ok, detail = True, "The report does not name coercive control."
    elif defined:
        ok, detail = True, "Coercive control is named and defined."
    else:
        ok = False
        detail = (
            "Coercive control is named but not defined: cite section 76 of the Serious Crime "
            "Act 2015, or say what it means."
        )
    return CheckItem("coercive", "Coercive control is defined where it is named", True, ok, detail)


def recommendations_grounded(report: Report) -> CheckItem:
    recs = list(outline.recommendations(report.review))
    label = "Each recommendation rests on a lesson learned"
    if not recs:
        return CheckItem("lessons", label, True, False, "No recommendations are recorded yet.")
    if not any(f.name == "lessons" for f in Recommendation._meta.get_fields()):
        lessons = outline.current_texts(report).get("lessons")
        ok = bool(lessons and lessons.text.strip())
        return CheckItem(
            "lessons",
            label,
            True,
            ok,
            "The lessons section is written." if ok else "The lessons section is empty.",
        )
    bare = [str(r.number) for r in recs if not r.lessons.exists()]
    ok = not bare
    detail = (
        "Every recommendation is linked to a lesson."
        if ok
        else "Not linked to any lesson: recommendation " + ", ".join(bare) + "."
    )
    return CheckItem("lessons", label, True, ok, detail)


def terms_answered(report: Report) -> CheckItem:
    label = "Each term of reference is answered in the analysis"
    terms = outline.agreed_terms(report.review)
    if terms is None:
        return CheckItem("terms", label, True, False, "No terms of reference are agreed yet.")
    text = outline.current_texts(report).get("analysis")
    analysis = (text.text if text else "").casefold()
    missing = [
        str(n)
        for n in range(1, len(terms.lines_of_enquiry) + 1)
        if not re.search(rf"term of reference {n}\b", analysis)
    ]
    ok = not missing
    detail = (
        f"The analysis answers all {len(terms.lines_of_enquiry)} terms of reference."
        if ok
        else "The analysis has no part headed 'Term of reference "
        + "', 'Term of reference ".join(missing)
        + "'."
    )
    return CheckItem("terms", label, True, ok, detail)


def computed_items(report: Report) -> list[CheckItem]:
    return [
        family_voice(report),
        exclusions_reasoned(report),
        equality_covered(report),
        coercive_control(report),
        recommendations_grounded(report),
        terms_answered(report),
    ]
