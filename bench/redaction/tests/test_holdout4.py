"""The fourth holdout pool (``holdout4``): it builds, its gold is exact, and its names and
sentences are its own. Written for issue 13 on 4 December 2026 by someone who had not
read the redaction engine; no engine change is checked against the pool before its
figures are reported."""

from __future__ import annotations

import itertools
import re

import pytest

from bench.redaction import names as N
from bench.redaction import names_holdout2 as H2
from bench.redaction import names_holdout3 as H3
from bench.redaction import names_holdout4 as H4
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

PARTICLES = {"o", "ó", "ní", "mac", "van", "der", "de", "da", "dos", "al", "le", "el", "ap"}
PERSON_FORMS = {
    "full", "tfull", "first", "surname", "title", "initial", "nick", "poss", "sposs", "caps",
    "capsfirst", "lower", "lnick", "broken", "hyph", "officer",
}  # fmt: skip
ID_FORMS = {
    "nhs", "ni", "dob", "phone", "email", "url", "vrm", "address", "postcode", "pcpart",
}  # fmt: skip
GLOBALS = {
    "SCHOOL", "SURGERY", "CAREHOME", "WORK", "PUB", "TOWN", "CRIME", "OCC", "DATE", "MAYDATE",
    "TIME",
}  # fmt: skip


@pytest.fixture(scope="module")
def pool() -> list[Case]:
    return build_corpus("holdout4", 5)


def _given(lists: list[list[N.FirstName]]) -> set[str]:
    return {n.casefold() for fs in lists for f in fs for n in (f.name, f.nick)}


def _surnames(lists: list[list[N.Surname]]) -> set[str]:
    return {n.casefold() for ss in lists for s in ss for n in (s.masc, s.fem)}


def _tokens(names: set[str]) -> set[str]:
    return {t for n in names for t in re.split(r"[ \-]", n) if t and t not in PARTICLES}


OLD_GIVEN = _given(
    [
        N.FEMALE, N.MALE, N.FEMALE_WORD, N.FEMALE_WORD_BOTH, N.MALE_WORD, N.MALE_WORD_BOTH,
        H2.FEMALE, H2.MALE, H2.FEMALE_WORD, H2.MALE_WORD,
        H3.FEMALE, H3.MALE, H3.FEMALE_WORD, H3.MALE_WORD,
    ]
)  # fmt: skip
OLD_SURNAMES = _surnames(
    [
        N.SURNAMES, N.SURNAMES_WORD, N.SURNAMES_WORD_BOTH, H2.SURNAMES, H2.SURNAMES_WORD,
        H3.SURNAMES, H3.SURNAMES_WORD,
    ]
)  # fmt: skip
NEW_GIVEN = _given([H4.FEMALE, H4.MALE, H4.FEMALE_WORD, H4.MALE_WORD])
NEW_SURNAMES = _surnames([H4.SURNAMES, H4.SURNAMES_WORD])


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


def test_the_pool_uses_its_own_names(pool: list[Case]) -> None:
    cast_given = {
        n.casefold()
        for case in pool
        for p in case.cast.values()
        for n in (p.first.name, p.first.nick)
    }
    assert cast_given <= NEW_GIVEN
    cast_surnames = {
        part.casefold()
        for case in pool
        for p in case.cast.values()
        for part in _split_double_barrel(p.surname)
    }
    assert cast_surnames <= NEW_SURNAMES


def _split_double_barrel(surname: str) -> list[str]:
    """A child or professional may carry two of the pool's surnames joined by a hyphen;
    the pool's own hyphenated surnames stay whole."""
    own = {s.casefold() for s in NEW_SURNAMES}
    if surname.casefold() in own:
        return [surname]
    for i, ch in enumerate(surname):
        if ch == "-" and surname[:i].casefold() in own and surname[i + 1 :].casefold() in own:
            return [surname[:i], surname[i + 1 :]]
    return [surname]


