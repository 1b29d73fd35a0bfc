"""Text typed for a public page must not name anyone in the review's register.

The redaction engine's own register matching finds the names (every form of a
registered name and alias its matcher knows, in any case), over the text as a
reader sees it (`normalise`: invisible characters, look-alike letters and
letter-spaced words undone) with every run of spaces and line breaks made one
space, so "JOHN \\n\\n smith" is John Smith. The error names the person's role
and pseudonym, never the name matched; nothing here logs or audits the text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from django.core.exceptions import ValidationError

from dhr.people.models import Person, PersonRole
from dhr.people.services import labels_for
from dhr.redaction.matching import fold
from dhr.redaction.normalise import normalise
from dhr.redaction.register import Person as RegisteredPerson
from dhr.redaction.register import Register, build_person_matcher
from dhr.reviews.models import Review

WHITESPACE_RE = re.compile(r"\s+")

ROLE_WORDS = {
    PersonRole.VICTIM: "the victim",
    PersonRole.PERPETRATOR: "the perpetrator",
    PersonRole.FAMILY: "a family member",
    PersonRole.FRIEND: "a friend",
    PersonRole.COLLEAGUE: "a colleague or employer",
    PersonRole.NEIGHBOUR: "a neighbour",
    PersonRole.CHILD: "a child",
    PersonRole.OTHER: "a person in the review",
}


def as_read(text: str) -> str:
    return WHITESPACE_RE.sub(" ", normalise(WHITESPACE_RE.sub(" ", text))).strip()


class PublicTextChecker:
    """The review's register, built once, checked against any number of texts."""

    def __init__(self, review: Review) -> None:
        self.people = list(Person.objects.filter(review=review).order_by("id"))
        self.pseudonyms = labels_for(review, self.people)
        self.matcher = build_person_matcher(
            Register(
                people=[
                    RegisteredPerson(name=p.name, aliases=p.alias_list, role="other")
                    for p in self.people
                ]
            )
        )
        allowed = [*self.pseudonyms.values(), review.victim_pseudonym or ""]
        self.allowed = {fold(as_read(a)) for a in allowed if a.strip()}

    def named(self, text: str) -> Person | None:
        """The first registered person the text names, if any."""
        if not text.strip() or not self.people:
            return None
        for hit in self.matcher.find(as_read(text)):
            if fold(as_read(hit.text)) in self.allowed:
                continue  # a pseudonym that is also a registered name's part
            index = int(hit.entry.key.removeprefix("reg:"))
            return self.people[index]
        return None

    def message(self, person: Person) -> str:
        role = ROLE_WORDS.get(PersonRole(person.role), "a person in the review")
        return (
            f"This names a person in the review's register ({role}): "
            f"use their pseudonym, {self.pseudonyms[person.pk]}"
        )

    def check(self, fields: Mapping[str, str]) -> None:
        errors: dict[str, str] = {}
        for field, text in fields.items():
            person = self.named(text or "")
            if person is not None:
                errors[field] = self.message(person)
        if errors:
            raise ValidationError(errors)


def check_public_text(review: Review, fields: Mapping[str, str]) -> None:
    """Refuse, field by field, any public text that names a registered person."""
    PublicTextChecker(review).check(fields)
