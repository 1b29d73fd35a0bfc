"""The case register: people and details the review already knows.

Each entry is expanded into the variants it may appear as (first name,
surname, initials, title forms via the matcher, hyphen parts, aliases) and
every variant is found; register matches are never dropped by the allowlist.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .matching import (
    ANY,
    CAP,
    PARTICLES,
    TITLE_FOLDS,
    Entry,
    NameMatcher,
    name_mode,
    single_tokens,
    tokens_of,
)
from .model import LABELS, Finding
from .vocabulary import NAME_WORDS

ROLES = ("victim", "perpetrator", "family", "friend", "staff", "other")
DETAIL_ALIASES = {
    "NHS": "NHS_NUMBER",
    "NI": "NI_NUMBER",
    "NINO": "NI_NUMBER",
    "DOB": "DATE_OF_BIRTH",
    "TELEPHONE": "PHONE",
    "MOBILE": "PHONE",
    "VEHICLE_REGISTRATION": "VEHICLE",
    "REGISTRATION": "VEHICLE",
    "SCHOOL": "INSTITUTION",
    "WORKPLACE": "INSTITUTION",
    "EMPLOYER": "INSTITUTION",
    "GP": "INSTITUTION",
    "GP_SURGERY": "INSTITUTION",
    "CARE_HOME": "INSTITUTION",
    "PUB": "INSTITUTION",
    "TOWN": "PLACE",
    "VILLAGE": "PLACE",
    "CRIME_REF": "POLICE_REF",
    "INCIDENT": "POLICE_REF",
    "COLLAR": "COLLAR_NUMBER",
}


class RegisterError(ValueError):
    """A register file that cannot be used; the message names the entry."""


@dataclass
class Person:
    name: str
    aliases: list[str] = field(default_factory=list)
    role: str = "other"
    pseudonym: str | None = None


@dataclass
class Detail:
    label: str
    text: str


@dataclass
class Register:
    people: list[Person] = field(default_factory=list)
    details: list[Detail] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: Any, where: str = "register") -> Register:
        if data is None:
            return cls()
        if not isinstance(data, dict):
            raise RegisterError(f"{where}: expected a mapping with 'people' and 'details'")
        unknown = set(data) - {"people", "details"}
        if unknown:
            raise RegisterError(f"{where}: unknown key(s) {sorted(unknown)}; use people, details")
        people = []
        for i, raw in enumerate(data.get("people") or [], start=1):
            if isinstance(raw, str):
                raw = {"name": raw}
            if not isinstance(raw, dict) or not str(raw.get("name") or "").strip():
                raise RegisterError(f"{where}: people entry {i} has no name")
            aliases = raw.get("aliases") or []
            if isinstance(aliases, str):
                aliases = [a.strip() for a in re.split(r"[;|]", aliases) if a.strip()]
            role = str(raw.get("role") or "other").strip().lower()
            if role not in ROLES:
                raise RegisterError(
                    f"{where}: people entry {i} ({raw['name']}): "
                    f"role {role!r} is not one of {ROLES}"
                )
            pseudonym = raw.get("pseudonym")
            people.append(
                Person(
                    name=str(raw["name"]).strip(),
                    aliases=[str(a).strip() for a in aliases],
                    role=role,
                    pseudonym=str(pseudonym).strip() if pseudonym else None,
                )
            )
        details = []
        for i, raw in enumerate(data.get("details") or [], start=1):
            if not isinstance(raw, dict):
                raise RegisterError(f"{where}: details entry {i} must be {{label, text}}")
            details.append(
                _detail(raw.get("label"), raw.get("text"), f"{where}: details entry {i}")
            )
        return cls(people, details)

    def __bool__(self) -> bool:
        return bool(self.people or self.details)


def _detail(label: Any, text: Any, where: str) -> Detail:
    label_s = str(label or "").strip().upper().replace(" ", "_")
    label_s = DETAIL_ALIASES.get(label_s, label_s)
    if label_s not in LABELS or label_s == "PERSON":
        raise RegisterError(f"{where}: label {label!r} is not one of {LABELS[1:]}")
    if not str(text or "").strip():
        raise RegisterError(f"{where}: has no text")
    return Detail(label_s, str(text).strip())


def load_register(path: str | Path) -> Register:
    """Read a register from YAML (.yaml/.yml) or CSV (.csv)."""
    p = Path(path)
    if not p.exists():
        raise RegisterError(f"{p}: no such register file")
    if p.suffix.lower() == ".csv":
        return _load_csv(p)
    if p.suffix.lower() in (".yaml", ".yml", ".json"):
        import yaml

        try:
            data = yaml.safe_load(p.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise RegisterError(f"{p}: not valid YAML: {exc}") from exc
        return Register.from_dict(data, where=str(p))
    raise RegisterError(f"{p}: register must be .yaml, .yml or .csv")


def _load_csv(p: Path) -> Register:
    people: list[dict[str, Any]] = []
    details: list[dict[str, Any]] = []
    with p.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        cols = {c.strip().lower() for c in reader.fieldnames or []}
        if not cols & {"name", "label"}:
            raise RegisterError(
                f"{p}: CSV needs a header with name,aliases,role,pseudonym,label,text"
            )
        for rowno, row in enumerate(reader, start=2):
            row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
            if row.get("name"):
                people.append(row)
            elif row.get("label") or row.get("text"):
                if not row.get("label") or not row.get("text"):
                    raise RegisterError(f"{p}: row {rowno}: a detail needs both label and text")
                details.append({"label": row["label"], "text": row["text"]})
            elif any(row.values()):
                raise RegisterError(f"{p}: row {rowno}: neither a name nor a label/text detail")
    return Register.from_dict({"people": people, "details": details}, where=str(p))


# --- expansion --------------------------------------------------------------


# Titles that are given names too ("Lady", "Judge"), not the honorifics a register
# entry may be written with ("Miss Doyle" is no one called Miss).
GIVEN_NAME_TITLES = frozenset(
    t for t in TITLE_FOLDS if t in NAME_WORDS and t not in ("mr", "mrs", "ms", "miss", "mx", "dr")
)


def _a_title_as_given_name(name: str) -> bool:
    """'Professor Tallow', 'Dame Okafor' registered as two words: with only a surname
    beside it, the title-word is the given name ("Dame asked the panel", "u were NOT
    invited professor"). Not an honorific ("Miss Doyle") or a rank's letters ("DC
    Ward"); a title before a given name and a surname ("Professor Anna Tallow") stays
    a title. Taken as a name it costs at most a title redacted in the case."""
    words = name.split()
    first = words[0].casefold()
    return len(words) == 2 and first in TITLE_FOLDS and len(first) > 3 and first != "miss"


def person_variants(person: Person) -> Iterator[tuple[str, str, bool]]:
    """(variant, mode, needs_title) for every form the person may appear as."""
    for name in [person.name, *person.aliases]:
        toks = tokens_of(name)
        if not toks:
            continue
        # A whole name of two or more words is the person in any case ("hope wood").
        yield name, ANY if len(toks) > 1 else name_mode(toks, open_world=False), False
        if len(toks) > 1:
            yield "".join(toks), ANY, False  # "MarieDoyle", "OkaforEllis", "Nowi-cki" joined
            # Each word's parts joined, the words kept apart: "may ok-afor-ellis"
            # read with its hyphens dropped is "may okaforellis".
            words_joined = " ".join("".join(tokens_of(w)) for w in name.split())
            if len(words_joined.split()) > 1 and words_joined != " ".join(toks):
                yield words_joined, ANY, False
        for word in name.split():
            word_toks = tokens_of(word)
            if len(word_toks) > 1:  # "Okafor-Ellis", "O'Brien"
                yield word, ANY, False
                yield "".join(word_toks), ANY, False
        surname = particle_surname(name)
        if surname:
            yield surname, ANY, False  # "Van der Merwe", "Da Silva" alone
        written = surname or name.split()[-1]
        if len(toks) > 1 and written[:1].islower():
            yield written[0], ANY, True  # "Mrs d", "Mrs D" for "de Alwis"; "Miss a", "al-Halabi"
        parts = single_tokens(name)
        for tok in parts:
            yield tok, name_mode([tok], open_world=False), False
        words = name.split()
        if len(words) > 2 and len(words[0]) == 1 and words[0].isupper():
            # "I Wayan Sudana" of "I Wayan Sudana Okafor": a Balinese given name opens
            # with a letter that no part alone finds ("I" would be every "I")
            yield " ".join(words[:-1]), CAP, False
        first = toks[0]
        if len(toks) > 1 and (
            first.casefold() in GIVEN_NAME_TITLES
            or _a_title_as_given_name(name)
            or (first.casefold() in PARTICLES and first[:1].isupper() and len(first) > 1)
        ):
            # A given name that is also a title ("Lady Sufi-Okafor": "Catriona and Lady
            # made eleven calls") or a particle ("Dal Abernethy", "Van Nguyen": "Dal
            # was seen at school"), which single_tokens leaves out
            yield first, name_mode([first], open_world=False), False
        last = toks[-1]
        if len(toks) > 1 and last.casefold() in TITLE_FOLDS and len(last) > 3:
            # A surname that is also a title ("Efren Lord"): "Lord completed the course"
            yield last, name_mode([last], open_world=False), False
        for a, b in itertools.pairwise(parts) if len(parts) > 2 else ():
            # "Sum Heung" and "Heung Canal" of "Sum Heung Canal": a given name of two
            # words, or a double surname, is written without the rest
            yield f"{a} {b}", name_mode([a, b], open_world=False), False
        if len(parts) >= 2:
            first, last = parts[0], parts[-1]
            yield f"{first} {last}", ANY, False
            yield f"{first}{last}", ANY, False
            yield f"{first[0]} {last}", CAP, False  # "M Doyle", "M. Doyle"
            yield f"{first[0]} {last[0]}", CAP, True  # "Mr M D"
            yield last[0], CAP, True  # "Mrs D"
            for tok in parts[1:]:
                yield f"{first[0]} {tok}", CAP, False
        elif len(parts) == 1 and len(parts[0]) > 1:
            yield parts[0][0], CAP, True


def particle_surname(name: str) -> str | None:
    """The surname a particle starts ("Van der Merwe" of "Siu-Man Van der
    Merwe", "Da Silva", "de la Cruz"): written alone it is the whole phrase, and
    matching its last word only would leave "Van der" in the output."""
    words = name.split()
    for i in range(1, len(words) - 1):
        if words[i].casefold() in PARTICLES:  # as everywhere else: "á" is not "a"
            return " ".join(words[i:])
    return None


def build_person_matcher(register: Register) -> NameMatcher:
    matcher = NameMatcher(register=True)
    for index, person in enumerate(register.people):
        for variant, mode, needs_title in person_variants(person):
            matcher.add(
                variant,
                Entry(f"reg:{index}", "PERSON", mode, "register", 1.0, needs_title=needs_title),
            )
    return matcher


# Details: one flexible expression each.
_SEP = r"[\s\-./(),]*"


def _chars_pattern(text: str) -> str:
    chars = [re.escape(c) for c in text if c.isalnum()]
    return r"[\s\-.()]?".join(chars)


def _words_pattern(text: str) -> str:
    words = re.findall(r"[\w'’&]+", text)
    return r"[\s,\-]+".join(re.escape(w).replace("'", "['’]").replace("’", "['’]") for w in words)


_MONTH_NAMES = [dt.date(2000, m, 1).strftime("%B") for m in range(1, 13)]


def _parse_date(text: str) -> dt.date | None:
    s = text.strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%d %B %Y", "%d %b %Y", "%B %d %Y"):
        try:
            return dt.datetime.strptime(re.sub(r"(\d)(st|nd|rd|th)\b|,", r"\1", s), fmt).date()
        except ValueError:
            continue
    return None


def _date_patterns(text: str) -> list[str]:
    d = _parse_date(text)
    if d is None:
        return [_words_pattern(text)]
    month = _MONTH_NAMES[d.month - 1]
    day, mon, yr = d.day, d.month, d.year
    return [
        rf"0?{day}\s*[/.\-]\s*0?{mon}\s*[/.\-]\s*(?:{yr}|{yr % 100:02d})",
        rf"{yr}-{mon:02d}-{day:02d}",
        rf"0?{day}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{month}|{month[:3]})\.?,?\s+{yr}",
        rf"(?:{month}|{month[:3]})\.?\s+0?{day}(?:st|nd|rd|th)?,?\s+{yr}",
    ]


def detail_patterns(detail: Detail) -> list[tuple[str, str]]:
    """(label, regex) pairs for a register detail."""
    label, text = detail.label, detail.text
    if label in (
        "PHONE",
        "NHS_NUMBER",
        "NI_NUMBER",
        "POSTCODE",
        "VEHICLE",
        "POLICE_REF",
        "COLLAR_NUMBER",
    ):
        pat = _chars_pattern(text)
        if label == "PHONE":
            digits = re.sub(r"\D", "", text)
            if digits.startswith("44"):
                digits = "0" + digits[2:]
            if digits.startswith("0"):
                rest = r"[\s\-.()]?".join(digits[1:])
                pat = rf"(?:\+44\s?(?:\(0\)\s?)?|\(?0)\)?{rest}"
        return [(label, pat)]
    if label == "DATE_OF_BIRTH":
        return [(label, p) for p in _date_patterns(text)]
    if label == "ADDRESS":
        out = [(label, _words_pattern(text))]
        parts = [p.strip() for p in text.split(",") if p.strip()]
        if parts:
            out.append((label, _words_pattern(parts[0])))
            street = re.sub(r"^(?:(?:Flat|Apartment|Unit)\s+\w+\s+)?\d+[A-Za-z]?\s+", "", parts[0])
            if street != parts[0] and len(street.split()) >= 2:
                out.append((label, _words_pattern(street)))
        for part in parts[1:]:
            if re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}", part, re.I):
                out.append(("POSTCODE", _chars_pattern(part)))
            elif re.fullmatch(r"[A-Za-z][A-Za-z' \-]+", part) and not re.match(r"(?i)flat\b", part):
                out.append(("PLACE", _words_pattern(part)))
        return out
    if label == "INSTITUTION":
        bare = re.sub(r"(?i)^the\s+", "", text)
        return [(label, _words_pattern(bare))]
    return [(label, _words_pattern(text))]


class DetailMatcher:
    def __init__(self, register: Register) -> None:
        self.patterns: list[tuple[str, re.Pattern[str]]] = []
        for detail in register.details:
            for label, pat in detail_patterns(detail):
                if pat:
                    self.patterns.append(
                        (label, re.compile(rf"(?<![\w@]){pat}(?![\w@])", re.IGNORECASE))
                    )

    def find(self, text: str) -> list[Finding]:
        out = []
        for label, pat in self.patterns:
            for m in pat.finditer(text):
                out.append(Finding(m.start(), m.end(), label, m.group(0), "register", 1.0))
        return out


__all__ = [
    "ANY",
    "Detail",
    "DetailMatcher",
    "Person",
    "Register",
    "RegisterError",
    "build_person_matcher",
    "load_register",
]
