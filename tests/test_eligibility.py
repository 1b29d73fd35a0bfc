"""The section 9 check: each criterion met, not met or unknown, with its reason."""

from __future__ import annotations

import pytest

from dhr.reviews.eligibility import Facts, Met, Outcome, assess_eligibility
from dhr.reviews.models import Answer, Relationship

Y, N, U = Answer.YES, Answer.NO, Answer.UNKNOWN
PARTNER_KILLING = Facts(
    age=34,
    relationship=Relationship.CURRENT_PARTNER,
    same_household=Y,
    death_from_abuse=Y,
    suicide_with_abuse_history=N,
)


def facts(**changes: object) -> Facts:
    return Facts(**{**PARTNER_KILLING.__dict__, **changes})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("case", "given", "results", "outcome", "reason"),
    [
        (
            "partner homicide",
            PARTNER_KILLING,
            ("met", "met", "met"),
            Outcome.ELIGIBLE,
            "is in an intimate personal relationship",
        ),
        (
            "15-year-old",
            facts(age=15, relationship=Relationship.RELATIVE),
            ("not_met", "met", "met"),
            Outcome.NOT_ELIGIBLE,
            "The victim was 15: section 9 covers deaths of people aged 16 or over",
        ),
        ("16-year-old", facts(age=16), ("met", "met", "met"), Outcome.ELIGIBLE, "aged 16 or over"),
        (
            "former partner, living apart",
            facts(relationship=Relationship.FORMER_PARTNER, same_household=N),
            ("met", "met", "met"),
            Outcome.ELIGIBLE,
            "had been in an intimate personal relationship",
        ),
        (
            "household member, not related",
            facts(relationship=Relationship.HOUSEHOLD, same_household=Y),
            ("met", "met", "met"),
            Outcome.ELIGIBLE,
            "household members even when they are not related",
        ),
        (
            "household member said not to share the household",
            facts(relationship=Relationship.HOUSEHOLD, same_household=N),
            ("met", "unknown", "met"),
            Outcome.NEEDS_INFORMATION,
            "check which is right",
        ),
        (
            "lodger: no relationship but same household",
            facts(relationship=Relationship.NONE_OTHER, same_household=Y),
            ("met", "met", "met"),
            Outcome.ELIGIBLE,
            "lived in the same household",
        ),
        (
            "acquaintance living elsewhere",
            facts(relationship=Relationship.NONE_OTHER, same_household=N),
            ("met", "not_met", "met"),
            Outcome.NOT_ELIGIBLE,
            "did not live in the same household",
        ),
        (
            "no relationship, household not known",
            facts(relationship=Relationship.NONE_OTHER, same_household=U),
            ("met", "unknown", "met"),
            Outcome.NEEDS_INFORMATION,
            "not known yet whether they lived in the same household",
        ),
        (
            "unknown age",
            facts(age=None),
            ("unknown", "met", "met"),
            Outcome.NEEDS_INFORMATION,
            "The victim's age is not recorded yet",
        ),
        (
            "death not from violence, abuse or neglect",
            facts(death_from_abuse=N, suicide_with_abuse_history=N),
            ("met", "met", "not_met"),
            Outcome.NOT_ELIGIBLE,
            "did not result, and does not appear to have resulted",
        ),
        (
            "suicide after domestic abuse",
            facts(death_from_abuse=N, suicide_with_abuse_history=Y),
            ("met", "met", "met"),
            Outcome.ELIGIBLE,
            "taken their own life after domestic abuse",
        ),
        (
            "cause not known",
            facts(death_from_abuse=U, suicide_with_abuse_history=U),
            ("met", "met", "unknown"),
            Outcome.NEEDS_INFORMATION,
            "not known yet whether the death resulted",
        ),
        (
            "not from abuse, suicide question open",
            facts(death_from_abuse=N, suicide_with_abuse_history=U),
            ("met", "met", "unknown"),
            Outcome.NEEDS_INFORMATION,
            "whether it was a suicide after domestic abuse",
        ),
        (
            "nothing known yet",
            Facts(),
            ("unknown", "unknown", "unknown"),
            Outcome.NEEDS_INFORMATION,
            "relationship between the victim and the suspected perpetrator is not known",
        ),
        (
            "not met beats not known",
            facts(age=12, relationship=Relationship.UNKNOWN),
            ("not_met", "unknown", "met"),
            Outcome.NOT_ELIGIBLE,
            "child safeguarding practice review",
        ),
    ],
    ids=lambda v: v if isinstance(v, str) and " " in v else "",
)
def test_assessment(
    case: str, given: Facts, results: tuple[str, str, str], outcome: Outcome, reason: str
) -> None:
    assessment = assess_eligibility(given)
    assert tuple(c.result.value for c in assessment.criteria) == results
    assert [c.key for c in assessment.criteria] == ["age", "relationship", "cause"]
    assert assessment.outcome == outcome
    assert any(reason in c.reason for c in assessment.criteria), [
        c.reason for c in assessment.criteria
    ]
    for criterion in assessment.criteria:
        assert criterion.reason.endswith("."), "reasons are plain sentences"


def test_summary_names_the_failed_and_missing_criteria() -> None:
    assert "aged 16 or over" in assess_eligibility(facts(age=15)).summary
    missing = assess_eligibility(facts(age=None, death_from_abuse=U, suicide_with_abuse_history=U))
    assert missing.summary.startswith("Still to find out: Was the person who died aged 16")
    assert "violence, abuse or neglect" in missing.summary
    assert assess_eligibility(PARTNER_KILLING).summary.startswith("All three criteria")


def test_other_reviews_add_notes_but_never_change_the_outcome() -> None:
    assessment = assess_eligibility(PARTNER_KILLING, ["inquest", "criminal", "sar"])
    assert assessment.outcome == Outcome.ELIGIBLE
    assert len(assessment.notes) == 3
    assert assessment.notes[0].startswith("An inquest is under way")
    assert Met.MET.label == "Met" and Outcome.NEEDS_INFORMATION.label.startswith("More")
