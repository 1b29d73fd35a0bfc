"""Token-trie matching of names: linear in the text, whatever the number of names.

A text is tokenised once into letter runs; every name variant is a sequence of
case-folded tokens in a trie. At each token the longest variant wins. Between
the tokens of a variant only spaces, one line break, hyphens, apostrophes or
full stops may stand, so "Marie\\nDoyle", "Mensah-Boateng" and "O'Brien" match.
A word broken over a line with a hyphen ("Now-\\nicki") is joined first.
"""

from __future__ import annotations

import bisect
import gc
import re
import threading
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TypeVar

from .fastre import compile_guarded, finditer
from .vocabulary import (
    MONTHS,
    NAME_WORDS,
    TITLES,
    adjectives_only,
    irregular_past_forms,
    is_ordinary_word,
    nouns,
    ordinary_words,
    past_tense,
    present_tense,
    verbs,
)

try:
    from spacy.lang.en.stop_words import STOP_WORDS
except ImportError:  # pragma: no cover
    STOP_WORDS = set()

T = TypeVar("T")

TOKEN_RE = re.compile(r"[^\W\d_]+")
GAP_RE = re.compile(r"[ \t\-‐–'’.]*(?:\r?\n[ \t]*)?[ \t\-‐–'’.]*")
INNER_HYPHEN_RE = compile_guarded(r"(?<=[^\W\d_])(?:-[ \t]*\r?\n[ \t]*|-|\u00ad)(?=[^\W\d_])")
ANY_BREAK_RE = compile_guarded(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[^\W\d_])")
SOFT_BREAK_RE = compile_guarded(r"(?<=[^\W\d_])(?:\u00ad|-[ \t]*\r?\n[ \t]*)(?=[a-z])")
PARTICLES = frozenset(
    [
        "van",
        "von",
        "der",
        "den",
        "de",
        "del",
        "della",
        "da",
        "di",
        "du",
        "la",
        "le",
        "bin",
        "binti",
        "binte",  # Singapore's spelling of binti: "Halimah binte Yacob"
        "anak",  # Iban and Malay: "Vision anak Jugah", child of Jugah
        "bint",
        "al",
        "el",
        "ibn",
        "ap",
        "ben",
        "st",
        "dos",
        "das",
        "dei",
        "degli",
        "dal",
        "ter",
        "ten",
        "zu",
        "ferch",  # Welsh: "Lavanya ferch Rhisiart"
        "verch",
        "bat",  # Hebrew: "Glory bat Avraham"
        "ní",  # Irish: "Sorcha Ní Dhálaigh"
        "ni",
        "ó",  # Irish: "Grape Ó Broin", alone "Ó Broin"
        "o",
        "ua",
        "delos",  # Filipino: "Jemima delos Reyes"
        "dela",
        "des",
        "af",  # Swedish: "Elsa af Klint"
        "av",  # Faroese and Norwegian: "Belmaya av Reyni" ("of")
        "í",  # Faroese: "Jarrod í Kálvalíð"
        "á",
        "ole",  # Maasai: "Goulven ole Kaelo", "Mrs ole Sankok" ("son of")
    ]
)
TITLE_FOLDS = {t.casefold() for t in TITLES}
# Two-letter ranks are only titles in capitals ("DC Jones", never "dc").
CAPS_ONLY_TITLES = {t.casefold() for t in TITLES if len(t) <= 3 and t.isupper()}
MONTH_SET = frozenset(MONTHS)
DATE_CONTEXT = frozenset(
    [
        "in",
        "since",
        "until",
        "till",
        "during",
        "early",
        "late",
        "mid",
        "end",
        "last",
        "next",
        "this",
        "before",
        "after",
    ]
)

