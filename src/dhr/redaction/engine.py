"""Detection across a case, pseudonymisation and the leak check."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from . import ner as ner_module
from .fastre import compile_guarded
from .matching import (
    ANY,
    ANY_BREAK_RE,
    CAP,
    CAP_STRICT,
    DETERMINERS,
    NEXT_WORD_RE,
    PARTICLES,
    SOFT_BREAK_RE,
    STOP_WORDS,
    Entry,
    Hit,
    NameMatcher,
    a_name_follower,
    all_matches,
    at_sentence_start,
    fold,
    name_mode,
    shared_readings,
    single_tokens,
    tokens_of,
)
from .model import Finding, LeakReport, Policy
from .ner import readable
from .normalise import NormalView
from .patterns import (
    CAPITALISED_WORD_BEFORE_RE,
    CLOSINGS,
    COMPASS_START_RE,
    COURT_NEXT_RE,
    COURT_REASON,
    DAYS_MONTHS,
    DOCUMENT_PARTS,
    FIELD_REASON,
    MENTION_REASON,
    NOT_NAMES,
    ORG_WORD_ALT,
    ORG_WORD_NEXT_RE,
    ORG_WORD_RE,
    PARTICLE_RUN,
    ROLE_LAST_RE,
    SENDER_CONFIDENCE,
    SLOT_REASON,
    TEXTSPEAK,
    TITLE_ALT,
    TITLED_LOWER_INITIAL_RE,
    WORD_IN_A_PERSONS_PLACE,
    a_role_line,
    a_salutation_line,
    find_patterns,
    message_texts,
    no_ones_name,
    word_alternation,
)
from .register import DetailMatcher, Register, build_person_matcher, particle_surname
from .vocabulary import (
    AGENCY_RE,
    ALLOW_PHRASES,
    ALLOW_WORDS,
    CAPS_ACRONYMS,
    COUNTRY_FOLDS,
    EPONYM_RE,
    FACILITY_RES,
    FAMILY_WORDS,
    GIVEN_NAMES,
    KIN_NOUNS,
    LEGISLATION_RE,
    NAME_WORDS,
    NAMES_NOT_WORDS,
    NOT_A_PERSON,
    ORG_HEAD_RE,
    ORG_RE,
    ORG_TAIL_RE,
    ORGANISATIONS,
    PLACE_FOLDS,
    PROJECT_RE,
    PSEUDONYM_RE,
    TITLES,
    VENUE_RE,
    WORD_PREFIXES,
    WORD_SURNAMES,
    WORLD_PLACE_FOLDS,
    adjectives,
    adjectives_only,
    adverbs,
    common_words,
    defined_acronyms,
    is_ordinary_word,
    is_proper_name,
    nouns,
    ordinary_words,
    past_tense,
    unspeakable_capitals,
    verbs,
)

Progress = Callable[[str, int, int], None]

TITLE_RE = re.compile(
    r"^(?:(?:"
    + "|".join(sorted({*TITLES, *(t.upper() for t in TITLES)}, key=len, reverse=True))
    + r")\.?\s+(?:\d{2,6}\s+)?)+"
)
NER_LABELS = {
    "PERSON": "PERSON",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
    "ORG_CAPS": "PERSON",
}
ORG_WORDS = re.compile(rf"(?i)\b(?:{ORG_WORD_ALT})\b")


@dataclass(frozen=True)
class Tagged:
    """A finding with the identity it belongs to (a person key, or None)."""

    finding: Finding
    key: str | None = None


# --- allowlist --------------------------------------------------------------


FIRST_WORD_RE = re.compile(r"\w+")
WORD_RE = re.compile(r"(?<!\w)\w+")


class Allowlist:
    def __init__(self, extra: Sequence[str] = ()) -> None:
        phrases = [*ALLOW_PHRASES, *ORGANISATIONS, *extra]
        self.folded = {p.casefold() for p in phrases}
        # Phrases by their first word, longest first: a regex is tried only where a
        # phrase's first word starts, and only that word's phrases (running one
        # alternation of a few hundred phrases at every position of a long document
        # was a tenth of the time to redact it; at each of its 10,000 words such as
        # "the" and "home", a twentieth).
        by_first: dict[str, list[str]] = {}
        for p in sorted(phrases, key=len, reverse=True):
            if p and (m := FIRST_WORD_RE.match(p)):
                by_first.setdefault(m.group(0).casefold(), []).append(p)
        self._by_first = by_first
        self._phrase_res: dict[str, re.Pattern[str]] = {}
        self.extra_folded = {p.casefold() for p in extra}
        self._phrases: dict[str, list[tuple[int, int]]] = {}

    def phrases(self, text: str) -> list[tuple[int, int]]:
        """The gazetteer's phrases in `text` (the longest regex here), kept for the
        last few texts: `protected` and `organisations_after_and` both ask."""
        spans = self._phrases.get(text)
        if spans is None:
            spans = []
            end = 0
            for w in WORD_RE.finditer(text):
                if w.start() < end:
                    continue
                first = w.group(0).casefold()
                if first not in self._by_first:
                    continue
                m = self._phrase_re(first).match(text, w.start())
                if m is not None:
                    spans.append(m.span())
                    end = m.end()
            if len(self._phrases) >= 8:
                self._phrases.clear()  # shared by threads: clear() is one step
            self._phrases[text] = spans
        return spans

    def _phrase_re(self, first: str) -> re.Pattern[str]:
        """The regex of the phrases that begin with the word `first`, compiled when
        first needed (a document meets a few dozen of the few hundred)."""
        found = self._phrase_res.get(first)
        if found is None:
            alt = "|".join(re.escape(p).replace("'", "['’]") for p in self._by_first[first])
            found = self._phrase_res[first] = re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.IGNORECASE)
        return found

    def protected(self, text: str) -> Spans:
        spans = list(self.phrases(text))
        spans += [(_after_a_name(text, *m.span()), m.end()) for m in all_matches(AGENCY_RE, text)]
        if any(c.isupper() for c in text):
            # agencies in shouted headings: "SUFFOLK CONSTABULARY"
            titled = _shouted_runs_titled(readable(text))
            spans += [
                (_after_a_name(titled, _after_a_shouted_name(titled, m), m.end()), m.end())
                for m in AGENCY_RE.finditer(titled)
                if text[m.start() : m.end()].isupper()
            ]
        spans += [m.span() for m in all_matches(PSEUDONYM_RE, text)]
        spans += [m.span() for m in all_matches(LEGISLATION_RE, text)]
        spans += [m.span() for m in all_matches(PAGE_FOOTER_RE, text)]
        spans += wrapped_spans(text, AGENCY_RE)
        spans += nhs_body_spans(text)
        return Spans(spans)

    def organisations(self, text: str, protected: Spans) -> Spans:
        """`protected` and every organisation by its ending: no person inside them
        (a workplace "Fenwick Cleaning Services" is still an INSTITUTION)."""
        spans = [
            (_after_a_name(text, *m.span()), m.end())
            for m in all_matches(ORG_RE, text)
            if not _titled(text, m)
        ]
        spans += [
            (_after_a_name(text, *m.span()), m.end())
            for m in all_matches(ORG_TAIL_RE, text)
            if not _a_person_by_ending(text, m)
        ]
        spans += [m.span() for m in all_matches(VENUE_RE, text)]
        spans += [m.span() for m in all_matches(PROJECT_RE, text)]
        spans += org_head_spans(text)
        spans += facility_spans(text)
        spans += [m.span() for m in all_matches(EPONYM_RE, text)]
        spans += wrapped_spans(text, ORG_RE)
        return Spans([*protected.spans, *spans])

    def organisations_after_and(self, text: str) -> Spans:
        """`organisations`, each starting after an 'and' where what follows is an
        organisation by itself: 'Kasia Nowak and Suffolk Police'. Only a name
        known elsewhere in the case is let through there ("Avon and Somerset
        Constabulary" and "Hammersmith and Fulham Council" stay whole otherwise)."""
        spans = list(self.phrases(text))
        for pattern in (AGENCY_RE, ORG_RE, ORG_TAIL_RE):
            for m in all_matches(pattern, text):
                if pattern is ORG_TAIL_RE and _a_person_by_ending(text, m):
                    continue
                if pattern is ORG_RE and _titled(text, m):
                    continue
                spans += _after_and(text, m, pattern)
        spans += [m.span() for m in all_matches(PSEUDONYM_RE, text)]
        spans += [m.span() for m in all_matches(LEGISLATION_RE, text)]
        spans += [m.span() for m in all_matches(PAGE_FOOTER_RE, text)]
        spans += nhs_body_spans(text)
        spans += [m.span() for m in all_matches(VENUE_RE, text)]
        spans += [m.span() for m in all_matches(PROJECT_RE, text)]
        spans += org_head_spans(text)
        spans += facility_spans(text)
        spans += [m.span() for m in all_matches(EPONYM_RE, text)]
        spans += wrapped_spans(text, AGENCY_RE) + wrapped_spans(text, ORG_RE)
        return Spans(spans)

    def allows(self, surface: str) -> bool:
        return surface.casefold().strip() in self.folded


TITLE_BEFORE_RE = re.compile(rf"(?<![\w'’])(?:{TITLE_ALT})\.?[ \t]+$")
TITLED_RE = re.compile(rf"(?:{TITLE_ALT})\.?[ \t]+")


# A body's name wrapped onto the next line of a page's text, its last word there alone
# ("… namely Warwickshire\n\nPolice, HM Prison Service"): the line before runs on
# (long, no stop at its end) and the name ends where the list or the sentence goes on,
# so the break is the page's, not the writer's; not a heading above a paragraph that
# opens with a body's word ("… papers concerning Miss Heaven Tshimanga\n\nTrust
# safeguarding chronology").
WRAPPED_BEFORE_ENDING_RE = re.compile(
    r"\n(?:[ \t]*\n)?[ \t]*(?=(?:Police|Constabulary|Company|Council|"
    r"Service|Services|Trust|Partnership|Board|Team|Unit|Department|Authority|Commission|"
    r"Association|Group|Agency|Foundation|Ltd|Limited)\b[ \t]*(?:[,.;:)]|\n|$))"
)
WRAPPED_LINE_MIN = 40
RUNNING_WORD_RE = re.compile(r"\b[a-z]{2,}\b")


@functools.lru_cache(maxsize=8)  # asked for by each of the allowlist's readings
def _wrapped_breaks(text: str) -> list[tuple[int, int, int]]:
    """(line start, break start, break end) of each break that wraps a body's name."""
    out = []
    for m in WRAPPED_BEFORE_ENDING_RE.finditer(text):
        start = m.start()
        while start and text[start - 1] in " \t":
            start -= 1
        if not start or not text[start - 1].isalpha():
            continue
        line_start = text.rfind("\n", 0, start) + 1
        line = text[line_start:start]
        if len(line) < WRAPPED_LINE_MIN or not RUNNING_WORD_RE.search(line):
            continue  # "Jane Smith\nPolice", "HISTORY FOR JANE SMITH\nPolice": a list's
            # or a heading's line, not a sentence's
        out.append((line_start, start, m.end()))
    return out


def wrapped_spans(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """`pattern`'s matches that a wrapped line break cuts, read as if the break were
    spaces (the same length, so the offsets hold)."""
    out: list[tuple[int, int]] = []
    if "\n" not in text:
        return out
    for line_start, start, end in _wrapped_breaks(text):
        a, b = max(line_start, start - 120), min(len(text), end + 60)
        window = text[a:start] + " " * (end - start) + text[end:b]
        for x in pattern.finditer(window):
            if x.start() < start - a < x.end() and not TITLED_RE.search(x.group(0)):
                out.append((a + x.start(), a + x.end()))
    return out


def facility_spans(text: str) -> list[tuple[int, int]]:
    """Prisons, saints' churches, wards, children's centres and rows of days
    (`vocabulary.FACILITY_RES`), each starting a word."""
    return [
        m.span(group)
        for pattern, group in FACILITY_RES
        for m in all_matches(pattern, text)
        if m.start() == 0 or not text[m.start() - 1].isalnum()
    ]


def _titled(text: str, m: re.Match[str]) -> bool:
    """A title before the organisation's ending, or inside it before its last
    words: "Miss Service", "Dear Mr Board", "Miss Laser Service" are people, no
    service or board has a title."""
    words = CAP_WORD_RE.findall(m.group(0))
    if words[-1].casefold() in NOT_A_PERSON:
        return False  # "Mr Ltd": an abbreviation, whoever is before it
    return any(w.rstrip(".") in TITLES for w in words[:-1]) or bool(
        TITLE_BEFORE_RE.search(text, max(0, m.start() - 8), m.start())
    )


# "Run by Sequeli, a new not-for-profit company,": the text says what kind of body it is
BODY_NAME_BEFORE_RE = re.compile(
    r"(?<![\w'’-])([A-Z][\w'’&-]*(?:[ \t]+(?:(?:&|and)[ \t]+)?[A-Z][\w'’&-]*){0,3})\Z"
)
# Looked for from its comma, then back to the name: at every capital of a long
# document the whole pattern cost as much as the rest of this session's rules.
BODY_APPOSITION_RE = re.compile(
    r",[ \t]+(?:a|an|the)[ \t]+"
    # the kind is the head of the phrase: not "Jane Hale, the founder of the charity,"
    r"(?:(?!(?:of|for|at|with|in|from|to|who|which|that|and|by)\b)[\w-]+[ \t]+){0,3}?"
    r"(?:company|charity|firm|organisation|organization|business|"
    r"consultancy|social[ \t]+enterprise|retailer|chain|brand|newspaper|magazine|"
    r"radio[ \t]+station|website|app|platform|think[ \t]+tank|law[ \t]+firm|"
    r"housing[ \t]+association|supermarket)\b"
    # the kind ends its phrase: not "Jane Hale, a company director"
    r"(?=[ \t]*(?:[,.;:)]|$)|[ \t]+(?:that|which|based|in|of|for|with|run|founded|set|"
    r"registered|specialising|specializing|working|providing|offering)\b)"
)


@functools.lru_cache(maxsize=8)  # asked for each person found in a text
def bodies_by_apposition(text: str) -> tuple[str, ...]:
    """Each name the text itself calls a company, a charity or the like ('Sequeli, a
    new not-for-profit company', 'Hodge Jones & Allen, a law firm'): a body's name,
    here and everywhere in the text, and any part of it, never a person's."""
    out = []
    for m in BODY_APPOSITION_RE.finditer(text):
        name = BODY_NAME_BEFORE_RE.search(text[max(0, m.start() - 80) : m.start()])
        if name is not None:
            out.append(" ".join(name.group(1).split()))
    return tuple(out)


def _part_of_a_named_body(text: str, t: Tagged) -> bool:
    """An open-world person that is a body's name the text spells out, or part of it:
    'Hodge Jones' or 'Allen' of 'Hodge Jones & Allen'; not 'Sarah Jones'."""
    f = t.finding
    if f.label != "PERSON" or f.source == "register" or "," not in text:
        return False
    bodies = bodies_by_apposition(text)
    words = " ".join(f.text.split())
    return any(re.search(rf"(?<![\w'’-]){re.escape(words)}(?![\w'’-])", b) for b in bodies)


# Three or more words in capitals in a line that is not all capitals ("At a MEETING of
# the DUNDEE CITY HEALTH AND SOCIAL CARE INTEGRATION JOINT BOARD")
SHOUTED_RUN_RE = re.compile(r"\b[A-Z]{2,}(?:[ \t]+(?:[A-Z]{2,}|&)){2,}\b")


def _shouted_runs_titled(text: str) -> str:
    """`text` with each run of shouted words in Title Case (the same length), so that
    an agency's name in capitals inside a sentence is read as one."""
    if not SHOUTED_RUN_RE.search(text):
        return text

    def title(m: re.Match[str]) -> str:
        return re.sub(r"\b(?:And|Of|The|For)\b", lambda w: w.group(0).lower(), m.group(0).title())

    return SHOUTED_RUN_RE.sub(title, text)


# Words an agency's name joins with "and" ("Avon and Somerset", "Health and Social
# Care", "Children and Families"): on each side of the join, still the agency's.
AGENCY_JOIN_WORDS = frozenset(
    ["health", "social", "care", "safety", "community", "communities", "children",
     "families", "adults", "crime", "justice", "fire", "rescue", "mental", "police",
     "housing", "education", "wellbeing", "public", "protection", "probation"]
)  # fmt: skip
JOIN_RE = re.compile(r"[ \t]+(?:and|And|AND|&)[ \t]+")


def _after_a_shouted_name(titled: str, m: re.Match[str]) -> int:
    """Where an agency in capitals starts, once a name joined to it by "and" is left
    out: "INTERVIEW WITH JANE KOWALSKA AND SUFFOLK POLICE" is "SUFFOLK POLICE". The
    join stays inside where the word before it is a place or an agency's word
    ("AVON AND SOMERSET CONSTABULARY", "HEALTH AND SOCIAL CARE PARTNERSHIP")."""
    start = m.start()
    for join in reversed(list(JOIN_RE.finditer(titled, m.start(), m.end()))):
        before = re.search(r"([\w'’-]+)\Z", titled[m.start() : join.start()])
        word = before.group(1).casefold() if before else ""
        if word not in PLACE_FOLDS and word not in AGENCY_JOIN_WORDS:
            return join.end()
    return start


# "NHS Tayside", "NHS Lanarkshire", "NHS England": a health board or body by its area
NHS_BODY_RE = re.compile(r"\bNHS[ \t]+([A-Z][a-z]+)\b")


def nhs_body_spans(text: str) -> list[tuple[int, int]]:
    """The NHS body a word after "NHS" names, unless the word is a given name (a
    list's "NHS Jane Smith" is a person from the NHS)."""
    return [
        m.span() for m in all_matches(NHS_BODY_RE, text) if m.group(1).lower() not in GIVEN_NAMES
    ]


def _a_person_by_ending(text: str, m: re.Match[str]) -> bool:
    """An organisation's ending that is a surname here: after a title ("Ms Annest
    Temple", "Dr Bank"), or "Temple" after given names that are no English words
    ("Egidijus Temple"; not "Sikh Temple", "Neasden Temple")."""
    if _titled(text, m):
        return True
    words = CAP_WORD_RE.findall(m.group(0))
    return (
        words[-1] == "Temple"
        and 1 <= len(words) - 1 <= 2
        and all(
            not w.isupper() and not is_ordinary_word(w) and w.casefold() not in PLACE_FOLDS
            for w in words[:-1]
        )
    )


ORG_AND_RE = re.compile(r"[ \t]+(?:and|&)[ \t]+")
# Two words in a row, the second after any particles ("Lakshmi van Hoang"): one
# generic pattern whose words are looked up in the case's sets, instead of a
# pattern of the case's own words compiled for every case (a tenth of the time).
WORD_PAIR_RE = re.compile(
    rf"(?<![\w'’-])([^\W\d_]+)(?=[ \t]*\n?[ \t]*"
    rf"((?:(?i:{word_alternation(PARTICLES)})[ \t]+)*)([^\W\d_]+)(?![\w'’-]))"
)


CAP_WORD_RE = re.compile(r"[A-Z][\w'’&-]*")


def _after_a_name(text: str, start: int, end: int) -> int:
    """Where an organisation starts once a person's name before it is left out: a
    table's rows read as text put each member's name right before their agency
    ("Vanessa Read Dorset Clinical Commissioning Group", "David Webb Youth
    Offending Service"), and the agency pattern took the name in. The agency
    starts at its first place ("Dorset"), or after two capitalised words that
    are no English words ("David Webb"); "Hestia Housing Service" stays whole."""
    words = list(CAP_WORD_RE.finditer(text, start, end))[:-1]  # not the ending
    for i, w in enumerate(words[1:], 1):
        pair = f"{w.group(0)} {words[i + 1].group(0)}" if i + 1 < len(words) else ""
        if w.group(0).casefold() in PLACE_FOLDS or pair.casefold() in PLACE_FOLDS:
            joined = not re.fullmatch(r"[ \t]+", text[words[i - 1].end() : w.start()])
            if _name_like(words[0].group(0)) and not _place_like(words[:i]) and not joined:
                return w.start()
            return start
    first, second = (w.group(0) for w in words[:2]) if len(words) >= 2 else ("", "")
    if (
        len(words) >= 3
        and (
            (_name_like(first) and _name_like(second) and not is_ordinary_word(second))
            # "Kirsty Butcher Democratic Services": a given name that is no word,
            # then a surname that is one
            or (
                first.lower() in GIVEN_NAMES
                and not is_ordinary_word(first)
                and first.lower() not in NAME_WORDS  # "Amber Valley Borough Council"
                and second.lower() in WORD_SURNAMES
                and f"{first} {second}".casefold() not in PLACE_FOLDS
            )
        )
        and not _place_like(words[:2])
        and re.fullmatch(r"[ \t]+", text[words[0].end() : words[1].start()])
    ):
        return words[2].start()
    return start


TRAILING_CONNECTOR_RE = compile_guarded(r"(?:[\s,(–—-]+(?:(?i:and|of|for|at|&)\b)?)+$")


def _before_an_organisation(text: str, no_person: Spans, start: int, end: int) -> int:
    """A name run on into the agency after it ("Richard Bell Dorset" of "Richard
    Bell Dorset Police"): the name ends where the agency's place starts."""
    inside = no_person.first_start_inside(start, end)
    if inside is None:
        return end
    first = CAP_WORD_RE.match(text, inside)
    if first is None or first.group(0).casefold() not in PLACE_FOLDS:
        return end  # only an agency that starts with its place ("Dorset Police")
    kept = TRAILING_CONNECTOR_RE.sub("", text[start:inside])
    return start + len(kept) if kept else end


ROW_END_RE = re.compile(r"[A-Z][\w'’-]*[ \t]+$")


def _ends_a_row(text: str, m: re.Match[str]) -> bool:
    """ "Police and Crime Commissioner\nDavid Webb": a word ending a Title Case line
    ends a table's row, not a name ("information on Deacon\nPerera" is wrapped)."""
    if "\n" not in m.group(0):
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    return bool(ROW_END_RE.search(text, line_start, m.start()))


NAME_CELL_END_RE = re.compile(r"[ \t]*(?:\||\n|$)")


def _a_name_alone_on_its_line(text: str, start: int, end: int) -> bool:
    """'HAMLET IANNONE' on a letter's address line, 'Scout Okoye-Heslop | 21 October'
    in a table's first cell: a word and a found surname with nothing else on the
    line or in the cell are a name, though the word is English."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t|"):
        return False
    return NAME_CELL_END_RE.match(text, end) is not None


# What names a place or a group, not a person, when it ends or follows the words
# NER or propagation took for a name: "the Ashlar Lane Community| Centre", "the
# Meadowsweet Singers", "the Maple Tree| Walk children's centre". A workplace
# "Distribution Centre" is still an INSTITUTION: only PERSON findings are dropped.
VENUE_AFTER_RE = re.compile(
    r"[ \t]+(?:Community[ \t]+)?(?:Centre|Center|Choir|Chorus|Singers)\b"
    r"|[ \t]+(?:Walk|Road|Lane|Park)[ \t]+(?:children|family)['’]s[ \t]+centre\b"
)


def _names_a_venue(text: str, f: Finding) -> bool:
    """Checked once, on what the case's findings come to (`_without_codes`), so a
    name NER or propagation ran into a venue's name is dropped wherever it came."""
    if TITLED_RE.match(f.text):
        return False  # "Mrs Z. Sexual Assault Referral| Centre": Mrs Z is still a name
    last = f.text.rsplit(None, 1)[-1]
    return last in ("Singers", "Choir") or VENUE_AFTER_RE.match(text, f.end) is not None


def _name_like(word: str) -> bool:
    fold = word.casefold().rstrip(".")
    return fold in _TITLE_WORDS or fold in NAME_WORDS or not is_ordinary_word(word)


def _place_like(words: list[re.Match[str]]) -> bool:
    return any(w.group(0).casefold() in PLACE_FOLDS for w in words)


def _after_and(text: str, m: re.Match[str], pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """The spans of the organisations `m` names: each of a list joined by 'and'
    that `pattern` matches whole ('Christian Aid' and 'Victim Support'), else the
    part after the first 'and' whose remainder it still matches whole ('Suffolk
    Police' of 'Kasia Nowak and Suffolk Police'), else all of it."""
    start, end = m.span()
    connectors = list(ORG_AND_RE.finditer(text, start, end))
    bounds = [start, *(x for c in connectors for x in c.span()), end]
    parts = list(zip(bounds[::2], bounds[1::2], strict=True))
    if len(parts) > 1 and all(pattern.fullmatch(text, a, b) for a, b in parts):
        return parts
    for connector in connectors:
        if pattern.fullmatch(text, connector.end(), end) is not None:
            return [(connector.end(), end)]
    return [(_after_a_name(text, start, end), end)]


@functools.lru_cache(maxsize=32)
def allowlist_for(extra: tuple[str, ...]) -> Allowlist:
    """One Allowlist per set of extra phrases, shared: building its regex of a
    few hundred phrases for every document was a tenth of a short document's time."""
    return Allowlist(extra)


class Spans:
    """A fixed set of (start, end) spans with O(log n) covered / overlaps tests."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.spans = ordered
        self.starts = [a for a, _ in ordered]
        self.max_end: list[int] = []
        best = -1
        for _, b in ordered:
            best = max(best, b)
            self.max_end.append(best)

    def covered(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start) - 1
        return i >= 0 and self.max_end[i] >= end

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.max_end[i] > start

    def first_start_inside(self, start: int, end: int) -> int | None:
        """The first span starting strictly inside (start, end), if any."""
        i = bisect.bisect_right(self.starts, start)
        return self.starts[i] if i < len(self.starts) and self.starts[i] < end else None


def _covered(spans: Spans, start: int, end: int) -> bool:
    return spans.covered(start, end)


def _overlaps(spans: Spans, start: int, end: int) -> bool:
    return spans.overlaps(start, end)


def name_core(surface: str) -> str:
    """The name as a key: no titles, no line-break hyphens ('Fr-\nost' -> 'Frost')."""
    return SOFT_BREAK_RE.sub("", person_core(surface))


def person_core(surface: str) -> str:
    """The name without its titles: 'Mrs Nowicki' -> 'Nowicki'."""
    return TITLE_RE.sub("", surface).strip(" .")


# --- detection --------------------------------------------------------------


# An account's digits, left out of the name test ("@jsmith88").
DIGITS_RE = re.compile(r"\d+")


@dataclass
class CaseDetector:
    register: Register = field(default_factory=Register)
    policy: Policy = field(default_factory=Policy)
    progress: Progress | None = None

    def __post_init__(self) -> None:
        self.person_matcher = build_person_matcher(self.register)
        self.detail_matcher = DetailMatcher(self.register)
        self.allowlist = allowlist_for(tuple(self.policy.allow))
        self.case_names: NameMatcher = NameMatcher()
        self._names: dict[str, None] = {}
        # pet forms wait until every name is learned: a name found as itself
        # ("Ada") is that name, not a pet form of another ("Adaeze")
        # Pet forms per (person, first name): a name found fifty times has its
        # pet forms worked out once.
        self._pets: dict[tuple[str, str], list[tuple[str, Entry]]] = {}
        # a name learned alone ("Obinna") and every word of a learned name, for
        # the pet forms of a given name met beside a surname ("Obinna Frost")
        self._alone: dict[str, str] = {}
        self._name_words: set[str] = set()
        self._aliases: dict[str, str] = {}
        self._token_owners: dict[str, list[str]] = {}
        self._protected: dict[str, Spans] = {}
        self._no_person: dict[str, Spans] = {}
        self._no_known_person: dict[str, Spans] = {}
        self.coded: dict[str, str] = {}  # person key -> the coded pseudonym a text gives it
        self.codes: set[str] = set()  # every coded pseudonym in use ("Adult A", "Mr B")

    def _protected_spans(self, text: str) -> Spans:
        """The allowlist's spans of `text`, worked out once per text (each pass asks)."""
        spans = self._protected.get(text)
        if spans is None:
            spans = self._protected[text] = self.allowlist.protected(text)
        return spans

    def _no_person_spans(self, text: str) -> Spans:
        """Where no person can be: the allowlist and every organisation."""
        spans = self._no_person.get(text)
        if spans is None:
            spans = self.allowlist.organisations(text, self._protected_spans(text))
            self._no_person[text] = spans
        return spans

    def _no_known_person_spans(self, text: str) -> Spans:
        """Where no name known elsewhere in the case can be (propagation)."""
        spans = self._no_known_person.get(text)
        if spans is None:
            spans = self._no_known_person[text] = self.allowlist.organisations_after_and(text)
        return spans

    # one text, before propagation
    def _first_pass(self, text: str, index: int, total: int) -> list[Tagged]:
        out: list[Tagged] = []
        for hit in self.person_matcher.find(text):
            out.append(_tag_hit(hit))
        out += [Tagged(f) for f in self.detail_matcher.find(text)]
        protected = self._protected_spans(text)
        no_person = self._no_person_spans(text)
        acronyms = defined_acronyms(text)
        prose_words = _lower_case_prose_words(text)
        abroad = Abroad(text)
        for f in _join_broken_names(text, find_patterns(text)):
            if f.label == "PERSON" and (
                _an_acronym(f.text, acronyms)
                or (f.confidence <= 0.5 and f.text.lower() in prose_words)
                or (f.confidence <= 0.5 and abroad.an_unknown_word(f.start, f.end, f.text))
                or _a_pronoun_or_contraction(text, f.start, f.end)
                or _names_a_building(text, f.start, f.end)
                or (
                    f.confidence <= 0.5  # a weak guess
                    and _a_people_before_its_noun(text, f.start, f.end)
                )
            ):
                continue
            if f.label == "PERSON":
                start, end = abroad.known_names_only(text, f.start, f.end)
                end = _before_an_organisation(text, no_person, start, end)
                f = replace(f, start=start, end=end, text=text[start:end])
            guess = f.label == "PERSON" or (f.label == "PLACE" and f.confidence <= 0.5)
            if (
                f.label in ("PERSON", "INSTITUTION", "PLACE", "ADDRESS")
                and f.reason != SLOT_REASON
                and _covered(no_person if guess else protected, f.start, f.end)
            ):
                continue
            if f.label == "PERSON" and (
                _a_unit_scale_or_device(text, f.start, f.end)
                or not self._plausible_name(
                    # an account's name keeps its digits ("@jsmith88"): test the rest
                    DIGITS_RE.sub("", f.text) if f.reason == MENTION_REASON else f.text,
                    f.text.islower() or bool(TITLED_LOWER_INITIAL_RE.fullmatch(f.text)),
                    shouted_ok=f.reason == FIELD_REASON,
                    slot=f.reason == SLOT_REASON,
                    sender=f.reason == SLOT_REASON
                    and (
                        f.confidence == SENDER_CONFIDENCE or a_salutation_line(text, f.start, f.end)
                    ),
                )
                or _in_a_date(text, f.start, f.end)
            ):
                continue
            out.append(Tagged(f))
        if self.policy.use_ner:

            def report(done: int, n: int) -> None:
                if self.progress is not None:
                    self.progress(f"names (document {index + 1}/{total})", done, n)

            covered = bytearray(len(text) + 1)
            for t in out:
                if _for_ner_to_confirm(text, t.finding):
                    continue
                covered[t.finding.start : t.finding.end] = b"\x01" * (
                    t.finding.end - t.finding.start
                )
            for a, b in no_person.spans:  # NER's PERSON there is dropped anyway
                covered[a:b] = b"\x01" * (b - a)
            found = ner_module.entities(
                text, self.policy.ner_model, report, covered, _names_found(text, out)
            )
            for start, end, label in found:
                mapped = NER_LABELS.get(label)
                if mapped is None:
                    continue
                if label == "ORG_CAPS":
                    words = tokens_of(text[start:end])
                    if ORG_WORDS.search(text[start:end]) or all(is_ordinary_word(w) for w in words):
                        continue
                for s, e in _split_entity(text, start, end):
                    if mapped == "PERSON":
                        e = _before_an_organisation(text, no_person, s, e)
                    surface = text[s:e]
                    if abroad.an_unknown_word(s, e, surface):
                        continue  # an English model's guess in a Welsh sentence
                    s, e = abroad.known_names_only(text, s, e)
                    surface = text[s:e]
                    if mapped != "PERSON" and _overlaps(no_person, s, e):
                        continue  # a place in an organisation's name ("Leeds City Council")
                    if _covered(no_person if mapped == "PERSON" else protected, s, e):
                        continue
                    if mapped == "PERSON" and (
                        not self._plausible_name(surface)
                        or _in_a_date(text, s, e)
                        or _an_acronym(surface, acronyms)
                        or _a_lone_shouted_word(text, s, e)
                        or _a_thing_or_a_label(text, s, e)
                        or surface.casefold() in WORLD_PLACE_FOLDS  # "Iraq changed him"
                        or _a_partnership_or_a_unit(text, s, e)
                        or _a_lone_kin_word_or_verb(text, s, e)
                        or _a_word_of_a_job_title(text, s, e)
                        or _an_adjective_before_its_noun(text, s, e)
                        or _a_unit_scale_or_device(text, s, e)
                        or _a_pronoun_or_contraction(text, s, e)
                        or _names_a_building(text, s, e)
                        or _a_shouted_common_noun(text, s, e)
                        or _a_post_nominal_in_a_list(text, s, e)
                    ):
                        continue
                    if (
                        mapped == "PLACE"
                        and (
                            surface.casefold() in WORLD_PLACE_FOLDS  # "Iraq": names nobody
                            or surface.casefold() in COUNTRY_FOLDS  # "from Iran in 2008"
                            or surface.casefold() in COMPASS_WORDS  # "Bolton North East"
                            or (" " not in surface and ROLE_LAST_RE.search(surface))  # "Keyworker"
                            or self.allowlist.allows(surface)
                            or surface.lower() in ALLOW_WORDS
                            or not surface[:1].isupper()
                            or (surface.isupper() and len(surface) <= 3)
                            or _an_acronym(surface, acronyms)
                            or _a_shouted_common_noun(text, s, e)
                            # "Black, minoritised and migrant women": a people's
                            # colour is no place (a word-name the model takes for
                            # one, "Haven", is still redacted as one)
                            or surface.casefold() in ETHNIC_COLOURS
                            or _the_end_of_a_country(text, s, surface)  # "United States"
                            or SAFER_BRAND_RE.match(surface) is not None  # "SaferMK"
                            or _a_shouted_headings_word(text, s, e)
                        )
                    ):
                        continue
                    conf = 0.85 if mapped == "PERSON" else 0.6
                    why = NER_REASON.format("person's name" if mapped == "PERSON" else "place")
                    out.append(Tagged(Finding(s, e, mapped, surface, "ner", conf, why)))
        # not learned either, so not propagated into the case's other texts
        out = [t for t in out if not _part_of_a_named_body(text, t)]
        return [_not_a_person(text, t) for t in out]

    def _plausible_name(
        self,
        surface: str,
        lower_ok: bool = False,
        shouted_ok: bool = False,
        slot: bool = False,
        sender: bool = False,
    ) -> bool:
        """`slot`: where it stands only a person can (`SLOT_REASON`), so a day, a
        feast, a title or an acronym's letters is a name there; a role is not."""
        core = person_core(surface)
        toks = tokens_of(core)
        if not toks or any(c.isdigit() for c in core):
            return False
        if slot and len(toks) == 1 and not self._plausible_name(surface, lower_ok, shouted_ok):
            return not no_ones_name(core, sender) and (lower_ok or core[:1].isupper())
        titled = len(tokens_of(surface)) > len(toks)
        if all(
            (t.casefold() in NOT_A_PERSON and not (titled and t.istitle())) or t in CAPS_ACRONYMS
            for t in toks
        ):
            # "QA", "DV", "OBE", "PDF", "PRU": abbreviations and post-nominals; not
            # "Dr Ma" or "Mrs Ba", a surname after a title that spells one
            return False
        if len(tokens_of(surface)) == 1 and surface.casefold() in _TITLE_WORDS:
            return False  # "Miss" alone, not "Mr Lord"
        if (
            len(tokens_of(surface)) == 1
            and len(core) > 2
            and core.isupper()
            and core.lower() in STOP_WORDS
            and core.lower() not in NAME_WORDS
        ):
            return False  # "THE" left of "THE DEAF CLUB", not "MAY" or "WILL"
        if self.allowlist.allows(core) or self.allowlist.allows(surface):
            return False
        if all(self.allowlist.allows(t) or t.lower() in ALLOW_WORDS for t in toks) and not (
            titled and len(toks) == 1 and core.istitle()  # "Councillor Ford", "Mr Rover"
        ):
            return False
        named = next((t for t in toks if t.casefold() not in PARTICLES), core)
        if not named[:1].isupper() and not lower_ok:
            return False  # "de la Cruz" is capitalised where it counts
        if (
            not shouted_ok
            and core.isupper()
            and len(core) > 3
            and all(
                (is_ordinary_word(t) and t.lower() not in NAME_WORDS)
                or self.allowlist.allows(t)
                or t.casefold() in NOT_A_PERSON
                for t in toks
            )
        ):
            # "OVERVIEW", "CHRONOLOGY", "MARAC RESEARCH FORMS": a shouted heading of
            # words and the review's acronyms, not a name
            return False
        return not (PSEUDONYM_RE.fullmatch(core) or len(toks) > 4)

    def learn_names(self, tagged: list[Tagged], text: str = "") -> None:
        """Propagation: every confident open-world name becomes findable everywhere in
        the case. A weak guess (a capitalised unknown word starting a sentence or a
        line), an abbreviation, or a place is no seed."""
        for t in tagged:
            f = t.finding
            if f.label == "PERSON" and f.source != "register" and not _seed(text, f):
                continue
            if (
                f.label in ("PLACE", "INSTITUTION")
                and f.source == "pattern"
                and f.confidence >= 0.8
            ):
                self.case_names.add(
                    f.text,
                    Entry(f"{f.label}:{f.text.casefold()}", f.label, CAP, "propagation", 0.7),
                )
                continue
            if f.label != "PERSON" or f.source == "register":
                continue
            core = name_core(f.text)
            toks = tokens_of(core)
            if not toks:
                continue
            key = "ow:" + " ".join(fold(x) for x in toks)
            self._names.setdefault(key, None)
            sender = f.source == "pattern" and f.confidence == SENDER_CONFIDENCE
            if len(toks) > 1 or len(toks[0]) > 1:
                self.case_names.add(
                    core,
                    Entry(
                        key,
                        "PERSON",
                        _learned_mode(toks),
                        "propagation",
                        0.8,
                        informal_any=sender,
                        needs_title=len(toks) == 1 and _an_org_word(toks[0]),
                    ),
                )
            surname = particle_surname(core)
            if surname:  # "Da Silva" alone, not "Silva" leaving "Da"
                self.case_names.add(
                    surname,
                    Entry(key, "PERSON", name_mode(tokens_of(surname), True), "propagation", 0.75),
                )
            parts = single_tokens(core)
            self._name_words.update(parts)
            if len(parts) == 1 and not f.text.isupper():
                self._alone.setdefault(parts[0], key)
            if len(parts) > 1:
                shouting = (
                    f.source == "ner" and core.isupper() and all(is_ordinary_word(x) for x in parts)
                )
                # "WHAT ARNIMAL MWAKALINGA TOLD THE REVIEW": a heading's verb NER took in
                heading = f.source == "ner" and core.isupper()
                for tok in parts:
                    if self.allowlist.allows(tok) or (shouting and is_ordinary_word(tok)):
                        continue
                    if (
                        heading
                        and tok.casefold() not in NAME_WORDS
                        and (tok.lower() in IRREGULAR_PAST or past_tense(tok))
                    ):
                        continue
                    if tok.casefold() in NOT_A_PERSON or tok.casefold() in PLACE_FOLDS:
                        continue
                    if fold(tok) in STOP_WORDS and (
                        fold(tok) != tok.casefold()  # "Mỹ" of "Mỹ Dung" alone is every "my"
                        or (tok.isupper() and fold(tok) not in NAME_WORDS)  # a heading's "AT"
                    ):
                        continue
                    if _a_role_word(tok):
                        continue  # "Worker" of NER's "Medeiros-Olatunji\nSocial Worker"
                    mode = _learned_mode([tok])
                    entry = Entry(
                        key, "PERSON", mode, "propagation", 0.75, needs_title=_an_org_word(tok)
                    )
                    self.case_names.add(tok, entry)
                if not shouting and (key, parts[0]) not in self._pets:
                    self._pets[key, parts[0]] = [
                        (pet, _pet_entry(key, pet))
                        for pet in pet_forms(parts[0])
                        if not self.allowlist.allows(pet)
                    ]

    def _learn_full_names(self, texts: Sequence[str]) -> None:
        """A name learned alone ("Lakshmi") that a text puts before another learned
        name ("Lakshmi Hoang", with "Miss Hoang" found elsewhere) is learned as that
        full name too, with its pet forms. NER no longer reads a sentence only for
        words already known, so a full name it would have found is joined here."""
        if not self._alone:
            return
        alone, words = self._alone, self._name_words
        for text in texts:
            found = [
                Tagged(Finding(start, end, "PERSON", text[start:end], "pattern", 0.8, PAIR_REASON))
                for m in WORD_PAIR_RE.finditer(text)
                if m.group(1) in alone and m.group(3) in words and m.group(1) != m.group(3)
                for start, end in [(m.start(1), m.end(3))]
            ]
            self.learn_names(found, text)

    def detect_case(self, texts: Sequence[str]) -> list[list[Tagged]]:
        """Findings per text, offsets into the texts as given: everything is
        found in what a reader sees (`NormalView`) and mapped back."""
        views = [NormalView(t) for t in texts]
        with shared_readings():
            found = self._detect_case([v.text for v in views])
        return [_to_original(v, tagged) for v, tagged in zip(views, found, strict=True)]

    def _detect_case(self, texts: Sequence[str]) -> list[list[Tagged]]:
        first = [self._first_pass(text, i, len(texts)) for i, text in enumerate(texts)]
        for text, tagged in zip(texts, first, strict=True):
            self.learn_names(tagged, text)
        self._learn_full_names(texts)
        grown: list[tuple[str, Tagged]] = []
        extended_all = self._propagate(texts, first, grown)
        if self._learn_grown_names(grown):
            extended_all = self._propagate(texts, first, [])
        self._aliases = {}
        for text, extended in zip(texts, extended_all, strict=True):
            self._learn_aliases(text, extended)
        public = public_areas(texts)
        keyed = [
            [
                self._keyed(t)
                for t in map(functools.partial(_without_a_cut_word, text), extended)
                if t is not None
                and not (
                    _a_public_area(t, public)
                    or _in_a_joint_area(text, t)
                    or _an_office_area(text, t)
                    or (not self.policy.redact_courts and _a_court_or_its_town(text, t))
                    or _part_of_a_named_body(text, t)
                    or _a_hashtag_or_a_members_area(text, t)
                )
            ]
            for text, extended in zip(texts, extended_all, strict=True)
        ]
        keyed = [_with_their_counties(text, ts) for text, ts in zip(texts, keyed, strict=True)]
        return [self._coded_pseudonyms(text, ts) for text, ts in zip(texts, keyed, strict=True)]

    def _propagate(
        self, texts: Sequence[str], first: list[list[Tagged]], grown: list[tuple[str, Tagged]]
    ) -> list[list[Tagged]]:
        """Every text's first-pass findings and the case's learned names found in
        it, resolved, with partly found names completed."""
        for pets in self._pets.values():
            for pet, entry in pets:
                self.case_names.add(pet, entry)  # never in place of a name learned itself
        self._build_clusters()
        extended_all = []
        for text, tagged in zip(texts, first, strict=True):
            protected = self._protected_spans(text)
            no_person = self._no_person_spans(text)
            no_known = self._no_known_person_spans(text)
            extra = [
                _tag_hit(h)
                for h in self.case_names.find(text)
                if not _covered(
                    no_known if h.entry.label == "PERSON" else protected, h.start, h.end
                )
                and not _a_unit_scale_or_device(text, h.start, h.end)
                and not _a_people_before_its_noun(text, h.start, h.end)
                # "Thursday October" learned, "24 October 2017" is a date
                and not (h.entry.source == "propagation" and _in_a_date(text, h.start, h.end))
                and not _a_service_acronym(text, h)
            ]
            resolved = resolve(tagged + extra)
            extended_all.append(_extend_people(text, resolved, no_person, grown))
        return extended_all

    def _learn_grown_names(self, grown: list[tuple[str, Tagged]]) -> bool:
        """'The nominal record for Comfort Jankauskienė': an English word written
        as a name straight before a found name, mid-sentence, is that person's
        given name ("Comfort", "Verity", "Sunday"), which no list of given names
        holds. It is learned with the name, so the word alone is found where a
        name may stand (capitalised, not starting a sentence). True if anything
        new was learned (the case is then searched again)."""
        before = len(self.case_names)
        for text, t in grown:
            self.learn_names([t], text)
        return len(self.case_names) != before

    def _coded_pseudonyms(self, text: str, tagged: list[Tagged]) -> list[Tagged]:
        """'Marie Doyle (Adult A)', 'Adult A (Marie)', 'Tom, referred to as Mr B': the
        code is that person's pseudonym (kept, not given a second one). A titled
        initial declared as a code ('Mr B') or registered as a pseudonym is the code
        itself, not a name to replace."""
        codes = self.codes
        codes.update(" ".join(p.pseudonym.split()) for p in self.register.people if p.pseudonym)
        for t in tagged:
            f = t.finding
            if f.label != "PERSON" or t.key is None:
                continue
            m = CODE_AFTER_RE.match(text, f.end) or CODE_BEFORE_RE.search(
                text, max(0, f.start - 40), f.start
            )
            if m:
                code = " ".join(m.group("code").replace(".", "").split())
                self.coded.setdefault(t.key, code)
                codes.add(code)
        return self._without_codes(text, tagged)

    def _without_codes(self, text: str, tagged: list[Tagged]) -> list[Tagged]:
        """Without the codes, without what is left of a name cut short by an
        identifier ("NI" of NER's "NI XH" before "XH 92 58 97 B", "NATIONAL
        INSURANCE" of "NATIONAL INSURANCE RK" before "RK 68 66 85 B"), without
        what is left of a role once its holder's name is cut off ("Crown
        Prosecutor"), and without the words before a centre or a choir's name."""
        return [
            t
            for t in tagged
            if not (
                t.finding.label == "PERSON"
                and t.finding.source != "register"
                and (
                    " ".join(t.finding.text.replace(".", "").split()) in self.codes
                    or (
                        t.finding.reason != SLOT_REASON
                        and (
                            t.finding.text.casefold() in NOT_A_PERSON
                            or self.allowlist.allows(t.finding.text)
                        )
                    )
                    or _a_role(t.finding.text)
                    or _names_a_venue(text, t.finding)
                )
            )
        ]

    def _learn_aliases(self, text: str, tagged: list[Tagged]) -> None:
        """'Staff called Craig by the nickname 'Craigy'', 'Summer, known as Sums':
        the nickname is the same person as the name before it in the sentence."""
        people = [t for t in tagged if t.finding.label == "PERSON"]
        for prev, t in itertools.pairwise(people):
            f = t.finding
            between = text[prev.finding.end : f.start]
            if len(between) > 60 or re.search(r"[.!?\n]", between):
                continue
            if not ALIAS_CUE_RE.search(between):
                continue
            alias = " ".join(fold(x) for x in tokens_of(name_core(f.text)))
            owner = self._keyed(prev).key
            if alias and owner and alias not in self._aliases:
                self._aliases[alias] = owner

    def _build_clusters(self) -> None:
        """Each name token -> the multi-token names that hold it, in the order learned."""
        owners: dict[str, list[str]] = {}
        for key in self._names:
            toks = key[3:].split()
            if len(toks) > 1:
                for tok in toks:
                    owners.setdefault(tok, []).append(key)
        self._token_owners = owners

    def _canonical(self, toks: list[str]) -> str | None:
        """The longest learned name that contains every token ('Miss O'Sullivan',
        'Xiaoling' -> 'Xiaoling O'Sullivan'); the first learned on a tie."""
        if len(toks) == 1 and toks[0] not in self._token_owners and len(toks[0]) >= 3:
            return self._diminutive_of(toks[0])
        if not toks or toks[0] not in self._token_owners:
            return None
        want = set(toks)
        best: str | None = None
        for key in self._token_owners[toks[0]]:
            have = key[3:].split()
            if want <= set(have) and (best is None or len(have) > len(best[3:].split())):
                best = key
        return best

    def _diminutive_of(self, nick: str) -> str | None:
        """'Gracie' -> 'Grace Akhtar', 'Grzesiek' -> 'Grzegorz Frost': a pet form
        sharing the first letters of exactly one known person's first name."""
        n = 4 if len(nick) >= 5 else 3
        found = {
            key
            for key in self._names
            if len(key[3:].split()) > 1
            and key[3:].split()[0] != nick
            and key[3:].split()[0][:n] == nick[:n]
        }
        firsts = {key[3:].split()[0] for key in found}
        if len(firsts) != 1:
            return None
        return max(sorted(found), key=lambda k: len(k[3:].split()))

    def _keyed(self, t: Tagged) -> Tagged:
        f = t.finding
        if f.label != "PERSON" or (t.key or "").startswith("reg:"):
            return t
        toks = [fold(x) for x in tokens_of(name_core(f.text))]
        alias_owner = self._aliases.get(" ".join(toks))
        if alias_owner is not None:
            return Tagged(f, alias_owner)
        key = t.key or "ow:" + " ".join(toks)
        key_toks = key[3:].split() if key.startswith("ow:") else toks
        return Tagged(f, self._canonical(key_toks) or key)

    def rescan(self, output: str) -> list[Tagged]:
        """The leak check's search: register, patterns and the case's names (no NER),
        in what a reader of the output sees."""
        view = NormalView(output)
        with shared_readings():
            return _to_original(view, self._rescan(view.text))

    def _rescan(self, text: str) -> list[Tagged]:
        use_ner = self.policy.use_ner
        self.policy.use_ner = self.policy.leak_check_ner
        try:
            tagged = self._first_pass(text, 0, 1)
        finally:
            self.policy.use_ner = use_ner
        protected = self._protected_spans(text)
        no_known = self._no_known_person_spans(text)
        tagged += [
            _tag_hit(h)
            for h in self.case_names.find(text)
            if not _covered(no_known if h.entry.label == "PERSON" else protected, h.start, h.end)
            and not _a_service_acronym(text, h)
        ]
        return self._without_codes(text, resolve(tagged))


# The words a coded pseudonym's letter follows ("Adult A", "Subject B").
CODE_WORDS = (
    r"(?:Adult|Child|Person|Victim|Perpetrator|Subject|Sibling|Family\s+Member|Friend|"
    r"Witness|Neighbour|Colleague|Parent|Relative|Male|Female)"
)
CODE = (
    rf"(?P<code>{CODE_WORDS}\s+[A-Z]{{1,2}}\d?"
    r"|(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+[A-Z])(?![\w'’])"
)
CODE_AFTER_RE = re.compile(
    r"[ \t]*(?:\(|,|–|—|-)[ \t]*(?:(?:hereafter|hereinafter|henceforth|now)[ \t]+"
    r"(?:(?:referred[ \t]+to|known|called)[ \t]+as[ \t]+)?"
    r"|(?:referred[ \t]+to|known|called)[ \t]+(?:here[ \t]+|in[ \t]+this[ \t]+report[ \t]+)?"
    r"as[ \t]+)?[“\"‘']?" + CODE
)
CODE_BEFORE_RE = re.compile(CODE + r"[”\"’']?[ \t]*\([ \t]*$")
CODE_RE = re.compile(r"\b" + CODE)


PET_SUFFIXES = ("ie", "y", "s", "sy", "a", "o")
# Month and day abbreviations: never a pet form, and beside a number a date.
MONTH_DAY_ABBREVIATIONS = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
    ]
)


def pet_forms(first: str) -> set[str]:
    """Short and pet forms of a first name found in full elsewhere in the case:
    its first letters ("Obinna" -> "Obi", "Morag" -> "Mo", "Haoran" -> "Hao")
    and those with a pet ending ("Grace" -> "Gracie", "Summer" -> "Sums").
    Matched only capitalised (or in lower case in a message), never where they
    are English function words, months, days, agencies' words or places."""
    if len(first) < 4 or not first[:1].isupper():
        return set()
    forms = set()
    for k in range(2, len(first)):
        forms.add(first[:k])
        if k >= 3:
            forms.update(first[:k] + suffix for suffix in PET_SUFFIXES)
    forms.discard(first)
    return {f for f in forms if _may_be_pet_form(f)}


DATE_WORDS = MONTH_DAY_ABBREVIATIONS | DAYS_MONTHS
DATE_WORD_NEAR_RE = re.compile(r"\d(?:st|nd|rd|th)?[ \t]+$")
NUMBER_NEXT_RE = re.compile(r"\.?,?[ \t]+\d")


def _learned_mode(tokens: list[str]) -> str:
    """How a learned name is matched. One word that, without its marks, is a function
    word ("Thất" of "Tôn Thất" is "that", "He" of "Wei He") only capitalised and not
    opening a sentence: in any case it would be every "that", and "He said" opens
    sentences."""
    if len(tokens) == 1 and fold(tokens[0]) in STOP_WORDS:
        return CAP_STRICT
    return name_mode(tokens, True)


def _a_service_acronym(text: str, hit: Hit) -> bool:
    """'SU advice' in a chronology: a learned name's short form ("Su" of "Sunaina")
    in capitals is a service's abbreviation, as the first pass reads it; and a short
    form of three letters or fewer in capitals is one whatever it is ("another
    prisoner's PIN", "CAS3 bed space"): capitals are how abbreviations are written."""
    if hit.entry.source != "propagation":
        return False
    surface = text[hit.start : hit.end]
    return surface in CAPS_ACRONYMS or (
        surface.isupper() and len(surface) <= 3 and hit.entry.confidence <= PET_CONFIDENCE
    )


def _in_a_date(text: str, start: int, end: int) -> bool:
    """'4 Mar 2020', 'Sat 12 June': a month or day (abbreviated or not) beside a number."""
    if text[start:end].casefold().rstrip(".") not in DATE_WORDS:
        return False
    before = text[max(0, start - 4) : start]
    return bool(DATE_WORD_NEAR_RE.search(before) or NUMBER_NEXT_RE.match(text, end))


PET_CONFIDENCE = 0.6


def _pet_entry(key: str, pet: str) -> Entry:
    """Capitalised only where a name would be; in lower case in a message only
    if it is no English word ("sums", "obi"; not "stay" from "Stacey", nor "hi"
    from "Hizam")."""
    lower = (len(pet) < 3 or not is_ordinary_word(pet)) and pet.lower() not in TEXTSPEAK
    return Entry(key, "PERSON", CAP_STRICT, "propagation", PET_CONFIDENCE, informal_lower=lower)


def _may_be_pet_form(form: str) -> bool:
    low = form.casefold()
    return not (
        low in STOP_WORDS
        or low in KIN_NOUNS  # "Son" of "Sonia" is every "son" a record writes
        or low in DATE_WORDS
        or low in ALLOW_WORDS
        or low in NOT_A_PERSON
        or low in PLACE_FOLDS
    )


def _names_found(text: str, tagged: list[Tagged]) -> list[str]:
    """Names the patterns found with confidence (those propagation learns from):
    NER need not read a sentence only for them, since propagation finds their
    other mentions. Where propagation is wary (an English word starting a
    sentence), `ner._trigger_keys` still sends the sentence to NER, and a full
    name NER would have joined is learned by `_learn_full_names`."""
    return [
        person_core(t.finding.text)
        for t in tagged
        if t.finding.label == "PERSON"
        and t.finding.source == "pattern"
        and _seed(text, t.finding)
        and not _for_ner_to_confirm(text, t.finding)
    ]


def _for_ner_to_confirm(text: str, f: Finding) -> bool:
    """A guess NER should still read the sentence of, as if it were not found: a
    weak one opening a quotation ("'Mustapha, get upstairs'", which NER confirms
    and so makes a seed), or an English word found only by where it stands
    ("Saffron's", in a sentence that also holds the full name)."""
    if f.label != "PERSON":
        return False
    if f.reason == WORD_IN_A_PERSONS_PLACE:
        return True
    return f.start > 0 and text[f.start - 1] in "'‘\"“" and not _seed(text, f)


def _an_org_word(word: str) -> bool:
    """A surname that ends organisations' names ("Miss Service", "Dump Board"): learned,
    it is found alone only after a title, never in "THE IDVA SERVICE"."""
    return bool(ORG_WORD_RE.fullmatch(word))


def org_head_spans(text: str) -> list[tuple[int, int]]:
    """ORG_HEAD_RE's organisations, each cut before a given name that follows it on
    the line ("Department for Education Julie Smith", "Office of the Police and Crime
    Commissioner Katy Bourne"): the body's words are the first one and what follows up to
    a word that is no English word nor a place, or a given name that is one."""
    spans = []
    for m in all_matches(ORG_HEAD_RE, text):
        end = m.end()
        for w in list(re.finditer(r"[A-Z][\w'’-]*", m.group(0)))[2:]:  # the head, then a word
            low = w.group(0).lower()
            if low in NAME_WORDS or not (
                is_ordinary_word(w.group(0)) or low in PLACE_FOLDS or low in WORLD_PLACE_FOLDS
            ):
                end = m.start() + w.start()
                break
        body = text[m.start() : end].rstrip(" \t&").removesuffix(" and")
        spans.append((m.start(), m.start() + len(body)))
    return spans


# A page's footer or header: "Overview Report 1 | Page", "Page 3 of 41" ("Page" is a
# surname too, and letter-spaced "P a g e" is read as the word).
PAGE_FOOTER_RE = compile_guarded(
    r"(?<=\|)[ \t]*Page\b|\bPage[ \t]+\d+(?:[ \t]+of[ \t]+\d+)?\b", lines_with=r"Page\b"
)


def _seed(text: str, f: Finding) -> bool:
    core = person_core(f.text)
    toks = tokens_of(core)
    if not toks or all(t.casefold() in NOT_A_PERSON for t in toks):
        return False
    if _a_role(core):  # "Yours sincerely\nSenior Crown Prosecutor": its words are no name
        return False
    if core.casefold() in PLACE_FOLDS and core == f.text:
        return False
    # not a capitalised word starting a sentence or a heading line
    weak = f.source == "pattern" and f.confidence <= 0.5 and len(toks) == 1
    return not (weak and text and at_sentence_start(text, f.start))


POST_NOMINAL_TAIL_RE = re.compile(r"(?:,?[ \t]+(?:[A-Z][A-Za-z]{1,6}|\([A-Za-z]+\)))+$")
PLACE_CUE_BEFORE_RE = re.compile(r"(?i)\b(?:in|at|from|near|to|into|around|outside|of|for)[ \t]+$")


QUOTE_RE = re.compile(r"[\"“”‘]|(?<![^\W\d_])'|'(?![^\W\d_])")
LOWER_PROSE_WORD_RE = compile_guarded(r"(?<=[a-z,] )([a-z][a-z'’-]+)(?= [a-z]|[,;]|\.(?:\s|$))")


def _lower_case_prose_words(text: str) -> frozenset[str]:
    """Words the text writes in lower case mid-sentence, outside any message: a
    weak guess at a name ("The Femicide Census") is a term if the same text says
    "expertise in femicide". Messages write names in lower case, so not there."""
    messages = message_texts(text)
    out = set()
    for m in LOWER_PROSE_WORD_RE.finditer(text):
        word = m.group(1)
        if is_ordinary_word(word) or word in NAME_WORDS or len(word) < 5:
            continue  # only words of no dictionary: "femicide", not "memo" or "may"
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if QUOTE_RE.search(line):
            continue  # speech and messages write names in lower case too
        if not any(a <= m.start() < b for a, b in messages):
            out.add(word)
    return frozenset(out)


# Words only English uses this often: a sentence of eight or more lower-case words
# with almost none of them, and many words no English dictionary holds, is written in
# another language (a Welsh council's page, a message quoted untranslated).
_ENGLISH_FUNCTION = """
the of and to in is was that for with on by it he she his her they this be are were have
has had not from which who we you their or but as will would been there what when him
them my me your its
"""
ENGLISH_FUNCTION_WORDS = frozenset(_ENGLISH_FUNCTION.split())
LOWER_WORD_IN_PROSE_RE = re.compile(r"(?<![\w'’@./-])[a-z][a-z'’-]*(?![\w'’@-])")
SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+")


def foreign_passages(text: str) -> list[tuple[int, int]]:
    """Lines and sentences written in a language other than English, outside any
    message; the whole text where most of its prose is.

    The English language model and the test "no English dictionary holds this word"
    both read every capitalised word of a Welsh sentence ("Daeth", "Pwrpas", "Deddf")
    as a name; there, only a word known as a name is taken for one."""
    messages = Spans(message_texts(text))
    out: list[tuple[int, int]] = []
    prose = foreign_words = 0
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        words = LOWER_WORD_IN_PROSE_RE.findall(line)
        if not messages.overlaps(line_start, line_end):
            prose += len(words)
            if _foreign(words):
                out.append((line_start, line_end))
                foreign_words += len(words)
            elif len(words) >= 8 and _english_share(words) < 0.25:
                # a line of English prose (a third or more of its words are function
                # words) holds no foreign sentence worth the reading
                start = line_start
                for m in itertools.chain(SENTENCE_END_RE.finditer(line), [None]):
                    end = line_start + m.start() if m else line_end
                    if _foreign(LOWER_WORD_IN_PROSE_RE.findall(text, start, end)):
                        out.append((start, end))
                    start = line_start + m.end() if m else line_end
        line_start = line_end + 1
    if prose >= 40 and foreign_words * 2 >= prose:
        return [(0, len(text))]  # a Welsh page: its headings and short lines too
    return out


def _english_share(words: list[str]) -> float:
    return sum(w in ENGLISH_FUNCTION_WORDS for w in words) / len(words)


def _foreign(words: list[str]) -> bool:
    return (
        len(words) >= 8
        and _english_share(words) < 0.08
        and sum(is_ordinary_word(APOSTROPHE_END_RE.sub("", w)) for w in words) < 0.75 * len(words)
    )


class Abroad:
    """The text's sentences in another language, and the words they write in lower
    case: a given name that is also such a word ("Mae", Welsh for "is") is no name
    there."""

    def __init__(self, text: str) -> None:
        self.spans = Spans(foreign_passages(text))
        self.words = frozenset(
            APOSTROPHE_END_RE.sub("", w)  # "mae'r"
            for a, b in self.spans.spans
            for w in LOWER_WORD_IN_PROSE_RE.findall(text, a, b)
        )

    def known_name(self, word: str) -> bool:
        low = word.lower()
        if not word[:1].isupper() or low in self.words:
            return False
        return low in GIVEN_NAMES or low in NAMES_NOT_WORDS or is_proper_name(word)

    def an_unknown_word(self, start: int, end: int, surface: str) -> bool:
        """A guess at a name inside a foreign sentence, none of whose words is known
        as a given name ("Ruth", "Gwenllian"): "Cafodd Adolygiadau Dynladdiadau" is
        no one."""
        return self.spans.overlaps(start, end) and not any(
            self.known_name(w) for w in tokens_of(surface)
        )

    def known_names_only(self, text: str, start: int, end: int) -> tuple[int, int]:
        """In a foreign sentence, a guess at a name from its first known word to its
        last capitalised one: "Cafodd Ruth Williams ei" -> "Ruth Williams", "Cafodd
        Gwenllian Pritchard ei" -> "Gwenllian Pritchard"."""
        if not self.spans.overlaps(start, end):
            return start, end
        words = [m for m in WORD_TOKEN_RE.finditer(text[start:end]) if m.group()[:1].isupper()]
        known = [m for m in words if self.known_name(m.group())]
        if not known:
            return start, end
        return start + known[0].start(), start + words[-1].end()


WORD_TOKEN_RE = re.compile(r"[^\W\d_][\w'’-]*")
APOSTROPHE_END_RE = re.compile(r"['’].*")


def _an_acronym(surface: str, defined: frozenset[str]) -> bool:
    """One word in capitals that the text defines as a term ("(IPH)") or that no
    one could say as a word ("BBC")."""
    word = surface.strip(".,;:'’")
    if word.endswith("s") and word[:-1].isupper():
        word = word[:-1]  # "SABs"
    return word in defined or unspeakable_capitals(word)


NEIGHBOUR_BEFORE_RE = re.compile(r"([^\W\d_]+)[^\w\n]*$")
NEIGHBOUR_AFTER_RE = re.compile(r"[^\w\n]*([^\W\d_]+)")


PRONOUNS = frozenset(
    ["i", "me", "my", "he", "him", "his", "she", "her", "hers", "we", "us", "they", "them",
     "you", "it", "its"]
)  # fmt: skip
CONTRACTION_STEMS = frozenset(
    ["don", "doesn", "didn", "isn", "aren", "wasn", "weren", "hasn", "haven", "hadn", "can",
     "couldn", "wouldn", "shouldn", "won", "mustn", "needn", "ain", "shan", "mightn"]
)  # fmt: skip
CONTRACTION_END_RE = re.compile(r"['’]t\b")


def _a_pronoun_or_contraction(text: str, start: int, end: int) -> bool:
    """A pronoun alone ("haven't I.", "'He had her photo'", "may tell him") or the
    first half of a negative contraction ("Doesn't", "\"Aren't you boiling?\""):
    NER and the capitalised-word guesses take these for names, never a person.
    (A registered person named He is the register's.)"""
    word = text[start:end].strip("'’").lower()
    if word in PRONOUNS:
        return True
    return word in CONTRACTION_STEMS and bool(CONTRACTION_END_RE.match(text, end))


# What a hospital, a suite or a retail park named after someone is: "the William
# Harvey Hospital", "the Edith Cavell suite", "the Brunel Retail Park". Not "House",
# "Hall", "Court" or "Ward", which are surnames too.
BUILDING_AFTER_RE = re.compile(
    r"(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]+(?:Hospital|Hospice|Suite|suite|Retail[ \t]+Park|"
    r"Centre|Building|Library|Academy|School|College|Clinic|Institute|Infirmary)\b"
)


def _names_a_building(text: str, start: int, end: int) -> bool:
    """A name (no title before it) directly before what a building is is the
    building's name: no person is there, and none is learned from it to be
    found everywhere else ("Brunel" had been redacted throughout a case). So is a
    saint's name after "of", "at" or "the": a church ("the vicar of St Barnabas",
    "lunch club at st barnabas"), where "Ann St Clair" is still a person."""
    if SAINT_RE.match(text, start, end) and PLACE_WORD_BEFORE_RE.search(
        text, max(0, start - 8), start
    ):
        return True
    if not BUILDING_AFTER_RE.match(text, end):
        return False
    return not TITLE_BEFORE_RE.search(text, max(0, start - 12), start)


SAINT_RE = re.compile(r"(?i:st\.?|saint)[ \t]+[^\W\d_]")
PLACE_WORD_BEFORE_RE = re.compile(r"\b(?i:of|at|the|from|to|in|near|outside|by)[ \t]+$")


def _a_lone_shouted_word(text: str, start: int, end: int) -> bool:
    """One word in capitals that NER calls a person, between words that are not
    ("follow up with Bradley Few from MOPAC on the action", "RBSAB are keen"): an
    organisation's initials. A surname in capitals stands beside a given name
    ("Kamil NOWAK") or in a shouted line ("RING CHELSEA BACK"), and a name
    learned in full is still found by propagation."""
    word = text[start:end]
    if not (word.isupper() and len(word) >= 3 and word.isalpha()):
        return False
    before = NEIGHBOUR_BEFORE_RE.search(text, max(0, start - 30), start)
    after = NEIGHBOUR_AFTER_RE.match(text, end)
    return not any(m is not None and _beside_a_name(m.group(1)) for m in (before, after))


UNIT_NUMBER_RE = re.compile(r"[ \t]+\d{1,3}(?!\d)")


# Clinical scales named after a person, written with their score: "Rockwood 5",
# "Waterlow 18", "Barthel score 60", "Glasgow Coma Scale"
SCORED_EPONYMS = frozenset(
    ["rockwood", "barthel", "braden", "waterlow", "glasgow", "apgar", "beck", "hamilton",
     "karnofsky", "norton", "rankin", "epworth", "bristol", "edinburgh", "abbey", "must"]
)  # fmt: skip
SCALE_NEXT_RE = re.compile(r"[ \t]+(?:[Ss]core|[Ss]cale|[Ii]ndex|[Cc]linical|[Cc]oma|[Ff]railty)\b")
# A device a home has, that a record names as such: "the kitchen Alexa", "Transcript of
# Alexa drop-in recordings", "her Ring doorbell", not "Alexa said".
DEVICE_WORDS = frozenset(["alexa", "ring", "echo", "siri", "nest", "hive"])
DEVICE_BEFORE_RE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Mm]y|[Hh]er|[Hh]is|[Tt]heir|[Oo]ur|[Kk]itchen|[Bb]edroom|[Ss]mart)[ \t]+$"
)
DEVICE_AFTER_RE = re.compile(
    r"[ \t]+(?:drop-in|device|speaker|recordings?|app|doorbell|camera|cam|footage|account|"
    r"history|log|logs|hub|dot|show|video|alert|alerts)\b"
)


