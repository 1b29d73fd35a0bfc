"""The action plan and its progress on the public page, where the CSP chooses
(public_actions.py): off by default, and never a registered name."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from conftest import World, approve_for_publication
from dhr.actions.models import Action, Recommendation
from dhr.audit.models import AuditRecord
from dhr.people.models import Person
from dhr.publication import services
from dhr.publication.models import Publication


@pytest.fixture
def action(world: World) -> Action:
    Person.objects.create(
        review=world.review, name="Gareth Pollard", role="perpetrator", pseudonym="Adult B"
    )
    rec = Recommendation.objects.create(review=world.review, number=1, text="Ask about control")
    return Action.objects.create(
        recommendation=rec,
        what="Add routine enquiry to the call script",
        lead_agency=world.police,
        due_on=datetime.date(2020, 1, 31),
        intended_outcome="Every call includes the questions",
        monitoring="Quarterly audit of 20 calls",
    )


@pytest.fixture
def published(world: World, action: Action) -> Publication:
    approve_for_publication(world)
    return services.do_publish(world.users["coordinator"], world.review, accept_missing=True)


def public_page(publication: Publication) -> str:
    response = Client().get(reverse("publication:detail", args=[publication.slug]))
    assert response.status_code == 200
    return response.content.decode()


def show(publication: Publication) -> None:
    publication.show_actions = True
    publication.save()


def test_the_action_plan_is_not_public_unless_the_csp_chooses(published: Publication) -> None:
    assert "Action plan and progress" not in public_page(published)


def test_each_action_shows_its_lead_due_date_and_progress(
    published: Publication, world: World
) -> None:
    show(published)
    page = public_page(published)
    assert "Action plan and progress" in page
    assert "Add routine enquiry to the call script" in page
    assert "Northshire Police" in page and "January 2020" in page
    assert "Overdue" in page  # due in 2020, not started


def test_an_action_that_names_a_registered_person_is_withheld_and_stops_publishing(
    published: Publication, action: Action, world: World
) -> None:
    show(published)
    action.what = "Tell Gareth Pollard's probation officer about every call"
    action.save()
    page = public_page(published)
    assert "Gareth" not in page and "Withheld from the public page" in page
    problems = services.register_problems(world.review)
    assert problems == [
        "Recommendation 1's action on the public page: This names a person in the review's "
        "register (the perpetrator): use their pseudonym, Adult B."
    ]


def test_the_coordinator_turns_it_on_in_the_publication_settings(
    published: Publication, client_for: Any, world: World
) -> None:
    response = client_for("coordinator").post(
        reverse("publishing:settings", args=[world.review.pk]),
        {
            "form": "details",
            "site_name": published.site_name,
            "site_url": published.site_url,
            "restriction": published.restriction,
            "summary": published.summary,
            "show_actions": "on",
        },
    )
    assert response.status_code == 302
    published.refresh_from_db()
    assert published.show_actions
    record = AuditRecord.objects.filter(action="publication.update").latest("pk")
    assert "show_actions" in record.detail["fields"]
    assert "Action plan and progress" in public_page(published)
