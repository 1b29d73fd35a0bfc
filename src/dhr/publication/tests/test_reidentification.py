"""Details left in a redacted report that could still identify the people in it.

Pure functions: no database, no Django.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dhr.publication.reidentification import (
    EXCERPT_LIMIT,
    OCCUPATIONS,
    Warning,
    reidentification_warnings,
    summarise,
)

PSEUDONYMS = ("Adult A", "Adult B", "Louise", "Child 1", "Child 2")


def found(text: str, pseudonyms=PSEUDONYMS, places=()) -> list[tuple[str, str]]:
    """(kind, detail) for each warning, the detail read back through its offsets."""
    return [
        (w.kind, text[w.start : w.end])
        for w in reidentification_warnings(text, pseudonyms=pseudonyms, places=places)
    ]


def kinds(text: str, pseudonyms=PSEUDONYMS, places=()) -> list[str]:
    return [kind for kind, _ in found(text, pseudonyms, places)]


def assert_well_formed(text: str, warnings: list[Warning]) -> None:
    """Spans inside the text, in order, not overlapping; excerpts short."""
    for w in warnings:
        assert 0 <= w.start < w.end <= len(text)
        assert len(w.excerpt) <= EXCERPT_LIMIT
        assert w.why
    for a, b in itertools.pairwise(warnings):
        assert a.end <= b.start


# --- a realistic paragraph ------------------------------------------------------

PARAGRAPH = (
    "On 3 March 2023 Adult A was found at her home on Elm Road. She had lived in "
    "Little Snoring since March 2023 with her two children. Child 1, aged 7, attended "
    "St Mary's Primary School, and Child 2, a 14-month-old, went to Hill Top Nursery "
    "three mornings a week. Adult B was a professional footballer and was well known "
    "locally. Police had attended the address on 14/11/2022 after a neighbour called."
)


def test_a_redacted_paragraph_yields_each_detail_in_order_with_its_offsets() -> None:
    assert found(PARAGRAPH, places=["Little Snoring"]) == [
        ("date_with_pseudonym", "3 March 2023"),
        ("street", "Elm Road"),
        ("small_place", "Little Snoring"),
        ("child_age", "aged 7"),
        ("school", "St Mary's Primary School"),
        ("child_age", "14-month-old"),
        ("school", "Hill Top Nursery"),
        ("occupation", "professional footballer"),
        ("exact_date", "14/11/2022"),
    ]


def test_every_warning_explains_itself_naming_the_detail() -> None:
    warnings = reidentification_warnings(PARAGRAPH, PSEUDONYMS, ["Little Snoring"])
    for w in warnings:
        assert w.why.endswith(".")
        if w.kind != "date_with_pseudonym":
            assert PARAGRAPH[w.start : w.end] in w.why


def test_summarise_counts_warnings_by_kind() -> None:
    warnings = reidentification_warnings(PARAGRAPH, PSEUDONYMS, ["Little Snoring"])
    assert summarise(warnings) == {
        "date_with_pseudonym": 1,
        "street": 1,
        "small_place": 1,
        "child_age": 2,
        "school": 2,
        "occupation": 1,
        "exact_date": 1,
    }
    assert summarise([]) == {}


def test_text_with_nothing_identifying_has_no_warnings() -> None:
    text = (
        "In March 2023 Adult A told her GP's receptionist she felt unsafe. The panel "
        "considered whether the agencies shared information well enough."
    )
    assert kinds(text) == ["occupation"]  # "GP", and nothing else
    assert reidentification_warnings("") == []


# --- exact dates ------------------------------------------------------------------


@pytest.mark.parametrize(
    "date",
    [
        "3 March 2023",
        "3rd March 2023",
        "3rd of March, 2023",
        "March 3, 2023",
        "Sept. 3rd 2023",
        "03/03/2023",
        "3.3.23",
        "3-3-2023",
        "2023-03-03",
        "03/13/2023",  # month first, as an American agency wrote it
    ],
)
def test_a_full_calendar_date_is_an_exact_date(date: str) -> None:
    text = f"Police were called on {date} after a neighbour raised concerns."
    assert found(text) == [("exact_date", date)]


@pytest.mark.parametrize(
    "text",
    [
        "In March 2023 the family moved to a new area.",
        "The couple separated in 2021 and were reconciled by the summer of 2022.",
        "Between January and March 2023 there were four contacts with the practice.",
        "The software was upgraded to version 1.2.3 in 2020.",
        "Figures 12.45.23 and 31/31/2023 are not dates at all.",
        "The server at 10.1.12.5 logged the referral.",
    ],
)
def test_a_month_and_year_a_bare_year_or_a_non_date_is_not_a_warning(text: str) -> None:
    assert kinds(text) == []


def test_a_paragraph_number_that_reads_like_a_date_is_not_one() -> None:
    text = (
        "3.3.23 The panel reviewed the records held by the housing provider.\n"
        "4.1.12 As set out in paragraph 3.3.23, no referral was made (see 2.4.11)."
    )
    assert kinds(text) == []


def test_a_date_in_the_same_sentence_as_a_pseudonym_names_the_pseudonym() -> None:
    text = "On 3 March 2023 Adult A was found at her home."
    [warning] = reidentification_warnings(text, pseudonyms=["Adult A"])
    assert warning.kind == "date_with_pseudonym"
    assert warning.why == (
        "An exact date, next to the pseudonym 'Adult A', lets anyone match this review "
        "to a news report of the death."
    )


def test_the_nearest_pseudonym_in_the_sentence_is_the_one_named() -> None:
    text = "Adult B said that Louise had left on 3 March 2023 and not returned."
    [warning] = reidentification_warnings(text, pseudonyms=["Adult B", "Louise"])
    assert "'Louise'" in warning.why


def test_a_pseudonym_in_another_sentence_leaves_a_plain_exact_date() -> None:
    text = "Adult A had moved in with her sister. On 3 March 2023 police were called."
    assert kinds(text) == ["exact_date"]
    assert kinds("On 3 March 2023 Adult A was found.", pseudonyms=()) == ["exact_date"]


def test_the_full_stop_of_an_abbreviation_does_not_end_the_sentence() -> None:
    text = "Louise saw the nurse at St. Luke's surgery on 3 March 2023."
    assert kinds(text) == ["date_with_pseudonym"]


def test_a_pseudonym_is_found_whatever_its_case_or_spacing() -> None:
    assert kinds("On 3 March 2023 ADULT  A was found.") == ["date_with_pseudonym"]
    assert kinds("On 3 March 2023 Adult Ab was found.") == ["exact_date"]


# --- streets -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "street",
    [
        "Elm Road",
        "Station Street",
        "Church Lane",
        "Acacia Avenue",
        "The Crescent",
        "Bishop's Walk",
        "St John's Wood Road",
        "12 Elm Road",
        "Primrose Hill",
    ],
)
def test_a_named_street_is_a_street(street: str) -> None:
    text = f"Adult A lived with her two children at {street} for six years."
    assert found(text) == [("street", street)]


def test_the_first_word_of_a_sentence_is_not_part_of_the_street() -> None:
    assert found("On Friday Station Road was closed.") == [("street", "Station Road")]
    assert found("Later Elm Road was cordoned off.") == [("street", "Elm Road")]


def test_a_possessive_street_or_school_is_found_but_a_longer_word_is_not() -> None:
    assert found("Elm Road's residents were interviewed.") == [("street", "Elm Road")]
    assert found("Eastbridge Academy's staff raised concerns.") == [
        ("school", "Eastbridge Academy")
    ]
    assert kinds("The Elm Road-side verge was searched. Elm Roadhouse closed.") == []


def test_a_street_name_wrapped_onto_the_next_line_is_still_found() -> None:
    text = "She moved to Elm\nRoad in the spring."
    assert found(text) == [("street", "Elm\nRoad")]
    [warning] = reidentification_warnings(text)
    assert "Elm Road" in warning.excerpt


@pytest.mark.parametrize(
    "text",
    [
        "The road outside the house was busy.",
        "She walked along a busy street to the shop.",
        "The case was heard at the Crown Court and then the Magistrates' Court.",
        "The Way Forward sets out the panel's recommendations.",
        "Road safety was not a factor.",
    ],
)
def test_an_unnamed_road_or_a_court_is_not_a_street(text: str) -> None:
    assert kinds(text) == []


# --- schools -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "school",
    [
        "St Mary's Primary School",
        "Eastbridge Academy",
        "Hill Top Nursery",
        "Northgate High School",
        "Brookside College",
        "St Mary's Church of England Primary School",
    ],
)
def test_a_named_school_or_nursery_is_a_school(school: str) -> None:
    text = f"Child 1 attended {school} until the family moved."
    assert found(text) == [("school", school)]


@pytest.mark.parametrize(
    "text",
    [
        "Child 1 was settled at the school and her school reported no concerns.",
        "Child 2 was due to start Primary School in September.",
        "The Sixth Form College did not hold records for Adult B.",
        "Guidance from the Royal College of Nursing was considered.",
    ],
)
def test_an_unnamed_school_or_a_professional_body_is_not_a_school(text: str) -> None:
    assert kinds(text) == []


def test_two_schools_joined_by_and_are_two_warnings() -> None:
    text = "The children attended Northgate High School and Brookside College."
    assert found(text) == [
        ("school", "Northgate High School"),
        ("school", "Brookside College"),
    ]


# --- children's ages -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Her son, aged 7, was at home.", "aged 7"),
        ("Her son, then a 7-year-old, was at home.", "7-year-old"),
        ("Her son was seven years old at the time.", "seven years old"),
        ("Her daughter, aged 14 months, was asleep.", "aged 14 months"),
        ("Her daughter, aged 30 months, was asleep.", "aged 30 months"),
        ("Her daughter, aged seventeen, was at college.", "aged seventeen"),
        ("He left school at the age of 15.", "at the age of 15"),
        ("Her son was twelve years of age.", "twelve years of age"),
    ],
)
def test_a_childs_exact_age_is_a_child_age(text: str, age: str) -> None:
    assert found(text) == [("child_age", age)]


@pytest.mark.parametrize(
    "text",
    [
        "Adult A, aged 34, had worked in retail.",
        "Adult B was a 34-year-old man with no previous convictions.",
        "She was eighteen years old when they met.",
        "Adult A was aged 18 at the time.",
        # The statutory definition of a review, and rules about age groups:
        "A review follows the death of a person aged 16 or over.",
        "The service works with young people aged 11 to 16.",
        "Those aged 16 years or over may be referred.",
        "The campaign was aimed at 15-year-olds in the area.",
    ],
)
def test_an_adults_age_or_an_age_group_is_not_a_child_age(text: str) -> None:
    assert kinds(text) == []


# --- occupations ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "occupation",
    [
        "vicar",
        "Vicar",
        "professional footballer",
        "police officer",
        "head teacher",
        "headteacher",
        "GP",
        "landlord of the",
        "lifeboat",
    ],
)
def test_a_recognisable_occupation_is_an_occupation(occupation: str) -> None:
    text = f"Adult B worked as a {occupation} for many years."
    assert found(text) == [("occupation", occupation)]


def test_every_listed_occupation_is_found() -> None:
    for occupation in OCCUPATIONS:
        text = f"He was a {occupation.upper()} in the area."
        assert found(text) == [("occupation", occupation.upper())], occupation


@pytest.mark.parametrize(
    "text",
    [
        "They met at a party in the vicarage garden.",
        "Police officers attended the address twice.",
        "It is hard to judge how much the family knew.",
        "Her landlord did not respond to letters.",
        "The car's GPS placed it near the house.",
    ],
)
def test_an_occupation_inside_another_word_or_use_is_not_flagged(text: str) -> None:
    assert kinds(text) == []


# --- small places --------------------------------------------------------------------


def test_a_small_place_the_caller_names_is_found_whole_word_any_case() -> None:
    text = "Adult A grew up in LITTLE SNORING and rarely left the village."
    assert found(text, places=["Little Snoring"]) == [("small_place", "LITTLE SNORING")]
    assert kinds("She shopped in Snoringham.", places=["Snoring"]) == []
    assert kinds(text, places=()) == []
    assert kinds(text, places=["", "   "]) == []


def test_a_place_with_punctuation_in_its_name_is_found() -> None:
    text = "The family moved to Stow-on-the-Wold (a market town) in 2019."
    assert found(text, places=["Stow-on-the-Wold"]) == [("small_place", "Stow-on-the-Wold")]


# --- excerpts, order and overlaps -------------------------------------------------------


def test_an_excerpt_is_short_from_the_text_and_holds_the_detail() -> None:
    filler = "The panel considered the chronology of agency contact in detail. " * 5
    text = filler + "Child 1 attended Eastbridge Academy that year. " + filler
    [warning] = reidentification_warnings(text)
    assert warning.kind == "school"
    assert len(warning.excerpt) <= EXCERPT_LIMIT
    assert "Eastbridge Academy" in warning.excerpt
    assert warning.excerpt.startswith("…") and warning.excerpt.endswith("…")
    assert warning.excerpt.strip("…") in " ".join(text.split())  # whole words only


def test_an_excerpt_at_the_start_of_the_text_has_no_leading_ellipsis() -> None:
    [warning] = reidentification_warnings("Elm Road was quiet.")
    assert warning.excerpt == "Elm Road was quiet."


def test_overlapping_details_give_one_warning_the_longest() -> None:
    assert found("Child 1 went to Church Hill Nursery.") == [("school", "Church Hill Nursery")]
    text = "Child 1 went to Eastbridge Academy."
    assert found(text, places=["Eastbridge"]) == [("school", "Eastbridge Academy")]


def test_a_longer_detail_starting_inside_a_shorter_one_replaces_it() -> None:
    text = "Child 1 went to the Little Snoring Academy."
    assert found(text, places=["the Little"]) == [("school", "Little Snoring Academy")]


def test_warnings_are_sorted_and_never_overlap() -> None:
    text = " ".join([PARAGRAPH, "The vicar of Church Hill Nursery on 3.3.23.", PARAGRAPH])
    warnings = reidentification_warnings(text, PSEUDONYMS, ["Little Snoring", "Church"])
    assert len(warnings) > 15
    assert [w.start for w in warnings] == sorted(w.start for w in warnings)
    assert_well_formed(text, warnings)


# --- any input -------------------------------------------------------------------------

TOKENS = st.sampled_from(
    [
        "Adult A",
        "Road",
        "Elm",
        "St",
        "St.",
        "The",
        "School",
        "of",
        "aged",
        "7",
        "16",
        "or over",
        "-year-old",
        "3",
        "March",
        "2023",
        "3.3.23",
        "/",
        ".",
        ",",
        "\n",
        "\n\n",
        "  ",
        "vicar",
        "Snoring",
        "é",
        "٣",
        "fıve",
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.text(),
    pseudonyms=st.lists(st.text(max_size=12), max_size=3),
    places=st.lists(st.text(max_size=12), max_size=3),
)
def test_arbitrary_text_never_raises_and_spans_stay_inside_it(
    text: str, pseudonyms: list[str], places: list[str]
) -> None:
    assert_well_formed(text, reidentification_warnings(text, pseudonyms, places))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    pieces=st.lists(st.tuples(TOKENS, st.sampled_from(["", " "])), max_size=40),
    places=st.lists(TOKENS, max_size=2),
)
def test_text_made_of_likely_details_never_raises_and_spans_stay_inside_it(
    pieces: list[tuple[str, str]], places: list[str]
) -> None:
    text = "".join(token + gap for token, gap in pieces)
    warnings = reidentification_warnings(text, ["Adult A", "Child 1"], places)
    assert_well_formed(text, warnings)


@pytest.mark.parametrize(
    "text",
    [
        "Eastbridge Northgate Brookside " * 6_500,
        "Elm Station Church Acacia Hill " * 6_500,
        "St Mary's Church Hill Top " * 8_000,
        "Elm Road " * 22_000,
        "A" * 200_000,
        " " * 200_000 + "Road",
        "aged " * 40_000,
        "3.3.23 " * 28_000,
    ],
    ids=["names", "street-words", "school-words", "streets", "one-word", "spaces", "aged", "dates"],
)
def test_a_long_text_of_repeated_words_completes(text: str) -> None:
    """Linear-time patterns: this would not finish if a pattern could backtrack badly."""
    warnings = reidentification_warnings(text, PSEUDONYMS, ["Eastbridge"])
    assert_well_formed(text, warnings)


# --- courts and hospitals --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("Adult B was sentenced at Leeds Crown Court in May 2023.", "Leeds Crown Court"),
        ("He appeared at Bradford Magistrates Court.", "Bradford Magistrates Court"),
        ("an inquest at East London Coroner's Court", "East London Coroner's Court"),
        ("She was taken to the Royal Derby Hospital.", "Royal Derby Hospital"),
        ("She was admitted to Leeds General Infirmary.", "Leeds General Infirmary"),
        ("The inquest, held in Wakefield, found", "Wakefield"),
        ("Adult B was tried at Sheffield.", "Sheffield"),
        ("Later Leeds Crown Court heard the case.", "Leeds Crown Court"),
    ],
)
def test_a_named_court_hospital_or_the_town_a_trial_sat_in_is_flagged(
    text: str, detail: str
) -> None:
    """The engine leaves them in (public bodies); with a month they find the news."""
    assert found(text) == [("court_or_hospital", detail)]


@pytest.mark.parametrize(
    "text",
    [
        "She was taken to hospital.",
        "The Crown Court heard the case.",
        "She was seen at the General Hospital.",
        "The case was heard in the County Court.",
        "Adult B was tried in March.",
        "The Royal Infirmary discharged her.",
    ],
)
def test_a_court_or_hospital_that_says_no_place_is_not_flagged(text: str) -> None:
    assert kinds(text) == []


def test_a_court_warning_says_why_and_what_is_safer() -> None:
    (w,) = reidentification_warnings("He was sentenced at Leeds Crown Court.")
    assert "Leeds Crown Court" in w.why and "A Crown Court" in w.why
