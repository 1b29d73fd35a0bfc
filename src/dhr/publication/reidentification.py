"""Details in redacted text that could still identify the people in a review.

Redaction replaces names with pseudonyms ("Adult A", "Louise", "Child 1"), but a
local reader or a journalist can often identify a family from a combination of
what is left: the date of the death, the street, the children's school and
ages, a job everyone in the village knows. Before two reviewers sign a redaction
off, this module lists each such detail with a plain-English reason, so that
they record a decision on every one rather than rely on noticing it.

It reads text only; it changes nothing and decides nothing. A warning is a
prompt for a person, so the rules lean towards flagging a detail that may be
harmless rather than missing one that is not, while leaving alone the phrases
every review needs ("March 2023", "aged 16 or over", "the school").

Every pattern is one compiled regular expression whose repeated parts match
disjoint characters (or are bounded), so a scan is linear in the length of
the text, whatever the text is.
"""

from __future__ import annotations

import bisect
import datetime
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

EXCERPT_LIMIT = 120


@dataclass(frozen=True)
class Warning:
    """One detail a reviewer must decide on before publication.

    `kind` is a stable key (stored with the reviewer's decision); `start` and
    `end` are offsets into the text given, so `text[start:end]` is the detail.
    """

    kind: str
    excerpt: str
    start: int
    end: int
    why: str


class _Found(NamedTuple):
    start: int
    end: int
    kind: str


# --- shared pieces -----------------------------------------------------------


def _word_set(words: str) -> frozenset[str]:
    """A set written as words separated by spaces, as readable as a word list."""
    return frozenset(words.split())


# Whitespace with at most one line break: a name wrapped onto the next line is
# still one name, but a blank line ends it. The two alternatives cannot both
# match the same spaces, so they cannot backtrack against each other.
_GAP = r"(?:[^\S\n]+(?:\n[^\S\n]*)?|\n[^\S\n]*)"

# A capitalised word of a proper name: "Elm", "St", "St.", "Mary's", "O'Neill",
# "Ashby-de-la-Zouch". Each repeat starts with a separator, so it is unambiguous.
_NAME_WORD = r"(?:St\.|[A-Z][A-Za-z]*(?:['’-][A-Za-z]+)*)"

# A word can only begin where no word (or apostrophe or hyphen) runs into it:
# without this anchor a long run of letters would be rescanned from every letter.
# It ends where no letter follows, though a possessive may.
_WORD_START = r"(?<![\w'’-])"
_WORD_END = r"(?!\w)(?!-\w)"  # "Road's" ends a name; "Road-side" does not

# Capitalised words that begin a sentence or a phrase rather than a name:
# "On Elm Road" names Elm Road. Stripped from the front of a street or school.
_LEADING_WORDS = _word_set(
    """
    the a an on in at to from near of by off via along into onto outside behind
    opposite past towards toward around beside between and or but nor so if as
    her his their our my your its she he they we it i you this that these those
    there here both each every some any when then while after before later
    earlier during since until once yesterday today tomorrow also only even
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october
    november december
    """
)

# Of those, the words that can never be the whole name by themselves
# ("On Road" is not a street; "The Crescent" is).
_FUNCTION_WORDS = _word_set(
    """
    a an on in at to from near of by off via along into onto outside behind
    opposite past towards toward around beside between and or but nor so if as
    her his their our my your its she he they we it i you this that these those
    there here
    """
)


_WORD_RE = re.compile(r"\S+")


def _words(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    return _WORD_RE.finditer(text, start, end)


def _name_start(text: str, start: int, end: int) -> int | None:
    """Where a capitalised name really begins, or None if it is no name at all.

    The patterns take the longest run of capitalised words, so a sentence's
    first word comes too ("Later Station Road"). Leading words in
    `_LEADING_WORDS` are dropped while a name word is left; a lone function
    word is no name, but a lone "The" is ("The Crescent").
    """
    words = list(_words(text, start, end))
    while len(words) > 1 and words[0].group().casefold() in _LEADING_WORDS:
        words.pop(0)
    if not words:
        return None
    first = words[0].group().casefold()
    if first in _FUNCTION_WORDS and not (first == "the" and len(words) == 1):
        return None
    return words[0].start()


# --- exact dates ------------------------------------------------------------

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?"
)
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d(?!\d)"