NEXT_WORD_RE = re.compile(r"(?:['’]s)?[ \t]+([a-z]+)")
NAME_FOLLOWERS = frozenset(
    [
        "said",
        "says",
        "told",
        "tells",
        "stated",
        "reported",
        "explained",
        "disclosed",
        "described",
        "denied",
        "admitted",
        "was",
        "is",
        "had",
        "has",
        "did",
        "does",
        "went",
        "goes",
        "came",
        "comes",
        "called",
        "rang",
        "phoned",
        "texted",
        "messaged",
        "asked",
        "wanted",
        "agreed",
        "refused",
        "left",
        "moved",
        "lived",
        "lives",
        "attended",
        "visited",
        "saw",
        "met",
        "returned",
        "arrived",
        "became",
        "remained",
        "continued",
        "started",
        "stopped",
        "tried",
        "felt",
        "thought",
        "knew",
        "believed",
        "worked",
        "and",
        "sent",
        "showed",
        "sat",
        "gave",
        "wrote",
        "spoke",
        "took",
        "kept",
        "heard",
        "recalled",
        "remembered",
        "shouted",
        "stayed",
        "waited",
        "never",
        "also",
        "later",
        "always",
        "often",
        "recorded",
        "brought",
        "forwarded",
        "emailed",
        "scored",
        "mouthed",
        "wore",
        "noticed",
        "confirmed",
        "completed",
        "signed",
        "collected",
        "presented",
        "declined",
        "answered",
        "replied",
        "added",
        "insisted",
        "posted",
        "shared",
        "screamed",
        "cried",
        "begged",
        "drove",
        "needed",
        # past tenses the lemmatiser has no exception for: the rest ("Exotic chose
        # not to come", "Lights drew") are its irregular forms (irregular_past_forms)
        "read",
        "put",
        "hit",
        # a record's present tense ("Weird rings from the car park")
        "rings",
        "texts",
        "writes",
        "sends",
        "asks",
        "wants",
        "needs",
        "attends",
        "reports",
        "denies",
    ]
)
SPEAKER_COLON_RE = re.compile(r":[ \t]*['‘\"“]")  # "Glory: 'My sister was loud'"
# A record's quotation of what the person said, its first word a verb: "Voltage 'says
# he owes money'".
QUOTED_FOLLOWER_RE = re.compile(r"[ \t]+['‘]([a-z]+)")
# Whom the person spoke to, or of what, before their words: "Vinegar, to the Chair,
# 10.03.2022: 'I've heard", "Havoc, on the weeks after the DVPO: 'He was".
SPEAKER_AFTER_COMMA_RE = re.compile(
    r",[ \t]+(?:to|on|about)[ \t]+(?:the|her|his|their|a)[ \t][^\n:'‘\"“]{1,60}:[ \t]*['‘\"“]"
)
# Who the person is, set off by commas: "Noodle, a victim of his earlier offending",
# "Anointing, now caring for Jahvid", "Kisses, who is caring for the child".
APPOSITION_AFTER_RE = re.compile(r",[ \t]+(?:who|whose|now|aged|a|an)[ \t]+[a-z]")
# What opens a verb's object, clause or particle, so the word before it is the verb:
# "Tutor drinks a litre", "Lioness refuses to", "Pebbles hands in", not "Faith groups
# were" (a name then costs only a word: "Faith groups in the area").
OBJECT_AFTER_RE = re.compile(
    r"[ \t]+(?:a|an|the|to|that|her|his|their|my|him|them|it|me|us|you|no|not|every|some"
    r"|any|this|these|those|whether|if|more|less|alcohol|drugs|in|at|on|with|up|out|back"
    r"|over|into|down|off|past|around|outside|towards|through|across|along|behind)\b"
)
# A letter's greeting alone on its line: "Killer,\n".
SALUTATION_AFTER_RE = re.compile(r",[ \t]*\r?\n")

# Matching modes
ANY = "any"  # any case
CAP = "cap"  # capitalised or all caps
CAP_STRICT = "cap-strict"  # capitalised, and not at a sentence start unless all caps


@dataclass
class Entry:
    key: str
    label: str
    mode: str
    source: str
    confidence: float
    needs_title: bool = False
    informal_any: bool = False  # a message sender: any case inside messages
    informal_lower: bool = True  # in lower case inside messages ("stay" from "Stacey": not)


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    entry: Entry | None = None


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    text: str
    entry: Entry
    confidence: float = 1.0
    reason: str = ""


# A registered name that is also a word ("hope", "grace") in lower case is the
# person where the sentence says so: after these words...
PERSON_BEFORE = frozenset(
    ["tell", "told", "telling", "with", "if", "and", "hi", "hey", "dear", "love", "ask", "asked"]
)
# ... before these, or with a possessive.
PERSON_AFTER = frozenset(["is", "was", "said", "says", "has", "had", "says", "thinks", "knows"])
# ... or after a label that says a name follows: "Name at the top, in green pen:
# tank.", "the child's name: bride", "a boy called genius".
NAME_LABEL_BEFORE_RE = re.compile(
    r"(?:\b[Nn]ames?\b[^.!?\n:]{0,40}:|\b(?:named|called|nicknamed|known[ \t]+as)"
    # a child's drawing or letter, signed: "Signed, in pencil, grape."
    r"|\b[Ss]igned(?:[ \t]*,[^.!?\n:,]{1,30},|[ \t]*:)?)[ \t]*$"
)
MESSAGE_NAME_BEFORE = PERSON_BEFORE | {"u", "you"}
MESSAGE_NAME_AFTER = PERSON_AFTER | {"please", "pls", "plz", "again", "been", "r"}
# A thanks, a greeting or an answer, then the one it is said to and the clause's end: a
# short form of a name there, though a word, is that person ("im fine kill.", "ok huck!").
VOCATIVE_BEFORE = frozenset(
    ["thanks", "thank", "thx", "ta", "cheers", "diolch", "hiya", "night", "nite", "morning",
     "fine", "ok", "okay", "yes", "yeah", "sorry", "soz", "bye"]
)  # fmt: skip
CLAUSE_END_RE = re.compile(r"[ \t]*(?:[.,!?]|$|\n|[^\w\s'’-])")
PREV_WORD_RE = re.compile(r"([^\W\d_]+)[ \t]*[,:]?[ \t]+$")
# A quotation may wrap at a line end (a line break, not a blank line): the
# redacted text, whose names are shorter, may no longer wrap there, and the
# leak check must read the same quotations as detection did.
# An apostrophe between letters ("i'm") does not end a single-quoted one.
QUOTED_RE = compile_guarded(
    r"[\"“]((?:[^\"“”\n]|\n(?!\s*\n)){2,400})[\"”]"
    r"|(?<![\w])['‘]((?:[^'‘’\n]|(?<=\w)['’](?=\w)|\n(?!\s*\n)){2,300})['’](?![\w])"
)


DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "my",
        "ur",
        "your",
        "his",
        "her",
        "our",
        "their",
        "its",
        "this",
        "that",
        "these",
        "those",
        "no",
        "some",
        "any",
        "every",
        "much",
        "more",
        "most",
        "such",
        "what",
        "whose",
    ]
)


