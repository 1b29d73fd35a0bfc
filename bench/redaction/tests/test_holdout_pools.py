"""What every holdout pool written for issue 13 must be.

Every one (holdout2 on) builds with every registered role, and its gold is exact (the
text at its offsets, no overlaps). From holdout4 on, each pool's names and sentences
are also its own: no given name, nickname or surname (nor any word of a multiword or
hyphenated one) is in names.py or in an earlier pool's names, no place or institution
is reused, no sentence is another pool's, and its lists and templates have the shape
its module promises. The pools that came later promise more (more origins, more word-
names, particles, sentences that are not light edits of another pool's, messages in
lower case), and are held to it.

holdout4 was written on 4 December 2026, and holdout5 and holdout6 later, each by
someone who had not read the redaction engine; no engine change was checked against a
pool before its first figures were reported. holdout7 was written the same way, with
names from more traditions (46 origins) and more sentences than holdout6. holdout8
followed in the same way, with more origins, surnames and sentences again, holdout9
after it, holdout10 (5 December, third session) after that, and holdout11 (5 December,
fourth session) after that, holdout12 (5 December, fifth session) after that,
holdout13 (5 December, sixth session) after that, holdout14 (5 December, seventh
session) after that, holdout15 (5 December, eighth session) after that, holdout16
(6 December, ninth session) after that, holdout17 (6 December, tenth session) after that,
holdout18 (6 December, eleventh session) after that, holdout19 (6 December,
twelfth session) after that, holdout20 (6 December, thirteenth session) after that,
holdout21 (6 December, fourteenth session) after that, holdout22 (6 December,
fourteenth session, written after holdout21 was run) after that, holdout23
(6 December, fifteenth session) after that, holdout24 (7 December, sixteenth
session) after that, and holdout25 (7 December, seventeenth session) last. holdout4 has
been tuned on since 4 December (its misses were read after its first run, at f26d1f9,
the headline): it no longer measures generalisation (docs/redaction-benchmark.md).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from types import ModuleType

import numpy as np
import pytest
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from bench.redaction import names as N
from bench.redaction import names_holdout2 as H2
from bench.redaction import names_holdout3 as H3
from bench.redaction import names_holdout4 as H4
from bench.redaction import names_holdout5 as H5
from bench.redaction import names_holdout6 as H6
from bench.redaction import names_holdout7 as H7
from bench.redaction import names_holdout8 as H8
from bench.redaction import names_holdout9 as H9
from bench.redaction import names_holdout10 as H10
from bench.redaction import names_holdout11 as H11
from bench.redaction import names_holdout12 as H12
from bench.redaction import names_holdout13 as H13
from bench.redaction import names_holdout14 as H14
from bench.redaction import names_holdout15 as H15
from bench.redaction import names_holdout16 as H16
from bench.redaction import names_holdout17 as H17
from bench.redaction import names_holdout18 as H18
from bench.redaction import names_holdout19 as H19
from bench.redaction import names_holdout20 as H20
from bench.redaction import names_holdout21 as H21
from bench.redaction import names_holdout22 as H22
from bench.redaction import names_holdout23 as H23
from bench.redaction import names_holdout24 as H24
from bench.redaction import names_holdout25 as H25
from bench.redaction.corpus import (
    NAME_FORMS,
    PLACEHOLDER,
    ROLE_NAMES,
    Case,
    build_corpus,
    documents,
)
from bench.redaction.templates import POOLS, SECTIONS
from bench.redaction.templates_holdout4 import HOLDOUT4
from bench.redaction.templates_holdout5 import HOLDOUT5
from bench.redaction.templates_holdout6 import HOLDOUT6
from bench.redaction.templates_holdout7 import HOLDOUT7
from bench.redaction.templates_holdout8 import HOLDOUT8
from bench.redaction.templates_holdout9 import HOLDOUT9
from bench.redaction.templates_holdout10 import HOLDOUT10
from bench.redaction.templates_holdout11 import HOLDOUT11
from bench.redaction.templates_holdout12 import HOLDOUT12
from bench.redaction.templates_holdout13 import HOLDOUT13
from bench.redaction.templates_holdout14 import HOLDOUT14
from bench.redaction.templates_holdout15 import HOLDOUT15
from bench.redaction.templates_holdout16 import HOLDOUT16
from bench.redaction.templates_holdout17 import HOLDOUT17
from bench.redaction.templates_holdout18 import HOLDOUT18
from bench.redaction.templates_holdout19 import HOLDOUT19
from bench.redaction.templates_holdout20 import HOLDOUT20
from bench.redaction.templates_holdout21 import HOLDOUT21
from bench.redaction.templates_holdout22 import HOLDOUT22
from bench.redaction.templates_holdout23 import HOLDOUT23
from bench.redaction.templates_holdout24 import HOLDOUT24
from bench.redaction.templates_holdout25 import HOLDOUT25
from bench.redaction.tests.pool_checks import (
    GLOBALS,
    ID_FORMS,
    PERSON_FORMS,
    given,
    sentences,
    surnames,
    tokens,
)

ALL_POOLS = [
    "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8",
    "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14",
    "holdout15", "holdout16", "holdout17", "holdout18", "holdout19", "holdout20",
    "holdout21", "holdout22", "holdout23", "holdout24", "holdout25",
]  # fmt: skip
# Each holdout pool's own names, oldest first; names.py (dev and test) comes before all.
NAME_MODULES: dict[str, ModuleType] = {
    "holdout2": H2,
    "holdout3": H3,
    "holdout4": H4,
    "holdout5": H5,
    "holdout6": H6,
    "holdout7": H7,
    "holdout8": H8,
    "holdout9": H9,
    "holdout10": H10,
    "holdout11": H11,
    "holdout12": H12,
    "holdout13": H13,
    "holdout14": H14,
    "holdout15": H15,
    "holdout16": H16,
    "holdout17": H17,
    "holdout18": H18,
    "holdout19": H19,
    "holdout20": H20,
    "holdout21": H21,
    "holdout22": H22,
    "holdout23": H23,
    "holdout24": H24,
    "holdout25": H25,
}
TEMPLATES = {
    "holdout4": HOLDOUT4,
    "holdout5": HOLDOUT5,
    "holdout6": HOLDOUT6,
    "holdout7": HOLDOUT7,
    "holdout8": HOLDOUT8,
    "holdout9": HOLDOUT9,
    "holdout10": HOLDOUT10,
    "holdout11": HOLDOUT11,
    "holdout12": HOLDOUT12,
    "holdout13": HOLDOUT13,
    "holdout14": HOLDOUT14,
    "holdout15": HOLDOUT15,
    "holdout16": HOLDOUT16,
    "holdout17": HOLDOUT17,
    "holdout18": HOLDOUT18,
    "holdout19": HOLDOUT19,
    "holdout20": HOLDOUT20,
    "holdout21": HOLDOUT21,
    "holdout22": HOLDOUT22,
    "holdout23": HOLDOUT23,
    "holdout24": HOLDOUT24,
    "holdout25": HOLDOUT25,
}


# --- every pool ------------------------------------------------------------------------


@pytest.fixture(scope="module", params=ALL_POOLS)
def pool(request: pytest.FixtureRequest) -> list[Case]:
    return build_corpus(request.param, 5)


def test_pool_builds_with_every_registered_role(pool: list[Case]) -> None:
    docs = list(documents(pool))
    assert len(pool) == 5 and len(docs) == 20
    gold = [g for d in docs for g in d.gold]
    assert {g.role for g in gold if g.label == "PERSON" and g.registered} == {
        "V", "P", "C", "M", "S",
    }  # fmt: skip


def test_every_gold_span_is_the_text_at_its_offsets(pool: list[Case]) -> None:
    for doc in documents(pool):
        for g in doc.gold:
            assert doc.text[g.start : g.end] == g.text, (doc.id, g)


def test_gold_spans_do_not_overlap(pool: list[Case]) -> None:
    for doc in documents(pool):
        spans = sorted((g.start, g.end) for g in doc.gold)
        for (_, end), (start, _) in itertools.pairwise(spans):
            assert end <= start, doc.id


# --- holdout4 on: names and sentences of its own ----------------------------------------


@dataclass(frozen=True)
class Spec:
    """What a pool's modules promise about it."""

    pool: str
    min_origins: int  # distinct origins among its given names
    min_surnames: int
    min_word_surnames: int
    min_female_word: int
    min_male_word: int
    min_word_origins: int  # distinct origins among its word-names
    body: tuple[int, int]  # least and most template sentences outside headings and intros
    min_per_section: int  # sentences in each of SECTIONS
    particles: tuple[str, ...]  # each begins some surname (the form for men)
    fem_particles: tuple[str, ...] = ()  # each begins some surname's form for women
    min_fem_forms: int = 1  # surnames whose form for women differs
    # some surname has an apostrophe and some begins in lower case (holdout4 promised
    # only one or the other)
    apostrophe_and_lower_case: bool = True
    # no sentence is a light edit of another pool's (holdout4, written before this was
    # checked, has one: '{P.first}: where tf r u {V.lower}', from holdout2's messages)
    own_wording: bool = True

    @property
    def names(self) -> ModuleType:
        return NAME_MODULES[self.pool]

    @property
    def earlier(self) -> list[ModuleType]:
        """The holdout pools' name modules written before this one."""
        order = list(NAME_MODULES)
        return [NAME_MODULES[p] for p in order[: order.index(self.pool)]]

    @property
    def templates(self) -> dict[str, list[str]]:
        return POOLS[self.pool]

    @property
    def people(self) -> list[N.FirstName]:
        m = self.names
        return [*m.FEMALE, *m.MALE, *m.FEMALE_WORD, *m.MALE_WORD]

    @property
    def all_surnames(self) -> list[N.Surname]:
        return [*self.names.SURNAMES, *self.names.SURNAMES_WORD]

    @property
    def new_given(self) -> set[str]:
        return given([self.people])

    @property
    def new_surnames(self) -> set[str]:
        return surnames([self.all_surnames])

    @property
    def old_names(self) -> set[str]:
        """Every given name, nickname and surname of names.py and the earlier pools."""
        first = [
            N.FEMALE, N.MALE, N.FEMALE_WORD, N.FEMALE_WORD_BOTH, N.MALE_WORD,
            N.MALE_WORD_BOTH,
        ]  # fmt: skip
        last = [N.SURNAMES, N.SURNAMES_WORD, N.SURNAMES_WORD_BOTH]
        for m in self.earlier:
            first += [m.FEMALE, m.MALE, m.FEMALE_WORD, m.MALE_WORD]
            last += [m.SURNAMES, m.SURNAMES_WORD]
        return given(first) | surnames(last)


