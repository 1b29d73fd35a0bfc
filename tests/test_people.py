"""People, relationships, the family contact log, the genogram and the register, via their pages."""

from __future__ import annotations

import datetime
import xml.etree.ElementTree as ET
from typing import Any

import pytest
import yaml
from django.core.exceptions import ValidationError
from django.urls import reverse

from conftest import World
from dhr.audit.models import AuditRecord
from dhr.demo.loader import load_demo
from dhr.people import services
from dhr.people.models import FamilyContact, Person, Relationship
from dhr.people.register import date_forms, register_for_review, register_yaml
from dhr.reviews.models import Review

REAL_NAMES = ["Vera Victimson", "Percy Perpson", "Mona Motherly", "Kit Kidson", "Verity", "Perce"]


@pytest.fixture
def family(world: World) -> dict[str, Person]:
    review = world.review
    people = {
        "victim": Person.objects.create(
            review=review,
            name="Vera Victimson",
            aliases="Verity",
            role="victim",
            date_of_birth=datetime.date(1990, 3, 7),
            sex="Female",
            is_deceased=True,
        ),
        "perpetrator": Person.objects.create(
            review=review, name="Percy Perpson", aliases="Perce", role="perpetrator"
        ),
        "mother": Person.objects.create(
            review=review, name="Mona Motherly", role="family", pseudonym="Mrs M"
        ),
        "child": Person.objects.create(review=review, name="Kit Kidson", role="child"),
    }
    Relationship.objects.create(
        review=review,
        from_person=people["victim"],
        to_person=people["perpetrator"],
        kind="partner",
        lives_together=True,
    )
    Relationship.objects.create(
        review=review, from_person=people["mother"], to_person=people["victim"], kind="parent"
    )
    Relationship.objects.create(
        review=review, from_person=people["victim"], to_person=people["child"], kind="parent"
    )
    return people


def signed_in(client: Any, world: World, role: str = "coordinator") -> Any:
    client.force_login(world.users[role])
    return client


def person_data(**extra: str) -> dict[str, str]:
    data = {"name": "Sam Sisterly", "aliases": "", "role": "family", "pseudonym": ""}
    data.update(extra)
    return data


def contact_data(person: Person, **extra: str) -> dict[str, str]:
    data = {
        "person": str(person.pk),
        "contacted_on_day": "3",
        "contacted_on_month": "2",
        "contacted_on_year": "2025",
        "method": "letter",
        "contacted_by": "the independent chair",
    }
    data.update(extra)
    return data


# People -------------------------------------------------------------------


def test_chair_adds_a_person_with_a_date_of_birth_and_it_is_audited(
    world: World, client: Any
) -> None:
    response = signed_in(client, world, "independent_chair").post(
        reverse("people:person_add", args=[world.review.pk]),
        person_data(
            aliases="Sammy,  Sam S ",
            date_of_birth_day="9",
            date_of_birth_month="9",
            date_of_birth_year="1991",
        ),
    )
    assert response.status_code == 302
    sam = Person.objects.get(review=world.review, name="Sam Sisterly")
    assert sam.alias_list == ["Sammy", "Sam S"]
    assert sam.date_of_birth == datetime.date(1991, 9, 9)
    entry = AuditRecord.objects.get(action="people.add")
    assert "Sam Sisterly" not in entry.summary  # the trail names roles, not people


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"name": "vera victimson"}, "name", "vera victimson is already recorded in this review"),
        ({"name": "Verity"}, "name", "Verity is already recorded as another name of Vera"),
        ({"name": ""}, "name", "Enter the person's full name"),
        ({"role": "sorcerer"}, "role", "Select a valid choice"),
        (
            {"date_of_birth_day": "31", "date_of_birth_month": "2", "date_of_birth_year": "1990"},
            "date_of_birth",
            "Date of birth must be a real date",
        ),
        (
            {"date_of_birth_day": "1", "date_of_birth_month": "1", "date_of_birth_year": "2990"},
            "date_of_birth",
            "Date of birth must be today or in the past",
        ),
    ],
)
def test_bad_person_is_refused_with_a_clear_error_and_nothing_saved(
    world: World,
    client: Any,
    family: dict[str, Person],
    data: dict[str, str],
    field: str,
    message: str,
) -> None:
    before = Person.objects.count()
    response = signed_in(client, world).post(
        reverse("people:person_add", args=[world.review.pk]), person_data(**data)
    )
    assert response.status_code == 200
    assert any(message in e for e in response.context["form"].errors[field])
    assert message.split(" ")[0] in response.content.decode()  # in the error summary too
    assert Person.objects.count() == before