def test_no_given_name_or_nickname_is_shared_with_the_other_lists() -> None:
    old = OLD_GIVEN | OLD_SURNAMES
    assert not NEW_GIVEN & old
    assert not _tokens(NEW_GIVEN) & _tokens(old)


def test_no_surname_is_shared_with_the_other_lists() -> None:
    old = OLD_GIVEN | OLD_SURNAMES
    assert not NEW_SURNAMES & old
    assert not _tokens(NEW_SURNAMES) & _tokens(old)


def test_no_name_is_listed_twice_and_no_nickname_is_another_name() -> None:
    people = H4.FEMALE + H4.MALE + H4.FEMALE_WORD + H4.MALE_WORD
    names = [f.name.casefold() for f in people]
    nicks = [f.nick.casefold() for f in people]
    assert len(set(names)) == len(names)
    assert len(set(nicks)) == len(nicks)
    assert not set(nicks) & set(names)
    assert not set(names + nicks) & NEW_SURNAMES
    surnames = [s.masc for s in H4.SURNAMES + H4.SURNAMES_WORD]
    assert len(set(surnames)) == len(surnames)


def test_the_lists_have_the_promised_shape() -> None:
    people = H4.FEMALE + H4.MALE + H4.FEMALE_WORD + H4.MALE_WORD
    assert len({f.origin for f in people}) >= 15
    assert all(f.word for f in H4.FEMALE_WORD + H4.MALE_WORD)
    assert not any(f.word for f in H4.FEMALE + H4.MALE)
    surnames = H4.SURNAMES + H4.SURNAMES_WORD
    assert len(surnames) >= 40 and len(H4.SURNAMES_WORD) >= 8
    assert any(" " in s.masc for s in surnames)
    assert any("-" in s.masc for s in surnames)
    assert any("'" in s.masc or s.masc[0].islower() for s in surnames)
    assert any(s.masc != s.fem for s in surnames)
    given = [f.name for f in people]
    assert any(" " in n for n in given) and any("-" in n for n in given)
    assert any(not n.isascii() for n in given + [f.nick for f in people])


def test_places_and_institutions_are_new() -> None:
    old_pools = [N.name_pool("dev"), N.name_pool("test"), H2.POOL, H3.POOL]
    for attr in ("streets", "blocks", "towns", "stems", "pubs"):
        old = {x for p in old_pools for x in getattr(p, attr)}
        assert not set(getattr(H4.POOL, attr)) & old, attr
    assert N.name_pool("holdout4") is H4.POOL


def _sentences(pool: dict[str, list[str]]) -> set[str]:
    return {t for ts in pool.values() for t in ts}


def test_no_template_sentence_is_shared_with_another_pool() -> None:
    others = set().union(*(_sentences(p) for name, p in POOLS.items() if name != "holdout4"))
    assert not _sentences(HOLDOUT4) & others
    mine = [t for ts in HOLDOUT4.values() for t in ts]
    assert len(mine) == len(set(mine))
    assert POOLS["holdout4"] is HOLDOUT4


def test_templates_have_the_same_sections_as_the_other_pools() -> None:
    assert set(HOLDOUT4) == set(POOLS["holdout3"]) == set(POOLS["test"])
    assert len(HOLDOUT4["heading"]) == len(SECTIONS)
    body = sum(len(v) for k, v in HOLDOUT4.items() if k not in ("heading", "texts_intro"))
    assert 70 <= body <= 100


def test_templates_only_use_known_placeholders_and_every_role_and_form() -> None:
    roles, forms, globals_ = set(), set(), set()
    for t in _sentences(HOLDOUT4):
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


def test_every_role_and_name_form_reaches_the_gold() -> None:
    gold = [g for d in documents(build_corpus("holdout4", 40)) for g in d.gold]
    people = [g for g in gold if g.label == "PERSON"]
    assert {g.role for g in people} == set(ROLE_NAMES)
    assert {g.form for g in people} == set(NAME_FORMS)
