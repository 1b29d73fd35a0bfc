"""A learned model of where a person's name stands: the last word, after the rules.

The rules find a name by what it is (no dictionary holds it, a list of given names
does) or by a slot someone wrote a rule for ("told X everything", "X's mother").
Blind pools showed that rules read off one writer's misses barely move the next
writer's: each word-name ("Assurance", "Tweet") stands in a slot of its own. This
model scores every capitalised word the rules left, by the words around it (what
stands one and two words before and after, the sentence's start, whether the text
writes the word in lower case elsewhere), with weights fitted on the generated pools
already read (`bench/redaction/slot_train.py`), so it knows the slots of twenty
writers at once rather than those of one rule.

Plain Python and one JSON file of weights: no model is loaded, nothing is fetched.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter
from collections.abc import Iterator
from importlib import resources
from typing import Any

from .matching import STOP_WORDS
from .vocabulary import NAME_WORDS, is_ordinary_word

# Words, numbers, line breaks and single marks: what the features look at.
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+|\n|[^\w\s]")
# A candidate: one capitalised word written as a name is (not shouted, no digits).
CANDIDATE_RE = re.compile(r"[A-Z][a-z]+(?:['’][a-z]+)?")
SENTENCE_END = frozenset(".!?\n:;\"“”‘’'()[]•-–—")
MODEL_FILE = "slot_model.json"
REASON = "a word where the words around it put a person's name (a model of names' places)"
# Set to a list by the training script: every candidate's (text, start, end, features)
# is put there instead of being scored.
COLLECT: list[tuple[str, int, int, list[str]]] | None = None
COLLECT_ALL = False  # every capitalised word, found or not (training on the slots of all names)


@functools.lru_cache(maxsize=1)
def model() -> tuple[float, dict[str, float]] | None:
    """(bias, weights), or None where no model has been fitted."""
    try:
        raw = resources.files("dhr.redaction.data").joinpath(MODEL_FILE).read_text()
    except FileNotFoundError:
        return None
    data: dict[str, Any] = json.loads(raw)
    return float(data["bias"]), {str(k): float(v) for k, v in data["weights"].items()}


def _norm(tok: str) -> str:
    """A neighbour as a feature: an English word as itself, a capitalised word no
    dictionary holds as its shape, a number as a number."""
    if tok == "\n":
        return "<nl>"
    if tok.isdigit():
        return "<num>"
    if not tok[:1].isalpha():
        return tok
    if tok[:1].isupper():
        if tok.isupper() and len(tok) > 1:
            return "<CAPS>"
        return "C:" + tok.lower() if is_ordinary_word(tok) else "<Cap>"
    return tok.lower() if is_ordinary_word(tok) or tok.lower() in STOP_WORDS else "<low>"


def _shape(tok: str) -> str:
    if tok == "\n":
        return "nl"
    if tok.isdigit():
        return "num"
    if not tok[:1].isalpha():
        return "punct"
    if tok.isupper() and len(tok) > 1:
        return "CAPS"
    return "Cap" if tok[:1].isupper() else "low"


class Text:
    """One text's tokens and what the features ask of the whole text, worked out once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = [(m.start(), m.end(), m.group(0)) for m in TOKEN_RE.finditer(text)]
        self.starts = {s: i for i, (s, _e, _t) in enumerate(self.tokens)}
        self.lower = {t for _s, _e, t in self.tokens if t.islower()}
        self.capitalised = Counter(t for _s, _e, t in self.tokens if t[:1].isupper())

    def candidates(self, taken: bytearray) -> Iterator[tuple[int, int, str]]:
        """Capitalised words no finding covers, longer than two letters, not a stop
        word."""
        for s, e, t in self.tokens:
            if (
                len(t) > 2
                and not any(taken[s:e])
                and CANDIDATE_RE.fullmatch(t)
                and t.lower() not in STOP_WORDS
            ):
                yield s, e, t

    def features(self, start: int) -> list[str]:
        i = self.starts[start]
        toks = self.tokens
        word = toks[i][2]
        low = word.lower()

        def at(j: int) -> str:
            return toks[j][2] if 0 <= j < len(toks) else "\n"

        p1, p2, n1, n2 = at(i - 1), at(i - 2), at(i + 1), at(i + 2)
        english = is_ordinary_word(word)
        start_of = p1 == "\n" or p1 in SENTENCE_END
        capn = self.capitalised[word]
        f = [
            f"eng={english}",
            f"nw={low in NAME_WORDS}",
            "w=" + (low if english else "<oov>"),
            "suf=" + low[-3:],
            "p1=" + _norm(p1),
            "p2=" + _norm(p2),
            "n1=" + _norm(n1),
            "n2=" + _norm(n2),
            "p1s=" + _shape(p1),
            "n1s=" + _shape(n1),
            "p1n1=" + _norm(p1) + "|" + _norm(n1),
            "p2p1=" + _norm(p2) + "|" + _norm(p1),
            "n1n2=" + _norm(n1) + "|" + _norm(n2),
            f"start={start_of}",
            f"lowdoc={low in self.lower}",
            "capn=" + ("1" if capn == 1 else "2-3" if capn <= 3 else "4+"),
            f"eng_start={english}|{start_of}",
            f"eng_lowdoc={english}|{low in self.lower}",
        ]
        return f


def score(features: list[str], fitted: tuple[float, dict[str, float]]) -> float:
    """The model's probability that the word is a person's name."""
    bias, weights = fitted
    z = bias + sum(weights.get(x, 0.0) for x in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