def _a_unit_scale_or_device(text: str, start: int, end: int) -> bool:
    """'Ward 14', 'Year 10 report', 'from ward 14': a ward, a school year or a page
    by its number, not Mr Ward; 'Rockwood 5': a frailty scale by its score; 'the
    kitchen Alexa', 'Alexa drop-in recordings': a device."""
    word = text[start:end].lower()
    numbered = word in DOCUMENT_PARTS or word in SCORED_EPONYMS
    if numbered and UNIT_NUMBER_RE.match(text, end):
        return True
    if word in SCORED_EPONYMS and SCALE_NEXT_RE.match(text, end):
        return True
    return word in DEVICE_WORDS and bool(
        DEVICE_BEFORE_RE.search(text, max(0, start - 10), start) or DEVICE_AFTER_RE.match(text, end)
    )


# A record's kind and its colon after a word: the word names where it was kept.
RECORD_HEADING_NEXT_RE = re.compile(
    r"[ \t]+(?:notes?|round|rounds|staff|records?|entry|entries|log|handover)[ \t]*:"
)


def _a_thing_or_a_label(text: str, start: int, end: int) -> bool:
    """One word NER calls a person that is a thing ("a shotgun certificate and a
    FAC", "an Alexa"), or a letter that is a field's label ("M: 07700 900046") or
    a coded pseudonym's, here or anywhere in the text ("Adult F's phone, and F had
    lent it"): nobody's name."""
    word = text[start:end]
    if " " in word or "\n" in word:
        return False
    if A_OR_AN_BEFORE_RE.search(text, max(0, start - 4), start):
        return True
    if is_ordinary_word(word) and (
        SUM_AFTER_RE.match(text, end)
        or (word.lower() not in NAME_WORDS and ORG_WORD_NEXT_RE.match(text, end))
    ):
        return True  # "Grant of £600", "Burns unit referral": a sum, a unit
    if is_ordinary_word(word) and RECORD_HEADING_NEXT_RE.match(text, end):
        return True  # "Ward notes: 'Husband reports…'": a record's heading
    if len(word) != 1:
        return False
    return bool(FIELD_COLON_RE.match(text, end)) or word in _code_letters(text)