# "3 March 2023", "3rd of March, 2023", "March 3, 2023", "Sept. 3rd 2023".
# A month and year alone ("March 2023") has no day, so it never matches.
_WORDED_DATE_RE = re.compile(
    rf"(?<![\w.]){_DAY}(?:[^\S\n]+of)?[^\S\n]+{_MONTH},?[^\S\n]+{_YEAR}"
    rf"|(?<![a-z]){_MONTH}[^\S\n]+{_DAY},?[^\S\n]+{_YEAR}",
    re.IGNORECASE,
)

# "03/03/2023", "3.3.23", "3-3-2023", and ISO "2023-03-03". The same separator
# twice, and no digit or further ".5" either side (not a version or IP number).
_NUMERIC_DATE_RE = re.compile(
    r"(?<![\d./-])(?:"
    r"(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
    r"|(?P<iy>(?:19|20)\d\d)-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
    r")(?!\d)(?![./-]\d)"
)

# Reports number their paragraphs "3.3.23", which also reads as 3 March 2023:
# a dotted number that opens a line or follows "paragraph" is a reference.
_PARAGRAPH_BEFORE_RE = re.compile(
    r"(?:\bpara(?:graph)?s?\.?|\bsections?|\bchapters?|\bappendix|\bfigures?|\btables?"
    r"|\brecommendations?|\bitems?|\bsee|§|¶)[^\S\n]*$",
    re.IGNORECASE,
)


