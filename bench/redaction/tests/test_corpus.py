"""The synthetic corpus: gold spans are exact, pools are disjoint, every case is covered."""

from __future__ import annotations

import itertools
import random
import re

import pytest

from bench.redaction import names as N
from bench.redaction.corpus import (
    IDENTIFIER_LABELS,
    NAME_FORMS,
    PLACEHOLDER,
    build_corpus,
    build_long_case,
    decoy_spans,
    documents,
    nhs_number,
    nhs_valid,
    ni_number,
)
from bench.redaction.templates import DEV, HOLDOUT, TEST


@pytest.fixture(scope="module")
def test_pool() -> list:
    return build_corpus("test", 12)


@pytest.fixture(scope="module")
def dev_pool() -> list:
    return build_corpus("dev", 12)


def test_every_gold_span_is_the_text_at_its_offsets(test_pool, dev_pool):
    for doc in [*documents(test_pool), *documents(dev_pool)]:
        for g in doc.gold:
            assert doc.text[g.start : g.end] == g.text, (doc.id, g)


def test_gold_spans_do_not_overlap(test_pool):
    for doc in documents(test_pool):
        spans = sorted((g.start, g.end) for g in doc.gold)
        for (_, end), (start, _) in itertools.pairwise(spans):
            assert end <= start, doc.id


def test_same_seed_gives_the_same_corpus_and_another_seed_does_not():
    a = build_corpus("test", 3, seed=1)
    b = build_corpus("test", 3, seed=1)
    c = build_corpus("test", 3, seed=2)
    texts = [d.text for d in documents(a)]
    assert texts == [d.text for d in documents(b)]
    assert texts != [d.text for d in documents(c)]


def test_development_and_test_templates_share_no_sentence():
    def sentences(pool: dict[str, list[str]]) -> set[str]:
        return {t for key, ts in pool.items() for t in ts}

    assert not sentences(DEV) & sentences(TEST)
    assert not sentences(HOLDOUT) & (sentences(DEV) | sentences(TEST))
    assert set(DEV) == set(TEST) == set(HOLDOUT)
    assert sum(len(v) for k, v in TEST.items() if k not in ("heading", "texts_intro")) >= 40
    assert sum(len(v) for k, v in DEV.items() if k not in ("heading", "texts_intro")) >= 40


def test_name_lists_split_except_the_six_word_names_the_issue_names():
    dev, test = N.name_pool("dev"), N.name_pool("test")
    both = {f.name for f in dev.female + dev.male + dev.female_word + dev.male_word} & {
        f.name for f in test.female + test.male + test.female_word + test.male_word
    }
    assert both == {"Hope", "Summer", "May", "Rose", "Will"}
    assert {s.masc for s in dev.surnames + dev.surnames_word} & {
        s.masc for s in test.surnames + test.surnames_word
    } == {"Wood"}


def test_test_pool_has_every_name_form_label_and_hard_case(test_pool):
    gold = [g for d in documents(test_pool) for g in d.gold]
    forms = {g.form for g in gold if g.label == "PERSON"}
    assert set(NAME_FORMS) <= forms
    labels = {g.label for g in gold}
    assert set(IDENTIFIER_LABELS) <= labels
    assert {
        "URL",
        "DATE_OF_BIRTH",
        "POLICE_REF",
        "COLLAR_NUMBER",
        "ADDRESS",
        "INSTITUTION",
    } <= labels
    tags = {t for g in gold for t in g.tags}
    assert {"nonanglo", "wordname", "hyphenated"} <= tags
    assert {g.form for g in gold if g.label == "POSTCODE"} == {"full", "partial"}
    assert {g.form for g in gold if g.label == "ADDRESS"} == {"flat", "street"}
    assert {g.role for g in gold if g.label == "PERSON" and g.registered} == {
        "V",
        "P",
        "C",
        "M",
        "S",
    }


def test_linebreak_names_really_break_across_lines(test_pool):
    broken = [g.text for d in documents(test_pool) for g in d.gold if g.form == "linebreak"]
    assert broken and all("\n" in t for t in broken)


def test_templates_only_use_known_placeholders():
    for pool in (DEV, TEST, HOLDOUT):
        for templates in pool.values():
            for t in templates:
                for m in PLACEHOLDER.finditer(t):
                    assert m.group(1) in {
                        "V", "P", "C", "M", "S", "GP", "PC", "PC2", "SW", "TCH", "IDVA", "PO",
                        "NUR", "NB", "FR", "EX", "SCHOOL", "SURGERY", "CAREHOME", "WORK", "PUB",
                        "TOWN", "CRIME", "OCC", "DATE", "MAYDATE", "TIME",
                    }  # fmt: skip
                assert not re.search(r"\{[^}]*$", t)


def test_nhs_numbers_pass_mod_11_and_a_changed_digit_fails():
    rng = random.Random(3)
    for _ in range(200):
        n = nhs_number(rng)
        assert nhs_valid(n)
        bumped = n[:4] + str((int(n[4]) + 1) % 10) + n[5:]
        assert not nhs_valid(bumped)


def test_ni_numbers_have_a_valid_prefix_and_suffix():
    rng = random.Random(4)
    for _ in range(200):
        n = ni_number(rng).replace(" ", "")
        assert re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", n)
        assert n[:2] not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def test_decoys_are_found_and_never_inside_gold(test_pool):
    kinds = set()
    for doc in documents(test_pool):
        for start, end, kind in decoy_spans(doc):
            kinds.add(kind)
            assert not any(g.start < end and start < g.end for g in doc.gold)
    assert {"agency", "legislation", "acronym", "pseudonym", "word"} <= kinds


def test_long_case_reaches_the_word_count_with_one_cast():
    case = build_long_case(words=5_000)
    (doc,) = case.documents
    assert doc.words >= 5_000
    people = {
        g.text for g in doc.gold if g.label == "PERSON" and g.role == "V" and g.form == "full"
    }
    assert people == {case.cast["V"].full}


def test_register_lists_victim_perpetrator_and_family_with_pseudonyms(test_pool):
    people = test_pool[0].register_people()
    assert [p["pseudonym"] for p in people] == [
        "Adult A",
        "Adult B",
        "Child C",
        "Adult D",
        "Adult E",
    ]
    assert people[0]["name"] == test_pool[0].cast["V"].full


def test_a_surname_shared_within_the_family_is_ambiguous(test_pool):
    from bench.redaction.corpus import ambiguous_names

    cast = test_pool[0].cast
    assert cast["V"].surname.casefold() in ambiguous_names(cast)
    assert cast["V"].first.name.casefold() not in ambiguous_names(cast)
