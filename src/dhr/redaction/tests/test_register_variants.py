"""A registered person in any case, spacing or hyphenation is that person; a registered
name that is also a word is decided from its sentence, and the decision is reported."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dhr.redaction import Policy, Register, detect, redact
from dhr.redaction.normalise import normalise
from dhr.redaction.vocabulary import NAME_WORDS

NO_NER = Policy(use_ner=False)
PEOPLE = [
    "Hope Wood",
    "Tomasz Nowicki",
    "May Okafor-Ellis",
    "Grace Adeyemi",
    "Małgorzata Wiśniewska",
    "Oluwaseun Balogun",
    "Summer Khan",
    "Art Brennan",
]
REGISTER = Register.from_dict({"people": [{"name": n} for n in PEOPLE]})


def persons(text: str) -> list[tuple[str, float, str]]:
    return [
        (f.text, f.confidence, f.reason)
        for f in detect(text, REGISTER, NO_NER)
        if f.label == "PERSON"
    ]


def covered(text: str, start: int, end: int) -> bool:
    spans = [(f.start, f.end) for f in detect(text, REGISTER, NO_NER) if f.label == "PERSON"]
    return all(any(a <= i < b for a, b in spans) for i in range(start, end) if text[i].isalnum())


@st.composite
def variant(draw):
    name = draw(st.sampled_from(PEOPLE))
    parts = name.split()
    if draw(st.booleans()):
        parts = [draw(st.sampled_from(parts))]
    case = draw(st.sampled_from(["lower", "upper", "title", "mixed", "as is"]))
    out_parts = []
    for part in parts:
        if case == "lower":
            part = part.lower()
        elif case == "upper":
            part = part.upper()
        elif case == "title":
            part = "-".join(p.capitalize() for p in part.split("-"))
        elif case == "mixed":
            flips = draw(st.lists(st.booleans(), min_size=len(part), max_size=len(part)))
            part = "".join(c.swapcase() if f else c for c, f in zip(part, flips, strict=True))
        hyphenation = draw(st.sampled_from(["none", "line", "soft", "hyphen"]))
        if hyphenation != "none" and len(part) > 3:
            at = draw(st.integers(min_value=2, max_value=len(part) - 2))
            cut = {"line": "-\n", "soft": "\u00ad", "hyphen": "-"}[hyphenation]
            if part[at - 1].isalpha() and part[at].isalpha():
                part = part[:at] + cut + part[at:]
        out_parts.append(part)
    sep = draw(st.sampled_from([" ", "  ", "\n", "-", "", " \t"]))
    return sep.join(out_parts)


def test_a_name_hyphenated_inside_a_word_and_in_lower_case_is_found():
    """Found by the property test below: the given name and a surname cut in
    the middle of its first part."""
    text = "The review notes that may ok-afor-ellis was seen at home."
    assert covered(text, 22, 39), persons(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    variant(),
    st.sampled_from(
        [
            "The review notes that {} was seen at home.",
            "{} said no.",
            "Officers spoke to {}'s mother.",
            'She wrote "tell {} i know".',
        ]
    ),
)
def test_any_case_spacing_or_hyphenation_of_a_registered_name_is_found(name, sentence):
    text = sentence.format(name)
    start = text.index(name)
    assert covered(text, start, start + len(name)), (text, persons(text))


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('He sent: "tell hope i know where she lives"', "inside quoted text"),
        ("He said he would tell hope about it.", "after 'tell'"),
        ("She stayed with grace that night.", "after 'with'"),
        ("He asked if summer could come.", "after 'if'"),
        ("The children and hope went out.", "after 'and'"),
        ("He thought grace was lying.", "before 'was'"),
        ("He wrote that summer is a liar.", "before 'is'"),
        ("Later art said he had left.", "before 'said'"),
        ("He took grace's phone.", "with a possessive"),
        ("A drawing. Name at the top, in green pen: hope.", "after a label naming it"),
        ("The child's name: grace, aged 6.", "after a label naming it"),
    ],
)
def test_a_registered_word_name_in_lower_case_is_the_person_in_context(text, reason):
    found = persons(text)
    assert len(found) == 1, found
    _, confidence, why = found[0]
    assert why.endswith(reason)
    assert 0.5 < confidence < 1


@pytest.mark.parametrize(
    "text",
    [
        "There was no hope of a better outcome, the panel said.",
        "She accepted the decision with good grace.",
        "The flat was cold in the summer months.",
        "She was offered art therapy in March.",
        "The report may be published in May 2024.",
    ],
)
def test_a_registered_word_name_used_as_a_word_is_not_the_person(text):
    assert persons(text) == []


def test_a_possessive_s_without_apostrophe_is_the_person_in_a_message_only():
    found = persons("[16.07.2016 20:15] Uchenna: at hopes leave me alone")
    assert ("hope", "registered name with a possessive s (no apostrophe) in a message") in [
        (text, why) for text, _, why in found
    ]
    assert persons('She wrote "meet me at graces after"')[0][0] == "grace"
    assert persons("She hopes the panel will listen.") == []
    assert persons("The panel thanked her; she graces every meeting.") == []


def test_capitalised_registered_names_are_certain():
    assert persons("Hope Wood and Nowicki met.") == [
        ("Hope Wood", 1.0, "registered name"),
        ("Nowicki", 1.0, "registered name"),
    ]


@pytest.mark.parametrize("name", ["oluwaseun", "tomasz", "małgorzata", "balogun", "adeyemi"])
def test_a_given_name_that_is_no_english_word_is_the_person_in_lower_case(name):
    text = f"The log shows {name} left at noon."
    assert [p[0] for p in persons(text)] == [name]


def test_the_name_word_list_comes_from_general_sources():
    assert {"hope", "grace", "autumn", "joy", "dawn", "pearl", "summer", "art", "guy"} <= NAME_WORDS
    assert not {"tomasz", "oluwaseun", "said", "the"} & NAME_WORDS
    # rare words are no less names for it: rarity makes the word reading less likely
    assert {"verity", "hyacinth", "dimple", "beryl", "sibyl"} <= NAME_WORDS


def test_redacted_output_keeps_no_registered_name_in_any_form():
    text = (
        'Messages: "tell hope i know". Later HOPE WOOD, hope-\nwood and Nowi-cki rang; '
        "tomasz  nowicki was arrested. okaforellis was a witness."
    )
    result = redact(text, REGISTER, NO_NER)
    seen = normalise(result.output).casefold()
    for word in ("hope", "wood", "nowicki", "tomasz", "okafor", "ellis"):
        assert word not in seen.replace("-\n", "").replace("-", ""), (word, result.output)


def test_two_words_of_a_three_word_registered_name_are_found_in_any_case():
    reg = Register.from_dict({"people": [{"name": "Sum Heung Canal", "role": "family"}]})
    for text in ("Name on the drawing: sum heung.", "Heung Canal was collected at 3."):
        found = [f.text for f in detect(text, reg, policy=Policy(use_ner=False))]
        assert any(len(f.split()) == 2 for f in found), (text, found)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Okafor", "-", "-\n", "- \n", "\u00ad", " ", "\n", "Ellis", "a", "é"]),
        max_size=30,
    )
)
def test_a_joined_view_maps_every_character_back_to_the_one_it_shows(pieces: list[str]) -> None:
    """The view a matcher reads with hyphens and soft line breaks taken out keeps
    only its joins, not an index per character; every character and every span
    still maps back to the original's."""
    from dhr.redaction.matching import INNER_HYPHEN_RE, JoinedView

    text = "".join(pieces)
    for view in (JoinedView(text), JoinedView(text, INNER_HYPHEN_RE)):
        for i, c in enumerate(view.text):
            start, end = view.span(i, i + 1)
            assert text[start:end] == c
        if view.text:
            start, end = view.span(0, len(view.text))
            assert (text[start], text[end - 1]) == (view.text[0], view.text[-1])
