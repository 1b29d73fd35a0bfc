"""Scoring detections against the gold spans of the synthetic corpus.

Definitions (also in docs/redaction-benchmark.md):

- A gold mention is *found* (any overlap) when any detection, of any label, shares a
  character with it, and *fully covered* when every letter and digit in it lies inside
  some detection. Redaction only needs the characters gone, so the label does not have
  to match. A name's title ("Mrs") and possessive "'s" are outside the gold span.
- A mention is *leaked* when it is not fully covered.
- A detection is *correct* when it overlaps a gold span; otherwise it is a false
  positive. Precision = correct / all detections; PERSON precision counts only PERSON
  detections.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from bench.redaction.corpus import Document, Gold, decoy_spans


@dataclass(frozen=True)
class Span:
    """A detection, whatever the system: offsets into the document's text and our label."""

    start: int
    end: int
    label: str


def mask(length: int, spans: Iterable[Span]) -> bytearray:
    m = bytearray(length)
    for s in spans:
        m[s.start : s.end] = b"\x01" * (s.end - s.start)
    return m


def coverage(text: str, gold: Gold, covered: bytearray) -> tuple[bool, bool]:
    """(any overlap, full coverage of the gold span's letters and digits)."""
    chars = range(gold.start, gold.end)
    any_hit = any(covered[i] for i in chars)
    full = all(covered[i] for i in chars if text[i].isalnum())
    return any_hit, full


@dataclass
class Tally:
    n: int = 0
    any: int = 0
    full: int = 0

    def add(self, any_hit: bool, full: bool) -> None:
        self.n += 1
        self.any += any_hit
        self.full += full

    @property
    def any_recall(self) -> float | None:
        return self.any / self.n if self.n else None

    @property
    def full_recall(self) -> float | None:
        return self.full / self.n if self.n else None


@dataclass
class Example:
    doc_id: str
    kind: str  # a label, form, or decoy kind
    text: str
    context: str


def context(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return re.sub(r"\s+", " ", f"{left}[[{text[start:end]}]]{right}").strip()


@dataclass
class Scores:
    """Everything one system scored on one corpus, in one mode."""

    words: int = 0
    docs: int = 0
    labels: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    forms: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    tags: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    registered: Tally = field(default_factory=Tally)
    detections: int = 0
    correct: int = 0
    person_detections: int = 0
    person_correct: int = 0
    docs_with_leak: int = 0  # any PERSON mention not fully covered
    docs_with_registered_leak: int = 0
    leaked_mentions: int = 0
    leaked_registered: int = 0
    fp_kinds: Counter[str] = field(default_factory=Counter)
    misses: list[Example] = field(default_factory=list)
    false_positives: list[Example] = field(default_factory=list)
    seconds: float = 0.0

    def add_document(self, doc: Document, found: list[Span]) -> None:
        text = doc.text
        self.words += doc.words
        self.docs += 1
        covered = mask(len(text), found)
        leaks = registered_leaks = 0
        for g in doc.gold:
            any_hit, full = coverage(text, g, covered)
            self.labels[g.label].add(any_hit, full)
            if g.label == "PERSON":
                self.forms[g.form].add(any_hit, full)
                for tag in g.tags:
                    if not tag.startswith("origin:"):
                        self.tags[tag].add(any_hit, full)
                if g.registered:
                    self.registered.add(any_hit, full)
                if not full:
                    leaks += 1
                    registered_leaks += g.registered
            if not full:
                kind = f"{g.label}/{g.form}" + (" (partly)" if any_hit else "")
                self.misses.append(Example(doc.id, kind, g.text, context(text, g.start, g.end)))
        self.leaked_mentions += leaks
        self.leaked_registered += registered_leaks
        self.docs_with_leak += leaks > 0
        self.docs_with_registered_leak += registered_leaks > 0

        gold_mask = mask(len(text), [Span(g.start, g.end, g.label) for g in doc.gold])
        decoys = decoy_spans(doc)
        for s in found:
            ok = any(gold_mask[s.start : s.end])
            self.detections += 1
            self.correct += ok
            if s.label == "PERSON":
                self.person_detections += 1
                self.person_correct += ok
            if not ok:
                kind = next((k for (a, b, k) in decoys if a < s.end and s.start < b), "other")
                self.fp_kinds[kind] += 1
                self.false_positives.append(
                    Example(
                        doc.id,
                        f"{s.label} on {kind}",
                        text[s.start : s.end],
                        context(text, s.start, s.end),
                    )
                )

    # -- summaries ----------------------------------------------------------------

    @property
    def precision(self) -> float | None:
        return self.correct / self.detections if self.detections else None

    @property
    def person_precision(self) -> float | None:
        return self.person_correct / self.person_detections if self.person_detections else None

    @property
    def fp_per_1000_words(self) -> float:
        return 1000 * (self.detections - self.correct) / self.words if self.words else 0.0

    @property
    def leaks_per_doc(self) -> float:
        return self.leaked_mentions / self.docs if self.docs else 0.0

    @property
    def registered_leaks_per_doc(self) -> float:
        return self.leaked_registered / self.docs if self.docs else 0.0

    @property
    def words_per_second(self) -> float | None:
        return self.words / self.seconds if self.seconds else None

    def identifiers(self, labels: Iterable[str]) -> Tally:
        t = Tally()
        for label in labels:
            x = self.labels.get(label)
            if x:
                t.n += x.n
                t.any += x.any
                t.full += x.full
        return t


# --- pseudonym consistency -------------------------------------------------------------

TITLES = re.compile(r"^(mr|mrs|ms|miss|dr|mx)\.?\s+", re.IGNORECASE)


def normalise_pseudonym(replacement: str) -> str:
    r = replacement.strip()
    r = re.sub(r"['’]s$", "", r)
    r = TITLES.sub("", r)
    return r.casefold()


@dataclass
class Consistency:
    """Did every mention of each person get that person's one pseudonym?"""

    mentions: int = 0
    expected: int = 0  # replaced by the person's registered pseudonym
    people: int = 0
    consistent_people: int = 0  # every detected mention got the same replacement

    def add_person(self, replacements: list[str], pseudonym: str | None) -> None:
        if not replacements:
            return
        norm = [normalise_pseudonym(r) for r in replacements]
        self.people += 1
        self.consistent_people += len(set(norm)) == 1
        self.mentions += len(norm)
        if pseudonym is not None:
            self.expected += sum(n == pseudonym.casefold() for n in norm)

    @property
    def person_rate(self) -> float | None:
        return self.consistent_people / self.people if self.people else None

    @property
    def mention_rate(self) -> float | None:
        return self.expected / self.mentions if self.mentions else None


def replacements_by_person(
    doc: Document,
    findings: list[Span],
    texts: list[str],
    mapping: dict[str, str],
    ambiguous: set[str] | frozenset[str] = frozenset(),
) -> dict[str, list[str]]:
    """For each cast role, the replacement each of its detected PERSON mentions got.

    ``texts[i]`` is the surface text of ``findings[i]``; ``mapping`` is surface -> replacement.
    Initials ("Mr C") and names in ``ambiguous`` (shared by two cast members, such as a
    surname within a family) are left out: which person they mean is not decidable.
    """
    out: dict[str, list[str]] = defaultdict(list)
    for g in doc.gold:
        if g.label != "PERSON" or g.role is None:
            continue
        if g.form == "initial" or g.text.casefold() in ambiguous:
            continue
        for f, surface in zip(findings, texts, strict=True):
            if f.start < g.end and g.start < f.end and surface in mapping:
                out[g.role].append(mapping[surface])
                break
    return out
