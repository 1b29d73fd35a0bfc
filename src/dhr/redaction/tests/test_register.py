"""The case register: loading, and every variant of a registered person found."""

import pytest

from dhr.redaction import Person, Policy, Register, RegisterError, detect, load_register, redact

NO_NER = Policy(use_ner=False)


def person_texts(text, register):
    return [f.text for f in detect(text, register, NO_NER) if f.label == "PERSON"]


def test_yaml_register_loads(tmp_path):
    path = tmp_path / "case.yaml"
    path.write_text(
        "people:\n"
        "  - name: Marie Doyle\n"
        "    aliases: [Mimi, Marie Kent]\n"
        "    role: victim\n"
        "    pseudonym: Louise\n"
        "details:\n"
        '  - {label: ADDRESS, text: "14 Larch Close, Thetford"}\n'
        '  - {label: PHONE, text: "07700 900123"}\n'
    )
    reg = load_register(path)
    assert reg.people[0].name == "Marie Doyle"
    assert reg.people[0].aliases == ["Mimi", "Marie Kent"]
    assert reg.people[0].pseudonym == "Louise"
    assert [(d.label, d.text) for d in reg.details] == [
        ("ADDRESS", "14 Larch Close, Thetford"),
        ("PHONE", "07700 900123"),
    ]


def test_csv_register_loads(tmp_path):
    path = tmp_path / "case.csv"
    path.write_text(
        "name,aliases,role,pseudonym,label,text\n"
        "Marie Doyle,Mimi;Marie Kent,victim,Louise,,\n"
        ",,,,PHONE,07700 900123\n"
    )
    reg = load_register(path)
    assert reg.people[0].aliases == ["Mimi", "Marie Kent"]
    assert reg.details[0].label == "PHONE"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("people:\n  - role: victim\n", "people entry 1 has no name"),
        ("people:\n  - name: A B\n    role: boss\n", "role 'boss'"),
        ("details:\n  - {label: SHOE, text: x}\n", "label 'SHOE'"),
        ("folk: []\n", "unknown key"),
        ("people: [\n", "not valid YAML"),
    ],
)
def test_bad_register_files_say_which_entry_and_why(tmp_path, content, message):
    path = tmp_path / "bad.yaml"
    path.write_text(content)
    with pytest.raises(RegisterError, match=message):
        load_register(path)