DETERMINER_BEFORE_RE = re.compile(r"\b([a-z]+)[ \t]+(?:([a-z]+)[ \t]+)?$")


def after_a_determiner(
    text: str, start: int, end: int, determiners: frozenset[str] = DETERMINERS
) -> bool:
    """Is the lower-case word text[start:end] a noun after a determiner ("my
    hope", "the rose"), or after an article and one adjective ("a little dimple
    when")? A name is not. Not after a kinship word ("my mum hope") or a verb
    ("that was fern"), nor where the words after call it a person ("to the park
    buck please")."""
    m = DETERMINER_BEFORE_RE.search(text, max(0, start - 30), start)
    if m is None:
        return False
    first, second = m.group(1), m.group(2)
    if second is None or second in determiners:
        return (second or first) in determiners
    return (
        first in ARTICLES
        and second not in KIN_WORDS
        and second not in STOP_WORDS
        and second not in NAME_WORDS
        and is_ordinary_word(second)
        and not VOCATIVE_AFTER_RE.match(text, end)
    )


AT_SOMEONES = frozenset(["at", "to", "from", "round", "outside", "near"])  # "at glorys"
ENDEARMENTS = frozenset(
    ["darling", "darlin", "angel", "love", "baby", "babe", "sweetheart", "sweetie",
     "princess", "honey", "hun", "pet", "petal", "sunshine", "treasure", "precious",
     "gorgeous", "beautiful", "queen", "king", "bestie", "boy", "girl", "lad",
     # the regions' own: the Midlands' "duck" and "bab", the North's "hen", "chuck"
     # and "flower", and everyone's "mate" and "pal"
     "duck", "bab", "hen", "chuck", "flower", "mate", "pal"]
)  # fmt: skip
VOCATIVE_AFTER_RE = re.compile(r"[ \t]*(?:,|['’]s\b|[ \t](?:please|pls|plz|is|was|has|had)\b)")
ARTICLES = frozenset(["a", "an", "the"])


def fold(token: str) -> str:
    """Case- and accent-insensitive form: 'Yılmaz', 'YILMAZ', 'Yilmaz' -> 'yilmaz'.

    Memoised: every matcher folds every token of every text, and a document
    repeats its words."""
    folded = _FOLDS.get(token)
    if folded is None:
        folded = _fold(token)
        if len(_FOLDS) < 100_000:
            _FOLDS[token] = folded
    return folded


_FOLDS: dict[str, str] = {}


def _fold(token: str) -> str:
    t = token.casefold()
    if t.isascii():
        return t
    t = t.replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))


def tokens_of(name: str) -> list[str]:
    return TOKEN_RE.findall(name)


class JoinedView:
    """The text with soft line-break hyphens removed, and a map back."""

    def __init__(self, text: str, pattern: re.Pattern[str] | None = None) -> None:
        self.original = text
        if pattern is None and (
            "\u00ad" not in text
            and "-\n" not in text
            and "- \n" not in text
            and "-\r\n" not in text
        ):
            self.text = text
            self.joins: list[int] = []
            return
        pattern = pattern or SOFT_BREAK_RE
        pieces: list[str] = []
        # The map back is the joins and how much was taken out up to each, not an
        # index per character: building that for a 75,000-word document cost more
        # than every lookup in it.
        self.joins = []  # where, in self.text, something was taken out
        self._removed: list[int] = []  # how much, in all, up to and at each join
        removed = last = 0
        for m in pattern.finditer(text):
            pieces.append(text[last : m.start()])
            removed += m.end() - m.start()
            self.joins.append(m.end() - removed)
            self._removed.append(removed)
            last = m.end()
        pieces.append(text[last:])
        self.text = "".join(pieces)

    def _original(self, i: int) -> int:
        k = bisect.bisect_right(self.joins, i)
        return i + (self._removed[k - 1] if k else 0)

    def span(self, start: int, end: int) -> tuple[int, int]:
        if not self.joins:
            return start, end
        return self._original(start), self._original(end - 1) + 1


# The readings matchers share inside `shared_readings()`: each text's
# joined views and scans, worked out once per case instead of once per matcher.
_READINGS: ContextVar[dict[object, object] | None] = ContextVar("redaction_readings", default=None)


@contextmanager
def shared_readings() -> Iterator[None]:
    """Within this block every matcher reads a text once (its views, tokens and
    message spans are shared). They are dropped when it ends: no document stays
    in a long-running worker's memory after its job, and each thread or task
    has its own. Python's cycle collector is held off meanwhile (`collector_held_off`)."""
    token = _READINGS.set({})
    try:
        with collector_held_off():
            yield
    finally:
        _READINGS.reset(token)


_readers = 0  # blocks of shared_readings() open in this process, in any thread
_readers_lock = threading.Lock()
_collector_was_enabled = True


@contextmanager
def collector_held_off() -> Iterator[None]:
    """Reading a long document makes hundreds of thousands of short-lived objects
    (tokens, regex matches, findings). Every 700 of them set off a run of the cycle
    collector, and its rarer full runs walk every object of the loaded language model:
    on a 75,000-word document that was a tenth of the time to redact it (0.6 s;
    docs/redaction-benchmark.md). Reference counting still frees almost everything as it
    goes; the peak memory is the same. The collector is turned back on (unless it was
    off before) when the last reading in the process ends."""
    global _readers, _collector_was_enabled
    with _readers_lock:
        if _readers == 0:
            _collector_was_enabled = gc.isenabled()
            gc.disable()
        _readers += 1
    try:
        yield
    finally:
        with _readers_lock:
            _readers -= 1
            if _readers == 0 and _collector_was_enabled:
                gc.enable()