H6_PARTICLES = (
    "ap ", "MacG", "Ó ", "O'", "di ", "della ", "Dell'", "van der ", "ben ", "Abu ", "el-",
    "El ", "Al-",
)  # fmt: skip
H7_PARTICLES = (
    "ap ", "ab ", "Ó ", "Mac ", "MacN", "O'", "D'", "De ", "dos ", "Lo ", "La ", "Al-",
)  # fmt: skip
H8_PARTICLES = (
    "ap ", "Mac", "Ó ", "O'", "D'", "de ", "van ", "da ", "Ben ", "El-", "Abu ",
)  # fmt: skip
H9_PARTICLES = (
    "ap ", "Mac", "Ó ", "O'", "D'", "de ", "van ", "da ", "dos ", "El ", "Al-", "bin ",
)  # fmt: skip
H10_PARTICLES = (
    "ap ", "Mac", "Mc", "Ó ", "O'", "D'", "de ", "da ", "dos ", "van ", "El ", "Al-", "Abu ",
    "Ben ", "bin ",
)  # fmt: skip
H11_PARTICLES = (
    "ap ", "Mac", "Mc", "Ó ", "O'", "D'", "de ", "da ", "van ", "El ", "Al-", "Abu ", "bin ",
)  # fmt: skip
H12_PARTICLES = H11_PARTICLES
H13_PARTICLES = H11_PARTICLES
H14_PARTICLES = H11_PARTICLES
H15_PARTICLES = H11_PARTICLES
H16_PARTICLES = H11_PARTICLES
H17_PARTICLES = H11_PARTICLES
H18_PARTICLES = H11_PARTICLES
H19_PARTICLES = H11_PARTICLES
H20_PARTICLES = H11_PARTICLES
H21_PARTICLES = H11_PARTICLES
H22_PARTICLES = H11_PARTICLES
H23_PARTICLES = H11_PARTICLES
H24_PARTICLES = H11_PARTICLES
H25_PARTICLES = H11_PARTICLES
SPECS = [
    Spec(
        "holdout4",
        min_origins=15,
        min_surnames=40,
        min_word_surnames=8,
        min_female_word=0,
        min_male_word=0,
        min_word_origins=0,
        body=(70, 100),
        min_per_section=0,
        particles=(),
        apostrophe_and_lower_case=False,
        own_wording=False,
    ),
    Spec(
        "holdout5",
        min_origins=20,
        min_surnames=60,
        min_word_surnames=12,
        min_female_word=15,
        min_male_word=10,
        min_word_origins=5,
        body=(100, 140),
        min_per_section=10,
        particles=("van ", "de ", "da ", "dos ", "bin ", "al-", "Mac", "Mc", "O'", "Ó "),
    ),
    Spec(
        "holdout6",
        min_origins=35,
        min_surnames=100,
        min_word_surnames=20,
        min_female_word=25,
        min_male_word=18,
        min_word_origins=6,
        body=(120, 160),
        min_per_section=13,
        particles=H6_PARTICLES,
        fem_particles=("ferch ", "Nic", "Ní ", "bat "),
        min_fem_forms=12,
    ),
    Spec(
        "holdout7",
        min_origins=45,
        min_surnames=110,
        min_word_surnames=30,
        min_female_word=30,
        min_male_word=24,
        min_word_origins=12,
        body=(150, 200),
        min_per_section=19,
        particles=H7_PARTICLES,
        fem_particles=("verch ", "Nic ", "NicN", "Ní "),
        min_fem_forms=20,
    ),
    Spec(
        "holdout8",
        min_origins=50,
        min_surnames=210,
        min_word_surnames=36,
        min_female_word=34,
        min_male_word=28,
        min_word_origins=14,
        body=(170, 230),
        min_per_section=20,
        particles=H8_PARTICLES,
        fem_particles=("Ní ",),
        min_fem_forms=22,
    ),
    Spec(
        "holdout9",
        min_origins=52,
        min_surnames=220,
        min_word_surnames=40,
        min_female_word=36,
        min_male_word=30,
        min_word_origins=15,
        body=(180, 240),
        min_per_section=21,
        particles=H9_PARTICLES,
        fem_particles=("Ní ", "Nic"),
        min_fem_forms=24,
    ),
    Spec(
        "holdout10",
        min_origins=60,
        min_surnames=300,
        min_word_surnames=60,
        min_female_word=50,
        min_male_word=44,
        min_word_origins=30,
        body=(230, 270),
        min_per_section=26,
        particles=H10_PARTICLES,
        fem_particles=("Ní ", "Nic", "binti "),
        min_fem_forms=30,
    ),
    Spec(
        "holdout11",
        min_origins=60,
        min_surnames=300,
        min_word_surnames=60,
        min_female_word=50,
        min_male_word=44,
        min_word_origins=30,
        body=(230, 270),
        min_per_section=26,
        particles=H11_PARTICLES,
        fem_particles=("Ní ", "Nic"),
        min_fem_forms=30,
    ),
    Spec(
        "holdout12",
        min_origins=60,
        min_surnames=300,
        min_word_surnames=60,
        min_female_word=50,
        min_male_word=44,
        min_word_origins=30,
        body=(230, 270),
        min_per_section=26,
        particles=H12_PARTICLES,
        fem_particles=("Ní ", "Nic"),
        min_fem_forms=30,
    ),
    Spec(
        "holdout13",
        min_origins=60,
        min_surnames=300,
        min_word_surnames=60,
        min_female_word=50,
        min_male_word=44,
        min_word_origins=30,
        body=(230, 270),
        min_per_section=26,
        particles=H13_PARTICLES,
        fem_particles=("Ní ", "Nic"),
        min_fem_forms=30,
    ),
    Spec(
        "holdout14",
        min_origins=60,
        min_surnames=300,
        min_word_surnames=60,
        min_female_word=50,
        min_male_word=44,
        min_word_origins=30,
        body=(230, 270),
        min_per_section=26,
        particles=H14_PARTICLES,
        fem_particles=("Ní ", "Nic"),
        min_fem_forms=30,
    ),
    Spec(
        "holdout15",
        min_origins=60,
        min_surnames=300,
        min_word_surnames=60,
        min_female_word=50,
        min_male_word=44,
        min_word_origins=30,
        body=(230, 270),
        min_per_section=26,
        particles=H15_PARTICLES,
        fem_particles=("Ní ", "Nic"),
        min_fem_forms=30,
    ),
    Spec(
        "holdout16",
        min_origins=60,
        min_surnames=300,
        min_word_surnames=60,
        min_female_word=50,
        min_male_word=44,
        min_word_origins=30,
        body=(230, 270),
        min_per_section=26,
        particles=H16_PARTICLES,
        fem_particles=("Ní ", "Nic"),
        min_fem_forms=30,
    ),
    Spec(
        "holdout17",
        min_origins=60,
        min_surnames=300,
        min_word_surnames=60,
        min_female_word=40,
        min_male_word=36,
        min_word_origins=25,
        body=(230, 270),
        min_per_section=26,
        particles=H17_PARTICLES,
        fem_particles=("Ní ", "Nic"),
        min_fem_forms=30,
    ),
    Spec(
        "holdout18",
        min_origins=60,
        min_surnames=300,
        min_word_surnames=60,
        min_female_word=40,
        min_male_word=36,
        min_word_origins=25,
        body=(230, 270),
        min_per_section=26,
        particles=H18_PARTICLES,
        fem_particles=("Ní ", "Nic"),
        min_fem_forms=30,
    ),
    Spec(
        "holdout19",
        min_origins=60,
        min_surnames=300,
        min_word_surnames=60,
        min_female_word=40,
        min_male_word=36,
        min_word_origins=25,
        body=(230, 270),
        min_per_section=26,
        particles=H19_PARTICLES,
        fem_particles=("Ní ", "Nic"),
        min_fem_forms=30,
    ),
    Spec(
        "holdout20",
        min_origins=60,
        min_surnames=300,
        min_word_surnames=60,
        min_female_word=26,
        min_male_word=24,
        min_word_origins=16,
        body=(230, 270),
        min_per_section=26,
        particles=H20_PARTICLES,
        fem_particles=("Ní ", "Nic"),
        min_fem_forms=30,
    ),
    Spec(
        "holdout21",
        min_origins=60,
        min_surnames=300,
        min_word_surnames=60,
        min_female_word=20,
        min_male_word=20,
        min_word_origins=14,
        body=(230, 270),
        min_per_section=26,
        particles=H21_PARTICLES,
        fem_particles=("Ní ", "Nic"),
        min_fem_forms=30,
    ),
    Spec(
        "holdout22",
        min_origins=60,
        min_surnames=300,
        min_word_surnames=60,
        min_female_word=16,
        min_male_word=16,
        min_word_origins=12,
        body=(230, 270),
        min_per_section=26,
        particles=H22_PARTICLES,
        fem_particles=("Ní ", "Nic"),
        min_fem_forms=30,
    ),
    Spec(
        "holdout23",
        min_origins=60,
        min_surnames=300,
        min_word_surnames=60,
        min_female_word=12,
        min_male_word=12,
        min_word_origins=8,
        body=(230, 270),
        min_per_section=26,
        particles=H23_PARTICLES,
        fem_particles=("Ní ", "Nic"),
        min_fem_forms=30,
    ),
    Spec(
        "holdout24",
        min_origins=60,
        min_surnames=300,
        min_word_surnames=60,
        min_female_word=12,
        min_male_word=12,
        min_word_origins=8,
        body=(230, 270),
        min_per_section=26,
        particles=H24_PARTICLES,
        fem_particles=("Ní ", "Nic"),
        min_fem_forms=30,
    ),
    Spec(
        "holdout25",
        min_origins=60,
        min_surnames=300,
        min_word_surnames=60,
        min_female_word=10,
        min_male_word=10,
        min_word_origins=8,
        body=(230, 270),
        min_per_section=26,
        particles=H25_PARTICLES,
        fem_particles=("Ní ", "Nic"),
        min_fem_forms=30,
    ),
]


