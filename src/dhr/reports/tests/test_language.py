"""The language check: sentences that must be flagged, and sentences that must not."""

from __future__ import annotations

import pytest

from dhr.reports import language

FLAGGED = [
    ("She chose to stay with him despite the assaults.", "chose_to_stay"),
    ("Louise decided to return to the flat in March.", "chose_to_stay"),
    ("She failed to leave the relationship.", "failed_to_leave"),
    ("Louise refused to leave the house.", "failed_to_leave"),
    ("She failed to engage with the IDVA service.", "failed_to_engage"),
    ("They had a volatile relationship.", "volatile_relationship"),
    ("Neighbours described a stormy marriage.", "volatile_relationship"),
    ("Police attended a domestic at the address.", "domestic_noun"),
    ("Officers were called to another domestic.", "domestic_noun"),
    ("There had been several domestics that year.", "domestic_noun"),
    ("The panel finds the GP culpable.", "culpable"),
    ("The question of culpability is considered below.", "culpable"),
    ("The housing officer was to blame.", "to_blame"),
    ("The ward's response was negligent.", "at_fault"),
    ("Children's services were at fault.", "at_fault"),
    ("No agency was responsible for her death.", "responsible_for_death"),
    ("It was a crime of passion.", "crime_of_passion"),
    ("He said she provoked him.", "crime_of_passion"),
]

NOT_FLAGGED = [
    "Louise stayed because leaving was the most dangerous time.",
    "Police attended a report of domestic abuse at the address.",
    "The domestic homicide review panel met six times.",
    "The domestic abuse coordinator chaired the MARAC.",
    "A domestic violence protection notice was issued.",
    "Agencies did not ask about coercive control.",
    "The officers did not complete a DASH risk assessment.",
    "She chose a new school for her son.",
    "Adult B pleaded guilty to murder and was sentenced in May 2024.",
    "The panel considered what could have been done differently.",
    "Louise told her GP she wanted to leave but feared for her children.",
    "The agency failed to follow its own policy on routine enquiry.",
]


@pytest.mark.parametrize(("sentence", "rule"), FLAGGED)
def test_flags(sentence: str, rule: str) -> None:
    flags = language.check(sentence)
    assert [f.rule for f in flags] == [rule]
    flag = flags[0]
    assert sentence[flag.start : flag.end] == flag.text
    assert flag.why


@pytest.mark.parametrize("sentence", NOT_FLAGGED)
def test_does_not_flag(sentence: str) -> None:
    assert language.check(sentence) == []


def test_real_names_flagged_whole_words_with_the_pseudonym_to_use() -> None:
    names = {"Marie Doyle": "Louise", "Marie": "Louise", "Mimi": "Louise", "Doyle": "Louise"}
    text = "Marie Doyle saw the GP. Mimi's sister rang. Mimicry is not a name. Doyles Lane."
    flags = language.check(text, names)
    assert [(f.rule, f.text) for f in flags] == [
        ("real_name", "Marie Doyle"),
        ("real_name", "Mimi"),
    ]
    assert "Louise" in flags[0].instead


def test_identity_ignores_case_and_spacing_so_dismissals_survive_edits() -> None:
    one = language.check("They had a volatile  relationship.")[0]
    two = language.check("Earlier text. They had a Volatile relationship.")[0]
    assert one.identity == two.identity
    assert language.undismissed([two], {one.identity}) == []


def test_coercive_control_defined_only_when_named() -> None:
    assert language.coercive_control_defined("No mention here.") is None
    assert language.coercive_control_defined("Evidence of coercive control.") is False
    assert (
        language.coercive_control_defined(
            "Coercive control is defined as an offence by section 76 of the Serious Crime Act 2015."
        )
        is True
    )