def _a_partnership_or_a_unit(text: str, start: int, end: int) -> bool:
    """What NER calls a person that is a partnership named for its aim ("Safer Leeds",
    "Stronger Communities") or a unit after a number ("PDF 72 KB")."""
    surface = text[start:end]
    if AIM_WORD_RE.match(surface) or AIM_BEFORE_RE.search(text, max(0, start - 12), start):
        return True
    return surface.isupper() and len(surface) <= 3 and bool(NUMBER_BEFORE_RE.search(text, 0, start))


# What follows a word that names a sum, not a person.
SUM_AFTER_RE = re.compile(r"[ \t]+of[ \t]+[£$€]\d")
AIM_WORD_RE = re.compile(r"(?:Safer|Stronger|Healthier|Brighter|Greener)[ \t]+[A-Z]")
AIM_BEFORE_RE = re.compile(r"\b(?:Safer|Stronger|Healthier|Brighter|Greener)[ \t]+$")


NUMBER_BEFORE_RE = re.compile(r"\d[ \t]*$")


def _code_letters(text: str) -> set[str]:
    """The letters the text's coded pseudonyms end in ("Adult F", "Child J", "Mr B")."""
    return {m.group("code")[-1] for m in CODE_RE.finditer(text)}


A_OR_AN_BEFORE_RE = re.compile(r"(?<![\w'’])(?:a|an)[ \t]+$")
FIELD_COLON_RE = re.compile(r"[ \t]*:")


