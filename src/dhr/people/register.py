"""The case register the redaction engine reads: who must never be named.

`register_for_review` gives the YAML shape of docs/redaction.md:

    people:
      - {name: Marie Doyle, aliases: [Mimi, Marie Kent], role: victim, pseudonym: Louise}
    details:
      - {label: DATE_OF_BIRTH, text: "7 March 1990"}

Each person's pseudonym is the one the genogram's publishable version uses,
so a published report and its diagram call everyone by the same name. Dates
of birth are listed in the ways agencies write them.
"""

from __future__ import annotations

import datetime
from typing import Any

import yaml

from dhr.people.models import Person, PersonRole, RegisterTerm
from dhr.people.services import labels_for
from dhr.reviews.models import Review

# The engine knows: victim, perpetrator, family, friend, staff, other.
ENGINE_ROLES = {
    PersonRole.VICTIM: "victim",
    PersonRole.PERPETRATOR: "perpetrator",
    PersonRole.FAMILY: "family",
    PersonRole.CHILD: "family",
    PersonRole.FRIEND: "friend",
    PersonRole.COLLEAGUE: "other",
    PersonRole.NEIGHBOUR: "other",
    PersonRole.OTHER: "other",
}


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def date_forms(day: datetime.date) -> list[str]:
    """The ways a date of birth appears in agencies' records and reports."""
    d, m, y = day.day, day.month, day.year
    month, mon = day.strftime("%B"), day.strftime("%b")
    forms = [
        f"{d:02d}/{m:02d}/{y}",
        f"{d}/{m}/{y}",
        f"{d:02d}/{m:02d}/{y % 100:02d}",
        f"{d:02d}-{m:02d}-{y}",
        f"{d:02d}.{m:02d}.{y}",
        day.isoformat(),
        f"{d} {month} {y}",
        f"{_ordinal(d)} {month} {y}",
        f"{_ordinal(d)} of {month} {y}",
        f"{d} {mon} {y}",
        f"{month} {d}, {y}",
    ]
    return list(dict.fromkeys(forms))


def register_for_review(review: Review) -> dict[str, Any]:
    people = list(Person.objects.filter(review=review).order_by("id"))
    pseudonyms = labels_for(review, people)
    entries: list[dict[str, Any]] = []
    details: list[dict[str, str]] = []
    for person in people:
        entries.append(
            {
                "name": person.name,
                "aliases": person.alias_list,
                "role": ENGINE_ROLES.get(PersonRole(person.role), "other"),
                "pseudonym": pseudonyms[person.pk],
            }
        )
        if person.date_of_birth:
            details += [
                {"label": "DATE_OF_BIRTH", "text": text}
                for text in date_forms(person.date_of_birth)
            ]
    details += [
        {"label": term.kind, "text": term.text}
        for term in RegisterTerm.objects.filter(review=review).order_by("id")
    ]
    return {"people": entries, "details": details}


def register_yaml(review: Review) -> str:
    header = (
        f"# Redaction register for {review.full_reference}. CONFIDENTIAL: real names.\n"
        "# Read by `dhr redact --register register.yaml`.\n"
    )
    body = yaml.safe_dump(
        register_for_review(review), sort_keys=False, allow_unicode=True, width=1000
    )
    return header + body
