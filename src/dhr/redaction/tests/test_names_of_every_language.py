"""Names with letters beyond A-Z are found whole, and a given name that WordNet
happens to list ("Gemma", "Charlotte") is a name, not an ordinary word; words,
places and nationalities stay words."""

import pytest

from dhr.redaction import Person, Policy, Register, detect, redact_case
from dhr.redaction.vocabulary import NAMES_NOT_WORDS, is_ordinary_word

NO_NER = Policy(use_ner=False)


def persons(text: str) -> list[str]:
    return [f.text for f in detect(text, policy=NO_NER) if f.label == "PERSON"]


@pytest.mark.parametrize(
    "text,name",
    [
        ("She had convictions against a former partner, Siobhán Okoro, in 2015.", "Siobhán Okoro"),
        ("The probation officer noted that Ionuț was living with a partner.", "Ionuț"),
        ("Her sister, named Łucja Nowak, was not told.", "Łucja Nowak"),
        ("Staff recorded that Ömer Yılmaz attended with her.", "Ömer Yılmaz"),
        ("It was her friend Ștefan who rang the police.", "Ștefan"),
    ],
)
def test_a_name_with_letters_beyond_a_to_z_is_found_whole(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize("word", ["Rūta", "Ionuț", "Łucja", "Małgorzata"])
def test_a_name_from_another_alphabet_is_never_folded_into_an_english_word(word: str) -> None:
    assert not is_ordinary_word(word)


@pytest.mark.parametrize("word", ["Café", "café", "naïve", "Façade", "rôle"])
def test_an_english_loanword_with_its_accents_is_still_a_word(word: str) -> None:
    assert is_ordinary_word(word)


@pytest.mark.parametrize("name", ["Gemma", "Charlotte", "Ruth", "Magdalena", "Freya"])
def test_a_given_name_the_dictionary_happens_to_list_is_a_name(name: str) -> None:
    assert name.lower() in NAMES_NOT_WORDS
    assert not is_ordinary_word(name)
    assert name in " ".join(persons(f"On the Monday {name} rang the surgery twice."))


@pytest.mark.parametrize("name", ["Lakshmi", "Guinevere"])
def test_a_word_the_british_word_list_writes_only_with_a_capital_is_no_english_word(
    name: str,
) -> None:
    """WordNet lists "lakshmi" (a goddess); English writes it capitalised only."""
    assert name.lower() in NAMES_NOT_WORDS
    assert not is_ordinary_word(name)


@pytest.mark.parametrize("word", ["German", "Irish", "Christian", "Kent", "Monday"])
def test_places_days_and_nationalities_are_not_names_by_that_list(word: str) -> None:
    assert word.lower() not in NAMES_NOT_WORDS
    assert persons(f"The report mentions {word} in passing.") == []


@pytest.mark.parametrize("place", ["Kenya", "Montana", "America", "Suffolk"])
def test_countries_and_states_are_left_out_of_it(place: str) -> None:
    assert place.lower() not in NAMES_NOT_WORDS


@pytest.mark.parametrize("word", ["Hope", "Grace", "Will", "Rose"])
def test_names_that_are_everyday_words_are_not_in_it(word: str) -> None:
    """Those need context (vocabulary.NAME_WORDS), not a blanket 'name'."""
    assert word.lower() not in NAMES_NOT_WORDS


@pytest.mark.parametrize(
    "text,name",
    [
        ("Mrs Pritchard recalled Faith telling her that he had locked her out.", "Faith"),
        ("Her neighbour said Summer told staff she was frightened.", "Summer"),
        ("The nurse saw Chase Frost-Pham as her dependant.", "Chase Frost-Pham"),
    ],
)
def test_a_name_that_is_a_word_is_a_name_where_the_sentence_says_so(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "She kept her faith telling no one of the abuse.",  # lower case: the word
        "In May the review panel met; in June it agreed the terms.",
        "The Chase Lane surgery rang her twice.",
    ],
)
def test_the_same_words_as_words_are_left(text: str) -> None:
    assert persons(text) == []


def test_a_known_name_right_before_and_an_agency_is_still_redacted() -> None:
    """'Kasia Nowak and Suffolk Police' was read as one organisation, so the
    name inside it was never redacted."""
    _first, second = redact_case(
        [
            "Kasia Nowak was seen by her GP on 3 March.",
            "She met Kasia and Suffolk Police later. Staff saw Kasia Nowak and Children's "
            "Services were told.",
        ]
    )
    assert "Kasia" not in second.output and "Nowak" not in second.output
    assert "Suffolk Police" in second.output and "Children's Services" in second.output


@pytest.mark.parametrize(
    "org",
    [
        "Avon and Somerset Constabulary",
        "Hammersmith and Fulham Council",
        "Brighton and Hove City Council",
        "Tees, Esk and Wear Valleys NHS Foundation Trust",
        "Health and Social Care Partnership",
        "Devon and Cornwall Police",
    ],
)
def test_an_agency_with_and_in_its_name_stays_whole(org: str) -> None:
    assert detect(f"The review thanks {org} for its help.") == []
    assert persons(f"{org} shared its records with the panel.") == []


@pytest.mark.parametrize(
    "text,name",
    [
        ("Sums and Maisie had been close since childhood.", "Sums"),
        ("Kasia and Shiv went out that evening.", "Shiv"),
    ],
)
def test_a_word_joined_by_and_to_a_name_is_a_name(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    "text",
    ["Police and Kasia's mother attended.", "Kasia and Dad argued.", "Mr and Mrs Nowak attended."],
)
def test_agency_kinship_and_title_words_beside_and_are_not_names(text: str) -> None:
    assert [p for p in persons(text) if p not in ("Kasia", "Mrs Nowak")] == []


def test_a_registered_month_name_before_a_phone_number_is_the_person() -> None:
    """'for May, 0161 496 0375' was read as a month and a year, and May leaked."""
    register = Register(people=[Person(name="May Pham", role="victim", pseudonym="Adult A")])
    text = "The practice recorded a new mobile number for May, 0161 496 0375, and a new address."
    assert "May" in [f.text for f in detect(text, register=register)]
    assert detect("The review met in May, 2019 and again in June.", register=register) == []


@pytest.mark.parametrize(
    "body,name",
    [
        ("if ur talking to rose again ur dead", "rose"),
        ("u think faith cares about u??", "faith"),
        ("dont come round hope is asleep", "hope"),
        ("at mums with chase", "chase"),
        ("jj please stop", "jj"),
        ("hope, leave me alone", "hope"),
    ],
)
def test_a_name_word_in_a_message_is_a_person_where_the_words_around_say_so(
    body: str, name: str
) -> None:
    assert name in persons(f"[12/03/2020 21:04] Mark: {body}")


@pytest.mark.parametrize(
    "body",
    [
        "sorry babe will be home by 6",
        "i hope u know what ur doing",
        "may be late, will ring",
        "my hope is that u change",
        "we can go if it is ok",
    ],
)
def test_the_same_words_used_as_words_in_a_message_are_left(body: str) -> None:
    assert persons(f"[12/03/2020 21:04] Mark: {body}") == ["Mark"]