def _is_calendar_date(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def _numeric_date_is_real(match: re.Match[str]) -> bool:
    """Two small numbers and a year are a date only if some reading is a real day.

    UK day-first is tried, then US month-first, so "12.45.23" and "31/31/2023"
    are not dates but "03/13/2023" is.
    """
    if match.group("iy"):
        return _is_calendar_date(int(match["iy"]), int(match["im"]), int(match["id"]))
    year = int(match["y"])
    if len(match["y"]) == 2:
        year += 2000
    a, b = int(match["a"]), int(match["b"])
    return _is_calendar_date(year, b, a) or _is_calendar_date(year, a, b)


def _is_paragraph_number(text: str, match: re.Match[str]) -> bool:
    """A dotted number opening a line, or after "paragraph", "section", "see"...

    Only a short stretch before the match is read, so many dates on one long
    line cost no more than one each.
    """
    if match.group("sep") != ".":
        return False
    window = max(0, match.start() - 200)
    before = text[window : match.start()]
    lines = before.rsplit("\n", 1)
    if (len(lines) == 2 or window == 0) and not lines[-1].strip():
        return True
    return _PARAGRAPH_BEFORE_RE.search(before[-30:]) is not None


def _find_dates(text: str) -> Iterator[_Found]:
    """Full calendar dates: a death on a given day is in the local news."""
    for m in _WORDED_DATE_RE.finditer(text):
        yield _Found(m.start(), m.end(), "exact_date")
    for m in _NUMERIC_DATE_RE.finditer(text):
        if _numeric_date_is_real(m) and not _is_paragraph_number(text, m):
            yield _Found(m.start(), m.end(), "exact_date")


# --- streets ----------------------------------------------------------------

_STREET_SUFFIXES = (
    "Road|Street|Lane|Avenue|Close|Drive|Way|Crescent|Gardens|Place|Grove|Terrace|Court"
    "|Walk|Row|Square|Hill|Mews|Rise|Rd|Ave|St(?!\\.?[^\\S\\n]+[A-Z])"
)

# Up to three capitalised words then a suffix, with an optional house number
# ("12 Elm Road", "Flat 3, 12a Elm Road"). The suffix must be capitalised too:
# "the road" and "a busy street" are descriptions, not names.
_STREET_RE = re.compile(
    rf"{_WORD_START}(?P<number>\d{{1,3}}[A-Za-z]?,?[^\S\n]+)?"
    rf"(?P<names>{_NAME_WORD}(?:{_GAP}{_NAME_WORD}){{0,2}}){_GAP}"
    rf"(?P<suffix>{_STREET_SUFFIXES}){_WORD_END}"
)

# Courts are named like streets ("Crown Court") but say nothing about where
# anyone lives; reviews name them constantly.
_COURT_WORDS = _word_set(
    """
    crown magistrates magistrates' county family high coroner's coroners
    coroners' youth supreme appeal combined civil criminal district
    """
)

# "The Road Ahead", "The Way Forward": headings, not addresses. Other suffixes
# make real names alone with "The" ("The Crescent", "The Grove", "The Mews").
_NOT_ALONE_WITH_THE = frozenset({"road", "street", "way", "place", "court", "rd", "st", "ave"})


def _street_start(text: str, m: re.Match[str]) -> int | None:
    suffix = m["suffix"].casefold()
    names = m["names"].split()
    if suffix == "court" and names[-1].casefold() in _COURT_WORDS:
        return None
    if m["number"] and names[0].casefold() not in _LEADING_WORDS:
        return m.start()
    start = _name_start(text, m.start("names"), m.end("names"))
    if start is None:
        return None
    if text[start : m.end("names")].casefold() == "the" and suffix in _NOT_ALONE_WITH_THE:
        return None
    return start


def _find_streets(text: str) -> Iterator[_Found]:
    """Named streets: neighbours know who lived there."""
    for m in _STREET_RE.finditer(text):
        start = _street_start(text, m)
        if start is not None:
            yield _Found(start, m.end(), "street")


# --- schools ----------------------------------------------------------------

_SCHOOL_SUFFIXES = "School|Academy|Nursery|College|Pre-School|Preschool|Playgroup"

# Up to seven words before the suffix; after the first, lower-case joining words
# are allowed ("St Mary's Church of England Primary School"). Not "and": in
# "Northgate High School and Brookside College" it joins two schools.
_SCHOOL_RE = re.compile(
    rf"{_WORD_START}(?P<names>{_NAME_WORD}(?:{_GAP}(?:{_NAME_WORD}|of|the|de|la|le)){{0,6}})"
    rf"{_GAP}(?P<suffix>{_SCHOOL_SUFFIXES}){_WORD_END}"
)

# Words that describe a kind of school rather than name one: "Primary School",
# "Sixth Form College", "Day Nursery" and "Police Academy" could be anywhere.
_GENERIC_SCHOOL_WORDS = _word_set(
    """
    primary secondary high junior juniors infant infants grammar middle first upper
    lower community special free day sixth form church catholic roman rc c e cofe
    of the and independent private state boarding local village nursery pre
    preschool pre-school academy school college further education technical
    comprehensive faith girls boys girls' boys' senior prep preparatory new secure
    residential pupil referral unit sunday summer night medical law business art
    police football sports dance drama music training driving
    """
)


def _school_start(text: str, m: re.Match[str]) -> int | None:
    # "Royal College of Nursing", "College of Policing": professional bodies.
    if m["suffix"] == "College" and text.startswith(" of ", m.end()):
        return None
    start = _name_start(text, m.start("names"), m.end("names"))
    if start is None:
        return None
    words = text[start : m.end("names")].split()
    if all(w.casefold().strip("'’") in _GENERIC_SCHOOL_WORDS for w in words):
        return None
    return start


def _find_schools(text: str) -> Iterator[_Found]:
    """Named schools and nurseries: other parents and staff know the children."""
    for m in _SCHOOL_RE.finditer(text):
        start = _school_start(text, m)
        if start is not None:
            yield _Found(start, m.end(), "school")


# --- children's ages ----------------------------------------------------------

_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = (
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_NUMBER_WORDS = {
    **{w: i + 1 for i, w in enumerate(_UNITS)},
    **{w: i + 10 for i, w in enumerate(_TEENS)},
    **{w: (i + 2) * 10 for i, w in enumerate(_TENS)},
}

# Longest alternatives first, so "seventeen" is never read as "seven".
_NUMBER = (
    rf"(?:\d{{1,3}}|(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_UNITS)}))?"
    rf"|{'|'.join(reversed(_TEENS))}|{'|'.join(_UNITS)})(?!\w)"
)
_UNIT = r"(?:years?|yrs?|months?|weeks?|days?)(?!\w)"

# "aged 16 or over", "aged 11 to 16", "aged 16 years+": a rule about an age
# group (the statutory definition of a review says "aged 16 or over"), not a
# child. Read straight after the number, so dropping the unit cannot dodge it.
_NOT_A_RANGE = (
    rf"(?!(?:[^\S\n]+{_UNIT}(?:[^\S\n]+old)?)?[^\S\n]*"
    rf"(?:\+|(?:-|–|—|to)[^\S\n]*{_NUMBER}"
    r"|(?:or|and)[^\S\n]+(?:over|above|older|more|under|younger|below|less|upwards)))"
)

_AGE_RE = re.compile(
    # "aged 7", "aged seven years", "aged 14 months", "at the age of 7"
    rf"(?<!\w)(?:aged|at[^\S\n]+(?:the[^\S\n]+)?age(?:[^\S\n]+of)?)[^\S\n]+"
    rf"(?P<n1>{_NUMBER}){_NOT_A_RANGE}"
    rf"(?:[^\S\n]+(?P<u1>{_UNIT})(?:[^\S\n]+old(?!\w))?)?"
    # "7-year-old", "seven years old", "14-month-old" (not "7-year-olds")
    rf"|(?<![\w.])(?P<n2>{_NUMBER})[\s-]+(?P<u2>{_UNIT})[\s-]+old(?!\w)"
    # "seven years of age"
    rf"|(?<![\w.])(?P<n3>{_NUMBER})[^\S\n]+(?P<u3>{_UNIT})[^\S\n]+of[^\S\n]+age(?!\w)",
    re.IGNORECASE,
)


def _number_value(words: str) -> int:
    """The value of "7", "seven" or "twenty-one"."""
    if words.isdigit():
        return int(words)
    total = 0
    for word in re.split(r"[- ]", words.casefold()):
        # A look-alike letter the case-blind match let through ("fıve"): no number
        # we know, so no child's age.
        total += _NUMBER_WORDS.get(word, 999)
    return total


def _is_child_age(number: str, unit: str | None) -> bool:
    """Under 18 years; an age in months, weeks or days is a child's in practice."""
    value = _number_value(number)
    unit = (unit or "years").casefold()
    if unit.startswith("y"):
        return value < 18
    if unit.startswith("m"):
        return value < 18 * 12
    return True


def _find_child_ages(text: str) -> Iterator[_Found]:
    """A child's exact age: with a town and a year, it narrows to one family."""
    for m in _AGE_RE.finditer(text):
        number = m["n1"] or m["n2"] or m["n3"]
        unit = m["u1"] or m["u2"] or m["u3"]
        if _is_child_age(number, unit):
            yield _Found(m.start(), m.end(), "child_age")


# --- occupations --------------------------------------------------------------

# Jobs that make a person known beyond their family: the village has one vicar,
# the town one team's footballers, the ward one councillor. Singular forms only,
# so "police officers attended" (an agency in the chronology) is not flagged
# but "she was a police officer" is. "landlord of the" is a pub landlord, not a
# tenant's landlord.
OCCUPATIONS: tuple[str, ...] = (
    "vicar",
    "priest",
    "imam",
    "rabbi",
    "farrier",
    "professional footballer",
    "footballer",
    "councillor",
    "MP",
    "magistrate",
    "judge",
    "surgeon",
    "GP",
    "headteacher",
    "head teacher",
    "police officer",
    "firefighter",
    "paramedic",
    "soldier",
    "publican",
    "landlord of the",
    "jockey",
    "dentist",
    "pharmacist",
    "solicitor",
    "barrister",
    "lifeboat",
    "coastguard",
)


def _phrase_pattern(phrases: Iterable[str]) -> str | None:
    """One alternation of whole-word phrases, longest first, any spacing."""
    cleaned = {" ".join(p.split()) for p in phrases if p.strip()}
    if not cleaned:
        return None
    ordered = sorted(cleaned, key=lambda p: (-len(p), p))
    alternatives = (_GAP.join(re.escape(w) for w in p.split()) for p in ordered)
    return rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)"


_OCCUPATION_RE = re.compile(_phrase_pattern(OCCUPATIONS) or "(?!)", re.IGNORECASE)


def _find_occupations(text: str) -> Iterator[_Found]:
    """Recognisable occupations; "to judge" is a verb, not a job."""
    for m in _OCCUPATION_RE.finditer(text):
        if m.group().casefold() == "judge" and text[: m.start()].casefold().endswith("to "):
            continue
        yield _Found(m.start(), m.end(), "occupation")


# --- courts and hospitals ---------------------------------------------------------

# The redaction engine leaves a named court and hospital in the report: public bodies,
# in the partnership's own area. But with the month of a death, "Leeds Crown Court" or
# "Royal Derby Hospital" points to one trial or one inquest in one town's news, so a
# reviewer decides on each ("a Crown Court", "the hospital" may be enough).
_COURT_OR_HOSPITAL = (
    r"(?:Crown|Magistrates['’]?|Coroners?['’]?s?|County|Family|Youth|Combined|Sheriff)"
    r"[^\S\n]+Courts?|Hospital|Infirmary|Hospice"
)
_COURT_OR_HOSPITAL_RE = re.compile(
    rf"{_WORD_START}(?P<names>{_NAME_WORD}(?:{_GAP}(?:{_NAME_WORD}|of|upon|on|and)){{0,5}})"
    rf"{_GAP}(?P<suffix>{_COURT_OR_HOSPITAL}){_WORD_END}"
)
# ... and the town a trial or an inquest sat in: "the inquest, held in Wakefield",
# "sentenced at Leeds", "appeared at Bradford".
_SITTING_RE = re.compile(
    r"(?<!\w)(?:inquest|trial|tried|sentenced|convicted|appeared)"
    r"(?:,?[^\S\n]+(?:was|is|will[^\S\n]+be))?"
    r"(?:,?[^\S\n]+(?:held|opened|heard|resumed|concluded))?"
    rf"[^\S\n]+(?:at|in)[^\S\n]+(?P<names>{_NAME_WORD}(?:{_GAP}{_NAME_WORD}){{0,2}}){_WORD_END}"
)
# Words that say what kind of court or hospital, not where: "the General Hospital",
# "Royal Infirmary", "the County Court" could be anywhere. With the words that begin a
# sentence or a phrase rather than a name ("tried in March": when, not where).
_GENERIC_COURT_WORDS = _LEADING_WORDS | _word_set(
    """
    royal general district county city university teaching community memorial
    children's childrens women's womens maternity psychiatric specialist mental health
    nhs local new old central main north south east west crown magistrates magistrates'
    family youth coroner's coroners' coroners court courts hospital high
    """
)


def _find_courts_and_hospitals(text: str) -> Iterator[_Found]:
    """A court or a hospital by its name or its town, and the town a trial sat in."""
    for m in itertools.chain(_COURT_OR_HOSPITAL_RE.finditer(text), _SITTING_RE.finditer(text)):
        start = _name_start(text, m.start("names"), m.end("names"))
        if start is None:
            continue
        words = text[start : m.end("names")].split()
        if all(w.casefold().strip("'’") in _GENERIC_COURT_WORDS for w in words):
            continue
        yield _Found(start, m.end(), "court_or_hospital")


# --- small places -------------------------------------------------------------


def _find_places(text: str, places: Sequence[str]) -> Iterator[_Found]:
    """Small towns and villages the caller names: there, everyone knows."""
    pattern = _phrase_pattern(places)
    if pattern is None:
        return
    for m in re.finditer(pattern, text, re.IGNORECASE):
        yield _Found(m.start(), m.end(), "small_place")


# --- dates beside pseudonyms ----------------------------------------------------

# A full stop, question or exclamation mark before whitespace ends a sentence,
# as does a blank line; the full stop of "St." or "Mr." does not.
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s)|\n[^\S\n]*\n")
_ABBREVIATION_RE = re.compile(
    r"(?<![\w.])(?:St|Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Revd|Fr|Sgt|Cllr|No|cf|approx|para|paras"
    r"|[eE]\.g|[iI]\.e)\.(?=\s)"
)