@pytest.fixture(scope="module", params=SPECS, ids=[s.pool for s in SPECS])
def spec(request: pytest.FixtureRequest) -> Spec:
    return request.param


def test_the_pool_uses_its_own_names(spec: Spec) -> None:
    pool = build_corpus(spec.pool, 5)
    cast_given = {
        n.casefold()
        for case in pool
        for p in case.cast.values()
        for n in (p.first.name, p.first.nick)
    }
    assert cast_given <= spec.new_given
    cast_surnames = {
        part.casefold()
        for case in pool
        for p in case.cast.values()
        for part in _split_double_barrel(p.surname, spec.new_surnames)
    }
    assert cast_surnames <= spec.new_surnames
    assert N.name_pool(spec.pool) is spec.names.POOL


def _split_double_barrel(surname: str, own: set[str]) -> list[str]:
    """A child or professional may carry two of the pool's surnames joined by a hyphen
    (and one of them may be hyphenated already); the pool's own hyphenated surnames stay
    whole."""
    if surname.casefold() in own:
        return [surname]
    for i, ch in enumerate(surname):
        if ch == "-" and surname[:i].casefold() in own and surname[i + 1 :].casefold() in own:
            return [surname[:i], surname[i + 1 :]]
    return [surname]


def test_no_given_name_or_nickname_is_shared_with_the_earlier_lists(spec: Spec) -> None:
    old = spec.old_names
    assert not spec.new_given & old
    assert not tokens(spec.new_given) & tokens(old)


