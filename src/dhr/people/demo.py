"""Demo families: the published review (DHR 2023/01, "Louise") and the review
at the evidence stage (DHR 2025/02, a mother killed by her adult son).

Every name is invented and says so ("Madeup", "Fakename", "Examplewood"): no real
person is named. Idempotent: people are found by name, ties and contacts are
added only once.
"""

from __future__ import annotations

import datetime
from typing import Any

from dhr.organisations.models import Csp
from dhr.people.models import (
    ContactMethod,
    FamilyContact,
    Person,
    PersonRole,
    Relationship,
    RelationshipKind,
)
from dhr.reviews.models import Review

REFERENCE = "2023/01"

PEOPLE = [
    # name, aliases, role, pseudonym, date of birth, sex, deceased
    (
        "Marnie Madeup",
        "Mimi, Marnie Fakename",
        PersonRole.VICTIM,
        "Louise",
        (1988, 5, 17),
        "Female",
        True,
    ),
    ("Derek Fakename", "Del", PersonRole.PERPETRATOR, "", (1985, 11, 2), "Male", False),
    ("Penny Pretend", "", PersonRole.FAMILY, "", (1960, 2, 29), "Female", False),
    ("Peter Pretend", "", PersonRole.FAMILY, "", (1958, 7, 4), "Male", True),
    ("Sam Pretend", "Sammy", PersonRole.FAMILY, "", (1991, 9, 9), "Female", False),
    ("Fern Fakename", "", PersonRole.CHILD, "", (2014, 3, 1), "Female", False),
    ("Finn Fakename", "", PersonRole.CHILD, "", (2017, 6, 21), "Male", False),
    ("Gary Exampleton", "", PersonRole.FAMILY, "", None, "Male", False),
    ("Wendy Workmate", "", PersonRole.COLLEAGUE, "", None, "Female", False),
    ("Freya Friendly", "", PersonRole.FRIEND, "", None, "Female", False),
]

TIES = [
    # from, kind, to, lives together
    ("Penny Pretend", RelationshipKind.SPOUSE, "Peter Pretend", False),
    ("Penny Pretend", RelationshipKind.PARENT, "Marnie Madeup", False),
    ("Peter Pretend", RelationshipKind.PARENT, "Marnie Madeup", False),
    ("Penny Pretend", RelationshipKind.PARENT, "Sam Pretend", False),
    ("Peter Pretend", RelationshipKind.PARENT, "Sam Pretend", False),
    ("Marnie Madeup", RelationshipKind.PARTNER, "Derek Fakename", True),
    ("Marnie Madeup", RelationshipKind.PARENT, "Fern Fakename", True),
    ("Marnie Madeup", RelationshipKind.PARENT, "Finn Fakename", True),
    ("Derek Fakename", RelationshipKind.PARENT, "Finn Fakename", True),
    ("Gary Exampleton", RelationshipKind.FORMER_PARTNER, "Marnie Madeup", False),
    ("Gary Exampleton", RelationshipKind.PARENT, "Fern Fakename", False),
    ("Wendy Workmate", RelationshipKind.COLLEAGUE, "Marnie Madeup", False),
    ("Freya Friendly", RelationshipKind.FRIEND, "Marnie Madeup", False),
]


# The review at the evidence stage: a mother killed by her adult son, who lived with her.
OPEN_REFERENCE = "2025/02"
OPEN_PEOPLE = [
    ("Agnes Examplewood", "Aggie", PersonRole.VICTIM, "", (1949, 1, 30), "Female", True),
    ("Rory Examplewood", "", PersonRole.PERPETRATOR, "", (1979, 8, 14), "Male", False),
    ("Tess Examplewood", "Tess Sampleton", PersonRole.FAMILY, "", (1975, 12, 3), "Female", False),
    ("Norm Neighbourly", "", PersonRole.NEIGHBOUR, "", None, "Male", False),
]
OPEN_TIES = [
    ("Agnes Examplewood", RelationshipKind.PARENT, "Rory Examplewood", True),
    ("Agnes Examplewood", RelationshipKind.PARENT, "Tess Examplewood", False),
    ("Rory Examplewood", RelationshipKind.SIBLING, "Tess Examplewood", False),
    ("Norm Neighbourly", RelationshipKind.OTHER, "Agnes Examplewood", False),
]


def load_demo(csp: Csp) -> None:
    load_published_family(csp)
    load_open_family(csp)