def test_csv_detail_without_text_names_the_row(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("name,label,text\nMarie Doyle,,\n,PHONE,\n")
    with pytest.raises(RegisterError, match="row 3"):
        load_register(path)


@pytest.mark.parametrize(
    "mention",
    [
        "Marie Doyle",
        "Marie",
        "Doyle",
        "Mrs Doyle",
        "Ms. Doyle",
        "Mrs D",
        "M. Doyle",
        "MARIE DOYLE",
        "marie",
        "Mimi",
        "Marie Kent",
        "Kent",
        "Marie\nDoyle",
        "Do-\nyle",
        "Nowicki",
        "Mr Nowicki",
        "Tomasz",
        "Okafor-Ellis",
        "Okafor",
        "Ellis",
        "May",
        "Hope",
        "Wood",
        "Mr T N",
    ],
)
def test_every_variant_of_a_registered_person_is_found(register, mention):
    text = f"The panel noted that {mention} was present."
    found = person_texts(text, register)
    assert found == [mention], found


def test_possessive_is_kept_outside_the_name(register):
    assert person_texts("Marie's phone and Nowicki's car.", register) == ["Marie", "Nowicki"]
    out = redact("Marie's phone and Nowicki's car.", register, NO_NER).output
    assert out == "Louise's phone and Adult A's car."


def test_names_that_are_ordinary_words_match_only_when_capitalised(register):
    text = "We hope the wood will be cut in May 2021. Hope said she may go."
    assert person_texts(text, register) == ["Hope"]


def test_a_registered_month_name_after_a_clock_time_is_the_person_not_a_date():
    register = Register([Person("May Sandhu", role="victim")])
    assert person_texts("At 23:40 May was brought to the ward.", register) == ["May"]
    assert person_texts("At 9.15 May rang the IDVA.", register) == ["May"]
    assert person_texts("On 4 May she rang.", register) == []
    assert person_texts("On the 4th of May she rang.", register) == []


def test_register_details_are_found_in_other_forms(register):
    text = (
        "She lived at 14 Larch Close (Larch Close, Thetford) and rang 07700900123 or "
        "+44 7700 900 123. Born 03/03/1985 (3rd March 1985). She attended Brambleside Academy."
    )
    found = {(f.label, f.text) for f in detect(text, register, NO_NER)}
    assert ("ADDRESS", "14 Larch Close") in found
    assert ("ADDRESS", "Larch Close") in found
    assert ("PLACE", "Thetford") in found
    assert ("PHONE", "07700900123") in found
    assert ("PHONE", "+44 7700 900 123") in found
    assert ("DATE_OF_BIRTH", "03/03/1985") in found
    assert ("DATE_OF_BIRTH", "3rd March 1985") in found
    assert ("INSTITUTION", "Brambleside Academy") in found


def test_register_beats_the_allowlist(register):
    # "Kent" is a registered former name, so it is redacted even beside an agency word.
    out = redact("Marie Kent met the IDVA.", register, NO_NER).output
    assert out == "Louise met the IDVA."


def test_a_name_broken_by_a_line_break_hyphen_before_a_capital_is_found():
    from dhr.redaction import Person, Register

    reg = Register([Person("Ionut McCarthy"), Person("Kwame Mensah-Boateng")])
    text = "The file names Ionut Mc-\nCarthy and Kwame Mensah-\nBoateng; McCarthy left."
    out = redact(text, reg, NO_NER).output
    assert out == "The file names Adult A and Adult B; Adult A left."


def test_a_registered_surname_that_is_a_title_is_the_person_alone():
    """'Efren Lord': "Lord completed the course" is him; "Lord Smith" stays a title."""
    register = Register(people=[Person(name="Efren Lord", role="perpetrator")])
    text = "BBR: Lord completed 4 of 24 sessions. A&E: Lord, Comfort, 29F. Lord Smith spoke."
    found = [
        (f.text, f.source) for f in detect(text, register=register, policy=Policy(use_ner=False))
    ]
    assert found.count(("Lord", "register")) == 2
    assert ("Lord Smith", "register") not in found


def test_a_titled_initial_of_a_particle_surname_is_the_person_in_either_case():
    """'Nabila de Alwis' is "Mrs d" as well as "Mrs D"; "did not miss a session" is nobody."""
    register = Register(people=[Person(name="Nabila de Alwis", role="victim")])
    text = "The minutes call her 'Mrs d' once and Mrs D later. She did not miss a session."
    found = [f.text for f in detect(text, register=register, policy=Policy(use_ner=False))]
    assert found == ["Mrs d", "Mrs D"]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("Glory bat Avraham", "Dear Ms bat Avraham, we write", "Ms bat Avraham"),
        ("Lavanya ferch Rhisiart", "the item on Ms f. Then", "Ms f"),
        ("Lavanya ferch Rhisiart", "Mrs ferch Rhisiart said", "Mrs ferch Rhisiart"),
        ("Sorcha Ní Dhálaigh", "Ms Ní Dhálaigh said", "Ms Ní Dhálaigh"),
    ],
)
def test_a_titled_surname_that_a_welsh_hebrew_or_irish_particle_starts_is_found_whole(
    name, text, expected
):
    register = Register(people=[Person(name=name, role="victim")])
    found = [f.text for f in detect(text, register=register, policy=Policy(use_ner=False))]
    assert found == [expected]


def test_a_registered_name_that_is_a_word_alone_on_its_line_is_that_person():
    """A note that opens 'pinks' on a line of its own, or is signed 'Pinks x':
    a greeting or a signature, in any case."""
    register = Register([Person("Pinky Kanaan", aliases=["Pinks"], role="victim")])
    text = (
        "Found in her bag:\n\npinks\n\nif ur reading this ive gone.\nPinks x\n\n"
        "She liked pinks and reds."
    )
    found = [f for f in detect(text, register=register) if f.label == "PERSON"]
    lines = [text[f.start : f.end] for f in found]
    assert lines == ["pinks", "Pinks"]
    assert "alone on its line" in found[0].reason


def test_a_registered_surname_after_an_irish_particle_is_matched_whole_when_alone():
    reg = Register(people=[Person(name="Grape Ó Broin", role="victim", pseudonym="Ann")])
    text = "The summary screen lists Ó Broin as next of kin for Grape."
    assert person_texts(text, reg) == ["Ó Broin", "Grape"]


@pytest.mark.parametrize("signed", ["Signed, in pencil, grape.", "Signed: grape", "signed grape x"])
def test_a_registered_word_name_signing_a_letter_in_lower_case_is_the_person(signed):
    reg = Register(people=[Person(name="Grape Moss", role="child", pseudonym="Child C")])
    text = f"'He makes pancakes and she never shouts.' {signed}"
    assert person_texts(text, reg) == ["grape"]


