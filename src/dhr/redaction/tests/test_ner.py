from dhr.redaction import ner


def test_the_ner_pipeline_runs_only_ner_unless_ner_listens_to_a_tok2vec():
    nlp = ner.load_model()
    for name in nlp.pipe_names:
        assert name == "ner" or "ner" in nlp.get_pipe(name).listening_components


def test_a_line_whose_names_the_patterns_found_never_loads_the_model() -> None:
    """`dhr detect` on a one-line file: loading the model is most of its time."""
    import subprocess
    import sys

    code = (
        "from dhr.redaction import detect\n"
        "from dhr.redaction.spacy_model import _load\n"
        "found = detect('Kasia Nowak rang the police on 07700 900123.')\n"
        "print(sorted(f.label for f in found), _load.cache_info().currsize)\n"
        "detect('She sat with Rainbow in the car.')\n"
        "print(_load.cache_info().currsize)\n"
    )
    out = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[0] == "['PERSON', 'PHONE'] 0"
    assert out[1] == "1"  # an unexplained capitalised word: NER reads it


def test_the_proper_name_list_is_what_the_vectors_say() -> None:
    """proper_names.txt stands in for asking the vectors at run time: it is what
    data/build.py makes of them, which leaves out the sentence adverbs ("Firstly")."""
    from dhr.redaction.data.build import proper_names
    from dhr.redaction.vocabulary import PROPER_NAMES

    assert set(proper_names()) == PROPER_NAMES
    assert not {"firstly", "alternatively", "moreover"} & PROPER_NAMES
    assert {"julian", "daniel", "norwegian", "danish"} <= PROPER_NAMES


def _unexplained(sentence: str) -> list[str]:
    lead = len(sentence) - len(sentence.lstrip(" \t\"“‘'(•-"))
    return ner.unexplained(sentence, lead, 0, None)


def test_capitalised_english_words_where_english_capitalises_them_are_no_reason_to_read():
    """NER is the slowest step: titles, headings and sentence starts are not names."""
    assert _unexplained("Mr Field is the Designated Safeguarding Lead at the school.") == ["Field"]
    assert _unexplained("The headteacher asked why the Child in Need plan had ended.") == ["Need"]
    assert _unexplained("The class list shows the boy in Year 4.") == []
    assert _unexplained("A locum saw her; I think the Trust was told.") == []
    assert _unexplained("Police Involvement and Attendance Officer") == []
    assert _unexplained("Messages downloaded from Tom's Handset") == ["Tom"]
    assert _unexplained("And then the PE teacher and the OASys assessor met.") == []


def test_a_word_that_may_be_a_name_is_still_a_reason_to_read():
    """Alone mid-sentence, after a title, beside a word that is no English word,
    with a possessive at the start, or in a script other than ASCII."""
    assert _unexplained("She told the review that Mo checked her phone.") == ["Mo"]
    assert _unexplained("Police received a call from Rumana Cook, a neighbour.") == [
        "Rumana",
        "Cook",
    ]
    assert _unexplained("The suspect is recorded as Mr H.") == ["H"]
    assert _unexplained("Lakshmi's best friend said so.") == ["Lakshmi"]
    assert _unexplained("She was recorded as Miss Ö.") == ["Ö"]
    assert _unexplained("When Ro rang for an appointment") == ["Ro"]
    assert _unexplained("She moved in with her sister in Sudbury.") == ["Sudbury"]
    assert _unexplained("Hope said she was frightened.") == ["Hope"]  # a given name too


def test_a_section_read_only_for_a_name_ner_has_called_a_person_twice_is_not_read_again():
    seen = ner._NamesSeen()
    assert not seen.explain(frozenset({"pereira", "ashworth"}))
    seen.add("Ioana Pereira-Ashworth")
    assert not seen.explain(frozenset({"pereira", "ashworth"}))
    seen.add("Pereira-Ashworth")
    assert seen.explain(frozenset({"pereira", "ashworth"}))
    assert not seen.explain(frozenset({"pereira", "ashworth", "okafor"}))
    assert not seen.explain(frozenset())


def test_skipped_sections_lose_no_name_the_engine_finds_with_ner_on_every_sentence(
    monkeypatch,
):
    """A long document that names one professional in 200 sections: after NER
    has called her a person twice, her sections are skipped, and the names found
    are the same as with NER reading every sentence."""
    from dhr.redaction import detect

    text = (
        "Ioana Bishop, the probation officer, met Tomasz eleven times.\n\n"
        + "He thanked Bishop for the calm.\n\nThe meeting was on time.\n\n" * 200
        + "The last visit was by Bishop and Zofia Kępa."
    )
    skipped = []

    class Counting(ner._NamesSeen):
        def explain(self, words: frozenset[str]) -> bool:
            skip = super().explain(words)
            skipped.append(skip)
            return skip

    def person_chars() -> set[int]:
        found = detect(text)
        return {i for f in found if f.label == "PERSON" for i in range(f.start, f.end)}

    monkeypatch.setattr(ner, "_NamesSeen", Counting)
    with_skipping = person_chars()
    assert sum(skipped) > 100  # most sections were not read
    monkeypatch.setattr(ner._NamesSeen, "explain", lambda self, words: False)
    assert person_chars() == with_skipping
    name = "Bishop"
    starts = [i for i in range(len(text)) if text.startswith(name, i)]
    assert len(starts) == 202
    assert all(set(range(i, i + len(name))) <= with_skipping for i in starts)