def _beside_a_name(word: str) -> bool:
    """A word in capitals, or a capitalised word that may be a name (not "August")."""
    if word.isupper():
        return True
    return word[:1].isupper() and word.lower() not in ner_module.DAYS_MONTHS and _name_like(word)


# Words of a rank, an office or a unit: a name made of nothing else is a role.
# Not the titles a name takes ("Mr Lord" is Efren Lord).
ROLE_WORDS = frozenset(
    ["chief", "coroner", "crown", "prosecutor", "detective", "inspector", "superintendent",
     "constable", "sergeant", "commander", "commissioner", "director", "directorate",
     "deputy", "assistant", "senior", "principal", "head", "officer", "manager", "crime",
     "violent", "serious", "executive", "independent", "chair", "vice", "lead", "justice",
     "secretary", "minister", "home", "office", "judge", "magistrate", "registrar",
     # who signs a letter or a report ("Independent Reviewer", "Forensic Nurse
     # Examiner", "Independent Chair and Author", "Chair of the Review")
     "reviewer", "examiner", "forensic", "nurse", "midwife", "author", "investigator",
     "coordinator", "adviser", "advisor", "advocate", "supervisor", "practitioner",
     "specialist", "consultant", "paramedic", "social", "worker", "therapist", "doctor",
     "health", "visitor", "review", "safeguarding", "panel", "and", "of", "the",
     "clinical", "mental", "community", "liaison", "victim"]
)  # fmt: skip