def test_edit_keeps_the_person_and_allows_their_own_name(
    world: World, client: Any, family: dict[str, Person]
) -> None:
    mother = family["mother"]
    response = signed_in(client, world).post(
        reverse("people:person_edit", args=[world.review.pk, mother.pk]),
        person_data(name="Mona Motherly", role="family", pseudonym="Adult M"),
    )
    assert response.status_code == 302
    mother.refresh_from_db()
    assert mother.pseudonym == "Adult M"


def test_a_person_of_another_review_cannot_be_opened_through_this_one(
    world: World, client: Any, family: dict[str, Person]
) -> None:
    other = Review.objects.create(
        csp=world.csp, reference="2025/09", notified_on=datetime.date(2025, 1, 1)
    )
    stranger = Person.objects.create(review=other, name="Otto Otherreview", role="family")
    response = signed_in(client, world).get(
        reverse("people:person_edit", args=[world.review.pk, stranger.pk])
    )
    assert response.status_code == 404


def test_people_list_is_audited_and_panel_member_sees_no_change_links(
    world: World, client: Any, family: dict[str, Person]
) -> None:
    response = signed_in(client, world, "panel_member").get(
        reverse("people:list", args=[world.review.pk])
    )
    body = response.content.decode()
    assert "Vera Victimson" in body
    assert "Adult A <span" in body  # what the perpetrator is called when published
    assert reverse("people:person_add", args=[world.review.pk]) not in body
    assert reverse("people:register", args=[world.review.pk]) not in body
    entry = AuditRecord.objects.get(action="people.view")
    assert entry.actor == world.users["panel_member"]
    assert entry.review == world.review


# Relationships ------------------------------------------------------------


def tie_data(a: Person, kind: str, b: Person) -> dict[str, str]:
    return {"from_person": str(a.pk), "kind": kind, "to_person": str(b.pk)}


def test_relationship_is_recorded(world: World, client: Any, family: dict[str, Person]) -> None:
    response = signed_in(client, world).post(
        reverse("people:relationship_add", args=[world.review.pk]),
        tie_data(family["mother"], "other_relative", family["child"]),
    )
    assert response.status_code == 302
    assert Relationship.objects.filter(kind="other_relative").count() == 1


@pytest.mark.parametrize(
    ("pair", "kind", "message"),
    [
        (("mother", "mother"), "friend", "a relationship is between two people"),
        (("victim", "perpetrator"), "partner", "already recorded"),
        (("perpetrator", "victim"), "partner", "already recorded"),  # the same tie, reversed
        (("child", "mother"), "parent", "Mona Motherly is already recorded as a parent or grand"),
    ],
)
def test_bad_relationship_is_refused_with_a_clear_error(
    world: World,
    client: Any,
    family: dict[str, Person],
    pair: tuple[str, str],
    kind: str,
    message: str,
) -> None:
    before = Relationship.objects.count()
    response = signed_in(client, world).post(
        reverse("people:relationship_add", args=[world.review.pk]),
        tie_data(family[pair[0]], kind, family[pair[1]]),
    )
    assert response.status_code == 200
    errors = response.context["form"].errors["to_person"]
    assert any(message in e for e in errors), errors
    assert Relationship.objects.count() == before