def test_a_quoted_capitalised_word_is_a_reason_to_read_but_not_the_tail_of_an_o_name():
    assert _unexplained("Staff called him by the nickname 'JJ', she said.") == ["JJ"]
    assert _unexplained("The officer, Mr O'Brien, attended.") == ["O'Brien"]


def test_a_month_that_is_a_given_name_is_a_reason_to_read_where_no_date_is():
    assert _unexplained("The health visitor visited May McKenzie at home.") == ["May", "McKenzie"]
    assert _unexplained("Care confirmed that May was known to them.") == ["May"]
    assert _unexplained("In May 2019 she moved.") == []
    assert _unexplained("The visit on 4 May was cancelled.") == []
    assert _unexplained("It happened between April and June that year.") == []
    assert _unexplained("She left in March.") == []  # no given name


def test_a_sentence_read_only_for_names_the_patterns_found_is_not_read(monkeypatch):
    """Propagation finds every other mention of a name the patterns found, so
    NER need not read a sentence for it; a sentence with another name still is."""
    read: list[str] = []

    class Model:
        def pipe(self, texts):
            for t in texts:
                read.append(t)
                yield type("Doc", (), {"ents": ()})()

    monkeypatch.setattr(ner, "load_model", lambda name: Model())
    text = "Later Frost was arrested.\n\nThen Obinna Frost rang Zofia."
    ner.entities(text, names_found=["Frost"])
    assert read == ["Then Obinna Frost rang Zofia."]
    read.clear()
    ner.entities(text, names_found=["Frost", "Obinna Frost", "Zofia"])
    assert read == []


def test_an_english_word_starting_a_sentence_is_read_even_if_known_as_a_name():
    """Propagation is wary of a sentence's first word ("Guy, as ..."), so the
    patterns having found "Guy" elsewhere does not excuse NER from reading it."""
    assert list(ner._trigger_keys("Guy, as Guy was known, left.", 0, ["Guy", "Guy"])) == [
        "@guy",
        "@guy",
    ]
    assert list(ner._trigger_keys("She met Guy there.", 0, ["Guy"])) == ["guy"]
    assert list(ner._trigger_keys("Obinna left.", 0, ["Obinna"])) == ["obinna"]
    seen = ner._NamesSeen()
    seen.add("Guy", times=2)
    assert seen.explain(frozenset({"guy"}))
    assert not seen.explain(frozenset({"@guy"}))


def test_a_word_name_after_a_colon_is_read_even_if_known_as_a_name():
    """Propagation is as wary after a colon as at a sentence start."""
    sentence = "Safeguarding log, 02.06.2018: Hazel drew a knife."
    assert list(ner._trigger_keys(sentence, 0, ["Hazel"])) == ["@hazel"]
    assert list(ner._trigger_keys("She met Hazel there.", 0, ["Hazel"])) == ["hazel"]


def _people(text: str) -> list[str]:
    from dhr.redaction import detect

    return [f.text for f in detect(text) if f.label == "PERSON"]


def test_a_word_for_a_relative_or_a_past_tense_that_ner_calls_a_person_is_not_one() -> None:
    text = (
        "The enquiry was closed by Mrs M: 'Mother says the relationship has ended.' "
        "Ziara said 'Daddy pushed Mummy'. Logged by Shadrach Lombardi at 15:10."
    )
    found = _people(text)
    assert "Shadrach Lombardi" in found
    assert not {"Mother", "Logged", "Daddy", "Mummy"} & set(found)


def test_a_heading_word_before_a_dash_is_not_part_of_the_name_after_it() -> None:
    found = _people("PROBATION AND EMPLOYMENT — IMTIAZ YAMAMOTO, NI HK 92 74 27 D\nHe left.")
    assert found == ["IMTIAZ YAMAMOTO"]


def test_english_words_where_english_capitalises_them_give_ner_nothing_to_read() -> None:
    """Table cells, shouted grades, compounds of English words and words for a
    relative are no reason to run the slowest step."""
    for sentence in [
        "Date | Agency | Event",
        "13 January 2023 | Housing | prevention duty accepted",
        "DASH by her: 14 ticks, graded MEDIUM.",
        "Body-worn video shows the hallway.",
        "He said that Daddy pushed her.",
    ]:
        assert ner.unexplained(sentence, 0, 0, None) == [], sentence


def test_a_name_the_word_list_holds_still_sends_its_sentence_to_ner_after_a_colon() -> None:
    assert ner.unexplained("PNC: Ivanov convicted of harassing her.", 0, 0, None) == ["Ivanov"]
    assert ner.unexplained("The form was signed 'Rue', not in full.", 0, 0, None) == ["Rue"]
