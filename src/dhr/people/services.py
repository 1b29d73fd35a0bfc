"""Recording the people a review is about, their ties and the family contact log.

These are real names. Every read of a page that shows them is audited
(`record_view`), and audit summaries name a person only by role and number,
so the audit trail does not become a second list of names.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest

from dhr.audit import services as audit
from dhr.people.genogram import GenoPerson, GenoTie, public_labels
from dhr.people.models import (
    FamilyContact,
    Person,
    PersonRole,
    Relationship,
    RelationshipKind,
)
from dhr.reviews.models import Review

SYMMETRIC_KINDS = {k for k in RelationshipKind.values if k != RelationshipKind.PARENT}


def _who(person: Person) -> str:
    """A person as the audit trail names them: role and number, never the name."""
    return f"{person.get_role_display().lower()} (person {person.pk})"


def record_view(actor: Any, review: Review, what: str, request: HttpRequest | None) -> None:
    """Every read of real names leaves a record."""
    audit.record(actor, "people.view", f"Viewed {what}", review=review, request=request)


# People -------------------------------------------------------------------


def check_person(review: Review, person: Person) -> None:
    name = person.name.strip()
    if not name:
        raise ValidationError({"name": "Enter the person's name"})
    others = Person.objects.filter(review=review).exclude(pk=person.pk)
    if others.filter(name__iexact=name).exists():
        raise ValidationError({"name": f"{name} is already recorded in this review"})
    for other in others:
        if name.casefold() in {a.casefold() for a in other.alias_list}:
            raise ValidationError(
                {"name": f"{name} is already recorded as another name of {other.name}"}
            )
    own = {a.casefold() for a in person.alias_list}
    if name.casefold() in own:
        raise ValidationError({"aliases": "Other names should not repeat the person's name"})
    if person.date_of_birth and person.date_of_birth > datetime.date.today():
        raise ValidationError({"date_of_birth": "Date of birth must be in the past"})


def do_save_person(
    actor: Any,
    review: Review,
    person: Person,
    changed: list[str] | None = None,
    request: HttpRequest | None = None,
) -> Person:
    if person.pk is not None and person.review_id != review.pk:
        raise ValidationError("This person belongs to another review")
    person.review = review
    person.name = person.name.strip()
    person.aliases = ", ".join(person.alias_list)
    person.pseudonym = person.pseudonym.strip()
    check_person(review, person)
    created = person.pk is None
    with transaction.atomic():
        person.save()
        audit.record(
            actor,
            "people.add" if created else "people.change",
            f"{'Added' if created else 'Changed'} {_who(person)}",
            review=review,
            target=person,
            detail={"changed": sorted(changed or [])},
            request=request,
        )
    return person


# Relationships ------------------------------------------------------------


def check_relationship(review: Review, tie: Relationship) -> None:
    """Both people belong to this review, are two people, and the tie is new."""
    errors: dict[str, str] = {}
    if tie.from_person_id is None:
        errors["from_person"] = "Choose the first person"
    elif tie.from_person.review_id != review.pk:
        errors["from_person"] = "Choose a person recorded in this review"
    if tie.to_person_id is None:
        errors["to_person"] = "Choose the second person"
    elif tie.to_person.review_id != review.pk:
        errors["to_person"] = "Choose a person recorded in this review"
    if errors:
        raise ValidationError(errors)
    if tie.from_person_id == tie.to_person_id:
        raise ValidationError(
            {"to_person": "Choose a different person: a relationship is between two people"}
        )
    ties = Relationship.objects.filter(review=review).exclude(pk=tie.pk)
    same = ties.filter(kind=tie.kind, from_person=tie.from_person, to_person=tie.to_person)
    if tie.kind in SYMMETRIC_KINDS:
        same = same | ties.filter(
            kind=tie.kind, from_person=tie.to_person, to_person=tie.from_person
        )
    if same.exists():
        raise ValidationError(
            {"to_person": "This relationship between these two people is already recorded"}
        )
    if tie.kind == RelationshipKind.PARENT and _is_ancestor(
        review, tie.to_person_id, tie.from_person_id, tie.pk
    ):
        raise ValidationError(
            {
                "to_person": (
                    f"{tie.to_person.name} is already recorded as a parent or grandparent "
                    f"of {tie.from_person.name}"
                )
            }
        )


def _is_ancestor(review: Review, ancestor: int, person: int, exclude: int | None) -> bool:
    edges = (
        Relationship.objects.filter(review=review, kind=RelationshipKind.PARENT)
        .exclude(pk=exclude or 0)
        .values_list("from_person_id", "to_person_id")
    )
    parents: dict[int, set[int]] = {}
    for parent, child in edges:
        parents.setdefault(child, set()).add(parent)
    seen, stack = {person}, [person]
    while stack:
        for parent in parents.get(stack.pop(), set()) - seen:
            if parent == ancestor:
                return True
            seen.add(parent)
            stack.append(parent)
    return False


def do_add_relationship(
    actor: Any, review: Review, tie: Relationship, request: HttpRequest | None = None
) -> Relationship:
    check_relationship(review, tie)
    with transaction.atomic():
        tie.review = review
        tie.save()
        audit.record(
            actor,
            "people.relationship_add",
            f"Recorded {_who(tie.from_person)} – {tie.get_kind_display().lower()} – "
            f"{_who(tie.to_person)}",
            review=review,
            target=tie,
            request=request,
        )
    return tie


def do_remove_relationship(
    actor: Any, tie: Relationship, request: HttpRequest | None = None
) -> None:
    with transaction.atomic():
        audit.record(
            actor,
            "people.relationship_remove",
            f"Removed {_who(tie.from_person)} – {tie.get_kind_display().lower()} – "
            f"{_who(tie.to_person)}",
            review=tie.review,
            target=tie,
            request=request,
        )
        tie.delete()


# Family contact log -------------------------------------------------------


def check_contact(review: Review, contact: FamilyContact) -> None:
    errors: dict[str, str] = {}
    if contact.person_id is None or contact.person.review_id != review.pk:
        errors["person"] = "Choose a person recorded in this review"
    elif contact.person.role == PersonRole.VICTIM:
        errors["person"] = "Choose a family member, friend or colleague, not the victim"
    if contact.contacted_on and contact.contacted_on > datetime.date.today():
        errors["contacted_on"] = "Date of contact must be today or in the past"
    if contact.leaflet_given_on and not contact.leaflet_given:
        errors["leaflet_given"] = "Tick 'Home Office leaflet given' or remove the date it was given"
    if contact.advocate_accepted and not contact.advocate_offered:
        errors["advocate_offered"] = (
            "A specialist advocate can only be accepted if one was offered: tick 'offered'"
        )
    if contact.advocate_accepted and not contact.advocate_organisation.strip():
        errors["advocate_organisation"] = (
            "Enter the advocacy organisation they accepted, for example AAFDA"
        )
    if contact.declined and (contact.met_panel_on or contact.read_draft_on):
        errors["declined"] = (
            "Someone who declined to be involved did not meet the panel or read the draft: "
            "untick 'declined' or remove those dates"
        )
    if errors:
        raise ValidationError(errors)


def do_save_contact(
    actor: Any,
    review: Review,
    contact: FamilyContact,
    changed: list[str] | None = None,
    request: HttpRequest | None = None,
) -> FamilyContact:
    if contact.pk is not None and contact.review_id != review.pk:
        raise ValidationError("This contact belongs to another review")
    check_contact(review, contact)
    created = contact.pk is None
    with transaction.atomic():
        contact.review = review
        contact.save()
        audit.record(
            actor,
            "people.contact_add" if created else "people.contact_change",
            f"{'Logged' if created else 'Changed'} contact with {_who(contact.person)} "
            f"on {contact.contacted_on:%d %B %Y}",
            review=review,
            target=contact,
            detail={"changed": sorted(changed or [])},
            request=request,
        )
    return contact


@dataclass(frozen=True)
class FamilySummary:
    people: int
    family_and_friends: int
    contacted: int
    leaflet_given: int
    advocate_accepted: int
    contributed_to_terms: int
    met_panel: int
    read_draft: int
    declined: int


def family_summary(review: Review) -> FamilySummary:
    """How far the family and friends were involved: counts of people, not contacts."""
    contacts = FamilyContact.objects.filter(review=review)

    def people_who(**filters: Any) -> int:
        return contacts.filter(**filters).values("person").distinct().count()

    people = Person.objects.filter(review=review)
    return FamilySummary(
        people=people.count(),
        family_and_friends=people.exclude(
            role__in=[PersonRole.VICTIM, PersonRole.PERPETRATOR]
        ).count(),
        contacted=people_who(),
        leaflet_given=people_who(leaflet_given=True),
        advocate_accepted=people_who(advocate_accepted=True),
        contributed_to_terms=people_who(contributed_to_terms=True),
        met_panel=people_who(met_panel_on__isnull=False),
        read_draft=people_who(read_draft_on__isnull=False),
        declined=people_who(declined=True),
    )


# Genogram -----------------------------------------------------------------


def labels_for(review: Review, people: list[Person]) -> dict[int, str]:
    """What each person is called in anything published."""
    return public_labels(
        ((p.pk, p.role, p.pseudonym) for p in people), review.victim_pseudonym or ""
    )


def genogram_data(review: Review, publishable: bool) -> tuple[list[GenoPerson], list[GenoTie]]:
    people = list(Person.objects.filter(review=review).order_by("id"))
    public = labels_for(review, people)
    geno_people = [
        GenoPerson(
            id=p.pk,
            label=public[p.pk] if publishable else p.name,
            role=p.role,
            role_label=p.get_role_display(),
            sex=p.sex,
            deceased=p.is_deceased,
        )
        for p in people
    ]
    ties = [
        GenoTie(
            from_id=t.from_person_id,
            to_id=t.to_person_id,
            kind=t.kind,
            kind_label=t.get_kind_display().lower(),
            lives_together=t.lives_together,
        )
        for t in Relationship.objects.filter(review=review).order_by("id")
    ]
    return geno_people, ties
