"""The section 9 eligibility check, as a pure function of the facts.

Section 9 of the Domestic Violence, Crime and Victims Act 2004: a review of
the circumstances in which the death of a person aged 16 or over has, or
appears to have, resulted from violence, abuse or neglect by (a) a person to
whom they were related or with whom they were or had been in an intimate
personal relationship, or (b) a member of the same household.

`assess_eligibility` shows its reasoning; it never decides. The CSP chair
decides, and records why (see `services.do_record_decision`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from dhr.reviews.models import Answer, Relationship, ReviewType

ADULT_AGE = 16


class Met(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return {"met": "Met", "not_met": "Not met", "unknown": "Not known"}[self.value]


class Outcome(StrEnum):
    ELIGIBLE = "eligible"
    NOT_ELIGIBLE = "not_eligible"
    NEEDS_INFORMATION = "needs_information"

    @property
    def label(self) -> str:
        return {
            "eligible": "The criteria for a review appear to be met",
            "not_eligible": "The criteria for a review are not met",
            "needs_information": "More information is needed",
        }[self.value]


@dataclass(frozen=True)
class Facts:
    """What the CSP knows; `None` and "unknown" both mean not known yet."""

    age: int | None = None
    relationship: str = Relationship.UNKNOWN
    same_household: str = Answer.UNKNOWN
    death_from_abuse: str = Answer.UNKNOWN
    suicide_with_abuse_history: str = Answer.UNKNOWN

    @classmethod
    def from_notification(cls, notification: Any) -> Facts:
        if notification is None:
            return cls()
        return cls(
            age=notification.victim_age,
            relationship=notification.relationship,
            same_household=notification.same_household,
            death_from_abuse=notification.death_from_abuse,
            suicide_with_abuse_history=notification.suicide_with_abuse_history,
        )


@dataclass(frozen=True)
class Criterion:
    key: str
    question: str
    result: Met
    reason: str


@dataclass(frozen=True)
class Assessment:
    criteria: tuple[Criterion, ...]
    outcome: Outcome
    notes: tuple[str, ...] = field(default=())

    @property
    def summary(self) -> str:
        if self.outcome == Outcome.ELIGIBLE:
            return "All three criteria of section 9 appear to be met."
        if self.outcome == Outcome.NOT_ELIGIBLE:
            failed = [c.question for c in self.criteria if c.result == Met.NOT_MET]
            return "Not met: " + "; ".join(failed) + "."
        unknown = [c.question for c in self.criteria if c.result == Met.UNKNOWN]
        return "Still to find out: " + "; ".join(unknown) + "."


def assess_age(facts: Facts) -> Criterion:
    question = "Was the person who died aged 16 or over?"
    if facts.age is None:
        return Criterion("age", question, Met.UNKNOWN, "The victim's age is not recorded yet.")
    if facts.age < ADULT_AGE:
        return Criterion(
            "age",
            question,
            Met.NOT_MET,
            f"The victim was {facts.age}: section 9 covers deaths of people aged 16 or over. "
            "The death of a child is reviewed through a child safeguarding practice review.",
        )
    return Criterion("age", question, Met.MET, f"The victim was {facts.age}, so aged 16 or over.")


def assess_relationship(facts: Facts) -> Criterion:
    question = (
        "Was the suspected perpetrator a relative, a current or former intimate partner, "
        "or a member of the same household?"
    )
    rel, household = facts.relationship, facts.same_household
    if rel in {Relationship.CURRENT_PARTNER, Relationship.FORMER_PARTNER}:
        when = "is" if rel == Relationship.CURRENT_PARTNER else "had been"
        return Criterion(
            "relationship",
            question,
            Met.MET,
            f"The suspected perpetrator {when} in an intimate personal relationship with the "
            "victim; section 9 covers current and former partners alike.",
        )
    if rel == Relationship.RELATIVE:
        return Criterion(
            "relationship",
            question,
            Met.MET,
            "The suspected perpetrator was related to the victim.",
        )
    if rel == Relationship.HOUSEHOLD:
        if household == Answer.NO:
            return Criterion(
                "relationship",
                question,
                Met.UNKNOWN,
                "The suspected perpetrator is recorded as a member of the household, but the "
                "facts also say they did not live in the same household: check which is right.",
            )
        return Criterion(
            "relationship",
            question,
            Met.MET,
            "The suspected perpetrator was a member of the same household; section 9 covers "
            "household members even when they are not related.",
        )
    if rel == Relationship.NONE_OTHER:
        if household == Answer.YES:
            return Criterion(
                "relationship",
                question,
                Met.MET,
                "The suspected perpetrator was not a relative or partner, but lived in the same "
                "household as the victim.",
            )
        if household == Answer.NO:
            return Criterion(
                "relationship",
                question,
                Met.NOT_MET,
                "The suspected perpetrator was not a relative or an intimate partner (current "
                "or former) and did not live in the same household.",
            )
        return Criterion(
            "relationship",
            question,
            Met.UNKNOWN,
            "The suspected perpetrator was not a relative or partner; it is not known yet "
            "whether they lived in the same household.",
        )
    return Criterion(
        "relationship",
        question,
        Met.UNKNOWN,
        "The relationship between the victim and the suspected perpetrator is not known yet.",
    )


def assess_cause(facts: Facts) -> Criterion:
    question = "Did the death result, or appear to result, from violence, abuse or neglect?"
    if facts.death_from_abuse == Answer.YES:
        return Criterion(
            "cause",
            question,
            Met.MET,
            "The death resulted, or appears to have resulted, from violence, abuse or neglect.",
        )
    if facts.suicide_with_abuse_history == Answer.YES:
        return Criterion(
            "cause",
            question,
            Met.MET,
            "The victim appears to have taken their own life after domestic abuse; such a "
            "death may have resulted from abuse, and deaths by suicide where domestic abuse "
            "contributed are reviewed.",
        )
    if facts.death_from_abuse == Answer.NO and facts.suicide_with_abuse_history == Answer.NO:
        return Criterion(
            "cause",
            question,
            Met.NOT_MET,
            "The death did not result, and does not appear to have resulted, from violence, "
            "abuse or neglect, and it was not a suicide with a history of domestic abuse.",
        )
    return Criterion(
        "cause",
        question,
        Met.UNKNOWN,
        "It is not known yet whether the death resulted from violence, abuse or neglect"
        + (
            "."
            if facts.death_from_abuse == Answer.UNKNOWN
            else ", or whether it was a suicide after domestic abuse."
        ),
    )


PROCEEDING_NOTES: dict[str, str] = {
    ReviewType.SAR: "A safeguarding adults review is also under way: agree how the two "
    "reviews will share information, or whether to hold one joint review.",
    ReviewType.CSPR: "A child safeguarding practice review is also under way: agree how the "
    "two reviews will work together.",
    ReviewType.MHHR: "A mental health homicide review is also under way: agree how the two "
    "reviews will share information and avoid asking the family the same questions twice.",
    ReviewType.INQUEST: "An inquest is under way: tell the coroner about the review; its "
    "timing may need to fit around the inquest.",
    ReviewType.CRIMINAL: "Criminal proceedings are under way: agree with the police and the "
    "Crown Prosecution Service what the review may do before they end.",
}


def assess_eligibility(facts: Facts, other_reviews: list[str] | None = None) -> Assessment:
    """Each of the three criteria as met, not met or not known, and the outcome.

    `other_reviews` (kinds of `ReviewType`) adds notes for the CSP chair; it
    never changes the outcome.
    """
    criteria = (assess_age(facts), assess_relationship(facts), assess_cause(facts))
    results = {c.result for c in criteria}
    if Met.NOT_MET in results:
        outcome = Outcome.NOT_ELIGIBLE
    elif Met.UNKNOWN in results:
        outcome = Outcome.NEEDS_INFORMATION
    else:
        outcome = Outcome.ELIGIBLE
    notes = tuple(
        PROCEEDING_NOTES[kind] for kind in other_reviews or [] if kind in PROCEEDING_NOTES
    )
    return Assessment(criteria=criteria, outcome=outcome, notes=notes)
