"""A subject access export holds everything held about the person, and nothing
about someone else's review; making it is the coordinator's, and audited."""

from __future__ import annotations

import datetime
import io
import json
import zipfile
from typing import Any

import pytest
from django.urls import reverse
from docx import Document

from conftest import World
from dhr.audit.models import AuditRecord
from dhr.evidence.models import ChronologyEntry, ChronologyImport
from dhr.people.models import ContactMethod, FamilyContact, Person, Relationship

D = datetime.date


@pytest.fixture
def sister(world: World) -> Person:
    """The victim's sister, with a contact, a tie and three chronology entries:
    linked, naming her by nickname, and about someone else."""
    victim = Person.objects.create(review=world.review, name="Marie Doyle", role="victim")
    sister = Person.objects.create(
        review=world.review, name="Joanne Kent", aliases="Jo", role="family", notes="Lives nearby"
    )
    Relationship.objects.create(
        review=world.review, from_person=sister, to_person=victim, kind="sibling"
    )
    FamilyContact.objects.create(
        review=world.review,
        person=sister,
        contacted_on=D(2025, 2, 3),
        method=ContactMethod.LETTER,
        contacted_by="the independent chair",
        leaflet_given=True,
    )
    source = ChronologyImport.objects.create(
        review=world.review,
        agency=world.health,
        file="x.csv",
        original_name="x.csv",
        content_type="text/csv",
        size=1,
        sha256="0" * 64,
        uploaded_by=world.users["coordinator"],
    )
    texts = [
        "Sister attended with Marie",
        "GP spoke to Jo Kent about Marie's injuries",
        "Marie seen alone at the surgery",
    ]
    for row, what in enumerate(texts, start=1):
        entry = ChronologyEntry.objects.create(
            review=world.review,
            agency=world.health,
            source=source,
            row_number=row,
            occurred_on=D(2024, 1, row),
            what_happened=what,
        )
        if row == 1:
            entry.people.add(sister)
    return sister


def export(client: Any, world: World, person: Person) -> Any:
    return client.post(reverse("people:subject_access", args=[world.review.pk, person.pk]))


def unzip(response: Any) -> tuple[dict[str, Any], str]:
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    data = json.loads(archive.read("subject-access.json"))
    document = Document(io.BytesIO(archive.read("subject-access.docx")))
    return data, "\n".join(p.text for p in document.paragraphs)


def test_the_export_holds_the_record_ties_contacts_and_entries_that_name_them(
    world: World, client_for: Any, sister: Person
) -> None:
    response = export(client_for("coordinator"), world, sister)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Cache-Control"] == "no-store"
    data, words = unzip(response)
    sections = data["sections"]
    assert sections["Person record"][0]["Name"] == "Joanne Kent"
    assert sections["Relationships"][0]["Relationship"].startswith("Joanne Kent – Sibling")
    assert sections["Contacts with the review"][0]["Contacted by"] == "the independent chair"
    entries = {e["What happened"]: e["Why listed"] for e in sections["Agency chronology entries"]}
    assert entries == {
        "Sister attended with Marie": "linked to the person",
        "GP spoke to Jo Kent about Marie's injuries": "names them",
    }
    assert "Lives nearby" in words and "GP spoke to Jo Kent" in words
    assert "Marie seen alone" not in words
    assert "review it before any disclosure" in words


def test_making_the_export_is_audited_with_what_it_held(
    world: World, client_for: Any, sister: Person
) -> None:
    export(client_for("coordinator"), world, sister)
    record = AuditRecord.objects.get(action="people.subject_access")
    assert record.review_id == world.review.pk
    assert record.detail["items"]["Agency chronology entries"] == 2
    assert "Joanne" not in record.summary


@pytest.mark.parametrize("role", ["imr_author", "panel_member", "home_office_qa", "anonymous"])
def test_only_those_who_edit_people_may_export(
    world: World, client_for: Any, sister: Person, role: str
) -> None:
    response = export(client_for(role), world, sister)
    assert response.status_code in {302, 403}
    assert b"Joanne" not in response.content
    assert not AuditRecord.objects.filter(action="people.subject_access").exists()


def test_a_person_of_another_review_is_not_found(
    world: World, client_for: Any, sister: Person
) -> None:
    from dhr.reviews.models import Review

    other = Review.objects.create(
        csp=world.csp, reference="2025/09", victim_pseudonym="Adult C", notified_on=D(2025, 5, 1)
    )
    response = client_for("coordinator").post(
        reverse("people:subject_access", args=[other.pk, sister.pk])
    )
    assert response.status_code == 404


def test_the_export_is_a_post_never_a_link(world: World, client_for: Any, sister: Person) -> None:
    url = reverse("people:subject_access", args=[world.review.pk, sister.pk])
    assert client_for("coordinator").get(url).status_code == 405