def _a_role(surface: str) -> bool:
    """Made only of rank, office or unit words ("Chief Crown Prosecutor"): checked
    once, on what the case's findings come to (`_without_codes`)."""
    words = tokens_of(surface)
    return len(words) > 1 and all(w.casefold().removesuffix("s") in ROLE_WORDS for w in words)


def _a_lone_kin_word_or_verb(text: str, start: int, end: int) -> bool:
    """NER's one-word PERSON that is a word for a relative ("'Mother says the
    relationship has ended'") or a past tense opening a sentence ("Logged by
    Shadrach Lombardi"): a role or a verb, not a name."""
    word = text[start:end]
    if " " in word or word.isupper():
        return False
    if at_sentence_start(text, start) and ARTICLE_AFTER_RE.match(text, end):
        return word.lower() in IRREGULAR_PAST or past_tense(word)  # "'Drew the house.'"
    low = word.lower()
    if low in NAME_WORDS:
        return False
    if low in KIN_NOUNS or low in SEX_NOUNS:
        return True  # "'Female says he…'": a record's word for the person
    return past_tense(word) and at_sentence_start(text, start) and is_ordinary_word(word)


def _a_word_of_a_job_title(text: str, start: int, end: int) -> bool:
    """NER's one-word PERSON that is an ordinary word, not a name's, before a role's
    last word ("Victim Liaison Officer", "Outreach Worker"): the title's, not a name."""
    word = text[start:end]
    if " " in word or word.lower() in NAME_WORDS or not is_ordinary_word(word):
        return False
    m = TITLE_WORD_NEXT_RE.match(text, end)
    return bool(m and ROLE_LAST_RE.search(m.group(1)))


def _an_adjective_before_its_noun(text: str, start: int, end: int) -> bool:
    """NER's one-word PERSON that is an adjective before a lower-case noun that is no
    verb ("'Anonymous caller states…'", and opening a sentence, a name's word too:
    "Frank discussion at panel 6"): it describes, it names no one."""
    word = text[start:end]
    low = word.lower()
    if " " in word or low not in adjectives():
        return False
    # a name that is an adjective too ("Frank", "Rich") only opening a sentence before
    # its noun ("Frank discussion at panel 6"), and no more than an adjective otherwise
    if low in NAME_WORDS and not at_sentence_start(text, start):
        return False
    if low not in NAME_WORDS and low not in adjectives_only():
        return False
    return _a_noun_follows(text, end)


# How the adjectives of peoples end: "Norwegian", "Danish", "Sudanese", "Pakistani".
DEMONYM_ENDINGS = ("an", "ish", "ese", "i", "ic")


def _a_demonym(word: str) -> bool:
    """A people's adjective the dictionary holds only with a capital ("Norwegian")."""
    low = word.lower()
    return (
        low in adjectives()
        and low not in NAME_WORDS
        and word[:1].isupper()
        and low.endswith(DEMONYM_ENDINGS)
        and not is_ordinary_word(low)
    )


def _a_people_before_its_noun(text: str, start: int, end: int) -> bool:
    """A people's adjective before its noun ("the Norwegian network", "Training of
    Norwegian professionals"): no name, found or propagated. "Danish rang" and
    "Danish says" stay names: no noun follows."""
    nxt = _next_running_word(text, end)
    if not nxt or not _a_demonym(text[start:end]):  # not "take Auburn home"
        return False
    if nxt.endswith("ed") or nxt in IRREGULAR_PAST or (nxt[-1] == "s" and nxt[:-1] in verbs()):
        return False
    return nxt in nouns() or nxt.removesuffix("s") in nouns()


def _a_noun_follows(text: str, end: int) -> bool:
    """The next word on the line is a lower-case noun that is no verb."""
    nxt = _next_running_word(text, end)
    if not nxt:
        return False  # "Proud was on licence": a verb, so a name
    stems = {nxt, nxt.removesuffix("s"), nxt.removesuffix("es"), nxt.removesuffix("ed")}
    return (nxt in nouns() or nxt.removesuffix("s") in nouns()) and not stems & verbs()


def _next_running_word(text: str, end: int) -> str:
    """The next word on the line, where it is a lower-case word of three letters or
    more and no function word; else ""."""
    m = TITLE_WORD_NEXT_RE.match(text, end)
    nxt = m.group(1) if m else ""
    return nxt if nxt.islower() and nxt not in STOP_WORDS and len(nxt) >= 3 else ""


# The word after a finding, on its line.
TITLE_WORD_NEXT_RE = re.compile(r"[ \t]+([^\W\d_]+)")


SEX_NOUNS = frozenset(["male", "female"])
# A name opening a sentence is followed by a verb or a pause, a verb by its object.
ARTICLE_AFTER_RE = re.compile(r"[ \t]+(?:the|a|an|my|his|her|their|our|your|this|that)\b")
# Past tenses that do not end in -ed, one of them a given name ("Drew").
IRREGULAR_PAST = frozenset(
    ["drew", "saw", "took", "gave", "made", "wrote", "held", "kept", "left", "found",
     "heard", "brought", "bought", "sent", "told", "rang", "ran", "met", "lost", "hid"]
)  # fmt: skip


def _not_a_person(text: str, t: Tagged) -> Tagged:
    """An open-world PERSON finding that is a place ("in Bolton") becomes a PLACE;
    post-nominal letters after a name ("Jane Smith OBE") are not part of it."""
    f = t.finding
    if f.label != "PERSON" or f.source == "register":
        return t
    tail = POST_NOMINAL_TAIL_RE.search(f.text)
    if tail:
        words = re.findall(r"[A-Za-z]+", tail.group(0))
        if words and all(w.casefold() in NOT_A_PERSON for w in words) and tail.start() > 0:
            end = f.start + tail.start()
            f = replace(f, end=end, text=text[f.start : end])
    # "Bury St Edmunds", or its "St Edmunds" read as a saint's title and a name: the town
    before = CAPITALISED_WORD_BEFORE_RE.search(text, max(0, f.start - 30), f.start)
    if f.text.startswith(("St ", "St. ")) and before:
        town = f"{before.group(1)} {f.text}"
        if town.casefold() in PLACE_FOLDS:
            f = Finding(before.start(1), f.end, "PLACE", town, f.source, 0.6, PLACE_REASON)
            return Tagged(f, None)
    if f.text.casefold() in PLACE_FOLDS and " St" in f.text:
        return Tagged(replace(f, label="PLACE", confidence=0.6, reason=PLACE_REASON), None)
    core = person_core(f.text)
    cue = PLACE_CUE_BEFORE_RE.search(text, max(0, f.start - 12), f.start)
    if (
        core == f.text
        and COMPASS_END_RE.sub("", core).casefold() in PLACE_FOLDS  # "Bolton North"
        and (cue or f.source != "ner" or " " in core)  # "a Milton Keynes resident"
        and f.reason != FIELD_REASON  # "Bath, Nchang | 14.09.1959": a surname
        and f.reason != SLOT_REASON  # "Dear Devon,", "Devon: cant make it"
    ):
        return Tagged(replace(f, label="PLACE", confidence=0.6, reason=PLACE_REASON), None)
    return Tagged(f, t.key)


PLACE_REASON = "a town or county in England or Wales"
ETHNIC_COLOURS = frozenset(["black", "white", "brown"])
COMPASS_END_RE = re.compile(r"(?:[ \t]+(?:North|South|East|West|Central))+$")
COMPASS_WORDS = frozenset(["north", "south", "east", "west", "central"])


def _to_original(view: NormalView, tagged: list[Tagged]) -> list[Tagged]:
    """Findings in the normalised view -> findings in the original text (covering
    every character that showed them, and the invisible ones beside them)."""
    if view.identity:
        return tagged
    text = view.original
    mapped = sorted(
        ((*view.to_original(t.finding.start, t.finding.end), t) for t in tagged),
        key=lambda x: (x[0], -x[1]),
    )
    out: list[Tagged] = []
    last_end = 0
    for s, e, t in mapped:
        f = t.finding
        s = max(s, last_end)
        if e <= s:
            continue
        out.append(Tagged(replace(f, start=s, end=e, text=text[s:e]), t.key))
        last_end = e
    return out


BROKEN_TAIL_RE = re.compile(r"\n[ \t]*([^\W\d_A-Z][^\W\d_]*)")
SOFT_BREAK_TAIL_RE = re.compile(r"-[ \t]*\r?\n[ \t]*[^\W\d_A-Z][^\W\d_'’]*")


def _join_broken_names(text: str, findings: list[Finding]) -> list[Finding]:
    """'Craig Sh-' + '\narp': a name a pattern found up to a line-break hyphen."""
    out = []
    for f in findings:
        if f.label == "PERSON" and f.text.endswith("-"):
            m = BROKEN_TAIL_RE.match(text, f.end)
            if m:
                f = Finding(
                    f.start,
                    m.end(),
                    f.label,
                    text[f.start : m.end()],
                    f.source,
                    f.confidence,
                    f.reason,
                )
        out.append(f)
    return out


# "Aoife O'Neill", "Ravi D'Souza": an Irish or Romance surname's O' or D' is the word's
NEXT_TOKEN_RE = re.compile(
    r"(?:[ \t]+|[ \t]*\n[ \t]*|-)((?:[OD]['’](?=[A-Z]))?[^\W\d_][^\W\d_'’]*)"
)
# "P'Bike", "n'coffee": phi (an elder) or nong (a younger one), which a Thai family
# puts before a nickname
THAI_PREFIX_RE = re.compile(r"(?<![\w'’])[PpNn]['’]$")
# "by Ha-neul Contu": a hyphenated given name before a found surname is one word
PREV_TOKEN_RE = re.compile(
    r"((?:[^\W\d_][^\W\d_'’]*-)?[^\W\d_][^\W\d_'’]*)(?:[ \t]+|[ \t]*\n[ \t]*)$"
)
NOT_NAME_PART = re.compile(
    r"(?i)^(?:street|road|lane|avenue|close|drive|way|court|crescent|place|gardens|grove|"
    r"terrace|hill|park|square|mews|row|walk|view|rise|green|parade|house|lodge|heights|"
    r"school|academy|college|surgery|centre|practice|hospital|home|trust|council|police|"
    r"constabulary|service|services|team|unit|ltd|limited|care|social|court|minutes|records|"
    r"history|account|report|review|contact|involvement|messages|extract|statement|address)$"
)


# Where a day, a feast or a thing is meant: "on Wednesday Smith rang", "his Mercedes".
DATE_OR_THING_BEFORE_RE = re.compile(
    r"\b(?:on|until|till|since|last|next|this|every|before|after|over|during|at|"
    r"the|a|an|his|her|their|my|our|your|its)[ \t]+$",
    re.IGNORECASE,
)


# One or two initials before a name, in a list or a record: "J Bugg, Hertfordshire
# Police", "M J Walker", "S. Pintus"; not a sentence's "A" or "I", nor a numbered item's
# letter ("2.1 A Smith").
CODE_WORD_BEFORE_RE = re.compile(rf"\b{CODE_WORDS}[ \t]+\Z")
INITIALS_BEFORE_RE = re.compile(r"(?<![\w.'’&/-])((?:[A-Z]\.?[ \t]){1,2})\Z")


def _with_initials_before(text: str, start: int) -> int:
    m = INITIALS_BEFORE_RE.search(text, max(0, start - 6), start)
    if m is None:
        return start
    first = m.group(1)[0]
    if first in "AI" and at_sentence_start(text, m.start(1)):
        return start
    if CODE_WORD_BEFORE_RE.search(text, max(0, m.start(1) - 20), m.start(1)):
        return start  # "Subject B Kwame Mensah": the code's letter, then the name
    if re.search(r"\d[.)]?[ \t]*\Z", text[max(0, m.start(1) - 4) : m.start(1)]):
        return start
    return m.start(1)


def _a_day_or_thing_as_given_name(
    text: str, m: re.Match[str], f: Finding, protected: Spans, shouting: bool
) -> bool:
    """'Wednesday ap Tomos', 'Christmas Nyirenda', 'Mercedes Pinnock', 'Dash
    Katsaros': a day, a feast, a brand or an acronym's letters written as a given
    name, one space before a surname found with confidence, and not after a word
    that makes it a date or a thing ("on Wednesday Smith rang", "his Mercedes")."""
    word = m.group(1)
    low = word.lower()
    if f.confidence < 0.75 or text[m.end(1) : f.start] != " " or len(word) < 4:
        return False  # not "| Fri Ilinca Dragomir |" of a row of days
    if TITLE_RE.match(f.text):
        return False  # "Borough Council Cllr Mrs A Brewster": no given name before a title
    if shouting != word.isupper() or not (shouting or word[1:].islower()):
        return False
    named = (
        low in ner_module.DAYS_MONTHS
        or low in NOT_A_PERSON
        or (protected.overlaps(m.start(1), m.end(1)) and " " not in word)
    )
    # a service's word may be a given name here ("Attendance for Trust Okonkwo")
    if not named or low in ALLOW_WORDS or low in KIN_NOUNS or word.capitalize() in NOT_NAMES:
        return False
    return DATE_OR_THING_BEFORE_RE.search(text, max(0, m.start(1) - 8), m.start(1)) is None


# What makes a kept word the thing it names: an article or a possessive ("his Jaguar"),
# an app's or a place's preposition ("on Teams", "in Kent"), a number ("2 Ford").
KEPT_WORD_AS_THING_BEFORE_RE = re.compile(
    r"(?:\b(?:the|a|an|his|her|their|my|our|your|its|this|that|on|via|in|into|over"
    r"|through|new|old)|\d)[ \t]+$",
    re.IGNORECASE,
)


def _a_kept_word_as_given_name(text: str, m: re.Match[str], f: Finding, shouting: bool) -> bool:
    """'contact with Jaguar Fovargue', 'Minute 4.2: Amazon Formosa joined', 'AMAZON
    FORMOSA, HER SISTER': a word the allowlist keeps (a car, a shop, a faith, a county)
    written as a given name, one space before a surname the case knows with
    confidence. Nothing before it makes it the thing ("his Jaguar", "on Teams", "in
    Kent"), and the surname is one word, so a longer name is not grown again."""
    word = m.group(1)
    low = word.lower()
    if low not in ALLOW_WORDS or low in FAMILY_WORDS or len(word) < 4 or f.confidence < 0.75:
        return False
    if text[m.end(1) : f.start] != " " or shouting != word.isupper():
        return False
    if not (shouting or word.istitle()) or low in _TITLE_WORDS or TITLE_RE.match(f.text):
        return False
    core = [w for w in f.text.split() if w.casefold() not in PARTICLES]
    if len(core) != 1 or core[0].lower() in ALLOW_WORDS:
        return False
    return KEPT_WORD_AS_THING_BEFORE_RE.search(text, max(0, m.start(1) - 10), m.start(1)) is None


# After a found name, its surname's particles and the surname: "Howard le Roux",
# "Jemima delos Reyes", "Benício d'Ors", "Andrea dell'Orto".
PARTICLED_SURNAME_RE = re.compile(
    rf"[ \t]+((?:{PARTICLE_RUN})|(?:d|l|dell|dall)['’])([^\W\d_][^\W\d_'’]*)(?![\w'’-])"
)


def _a_particled_surname(text: str, end: int, protected: Spans) -> int:
    """Where a surname after particles ends, or 0. A lone particle that is an
    English word ("van", "ten") only before a word no dictionary holds."""
    m = PARTICLED_SURNAME_RE.match(text, end)
    if not m or not _name_part(m.group(2), False) or protected.overlaps(m.start(2), m.end(2)):
        return 0
    particles = m.group(1).split()
    if len(particles) == 1 and particles[0] in ENGLISH_PARTICLES and is_ordinary_word(m.group(2)):
        return 0  # "drove the van Home"
    return m.end()


# The rest of a word a finding stopped inside, after an apostrophe ("Roc'" + "'h"),
# not a possessive or a contraction ("Smith's", "Jo'll").
APOSTROPHE_TAIL_RE = re.compile(
    r"(?<=[^\W\d_])['’](?!(?:s|ll|d|re|ve|m|t)(?![^\W\d_]))[^\W\d_]+(?![\w-]|['’][^\Ws])"
)
ENGLISH_PARTICLES = frozenset(["van", "ten", "bat", "den", "des"])


