"""A deterministic synthetic corpus of DHR-style documents with exact gold spans.

Each *case* has one cast (victim, perpetrator, child, the victim's mother and sister,
plus professionals, a neighbour, a friend and the perpetrator's former partner) and a
handful of *documents* written from that cast: agency chronologies (GP, police, MARAC,
school, probation, hospital), family accounts, letters and text messages. Gold spans
are recorded while the text is composed, so they are exact by construction.

Two template pools (``dev`` and ``test``, see ``templates.py``) and two halves of the
name lists (``names.py``) keep what an engine is tuned on apart from what it is scored
on. ``build_corpus("test", ...)`` is what the benchmark reports.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from bench.redaction import names as N
from bench.redaction.templates import POOLS, SECTIONS

REGISTERED_ROLES = ("V", "P", "C", "M", "S")
ROLE_NAMES = {
    "V": "victim",
    "P": "perpetrator",
    "C": "child",
    "M": "mother",
    "S": "sister",
    "GP": "GP",
    "PC": "police officer",
    "PC2": "police officer",
    "SW": "social worker",
    "TCH": "teacher",
    "IDVA": "IDVA",
    "PO": "probation officer",
    "NUR": "nurse",
    "NB": "neighbour",
    "FR": "friend",
    "EX": "former partner",
}
PSEUDONYMS = {"V": "Adult A", "P": "Adult B", "C": "Child C", "M": "Adult D", "S": "Adult E"}
ANGLO = {"english", "irish", "scottish_welsh"}
NAME_FORMS = (
    "full",
    "first",
    "surname",
    "title",
    "initial",
    "nick",
    "possessive",
    "caps",
    "lowercase",
    "linebreak",
)
IDENTIFIER_LABELS = ("NHS_NUMBER", "NI_NUMBER", "POSTCODE", "PHONE", "EMAIL", "VEHICLE")
LABELS = (
    "PERSON",
    *IDENTIFIER_LABELS,
    "URL",
    "DATE_OF_BIRTH",
    "POLICE_REF",
    "COLLAR_NUMBER",
    "ADDRESS",
    "INSTITUTION",
    "PLACE",
)

MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]  # fmt: skip


@dataclass(frozen=True)
class Gold:
    """One span that must be redacted."""

    start: int
    end: int
    label: str
    form: str  # name form for PERSON, a sub-kind for the others
    text: str
    role: str | None = None  # cast role for PERSON (and personal identifiers)
    registered: bool = False  # the person is on the case's register
    tags: tuple[str, ...] = ()  # origin:<x>, nonanglo, wordname, hyphenated


@dataclass
class Person:
    role: str
    gender: str
    first: N.FirstName
    surname: str
    surname_origin: str
    surname_word: bool
    title: str
    ids: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (text, form)

    @property
    def full(self) -> str:
        return f"{self.first.name} {self.surname}"

    @property
    def registered(self) -> bool:
        return self.role in REGISTERED_ROLES


@dataclass
class Document:
    id: str
    case_id: str
    pool: str
    kind: str
    text: str
    gold: list[Gold]

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass
class Case:
    id: str
    pool: str
    cast: dict[str, Person]
    documents: list[Document]

    def register_people(self) -> list[dict[str, Any]]:
        """The register a panel would keep: victim, perpetrator and family."""
        out: list[dict[str, Any]] = []
        for role in REGISTERED_ROLES:
            p = self.cast[role]
            aliases = sorted({p.first.nick} - {p.first.name})
            out.append(
                {
                    "name": p.full,
                    "aliases": aliases,
                    "role": ROLE_NAMES[role],
                    "pseudonym": PSEUDONYMS[role],
                    "details": {k: v[0] for k, v in p.ids.items()},
                }
            )
        return out


def ambiguous_names(cast: dict[str, Person]) -> set[str]:
    """Name strings (casefolded) that more than one cast member answers to, such as the
    surname the victim shares with her mother: no system can tell those mentions apart."""
    seen: dict[str, int] = {}
    for p in cast.values():
        for token in {p.first.name, p.first.nick, p.surname, p.full}:
            seen[token.casefold()] = seen.get(token.casefold(), 0) + 1
    return {t for t, n in seen.items() if n > 1}


# --- identifiers -------------------------------------------------------------------


def nhs_number(rng: random.Random) -> str:
    """Ten digits whose last is the mod-11 check digit (never 10)."""
    while True:
        digits = [rng.randint(0, 9) for _ in range(9)]
        if digits[0] == 0:
            continue
        total = sum(d * (10 - i) for i, d in enumerate(digits))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check == 10:
            continue
        return "".join(map(str, digits)) + str(check)


def nhs_valid(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    if len(digits) != 10:
        return False
    check = 11 - sum(d * (10 - i) for i, d in enumerate(digits[:9])) % 11
    return (0 if check == 11 else check) == digits[9]


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD_PREFIXES = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def ni_number(rng: random.Random) -> str:
    while True:
        prefix = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if prefix not in NI_BAD_PREFIXES:
            break
    digits = "".join(str(rng.randint(0, 9)) for _ in range(6))
    suffix = rng.choice("ABCD")
    if rng.random() < 0.5:
        return f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"
    return f"{prefix}{digits}{suffix}"


INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def postcode(rng: random.Random) -> tuple[str, str]:
    area = rng.choice(N.POSTCODE_AREAS)
    outward = f"{area}{rng.randint(1, 33)}"
    inward = f"{rng.randint(1, 9)}{rng.choice(INWARD_LETTERS)}{rng.choice(INWARD_LETTERS)}"
    return f"{outward} {inward}", outward


def phone(rng: random.Random) -> tuple[str, str]:
    """Numbers from Ofcom's ranges reserved for drama."""
    n3 = f"{rng.randint(0, 999):03d}"
    kind = rng.randrange(6)
    if kind == 0:
        return f"07700 900{n3}", "mobile"
    if kind == 1:
        return f"07700900{n3}", "mobile"
    if kind == 2:
        return f"+44 7700 900{n3}", "mobile"
    if kind == 3:
        return f"07700 900 {n3}", "mobile"
    if kind == 4:
        return f"01632 960{n3}", "landline"
    return f"0161 496 0{n3}", "landline"


