"""Real published DHR text: offsets, hashes and a script, never the third-party text.

    python -m bench.redaction.realtext check              # which texts are here, unchanged
    python -m bench.redaction.realtext evaluate [--show]  # score this checkout's engine
    python -m bench.redaction.realtext evaluate --src /tmp/old/src   # another engine
    python -m bench.redaction.realtext fetch              # re-create from the public pages
    python -m bench.redaction.realtext build --from DIR   # DIR/texts, DIR/gold -> manifest
    python -m bench.redaction.realtext build --from DIR --add   # a new series beside the rest

The manifest (`realtext.json`, committed) holds, per document, the public address it
came from, the SHA-256 and length of its text, and the hand-annotated gold spans as
offsets. The texts themselves live outside the repository, in $DHR_REALTEXT
(default ~/.cache/dhr/realtext/texts/<id>.txt): a document whose text is absent or
differs from its hash is skipped and counted, never scored on the wrong characters.

Scoring (as in evaluate.py, and docs/redaction-benchmark.md): a detection is correct
when it overlaps a gold span; a detection that overlaps only a CODED span (a coded
pseudonym already in the published text, "Adult A") is neither right nor wrong; any
other detection is a false positive. Recall is full coverage of a gold span's letters
and digits.
"""

from __future__ import annotations

import argparse
import hashlib
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
MANIFEST = Path(__file__).with_name("realtext.json")
NEUTRAL = "CODED"


def texts_dir() -> Path:
    return Path(os.environ.get("DHR_REALTEXT", Path.home() / ".cache/dhr/realtext")) / "texts"


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_manifest() -> list[dict[str, Any]]:
    return list(json.loads(MANIFEST.read_text())["documents"])


def read_text(doc: dict[str, Any], folder: Path) -> str | None:
    """The document's text if it is here and is exactly the annotated text."""
    path = folder / f"{doc['id']}.txt"
    if not path.exists():
        return None
    text = path.read_text(encoding="utf-8")
    return text if sha256(text) == doc["sha256"] else None


# Scoring -----------------------------------------------------------------------------


@dataclass
class RealScores:
    docs: int = 0
    words: int = 0
    gold: Counter[str] = field(default_factory=Counter)
    covered: Counter[str] = field(default_factory=Counter)
    detections: Counter[str] = field(default_factory=Counter)
    correct: Counter[str] = field(default_factory=Counter)
    neutral: int = 0
    false_positives: list[tuple[str, str, str]] = field(default_factory=list)
    misses: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, doc_id: str, text: str, gold: list[list[Any]], found: list[list[Any]]) -> None:
        self.docs += 1
        self.words += len(text.split())
        covered = bytearray(len(text) + 1)
        for start, end, _label in found:
            covered[start:end] = b"\x01" * (end - start)
        for start, end, label in gold:
            if label == NEUTRAL:
                continue
            self.gold[label] += 1
            full = all(covered[i] for i in range(start, end) if text[i].isalnum())
            self.covered[label] += full
            if not full:
                self.misses.append((doc_id, label, snippet(text, start, end)))
        for start, end, label in found:
            hits = {g[2] for g in gold if g[0] < end and start < g[1]}
            if hits and hits <= {NEUTRAL}:
                self.neutral += 1
                continue
            self.detections[label] += 1
            if hits:
                self.correct[label] += 1
            else:
                self.false_positives.append((doc_id, label, snippet(text, start, end)))

    def precision(self, label: str | None = None) -> float | None:
        if label is None:
            n, ok = sum(self.detections.values()), sum(self.correct.values())
        else:
            n, ok = self.detections[label], self.correct[label]
        return ok / n if n else None

    def recall(self, label: str | None = None) -> float | None:
        if label is None:
            n, ok = sum(self.gold.values()), sum(self.covered.values())
        else:
            n, ok = self.gold[label], self.covered[label]
        return ok / n if n else None

    def fp_per_thousand_words(self) -> float:
        return 1000 * len(self.false_positives) / self.words if self.words else 0.0


def snippet(text: str, start: int, end: int, width: int = 40) -> str:
    out = f"{text[max(0, start - width) : start]}[[{text[start:end]}]]{text[end : end + width]}"
    return re.sub(r"\s+", " ", out).strip()


