"""Demo: the published review (DHR 2023/01, "Louise") gets a complete drafted overview
report and executive summary, frozen, with a panel comment resolved and the family's
comments recorded. Written with the demo's invented real names, as a panel would; the
exports replace them. Idempotent: nothing is added once the overview report has text.
"""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone

from dhr.accounts.models import User
from dhr.organisations.models import Agency, Csp
from dhr.panel.models import AgencyScope, Contact, TermsOfReference
from dhr.people.models import Person
from dhr.reports import services
from dhr.reports.models import Report, SectionText
from dhr.reports.structure import OVERVIEW, SUMMARY
from dhr.reviews.models import Review, ReviewMembership, ReviewRole

REFERENCE = "2023/01"
LEFT_OUT = {
    "Eastbridge Fire and Rescue Service": "No record of contact with Louise or Adult B.",
    "Eastbridge Academy Trust": "Neither adult was in education during the period.",
}

OVERVIEW_TEXT = {
    "introduction": (
        "This review examines the contact agencies had with Marnie Madeup (called Louise in "
        "this report, a name her mother chose) and Derek Fakename before Louise's death in "
        "January 2023.\n\nThe panel offers its sincere condolences to Louise's mother, her "
        "sister, her children and everyone who loved her."
    ),
    "circumstances": (
        "Louise died at her home in January 2023. Derek Fakename was convicted of her murder "
        "in October 2024. The inquest was concluded without further hearing.\n\nA review is "
        "not an inquiry into who is culpable: that was for the criminal court."
    ),
    "methodology": (
        "The panel asked six agencies for Individual Management Reviews and chronologies, "
        "met seven times, and spoke to Louise's mother, sister and a colleague.\n\nThe review "
        "was paused during the criminal trial."
    ),
    "panel": (
        "The independent chair has no link with any agency involved. Eastbridge Women's Aid "
        "advised the panel on specialist practice."
    ),
    "family": (
        "Penny Pretend, Louise's mother, and Sam Pretend, her sister, met the panel and read "
        "the draft, supported by an advocate from AAFDA.\n\n## Who Louise was\n\n"
        "> Mimi was the one who remembered every birthday. She loved the sea, her children"
        ", and singing badly in the car.\n\nPenny chose the name Louise for this report."
    ),
    "background": (
        "Louise lived with Derek Fakename and her two children. Fern's father, Gary "
        "Exampleton, had contact with Fern at weekends. Louise worked at a care home, where "
        "Wendy Workmate was her colleague and friend."
    ),
    "chronology": (
        "The key events were three police call-outs in 2021 and 2022, the second after "
        "Louise's neighbour, Mrs Tina Testwell, heard shouting and called the police, two GP "
        "consultations for anxiety, and a MARAC referral in 2022 that was not shared with the "
        "GP."
    ),
    "analysis": (
        "## Eastbridge Police\n\nOfficers completed DASH risk assessments at each call-out "
        "but the third was graded standard despite escalation.\n\n## Riverside GP Practice\n\n"
        "Louise was not asked about domestic abuse when she presented with anxiety.\n\n"
        "## Term of reference 1\n\nRisk was assessed at each police contact; the MARAC "
        "outcome did not reach the GP.\n\n## Term of reference 2\n\nLouise's mother and sister "
        "were not asked what they knew until after her death.\n\n## Coercive control\n\n"
        "Coercive control is defined in section 76 of the Serious Crime Act 2015 as "
        "repeated or continuous behaviour that is controlling or coercive and has a serious "
        "effect on the victim. Derek Fakename monitored Louise's phone and money."
    ),
    "equality": (
        "The panel considered each protected characteristic: age, disability, gender "
        "reassignment, marriage and civil partnership, pregnancy and maternity, race, "
        "religion or belief, sex and sexual orientation. Sex is relevant: Louise was a woman "
        "killed by a male partner. No evidence suggests that the other characteristics "
        "affected the services she received.\n\nThe panel also considered intersectionality: "
        "being a working mother of young children shaped the help Louise could reach."
    ),
    "lessons": (
        "1. Routine enquiry about domestic abuse in primary care was not happening.\n"
        "2. MARAC outcomes did not reach the GP."
    ),
    "conclusions": (
        "The panel cannot say whether Louise's death could have been prevented. Agencies "
        "missed chances to share what they knew, and the recommendations address them."
    ),
}