VRM_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXY"


def vehicle(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.8:
        area = rng.choice("ABCDEFGHKLMNOPRSVWY") + rng.choice(VRM_LETTERS)
        age = rng.choice([f"{y:02d}" for y in range(2, 24)] + [f"{y}" for y in range(51, 74)])
        rand = "".join(rng.choice("ABCDEFGHJKLMNOPRSTUVWXYZ") for _ in range(3))
        return f"{area}{age} {rand}", "current"
    letter = rng.choice("LMNPRSTVWXY")
    rand = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXY") for _ in range(3))
    return f"{letter}{rng.randint(1, 999)} {rand}", "prefix"


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def fmt_date(rng: random.Random, year_lo: int = 2016, year_hi: int = 2023) -> str:
    y, m, d = rng.randint(year_lo, year_hi), rng.randint(1, 12), rng.randint(1, 28)
    return _date_text(rng, y, m, d)


def _date_text(rng: random.Random, y: int, m: int, d: int) -> str:
    k = rng.randrange(3)
    if k == 0:
        return f"{d} {MONTHS[m - 1]} {y}"
    if k == 1:
        return f"{d:02d}/{m:02d}/{y}"
    return f"{d:02d}.{m:02d}.{y}"


# --- the cast ----------------------------------------------------------------------


def _pick_first(rng: random.Random, pool: N.NamePool, gender: str) -> N.FirstName:
    word = rng.random() < 0.3
    if gender == "f":
        return rng.choice(pool.female_word if word else pool.female)
    return rng.choice(pool.male_word if word else pool.male)


def _pick_surname(rng: random.Random, pool: N.NamePool) -> N.Surname:
    return rng.choice(pool.surnames_word if rng.random() < 0.25 else pool.surnames)


def _title(rng: random.Random, gender: str, role: str) -> str:
    if role == "GP":
        return "Dr"
    if gender == "m":
        return "Mr"
    return rng.choice(["Mrs", "Ms", "Miss"])


def make_cast(rng: random.Random, pool_name: str) -> dict[str, Person]:
    pool = N.name_pool(pool_name)
    family = _pick_surname(rng, pool)
    partner = _pick_surname(rng, pool)
    while partner == family:
        partner = _pick_surname(rng, pool)
    genders = {
        "V": "f", "P": "m", "C": rng.choice("fm"), "M": "f", "S": "f", "FR": "f", "EX": "f",
    }  # fmt: skip
    cast: dict[str, Person] = {}
    used_first: set[str] = set()
    for role in ROLE_NAMES:
        gender = genders.get(role) or rng.choice("fm")
        first = _pick_first(rng, pool, gender)
        while first.name in used_first:
            first = _pick_first(rng, pool, gender)
        used_first.add(first.name)
        if role in ("V", "M", "S"):
            sur = family
            surname, origin, word = sur.for_gender(gender), sur.origin, sur.word
        elif role == "P":
            sur = partner
            surname, origin, word = sur.for_gender(gender), sur.origin, sur.word
        elif role == "C":
            a, b = family.for_gender(gender), partner.for_gender(gender)
            choice = rng.randrange(3)
            surname = f"{b}-{a}" if choice == 0 else (b if choice == 1 else a)
            origin = partner.origin if choice < 2 else family.origin
            word = (partner.word and choice < 2) or (family.word and choice != 1)
        else:
            sur = _pick_surname(rng, pool)
            if rng.random() < 0.07:
                other = _pick_surname(rng, pool)
                while other == sur:
                    other = _pick_surname(rng, pool)
                surname = f"{sur.for_gender(gender)}-{other.for_gender(gender)}"
                word = sur.word or other.word
            else:
                surname, word = sur.for_gender(gender), sur.word
            origin = sur.origin
        person = Person(role, gender, first, surname, origin, word, _title(rng, gender, role))
        _give_identifiers(rng, person, pool)
        cast[role] = person
    return cast


def _give_identifiers(rng: random.Random, p: Person, pool: N.NamePool) -> None:
    nhs = nhs_number(rng)
    nhs_text = f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}" if rng.random() < 0.7 else nhs
    p.ids["nhs"] = (nhs_text, "nhs")
    p.ids["ni"] = (ni_number(rng), "ni")
    year = rng.randint(2008, 2019) if p.role == "C" else rng.randint(1950, 2002)
    p.ids["dob"] = (_date_text(rng, year, rng.randint(1, 12), rng.randint(1, 28)), "dob")
    p.ids["phone"] = phone(rng)
    local = ascii_fold(f"{p.first.name}.{p.surname}").lower().replace("'", "").replace(" ", "")
    if rng.random() < 0.5:
        local = f"{local}{rng.randint(1, 99)}"
    p.ids["email"] = (f"{local}@{rng.choice(N.EMAIL_DOMAINS)}", "email")
    handle = ascii_fold(f"{p.first.nick}{p.surname[:3]}").lower().replace("'", "")
    p.ids["url"] = (
        rng.choice(
            [
                f"https://www.facebook.com/{local.split('@')[0]}",
                f"www.instagram.com/{handle}_{rng.randint(1, 99)}",
                f"https://www.gofundme.com/f/justice-for-{ascii_fold(p.first.name).lower()}",
                f"tiktok.com/@{handle}",
            ]
        ),
        "url",
    )
    p.ids["vrm"] = vehicle(rng)
    if rng.random() < 0.4:
        address = (
            f"Flat {rng.randint(1, 40)}, {rng.choice(pool.blocks)}, {rng.choice(pool.streets)}"
        )
        p.ids["address"] = (address, "flat")
    else:
        p.ids["address"] = (f"{rng.randint(1, 220)} {rng.choice(pool.streets)}", "street")
    full, outward = postcode(rng)
    p.ids["postcode"] = (full, "full")
    p.ids["pcpart"] = (outward, "partial")
    p.ids["collar"] = (str(rng.randint(100, 9999)), "collar")