def detect_all(folder: Path) -> dict[str, Any]:
    """Child process: this engine's findings on every text that is here."""
    from bench.redaction import engine_adapter as engine

    out: dict[str, Any] = {}
    for doc in load_manifest():
        text = read_text(doc, folder)
        if text is not None:
            out[doc["id"]] = [[s.start, s.end, s.label] for s in engine.detect(text)]
    return out


def findings(src: Path, folder: Path) -> dict[str, Any]:
    """Run the engine in `src` (a checkout's src/ directory) in its own process."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "found.json"
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(src), str(ROOT)])}
        cmd = [sys.executable, "-m", "bench.redaction.realtext", "--child", str(path)]
        subprocess.run([*cmd, "--texts", str(folder)], env=env, check=True, cwd=ROOT)  # noqa: S603
        return dict(json.loads(path.read_text()))


def score(
    found: dict[str, Any], folder: Path, split: str = "all", series: str = "abc"
) -> tuple[RealScores, int]:
    """`series`: the id letters to score ("ab": the first fifty, "c": the thirty
    annotated on 5 December 2026)."""
    scores, missing = RealScores(), 0
    for doc in load_manifest():
        if split != "all" and doc["split"] != split:
            continue
        if doc["id"][0] not in series:
            continue
        text = read_text(doc, folder)
        if text is None or doc["id"] not in found:
            missing += 1
            continue
        scores.add(doc["id"], text, doc["gold"], found[doc["id"]])
    return scores, missing


def fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def report(scores: RealScores, missing: int, show: bool) -> str:
    lines = [
        f"{scores.docs} documents, {scores.words:,} words ({missing} not here or changed)",
        f"precision {fmt(scores.precision())}, PERSON precision {fmt(scores.precision('PERSON'))}",
        f"false positives {len(scores.false_positives)}, "
        f"{scores.fp_per_thousand_words():.2f} per 1,000 words "
        f"({scores.neutral} on coded pseudonyms, not counted)",
        f"full-coverage recall {fmt(scores.recall())}, PERSON {fmt(scores.recall('PERSON'))}",
        "gold: " + ", ".join(f"{k} {scores.covered[k]}/{n}" for k, n in scores.gold.most_common()),
        "false positives by label: "
        + ", ".join(f"{k} {n}" for k, n in Counter(x[1] for x in scores.false_positives).items()),
    ]
    if show:
        lines += ["", "False positives:"] + [
            f"  {d} {lab}: {s}" for d, lab, s in scores.false_positives
        ]
        lines += ["", "Missed or partly covered:"] + [
            f"  {d} {lab}: {s}" for d, lab, s in scores.misses
        ]
    return "\n".join(lines)


# Building and re-creating -----------------------------------------------------------


def build(source: Path) -> list[dict[str, Any]]:
    """From hand annotation (texts/<id>.txt, gold/<id>.json, sources-*.tsv) to the manifest."""
    sources: dict[str, list[str]] = {}
    for tsv in sorted(source.glob("sources-*.tsv")):
        for n, line in enumerate(tsv.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                parts = line.split("\t")
                if len(parts) < 3:
                    raise SystemExit(f"{tsv.name} line {n}: want id, url, kind")
                sources[parts[0]] = parts
    documents = []
    for path in sorted((source / "texts").glob("*.txt")):
        doc_id = path.stem
        gold_path = source / "gold" / f"{doc_id}.json"
        if doc_id not in sources or not gold_path.exists():
            raise SystemExit(f"{doc_id}: no source line or no gold/{doc_id}.json")
        text = path.read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text())
        for start, end, label in gold:
            if not (0 <= start < end <= len(text)):
                raise SystemExit(f"{doc_id}: gold span {start}-{end} {label} is outside the text")
        documents.append(
            {
                "id": doc_id,
                "url": sources[doc_id][1],
                "kind": sources[doc_id][2],
                # the search that returned this excerpt: the same search is the
                # way to have the same characters back from the stored pages
                "query": sources[doc_id][3] if len(sources[doc_id]) > 3 else "",
                "sha256": sha256(text),
                "chars": len(text),
                "words": len(text.split()),
                "split": split_of(doc_id),
                "gold": gold,
            }
        )
    return documents


def beside(manifest: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A new series added to the manifest: its documents replace those of the same id,
    every other document is kept as it was (its gold, hash and split unchanged)."""
    ids = {d["id"] for d in new}
    return [d for d in manifest if d["id"] not in ids] + new


