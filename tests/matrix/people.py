"""People, relationships, the family contact log, the genogram and the register.

Real names: the coordinator and the independent chair change them; the CSP
chair and panel members read them; IMR authors and the Home Office QA reader
see none of it.
"""

from __future__ import annotations

import datetime
from typing import Any

from conftest import World
from dhr.people.models import FamilyContact, Person, Relationship
from tests.matrix import EDITORS, Row, review_kwargs

PEOPLE_READERS = {"coordinator", "csp_chair", "independent_chair", "panel_member"}


def _person(w: World, name: str = "Vera Victimson", role: str = "victim") -> Person:
    return Person.objects.create(review=w.review, name=name, role=role)


def person_kwargs(w: World) -> dict[str, Any]:
    return {"review_id": w.review.pk, "person_id": _person(w).pk}


def relationship_kwargs(w: World) -> dict[str, Any]:
    tie = Relationship.objects.create(
        review=w.review,
        from_person=_person(w),
        to_person=_person(w, "Mo Motherly", "family"),
        kind="parent",
    )
    return {"review_id": w.review.pk, "relationship_id": tie.pk}


def contact_kwargs(w: World) -> dict[str, Any]:
    contact = FamilyContact.objects.create(
        review=w.review,
        person=_person(w, "Mo Motherly", "family"),
        contacted_on=datetime.date(2025, 2, 1),
        method="letter",
        contacted_by="the independent chair",
    )
    return {"review_id": w.review.pk, "contact_id": contact.pk}


ROWS: dict[str, Row] = {
    "people:list": Row(review_kwargs, PEOPLE_READERS),
    "people:person_add": Row(review_kwargs, EDITORS),
    "people:person_edit": Row(person_kwargs, EDITORS),
    "people:subject_access": Row(person_kwargs, EDITORS, method="post"),
    "people:relationship_add": Row(review_kwargs, EDITORS),
    "people:relationship_remove": Row(relationship_kwargs, EDITORS, method="post", ok=302),
    "people:contacts": Row(review_kwargs, PEOPLE_READERS),
    "people:contact_add": Row(review_kwargs, EDITORS),
    "people:contact_edit": Row(contact_kwargs, EDITORS),
    "people:genogram": Row(review_kwargs, PEOPLE_READERS),
    "people:genogram_svg": Row(review_kwargs, PEOPLE_READERS),
    "people:register": Row(review_kwargs, EDITORS),
}