def test_no_surname_is_shared_with_the_earlier_lists(spec: Spec) -> None:
    old = spec.old_names
    assert not spec.new_surnames & old
    assert not tokens(spec.new_surnames) & tokens(old)


def test_no_name_is_listed_twice_and_no_nickname_is_another_name(spec: Spec) -> None:
    names = [f.name.casefold() for f in spec.people]
    nicks = [f.nick.casefold() for f in spec.people]
    assert len(set(names)) == len(names)
    assert len(set(nicks)) == len(nicks)
    assert not set(nicks) & set(names)
    assert not set(names + nicks) & spec.new_surnames
    assert not tokens(set(names + nicks)) & tokens(spec.new_surnames)
    masc = [s.masc for s in spec.all_surnames]
    assert len(set(masc)) == len(masc)


def test_the_lists_have_the_promised_shape(spec: Spec) -> None:
    m, people, all_surnames = spec.names, spec.people, spec.all_surnames
    assert len({f.origin for f in people}) >= spec.min_origins
    assert all(f.word for f in m.FEMALE_WORD + m.MALE_WORD)
    assert not any(f.word for f in m.FEMALE + m.MALE)
    assert len(m.FEMALE_WORD) >= spec.min_female_word
    assert len(m.MALE_WORD) >= spec.min_male_word
    assert len({f.origin for f in m.FEMALE_WORD + m.MALE_WORD}) >= spec.min_word_origins
    assert len(all_surnames) >= spec.min_surnames
    assert len(m.SURNAMES_WORD) >= spec.min_word_surnames
    masc = [s.masc for s in all_surnames]
    assert any(" " in s for s in masc)
    assert any("-" in s for s in masc)
    assert any("'" in s or s[0].islower() for s in masc)
    if spec.apostrophe_and_lower_case:
        assert any("'" in s for s in masc) and any(s[0].islower() for s in masc)
    for particle in spec.particles:
        assert any(s.startswith(particle) for s in masc), particle
    for particle in spec.fem_particles:
        assert any(s.fem.startswith(particle) for s in all_surnames), particle
    assert sum(s.masc != s.fem for s in all_surnames) >= spec.min_fem_forms
    names = [f.name for f in people]
    assert any(" " in n for n in names) and any("-" in n for n in names)
    assert any(not n.isascii() for n in names + [f.nick for f in people])
    assert {f.origin for f in people} >= {s.origin for s in all_surnames}
    assert all(s.word for s in m.SURNAMES_WORD) and not any(s.word for s in m.SURNAMES)
    assert any(not s.isascii() for s in masc)
    assert any(not n.isascii() for n in names)
    assert any(not f.nick.isascii() for f in people)