ID_LABELS = {
    "nhs": "NHS_NUMBER",
    "ni": "NI_NUMBER",
    "dob": "DATE_OF_BIRTH",
    "phone": "PHONE",
    "email": "EMAIL",
    "url": "URL",
    "vrm": "VEHICLE",
    "address": "ADDRESS",
    "postcode": "POSTCODE",
    "pcpart": "POSTCODE",
}


# --- composing text with gold spans ------------------------------------------------

Piece = tuple[str, dict[str, object] | None]  # text, gold attributes or None


class Composer:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.gold: list[Gold] = []
        self.pos = 0

    def add(self, text: str, gold: dict[str, object] | None = None) -> None:
        if gold is not None:
            self.gold.append(
                Gold(
                    start=self.pos,
                    end=self.pos + len(text),
                    text=text,
                    label=str(gold["label"]),
                    form=str(gold["form"]),
                    role=gold.get("role"),  # type: ignore[arg-type]
                    registered=bool(gold.get("registered", False)),
                    tags=tuple(gold.get("tags", ())),  # type: ignore[arg-type]
                )
            )
        self.parts.append(text)
        self.pos += len(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)


PLACEHOLDER = re.compile(r"\{([A-Z0-9]+)(?:\.([a-z]+))?\}")


@dataclass
class CaseContext:
    cast: dict[str, Person]
    institutions: dict[str, str]
    towns: list[str]