class _Sentences:
    """Sentence boundaries of a text, found once and looked up by bisection."""

    def __init__(self, text: str) -> None:
        skip = {m.end() - 1 for m in _ABBREVIATION_RE.finditer(text)}
        self.ends = [m.start() for m in _SENTENCE_END_RE.finditer(text) if m.start() not in skip]
        self.length = len(text)

    def around(self, start: int, end: int) -> tuple[int, int]:
        """The sentence holding text[start:end]; full stops inside it don't count."""
        i = bisect.bisect_left(self.ends, start)
        sentence_start = self.ends[i - 1] + 1 if i else 0
        j = bisect.bisect_left(self.ends, end)
        sentence_end = self.ends[j] if j < len(self.ends) else self.length
        return sentence_start, sentence_end


class _Pseudonyms:
    """Every place a pseudonym occurs, for finding the one nearest a date."""

    def __init__(self, text: str, pseudonyms: Sequence[str]) -> None:
        self.by_key = {" ".join(p.split()).casefold(): p.strip() for p in pseudonyms}
        pattern = _phrase_pattern(pseudonyms)
        found = list(re.finditer(pattern, text, re.IGNORECASE)) if pattern else []
        self.starts = [m.start() for m in found]
        self.ends = [m.end() for m in found]
        self.names = [m.group() for m in found]

    def nearest(self, start: int, end: int, within: tuple[int, int]) -> str | None:
        """The pseudonym nearest text[start:end] inside `within`, as the caller spelt it."""
        candidates: list[tuple[int, int]] = []
        before = bisect.bisect_right(self.ends, start) - 1
        if before >= 0 and self.starts[before] >= within[0]:
            candidates.append((start - self.ends[before], before))
        after = bisect.bisect_left(self.starts, end)
        if after < len(self.starts) and self.ends[after] <= within[1]:
            candidates.append((self.starts[after] - end, after))
        if not candidates:
            return None
        name = self.names[min(candidates)[1]]
        return self.by_key.get(" ".join(name.split()).casefold(), name)


