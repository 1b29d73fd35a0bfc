"""Names with letters beyond A-Z are found whole, and a given name that WordNet
happens to list ("Gemma", "Charlotte") is a name, not an ordinary word; words,
places and nationalities stay words."""

import pytest

from dhr.redaction import Policy, detect
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