def shared(key: object, make: Callable[[], T]) -> T:
    """make(), kept for the block of `shared_readings()` if one is open (the
    last few texts only: a case's matchers read one text after another)."""
    readings = _READINGS.get()
    if readings is None:
        return make()
    value = readings.get(key)
    if value is None:
        if len(readings) >= 24:
            readings.clear()
        value = readings[key] = make()
    return value  # type: ignore[return-value]


def all_matches(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Every match of `pattern` in `text`, kept for the block of `shared_readings()`:
    the allowlist asks for the same organisations' patterns in a text two or three
    times (where no person can be, and where no known one can)."""
    per_text: dict[re.Pattern[str], list[re.Match[str]]] = shared(("matches", text), dict)
    found = per_text.get(pattern)
    if found is None:
        found = per_text[pattern] = list(finditer(pattern, text))
    return found


def joined_view(text: str, pattern: re.Pattern[str] | None = None) -> JoinedView:
    return shared(("view", text, pattern), lambda: JoinedView(text, pattern))


SENTENCE_START = ".!?:\n\"“‘'([•-"  # what may stand before a sentence's first word


def at_sentence_start(text: str, start: int) -> bool:
    """Does the word at `start` start a sentence, a heading line, or what
    follows a colon, a quote or a bracket? There a capitalised English word is
    no sign of a name."""
    before = text[max(0, start - 3) : start].rstrip(" \t")
    return not before or before[-1] in SENTENCE_START


def _case_ok(surface: str, mode: str, text: str, start: int, registered: bool = False) -> bool:
    if mode == ANY:
        return True
    first = surface[0]
    if not first.isupper():
        return False
    shouted = surface.isupper() and len(surface) > 1
    if mode == CAP_STRICT and not shouted and at_sentence_start(text, start):
        # a sentence start: only a name if a verb of saying or doing follows, a
        # possessive ("Reason's check"), or if no English word opens a quotation
        # there ("'Imti'", "'Glo, open this"); a name learned in the case never where
        # it is a pronoun ("He said", "That was"), a registered one may be
        if not registered and fold(surface) in SUBJECT_WORDS:
            return False
        end = start + len(surface)
        after = NEXT_WORD_RE.match(text, end) or QUOTED_FOLLOWER_RE.match(text, end)
        return (
            bool(after and a_name_follower(after.group(1)))
            or bool(after and _a_state_follower(after.group(1)) and _a_state_holder(surface))
            or bool(
                after
                and (present_tense(after.group(1), noun_too=True) or _a_participle(after.group(1)))
                and OBJECT_AFTER_RE.match(text, after.end())
            )
            or text[end : end + 2] in ("'s", "’s")
            or bool(SPEAKER_COLON_RE.match(text, end))
            or bool(SPEAKER_AFTER_COMMA_RE.match(text, end))
            or bool(APPOSITION_AFTER_RE.match(text, end))
            or _a_salutation(text, start, end)
            or _opens_a_quotation(text, start, surface)
        )
    return True


def _a_salutation(text: str, start: int, end: int) -> bool:
    """'Killer,' alone on its line after a letter's heading: the one it is written to."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and bool(SALUTATION_AFTER_RE.match(text, end))


MODALS = frozenset(["can", "could", "would", "will", "should", "must", "might"])
# The function words that are a sentence's subject themselves: before a verb they are
# no name ("He said"), where "Will arrived" and "Nine had" are.
SUBJECT_WORDS = frozenset(
    ["he", "she", "it", "they", "we", "i", "you", "that", "this", "these", "those", "there",
     "here", "who", "what", "which", "someone", "anyone", "everyone", "nobody", "none", "all",
     "both", "each", "some", "many", "most", "few", "such", "one"]
)  # fmt: skip


def a_name_follower(word: str) -> bool:
    """A word that after a capitalised word starting a sentence makes it the
    subject: a verb of saying or doing, a modal, or any verb in the past tense
    ("Serenity escalated", "Fortunate would not go", "Lights drew", "Sales seen by
    the nurse"), not "Given the risk"."""
    return (
        word in NAME_FOLLOWERS
        or word in MODALS
        or past_tense(word)
        or present_tense(word)
        or word in irregular_past_forms()
    )


def _a_participle(word: str) -> bool:
    """A verb's -ing form ("walking", "shouting"): WordNet holds each as a noun too, so
    only before its object or particle ("Dock walking past the block")."""
    low = word.lower()
    return (
        len(low) > 5
        and low.endswith("ing")
        and any(stem in verbs() for stem in (low[:-3], low[:-3] + "e", low[:-4]))
    )


# What a record's shorthand says of a person, with no verb: "'Fluff cheerful, season
# busy'", "'Cheetah here alone'", "Jaggy very quiet."
STATE_WORDS = frozenset(["here", "very", "quiet", "upset", "calm", "present", "now", "still"])


def _a_state_holder(surface: str) -> bool:
    """Whom a describing word after it can be about: not a function word the case
    took for a name ("The statutory guidance"), nor a plural noun ("Fees overdue")."""
    low = surface.lower()
    return low not in STOP_WORDS and not (low.endswith("s") and low[:-1] in nouns())


def _a_state_follower(word: str) -> bool:
    """A word that only describes ("cheerful", "asleep", "tearful"), never a noun or
    a verb, so the capitalised word before it is what it describes: a person, where
    the case learned the word as one. Not "Faith groups" or "Amber warning", nor a
    function word WordNet also lists as an adjective ("on", "after", "only")."""
    return word in STATE_WORDS or (word in adjectives_only() and word not in STOP_WORDS)


def _opens_a_quotation(text: str, start: int, surface: str) -> bool:
    return (
        len(surface) >= 3
        and text[max(0, start - 1) : start] in ("'", "‘", '"', "“")
        and not is_ordinary_word(surface)
        and surface.lower() not in STOP_WORDS
    )


def _looks_like_date(tokens: list[re.Match[str]], i: int, j: int, text: str) -> bool:
    """Is the one-token match tokens[i] a month name used as a date?"""
    if tokens[i].group(0).casefold() not in MONTH_SET or j != i + 1:
        return False
    start, end = tokens[i].span()
    before = text[max(0, start - 12) : start]
    after = text[end : end + 8]
    if re.match(r"['’]s\b", after):
        return False  # "after May's disclosure"
    # "4 May", "4th of May"; not "23:40 May" or "1.5 May", where the number is a time.
    if re.search(r"(?<![\d:.])\d{1,2}(?:st|nd|rd|th)?\s*(?:of\s+)?$", before):
        return True
    # "May 4", "May 2019"; not "for May, 0161 496 0375" (a phone number after her name)
    after = text[end : end + 14]
    if re.match(
        r"\s*\d{1,2}(?:st|nd|rd|th)?\b(?![\d/.:])|,?\s*(?:1[89]|20)\d\d(?!\d)(?![ \t]+\d{3})", after
    ):
        return True
    if tokens[i].group(0).isupper() or i == 0:
        return False
    if PERSON_ACTS_AFTER_RE.match(text, end):
        return False  # "after January came in with a split lip": a child, not a month
    prev = tokens[i - 1].group(0).casefold()
    if prev == "of":
        return i > 1 and tokens[i - 2].group(0).casefold() in MONTH_OF
    return prev in DATE_CONTEXT


# What a person does straight after their name, and a month does not.
PERSON_ACTS_AFTER_RE = re.compile(
    r"[ \t]+(?:came|went|said|says|told|cried|asked|arrived|ran|hit|wrote|rang|phoned|"
    r"texted|disclosed|reported|attended|refused|agreed)\b"
)


MONTH_OF = frozenset(
    ["end", "beginning", "start", "middle", "rest", "month", "half", "part", "course"]
)


# A chat export's timestamp: at a line's start, any bracket ("[12/03/2020 21:04]",
# "[Tue 9pm]"); mid-line, where a record or a PDF's text runs the messages on after
# its own words ("read at trial: [28/11/2018 18:25] Rose: ..."), a bracket that ends
# in a time.
CHAT_STAMP = (
    r"(?:^[ \t]*\[[^\]\n]{4,40}\]"
    r"|(?<=\s)\[(?=[^\]\n]{2,34}\b\d{1,2}:\d\d(?::\d\d)?\])[^\]\n]{4,40}\])"
)
# Message lines ("[12/03/2020 21:04] Rose: where r u") and lines with no capital
# letter at all are informal: there, known names are matched in lower case too.
INFORMAL_RE = re.compile(
    rf"{CHAT_STAMP}[^\n]*$|^(?=[^\n]*[a-z]{{2}}[^\n]* [^\n]* )[^A-Z\n]+$",
    re.MULTILINE,
)
# Too common in lower case to take as a name even in a message.
COMMON_LOWER = frozenset(
    [
        "will",
        "may",
        "can",
        "mark",
        "bill",
        "pat",
        "sue",
        "rob",
        "guy",
        "ray",
        "drew",
        "lance",
        "chase",
        "hunter",
        "long",
        "short",
        "little",
        "best",
        "price",
        "law",
        "page",
        "king",
        "young",
        "white",
        "black",
        "brown",
        "green",
        "grey",
        "gray",
        "hill",
        "field",
        "wood",
        "bell",
        "cook",
        "baker",
        "smith",
        "hope",
        "joy",
        "rain",
        "storm",
        "sunny",
        "happy",
        "honey",
        "penny",
        "sky",
    ]
)


def informal_spans(text: str) -> list[tuple[int, int]]:
    """Message lines, lines with no capital, and quoted messages or posts
    written all in lower case ("he shouted 'where is ava, get her down here'"):
    where a known name is written in lower case too. Sorted and merged."""
    spans = [m.span() for m in INFORMAL_RE.finditer(text)]
    spans += lower_case_quotations(text)
    if not spans:
        return spans
    spans.sort()
    merged = [spans[0]]
    for a, b in spans[1:]:
        if a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


# What a child or a partner calls family by: "daddy piotr", "nanny cherry".
KIN_WORDS = frozenset(
    ["daddy", "mummy", "mommy", "mum", "dad", "nan", "nanny", "nana", "grandad", "grandma",
     "auntie", "aunty", "uncle"]
)  # fmt: skip


INFORMAL_SENTENCES_RE = re.compile(r"[a-z][.!?][ \t]+[a-z]")
# Capitals any writer puts in: the pronoun "I" and a new sentence's first letter.
_I = r"I(?:['’](?:m|ve|ll|d))?"
CAPITALS_ENGLISH_USES_RE = re.compile(rf"\b{_I}\b|(?<=[.!?] )[A-Z]")
I_WORD_RE = re.compile(_I)


def lower_case_quotations(text: str) -> list[tuple[int, int]]:
    """The insides of quotations of three words or more with no capital letter:
    how a text message or a post is quoted in prose ('tell ava i know'). Read once
    per text in a block of `shared_readings()`: the message rules and every
    matcher ask. Callers must not change the list."""
    return shared(("lower-case quotations", text), lambda: _lower_case_quotations(text))


def _lower_case_quotations(text: str) -> list[tuple[int, int]]:
    out = []
    for m in QUOTED_RE.finditer(text):
        g = 1 if m.group(1) is not None else 2
        inside = m.group(g)
        words = inside.split()
        long_enough = len(words) >= 3 or (len(words) == 2 and words[0] in KIN_WORDS)
        # all lower case, or a diary's run-on lines that start so ("cherry rang. Told her")
        # ("I want my nan grizel to live with us": the pronoun is no capital of note)
        informal = not any(c.isupper() for c in inside) or (
            (words[0][:1].islower() or I_WORD_RE.fullmatch(words[0]) is not None)
            and (
                INFORMAL_SENTENCES_RE.search(inside) is not None
                or not any(c.isupper() for c in CAPITALS_ENGLISH_USES_RE.sub("", inside))
            )
        )
        if long_enough and informal:
            out.append(m.span(g))
    return out


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Text inside quotation marks: a quoted message or post ("tell hope i know")."""
    return [m.span() for m in QUOTED_RE.finditer(text)]


def _in_spans(spans: list[tuple[int, int]], starts: list[int], a: int, b: int) -> bool:
    k = bisect.bisect_right(starts, a) - 1
    return k >= 0 and spans[k][1] >= b


Spans = tuple[list[tuple[int, int]], list[int]]
# The most words a name can have that a join may fall inside: "Mary Anne
# Okafor-Ellis-Smith" (the hyphens read as joins) is six.
MAX_NAME_TOKENS = 8


class _Scan:
    """A text's tokens, their folded forms and its message and quoted spans:
    the same for every matcher that reads the text, so worked out once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = list(TOKEN_RE.finditer(text))
        self.folded = [fold(m.group(0)) for m in self.tokens]
        informal = informal_spans(text)
        self.informal: Spans = (informal, [a for a, _ in informal])
        self._quoted: Spans | None = None
        self._starts: list[int] | None = None

    def tokens_near(self, positions: list[int], before: int = MAX_NAME_TOKENS) -> set[int]:
        """Indexes of the tokens a name taking in one of `positions` may start at."""
        if self._starts is None:
            self._starts = [m.start() for m in self.tokens]
        out: set[int] = set()
        for p in positions:
            k = bisect.bisect_right(self._starts, p) - 1
            out.update(range(max(0, k - before), k + 2))
        return out

    def quoted(self) -> Spans:
        if self._quoted is None:
            spans = quoted_spans(self.text)
            self._quoted = (spans, [a for a, _ in spans])
        return self._quoted


def _scan(text: str) -> _Scan:
    return shared(("scan", text), lambda: _Scan(text))


class NameMatcher:
    def __init__(self, register: bool = False) -> None:
        self.root = _Node()
        self.size = 0
        self.register = register

    def add(self, variant: str, entry: Entry) -> None:
        toks = [fold(t) for t in tokens_of(variant)]
        if not toks:
            return
        node = self.root
        for tok in toks:
            node = node.children.setdefault(tok, _Node())
        if node.entry is None or _better(entry, node.entry):
            node.entry = entry
            self.size += 1

    def __len__(self) -> int:
        return self.size

    def find(self, text: str) -> list[Hit]:
        if not self.size:
            return []
        hits = self._find(joined_view(text))
        if self.register and ("-" in text or "\u00ad" in text):
            # "Nowi-cki", "Okafor-Ellis" written "OkaforEllis": a registered name
            # hyphenated anywhere is still the name; the longer reading wins
            joined = joined_view(text, INNER_HYPHEN_RE)
            hits = _longest(hits + self._find(joined, joined.joins), len(text))
        if ANY_BREAK_RE.search(text):
            # "Mc-\nCarthy": a line-break hyphen before a capital may be soft too;
            # the longer reading wins
            joined = joined_view(text, ANY_BREAK_RE)
            both = hits + self._find(joined, joined.joins)
            both.sort(key=lambda h: (-(h.end - h.start), h.start))
            taken = bytearray(len(text) + 1)
            hits = []
            for h in both:
                if not any(taken[h.start : h.end]):
                    taken[h.start : h.end] = b"\x01" * (h.end - h.start)
                    hits.append(h)
            hits.sort(key=lambda h: h.start)
        return hits

    def _find(self, view: JoinedView, near: list[int] | None = None) -> list[Hit]:
        """The hits in `view`; with `near`, only names that may take in one of
        those positions of the view (the places a second reading joined:
        everywhere else it reads as the first did, so it would find the same)."""
        text = view.original
        jt = view.text
        scan = _scan(jt)
        tokens, folded = scan.tokens, scan.folded
        hits: list[Hit] = []
        n = len(tokens)
        self._informal, self._informal_starts = scan.informal
        self._quoted, self._quoted_starts = scan.quoted() if self.register else ([], [])
        children = self.root.children
        # Only a token that starts a known name (or, with the register, might be
        # one with a possessive s) needs looking at: the rest are skipped in C.
        starts = [
            i
            for i, f in enumerate(folded)
            if f in children or (f[-1:] == "s" and f[:-1] in children)
        ]
        if near is not None:
            starts = sorted(set(starts) & scan.tokens_near(near))
        resume = 0
        for i in starts:
            if i < resume or _a_contractions_end(jt, tokens[i], folded[i]):
                continue
            node = children.get(folded[i])
            if node is None:
                hit = self._possessive_s(view, tokens, folded, i)
                if hit is not None:
                    hits.append(hit)
                continue
            best: tuple[int, Entry, float, str] | None = None
            j = i
            while node is not None:
                j += 1
                if node.entry is not None:
                    why = self._why(node.entry, tokens, folded, i, j, jt)
                    if why is not None:
                        best = (j, node.entry, *why)
                if j >= n or not node.children:
                    break
                gap = jt[tokens[j - 1].end() : tokens[j].start()]
                if len(gap) > 6 or not GAP_RE.fullmatch(gap):
                    break
                node = node.children.get(folded[j])
            if best is None:
                continue
            j, entry, confidence, reason = best
            start, end = tokens[i].start(), tokens[j - 1].end()
            title_start = self._title_before(tokens, folded, i, jt)
            if entry.needs_title and title_start is None:
                continue
            if title_start is not None:
                start = title_start
            ostart, oend = view.span(start, end)
            hits.append(Hit(ostart, oend, text[ostart:oend], entry, confidence, reason))
            resume = j
        return hits

    def _possessive_s(
        self, view: JoinedView, tokens: list[re.Match[str]], folded: list[str], i: int
    ) -> Hit | None:
        """'at aprils leave me alone': a registered one-word name with a possessive
        s and no apostrophe, in a message line or quoted text. Only there: "hopes"
        and "graces" in running prose are words. A name learned in the case, only
        in a message and only if the word with its s is no English word ("at
        glorys w dace"; not "laurels")."""
        word = folded[i]
        if len(word) < 4 or not word.endswith("s"):
            return None
        node = self.root.children.get(word[:-1])
        if node is None or node.entry is None:
            return None
        entry = node.entry
        a, b = tokens[i].start(), tokens[i].end() - 1
        informal = _in_spans(self._informal, self._informal_starts, a, b)
        if entry.source != "register":
            learned = (
                entry.label == "PERSON"
                and not entry.needs_title
                and (entry.informal_any or entry.informal_lower)
                and word not in ordinary_words()  # "at laurels"
                and i > 0
                and folded[i - 1] in AT_SOMEONES
            )
            if not (informal and learned and tokens[i].group(0).islower()):
                return None
        elif not informal and not _in_spans(self._quoted, self._quoted_starts, a, b):
            return None
        ostart, oend = view.span(a, b)
        if entry.source != "register":
            return Hit(ostart, oend, view.original[ostart:oend], entry, entry.confidence, "")
        return Hit(
            ostart,
            oend,
            view.original[ostart:oend],
            entry,
            0.8,
            "registered name with a possessive s (no apostrophe) in a message",
        )

    def _why(
        self,
        entry: Entry,
        tokens: list[re.Match[str]],
        folded: list[str],
        i: int,
        j: int,
        text: str,
    ) -> tuple[float, str] | None:
        """(confidence, reason) if this is a mention, else None."""
        if self._accept(entry, tokens, i, j, text):
            if entry.source != "register":
                return entry.confidence, ""
            if entry.mode == ANY or tokens[i].group(0)[:1].isupper():
                return 1.0, "registered name"
        if self._informal_ok(entry, tokens, folded, i, j):
            if entry.source != "register":
                return entry.confidence, ""
            if _in_spans(self._quoted, self._quoted_starts, tokens[i].start(), tokens[j - 1].end()):
                return 0.9, "registered name inside quoted text"
            return 0.9, "registered name in a message line"
        if entry.source != "register" and not entry.informal_lower:
            if self._addressed_in_a_message(tokens, i, j, text):
                return entry.confidence, ""
            return None
        if entry.source != "register" or entry.needs_title:
            return None
        if j == i + 1 and _looks_like_date(tokens, i, j, text):
            return None
        if _in_spans(self._quoted, self._quoted_starts, tokens[i].start(), tokens[j - 1].end()):
            return 0.8, "registered name that is also a word, inside quoted text"
        if _alone_on_its_line(text, tokens[i].start(), tokens[j - 1].end()):
            return 0.8, "registered name alone on its line (a greeting or a signature)"
        if NAME_LABEL_BEFORE_RE.search(text, max(0, tokens[i].start() - 60), tokens[i].start()):
            return 0.75, "registered name that is also a word, after a label naming it"
        before = PREV_WORD_RE.search(text, max(0, tokens[i].start() - 30), tokens[i].start())
        if before and before.group(1).casefold() in PERSON_BEFORE:
            return 0.75, f"registered name that is also a word, after '{before.group(1)}'"
        after = NEXT_WORD_RE.match(text, tokens[j - 1].end())
        if re.match(r"['’]s\b", text[tokens[j - 1].end() : tokens[j - 1].end() + 3]):
            return 0.75, "registered name that is also a word, with a possessive"
        if after and after.group(1).casefold() in PERSON_AFTER:
            return 0.75, f"registered name that is also a word, before '{after.group(1)}'"
        return None

    def _addressed_in_a_message(
        self, tokens: list[re.Match[str]], i: int, j: int, text: str
    ) -> bool:
        """A short form that is also a word ("sums", "obi"), in lower case in a
        message, where the words around make it a person: "love u sums",
        "obi please stop", "tell ash"."""
        a, b = tokens[i].start(), tokens[j - 1].end()
        if not text[a:b].islower() or not _in_spans(self._informal, self._informal_starts, a, b):
            return False
        before = PREV_WORD_RE.search(text, max(0, a - 30), a)
        if before and before.group(1).casefold() in MESSAGE_NAME_BEFORE:
            return True
        if (
            before
            and before.group(1).casefold() in VOCATIVE_BEFORE
            and text[a:b] not in VOCATIVE_BEFORE  # "night night", "bye bye"
            and CLAUSE_END_RE.match(text, b)
        ):
            return True  # "im fine kill.", "ok huck!"
        after = NEXT_WORD_RE.match(text, b)
        return bool(after and after.group(1).casefold() in MESSAGE_NAME_AFTER)

    def _informal_ok(
        self, entry: Entry, tokens: list[re.Match[str]], folded: list[str], i: int, j: int
    ) -> bool:
        """A known name in lower case inside a message line."""
        if not self._informal:
            return False
        start = tokens[i].start()
        k = bisect.bisect_right(self._informal_starts, start) - 1
        if k < 0 or self._informal[k][1] < tokens[j - 1].end():
            return False
        if entry.source != "register" and (
            (
                not entry.informal_any
                and (
                    not entry.informal_lower or any(folded[x] in COMMON_LOWER for x in range(i, j))
                )
            )
            or after_a_determiner(
                tokens[i].string, start, tokens[j - 1].end(), self._determiners(folded, i, j)
            )
        ):
            return False  # "a little dimple when she laughed", "my darling xxx": the word
        return not entry.needs_title

    @staticmethod
    def _determiners(folded: list[str], i: int, j: int) -> frozenset[str]:
        """After 'my' or 'your' an endearment is the word ('my darling xxx', of a
        Ms Darling); a name may follow them ('hows my ferny x')."""
        if j == i + 1 and folded[i] in ENDEARMENTS:
            return DETERMINERS
        return ARTICLES

    @staticmethod
    def _accept(entry: Entry, tokens: list[re.Match[str]], i: int, j: int, text: str) -> bool:
        if entry.mode != ANY:
            for k in range(i, j):
                surface = tokens[k].group(0)
                mode = entry.mode if k == i else CAP
                if not _case_ok(surface, mode, text, tokens[k].start(), entry.source == "register"):
                    return False
            if j == i + 1 and _looks_like_date(tokens, i, j, text):
                return False
        return True

    @staticmethod
    def _title_before(
        tokens: list[re.Match[str]], folded: list[str], i: int, text: str
    ) -> int | None:
        if i == 0:
            return None
        prev = tokens[i - 1]
        fold = folded[i - 1]
        if fold not in TITLE_FOLDS:
            return None
        if fold in CAPS_ONLY_TITLES and not prev.group(0).isupper():
            return None
        if not prev.group(0)[0].isupper():
            return None
        gap = text[prev.end() : tokens[i].start()]
        if not re.fullmatch(r"\.?[ \t]+(?:\d{2,6}[ \t]+)?", gap):
            return None
        return prev.start()


SIGN_OFF_RE = re.compile(r"[ \t,.!:x❤️💔🙏]*$")


CONTRACTION_ENDS = frozenset(["ve", "ll", "re", "s", "t", "d", "m"])


def _a_contractions_end(text: str, token: re.Match[str], folded: str) -> bool:
    """The 've' of "I've", the 'll' of "he'll": never a name, whatever was learned."""
    a = token.start()
    return folded in CONTRACTION_ENDS and a >= 2 and text[a - 1] in "'’" and text[a - 2].isalpha()


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    """'pinks' on a line of its own before a note, 'Vangie x' after one."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:start].strip() and bool(SIGN_OFF_RE.fullmatch(text[end:line_end]))


def _longest(hits: list[Hit], size: int) -> list[Hit]:
    hits = sorted(hits, key=lambda h: (-(h.end - h.start), h.start))
    taken = bytearray(size + 1)
    out = []
    for h in hits:
        if not any(taken[h.start : h.end]):
            taken[h.start : h.end] = b"\x01" * (h.end - h.start)
            out.append(h)
    out.sort(key=lambda h: h.start)
    return out


def _better(new: Entry, old: Entry) -> bool:
    """Keep the register's entry, then the most permissive case mode."""
    rank = {"register": 0, "pattern": 1, "ner": 2, "propagation": 3}
    if rank.get(new.source, 9) != rank.get(old.source, 9):
        return rank.get(new.source, 9) < rank.get(old.source, 9)
    return new.informal_any and not old.informal_any


def name_mode(tokens: list[str], open_world: bool) -> str:
    """How a name may be matched: any case only where that is safe."""
    if len(tokens) > 1:
        if any(not is_ordinary_word(t) and len(t) > 2 for t in tokens):
            return ANY
        return CAP
    tok = tokens[0]
    if is_ordinary_word(tok) or tok.casefold() in NAME_WORDS or len(tok) < 3:
        return CAP_STRICT if open_world else CAP
    if open_world and len(tok) < 4:
        return CAP
    return ANY


def single_tokens(name: str) -> list[str]:
    """The parts of a name usable alone: not particles, not initials, not titles."""
    out = []
    for tok in tokens_of(name):
        fold = tok.casefold()
        if len(tok) < 2 or fold in PARTICLES or fold in TITLE_FOLDS:
            continue
        out.append(tok)
    return out