def _name_part(word: str, shouting: bool) -> bool:
    """Could this word beside a found name be more of it?"""
    if "-" in word:
        return _a_hyphenated_name_part(word, shouting)
    if len(word) > 3 and word[0] in "OD" and word[1] in "'’" and word[2:].isalpha():
        word = word[2:]
    low = word.lower()
    if shouting != (word.isupper() and len(word) > 1):
        return False
    if not shouting and not (word[0].isupper() and word[1:].islower()):
        return False
    # "Will Doyle", "GP RECORDS: MAY LAMBERT": a given name that is also a
    # function word or a month, beside a found name (a month only in capitals:
    # "on 4 May Doyle was arrested" is a date)
    given = low in NAME_WORDS and (shouting or low not in ner_module.DAYS_MONTHS)
    if (low in STOP_WORDS and not given) or low in ALLOW_WORDS or low in _TITLE_WORDS:
        return False
    if (low in ner_module.DAYS_MONTHS and not given) or NOT_NAME_PART.match(word):
        return False
    return word.capitalize() not in NOT_NAMES


# The first halves of hyphenated English words written with a capital ("Co-ordinator",
# "Ex-partner", "Step-father", "Pre-sentence"), which no given name begins with.
HYPHEN_PREFIXES = frozenset(WORD_PREFIXES) | frozenset(
    ["ex", "self", "anti", "step", "half", "great", "grand", "post", "mid", "multi", "sub",
     "vice", "semi", "pro", "cross", "well", "long", "short", "full", "part", "one", "two",
     "three", "first", "second", "third", "high", "low", "out", "off", "on", "in", "up",
     "down", "follow", "drop", "walk", "check", "e", "x", "t"]
)  # fmt: skip


def _a_hyphenated_name_part(word: str, shouting: bool) -> bool:
    """'Ha-neul', 'Jean-Luc', 'Abdul-rahman' before a found surname, not
    'Co-ordinator' or 'Drop-in': each half a name's, the later ones capitalised or
    no English word."""
    first, *rest = word.split("-")
    if not first or not all(rest) or first.lower() in HYPHEN_PREFIXES:
        return False
    if not _name_part(first, shouting):
        return False
    return all(
        _name_part(r, shouting) or (not shouting and r.islower() and not is_ordinary_word(r))
        for r in rest
    )


RANK_SURNAMES = frozenset(["judge", "constable", "sergeant", "inspector", "nurse", "lord", "dame"])
NOT_A_NAME_NEXT_RE = re.compile(r"[^\w\n]*(?:[^\w\s]|[a-z]|$)")


def _a_rank_as_surname(text: str, m: re.Match[str], shouting: bool) -> bool:
    """'Vithushan Judge held', 'Dr Merline Constable:': a rank written after a
    given name, with no name after it, is the surname ("Judge Ahmed" is a judge)."""
    word = m.group(1)
    if word.lower() not in RANK_SURNAMES or shouting != word.isupper():
        return False
    return NOT_A_NAME_NEXT_RE.match(text, m.end()) is not None


# Words that join, never a surname, however written.
CONNECTIVES = frozenset(
    ["and", "or", "nor", "but", "the", "of", "for", "to", "in", "on", "at", "by", "with"]
)


def _a_stop_word_as_surname(text: str, m: re.Match[str], shouting: bool) -> bool:
    """'contact with Mircea More and what', 'signed by Fidelity Rather was': a
    function word written with a capital straight after a given name, mid-line,
    with no capital after it, is the surname (a Title Case heading capitalises
    the next word too)."""
    word = m.group(1)
    if shouting or len(word) < 3 or not _a_function_word(word, shouting):
        return False
    if not re.fullmatch(r"[ \t]+", text[m.start() : m.start(1)]):
        return False
    return NOT_A_NAME_NEXT_RE.match(text, m.end()) is not None


def _a_function_word(word: str, shouting: bool) -> bool:
    """'LAST ASAMOAH' alone on a line, 'My Tran |' in a table's cell, 'Named
    midwife Last Bawazir' mid-sentence before a name no dictionary holds: a
    function word written as a name's first word, where nothing else is meant."""
    low = word.lower()
    if shouting != (word.isupper() and len(word) > 1) or low in CONNECTIVES:
        return False
    return low in STOP_WORDS and (shouting or (word[0].isupper() and word[1:].islower()))


# A particle joined to the surname by a hyphen, in lower case: "al-", "el-", "bin-".
HYPHENED_PARTICLE_RE = re.compile(r"(?<![\w'’-])(?:al|el|ul|bin|ibn|abu|ben|bint)-$")
PARTICLES_GAP_RE = re.compile(rf"[ \t]+{PARTICLE_RUN}")


def _without_lone_word_particle(text: str, start: int, name_start: int) -> int:
    """'met van der Heijden' keeps its particles, but in 'drove the van Heijden
    had hired' the one lower-case particle is an English word, not the name's ("the
    de Wet address" keeps its "de"). Not after a preposition or a verb: "taken by van
    Biljon", "check OASys for bin Razak" name the person by the surname alone."""
    particles = text[start:name_start].split()
    if len(particles) == 1 and particles[0] in EVERYDAY_PARTICLES:
        if particles[0] not in ("van", "bin"):
            return name_start  # "ten Heijden vans": a number
        before = WORD_BEFORE_PARTICLE_RE.search(text, max(0, start - 30), start)
        if before is None or before.group(1).lower() in THE_THINGS_WORDS:
            return name_start
    return start


# Before "van" or "bin", what makes it the thing: a determiner ("the van", "his van") or
# what describes one ("a white van", "the wheelie bin").
WORD_BEFORE_PARTICLE_RE = re.compile(r"([^\W\d_]+)[ \t]+$")
THE_THINGS_WORDS = DETERMINERS | frozenset(
    ["each", "another", "other", "one", "white", "black", "red", "blue", "grey", "silver",
     "transit", "wheelie", "recycling", "rubbish", "green", "brown", "old", "new", "small",
     "big", "large", "camper", "police"]
)  # fmt: skip


# Particles that are everyday English words ("the van", "the bin", "ten"): the
# dictionary's "de", "da" and "le" (abbreviations, symbols) are a surname's start.
EVERYDAY_PARTICLES = frozenset(["van", "bin", "den", "ten", "bat", "o"])


def _extend_people(
    text: str,
    tagged: list[Tagged],
    protected: Spans,
    grown: list[tuple[str, Tagged]] | None = None,
) -> list[Tagged]:
    """Complete partly found names: 'Craig' + ' Sharp', 'CRAIG' + ' SHARP'. An
    English word so put before a name mid-sentence goes into `grown`."""
    if not tagged:
        return tagged
    taken = bytearray(len(text) + 1)
    for t in tagged:
        taken[t.finding.start : t.finding.end] = b"\x01" * (t.finding.end - t.finding.start)
    out = []
    for t in tagged:
        f = t.finding
        if f.label != "PERSON" or f.source == "register":
            out.append(t)
            continue
        core = person_core(f.text)
        shouting = core.isupper() and len(core) > 1
        start, end = f.start, f.end
        for _ in range(2):
            particled = 0 if shouting else _a_particled_surname(text, end, protected)
            if particled and not any(taken[end:particled]):
                end = particled  # "Howard le Roux", "Benício d'Ors"
                continue
            m = NEXT_TOKEN_RE.match(text, end)
            if not m or "\n\n" in m.group(0) or any(taken[end : m.end()]):
                break
            if "\n" in m.group(0) and not text[text.rfind("\n", 0, start) + 1 : start].strip():
                break  # a name alone on its line (a signature, an address's first line)
            if "\n" in m.group(0) and a_role_line(text, m.start(1)):
                break  # "Aoife Pinnock\nHousing Officer": the role below a signature
            if not (
                _name_part(m.group(1), shouting)
                or _a_rank_as_surname(text, m, shouting)
                or _a_stop_word_as_surname(text, m, shouting)
            ) or protected.overlaps(m.start(1), m.end(1)):
                break
            end = m.end()
        if (tail := APOSTROPHE_TAIL_RE.match(text, end)) and not any(taken[end : tail.end()]):
            end = tail.end()  # "Le Roc'h", cut at the apostrophe
        if (
            (tail := SOFT_BREAK_TAIL_RE.match(text, end))
            and text[end - 1 : end].isalpha()
            and not any(taken[end : tail.end()])
        ):
            end = tail.end()  # "Dymphna Bat-\ntle": the rest of a word a line's end broke
        for _ in range(4):  # one word, or past the particles of a surname ("El Idrissi")
            if start != f.start and text[start:end].split()[0].casefold() not in PARTICLES:
                break
            m = PREV_TOKEN_RE.search(text, max(0, start - 40), start)
            if not m or "\n\n" in m.group(0) or any(taken[m.start() : start]):
                break
            word = m.group(1)
            if word.casefold() in CLOSINGS:
                break  # "Regards\nMercedes Pinnock": a letter's closing, then its signature
            if word.casefold() in PARTICLES and word.islower() and not shouting:
                start = m.start()  # 'Rejoice van der Heijden'; kept only with a name before
                continue
            if start == f.start and _a_day_or_thing_as_given_name(text, m, f, protected, shouting):
                start = m.start()
                continue
            if start == f.start and _a_kept_word_as_given_name(text, m, f, shouting):
                start = m.start()
                if grown is not None and _grows_a_name(text, f, start, end):
                    grown.append((text, Tagged(replace(f, start=start, text=text[start : f.end]))))
                continue
            # "Safeguarding Nurse (Clarity Penumatsa)": a bracket that holds only the
            # two words is a name's, not a sentence's start
            bracketed = text[m.start() - 1 : m.start()] == "(" and text[end : end + 1] == ")"
            sentence_start = at_sentence_start(text, m.start()) and not bracketed
            noun_name = False
            ordinary = is_ordinary_word(word) and word.lower() not in NAME_WORDS
            alone = (
                sentence_start
                and f.confidence >= 0.75
                and _a_name_alone_on_its_line(text, m.start(1), end)
            )
            # a function word only where nothing else is meant: alone with the name
            # on its line, or mid-sentence before a name no dictionary holds
            function_word_name = _a_function_word(word, shouting) and (
                alone or (not sentence_start and _grows_a_name(text, f, m.start(), end))
            )
            if (
                protected.overlaps(m.start(1), m.end(1))
                or not (_name_part(word, shouting) or function_word_name)
                or (
                    (sentence_start or _ends_a_row(text, m))
                    and ordinary
                    and not alone
                    and not _a_speaker_opening(text, f, m.start(), end, word, sentence_start)
                    and not (
                        noun_name := start == f.start
                        and FIELD_VALUE_BEFORE_RE.search(text, max(0, m.start() - 8), m.start())
                        is not None
                        and _a_noun_as_given_name(word, f)
                    )
                )
            ):
                break
            start = m.start()
            if noun_name:
                break  # read here only, never learned: "Prisoner Molyneux" is no given name
            if grown is not None and ordinary and _grows_a_name(text, f, start, end):
                grown.append((text, Tagged(replace(f, start=start, text=text[start : f.end]))))
        start = _without_lone_word_particle(text, start, f.start)
        if not shouting and f.confidence >= 0.75 and person_core(f.text) == f.text:
            start = _with_initials_before(text, start)  # not before a title: "Mr C. DC Jones"
        if start == f.start and (
            hyphened := HYPHENED_PARTICLE_RE.search(text, max(0, start - 5), start)
        ):
            start = hyphened.start()  # "al-Halabi" of a name learned as "AL-HALABI"
        if start == f.start and THAI_PREFIX_RE.search(text, max(0, start - 3), start):
            start -= 2  # "ok p'bike", "N'Tennis": the Thai phi or nong before a nickname
        if (start, end) != (f.start, f.end):
            taken[start:end] = b"\x01" * (end - start)
            f = Finding(start, end, f.label, text[start:end], f.source, f.confidence, f.reason)
        out.append(Tagged(f, t.key))
    merged: list[Tagged] = []
    for t in out:
        if merged:
            p = merged[-1]
            a, b = p.finding, t.finding
            gap = text[a.end : b.start]
            if (
                a.label == b.label == "PERSON"
                and "register" not in (a.source, b.source)
                and (re.fullmatch(r"[ \t]{1,2}|-", gap) or PARTICLES_GAP_RE.fullmatch(gap))
                and person_core(a.text).isupper() == b.text.isupper()
            ):
                f = Finding(
                    a.start,
                    b.end,
                    "PERSON",
                    text[a.start : b.end],
                    a.source,
                    a.confidence,
                    a.reason,
                )
                merged[-1] = Tagged(f, p.key or t.key)
                continue
        merged.append(t)
    coordinated = _coordinated(text, merged, protected)
    if grown is not None:
        # "what was known about Tavga and Righteous": learned like any name, so
        # "baby Righteous" and "Righteous collected" elsewhere are found too
        grown += [(text, t) for t in coordinated]
    return merged + coordinated


# The bodies whose area a review names openly: its own partnership and council.
PUBLIC_BODY_RE = compile_guarded(
    # a PDF's text may break the name over lines ("Community Safety\n\nPartnership")
    r"\b(?:Community\s+Safety\s+Partnership|Safeguarding\s+(?:Adults|Children)"
    r"(?:['’]s)?\s+(?:Board|Partnership)|(?:Borough|County|City|District)\s+Council"
    r"|Council|Partnership)\b"
)
AREA_RUN_RE = re.compile(r"(?:[A-Z][\w'’-]*(?:,?[ \t]+|[ \t]+(?:and|&|of)[ \t]+))+$")
# An area named after the body or office it is the area of: "London Borough of
# Barking and Dagenham", "assistant coroner for Cambridgeshire and Peterborough",
# "Safer Leeds", "the Community Safety Partnership (CSP) in Barking and Dagenham".
AREA_AFTER_RE = compile_guarded(
    r"(?:\b(?:Borough|County|City|District)[ \t]+of|\b(?:[Cc]oroner|Commissioner|[Cc]oordinator"
    r"|[Mm]anager|[Ll]ead|[Cc]hampion)[ \t]+for|\bSafer|\b(?:CSP|Partnership)"
    r"(?:[ \t]+\(CSP\))?[ \t]+(?:in|for)"
    r"|\b(?i:domestic[ \t]+homicide[ \t]+review))[ \t]+"  # a report's title page
    r"([A-Z][\w'’-]*(?:(?:[ \t]+(?:and|&)[ \t]+|,?[ \t]+)[A-Z][\w'’-]*){0,3})"
)


def public_areas(texts: Sequence[str]) -> frozenset[str]:
    """Places the case's texts name as the area of a partnership or council
    ("Swindon Community Safety Partnership", "Safer Hillingdon Partnership",
    "Bassetlaw, Newark & Sherwood CSP"): the review is published under that name,
    so the area is no clue to anyone; redacting it hides nothing and mars the text."""
    out: set[str] = set()
    for text in texts:
        runs = [m.group(1) for m in AREA_AFTER_RE.finditer(text)]
        for body in PUBLIC_BODY_RE.finditer(text):
            before = AREA_RUN_RE.search(text, max(0, body.start() - 100), body.start())
            if before is not None:
                runs.append(before.group(0))
        for run in runs:
            words = re.findall(r"[A-Z][\w'’-]*", run)
            for i in range(len(words)):
                for j in range(i + 1, min(i + 4, len(words) + 1)):
                    phrase = " ".join(words[i:j]).casefold()
                    if phrase in PLACE_FOLDS:
                        out.add(phrase)
    return frozenset(out)


JOINT_AREA_BEFORE_RE = re.compile(r"([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)[ \t]+(?:and|&)[ \t]+$")
JOINT_AREA_AFTER_RE = re.compile(r"[ \t]+(?:and|&)[ \t]+([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)")


CUT_WORD_RE = re.compile(r"(?:^|[ \t]+)([A-Z][a-z]{2,})$")


def _without_a_cut_word(text: str, t: Tagged) -> Tagged | None:
    """A text cut short mid-word (an excerpt, a page's extract) ends in the start of
    an everyday word ("Why have DHRs? • Illu", "… himself or others and Mar"): that
    stub is no name. Only a stub that is no word and no known name, never a
    register's; a longer finding loses the stub only."""
    f = t.finding
    m = CUT_WORD_RE.search(f.text)
    if f.end != len(text) or f.source == "register" or m is None:
        return t
    stub = m.group(1).lower()
    if (
        is_ordinary_word(stub)
        or stub in GIVEN_NAMES
        or stub in NAMES_NOT_WORDS
        or not any(w.startswith(stub) for w in common_words())
    ):
        return t
    if m.start() == 0:
        return None
    end = f.start + m.start()
    return replace(t, finding=replace(f, end=end, text=text[f.start : end]))


def _in_a_joint_area(text: str, t: Tagged) -> bool:
    """'Hammersmith & Fulham', 'Barking and Dagenham', 'Brighton & Hove': two
    places joined are a borough or a partnership's area, no one's address."""
    f = t.finding
    if f.label != "PLACE":
        return False
    before = JOINT_AREA_BEFORE_RE.search(text, max(0, f.start - 40), f.start)
    after = JOINT_AREA_AFTER_RE.match(text, f.end)
    return any(m is not None and _a_place(m.group(1)) for m in (before, after))


# A public office's area: "Mayor of Watford", "MP for Bolton", "Salford MP Hazel Blears",
# "Bishop of Durham", "Police and Crime Commissioner for Surrey"
OFFICE_BEFORE_RE = re.compile(
    r"\b(?:Mayor|Lord[ \t]+Mayor|MP|MSP|MEP|Member[ \t]+of[ \t]+Parliament|Bishop|Archbishop|"
    r"Police(?:[ \t]+and|[ \t]+&)[ \t]+Crime[ \t]+Commissioner|Chief[ \t]+Constable|"
    r"High[ \t]+Sheriff|Lord[ \t]+Lieutenant)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?$"
)
# ... or before its office or body: "Salford MP", "(Sutton local authority)", "rushed
# to Stafford Hospital", "Derby Royal Infirmary" (a hospital is an NHS body, named as
# agencies are; "Royal Bolton Hospital" already is)
OFFICE_AFTER_RE = re.compile(
    r"[ \t]+(?:MP|MSP|MEP|local[ \t]+authority"
    r"|(?:(?:Royal|General|District|Community|University|City|County)[ \t]+){0,2}"
    r"(?:Hospital|Infirmary))\b"
)
# ... or of a public body's building, where a meeting was held: "Police Headquarters,
# Ripley", "County Hall, Matlock", "Civic Centre, Watford"
PUBLIC_BUILDING_BEFORE_RE = re.compile(
    r"\b(?:Headquarters|HQ|Town[ \t]+Hall|County[ \t]+Hall|City[ \t]+Hall|Civic[ \t]+Centre|"
    r"Council[ \t]+Offices|Guildhall|Council[ \t]+Chamber)[ \t]*,[ \t]*$"
)