SINGING = ", and singing badly in the car"
SUMMARY_FROM_OVERVIEW = ["introduction", "process", "key_events", "lessons", "conclusions"]
SUMMARY_TEXT = {
    "findings": (
        "Risk was assessed at each police contact, but the MARAC outcome did not reach the "
        "GP, and Louise was not asked about abuse when she presented with anxiety."
    )
}


def load_demo(csp: Csp) -> None:
    review = Review.objects.filter(csp=csp, reference=REFERENCE).first()
    chair_membership = ReviewMembership.objects.filter(
        review=review, role=ReviewRole.INDEPENDENT_CHAIR
    ).first()
    if review is None or chair_membership is None:
        return
    chair = chair_membership.user
    overview = services.report_for(review, OVERVIEW)
    if SectionText.objects.filter(report=overview).exists():
        return
    add_record(review, chair)
    for key, text in OVERVIEW_TEXT.items():
        # The family asked for the singing to go in after reading version 1.
        services.do_save_section(chair, overview, key, text.replace(SINGING, ""))
    summary = services.report_for(review, SUMMARY)
    for key in SUMMARY_FROM_OVERVIEW:
        try:
            services.do_pull_section(chair, summary, key)
        except ValidationError:
            continue  # the overview section is empty: leave the summary's empty too
    for key, text in SUMMARY_TEXT.items():
        services.do_save_section(chair, summary, key, text)
    panel_user = ReviewMembership.objects.filter(
        review=review, role=ReviewRole.PANEL_MEMBER
    ).first()
    if panel_user is not None:
        comment = services.do_comment(
            panel_user.user,
            overview,
            "analysis",
            "Please say which DASH grading the third call-out received.",
        )
        services.do_resolve_comment(chair, comment, "Added: graded standard despite escalation.")
    first = services.do_freeze(chair, overview, "For the family to read")
    mother = Person.objects.filter(review=review, name="Penny Pretend").first()
    services.do_family_comment(
        chair,
        first,
        mother,
        timezone.localdate(),
        "Please include that she sang in the car with the children.",
        "Added to 'Who Louise was'.",
    )
    services.do_save_section(chair, overview, "family", OVERVIEW_TEXT["family"])
    tick_manual(overview, chair)
    services.do_freeze(chair, overview, "As submitted to the Home Office")
    services.do_freeze(chair, summary, "As submitted to the Home Office")


def add_record(review: Review, chair: User) -> None:
    """What the report's live sections read, where the other demos left it empty."""
    if not TermsOfReference.objects.filter(review=review).exists():
        TermsOfReference.objects.create(
            review=review,
            version=1,
            period_start=datetime.date(2020, 1, 1),
            period_end=datetime.date(2023, 1, 14),
            key_lines_of_enquiry="How did agencies assess and share the risk to Louise?\n"
            "What did Louise's family and friends know, and were they asked?",
            subjects="Louise\nAdult B",
            agreed_on=datetime.date(2023, 4, 3),
            created_by=chair,
        )
    for agency in Agency.objects.filter(csp=review.csp):
        left_out = agency.name in LEFT_OUT
        AgencyScope.objects.get_or_create(
            review=review,
            agency=agency,
            defaults={
                "contact": Contact.NONE if left_out else Contact.BOTH,
                "included": not left_out,
                "exclusion_reason": LEFT_OUT.get(agency.name, ""),
            },
        )


def tick_manual(overview: Report, chair: User) -> None:
    notes = {
        "victim_voice": "Section 6, 'Who Louise was', in her mother's words.",
        "anonymised": "Pseudonyms agreed with the family; month and year only.",
        "plain_language": "Abbreviations spelled out at first use.",
        "smart_actions": "Appendix B agreed by each agency's senior manager.",
    }
    for item, note in notes.items():
        services.do_tick(chair, overview, item, True, note)