# --- putting it together --------------------------------------------------------

# Which kind wins when two details cover exactly the same span.
_PRIORITY = {
    "exact_date": 0,
    "school": 1,
    "street": 2,
    "child_age": 3,
    "small_place": 4,
    "court_or_hospital": 5,
}


def _without_overlaps(found: Iterable[_Found]) -> list[_Found]:
    """In order of position; where details overlap, the longest is kept.

    "Church Hill Nursery" is one school, not a street inside a school, and a
    reviewer deciding on it once is enough.
    """
    ordered = sorted(found, key=lambda f: (f.start, f.start - f.end, _PRIORITY.get(f.kind, 9)))
    kept: list[_Found] = []
    for f in ordered:
        if not kept or f.start >= kept[-1].end:
            kept.append(f)
        elif f.end - f.start > kept[-1].end - kept[-1].start:
            kept[-1] = f
    return kept


def _squash(text: str) -> str:
    return " ".join(text.split())


def _excerpt(text: str, start: int, end: int, limit: int = EXCERPT_LIMIT) -> str:
    """The detail with whole words either side, at most `limit` characters.

    Enough for a reviewer to see the detail in its sentence without opening the
    document; "…" marks where the text goes on.
    """
    detail = text[start:end]
    room = limit - 2 - len(detail)
    if room < 0:
        squashed = _squash(detail)
        return squashed if len(squashed) <= limit else squashed[: limit - 1] + "…"
    left = min(start, room // 2)
    right = min(len(text) - end, room - left)
    left = min(start, room - right)
    lo, hi = start - left, end + right
    if lo > 0 and not text[lo - 1].isspace():
        space = next((i for i in range(lo, start) if text[i].isspace()), start)
        lo = space
    if hi < len(text) and not text[hi].isspace():
        space = next((i for i in range(hi - 1, end - 1, -1) if text[i].isspace()), end)
        hi = space
    return ("…" if lo > 0 else "") + _squash(text[lo:hi]) + ("…" if hi < len(text) else "")


def _why(kind: str, detail: str, pseudonym: str | None = None) -> str:
    """One sentence a reviewer can act on, naming the detail."""
    if kind == "date_with_pseudonym":
        return (
            f"An exact date, next to the pseudonym '{pseudonym}', lets anyone match this "
            "review to a news report of the death."
        )
    reasons = {
        "exact_date": f"An exact date ('{detail}') can be matched to a news report, inquest "
        "listing or court record of the death; the month and year are usually enough.",
        "street": f"A named street ('{detail}') tells local readers where this happened, and "
        "the neighbours will know who lived there.",
        "school": f"A named school or nursery ('{detail}') lets other parents, staff and "
        "pupils recognise the children in this family.",
        "child_age": f"A child's exact age ('{detail}'), with the other details in the "
        "report, can narrow the family down to one household.",
        "occupation": f"An occupation like '{detail}' is known in a small community and can "
        "point to one person; a broader description is safer.",
        "small_place": f"'{detail}' is a small place where most residents will know of a "
        "death like this, so naming it can identify the family.",
        "court_or_hospital": f"A named court or hospital ('{detail}') places the trial, the "
        "inquest or the death in one town: with the month, a news report can be found. "
        "'A Crown Court' or 'the hospital' is often enough.",
    }
    return reasons[kind]


def reidentification_warnings(
    text: str, pseudonyms: Sequence[str] = (), places: Sequence[str] = ()
) -> list[Warning]:
    """Every detail in already-redacted `text` that could identify someone.

    `pseudonyms` are the labels the redaction used; an exact date in the same
    sentence as one becomes "date_with_pseudonym", the strongest link to a
    news report. `places` are small towns or villages the caller knows of.
    Warnings come in order of position and never overlap.
    """
    found = [
        *_find_dates(text),
        *_find_streets(text),
        *_find_schools(text),
        *_find_child_ages(text),
        *_find_occupations(text),
        *_find_places(text, places),
        *_find_courts_and_hospitals(text),
    ]
    kept = _without_overlaps(found)
    sentences = _Sentences(text) if any(f.kind == "exact_date" for f in kept) else None
    names = _Pseudonyms(text, pseudonyms) if sentences else None
    warnings = []
    for f in kept:
        detail = _squash(text[f.start : f.end])
        kind, pseudonym = f.kind, None
        if f.kind == "exact_date" and sentences and names:
            pseudonym = names.nearest(f.start, f.end, sentences.around(f.start, f.end))
            kind = "date_with_pseudonym" if pseudonym else kind
        warnings.append(
            Warning(
                kind=kind,
                excerpt=_excerpt(text, f.start, f.end),
                start=f.start,
                end=f.end,
                why=_why(kind, detail, pseudonym),
            )
        )
    return warnings


def summarise(warnings: Iterable[Warning]) -> dict[str, int]:
    """How many warnings of each kind, for the sign-off page's headline."""
    return dict(Counter(w.kind for w in warnings))