def _an_office_area(text: str, t: Tagged) -> bool:
    """A town or county named as the area of a public office, or as where a public
    body's building stands: no one's place. The rest of a hospital's name ("Kings
    College" Hospital) is no institution of anyone's either."""
    f = t.finding
    if f.label == "INSTITUTION":
        return OFFICE_AFTER_RE.match(text, f.end) is not None
    return f.label == "PLACE" and bool(
        OFFICE_BEFORE_RE.search(text, max(0, f.start - 50), f.start)
        or OFFICE_AFTER_RE.match(text, f.end)
        or PUBLIC_BUILDING_BEFORE_RE.search(text, max(0, f.start - 30), f.start)
    )


def _a_court_or_its_town(text: str, t: Tagged) -> bool:
    """A court of law ("at Hull Crown Court") or the town that names one: a public
    body, named as agencies are, not where anyone in the case lives. Kept only
    where `Policy.redact_courts` asks (the pools' writers count a court's town)."""
    f = t.finding
    if f.reason == COURT_REASON:
        return True
    return f.label == "PLACE" and (
        COURT_NEXT_RE.match(text, f.end) is not None
        or COURT_SITTING_BEFORE_RE.search(text, max(0, f.start - 40), f.start) is not None
    )


# "the inquest jury in Derby", "the trial at Swansea", "an inquest held in Hove": the
# town a court sits in, as a court's town.
COURT_SITTING_BEFORE_RE = re.compile(
    r"\b(?:inquests?|jury|court|trial|hearing|tribunal)(?:[ \t]+(?:was|is|being))?"
    r"(?:[ \t]+(?:held|sitting|heard))?[ \t]+(?:in|at)[ \t]+$"
)


POST_NOMINAL_BEFORE_RE = re.compile(r"(?:\b([A-Z][A-Za-z]{1,5})|\((Hons)\)),[ \t]*$")


def _a_post_nominal_in_a_list(text: str, start: int, end: int) -> bool:
    """'Gaynor Mears OBE, MA, BA (Hons), AASW, Dip SW': letters in capitals after a
    known post-nominal and its comma are one more of them, not a person."""
    surface = text[start:end]
    m = POST_NOMINAL_BEFORE_RE.search(text, max(0, start - 12), start)
    return (
        (surface.isupper() or surface in ("Dip", "Cert", "PGDip", "PGCert"))  # "MPhil, Dip."
        and 2 <= len(surface) <= 6
        and m is not None
        # after a known one, or after letters in capitals that follow a known one
        and (
            (m.group(1) or m.group(2)).casefold() in NOT_A_PERSON
            or (
                (m.group(1) or "").isupper()
                and _a_post_nominal_in_a_list(text, m.start(1), m.end(1))
            )
        )
    )


# A partnership's brand run together: "SaferMK", "SaferLeeds"
SAFER_BRAND_RE = re.compile(r"Safer[A-Z]")


def _the_end_of_a_country(text: str, start: int, surface: str) -> bool:
    """'(United States)': the model's place is a country's last word."""
    m = CAPITALISED_WORD_BEFORE_RE.search(text, max(0, start - 20), start)
    whole = f"{m.group(1)} {surface}".casefold() if m else ""
    return whole in COUNTRY_FOLDS or whole in WORLD_PLACE_FOLDS


# "Michael Smith, Sutton<br />", "• Jo Bell, Bromley;": a member and the borough they
# stand for, one to a line of a list (minutes' attendees)
MEMBER_BEFORE_RE = re.compile(
    r"(?:^|\n|<br\s*/?>|[•;·:])[ \t]*(?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss)\.?[ \t]+)?"
    r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,2}(?:[ \t]*\([^()\n]{1,12}\))?,[ \t]*$"
)
LIST_ITEM_END_RE = re.compile(r"[ \t]*(?:$|\n|<br|[;•·(])")


def _a_hashtag_or_a_members_area(text: str, t: Tagged) -> bool:
    """'#Warwickshire' tags a page, and a town after a member's name in a list of
    those present is the council they stand for: neither is where anyone lives. A
    surname that is a town ("Paula Bond, Sutton") is read as that town there too."""
    f = t.finding
    if f.label not in ("PLACE", "PERSON") or f.source == "register":
        return False
    if f.label == "PERSON" and f.text.casefold() not in PLACE_FOLDS:
        return False
    if f.label == "PLACE" and text[f.start - 1 : f.start] == "#":
        return True
    return bool(
        MEMBER_BEFORE_RE.search(text, max(0, f.start - 60), f.start)
        and LIST_ITEM_END_RE.match(text, f.end)
        # a list: another member and their area beside it ("Victim: Jane Hale,
        # Bolton" alone is where she lives)
        and len(MEMBER_ITEM_RE.findall(text, max(0, f.start - 300), f.end + 300)) >= 2
    )


MEMBER_ITEM_RE = re.compile(
    r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,2}(?:[ \t]*\([^()\n]{1,12}\))?,[ \t]*"
    r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]*(?=$|\n|<br|[;•·(])",
    re.MULTILINE,
)


def _a_place(words: str) -> bool:
    return words.casefold() in PLACE_FOLDS or words.split()[-1].casefold() in PLACE_FOLDS


# ", West Yorkshire", ", South Wales": what may follow a town to say where it is.
COUNTY_AFTER_RE = re.compile(
    r",[ \t]+((?:(?:North|South|East|West|Mid|Greater)[ \t]+)?[A-Z][\w'’-]*"
    r"(?:[ \t]+(?:and[ \t]+|of[ \t]+)?[A-Z][\w'’-]*){0,3})"
)
# Nations and old counties a compass word makes a region of ("South Wales").
REGION_BASES = frozenset(["wales", "england", "london", "yorkshire", "scotland"])


def _county_after(text: str, end: int) -> int:
    """Where a town's ", County" (a county, a region or a bigger town) ends, or `end`.
    The county must end its phrase: "Bolton, West Yorkshire Police" names a force."""
    m = COUNTY_AFTER_RE.match(text, end)
    if m is None:
        return end
    words = list(re.finditer(r"[\w'’-]+", m.group(1)))
    for k in range(len(words), 0, -1):
        stop = m.start(1) + words[k - 1].end()
        phrase = " ".join(text[m.start(1) : stop].split())
        bare = COMPASS_START_RE.sub("", phrase).casefold()
        known = phrase.casefold() in PLACE_FOLDS or (
            bare != phrase.casefold() and (bare in PLACE_FOLDS or bare in REGION_BASES)
        )
        if known and not re.match(r"[ \t]+[A-Z]", text[stop : stop + 2]):
            return stop
    return end


def _with_their_counties(text: str, tagged: list[Tagged]) -> list[Tagged]:
    """'Batley, West Yorkshire', 'Pontyberem, Carmarthenshire, South Wales': a town's
    county or region after a comma is part of where someone is, one PLACE with it
    (a county alone is too broad to be found; after a found town it narrows nothing
    the town did not, but a reader still learns the town's region from it)."""
    grown: dict[int, int] = {}  # a town's index -> where its county ends
    for i, t in enumerate(tagged):
        f = t.finding
        if f.label == "PLACE":
            end = f.end
            while (longer := _county_after(text, end)) > end:
                end = longer
            if end > f.end and not any(
                f.end <= u.finding.start < end < u.finding.end for u in tagged
            ):
                grown[i] = end
    if not grown:
        return tagged
    spans = [(tagged[i].finding.end, end) for i, end in grown.items()]
    return [
        Tagged(replace(t.finding, end=grown[i], text=text[t.finding.start : grown[i]]), t.key)
        if i in grown
        else t
        for i, t in enumerate(tagged)
        if i in grown or not any(a <= t.finding.start and t.finding.end <= b for a, b in spans)
    ]


def _a_public_area(t: Tagged, public: frozenset[str]) -> bool:
    f = t.finding
    return f.label == "PLACE" and " ".join(f.text.split()).casefold() in public


# After a name that is the subject: "Indigo Dương, who has", "Posy Lo Bianco drove".
SUBJECT_AFTER_RE = re.compile(
    r",[ \t]+(?:who|whose|now|aged)\b"
    # in apposition ("Grit Confait, the community matron", "Else Storey, 77,") or
    # first of a list of people ("Present: Wander Tonkin, Maftuna Cissoko,")
    r"|,[ \t]+(?:the|a|an|his|her|their|our|\d{1,3})\b(?![ \t]*(?:%|per|am|pm|[-/.:]))"
    r"|,[ \t]+[A-Z][^\W\d_]+[ \t]+[A-Z][^\W\d_]+(?:,|[ \t]+and\b)"
)


def _a_speaker_opening(
    text: str, f: Finding, start: int, end: int, word: str, sentence_start: bool
) -> bool:
    """'Sultana O'Donoghue told the review', 'Prosper Güneş said', 'Chic Grobbelaar:
    "…"': an English word starting a sentence, before a found surname and a verb of
    saying, a possessive or a speaker's colon, is a given name; an adverb, a word
    for a group or for a relative there is not ("Later Güneş said", "Police Güneş",
    "Grandchild Lyndon seen delivering")."""
    low = word.lower()
    return (
        sentence_start
        and not low.endswith("ly")
        and low not in STOP_WORDS
        and low not in KIN_NOUNS
        and low not in OPENING_WORDS
        and low not in RECORDED_AS_WORDS
        and not _a_role_word(word)
        and bool(
            SUBJECT_AFTER_RE.match(text, end)
            or OWNER_OR_SPEAKER_AFTER_RE.match(text, end)
            or ((after := NEXT_WORD_RE.match(text, end)) and a_name_follower(after.group(1)))
            or (
                (aside := ASIDE_THEN_WORD_RE.match(text, end)) is not None
                and a_name_follower(aside.group(1))
            )
        )
        and _grows_a_name(text, f, start, end)
    )


# Where and when, set off by commas, between a subject and its verb: "Enigma Costello,
# on the same shift, knew him by sight".
ASIDE_THEN_WORD_RE = re.compile(
    r",[ \t]+(?:on|at|in|from|with|by|after|before|during)[ \t][^,.;:\n'‘\"“]{1,40},[ \t]+([a-z]+)"
)


# After the found surname, what only a person's full name opening a sentence has: a
# possessive before what is theirs ("Assurance Sethna's wish"), a speaker's colon
# before their words ("Tweet Odiba: 'Months back…'").
OWNER_OR_SPEAKER_AFTER_RE = re.compile(r"['’]s[ \t]+[a-z]|:[ \t]+['‘\"“]")


# What a record calls the person before the surname: "Prisoner Kucharski asks", "Witness
# Okafor said"; no given name.
RECORDED_AS_WORDS = frozenset(
    ["prisoner", "inmate", "detainee", "witness", "neighbour", "offender", "victim", "suspect",
     "complainant", "caller", "informant", "subject", "patient", "pupil", "student", "resident",
     "tenant", "defendant", "claimant", "appellant", "applicant", "service", "user"]
)  # fmt: skip


OPENING_WORDS = frozenset(
    ["later", "then", "yesterday", "today", "tomorrow", "afterwards", "again", "still",
     "meanwhile", "subsequently", "previously", "initially", "finally", "now", "next",
     "instead", "also", "sadly", "here", "there", "police", "officers", "staff"]
)  # fmt: skip


CAPITAL_BEFORE_RE = re.compile(r"[A-Z][^\W\d_]*[’']?[ \t]+$")


# A field's label before its value on the line: "Care coordinator: ", "HR file: ".
FIELD_VALUE_BEFORE_RE = re.compile(r"[^\W\d_\n]:[ \t]+\Z|\d:[ \t]+\Z")


def _a_noun_as_given_name(word: str, f: Finding) -> bool:
    """A noun opening a field's value, straight before a confident surname no
    dictionary holds, is its given name ("Minute 4.1: Butterfly Ladha joined", "Care
    coordinator: Shoes Dack"). Not "Yesterday Ladha" or "Then Ladha" (no nouns), not
    before a surname that is a word ("Neighbour Smith"), and not at a line's start
    ("Tweet Odiba:" is a heading's). Read here only, never learned: the noun alone
    elsewhere stays a word."""
    low = word.lower()
    core = person_core(f.text)
    return (
        f.confidence >= 0.75
        and " " not in core
        and core[:1].isupper()
        and not core.isupper()
        and (not is_ordinary_word(core) or f.source == "propagation")
        and (low in nouns() or (low[-1] == "s" and low[:-1] in nouns()))
        and low not in adverbs()
        and low not in CLOSINGS
        and low not in RECORDED_AS_WORDS
        and low not in KIN_NOUNS
        and not _a_role_word(word)
        and not _an_org_word(word)
        and not low.endswith(("ing", "ed"))
    )


def _grows_a_name(text: str, f: Finding, start: int, end: int) -> bool:
    """Is the English word at `start`, put before the found name `f`, a given name
    to learn? Only before one confident word that is no English word ("Comfort
    Jankauskienė"), not inside a longer run of capitals ("Intimate Partner
    Femicide Timelines"), which is a title."""
    joined = ANY_BREAK_RE.sub("", person_core(f.text))  # "Jab-\nbar"
    core = " ".join(w for w in joined.split() if w.casefold() not in PARTICLES)
    return (
        end == f.end
        and f.confidence >= 0.75
        and len(core.split()) == 1
        and core[:1].isupper()
        and not core.isupper()
        and not is_ordinary_word(core)
        and not CAPITAL_BEFORE_RE.search(text, max(0, start - 40), start)
    )


COORDINATED_BEFORE_RE = re.compile(r"(?<![\w'’\-])([^\W\d_][^\W\d_'’]*)[ \t]+and[ \t]+$")
COORDINATED_AFTER_RE = re.compile(r"[ \t]+and[ \t]+([^\W\d_][^\W\d_'’]*)(?![\w'’\-])")


def _coordinated(text: str, people: list[Tagged], protected: Spans) -> list[Tagged]:
    """'Ash and Kasia had been close', 'Kasia and Shiv': a capitalised word joined
    by 'and' to a found name is a name too, even when it is also a word (a
    nickname often is). Never a title, a kinship or street word, an agency's
    word, a place, an acronym or a word of a protected organisation."""
    taken = bytearray(len(text) + 1)
    for t in people:
        taken[t.finding.start : t.finding.end] = b"\x01" * (t.finding.end - t.finding.start)
    found: list[Tagged] = []
    for t in people:
        f = t.finding
        if f.label != "PERSON" or f.text.isupper():
            continue
        for m in (
            COORDINATED_BEFORE_RE.search(text, max(0, f.start - 40), f.start),
            COORDINATED_AFTER_RE.match(text, f.end),
        ):
            if m is None or any(taken[m.start(1) : m.end(1)]):
                continue
            word = m.group(1)
            if (
                not _name_part(word, False)
                or ORG_WORDS.search(word)
                or word.casefold() in NOT_A_PERSON
                or word.casefold() in PLACE_FOLDS
                or protected.overlaps(m.start(1), m.end(1))
            ):
                continue
            taken[m.start(1) : m.end(1)] = b"\x01" * (m.end(1) - m.start(1))
            found.append(
                Tagged(Finding(m.start(1), m.end(1), "PERSON", word, "pattern", 0.55, AND_REASON))
            )
    return found + _listed_with_a_name(text, people, protected, taken)


LIST_WORD = r"[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*"
LIST_TITLE = rf"(?:(?:{TITLE_ALT})\.?[ \t]+)?"
LIST_ITEM = rf"{LIST_TITLE}{LIST_WORD}(?:[ \t]+{LIST_WORD}){{0,2}}"
# Every item starts with a capital (a title's or a name's): the lookahead fails
# fast at the other words, where trying every title was most of the time.
NAME_LIST_RE = re.compile(
    rf"(?=[A-Z])(?<![\w'’-]){LIST_ITEM}(?:,[ \t]+{LIST_ITEM}){{1,6}}"
    rf"(?:,?[ \t]+(?:and|AND|&)[ \t]+{LIST_ITEM})?(?![\w'’-])(?![ \t]+[A-Z])"
    rf"|(?=[A-Z])(?<![\w'’-]){LIST_ITEM}[ \t]+(?:and|AND|&)[ \t]+{LIST_ITEM}"
    rf"(?![\w'’-])(?![ \t]+[A-Z])"
)
LIST_SPLIT_RE = re.compile(r",?[ \t]+(?:and|AND|&)[ \t]+|,[ \t]+")
ITEM_TITLE_RE = re.compile(LIST_TITLE)


def _listed_with_a_name(
    text: str, people: list[Tagged], protected: Spans, taken: bytearray
) -> list[Tagged]:
    """'the accounts of FORTUNATE, NISHTIMAN and PURITY', 'Bliss, Indrė and Praise':
    in a list of single words one of which is a found name, every word that may
    be a name is one (a list of names is not mixed with agencies). In a list of
    full names ('(Miss Lutfa Marufu, Raonaid Marufu, Candy Bent)'), the one name
    not found when all the others are."""
    if not people:
        return []
    covered = bytearray(len(text) + 1)
    sure_cover = bytearray(len(text) + 1)  # the register's, or no English word ("Tavga")
    lines: set[tuple[int, int]] = set()
    for t in people:
        f = t.finding
        if f.label == "PERSON":
            covered[f.start : f.end] = b"\x01" * (f.end - f.start)
            if f.source == "register" or (len(f.text) > 2 and not is_ordinary_word(f.text)):
                sure_cover[f.start : f.end] = b"\x01" * (f.end - f.start)
                lines.update(_lines_of(text, f.start, f.end))
    found: list[Tagged] = []
    # A list is on one line and holds a sure name: only those lines are read
    # (the whole text was 3% of the time to find names in a document).
    matches = (m for a, b in sorted(lines) for m in NAME_LIST_RE.finditer(text, a, b))
    for m in matches:
        items: list[tuple[int, int]] = []
        pos = m.start()
        for sep in LIST_SPLIT_RE.finditer(text, m.start(), m.end()):
            items.append((pos, sep.start()))
            pos = sep.end()
        items.append((pos, m.end()))
        if len(items) < 3 and "," in m.group(0):
            continue  # "Poppy Jones, Affiliation": two words after a comma are no list
        items = [(a + _title_length(text, a, b), b) for a, b in items]
        known = [all(covered[a:b]) for a, b in items]
        single = all(" " not in text[a:b] for a, b in items)
        # a found name the register gave or that is no English word ("Tavga"),
        # not a word the text may have taken for a name ("SCHOOL")
        sure = any(all(sure_cover[a:b]) for a, b in items)
        if not sure or (not single and sum(known) < len(items) - 1):
            continue
        words = [(a, b, text[a:b]) for a, b in items]
        shouting = all(w.isupper() for _, _, w in words)
        if not all(
            known[i]
            or (
                all(_name_part(x, shouting) for x in w.split())
                and not ORG_WORDS.search(w)
                and w.casefold() not in NOT_A_PERSON
                and w.casefold() not in PLACE_FOLDS
                and not protected.overlaps(a, b)
            )
            for i, (a, b, w) in enumerate(words)
        ):
            continue
        for a, b, w in words:
            if not any(taken[a:b]):
                taken[a:b] = b"\x01" * (b - a)
                found.append(Tagged(Finding(a, b, "PERSON", w, "pattern", 0.6, LISTED_REASON)))
    return found