def _name_gold(p: Person, form: str, parts: str) -> dict[str, object]:
    """parts: which name parts the span shows ('f', 's' or 'fs'), for the word tag."""
    tags = [f"origin:{p.first.origin if 'f' in parts else p.surname_origin}"]
    origins = {p.first.origin} if parts == "f" else {p.surname_origin}
    if parts == "fs":
        origins.add(p.first.origin)
    if origins - ANGLO:
        tags.append("nonanglo")
    if ("f" in parts and p.first.word) or ("s" in parts and p.surname_word):
        tags.append("wordname")
    if "s" in parts and "-" in p.surname:
        tags.append("hyphenated")
    return {
        "label": "PERSON",
        "form": form,
        "role": p.role,
        "registered": p.registered,
        "tags": tags,
    }


def person_pieces(p: Person, form: str, rng: random.Random) -> list[Piece]:
    g = _name_gold
    if form in ID_LABELS:
        text, sub = p.ids[form]
        return [(text, {"label": ID_LABELS[form], "form": sub, "role": p.role,
                        "registered": p.registered})]  # fmt: skip
    if form == "full":
        return [(p.full, g(p, "full", "fs"))]
    if form == "tfull":
        return [(f"{p.title} ", None), (p.full, g(p, "full", "fs"))]
    if form == "first":
        return [(p.first.name, g(p, "first", "f"))]
    if form == "surname":
        return [(p.surname, g(p, "surname", "s"))]
    if form == "title":
        return [(f"{p.title} ", None), (p.surname, g(p, "title", "s"))]
    if form == "initial":
        return [(f"{p.title} ", None), (p.surname[0], g(p, "initial", "s"))]
    if form == "nick":
        return [(p.first.nick, g(p, "nick", "f"))]
    if form == "poss":
        return [(p.first.name, g(p, "possessive", "f")), ("'s", None)]
    if form == "sposs":
        return [(f"{p.title} ", None), (p.surname, g(p, "possessive", "s")), ("'s", None)]
    if form == "caps":
        return [(p.full.upper(), g(p, "caps", "fs"))]
    if form == "capsfirst":
        return [(p.first.name.upper(), g(p, "caps", "f"))]
    if form == "lower":
        return [(p.first.name.lower(), g(p, "lowercase", "f"))]
    if form == "lnick":
        return [(p.first.nick.lower(), g(p, "lowercase", "f"))]
    if form == "broken":
        return [(f"{p.first.name}\n{p.surname}", g(p, "linebreak", "fs"))]
    if form == "hyph":
        s = p.surname
        if len(s) >= 5 and "-" not in s:
            k = len(s) // 2
            return [(f"{p.first.name} {s[:k]}-\n{s[k:]}", g(p, "linebreak", "fs"))]
        return [(f"{p.first.name}\n{s}", g(p, "linebreak", "fs"))]
    if form == "officer":
        rank = rng.choice(["PC", "DC", "PS", "DS"])
        collar, _ = p.ids["collar"]
        return [
            (f"{rank} ", None),
            (collar, {"label": "COLLAR_NUMBER", "form": "collar", "role": p.role}),
            (" ", None),
            (p.surname, g(p, "title", "s")),
        ]
    raise ValueError(f"unknown person form {form!r}")