def test_places_and_institutions_are_new(spec: Spec) -> None:
    old_pools = [N.name_pool("dev"), N.name_pool("test"), *(m.POOL for m in spec.earlier)]
    for attr in ("streets", "blocks", "towns", "stems", "pubs"):
        old = {x for p in old_pools for x in getattr(p, attr)}
        assert not set(getattr(spec.names.POOL, attr)) & old, attr


def test_no_template_sentence_is_shared_with_another_pool(spec: Spec) -> None:
    others = set().union(*(sentences(p) for name, p in POOLS.items() if name != spec.pool))
    assert not sentences(spec.templates) & others
    mine = [t for ts in spec.templates.values() for t in ts]
    assert len(mine) == len(set(mine))
    assert POOLS[spec.pool] is TEMPLATES[spec.pool]


def _shape(template: str) -> str:
    """A template with its placeholders, case, punctuation and spacing taken away."""
    return " ".join(re.findall(r"\w+", PLACEHOLDER.sub(" ", template).casefold()))


def near_copies(mine: list[str], others: list[str], limit: float = 0.75) -> list[tuple[str, str]]:
    """The pairs (mine, other) whose SequenceMatcher ratio is at least `limit`.

    SequenceMatcher's matching blocks are a common subsequence, so its ratio is at
    most the longest common subsequence's (rapidfuzz's `fuzz.ratio`, in C++ for
    every pair at once): only the pairs that bound lets through pay for ratio().
    SequenceMatcher alone on every pair took up to ten minutes a pool, most of the
    suite's time."""
    if not mine or not others:
        return []
    bound = cdist(mine, others, scorer=fuzz.ratio, score_cutoff=limit * 100 - 1e-6)
    return [
        (mine[i], others[j])
        for i, j in zip(*np.nonzero(bound), strict=True)
        if SequenceMatcher(None, mine[i], others[j], autojunk=False).ratio() >= limit
    ]