def _lines_of(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each line `text[start:end]` is on, newlines left out."""
    out = []
    a = text.rfind("\n", 0, start) + 1
    while True:
        b = text.find("\n", a)
        b = len(text) if b < 0 else b
        out.append((a, b))
        if b >= end or b == len(text):
            return out
        a = b + 1


def _title_length(text: str, a: int, b: int) -> int:
    m = ITEM_TITLE_RE.match(text, a, b)
    return m.end() - a if m else 0


ALIAS_CUE_RE = re.compile(
    r"(?i)\b(?:known\s+(?:to\s+\w+\s+)?as|nick-?named|nickname|aka|a\.k\.a\.|also\s+called|"
    r"(?:she|he|they)\s+(?:was|were|is)\s+(?:always\s+)?(?:called|known))\b[^\w]*$"
)


PROPAGATION_REASON = "the name found with confidence elsewhere in the case"
AND_REASON = "a capitalised word joined by 'and' to a name"
LISTED_REASON = "listed with a name"
PAIR_REASON = "a given name and a surname, each found in the case"
NER_REASON = "the language model read it as a {}"


def _tag_hit(hit: Hit) -> Tagged:
    e = hit.entry
    reason = hit.reason or (PROPAGATION_REASON if e.source == "propagation" else "")
    f = Finding(hit.start, hit.end, e.label, hit.text, e.source, hit.confidence, reason)
    return Tagged(f, e.key)


_SPLIT_RE = re.compile(r"\s+(?:and|&|or)\s+|,\s*|\s*\n\s*\n\s*|\s*/\s*|\s+[-–—:]\s+|\s*[:;()]\s*")


LEAD_WORDS = frozenset(
    ["the", "a", "an", "dear", "my", "her", "his", "our", "their", "your", "to", "from"]
)


def _lead_word(word: str) -> bool:
    """'Dear Mrs Akhtar', 'My mum Elif': words before a name that are not it."""
    w = word.strip(".,:;'’\"“”‘(").lower()
    return w in LEAD_WORDS or w in ALLOW_WORDS or (word.islower() and w in STOP_WORDS)


def _split_entity(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """NER spans like 'Marie and Tom Doyle' become one span per name."""
    surface = text[start:end]
    spans = []
    last = 0
    for m in _SPLIT_RE.finditer(surface):
        spans.append((start + last, start + m.start()))
        last = m.end()
    spans.append((start + last, end))
    # a heading line and the next line are not one name: "ELIF WANG\nDr Uddin"; nor
    # a signature and the role on the line below it: "Aoife Pinnock\nHousing Officer"
    # (at every line break: "Volkmar\nSchulze-Frenking\nProbation" of a signature block)
    cut: list[tuple[int, int]] = []
    for a, b in spans:
        look = a
        while (nl := text.find("\n", look, b)) > a:
            if a_role_line(text, nl + 1):
                b = nl
                break
            if text[a:nl].isupper() != text[nl + 1 : b].isupper():
                cut.append((a, nl))
                a = nl + 1
            look = nl + 1
        cut.append((a, b))
    spans = cut
    trimmed = []
    for a, b in spans:
        piece = text[a:b]
        words = list(re.finditer(r"\S+", piece))
        while words and (
            _lead_word(words[0].group(0))
            or (
                len(words) > 1
                and is_ordinary_word(words[0].group(0).strip(".,'’"))
                and words[0].group(0).lower() not in NAME_WORDS
                and not words[0].group(0).isupper()
            )
        ):
            words = words[1:]
        if not words:
            continue
        a, b = a + words[0].start(), a + words[-1].end()
        piece = text[a:b]
        if piece.isupper():
            words = list(re.finditer(r"\S+", piece))
            while words and words[0].group(0).lower() in STOP_WORDS:
                words = words[1:]
            while words and words[-1].group(0).lower() in STOP_WORDS:
                words = words[:-1]
            if not words:
                continue
            a, b = a + words[0].start(), a + words[-1].end()
        trimmed.append((a, b))
    spans = trimmed
    out = []
    for s, e in spans:
        seg = text[s:e]
        # trim possessive and punctuation left in the span
        seg2 = re.sub(r"(?:['’]s?|[\"“”‘.,;:()\-])+$", "", seg)
        lead = len(seg) - len(seg.lstrip(" \"“‘'(-–—"))
        s2, e2 = s + lead, s + len(seg2)
        if e2 > s2:
            out.append((s2, e2))
    return out


def _tier(f: Finding) -> int:
    """Which findings claim characters first: validated patterns, then NER,
    then propagation, then the low-confidence heuristics."""
    if f.source == "pattern" and f.confidence >= 0.7:
        return 0
    if f.source == "ner" and f.label == "PERSON":
        return 1
    if f.source == "propagation":
        return 2
    if f.source == "ner":
        return 3  # a known name beats spaCy calling it a place
    return 4


_TITLE_WORDS = {t.casefold() for t in TITLES}


def _title_or_stop(word: str) -> bool:
    w = word.strip(".,'’").casefold()
    return w in _TITLE_WORDS or w in STOP_WORDS or (is_ordinary_word(w) and word.islower())


SHOUTED_ARTICLE_RE = re.compile(r"\b(?:THE|A|AN|HER|HIS|THEIR)[ \t]+$")


def _a_shouted_headings_word(text: str, start: int, end: int) -> bool:
    """'ONE DOCTOR, ONE DISPENSARY AND A FARM': one English word in a heading all in
    capitals, no town and no name-word, is a word of the heading, not a place. Not a
    word in capitals among lower-case ones ("BABE and HONEYSUCKLE, WhatsApp"): that
    is how a message writes a pet name."""
    surface = text[start:end]
    if not (
        surface.isupper()
        and " " not in surface
        and is_ordinary_word(surface)
        and surface.lower() not in NAME_WORDS
        and surface.casefold() not in PLACE_FOLDS
    ):
        return False
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    line = text[a : b if b >= 0 else len(text)]
    words = re.findall(r"[^\W\d_]+", line)
    shouted = sum(w.isupper() for w in words)  # a heading may hold a body's name
    return shouted >= 4 and shouted >= 0.75 * len(words)


def _a_shouted_common_noun(text: str, start: int, end: int) -> bool:
    """'… THE DOG WALKER AND THE VILLAGE': a heading in capitals that puts an article
    before an English word means someone's role or a thing, not a person's or a
    place's name (the word no given name: not 'THE ROSE …')."""
    surface = text[start:end]
    words = tokens_of(surface)
    return (
        surface.isupper()
        and 0 < len(words) <= 3
        and is_ordinary_word(words[0])
        and words[0].lower() not in NAME_WORDS
        and all(w.lower() in ordinary_words() for w in words[1:])  # not "GRANDCHILD RYOHEI"
        and SHOUTED_ARTICLE_RE.search(text, max(0, start - 8), start) is not None
    )


def _a_role_word(word: str) -> bool:
    """'Worker', 'Officer', 'Headteacher' (`NOT_NAMES`), not its function words."""
    w = word.strip(".,'’")
    return w.capitalize() in NOT_NAMES and w.lower() not in STOP_WORDS


# What an area is called, no place alone once its name or code is taken.
AREA_WORDS = frozenset(
    ["district", "area", "ward", "county", "borough", "region", "division", "parish", "zone"]
)


def _a_word_left_on_the_next_line(f: Finding, taken: bytearray, start: int, piece: str) -> bool:
    """One English word, no given name, opening the line below the part of NER's span
    that another finding took: a label's or a heading's word, not more of the name."""
    return (
        f.text[: start - f.start].rstrip(" \t").endswith("\n")
        and any(taken[f.start : start])
        and " " not in piece
        and is_ordinary_word(piece)
        and piece.lower() not in NAME_WORDS
    )


def _uncovered_pieces(t: Tagged, taken: bytearray) -> list[Tagged]:
    f = t.finding
    pieces: list[Tagged] = []
    i = f.start
    while i < f.end:
        if taken[i]:
            i += 1
            continue
        j = i
        while j < f.end and not taken[j]:
            j += 1
        raw = f.text[i - f.start : j - f.start]
        stripped = raw.strip(" \t\n,.;:'’-–()")
        if f.label == "PERSON":
            words = stripped.split()
            while words and (_title_or_stop(words[0])):
                words = words[1:]
            while words and (_title_or_stop(words[-1])):
                words = words[:-1]
            if words and _a_role_word(words[-1]):
                words = []  # "Headteacher", "Attendance Officer" of NER's "Kalombo\n…": a role
            stripped = stripped[stripped.find(words[0]) :] if words else ""
            if words:
                stripped = stripped[: stripped.rfind(words[-1]) + len(words[-1])]
        elif f.label == "PLACE" and stripped.lower() in AREA_WORDS:
            stripped = ""  # "DISTRICT" of NER's "DISTRICT IP30", the postcode taken
        if (
            f.label == "PERSON"
            and stripped
            and _a_word_left_on_the_next_line(f, taken, i + raw.index(stripped), stripped)
        ):
            stripped = ""  # "Date" of NER's "Constantinou\nDate of birth", the name taken
        if sum(c.isalpha() for c in stripped) >= 2:
            a = i + raw.index(stripped)
            pieces.append(Tagged(replace(f, start=a, end=a + len(stripped), text=stripped), t.key))
        i = j
    return pieces


def resolve(tagged: list[Tagged]) -> list[Tagged]:
    """Non-overlapping findings: register hits first; a longer finding that
    wholly contains register hits replaces them (and takes their identity)."""
    if not tagged:
        return []
    size = max(t.finding.end for t in tagged) + 1
    register = [t for t in tagged if t.finding.source == "register"]
    others = [t for t in tagged if t.finding.source != "register"]
    register.sort(key=lambda t: (-(t.finding.end - t.finding.start), t.finding.start))
    reg_taken = bytearray(size)
    chosen: list[Tagged] = []
    for t in register:
        s, e = t.finding.start, t.finding.end
        if not any(reg_taken[s:e]):
            chosen.append(t)
            reg_taken[s:e] = b"\x01" * (e - s)
    chosen.sort(key=lambda t: t.finding.start)
    reg_starts = [t.finding.start for t in chosen]
    others.sort(
        key=lambda t: (
            _tier(t.finding),
            -(t.finding.end - t.finding.start),
            -t.finding.confidence,
            t.finding.start,
        )
    )
    taken = bytearray(size)
    result: list[Tagged] = []
    absorbed: set[int] = set()

    def inner_of(s: int, e: int) -> list[int]:
        found: list[int] = []
        if any(reg_taken[s:e]):
            i = max(0, bisect.bisect_right(reg_starts, s) - 1)
            while i < len(chosen) and chosen[i].finding.start < e:
                if chosen[i].finding.end > s:
                    found.append(i)
                i += 1
        return found

    def partial(inner: list[int], s: int, e: int) -> bool:
        return any(
            not (s <= chosen[i].finding.start and chosen[i].finding.end <= e)
            or (chosen[i].finding.start, chosen[i].finding.end) == (s, e)
            for i in inner
        )

    queue = list(others)
    while queue:
        t = queue.pop(0)
        s, e = t.finding.start, t.finding.end
        if any(taken[s:e]):
            # keep what is not already covered: coverage matters more than neat spans
            queue[0:0] = _uncovered_pieces(t, taken)
            continue
        inner = inner_of(s, e)
        if partial(inner, s, e):
            # cut the finding back to what lies outside the register hits it straddles
            ns, ne = s, e
            for i in inner:
                a, b = chosen[i].finding.start, chosen[i].finding.end
                if a <= s < b:
                    ns = max(ns, b)
                elif a < e <= b:
                    ne = min(ne, a)
            f = t.finding
            piece = f.text[ns - s : ne - s]
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip()
            if not piece or not any(c.isalpha() for c in piece):
                continue
            ns += lead
            ne = ns + len(piece)
            inner = inner_of(ns, ne)
            if partial(inner, ns, ne) or any(taken[ns:ne]):
                continue
            t = Tagged(replace(f, start=ns, end=ne, text=piece), t.key)
            s, e = ns, ne
        key = t.key
        inner_people = [chosen[i] for i in inner if chosen[i].finding.label == "PERSON"]
        if inner and t.finding.label == "PERSON":
            key = inner_people[0].key if inner_people else key
        elif inner_people and t.finding.label == "PLACE":
            continue  # a place NER made of a registered name: keep the person
        absorbed.update(inner)
        result.append(Tagged(t.finding, key))
        taken[s:e] = b"\x01" * (e - s)
    result += [t for i, t in enumerate(chosen) if i not in absorbed]
    result.sort(key=lambda t: (t.finding.start, t.finding.end))
    return result


# --- pseudonyms ---------------------------------------------------------------

PLACEHOLDERS = {
    "NHS_NUMBER": "[NHS number]",
    "NI_NUMBER": "[NI number]",
    "POSTCODE": "[postcode]",
    "PHONE": "[phone number]",
    "EMAIL": "[email]",
    "URL": "[URL]",
    "VEHICLE": "[vehicle]",
    "DATE_OF_BIRTH": "[date of birth]",
    "POLICE_REF": "[police reference]",
    "COLLAR_NUMBER": "[collar number]",
}
NUMBERED = {"ADDRESS": "address", "INSTITUTION": "institution", "PLACE": "place"}


def _letters(n: int) -> str:
    out = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        out = string.ascii_uppercase[r] + out
    return out


class Pseudonymiser:
    """One replacement per person and per detail, consistent across a case."""

    def __init__(
        self,
        register: Register,
        policy: Policy,
        texts: Sequence[str],
        coded: dict[str, str] | None = None,
    ) -> None:
        self.policy = policy
        self.register = register
        joined = "\n".join(texts)
        self.taken = {m.group(0).casefold() for m in PSEUDONYM_RE.finditer(joined)}
        self.person: dict[str, str] = {}
        self.counter = 0
        self.numbered: dict[tuple[str, str], str] = {}
        self.counts: dict[str, int] = {}
        self.mapping: dict[str, str] = {}
        coded = coded or {}
        self.person.update(coded)  # a person the text already calls "Adult A" stays "Adult A"
        for i, p in enumerate(register.people):
            self.person[f"reg:{i}"] = p.pseudonym or coded.get(f"reg:{i}") or self._next()
            self.mapping[p.name] = self.person[f"reg:{i}"]
            for alias in p.aliases:
                self.mapping[alias] = self.person[f"reg:{i}"]

    def _next(self) -> str:
        while True:
            if self.policy.pseudonym_style == "bracket":
                candidate = f"[person {self.counter + 1}]"
            else:
                candidate = f"Adult {_letters(self.counter)}"
            self.counter += 1
            if candidate.casefold() not in self.taken:
                return candidate

    def person_pseudonym(self, key: str | None, surface: str) -> str:
        if key is None:
            key = "ow:" + " ".join(fold(t) for t in tokens_of(name_core(surface)))
        if key not in self.person:
            self.person[key] = self._next()
        return self.person[key]

    def replacement(self, t: Tagged) -> str:
        f = t.finding
        if f.label == "PERSON":
            pseudonym = self.person_pseudonym(t.key, f.text)
            core = person_core(f.text)
            title = f.text[: len(f.text) - len(core)].strip() if core else ""
            named = not (
                pseudonym.startswith("Adult ")
                or pseudonym.startswith("[")
                or TITLE_RE.match(pseudonym)
                or PSEUDONYM_RE.fullmatch(pseudonym)
            )
            out = f"{title} {pseudonym}" if title and named else pseudonym
            if core.isupper() and len(core) > 1:
                out = out.upper()
        elif f.label in NUMBERED:
            norm = " ".join(f.text.casefold().split())
            kind = NUMBERED[f.label]
            if (f.label, norm) not in self.numbered:
                self.counts[kind] = self.counts.get(kind, 0) + 1
                self.numbered[(f.label, norm)] = f"[{kind} {self.counts[kind]}]"
            out = self.numbered[(f.label, norm)]
        else:
            out = PLACEHOLDERS[f.label]
        self.mapping.setdefault(f.text, out)
        return out


def apply(
    text: str, tagged: list[Tagged], pseudo: Pseudonymiser, policy: Policy
) -> tuple[str, list[tuple[int, int]]]:
    """The redacted text and the spans of the replacements in it."""
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    last = 0
    pos = 0
    for t in tagged:
        f = t.finding
        if not policy.redacts(f.label) or f.start < last:
            continue
        rep = pseudo.replacement(t)
        pieces.append(text[last : f.start])
        pos += f.start - last
        pieces.append(rep)
        spans.append((pos, pos + len(rep)))
        pos += len(rep)
        last = f.end
    pieces.append(text[last:])
    return "".join(pieces), spans


def leak_check(
    detector: CaseDetector, output: str, replaced: list[tuple[int, int]], policy: Policy
) -> LeakReport:
    locations = []
    replaced_spans = Spans(replaced)
    for t in detector.rescan(output):
        f = t.finding
        if not policy.redacts(f.label) and f.source != "register":
            continue
        if replaced_spans.overlaps(f.start, f.end):
            continue
        locations.append(f)
    return LeakReport(clean=not locations, locations=locations)


__all__ = [
    "ANY",
    "CAP",
    "CAP_STRICT",
    "CaseDetector",
    "Pseudonymiser",
    "apply",
    "is_ordinary_word",
    "leak_check",
]
