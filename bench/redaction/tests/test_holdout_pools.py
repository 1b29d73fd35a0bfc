"""What every holdout pool written for issue 13 must be: it builds with every
registered role, and its gold is exact (the text at its offsets, no overlaps)."""

from __future__ import annotations

import itertools

import pytest

from bench.redaction.corpus import Case, build_corpus, documents

POOLS = ["holdout2", "holdout3", "holdout4", "holdout5"]


@pytest.fixture(scope="module", params=POOLS)
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
