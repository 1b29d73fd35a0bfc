"""Disguised text: what a reader sees is what is matched and what the leak check checks."""

import unicodedata

import docx
import pytest

from dhr.redaction import Policy, Register, detect, read_document, redact
from dhr.redaction.engine import CaseDetector, leak_check
from dhr.redaction.normalise import NormalView, invisible, normalise

NO_NER = Policy(use_ner=False)
REGISTER = Register.from_dict(
    {"people": [{"name": "Marie Doyle", "role": "victim", "pseudonym": "Louise"}]}
)
DISGUISED = {
    "zero-width space": "Ma\u200brie",
    "zero-width joiner and soft hyphen": "Ma\u200dri\u00ade",
    "word joiner and BOM": "\u2060Marie\ufeff",
    "letter-spaced": "M a r i e",
    "letter-spaced, wide": "M  a  r  i  e",
    "Cyrillic a and e": "M\u0430ri\u0435",
    "Greek capital M and omicron-free": "\u039carie",
    "all Cyrillic look-alikes upper": "\u041c\u0410RIE",
    "full-width": "\uff2d\uff41\uff52\uff49\uff45",
    "mathematical bold": "\U0001d40c\U0001d41a\U0001d42b\U0001d422\U0001d41e",
    "right-to-left override": "\u202eeiraM\u202c",
}


def visible(text: str) -> str:
    return "".join(c for c in text if not invisible(c))


@pytest.mark.parametrize("kind", sorted(DISGUISED))
def test_a_disguised_registered_name_is_found_and_leaves_nothing_behind(kind):
    text = f"On Monday {DISGUISED[kind]} rang the police."
    found = [f for f in detect(text, REGISTER, NO_NER) if f.label == "PERSON"]
    assert [f.text for f in found] == [DISGUISED[kind]], kind
    result = redact(text, REGISTER, NO_NER)
    assert result.output.casefold() == "on monday louise rang the police.", kind
    assert result.clean


@pytest.mark.parametrize("kind", sorted(DISGUISED))
def test_the_leak_check_sees_a_disguised_name(kind):
    detector = CaseDetector(REGISTER, NO_NER)
    output = f"Later {DISGUISED[kind]} Doyle said she was scared."
    report = leak_check(detector, output, [], NO_NER)
    assert not report.clean, kind
    assert "Doyle" in report.locations[0].text


def test_no_invisible_character_is_left_beside_a_replacement():
    text = "Visited by \u200b\u200bMarie\u200c Doyle\u200b\u2060 at home, \u200bthen left."
    result = redact(text, REGISTER, NO_NER)
    assert result.output == "Visited by Louise at home, \u200bthen left."


def test_the_view_maps_every_span_back_to_the_original():
    text = "x \u200bMa\u200brie and M a r i e or \u202eeiraM\u202c w"
    view = NormalView(text)
    assert view.text == "x Marie and Marie or Marie w"
    spans = [view.to_original(i, i + 5) for i in (2, 12, 21)]
    assert [text[a:b] for a, b in spans] == [
        "\u200bMa\u200brie",
        "M a r i e",
        "\u202eeiraM\u202c",
    ]
    a, b = view.to_original(22, 25)  # "ari" inside the reversed run
    assert text[a:b] == "ira"


@pytest.mark.parametrize(
    "text",
    [
        "Plain ASCII text, with Options A, B and C.",
        "Мария Иванова lives in Москва.",  # a Russian name stays Russian
        "Ελένη Παπαδοπούλου was seen.",  # Greek with letters that have no Latin twin
        "Zoë Brontë and José Núñez.",
        "I am a GP in the UK.",
        "a b are two letters.",
    ],
)
def test_ordinary_text_is_left_as_it_is(text):
    assert normalise(text) == unicodedata.normalize("NFKC", text)


def test_letter_spaced_words_keep_the_space_between_them():
    assert normalise("M a r i e  D o y l e said") == "Marie  Doyle said"
    assert normalise("to M a r i e D o y l e") == "to Marie Doyle"
    assert normalise("I M a r i e") == "I Marie"


def test_textspeak_before_a_name_with_an_apostrophe_is_not_letter_spacing():
    """'r u m'mah' is 'are you' and a name, not 'rum'mah'; a possessive still joins."""
    assert normalise("where r u m'mah. shift ended") == "where r u m'mah. shift ended"
    assert normalise("where r u m’mah") == "where r u m’mah"
    assert normalise("M a r i e's phone") == "Marie's phone"


def test_open_world_names_are_found_through_disguise_too():
    text = "Kw\u200bame Mens\u0430h-Boateng rang. Later Kwame Mensah-Boateng left."
    persons = [f.text for f in detect(text, policy=NO_NER) if f.label == "PERSON"]
    assert "Kw\u200bame Mens\u0430h-Boateng" in persons


def _docx(path, paragraphs):
    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    d.save(path)


def test_docx_output_holds_neither_the_name_nor_an_invisible_character(tmp_path):
    src = tmp_path / "in.docx"
    _docx(
        src,
        [
            "Ma\u200brie told her GP.",
            "Message from M a r i e D o y l e at 21:04.",
            "Signed \u202eelyoD eiraM\u202c.",
            "Mаrie (with a Cyrillic a) attended.",
        ],
    )
    result = redact(src, REGISTER, NO_NER)
    assert result.clean
    out = result.write(tmp_path / "out.docx")
    text = read_document(out).text
    assert not any(invisible(c) for c in text)
    seen = normalise(text).casefold()
    assert "marie" not in seen and "doyle" not in seen
    assert "Louise told her GP." in text


def test_pdf_output_holds_neither_the_name_nor_an_invisible_character(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text(
        "Ma\u200brie told her GP.\n\nSigned M a r i e  D o y l e.\n\n"
        "\uff2d\uff41\uff52\uff49\uff45.\n",
        encoding="utf-8",
    )
    result = redact(src, REGISTER, NO_NER)
    assert result.clean
    out = result.write(tmp_path / "out.pdf")
    text = read_document(out).text
    assert not any(invisible(c) for c in visible(text) if c != "\n")
    seen = normalise(text).casefold()
    assert "marie" not in seen and "doyle" not in seen
    assert "Louise" in text


def test_the_dot_a_lower_cased_turkish_capital_i_keeps_is_not_in_the_view():
    text = "İbrahim".lower() + " came"
    view = NormalView(text)
    assert view.text == "ibrahim came"
    assert view.to_original(0, 7) == (0, 8)