def global_pieces(key: str, ctx: CaseContext, rng: random.Random) -> list[Piece]:
    if key in ctx.institutions:
        return [(ctx.institutions[key], {"label": "INSTITUTION", "form": key.lower()})]
    if key == "TOWN":
        return [(rng.choice(ctx.towns), {"label": "PLACE", "form": "town"})]
    if key == "CRIME":
        ref = f"37/{rng.randint(10000, 99999)}/{rng.randint(16, 23)}"
        return [(ref, {"label": "POLICE_REF", "form": "crime"})]
    if key == "OCC":
        y, m, d = rng.randint(2016, 2023), rng.randint(1, 12), rng.randint(1, 28)
        ref = f"SC-{y}{m:02d}{d:02d}-{rng.randint(1, 9999):04d}"
        return [(ref, {"label": "POLICE_REF", "form": "incident"})]
    if key == "DATE":
        return [(fmt_date(rng), None)]
    if key == "MAYDATE":
        return [(f"{rng.randint(1, 28)} May {rng.randint(2016, 2023)}", None)]
    if key == "TIME":
        return [(f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", None)]
    raise ValueError(f"unknown placeholder {key!r}")


def render(template: str, ctx: CaseContext, rng: random.Random, out: Composer) -> None:
    pos = 0
    for m in PLACEHOLDER.finditer(template):
        if m.start() > pos:
            out.add(template[pos : m.start()])
        key, form = m.group(1), m.group(2)
        pieces = person_pieces(ctx.cast[key], form, rng) if form else global_pieces(key, ctx, rng)
        for text, gold in pieces:
            out.add(text, gold)
        pos = m.end()
    if pos < len(template):
        out.add(template[pos:])


def make_context(rng: random.Random, pool_name: str) -> CaseContext:
    pool = N.name_pool(pool_name)
    stems = rng.sample(pool.stems, 4)
    institutions = {
        "SCHOOL": f"{stems[0]} {rng.choice(N.SCHOOL_KINDS)}",
        "SURGERY": f"{stems[1]} {rng.choice(N.SURGERY_KINDS)}",
        "CAREHOME": f"{stems[2]} {rng.choice(N.CAREHOME_KINDS)}",
        "WORK": f"{stems[3]} {rng.choice(N.WORK_KINDS)}",
        "PUB": rng.choice(pool.pubs),
    }
    return CaseContext(make_cast(rng, pool_name), institutions, rng.sample(pool.towns, 3))


# --- documents -----------------------------------------------------------------------


def _section(
    sec: str, templates: dict[str, list[str]], ctx: CaseContext, rng: random.Random, out: Composer
) -> None:
    render(templates["heading"][SECTIONS.index(sec)], ctx, rng, out)
    out.add("\n\n")
    pool = templates[sec]
    chosen = rng.sample(pool, min(len(pool), rng.randint(3, 9)))  # no sentence twice
    for i, tmpl in enumerate(chosen):
        if i:
            out.add("\n\n" if i % 4 == 0 else " ")
        render(tmpl, ctx, rng, out)
    out.add("\n\n")


def _letter(
    templates: dict[str, list[str]], ctx: CaseContext, rng: random.Random, out: Composer
) -> None:
    render(rng.choice(templates["letter"]), ctx, rng, out)
    out.add("\n\n")


def _texts(
    templates: dict[str, list[str]], ctx: CaseContext, rng: random.Random, out: Composer
) -> None:
    render(rng.choice(templates["texts_intro"]), ctx, rng, out)
    out.add("\n")
    lines = templates["texts"]
    for line in rng.sample(lines, min(len(lines), rng.randint(4, 7))):
        out.add(f"[{fmt_date(rng)} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}] ")
        render(line, ctx, rng, out)
        out.add("\n")
    out.add("\n")


def make_document(
    doc_id: str, case_id: str, pool: str, ctx: CaseContext, rng: random.Random
) -> Document:
    templates = POOLS[pool]
    out = Composer()
    sections = rng.sample(SECTIONS, rng.randint(1, 3))
    for sec in sections:
        _section(sec, templates, ctx, rng, out)
    kind = "+".join(sections)
    if rng.random() < 0.4:
        _letter(templates, ctx, rng, out)
        kind += "+letter"
    if rng.random() < 0.4:
        _texts(templates, ctx, rng, out)
        kind += "+texts"
    return Document(doc_id, case_id, pool, kind, out.text, out.gold)


def build_corpus(pool: str, cases: int, docs_per_case: int = 4, seed: int = 20261127) -> list[Case]:
    """``cases`` cases of ``docs_per_case`` documents each, the same for the same seed."""
    if pool not in POOLS:
        raise ValueError(f"pool must be one of {sorted(POOLS)}, not {pool!r}")
    rng = random.Random(f"{seed}-{pool}")
    out: list[Case] = []
    for c in range(cases):
        ctx = make_context(rng, pool)
        case_id = f"{pool}-{c:03d}"
        docs = [
            make_document(f"{case_id}-{d}", case_id, pool, ctx, rng) for d in range(docs_per_case)
        ]
        out.append(Case(case_id, pool, ctx.cast, docs))
    return out


def build_long_case(words: int = 75_000, pool: str = "test", seed: int = 75000) -> Case:
    """One case whose single document has at least ``words`` words (a long IMR bundle)."""
    rng = random.Random(f"{seed}-{pool}-long")
    ctx = make_context(rng, pool)
    templates = POOLS[pool]
    out = Composer()
    n = 0
    while len(out.text.split()) < words:  # cheap enough: checked once per block of sections
        for _ in range(20):
            _section(rng.choice(SECTIONS), templates, ctx, rng, out)
            if n % 3 == 0:
                _letter(templates, ctx, rng, out)
            if n % 4 == 0:
                _texts(templates, ctx, rng, out)
            n += 1
    doc = Document(f"{pool}-long", f"{pool}-long", pool, "long", out.text, out.gold)
    return Case(doc.case_id, pool, ctx.cast, [doc])


def documents(cases: list[Case]) -> Iterator[Document]:
    for case in cases:
        yield from case.documents


# --- things that must NOT be redacted (false-positive bait) --------------------------

DECOYS: dict[str, list[str]] = {
    "agency": [
        "Suffolk Constabulary", "Children's Social Care", "National Probation Service",
        "Emergency Department", "Talking Therapies", "Police National Computer",
    ],
    "legislation": [
        "Domestic Violence, Crime and Victims Act 2004", "Children Act 1989", "section 9",
        "section 17", "Clare's Law", "Building Better Relationships", "Child in Need",
        "non-molestation order",
    ],
    "acronym": ["MARAC", "IDVA", "DASH", "MASH", "DVPN", "OASys", "NHS", "PE", "IT"],
    "pseudonym": ["Adult A", "Adult B"],
    "role": [
        "the Chair", "Designated Safeguarding Lead", "Offender Manager", "Social Worker",
        "Practice Manager", "Attendance Officer",
    ],
    "word": [
        "May", "may", "will", "hope", "hoped", "rose", "summer", "Summer", "frank",
        "Mum", "Mummy", "Daddy", "Facebook", "Vauxhall Astra",
    ],
}  # fmt: skip


def decoy_spans(doc: Document) -> list[tuple[int, int, str]]:
    """(start, end, kind) for each decoy occurrence that lies outside every gold span."""
    covered = bytearray(len(doc.text))
    for g in doc.gold:
        covered[g.start : g.end] = b"\x01" * (g.end - g.start)
    out = []
    for kind, terms in DECOYS.items():
        for term in terms:
            flags = 0 if kind == "word" else re.IGNORECASE
            if kind in ("acronym", "word"):
                flags = 0
            for m in re.finditer(rf"(?<!\w){re.escape(term)}(?!\w)", doc.text, flags):
                if not any(covered[m.start() : m.end()]):
                    out.append((m.start(), m.end(), kind))
    return out
