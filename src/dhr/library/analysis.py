"""Figures for the charts and the recommendations page: plain functions of rows.

Similar recommendations are found by token-set Jaccard similarity over
normalised words (lower case, stop words out, a crude English suffix strip),
with no model and no download; pairs are only ever between different reviews.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from dhr.library.search import STOP_WORDS

EXTRA_STOP = frozenset({"should", "all", "must", "ensure", "within", "when", "who", "have"})


def stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def tokens(text: str) -> frozenset[str]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return frozenset(stem(w) for w in words if w not in STOP_WORDS and w not in EXTRA_STOP)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


@dataclass
class SimilarPair:
    left: dict[str, Any]
    right: dict[str, Any]
    score: float


def similar_pairs(
    recommendations: list[dict[str, Any]], threshold: float = 0.3, limit: int = 50
) -> list[SimilarPair]:
    """Pairs of recommendations from different reviews whose words overlap.

    Each recommendation is a dict with at least `review` and `text`. Pairs are
    only compared when they share a word (an inverted index), so this stays
    near-linear for a few thousand recommendations.
    """
    toks = [tokens(r["text"]) for r in recommendations]
    by_word: dict[str, list[int]] = defaultdict(list)
    for i, t in enumerate(toks):
        for w in t:
            by_word[w].append(i)
    seen: set[tuple[int, int]] = set()
    pairs = []
    for ids in by_word.values():
        if len(ids) > 200:  # a word in nearly every recommendation says nothing
            continue
        for i, j in combinations(ids, 2):
            if (i, j) in seen or recommendations[i]["review"] == recommendations[j]["review"]:
                continue
            seen.add((i, j))
            score = jaccard(toks[i], toks[j])
            if score >= threshold:
                pairs.append(SimilarPair(recommendations[i], recommendations[j], round(score, 2)))
    pairs.sort(key=lambda p: -p.score)
    return pairs[:limit]


def repeated_by_year(pairs: Iterable[SimilarPair]) -> list[tuple[str, int]]:
    """How many recommendations repeat an earlier one, by the later one's year."""
    counts: Counter[str] = Counter()
    counted: set[Any] = set()
    for p in pairs:
        later = max(p.left, p.right, key=lambda r: r.get("year") or "")
        if later["id"] not in counted:
            counted.add(later["id"])
            counts[later.get("year") or "Unknown"] += 1
    return sorted(counts.items())


@dataclass
class Bar:
    label: str
    value: float
    display: str
    width: float  # percentage of the chart width


def bars(rows: Iterable[tuple[str, float]], unit: str = "") -> list[Bar]:
    rows = list(rows)
    top = max((v for _, v in rows), default=0) or 1
    return [Bar(k, v, f"{v:g}{unit}", round(100 * v / top, 1)) for k, v in rows]


def months_between(start: Any, end: Any) -> float:
    return (end - start).days / (365.2425 / 12)


def share_within(months: list[float], limit: float) -> float:
    return round(100 * sum(1 for m in months if m <= limit) / len(months), 1) if months else 0.0
