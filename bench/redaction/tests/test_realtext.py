"""The real-text set's tooling: the manifest holds offsets and hashes, never text; a
changed or missing text is skipped, not scored; coded pseudonyms are neither right
nor wrong."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bench.redaction import realtext

LETTER = "Dear Sam,\nThank you for the report about Louise (Adult A). Sam Peterson, Exeter.\n"


def annotate(folder: Path, text: str = LETTER) -> None:
    (folder / "texts").mkdir()
    (folder / "gold").mkdir()
    (folder / "texts" / "a01.txt").write_text(text, encoding="utf-8")
    gold = []
    for needle, label in [("Louise", "PERSON"), ("Adult A", "CODED"), ("Sam Peterson", "PERSON")]:
        start = text.index(needle)
        gold.append([start, start + len(needle), label])
    gold.append([5, 8, "PERSON"])  # "Sam" after "Dear"
    (folder / "gold" / "a01.json").write_text(json.dumps(gold))
    (folder / "sources-a.tsv").write_text("a01\thttps://example.org/letter\tletter\tq\n")


def test_the_manifest_holds_offsets_and_hashes_but_not_the_text(tmp_path, monkeypatch):
    annotate(tmp_path)
    (doc,) = realtext.build(tmp_path)
    assert doc["sha256"] == realtext.sha256(LETTER)
    assert doc["split"] == "dev" and doc["url"] == "https://example.org/letter"
    assert "Louise" not in json.dumps(doc)


def test_a_text_that_differs_from_its_hash_is_not_read(tmp_path):
    annotate(tmp_path)
    (doc,) = realtext.build(tmp_path)
    assert realtext.read_text(doc, tmp_path / "texts") == LETTER
    (tmp_path / "texts" / "a01.txt").write_text(LETTER.replace("Sam", "Tom"))
    assert realtext.read_text(doc, tmp_path / "texts") is None


def test_a_gold_span_outside_its_text_is_refused(tmp_path):
    annotate(tmp_path)
    (tmp_path / "gold" / "a01.json").write_text(json.dumps([[70, 900, "PERSON"]]))
    with pytest.raises(SystemExit, match="outside the text"):
        realtext.build(tmp_path)


def test_scoring_counts_coded_pseudonyms_as_neither_right_nor_wrong():
    text = LETTER
    gold = [[5, 8, "PERSON"], [text.index("Louise"), text.index("Louise") + 6, "PERSON"]]
    code = text.index("Adult A")
    gold.append([code, code + 7, "CODED"])
    exeter = text.index("Exeter")
    found = [
        [5, 8, "PERSON"],  # right
        [code, code + 7, "PERSON"],  # on the code: not counted
        [exeter, exeter + 6, "PLACE"],  # wrong
    ]
    scores = realtext.RealScores()
    scores.add("a01", text, gold, found)
    assert scores.precision() == 0.5
    assert scores.precision("PERSON") == 1.0
    assert scores.neutral == 1
    assert scores.recall("PERSON") == 0.5  # "Louise" missed
    assert len(scores.false_positives) == 1 and "Exeter" in scores.false_positives[0][2]


def test_odd_documents_are_tuned_on_and_even_ones_only_measured():
    assert realtext.split_of("a01") == "dev"
    assert realtext.split_of("b24") == "holdout"
    assert realtext.split_of("d07") == "dev"
    assert realtext.split_of("d30") == "holdout"


def test_a_new_series_is_added_beside_the_others_without_changing_them(tmp_path):
    annotate(tmp_path)
    (new,) = realtext.build(tmp_path)
    old: list[dict[str, Any]] = [
        {"id": "c01", "gold": [[0, 3, "PERSON"]]},
        {"id": "a01", "gold": []},
    ]
    merged = realtext.beside(old, [new])
    assert [d["id"] for d in merged] == ["c01", "a01"]
    assert merged[0] is old[0] and merged[1] is new


def test_the_committed_manifest_is_well_formed():
    documents = realtext.load_manifest()
    assert len(documents) >= 50
    assert len({d["id"] for d in documents}) == len(documents)
    for doc in documents:
        assert len(doc["sha256"]) == 64 and doc["url"].startswith("http")
        assert all(0 <= s < e <= doc["chars"] for s, e, _ in doc["gold"])
