"""The markdown report: every system gets a column and the targets get verdicts."""

from __future__ import annotations

from bench.redaction.corpus import build_corpus, documents
from bench.redaction.evaluate import Consistency, Scores, Span
from bench.redaction.report import render_gaps, render_table, targets


def perfect_and_empty() -> dict[str, Scores]:
    perfect, empty = Scores(), Scores()
    for doc in documents(build_corpus("test", 2)):
        perfect.add_document(doc, [Span(g.start, g.end, g.label) for g in doc.gold])
        empty.add_document(doc, [])
    perfect.seconds, empty.seconds = 1.0, 4.0
    return {"dhr, register": perfect, "dhr, open world": perfect, "Presidio": empty}


def test_table_has_a_column_per_system_and_the_long_document_rows():
    results = perfect_and_empty()
    probes = {
        "dhr, register": {"words": 75_123, "seconds": 9.0, "cpu_seconds": 8.0, "peak_mb": 500}
    }
    table = render_table(results, {"dhr, register": Consistency()}, probes)
    assert table.splitlines()[0] == "| metric | dhr, register | dhr, open world | Presidio |"
    assert "| 75,123-word document: peak memory MB | 500 | – | – |" in table
    assert "| PERSON recall: any / full | 1.000 / 1.000 | 1.000 / 1.000 | 0.000 / 0.000 |" in table


def test_targets_pass_for_a_perfect_fast_system_and_fail_for_a_slow_one():
    results = perfect_and_empty()
    probes = {
        "dhr, register": {"words": 75_000, "seconds": 4.5, "cpu_seconds": 4.0, "peak_mb": 450}
    }
    verdicts = targets(results, probes)
    assert "FAIL" not in verdicts
    assert "PASS: ≥ 4× Presidio's words per second on one core (got 4.0×)" in verdicts
    probes["dhr, register"]["peak_mb"] = 900
    probes["dhr, register"]["cpu_seconds"] = 8.0
    slow = targets(results, probes)
    assert "FAIL: peak memory under 500 MB (got 900 MB)" in slow
    assert "FAIL: 75,000-word document in under 5 s on one core (got 8.0 s CPU; 4.5 s wall)" in slow


def test_gaps_list_misses_with_context():
    gaps = render_gaps(perfect_and_empty())
    assert "## Presidio: misses (not fully covered)" in gaps
    assert "[[" in gaps