def test_near_copies_finds_a_light_edit_and_only_that() -> None:
    mine = ["she said he would ring the gp on monday", "a completely different sentence here"]
    others = ["she said he would ring the doctor on monday", "nothing alike at all in any way"]
    assert near_copies(mine, others) == [(mine[0], others[0])]
    assert near_copies(mine[1:], others) == []


def test_no_template_sentence_is_a_light_edit_of_another_pools(spec: Spec) -> None:
    if not spec.own_wording:
        pytest.skip(f"{spec.pool} was written before this was checked")
    others = {_shape(t) for name, p in POOLS.items() if name != spec.pool for t in sentences(p)}
    others.discard("")
    # too few words of its own to be anyone's copy
    mine = sorted(s for t in sentences(spec.templates) if len((s := _shape(t)).split()) >= 3)
    assert not near_copies(mine, sorted(others))


def test_templates_have_the_same_sections_as_the_other_pools(spec: Spec) -> None:
    t = spec.templates
    assert all(set(t) == set(p) for p in POOLS.values())
    assert len(t["heading"]) == len(SECTIONS)
    body = sum(len(v) for k, v in t.items() if k not in ("heading", "texts_intro"))
    lo, hi = spec.body
    assert lo <= body <= hi
    assert all(len(t[sec]) >= spec.min_per_section for sec in SECTIONS)


