"""Fit the slot model (src/dhr/redaction/slots.py) on pools that have been read.

    .venv/bin/python -m bench.redaction.slot_train --train dev,test,holdout2,...,holdout19 \
        --check holdout20,holdout21,holdout22,holdout23 --out /tmp/slot_model.json

The candidates are the capitalised words the engine without the model leaves
unfound in each document of each pool (open world, as `run.py` scores it); a
candidate is a name where it overlaps a PERSON of the gold. A logistic regression
with an L2 penalty, fitted by full-batch gradient descent (numpy; every candidate
has the same number of features, so the data is an index matrix). `--check` prints,
per threshold, how many names and how many other words of pools it was not fitted
on the model would take. Never give it the newest holdout: that measures the result.
"""

from __future__ import annotations

import argparse
import json
import warnings
from pathlib import Path

import numpy as np

from bench.redaction.corpus import build_corpus, documents

Rows = list[tuple[list[str], int]]


def collect(pools: list[str], cases: int, every: bool = False, drop: tuple[str, ...] = ()) -> Rows:
    """Every candidate's features and whether it is a name, per pool. `every`: every
    capitalised word, found or not."""
    from dhr.redaction import detect, slots

    slots.COLLECT_ALL = every
    rows: Rows = []
    for pool in pools:
        n0 = len(rows)
        for doc in documents(build_corpus(pool, cases)):
            slots.COLLECT = []
            try:
                detect(doc.text)
                got = slots.COLLECT
            finally:
                slots.COLLECT = None
            people = [(g.start, g.end) for g in doc.gold if g.label == "PERSON"]
            for text, start, end, features in got:
                if text != doc.text:
                    continue  # a normalised view: offsets are not the gold's
                name = any(a < end and start < b for a, b in people)
                rows.append(([x for x in features if not x.startswith(drop)], int(name)))
        pos = sum(y for _f, y in rows[n0:])
        print(f"{pool}: {len(rows) - n0} candidates, {pos} names")
    return rows


def fit(rows: Rows, l2: float, steps: int, min_count: int) -> tuple[float, dict[str, float]]:
    counts: dict[str, int] = {}
    for features, _y in rows:
        for x in features:
            counts[x] = counts.get(x, 0) + 1
    vocab = {x: i + 1 for i, x in enumerate(sorted(k for k, c in counts.items() if c >= min_count))}
    width = max(len(f) for f, _y in rows)
    idx = np.zeros((len(rows), width), dtype=np.int64)  # 0: a feature seen too rarely
    for r, (features, _y) in enumerate(rows):
        idx[r, : len(features)] = [vocab.get(x, 0) for x in features]
    y = np.array([y for _f, y in rows], dtype=np.float64)
    w = np.zeros(len(vocab) + 1)
    b = float(np.log((y.sum() + 1) / (len(y) - y.sum() + 1)))
    g2w, g2b = np.full_like(w, 1e-8), 1e-8
    n = len(rows)
    for _ in range(steps):
        w[0] = 0.0
        p = 1.0 / (1.0 + np.exp(-(b + w[idx].sum(axis=1))))
        r = p - y
        gw = np.zeros_like(w)
        np.add.at(gw, idx, r[:, None])
        gw = gw / n + l2 * w
        gb = float(r.mean())
        g2w += gw * gw
        g2b += gb * gb
        w -= 0.5 * gw / np.sqrt(g2w)
        b -= 0.5 * gb / np.sqrt(g2b)
    names = {i: x for x, i in vocab.items()}
    weights = {names[i]: round(float(w[i]), 4) for i in range(1, len(w)) if abs(w[i]) >= 0.02}
    return round(b, 4), weights


def check(rows: Rows, fitted: tuple[float, dict[str, float]]) -> None:
    from dhr.redaction.slots import score

    scored = [(score(f, fitted), y) for f, y in rows]
    names = sum(y for _p, y in scored)
    print(f"checked on {len(rows)} candidates, {names} names")
    for t in (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95):
        tp = sum(1 for p, y in scored if p >= t and y)
        fp = sum(1 for p, y in scored if p >= t and not y)
        print(f"  threshold {t}: {tp} names, {fp} other words")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", required=True, help="pools to fit on, comma-separated")
    ap.add_argument("--check", default="", help="pools to check on, comma-separated")
    ap.add_argument("--cases", type=int, default=20)
    ap.add_argument("--l2", type=float, default=1e-4)
    ap.add_argument("--steps", type=int, default=300)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--out", required=True)
    ap.add_argument("--every", action="store_true", help="fit on every capitalised word")
    ap.add_argument("--drop", default="", help="feature prefixes to leave out, comma-separated")
    args = ap.parse_args(argv)
    warnings.filterwarnings("ignore")
    drop = tuple(x for x in args.drop.split(",") if x)
    rows = collect(args.train.split(","), args.cases, args.every, drop)
    fitted = fit(rows, args.l2, args.steps, args.min_count)
    Path(args.out).write_text(
        json.dumps({"bias": fitted[0], "weights": dict(sorted(fitted[1].items()))}, indent=0)
    )
    print(f"{len(fitted[1])} weights written to {args.out}")
    check(rows, fitted)
    if args.check:
        check(collect(args.check.split(","), args.cases, False, drop), fitted)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
