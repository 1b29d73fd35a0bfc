"""The scoring functions, on hand-made documents."""

from __future__ import annotations

from bench.redaction.corpus import Document, Gold
from bench.redaction.evaluate import (
    Consistency,
    Scores,
    Span,
    coverage,
    mask,
    normalise_pseudonym,
    replacements_by_person,
)

TEXT = "Mrs Anna Nowicka's son met Dan at the MARAC on 3 May 2021. Call 07700 900123."


def doc() -> Document:
    def g(sub: str, label: str, form: str, role: str | None = None, reg: bool = False) -> Gold:
        i = TEXT.index(sub)
        return Gold(i, i + len(sub), label, form, sub, role, reg)

    return Document(
        "d1",
        "c1",
        "test",
        "gp",
        TEXT,
        [
            g("Anna Nowicka", "PERSON", "full", "V", True),
            g("Dan", "PERSON", "first", "P", True),
            g("07700 900123", "PHONE", "mobile"),
        ],
    )


def at(sub: str, label: str = "PERSON") -> Span:
    i = TEXT.index(sub)
    return Span(i, i + len(sub), label)


def test_partial_cover_is_found_but_not_fully_covered():
    d = doc()
    any_hit, full = coverage(TEXT, d.gold[0], mask(len(TEXT), [at("Anna")]))
    assert (any_hit, full) == (True, False)
    assert coverage(TEXT, d.gold[0], mask(len(TEXT), [at("Mrs Anna Nowicka")])) == (True, True)
    assert coverage(TEXT, d.gold[0], mask(len(TEXT), [at("son")])) == (False, False)


def test_scores_count_recall_leaks_precision_and_decoy_false_positives():
    s = Scores()
    s.add_document(doc(), [at("Mrs Anna"), at("MARAC", "INSTITUTION"), at("07700 900123", "PHONE")])
    assert s.labels["PERSON"].n == 2
    assert s.labels["PERSON"].any == 1 and s.labels["PERSON"].full == 0
    assert s.labels["PHONE"].full == 1
    assert s.leaked_registered == 2 and s.docs_with_registered_leak == 1
    assert s.detections == 3 and s.correct == 2
    assert s.precision == 2 / 3
    assert s.fp_kinds == {"acronym": 1}
    assert s.person_precision == 1.0
    assert round(s.fp_per_1000_words, 3) == round(1000 / len(TEXT.split()), 3)
    assert {m.kind for m in s.misses} == {"PERSON/full (partly)", "PERSON/first"}


def test_a_perfect_system_leaks_nothing():
    s = Scores()
    s.add_document(doc(), [at("Anna Nowicka"), at("Dan"), at("07700 900123", "PHONE")])
    assert s.leaked_mentions == 0 and s.docs_with_leak == 0
    assert s.labels["PERSON"].full_recall == 1.0
    assert s.precision == 1.0 and s.fp_per_1000_words == 0


def test_pseudonym_consistency_ignores_title_case_and_possessive():
    assert normalise_pseudonym("ADULT A's") == "adult a"
    assert normalise_pseudonym("Mrs Louise") == "louise"
    c = Consistency()
    c.add_person(["Adult A", "ADULT A", "Adult A's"], "Adult A")
    c.add_person(["Adult B", "Adult C"], "Adult B")
    assert c.person_rate == 0.5
    assert c.mention_rate == 4 / 5


def test_replacements_follow_the_findings_that_cover_each_mention():
    d = doc()
    spans = [at("Mrs Anna Nowicka"), at("Dan")]
    reps = replacements_by_person(
        d, spans, ["Mrs Anna Nowicka", "Dan"], {"Mrs Anna Nowicka": "Adult A", "Dan": "Adult B"}
    )
    assert reps == {"V": ["Adult A"], "P": ["Adult B"]}


def test_mentions_two_cast_members_share_are_left_out_of_consistency():
    d = doc()
    reps = replacements_by_person(
        d,
        [at("Mrs Anna Nowicka")],
        ["Mrs Anna Nowicka"],
        {"Mrs Anna Nowicka": "Adult A"},
        ambiguous={"anna nowicka"},
    )
    assert reps == {}