def add_people(review: Review, rows: list[Any]) -> dict[str, Person]:
    people: dict[str, Person] = {}
    for name, aliases, role, pseudonym, born, sex, deceased in rows:
        people[name], _ = Person.objects.get_or_create(
            review=review,
            name=name,
            defaults={
                "aliases": aliases,
                "role": role,
                "pseudonym": pseudonym,
                "date_of_birth": datetime.date(*born) if born else None,
                "sex": sex,
                "is_deceased": deceased,
            },
        )
    return people


def add_ties(review: Review, people: dict[str, Person], rows: list[Any]) -> None:
    for source, kind, target, together in rows:
        Relationship.objects.get_or_create(
            review=review,
            from_person=people[source],
            to_person=people[target],
            kind=kind,
            defaults={"lives_together": together},
        )


def load_open_family(csp: Csp) -> None:
    review = Review.objects.filter(csp=csp, reference=OPEN_REFERENCE).first()
    if review is None:
        return
    people = add_people(review, OPEN_PEOPLE)
    add_ties(review, people, OPEN_TIES)
    if not FamilyContact.objects.filter(review=review).exists():
        FamilyContact.objects.create(
            review=review,
            person=people["Tess Examplewood"],
            contacted_on=datetime.date(2025, 9, 8),
            method=ContactMethod.LETTER,
            contacted_by="the independent chair",
            leaflet_given=True,
            leaflet_given_on=datetime.date(2025, 9, 8),
            advocate_offered=True,
            notes="Asked for time to think about the offer of an advocate.",
        )


def load_published_family(csp: Csp) -> None:
    review = Review.objects.filter(csp=csp, reference=REFERENCE).first()
    if review is None:
        return
    people = add_people(review, PEOPLE)
    add_ties(review, people, TIES)
    if FamilyContact.objects.filter(review=review).exists():
        return
    chair = "the independent chair"
    FamilyContact.objects.create(
        review=review,
        person=people["Penny Pretend"],
        contacted_on=datetime.date(2023, 2, 20),
        method=ContactMethod.POLICE_FLO,
        contacted_by="Eastbridge Police family liaison officer, for the independent chair",
        leaflet_given=True,
        leaflet_given_on=datetime.date(2023, 2, 20),
        advocate_offered=True,
        advocate_accepted=True,
        advocate_organisation="AAFDA",
        notes="Letter from the chair delivered by hand with the Home Office leaflet.",
    )
    FamilyContact.objects.create(
        review=review,
        person=people["Penny Pretend"],
        contacted_on=datetime.date(2023, 4, 3),
        method=ContactMethod.IN_PERSON,
        contacted_by=chair,
        leaflet_given=True,
        advocate_offered=True,
        advocate_accepted=True,
        advocate_organisation="AAFDA",
        contributed_to_terms=True,
        met_panel_on=datetime.date(2023, 6, 12),
        read_draft_on=datetime.date(2024, 10, 1),
        victim_pseudonym_chosen="Louise",
        notes="Met with her AAFDA advocate present; chose the pseudonym Louise.",
    )
    FamilyContact.objects.create(
        review=review,
        person=people["Sam Pretend"],
        contacted_on=datetime.date(2023, 3, 1),
        method=ContactMethod.ADVOCATE,
        contacted_by=chair,
        leaflet_given=True,
        leaflet_given_on=datetime.date(2023, 3, 1),
        advocate_offered=True,
        advocate_accepted=True,
        advocate_organisation="AAFDA",
        contributed_to_terms=True,
        read_draft_on=datetime.date(2024, 10, 8),
        victim_pseudonym_chosen="Louise",
    )
    FamilyContact.objects.create(
        review=review,
        person=people["Wendy Workmate"],
        contacted_on=datetime.date(2023, 5, 15),
        method=ContactMethod.EMAIL,
        contacted_by=chair,
        advocate_offered=True,
        declined=True,
        notes="Thanked the panel and preferred not to take part.",
    )
    FamilyContact.objects.create(
        review=review,
        person=people["Freya Friendly"],
        contacted_on=datetime.date(2023, 5, 2),
        method=ContactMethod.PHONE,
        contacted_by=chair,
        leaflet_given=True,
        advocate_offered=True,
        met_panel_on=datetime.date(2023, 6, 12),
        notes="Described the victim's isolation from friends in the last year.",
    )
