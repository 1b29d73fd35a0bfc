"""What a reader sees: a normalised view of a text, with a map back to it.

Disguised text must not get past matching or the leak check. The view
- drops zero-width and other invisible format characters (U+200B, U+00AD, U+FEFF, bidi marks...),
- applies Unicode NFKC (full-width and mathematical letters, ligatures, odd spaces),
- folds look-alike letters from other scripts into Latin ("Mаrie" with a Cyrillic "а")
  inside a word that is otherwise Latin or made only of look-alikes (a Russian
  word stays Russian), using Unicode's confusables data (`confusable_homoglyphs`),
- reverses text under a right-to-left override (U+202E ... U+202C), as it is shown,
- joins letter-spaced words ("M a r i e" -> "Marie"),
- drops the combining dot that lower-casing a Turkish "İ" leaves on an "i" ("i̇bo").

Every span found in the view maps back to the original characters that show
it (`to_original`), widened over any invisible characters beside it so that a
replacement leaves none behind.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

# Invisible characters that are not in category Cf.
_INVISIBLE_EXTRA = frozenset(
    "\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u180f\u2800\u3164\uffa0"
    + "".join(chr(c) for c in range(0xFE00, 0xFE10))
)
RLO, PDF = "\u202e", "\u202c"
DOT_ABOVE = "\u0307"  # COMBINING DOT ABOVE
RLO_RE = re.compile("\u202e([^\u202c\n]*)\u202c?")
NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")
# Three or more single letters in a row, each separated by the same kind of gap. The last
# may take a possessive ("M a r i e's") but not begin a word with an apostrophe in it
# ("where r u m'mah": textspeak, then a name, not "rum'mah").
SPACED_RE = re.compile(
    r"(?<![^\s\"“‘'(\[])(?:[^\W\d_][ \t\u00a0\-]{1,3}){2,}[^\W\d_]"
    r"(?![^\s.,;:!?'’\"”)\]]|['’][^\W\d_]{2})"
)
LETTER_RE = re.compile(r"[^\W\d_]")


def invisible(ch: str) -> bool:
    return unicodedata.category(ch) == "Cf" or ch in _INVISIBLE_EXTRA


@functools.cache
def confusable_letters() -> dict[str, str]:
    """Non-Latin letter -> the Latin letter it looks like (Unicode confusables)."""
    try:
        data = json.loads(
            resources.files("confusable_homoglyphs").joinpath("confusables.json").read_text("utf-8")
        )
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - a broken install
        return {}
    out: dict[str, str] = {}
    for ch, entries in data.items():
        if len(ch) != 1 or ch.isascii() or not ch.isalpha():
            continue
        for entry in entries:
            target = entry["c"]
            if len(target) == 1 and target.isascii() and target.isalpha():
                if ch.isupper() and target.islower():
                    target = "I" if target == "l" else target.upper()
                out[ch] = target
                break
    return out


@dataclass(frozen=True)
class _Edit:
    start: int  # original
    end: int
    text: str  # what the view shows instead
    reverse: bool = False  # text is the original reversed, char for char


class _Layer:
    """One pass of edits over a text, with the maps between the two."""

    def __init__(self, original: str, edits: list[_Edit]) -> None:
        self.original = original
        self.edits = edits
        pieces: list[str] = []
        self.nstarts: list[int] = []
        self.nends: list[int] = []
        last = 0
        pos = 0
        for e in edits:
            pieces.append(original[last : e.start])
            pos += e.start - last
            self.nstarts.append(pos)
            pieces.append(e.text)
            pos += len(e.text)
            self.nends.append(pos)
            last = e.end
        pieces.append(original[last:])
        self.text = "".join(pieces)

    def _start(self, p: int) -> int:
        k = bisect.bisect_right(self.nstarts, p) - 1
        if k < 0:
            return p
        e = self.edits[k]
        if p < self.nends[k]:
            return e.start
        return p - self.nends[k] + e.end

    def _end(self, p: int) -> int:
        k = bisect.bisect_left(self.nstarts, p) - 1
        if k < 0:
            return p
        e = self.edits[k]
        if p <= self.nends[k]:
            return e.end
        return p - self.nends[k] + e.end

    def span(self, a: int, b: int) -> tuple[int, int]:
        if not self.edits or b <= a:
            return self._start(a), self._start(a) if b <= a else self._end(b)
        k = bisect.bisect_right(self.nstarts, a) - 1
        if k >= 0 and self.edits[k].reverse and b <= self.nends[k]:
            e, ns = self.edits[k], self.nstarts[k]
            return e.end - (b - ns), e.end - (a - ns)
        return self._start(a), self._end(b)


def _word_bounds(text: str, i: int) -> tuple[int, int]:
    a = i
    while a > 0 and (text[a - 1].isalpha() or invisible(text[a - 1])):
        a -= 1
    b = i + 1
    while b < len(text) and (text[b].isalpha() or invisible(text[b])):
        b += 1
    return a, b


def _char_edits(text: str, lo: int, hi: int) -> list[_Edit]:
    """Invisible characters, NFKC and look-alikes between lo and hi."""
    edits: list[_Edit] = []
    table: dict[str, str] | None = None
    decided: dict[tuple[int, int], bool] = {}
    for m in NON_ASCII_RE.finditer(text, lo, hi):
        i = m.start()
        ch = text[i]
        if invisible(ch) or (ch == DOT_ABOVE and i > 0 and text[i - 1] in "ij"):
            # the dot a lower-cased Turkish "İ" keeps ("i̇brahim"): an i shows one already
            edits.append(_Edit(i, i + 1, ""))
            continue
        shown = unicodedata.normalize("NFKC", ch)
        if len(shown) == 1 and not shown.isascii() and shown.isalpha():
            if table is None:
                table = confusable_letters()
            target = table.get(shown)
            if target is not None:
                bounds = _word_bounds(text, i)
                if bounds not in decided:
                    decided[bounds] = _mixed_or_all_lookalike(text, *bounds, table)
                if decided[bounds]:
                    shown = target
        if shown != ch:
            edits.append(_Edit(i, i + 1, shown))
    return edits


def _mixed_or_all_lookalike(text: str, start: int, end: int, table: dict[str, str]) -> bool:
    for ch in text[start:end]:
        c = unicodedata.normalize("NFKC", ch)
        if not ch.isalpha() or c.isascii():
            continue
        base = unicodedata.normalize("NFD", c)[0]
        if c not in table and base not in table and not base.isascii():
            return False  # a letter of its own script with no Latin twin: the word is that script's
    return True


def _first_layer(text: str) -> list[_Edit]:
    edits: list[_Edit] = []
    pos = 0
    if RLO in text:
        for m in RLO_RE.finditer(text):
            edits += _char_edits(text, pos, m.start())
            inner = m.group(1)
            inner_edits = _char_edits(text, m.start(1), m.end(1))
            shown = _apply(text, m.start(1), m.end(1), inner_edits)
            edits.append(_Edit(m.start(), m.start() + 1, ""))  # the override itself
            edits.append(_Edit(m.start(1), m.end(1), shown[::-1], reverse=len(shown) == len(inner)))
            if m.end() > m.end(1):
                edits.append(_Edit(m.end(1), m.end(), ""))
            pos = m.end()
    edits += _char_edits(text, pos, len(text))
    return edits


def _apply(text: str, lo: int, hi: int, edits: list[_Edit]) -> str:
    out: list[str] = []
    last = lo
    for e in edits:
        out.append(text[last : e.start])
        out.append(e.text)
        last = e.end
    out.append(text[last:hi])
    return "".join(out)


def _spacing_edits(text: str) -> list[_Edit]:
    """'M a r i e' -> 'Marie'; 'M a r i e  D o y l e' and 'M a r i e D o y l e' ->
    'Marie  Doyle' and 'Marie Doyle'."""
    edits: list[_Edit] = []
    for m in SPACED_RE.finditer(text):
        letters = list(LETTER_RE.finditer(text, m.start(), m.end()))
        gaps = [(a.end(), b.start()) for a, b in itertools.pairwise(letters)]
        narrow = min(b - a for a, b in gaps)
        word = "".join(x.group(0) for x in letters[1:])
        if word[:1].isupper() and word[1:3].islower() and not word[1:].isupper():
            gaps = gaps[1:]  # "I M a r i e": a word before a capitalised spaced word
        for a, b in gaps:
            # a wider gap, or a capital after a small letter, starts the next word
            if b - a == narrow and not (text[a - 1].islower() and text[b].isupper()):
                edits.append(_Edit(a, b, ""))
    return edits


class NormalView:
    """`text` is what a reader sees; `to_original(a, b)` maps a span of it back."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.layers: list[_Layer] = []
        text = original
        if not original.isascii():
            edits = _first_layer(original)
            if edits:
                layer = _Layer(original, edits)
                self.layers.append(layer)
                text = layer.text
        if SPACED_RE.search(text):
            edits = _spacing_edits(text)
            if edits:
                layer = _Layer(text, edits)
                self.layers.append(layer)
                text = layer.text
        self.text = text

    @property
    def identity(self) -> bool:
        return not self.layers

    def to_original(self, a: int, b: int) -> tuple[int, int]:
        for layer in reversed(self.layers):
            a, b = layer.span(a, b)
        if self.layers:
            text = self.original
            while a > 0 and invisible(text[a - 1]):
                a -= 1
            while b < len(text) and invisible(text[b]):
                b += 1
        return a, b


def normalise(text: str) -> str:
    return NormalView(text).text
