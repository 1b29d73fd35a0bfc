"""Demo data: a fictional CSP, reviews at several stages, one account per role.

Every name is invented and says what it is; no real person's name appears.
Loading is idempotent: running it twice changes nothing the second time.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db import transaction

from dhr.accounts.mfa import enrol_totp
from dhr.accounts.models import CspMembership, CspRole, User
from dhr.actions import demo as actions_demo
from dhr.evidence import demo as evidence_demo
from dhr.organisations.models import Agency, AgencyType, Csp
from dhr.panel import demo as panel_demo
from dhr.panel.models import ImrRequest, PanelMember
from dhr.people import demo as people_demo
from dhr.publication import demo as publication_demo
from dhr.publication import public_files
from dhr.publication.models import DistributionRecipient, Publication, RestrictionState
from dhr.publication.services import publication_for
from dhr.redaction_review import demo as redaction_review_demo
from dhr.reports import demo as reports_demo
from dhr.reviews import demo as reviews_demo
from dhr.reviews.models import Decision, Review, ReviewMembership, ReviewRole, Stage
from dhr.schedule import demo as schedule_demo
from dhr.signoffs import demo as signoffs_demo

DEMO_PASSWORD = "demo-dhr-password"  # noqa: S105 - printed for the demo on purpose  # nosec B105
DEMO_DOMAIN = "demo.dhr.test"


@dataclass(frozen=True)
class DemoAccount:
    email: str
    name: str
    role: str


ACCOUNTS = [
    DemoAccount(f"coordinator@{DEMO_DOMAIN}", "Cora Coordinator", "CSP coordinator"),
    DemoAccount(f"csp-chair@{DEMO_DOMAIN}", "Chester Cspchair", "CSP chair"),
    DemoAccount(f"chair@{DEMO_DOMAIN}", "Indira Independent", "Independent chair"),
    DemoAccount(f"panel@{DEMO_DOMAIN}", "Percy Panelmember", "Panel member (Eastbridge Police)"),
    DemoAccount(f"imr@{DEMO_DOMAIN}", "Imogen Imrauthor", "IMR author (Eastbridge Health Trust)"),
    DemoAccount(f"qa@{DEMO_DOMAIN}", "Quentin Qareader", "Home Office QA reader"),
    DemoAccount(f"admin@{DEMO_DOMAIN}", "Ada Administrator", "Administrator"),
]

AGENCIES = [
    ("Eastbridge Police", AgencyType.POLICE, True),
    ("Eastbridge Health Trust", AgencyType.HEALTH_TRUST, True),
    ("Eastbridge County Council Adult Social Care", AgencyType.LOCAL_AUTHORITY, True),
    ("Eastbridge County Council Children's Services", AgencyType.LOCAL_AUTHORITY, True),
    ("Riverside GP Practice", AgencyType.GP_PRACTICE, True),
    ("Probation Service (Eastbridge)", AgencyType.PROBATION, True),
    ("Eastbridge Women's Aid", AgencyType.SPECIALIST_DA, False),
]


def load_demo() -> list[DemoAccount]:
    with transaction.atomic():
        csp = make_csp()
        users = {a.email: make_user(a) for a in ACCOUNTS}
        agencies = {name: make_agency(csp, name, kind, st) for name, kind, st in AGENCIES}
        CspMembership.objects.get_or_create(
            user=users[ACCOUNTS[0].email], csp=csp, role=CspRole.COORDINATOR
        )
        CspMembership.objects.get_or_create(
            user=users[ACCOUNTS[1].email], csp=csp, role=CspRole.CSP_CHAIR
        )
        make_published_review(csp, users, agencies)
        make_evidence_review(csp, users, agencies)
        evidence_demo.load_demo(csp)
        make_new_notification(csp)
        make_approved_review(csp, users, agencies)
        reviews_demo.load_demo(csp)
        schedule_demo.load_demo(csp)
        panel_demo.load_demo(csp)
        people_demo.load_demo(csp)
        signoffs_demo.load_demo(csp)
        publication_demo.load_demo(csp)
        actions_demo.load_demo(csp)
        reports_demo.load_demo(csp)
    # The public downloads, made here rather than left for the worker, so the
    # demo's public page offers them as soon as `make run` serves it.
    for publication in Publication.objects.filter(is_published=True):
        public_files.render_files(publication.pk)
    redaction_review_demo.load_demo(DEMO_DOMAIN)
    return ACCOUNTS


def make_csp() -> Csp:
    csp, _ = Csp.objects.get_or_create(
        slug="eastbridge",
        defaults={
            "name": "Eastbridge Community Safety Partnership",
            "website_name": "Eastbridge District Council website",
            "website_url": "https://eastbridge.example/community-safety/dhr",
        },
    )
    return csp


def make_user(account: DemoAccount) -> User:
    user = User.objects.filter(email=account.email).first()
    if user is None:
        user = User.objects.create_user(
            account.email,
            DEMO_PASSWORD,
            full_name=account.name,
            job_title=account.role,
            is_staff=account.role == "Administrator",
            is_superuser=account.role == "Administrator",
        )
    enrol_totp(user)  # the demo's public TOTP secret, printed by `dhr demo`
    return user


def make_agency(csp: Csp, name: str, kind: str, statutory: bool) -> Agency:
    agency, _ = Agency.objects.get_or_create(
        csp=csp, name=name, defaults={"agency_type": kind, "statutory": statutory}
    )
    return agency


def add_members(review: Review, users: dict[str, User], agencies: dict[str, Agency]) -> None:
    pairs = [
        (f"chair@{DEMO_DOMAIN}", ReviewRole.INDEPENDENT_CHAIR, None),
        (f"panel@{DEMO_DOMAIN}", ReviewRole.PANEL_MEMBER, agencies["Eastbridge Police"]),
        (f"imr@{DEMO_DOMAIN}", ReviewRole.IMR_AUTHOR, agencies["Eastbridge Health Trust"]),
        (f"qa@{DEMO_DOMAIN}", ReviewRole.HOME_OFFICE_QA, None),
    ]
    for email, role, agency in pairs:
        ReviewMembership.objects.get_or_create(
            review=review, user=users[email], role=role, defaults={"agency": agency}
        )


def add_panel(review: Review, agencies: dict[str, Agency]) -> None:
    """The seats, typed first as a coordinator would; the members added after
    take over their agency's seat (panel/seats.py)."""
    PanelMember.objects.create(
        review=review,
        public_label="Independent Chair and Overview Author",
        is_independent_chair=True,
        is_overview_author=True,
        position=0,
    )
    for position, agency in enumerate(agencies.values(), start=1):
        PanelMember.objects.create(
            review=review, agency=agency, public_label=agency.name, position=position
        )
        ImrRequest.objects.create(
            review=review,
            agency=agency,
            senior_manager_name=f"Head of Safeguarding, {agency}",
            letter_sent_on=review.decided_on,
            due_on=review.decided_on and review.decided_on + datetime.timedelta(days=56),
        )