def test_relationship_to_a_person_of_another_review_is_refused(
    world: World, client: Any, family: dict[str, Person]
) -> None:
    other = Review.objects.create(
        csp=world.csp, reference="2025/09", notified_on=datetime.date(2025, 1, 1)
    )
    stranger = Person.objects.create(review=other, name="Otto Otherreview", role="family")
    response = signed_in(client, world).post(
        reverse("people:relationship_add", args=[world.review.pk]),
        tie_data(family["victim"], "friend", stranger),
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.context["form"].errors["to_person"][0]
    assert not Relationship.objects.filter(to_person=stranger).exists()


def test_relationship_is_removed_and_audited(
    world: World, client: Any, family: dict[str, Person]
) -> None:
    tie = Relationship.objects.get(kind="partner")
    response = signed_in(client, world).post(
        reverse("people:relationship_remove", args=[world.review.pk, tie.pk])
    )
    assert response.status_code == 302
    assert not Relationship.objects.filter(pk=tie.pk).exists()
    assert AuditRecord.objects.filter(action="people.relationship_remove").count() == 1


# Family contact log -------------------------------------------------------


def test_contact_log_lists_contacts_in_date_order_and_is_audited(
    world: World, client: Any, family: dict[str, Person]
) -> None:
    client = signed_in(client, world)
    url = reverse("people:contact_add", args=[world.review.pk])
    for day, month in [("20", "5"), ("1", "2"), ("9", "3")]:
        response = client.post(
            url,
            contact_data(family["mother"], contacted_on_day=day, contacted_on_month=month),
        )
        assert response.status_code == 302
    response = client.get(reverse("people:contacts", args=[world.review.pk]))
    dates = [c.contacted_on for c in response.context["contacts"]]
    assert (
        dates
        == sorted(dates)
        == [
            datetime.date(2025, 2, 1),
            datetime.date(2025, 3, 9),
            datetime.date(2025, 5, 20),
        ]
    )
    body = response.content.decode()
    assert body.index("1 February 2025") < body.index("9 March 2025") < body.index("20 May 2025")
    assert AuditRecord.objects.filter(
        action="people.view", summary__contains="contact log"
    ).exists()
    # Only the mother was contacted; the child is listed as still to contact.
    assert response.context["not_yet_contacted"] == [family["child"]]
    assert "Kit Kidson (child)" in body


def test_full_contact_is_saved(world: World, client: Any, family: dict[str, Person]) -> None:
    response = signed_in(client, world, "independent_chair").post(
        reverse("people:contact_add", args=[world.review.pk]),
        contact_data(
            family["mother"],
            method="police_flo",
            leaflet_given="on",
            leaflet_given_on_day="3",
            leaflet_given_on_month="2",
            leaflet_given_on_year="2025",
            advocate_offered="on",
            advocate_accepted="on",
            advocate_organisation="AAFDA",
            contributed_to_terms="on",
            met_panel_on_day="1",
            met_panel_on_month="4",
            met_panel_on_year="2025",
            victim_pseudonym_chosen="Louise",
        ),
    )
    assert response.status_code == 302
    contact = FamilyContact.objects.get()
    assert contact.advocate_organisation == "AAFDA"
    assert contact.met_panel_on == datetime.date(2025, 4, 1)
    assert AuditRecord.objects.filter(action="people.contact_add").count() == 1


@pytest.mark.parametrize(
    ("extra", "field", "message"),
    [
        ({"advocate_accepted": "on"}, "advocate_offered", "only be accepted if one was offered"),
        (
            {"advocate_offered": "on", "advocate_accepted": "on"},
            "advocate_organisation",
            "Enter the advocacy organisation",
        ),
        (
            {
                "leaflet_given_on_day": "3",
                "leaflet_given_on_month": "2",
                "leaflet_given_on_year": "2025",
            },
            "leaflet_given",
            "remove the date it was given",
        ),
        ({"contacted_on_year": "2999"}, "contacted_on", "today or in the past"),
        ({"contacted_on_month": ""}, "contacted_on", "Date of contact must include a month"),
        ({"method": ""}, "method", "Select how they were contacted"),
        ({"contacted_by": " "}, "contacted_by", "Enter who made the contact"),
        (
            {
                "declined": "on",
                "read_draft_on_day": "1",
                "read_draft_on_month": "4",
                "read_draft_on_year": "2025",
            },
            "declined",
            "did not meet the panel or read the draft",
        ),
    ],
)
def test_bad_contact_is_refused_with_a_clear_error_and_nothing_saved(
    world: World,
    client: Any,
    family: dict[str, Person],
    extra: dict[str, str],
    field: str,
    message: str,
) -> None:
    response = signed_in(client, world).post(
        reverse("people:contact_add", args=[world.review.pk]),
        contact_data(family["mother"], **extra),
    )
    assert response.status_code == 200
    errors = response.context["form"].errors[field]
    assert any(message in e for e in errors), errors
    assert not FamilyContact.objects.exists()


@pytest.mark.parametrize("who", ["victim", "perpetrator"])
def test_the_victim_and_perpetrator_are_not_in_the_family_contact_log(
    world: World, client: Any, family: dict[str, Person], who: str
) -> None:
    response = signed_in(client, world).post(
        reverse("people:contact_add", args=[world.review.pk]), contact_data(family[who])
    )
    assert "Select a valid choice" in response.context["form"].errors["person"][0]
    assert not FamilyContact.objects.exists()
    contact = FamilyContact(
        person=family[who], contacted_on=datetime.date(2025, 1, 1), method="letter"
    )
    with pytest.raises(ValidationError, match=f"not the {who}"):
        services.do_save_contact(world.users["coordinator"], world.review, contact)
    assert not FamilyContact.objects.exists()


def test_review_page_summarises_family_involvement_for_people_readers_only(
    world: World, client: Any, family: dict[str, Person]
) -> None:
    mother = family["mother"]
    for day, extra in [
        (
            1,
            {"advocate_offered": True, "advocate_accepted": True, "advocate_organisation": "AAFDA"},
        ),
        (
            2,
            {"met_panel_on": datetime.date(2025, 4, 1), "read_draft_on": datetime.date(2025, 9, 1)},
        ),
    ]:
        FamilyContact.objects.create(
            review=world.review,
            person=mother,
            contacted_on=datetime.date(2025, 2, day),
            method="letter",
            contacted_by="chair",
            **extra,
        )
    url = reverse("reviews:detail", args=[world.review.pk])
    response = signed_in(client, world, "csp_chair").get(url)
    summary = response.context.get("summary")
    assert summary is not None
    assert (
        summary.contacted,
        summary.advocate_accepted,
        summary.met_panel,
        summary.read_draft,
    ) == (
        1,
        1,
        1,
        1,
    )
    assert "Family, friends and colleagues" in response.content.decode()
    client.logout()
    response = signed_in(client, world, "imr_author").get(url)
    assert response.status_code == 200
    assert "Family, friends and colleagues" not in response.content.decode()


# Genogram -----------------------------------------------------------------


def test_genogram_page_shows_svg_and_text_equivalent(
    world: World, client: Any, family: dict[str, Person]
) -> None:
    response = signed_in(client, world, "panel_member").get(
        reverse("people:genogram", args=[world.review.pk])
    )
    body = response.content.decode()
    assert '<svg xmlns="http://www.w3.org/2000/svg" role="img"' in body
    assert "Vera Victimson: Victim, Female, deceased" in response.context["people_lines"]
    assert "Mona Motherly – parent of – Vera Victimson" in response.context["tie_lines"]
    assert AuditRecord.objects.filter(summary__contains="genogram (real names)").exists()


def test_publishable_genogram_and_download_contain_no_real_name(
    world: World, client: Any, family: dict[str, Person]
) -> None:
    client = signed_in(client, world)
    page = client.get(reverse("people:genogram", args=[world.review.pk]) + "?publishable=1")
    download = client.get(reverse("people:genogram_svg", args=[world.review.pk]))
    assert download["Content-Type"] == "image/svg+xml"
    assert download["Content-Disposition"] == 'attachment; filename="dhr-2025-01-genogram.svg"'
    svg = download.content.decode()
    root = ET.fromstring(svg.split("\n", 1)[1])  # noqa: S314 - our own output
    assert root.get("role") == "img"
    for text in (page.content.decode(), svg):
        for name in REAL_NAMES:
            assert name not in text
        assert "Louise" in text  # the victim, by the review's pseudonym
        assert "Mrs M" in text and "Adult A" in text and "Child A" in text


# Register -----------------------------------------------------------------


def test_register_lists_everyone_with_aliases_roles_pseudonyms_and_dates_of_birth(
    world: World, family: dict[str, Person]
) -> None:
    register = register_for_review(world.review)
    assert register["people"][0] == {
        "name": "Vera Victimson",
        "aliases": ["Verity"],
        "role": "victim",
        "pseudonym": "Louise",
    }
    roles = {p["name"]: (p["role"], p["pseudonym"]) for p in register["people"]}
    assert roles["Kit Kidson"] == ("family", "Child A")
    assert roles["Percy Perpson"] == ("perpetrator", "Adult A")
    texts = {d["text"] for d in register["details"] if d["label"] == "DATE_OF_BIRTH"}
    assert {"07/03/1990", "7/3/1990", "7 March 1990", "7th March 1990", "1990-03-07"} <= texts


def test_date_forms_use_the_right_ordinal() -> None:
    assert "22nd of February 2001" in date_forms(datetime.date(2001, 2, 22))
    assert "11th June 2001" in date_forms(datetime.date(2001, 6, 11))


def test_register_download_is_yaml_for_the_engine_and_audited(
    world: World, client: Any, family: dict[str, Person]
) -> None:
    response = signed_in(client, world, "independent_chair").get(
        reverse("people:register", args=[world.review.pk])
    )
    assert (
        response["Content-Disposition"]
        == 'attachment; filename="dhr-2025-01-redaction-register.yaml"'
    )
    assert response["Cache-Control"] == "no-store"
    data = yaml.safe_load(response.content)
    assert data == register_for_review(world.review)
    assert AuditRecord.objects.filter(summary__contains="redaction register").count() == 1


# Demo ---------------------------------------------------------------------


def test_demo_family_loads_twice_without_change(db: Any) -> None:
    load_demo()
    counts = (Person.objects.count(), Relationship.objects.count(), FamilyContact.objects.count())
    load_demo()
    assert counts == (
        Person.objects.count(),
        Relationship.objects.count(),
        FamilyContact.objects.count(),
    )
    assert counts[0] >= 8 and counts[2] >= 4
    review = Review.objects.get(reference="2023/01")
    svg = "".join(str(v) for v in register_for_review(review).values())
    assert "Louise" in svg


@pytest.mark.parametrize(
    "name",
    [
        "people:list",
        "people:contacts",
        "people:genogram",
        "people:genogram_svg",
        "people:register",
        "people:relationship_add",
        "people:contact_add",
    ],
)
def test_every_page_showing_names_is_audited(
    world: World, client: Any, family: dict[str, Person], name: str
) -> None:
    response = signed_in(client, world).get(reverse(name, args=[world.review.pk]))
    assert response.status_code == 200
    entry = AuditRecord.objects.get(action="people.view")
    assert (entry.actor, entry.review) == (world.users["coordinator"], world.review)


def test_edit_pages_are_audited(world: World, client: Any, family: dict[str, Person]) -> None:
    contact = FamilyContact.objects.create(
        review=world.review,
        person=family["mother"],
        contacted_on=datetime.date(2025, 2, 1),
        method="letter",
        contacted_by="chair",
    )
    client = signed_in(client, world)
    client.get(reverse("people:person_edit", args=[world.review.pk, family["mother"].pk]))
    client.get(reverse("people:contact_edit", args=[world.review.pk, contact.pk]))
    assert AuditRecord.objects.filter(action="people.view").count() == 2


def test_register_is_accepted_by_the_redaction_engine(
    world: World, family: dict[str, Person], tmp_path: Any
) -> None:
    """Runs once the redaction engine (dhr.redaction) is merged beside this app."""
    redaction = pytest.importorskip("dhr.redaction")
    path = tmp_path / "register.yaml"
    path.write_text(register_yaml(world.review), encoding="utf-8")
    register = redaction.load_register(path)
    people = {p.name: (p.role, p.pseudonym, p.aliases) for p in register.people}
    assert people["Vera Victimson"] == ("victim", "Louise", ["Verity"])
    assert people["Kit Kidson"] == ("family", "Child A", [])
    assert {d.label for d in register.details} == {"DATE_OF_BIRTH"}
    text = "Vera Victimson (DOB 07/03/1990) lived with Perce."
    redacted = redaction.redact(text, register, redaction.Policy(use_ner=False)).output
    assert "Vera" not in redacted and "07/03/1990" not in redacted and "Perce" not in redacted


def test_contact_log_warns_when_the_family_chose_another_pseudonym(
    world: World, client: Any, family: dict[str, Person]
) -> None:
    for day, chosen in [(1, "Louise"), (2, "Rosa")]:
        FamilyContact.objects.create(
            review=world.review,
            person=family["mother"],
            contacted_on=datetime.date(2025, 2, day),
            method="letter",
            contacted_by="chair",
            victim_pseudonym_chosen=chosen,
        )
    response = signed_in(client, world).get(reverse("people:contacts", args=[world.review.pk]))
    assert response.context["pseudonyms_to_reconcile"] == ["Rosa"]
    assert "the review calls the victim “Louise”" in response.content.decode()
    world.review.victim_pseudonym = "Rosa"
    world.review.save()
    response = client.get(reverse("people:contacts", args=[world.review.pk]))
    assert response.context["pseudonyms_to_reconcile"] == ["Louise"]


def test_service_refuses_a_tie_to_someone_of_another_review(
    world: World, family: dict[str, Person]
) -> None:
    other = Review.objects.create(
        csp=world.csp, reference="2025/09", notified_on=datetime.date(2025, 1, 1)
    )
    stranger = Person.objects.create(review=other, name="Otto Otherreview", role="family")
    tie = Relationship(from_person=family["victim"], to_person=stranger, kind="friend")
    with pytest.raises(ValidationError, match="Choose a person recorded in this review"):
        services.do_add_relationship(world.users["coordinator"], world.review, tie)
    assert not Relationship.objects.filter(to_person=stranger).exists()
    assert not AuditRecord.objects.filter(action="people.relationship_add").exists()


def test_a_duplicate_that_slips_past_the_check_is_still_a_clear_error(
    world: World, family: dict[str, Person], monkeypatch: Any
) -> None:
    """Two people saving the same name at once: the database's constraint decides."""
    monkeypatch.setattr(services, "check_person", lambda review, person: None)
    twin = Person(name="Vera Victimson", role="family")
    with pytest.raises(ValidationError, match="already recorded in this review"):
        services.do_save_person(world.users["coordinator"], world.review, twin)
    assert Person.objects.filter(name="Vera Victimson").count() == 1
    assert not AuditRecord.objects.filter(action="people.add").exists()


def test_chair_changes_a_contact_when_the_family_reads_the_draft(
    world: World, client: Any, family: dict[str, Person]
) -> None:
    contact = FamilyContact.objects.create(
        review=world.review,
        person=family["mother"],
        contacted_on=datetime.date(2025, 2, 1),
        method="letter",
        contacted_by="chair",
    )
    response = signed_in(client, world, "independent_chair").post(
        reverse("people:contact_edit", args=[world.review.pk, contact.pk]),
        contact_data(
            family["mother"],
            contacted_on_day="1",
            read_draft_on_day="30",
            read_draft_on_month="9",
            read_draft_on_year="2025",
        ),
    )
    assert response.status_code == 302
    contact.refresh_from_db()
    assert contact.read_draft_on == datetime.date(2025, 9, 30)
    entry = AuditRecord.objects.get(action="people.contact_change")
    assert "read_draft_on" in entry.detail["changed"]
    assert "Mona" not in entry.summary
