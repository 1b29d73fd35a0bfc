"""Demo data for the agency directory, scoping, independence, terms of reference and letters.

Called once from dhr.demo.loader after its CSP, accounts, agencies and reviews
exist. Every name is invented; loading twice changes nothing the second time.
"""

from __future__ import annotations

import datetime

from dhr.accounts.models import User
from dhr.organisations.models import Agency, AgencyType, Csp, SeniorManager
from dhr.panel.models import (
    AgencyScope,
    Contact,
    ImrRequest,
    IndependenceDeclaration,
    TermsOfReference,
)
from dhr.reviews.models import Review

EXTRA_AGENCIES = [
    ("Eastbridge Fire and Rescue Service", AgencyType.FIRE, True),
    ("Eastbridge Homes", AgencyType.HOUSING, False),
    ("Eastbridge Academy Trust", AgencyType.EDUCATION, True),
]

# Agency name -> (senior manager's name, job title). Fictional, and say so.
MANAGERS = {
    "Eastbridge Police": ("Detective Superintendent Sample", "Head of Public Protection"),
    "Eastbridge Health Trust": ("Nadia Namedfornow", "Director of Nursing and Safeguarding"),
    "Eastbridge County Council Adult Social Care": ("Alan Adultcare", "Director of Adult Services"),
    "Eastbridge County Council Children's Services": (
        "Cleo Childrensdirector",
        "Director of Children's Services",
    ),
    "Riverside GP Practice": ("Dr Gita Generalpractice", "Safeguarding Lead GP"),
    "Probation Service (Eastbridge)": ("Priya Probationhead", "Head of Probation Delivery Unit"),
    "Eastbridge Women's Aid": ("Wren Womensaid", "Chief Executive"),
    "Eastbridge Fire and Rescue Service": ("Felix Firechief", "Area Manager, Prevention"),
    "Eastbridge Homes": ("Hana Housinglead", "Head of Tenancy Services"),
    "Eastbridge Academy Trust": ("Ed Educationlead", "Trust Safeguarding Lead"),
}

LEFT_OUT = {
    "Eastbridge Fire and Rescue Service": "No record of contact with Adult B or the perpetrator.",
    "Eastbridge Academy Trust": "Neither person was in education during the period.",
}
CONTACT = {
    "Eastbridge Police": Contact.BOTH,
    "Eastbridge Health Trust": Contact.VICTIM,
    "Eastbridge County Council Adult Social Care": Contact.VICTIM,
    "Probation Service (Eastbridge)": Contact.PERPETRATOR,
    "Riverside GP Practice": Contact.BOTH,
    "Eastbridge Homes": Contact.BOTH,
}


def load_demo(csp: Csp) -> None:
    for name, kind, statutory in EXTRA_AGENCIES:
        Agency.objects.get_or_create(
            csp=csp, name=name, defaults={"agency_type": kind, "statutory": statutory}
        )
    managers = {}
    for agency in Agency.objects.filter(csp=csp, name__in=MANAGERS):
        name, title = MANAGERS[agency.name]
        managers[agency.pk], _ = SeniorManager.objects.get_or_create(
            agency=agency,
            name=name,
            defaults={
                "job_title": title,
                "email": f"{name.split()[-1].lower()}@{agency.pk}.agency.demo.dhr.test",
            },
        )
    link_letters(csp, managers)
    review = Review.objects.filter(csp=csp, reference="2025/02").first()
    coordinator = User.objects.filter(email="coordinator@demo.dhr.test").first()
    chair = User.objects.filter(email="chair@demo.dhr.test").first()
    if review is None or coordinator is None or chair is None:
        return
    scope(csp, review)
    terms(review, coordinator)
    for member in review.panel_members.filter(role="").exclude(agency=None):
        member.role = "Senior safeguarding lead"
        member.save()
    if not IndependenceDeclaration.objects.filter(review=review).exists():
        IndependenceDeclaration.objects.create(
            review=review,
            chair_user=chair,
            chair_name=chair.full_name,
            declared_on=datetime.date(2025, 8, 20),
            no_links=True,
            recorded_by=chair,
        )


def link_letters(csp: Csp, managers: dict[int, SeniorManager]) -> None:
    """The demo reviews' letters went to the directory's senior managers."""
    for imr in ImrRequest.objects.filter(review__csp=csp, senior_manager=None):
        manager = managers.get(imr.agency_id)
        if manager is not None:
            imr.senior_manager = manager
            imr.senior_manager_name = manager.name
            imr.senior_manager_title = manager.job_title
            imr.save()


def scope(csp: Csp, review: Review) -> None:
    for agency in Agency.objects.filter(csp=csp):
        reason = LEFT_OUT.get(agency.name, "")
        AgencyScope.objects.get_or_create(
            review=review,
            agency=agency,
            defaults={
                "contact": Contact.NONE if reason else CONTACT.get(agency.name, Contact.UNKNOWN),
                "included": not reason,
                "exclusion_reason": reason,
            },
        )


def terms(review: Review, author: User) -> None:
    if TermsOfReference.objects.filter(review=review).exists():
        return
    lines = [
        "What did each agency know of the risk the perpetrator posed to Adult B?",
        "Were carers' assessments offered and acted on?",
        "How did agencies share information about the household?",
    ]
    TermsOfReference.objects.create(
        review=review,
        version=1,
        period_start=datetime.date(2020, 8, 1),
        period_end=datetime.date(2025, 7, 31),
        key_lines_of_enquiry="\n".join(lines),
        subjects="Adult B (victim)\nAdult D (perpetrator)",
        agreed_on=datetime.date(2025, 9, 15),
        created_by=author,
    )
    TermsOfReference.objects.create(
        review=review,
        version=2,
        period_start=datetime.date(2019, 8, 1),
        period_end=datetime.date(2025, 7, 31),
        key_lines_of_enquiry="\n".join(
            [*lines, "Was the mental health of Adult D assessed when he moved home?"]
        ),
        subjects="Adult B (victim)\nAdult D (perpetrator)",
        created_by=author,
    )