def make_published_review(csp: Csp, users: dict[str, User], agencies: dict[str, Agency]) -> None:
    review, created = Review.objects.get_or_create(
        csp=csp,
        reference="2023/01",
        defaults={
            "victim_pseudonym": "Louise",
            "date_of_death": datetime.date(2023, 1, 14),
            "notified_on": datetime.date(2023, 1, 20),
            "decision": Decision.PROCEED,
            "decided_on": datetime.date(2023, 2, 10),
            "decision_rationale": "The criteria of section 9 are met: intimate partner homicide.",
            "report_completed_on": datetime.date(2024, 12, 2),
            "delay_reason": (
                "The review was paused until the criminal trial ended, and the panel took care "
                "over the timing of contact with the family before the inquest."
            ),
            "stage": Stage.PUBLISHED,
        },
    )
    if not created:
        return
    add_panel(review, agencies)
    add_members(review, users, agencies)
    for position, recipient in enumerate(
        [
            "Senior management of each participating agency",
            "Chair of Eastbridge Community Safety Partnership",
            "Eastbridge Police and Crime Commissioner",
            "Home Office Quality Assurance Team",
            "The Domestic Abuse Commissioner",
        ],
        start=1,
    ):
        DistributionRecipient.objects.create(review=review, recipient=recipient, position=position)
    publication = publication_for(review)
    publication.restriction = RestrictionState.NONE
    publication.summary = (
        "A review of the death of Louise, aged 34, in January 2023, and of how agencies "
        "responded to the abuse she experienced."
    )
    publication.show_actions = True  # the action plan and its progress, on the public page
    publication.is_published = True
    publication.published_on = datetime.date(2025, 9, 1)
    publication.save()


def make_evidence_review(csp: Csp, users: dict[str, User], agencies: dict[str, Agency]) -> None:
    review, created = Review.objects.get_or_create(
        csp=csp,
        reference="2025/02",
        defaults={
            "victim_pseudonym": "Adult B",
            "notified_on": datetime.date(2025, 8, 4),
            "decision": Decision.PROCEED,
            "decided_on": datetime.date(2025, 8, 28),
            "decision_rationale": "Death of a parent by an adult child in the same household.",
            "stage": Stage.EVIDENCE,
        },
    )
    if created:
        add_panel(review, agencies)
        add_members(review, users, agencies)


def make_new_notification(csp: Csp) -> None:
    Review.objects.get_or_create(
        csp=csp,
        reference="2026/03",
        defaults={"victim_pseudonym": "Adult C", "notified_on": datetime.date(2026, 11, 9)},
    )


def make_approved_review(csp: Csp, users: dict[str, User], agencies: dict[str, Agency]) -> None:
    review, created = Review.objects.get_or_create(
        csp=csp,
        reference="2024/04",
        defaults={
            "victim_pseudonym": "Maya",
            "notified_on": datetime.date(2024, 3, 2),
            "decision": Decision.PROCEED,
            "decided_on": datetime.date(2024, 3, 25),
            "report_completed_on": datetime.date(2025, 7, 1),
            "stage": Stage.APPROVED,
        },
    )
    if created:
        add_panel(review, agencies)
        add_members(review, users, agencies)
