"""A review with people (real names), terms, panel and recommendations; tasks run at once."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

import pytest

from conftest import World
from dhr.actions.models import Action, Recommendation
from dhr.panel.models import AgencyScope, PanelMember, TermsOfReference
from dhr.people.models import FamilyContact, Person, PersonRole, Relationship, RelationshipKind
from dhr.reports import services
from dhr.reports.models import Report
from dhr.reports.structure import OVERVIEW, SUMMARY

# Real names a redacted export must never contain, anywhere in the file.
REAL_NAMES = ["Marie Doyle", "Marie", "Doyle", "Mimi", "Gareth Pollard", "Gareth", "Pollard"]


@pytest.fixture(autouse=True)
def _tasks_run_at_once(settings: Any) -> None:
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@dataclass
class Drafted:
    world: World
    overview: Report
    summary: Report
    victim: Person
    perpetrator: Person
    sister: Person


@pytest.fixture
def drafted(world: World) -> Drafted:
    review = world.review
    victim = Person.objects.create(
        review=review,
        name="Marie Doyle",
        aliases="Mimi",
        role=PersonRole.VICTIM,
        pseudonym="Louise",
        sex="Female",
        date_of_birth=datetime.date(1988, 4, 7),
        is_deceased=True,
    )
    perpetrator = Person.objects.create(
        review=review, name="Gareth Pollard", role=PersonRole.PERPETRATOR, pseudonym="Adult B"
    )
    sister = Person.objects.create(
        review=review, name="Siobhan Kettleworth", role=PersonRole.FAMILY, pseudonym="Sister C"
    )
    Relationship.objects.create(
        review=review, from_person=victim, to_person=perpetrator, kind=RelationshipKind.PARTNER
    )
    chair = world.users["independent_chair"]
    TermsOfReference.objects.create(
        review=review,
        version=1,
        period_start=datetime.date(2021, 1, 1),
        period_end=datetime.date(2024, 6, 30),
        key_lines_of_enquiry="Was risk assessed?\nWas the family listened to?",
        subjects="Louise\nAdult B",
        agreed_on=datetime.date(2025, 3, 1),
        created_by=chair,
    )
    PanelMember.objects.create(
        review=review, public_label="Independent chair", is_independent_chair=True
    )
    PanelMember.objects.create(review=review, agency=world.police, public_label="Northshire Police")
    AgencyScope.objects.create(review=review, agency=world.police, included=True)
    AgencyScope.objects.create(
        review=review, agency=world.health, included=False, exclusion_reason="No contact."
    )
    FamilyContact.objects.create(
        review=review,
        person=sister,
        contacted_on=datetime.date(2025, 3, 2),
        method="letter",
        contacted_by="the independent chair",
        met_panel_on=datetime.date(2025, 4, 1),
    )
    rec = Recommendation.objects.create(
        review=review, number=1, text="Police to ask about coercive control at every call."
    )
    Action.objects.create(
        recommendation=rec,
        what="Add routine enquiry to the call script",
        lead_agency=world.police,
        due_on=datetime.date(2026, 1, 31),
        intended_outcome="Every call includes the questions",
        monitoring="Quarterly audit of 20 calls",
    )
    overview = services.report_for(review, OVERVIEW)
    summary = services.report_for(review, SUMMARY)
    texts = {
        "introduction": "The panel offers its condolences to the family of Marie Doyle.",
        "circumstances": "In May 2024 Gareth Pollard killed Marie at her home. Mimi had told "
        "her sister she was afraid.",
        "family": "Marie's sister, Siobhan Kettleworth, met the panel.\n\nShe said Mimi loved "
        "music.",
        "analysis": "## Term of reference 1\n\nRisk was not assessed after Gareth Pollard's "
        "arrest.\n\n## Term of reference 2\n\nThe family were not asked.",
    }
    for key, text in texts.items():
        services.do_save_section(chair, overview, key, text)
    return Drafted(world, overview, summary, victim, perpetrator, sister)