def test_a_word_name_after_a_signature_that_is_not_its_own_is_the_word():
    reg = Register(people=[Person(name="Grape Moss", role="child", pseudonym="Child C")])
    assert person_texts("She signed for a grape punnet at the door.", reg) == []


@pytest.mark.parametrize(
    "text",
    [
        "Between them Catriona and Lady made eleven calls to agencies.",
        "She was housed on the same estate as Lady's bungalow.",
        "Children: Lady, 6. Referrer: police, DASH 18.",
    ],
)
def test_a_registered_given_name_that_is_also_a_title_is_the_person_alone(text):
    register = Register(people=[Person(name="Lady Sufi-Okafor", role="family")])
    assert "Lady" in person_texts(text, register)


@pytest.mark.parametrize(
    ("name", "text", "alone"),
    [
        (
            "Professor Quillan",
            "Seminar, 1 October: Professor came and sat at the front.",
            "Professor",
        ),
        ("Dame Okoro", "Minute 4.2: Dame asked why her sister was called 'Adult R'.", "Dame"),
        ("Dame Okoro", "[2 May 2021 17:02] Sade: dame thats not me!! its a fake account", "dame"),
        (
            "Professor Quillan",
            "[4 June 2017 11:59] Coco: u were NOT invited professor. stay away",
            "professor",
        ),
    ],
)
def test_a_registered_title_word_beside_only_a_surname_is_the_persons_given_name(name, text, alone):
    register = Register(people=[Person(name=name, role="perpetrator")])
    assert alone in person_texts(text, register)


def test_a_title_before_a_registered_given_name_and_surname_is_still_a_title():
    register = Register(people=[Person(name="Professor Anna Quillan", role="family")])
    assert "Professor" not in person_texts("The Professor of Law wrote to us.", register)


def test_an_honorific_written_into_a_registered_name_is_not_taken_alone():
    register = Register(people=[Person(name="Miss Hope Doyle", role="family")])
    assert person_texts("Miss Jones said the form was late.", register) != ["Miss"]
    assert "Miss" not in person_texts("The form was late, Miss Jones said.", register)


@pytest.mark.parametrize(
    "text",
    [
        "Pupil premium review: Dal eligible for free school meals.",
        "[1 March 2021 20:21] Folasade: i no. just not yet. after dals birthday",
    ],
)
def test_a_registered_given_name_that_is_also_a_particle_is_the_person_alone(text):
    register = Register(people=[Person(name="Dal Abernethy", role="family")])
    assert any(p.casefold() == "dal" for p in person_texts(text, register))


def test_a_registered_month_name_that_acts_after_a_date_word_is_the_person():
    register = Register(people=[Person(name="January Mbeki", role="family")])
    text = "A referral from the school after January came in with a split lip."
    assert "January" in person_texts(text, register)
    assert person_texts("The review met after January and again in March.", register) == []


def test_a_registered_surname_after_a_faroese_particle_is_found_whole_alone():
    register = Register(people=[Person(name="Jógvan á Lakjuni", role="perpetrator")])
    text = "OASys, drug misuse: 'á Lakjuni reports daily crack use.'"
    assert "á Lakjuni" in person_texts(text, register)


def test_a_registered_name_lower_cased_from_a_turkish_capital_i_is_found():
    register = Register(people=[Person(name="İbrahim Yıldız", aliases=["İbo"], role="family")])
    text = "[19.03.2017 13:03] Bénédicte: " + "İbo".lower() + " did u see what they did"
    assert "İbo".lower() in person_texts(text, register)
    assert "\u0307" not in redact(text, register).output


def test_a_registered_given_name_opening_with_a_letter_is_found_whole():
    register = Register(people=[Person(name="I Wayan Sudana Okafor", role="family")])
    text = "Operation Encompass for I Wayan Sudana at the junior school. I said I would."
    assert person_texts(text, register) == ["I Wayan Sudana"]


def test_a_registered_name_with_an_apostrophe_after_textspeak_is_found_whole():
    register = Register(people=[Person(name="M'Mah de Wet", aliases=["Mamah"], role="victim")])
    text = "[16 January 2016 18:56] opolot: where r u m'mah. shift ended 10 mins ago"
    assert "m'mah" in person_texts(text, register)  # the sender is a name too
