"""The fifth holdout pool (``holdout5``): it builds, its gold is exact, and its names and
sentences are its own (not even lightly edited copies of another pool's). Written for
issue 13 by someone who had not read the redaction engine; no engine change was checked
against it before its first figures were reported."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from bench.redaction import names as N
from bench.redaction import names_holdout2 as H2
from bench.redaction import names_holdout3 as H3
from bench.redaction import names_holdout4 as H4
from bench.redaction import names_holdout5 as H5
from bench.redaction.corpus import (
    NAME_FORMS,
    PLACEHOLDER,
    ROLE_NAMES,
    build_corpus,
    documents,
)
from bench.redaction.templates import POOLS, SECTIONS
from bench.redaction.templates_holdout5 import HOLDOUT5
from bench.redaction.tests.pool_checks import (
    GLOBALS,
    ID_FORMS,
    PERSON_FORMS,
    given,
    sentences,
    surnames,
    tokens,
)

OLD_GIVEN = given(
    [
        N.FEMALE, N.MALE, N.FEMALE_WORD, N.FEMALE_WORD_BOTH, N.MALE_WORD, N.MALE_WORD_BOTH,
        H2.FEMALE, H2.MALE, H2.FEMALE_WORD, H2.MALE_WORD,
        H3.FEMALE, H3.MALE, H3.FEMALE_WORD, H3.MALE_WORD,
        H4.FEMALE, H4.MALE, H4.FEMALE_WORD, H4.MALE_WORD,
    ]
)  # fmt: skip
OLD_SURNAMES = surnames(
    [
        N.SURNAMES, N.SURNAMES_WORD, N.SURNAMES_WORD_BOTH, H2.SURNAMES, H2.SURNAMES_WORD,
        H3.SURNAMES, H3.SURNAMES_WORD, H4.SURNAMES, H4.SURNAMES_WORD,
    ]
)  # fmt: skip
NEW_GIVEN = given([H5.FEMALE, H5.MALE, H5.FEMALE_WORD, H5.MALE_WORD])
NEW_SURNAMES = surnames([H5.SURNAMES, H5.SURNAMES_WORD])
PEOPLE = H5.FEMALE + H5.MALE + H5.FEMALE_WORD + H5.MALE_WORD
ALL_SURNAMES = H5.SURNAMES + H5.SURNAMES_WORD


def test_the_pool_uses_its_own_names() -> None:
    pool = build_corpus("holdout5", 5)
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
    """A child or professional may carry two of the pool's surnames joined by a hyphen
    (and one of them may be hyphenated already); the pool's own hyphenated surnames stay
    whole."""
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
    assert not tokens(NEW_GIVEN) & tokens(old)


def test_no_surname_is_shared_with_the_other_lists() -> None:
    old = OLD_GIVEN | OLD_SURNAMES
    assert not NEW_SURNAMES & old
    assert not tokens(NEW_SURNAMES) & tokens(old)


def test_no_name_is_listed_twice_and_no_nickname_is_another_name() -> None:
    names = [f.name.casefold() for f in PEOPLE]
    nicks = [f.nick.casefold() for f in PEOPLE]
    assert len(set(names)) == len(names)
    assert len(set(nicks)) == len(nicks)
    assert not set(nicks) & set(names)
    assert not set(names + nicks) & NEW_SURNAMES
    assert not tokens(set(names + nicks)) & tokens(NEW_SURNAMES)
    masc = [s.masc for s in ALL_SURNAMES]
    assert len(set(masc)) == len(masc)


def test_the_lists_have_the_promised_shape() -> None:
    assert len({f.origin for f in PEOPLE}) >= 20
    assert {f.origin for f in PEOPLE} >= {s.origin for s in ALL_SURNAMES}
    assert all(f.word for f in H5.FEMALE_WORD + H5.MALE_WORD)
    assert not any(f.word for f in H5.FEMALE + H5.MALE)
    assert all(s.word for s in H5.SURNAMES_WORD) and not any(s.word for s in H5.SURNAMES)
    assert len(H5.FEMALE_WORD) >= 15 and len(H5.MALE_WORD) >= 10
    assert len({f.origin for f in H5.FEMALE_WORD + H5.MALE_WORD}) >= 5
    assert len(ALL_SURNAMES) >= 60 and len(H5.SURNAMES_WORD) >= 12
    masc = [s.masc for s in ALL_SURNAMES]
    assert any(" " in s for s in masc)
    assert any("-" in s for s in masc)
    assert any("'" in s for s in masc)
    assert any(s[0].islower() for s in masc)
    for particle in ("van ", "de ", "da ", "dos ", "bin ", "al-", "Mac", "Mc", "O'", "Ó "):
        assert any(s.startswith(particle) for s in masc), particle
    assert any(s.masc != s.fem for s in ALL_SURNAMES)
    assert any(not s.isascii() for s in masc)
    names = [f.name for f in PEOPLE]
    assert any(" " in n for n in names) and any("-" in n for n in names)
    assert any(not n.isascii() for n in names) and any(not f.nick.isascii() for f in PEOPLE)


def test_places_and_institutions_are_new() -> None:
    old_pools = [N.name_pool("dev"), N.name_pool("test"), H2.POOL, H3.POOL, H4.POOL]
    for attr in ("streets", "blocks", "towns", "stems", "pubs"):
        old = {x for p in old_pools for x in getattr(p, attr)}
        assert not set(getattr(H5.POOL, attr)) & old, attr
    assert N.name_pool("holdout5") is H5.POOL


def test_no_template_sentence_is_shared_with_another_pool() -> None:
    others = set().union(*(sentences(p) for name, p in POOLS.items() if name != "holdout5"))
    assert not sentences(HOLDOUT5) & others
    mine = [t for ts in HOLDOUT5.values() for t in ts]
    assert len(mine) == len(set(mine))
    assert POOLS["holdout5"] is HOLDOUT5


def _shape(template: str) -> str:
    """A template with its placeholders, case, punctuation and spacing taken away."""
    return " ".join(re.findall(r"\w+", PLACEHOLDER.sub(" ", template).casefold()))


def test_no_template_sentence_is_a_light_edit_of_another_pools() -> None:
    others = {_shape(t) for name, p in POOLS.items() if name != "holdout5" for t in sentences(p)}
    others.discard("")
    for t in sentences(HOLDOUT5):
        mine = _shape(t)
        if len(mine.split()) < 3:  # too few words of its own to be anyone's copy
            continue
        for other in others:
            m = SequenceMatcher(None, mine, other, autojunk=False)
            if m.real_quick_ratio() >= 0.75 and m.quick_ratio() >= 0.75:
                assert m.ratio() < 0.75, (t, other)


def test_templates_have_the_same_sections_as_the_other_pools() -> None:
    assert set(HOLDOUT5) == set(POOLS["holdout4"]) == set(POOLS["test"])
    assert len(HOLDOUT5["heading"]) == len(SECTIONS)
    body = sum(len(v) for k, v in HOLDOUT5.items() if k not in ("heading", "texts_intro"))
    assert 100 <= body <= 140
    assert all(len(HOLDOUT5[sec]) >= 10 for sec in SECTIONS)


def test_templates_only_use_known_placeholders_and_every_role_and_form() -> None:
    roles, forms, globals_ = set(), set(), set()
    for t in sentences(HOLDOUT5):
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


def test_messages_are_in_lower_case_with_names_in_lower_case() -> None:
    lower = [t for t in HOLDOUT5["texts"] if re.search(r"\{[A-Z0-9]+\.(?:lower|lnick)\}", t)]
    assert len(lower) >= len(HOLDOUT5["texts"]) * 2 // 3
    assert any(not t.isascii() for t in HOLDOUT5["texts"])  # emoji


def test_every_role_and_name_form_reaches_the_gold() -> None:
    gold = [g for d in documents(build_corpus("holdout5", 40)) for g in d.gold]
    people = [g for g in gold if g.label == "PERSON"]
    assert {g.role for g in people} == set(ROLE_NAMES)
    assert {g.form for g in people} == set(NAME_FORMS)
    assert any("wordname" in g.tags for g in people)
    assert any("nonanglo" in g.tags for g in people)
    assert any("hyphenated" in g.tags for g in people)