def test_templates_only_use_known_placeholders_and_every_role_and_form(spec: Spec) -> None:
    roles, forms, globals_ = set(), set(), set()
    for t in sentences(spec.templates):
        for m in PLACEHOLDER.finditer(t):
            key, form = m.group(1), m.group(2)
            if form is None:
                assert key in GLOBALS, t
                globals_.add(key)
            else:
                assert key in ROLE_NAMES, t
                assert form in PERSON_FORMS | ID_FORMS, t
                roles.add(key)
                forms.add(form)
        assert not re.search(r"\{[^}]*$", t)
        assert not re.search(r"\{(?![A-Z0-9]+(?:\.[a-z]+)?\})", t), t
    assert roles == set(ROLE_NAMES)
    assert forms == PERSON_FORMS | ID_FORMS
    assert globals_ == GLOBALS


def test_messages_are_in_lower_case_with_names_in_lower_case(spec: Spec) -> None:
    texts = spec.templates["texts"]
    lower = [t for t in texts if re.search(r"\{[A-Z0-9]+\.(?:lower|lnick)\}", t)]
    assert len(lower) >= len(texts) * 2 // 3
    assert any(not t.isascii() for t in texts)  # emoji


def test_every_role_and_name_form_reaches_the_gold(spec: Spec) -> None:
    gold = [g for d in documents(build_corpus(spec.pool, 40)) for g in d.gold]
    people = [g for g in gold if g.label == "PERSON"]
    assert {g.role for g in people} == set(ROLE_NAMES)
    assert {g.form for g in people} == set(NAME_FORMS)
    assert any("wordname" in g.tags for g in people)
    assert any("nonanglo" in g.tags for g in people)
    assert any("hyphenated" in g.tags for g in people)