def split_of(doc_id: str) -> str:
    """Odd-numbered documents are tuned on; even-numbered ones are only measured.

    The c-series (c01-c30) was added on 5 December 2026, the d- to i-series (d01-i30)
    on 7 December 2026, each by annotators who had not read the engine.
    """
    return "dev" if int(doc_id.lstrip("abcdefghijklmnopqrstuvwxyz")) % 2 else "holdout"


class _Text(html.parser.HTMLParser):
    """The visible text of a page, a line per block element."""

    BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "tr", "section", "article"}

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        self.skip += tag in ("script", "style")
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        self.skip -= tag in ("script", "style") and self.skip > 0

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def fetch(folder: Path) -> list[str]:
    """Fetch each public page and keep its text where it is exactly the annotated text.

    The texts were annotated on stored copies of the pages; a live page whose text
    extraction differs (another layout, a changed page) is saved beside as
    <id>.fetched.txt and reported, not used: its offsets would point elsewhere.
    """
    folder.mkdir(parents=True, exist_ok=True)
    lines = []
    for doc in load_manifest():
        if read_text(doc, folder) is not None:
            lines.append(f"{doc['id']}: here")
            continue
        try:
            with urllib.request.urlopen(doc["url"], timeout=30) as response:  # noqa: S310
                page = response.read().decode("utf-8", "replace")
        except OSError as error:
            lines.append(f"{doc['id']}: could not fetch {doc['url']}: {error}")
            continue
        parser = _Text()
        parser.feed(page)
        text = re.sub(r"\n\s*\n+", "\n\n", "".join(parser.parts)).strip()[: doc["chars"]]
        if sha256(text) == doc["sha256"]:
            (folder / f"{doc['id']}.txt").write_text(text, encoding="utf-8")
            lines.append(f"{doc['id']}: re-created")
        else:
            (folder / f"{doc['id']}.fetched.txt").write_text(text, encoding="utf-8")
            lines.append(f"{doc['id']}: fetched, but not the annotated text (see .fetched.txt)")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("command", nargs="?", choices=["check", "evaluate", "fetch", "build"])
    ap.add_argument("--texts", type=Path, default=None, help="the texts' folder")
    ap.add_argument("--src", type=Path, default=ROOT / "src", help="the engine's src/ directory")
    ap.add_argument("--from", dest="source", type=Path, help="build: the annotation folder")
    ap.add_argument("--add", action="store_true", help="build: keep the other series' documents")
    ap.add_argument("--show", action="store_true", help="list every false positive and miss")
    ap.add_argument(
        "--split",
        default="dev",
        choices=["dev", "holdout", "all"],
        help="dev (odd-numbered documents, tuned on), holdout (even: only measured), all",
    )
    ap.add_argument(
        "--series",
        default="abc",
        help="the id letters to score: ab (the first fifty), c, d ... i (7 December), abcdefghi",
    )
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    folder = args.texts or texts_dir()
    if args.child:
        Path(args.child).write_text(json.dumps(detect_all(folder)))
        return 0
    if args.command == "build":
        if not args.source:
            ap.error("build needs --from")
        documents = build(args.source)
        if args.add:
            documents = beside(load_manifest(), documents)
        MANIFEST.write_text(json.dumps({"documents": documents}, indent=1) + "\n")
        print(f"{len(documents)} documents written to {MANIFEST.name}")
        return 0
    if args.command == "fetch":
        print("\n".join(fetch(folder)))
        return 0
    if args.command == "check":
        docs = load_manifest()
        here = [d["id"] for d in docs if read_text(d, folder) is not None]
        print(f"{len(here)} of {len(docs)} texts here and unchanged in {folder}")
        return 0 if here else 1
    if args.command == "evaluate":
        if args.show and args.split != "dev":
            ap.error("--show lists the dev split only: the holdout split is never tuned on")
        scores, missing = score(findings(args.src, folder), folder, args.split, args.series)
        print(report(scores, missing, args.show))
        return 0 if scores.docs else 1
    ap.print_help()
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
