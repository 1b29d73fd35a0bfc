"""UK pattern recognisers, each validated where a rule exists.

Every recogniser is one compiled regular expression scanned once over the
text (linear time), plus a validation function where the identifier has one.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import Any

from .fastre import compile_guarded, finditer
from .matching import (
    ARTICLES,
    CHAT_STAMP,
    COMMON_LOWER,
    CONTRACTION_ENDS,
    DETERMINERS,
    ENDEARMENTS,
    KIN_WORDS,
    MODALS,
    PARTICLES,
    STOP_WORDS,
    a_name_follower,
    after_a_determiner,
    lower_case_quotations,
    shared,
)
from .model import Finding
from .vocabulary import (
    ALLOW_PHRASES,
    ALLOW_WORDS,
    CAPS_ACRONYMS,
    COUNTRY_FOLDS,
    DESCRIBING_WORDS,
    FAMILY_WORDS,
    KIN_NOUNS,
    MONTHS,
    NAME_WORD_FREQ,
    NAME_WORDS,
    NOT_A_PERSON,
    PLACE_FOLDS,
    TITLES,
    TRANSCRIPT_ROLES,
    WORD_SURNAMES,
    WORLD_PLACE_FOLDS,
    adjectives,
    adjectives_only,
    adverbs,
    common_words,
    irregular_forms,
    is_ordinary_word,
    nouns,
    ordinary_words,
    past_tense,
    verbs,
)

P = "pattern"

# A capital letter of any Latin alphabet, not only A-Z: "Łukasz", "Ömer",
# "Şahin", "Ștefan" start with one, and "[A-Z][a-z]+" cut "Siobhán" to "Siobh"
# and "Ionuț" to "Ionu" (or missed them). LOWER: a letter that is not one.
_UPPER_CHARS = "".join(
    c
    for c in map(chr, [*range(0x41, 0x250), *range(0x1E00, 0x1F00)])
    if c.isalpha() and c.isupper()
)
UPPER = f"[{_UPPER_CHARS}]"
LOWER = rf"[^\W\d_{_UPPER_CHARS}]"

# --- validators -------------------------------------------------------------


def nhs_number_valid(number: str) -> bool:
    """Modulus 11 check of a 10-digit NHS number (separators ignored)."""
    digits = [int(c) for c in number if c.isdigit()]
    if len(digits) != 10:
        return False
    if len(set(digits)) == 1:  # 0000000000, 1111111111: not issued
        return False
    total = sum(d * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == digits[9]


_NI_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def ni_number_valid(number: str) -> bool:
    """HMRC rules: prefix letters, six digits, suffix A-D."""
    s = re.sub(r"\s", "", number).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s):
        return False
    first, second = s[0], s[1]
    if first in "DFIQUV" or second in "DFIQUVO":
        return False
    return s[:2] not in _NI_BAD_PREFIX


def phone_valid(candidate: str) -> bool:
    digits = re.sub(r"\D", "", candidate)
    if candidate.lstrip().startswith("+"):
        if not digits.startswith("44"):
            return False
        digits = "0" + digits[2:].removeprefix("0")
    if not digits.startswith("0") or digits[1:2] not in {"1", "2", "3", "7", "8", "9"}:
        return False
    if digits.startswith("07"):
        return len(digits) == 11
    return len(digits) in (10, 11)


POSTCODE_AREAS = frozenset(
    [
        "AB",
        "AL",
        "B",
        "BA",
        "BB",
        "BD",
        "BH",
        "BL",
        "BN",
        "BR",
        "BS",
        "BT",
        "CA",
        "CB",
        "CF",
        "CH",
        "CM",
        "CO",
        "CR",
        "CT",
        "CV",
        "CW",
        "DA",
        "DD",
        "DE",
        "DG",
        "DH",
        "DL",
        "DN",
        "DT",
        "DY",
        "E",
        "EC",
        "EH",
        "EN",
        "EX",
        "FK",
        "FY",
        "G",
        "GL",
        "GU",
        "GY",
        "HA",
        "HD",
        "HG",
        "HP",
        "HR",
        "HS",
        "HU",
        "HX",
        "IG",
        "IM",
        "IP",
        "IV",
        "JE",
        "KA",
        "KT",
        "KW",
        "KY",
        "L",
        "LA",
        "LD",
        "LE",
        "LL",
        "LN",
        "LS",
        "LU",
        "M",
        "ME",
        "MK",
        "ML",
        "N",
        "NE",
        "NG",
        "NN",
        "NP",
        "NR",
        "NW",
        "OL",
        "OX",
        "PA",
        "PE",
        "PH",
        "PL",
        "PO",
        "PR",
        "RG",
        "RH",
        "RM",
        "S",
        "SA",
        "SE",
        "SG",
        "SK",
        "SL",
        "SM",
        "SN",
        "SO",
        "SP",
        "SR",
        "SS",
        "ST",
        "SW",
        "SY",
        "TA",
        "TD",
        "TF",
        "TN",
        "TQ",
        "TR",
        "TS",
        "TW",
        "UB",
        "W",
        "WA",
        "WC",
        "WD",
        "WF",
        "WN",
        "WR",
        "WS",
        "WV",
        "YO",
        "ZE",
    ]
)


def postcode_valid(candidate: str) -> bool:
    area = re.match(r"[A-Z]+", candidate.upper())
    return bool(area) and area.group(0) in POSTCODE_AREAS  # type: ignore[union-attr]


# --- expressions ------------------------------------------------------------

_OUTWARD = r"[A-Z]{1,2}\d[A-Z\d]?"
_INWARD = r"\d[ABD-HJLNP-UW-Z]{2}"
POSTCODE_RE = compile_guarded(
    rf"\b({_OUTWARD})[ \t]?({_INWARD})\b", re.IGNORECASE, lines_with=rf"{_INWARD}\b"
)
# An outward code alone ("IP24") is a partial postcode only in context.
PARTIAL_POSTCODE_RE = compile_guarded(
    rf"(?:\b(?:post\s?code(?:\s+district)?|postal\s+district|district|area)\s*(?:of|is|was|:)?\s*)"
    rf"({_OUTWARD})\b(?![ \t]?{_INWARD}\b)"
    rf"|\b({_OUTWARD})\b(?![ \t]?{_INWARD}\b)"
    rf"(?=\s+(?:area|district|postcode|addresse?s?|propert(?:y|ies)|streets?|estates?|"
    rf"neighbou?rhoods?|patch|beat)\b)"
    rf"|(?<=,\s)({_OUTWARD})\b(?![ \t]?{_INWARD}\b)"
    # "his bail address in CB13", "moved to NR5", a licence's "not to enter CO8", "bids
    # limited to areas outside CB1": a two-letter district after where-words (not
    # "B12", "M6" or "CO2", which are other things too)
    rf"|\b(?:in|to|at|from|near|around|within|covering|enter|entering|enters|outside|"
    rf"beyond|inside|into|throughout|across|towards?)"
    rf"\s([A-Z]{{2}}\d[A-Z\d]?)\b"
    rf"(?![ \t]?{_INWARD}\b)(?!\.\d)",
    re.IGNORECASE,
)
NHS_RE = compile_guarded(r"(?<![\d-])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d-])")
NHS_CONTEXT_RE = re.compile(r"NHS|health\s+number|CHI", re.IGNORECASE)
NI_RE = compile_guarded(
    r"\b([A-Z]{2})[ ]?(\d{2})[ ]?(\d{2})[ ]?(\d{2})[ ]?([A-D])\b",
    re.IGNORECASE,
    lines_with=r"\d\d ?\d\d ?\d\d",
)
PHONE_RE = compile_guarded(
    r"(?<![\w+])(?:\+44[ \t]?(?:\(0\)[ \t]?)?\(?\d|\(?0\d)[\d \t\-)(]{7,15}\d(?![\d])"
)
EMAIL_RE = compile_guarded(r"\b[\w.+'-]+@[\w-]+(?:\.[\w-]+)+\b", lines_with="@")
URL_RE = compile_guarded(
    r"\b(?:https?://|www\.)[^\s<>\"'()\[\]]+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:co\.uk|org\.uk|com|net|org|uk|io)/[^\s<>\"'()\[\]]*",
    re.IGNORECASE,
    lines_with=r"://|www\.|\.(?:co\.uk|org\.uk|com|net|org|uk|io)/",
)
SAFE_URL_RE = re.compile(
    r"(?:\.gov\.uk|\.nhs\.uk|\.police\.uk|\.gov\.wales|\.llyw\.cymru|\.gov\.scot"
    r"|\.parliament\.uk|\.ac\.uk)(?:/|$)"
    r"|^(?:https?://)?(?:www\.)?[\w-]+\.(?:org\.uk|ac\.uk|org)/?$"  # an organisation's home page
    r"|^(?:https?://)?(?:www\.)?safer[\w-]*\.",  # a "Safer Leeds" partnership's own site
    re.I,
)
VEHICLE_RE = re.compile(
    r"\b[A-HJ-PR-Y][A-HJ-PR-Y]\s?(?:0[2-9]|[1-9]\d)\s?[A-HJ-PR-Z]{3}\b"  # AB12 CDE (2001-)
)
VEHICLE_PREFIX_RE = re.compile(r"\b[A-HJ-NP-Y]\d{1,3}\s?[A-HJ-PR-Y]{3}\b")  # R123 ABC (1983-2001)
VEHICLE_CONTEXT_RE = re.compile(
    r"\b(?:registration|reg(?:istration)?\.?\s*(?:no|number|mark)?|VRM|vehicle|car|van|index)"
    r"[\s:.,]*(?:(?:number|mark|no\.?)\s*)?(?:was\s+|is\s+|of\s+)?"
    r"([A-Z]{1,3}\s?\d{1,4}\s?[A-Z]{0,3})\b"
)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
DATE = (
    rf"(?:\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:\d{{4}}|\d{{2}})"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\.?,?\s+\d{{4}}"
    rf"|{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
)
DOB_RE = compile_guarded(
    rf"\b(?:D\.?O\.?B\b\.?|date\s+of\s+birth|born|birth\s*date|b\.)[^.\n\d]{{0,40}}?({DATE})",
    re.IGNORECASE,
)
POLICE_REF_RE = compile_guarded(
    r"\b(?:crime|incident|log|occurrence|CAD|URN|niche|athena|storm|case|reference|ref)\.?"
    r"(?:\s+(?:number|no\.?|ref(?:erence)?|#))?\s*(?:was|is|of)?\s*[:\-#]?\s*"
    r"((?=[A-Z0-9/\-]*\d[A-Z0-9/\-]*\d[A-Z0-9/\-]*\d)[A-Z0-9][A-Z0-9/\-]{3,}[A-Z0-9])",
    re.IGNORECASE,
)
POLICE_REF_BARE_RE = compile_guarded(
    r"\b(?:[A-Z]{2,4}/\d{3,8}/\d{2,4}|\d{1,3}/\d{4,8}/\d{2,4}|[A-Z]{2}\d{8,12}"
    r"|[A-Z]{2,4}-\d{6,8}-\d{3,6})\b"  # "SC-20210915-5854": a log's date and serial
)
COLLAR_RE = compile_guarded(
    r"\b(?:PC|DC|PS|DS|Sgt|Sergeant|Constable|PCSO|Inspector|Insp|officer|"
    r"collar(?:\s+number)?|shoulder(?:\s+number)?|warrant\s+number)\.?\s*(?:no\.?|number)?\s*[:#]?\s*(\d{2,6})\b",
    re.IGNORECASE,
)
_STREET_TYPES = (
    r"Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Drive|Dr|Way|Court|Ct|Crescent|Cres|Place|Pl|"
    r"Gardens|Gdns|Grove|Terrace|Hill|Park|Square|Sq|Mews|Row|Walk|View|Rise|Green|Parade|"
    r"Meadow|Meadows|Fields|Vale|Chase|Wharf|Yard|Boulevard|Estate|Lodge|Croft|End|Gate|Wynd|"
    r"Heights|Approach|Circus|Hollow|Orchard|Paddock|Copse|Dell|Glade|Leys|Nook|Bank|Brow|Fold|"
    r"Esplanade|Promenade|Quay|Embankment|Causeway|Precinct|Arcade"
)
_CAPWORD = rf"{UPPER}(?:[^\W\d_]|['’\-])+"
_FLAT = r"(?:Flat|Apartment|Apt|Unit|Room|Suite)\s+\d+[A-Za-z]?,?\s+"
# What a block of flats is called after its name ("Waterside Lofts", "Albion Mill").
_BLOCK_KINDS = (
    r"House|Court|Lodge|Mansions|Tower|Building|Heights|Mews|Point|Apartments|Place|Gardens|"
    r"Hall|Cottages?|Farm|Loft|Mill|Works|Studios?|Chambers|Residences?|Wharf|Quay|Plaza"
)
_BUILDING = (
    rf"(?:(?:{_CAPWORD}\s+){{1,3}}(?:{_BLOCK_KINDS})s?"
    rf"|(?:Tŷ|Plas)\s+{_CAPWORD}(?:\s+{_CAPWORD})?),?\s+"  # Welsh puts the kind first
)
_BUILDING_NAME = rf"(?:{_CAPWORD}\s+){{1,3}}(?:{_BLOCK_KINDS})s?\b"
_NUMBER = r"(?!(?:19|20)\d\d\b)\d{1,4}[A-Za-z]?(?:-\d{1,4})?,?\s+"
# Welsh street names put the type first: "Heol y Nant", "Ffordd Las", "Lôn Fawr".
_WELSH_STREET_TYPES = r"Heol|Ffordd|Lôn|Stryd|Rhodfa|Cilgant|Teras|Clos|Maes|Ystad|Llwybr"
_WELSH_STREET = (
    rf"(?:{_WELSH_STREET_TYPES})\s+(?:(?:y|yr|ar|dan|uwch|pen)\s+)?{_CAPWORD}(?:\s+{_CAPWORD})?"
)
# ... or a street named "-gate" in the old Norse way ("124 Wide Bargate", "166 Northgate")
_STREET = (
    # "Front Street East", "Station Road North": a street's compass half after its type
    rf"(?:(?:{_CAPWORD}\s+){{1,3}}(?:{_STREET_TYPES})\b"
    rf"(?:[ \t]+(?:North|South|East|West)\b(?![ \t]+{UPPER}))?\.?"
    rf"|{_WELSH_STREET}\b"
    rf"|(?:{_CAPWORD}\s+)?[A-Z][a-z]{{2,}}gate\b)"
)
_POSTCODE_AHEAD = rf"(?=,?\s+(?:[A-Z][a-z]+(?:[ -][A-Za-z]+){{0,3}},?\s+)?{_OUTWARD}\s?{_INWARD}\b)"
ADDRESS_RE = re.compile(
    rf"\b{_FLAT}(?:{_BUILDING})?(?:{_NUMBER})?{_STREET}"
    rf"|\b{_FLAT}{_BUILDING_NAME}"
    rf"|\b{_NUMBER}{_STREET}"
    rf"|\b{_NUMBER}(?:{_CAPWORD}\s+){{0,2}}{_CAPWORD}{_POSTCODE_AHEAD}"
)
# A street with no number, after its building if one is named, as an address gives it
# before a town and postcode ("County Hall, Topsham Road,").
BARE_STREET_ADDRESS_RE = compile_guarded(
    rf"\b(?:(?:(?!(?:Council|Police|Trust|Service|Team)\b){_CAPWORD}\s+){{0,2}}(?:Hall|House|Court|Lodge|Mansions|Tower|Building|"
    rf"Offices|Chambers|Centre),\s+)?(?:{_CAPWORD}\s+){{1,3}}(?:{_STREET_TYPES})\b\.?(?=,)"
)
TOWN_BEFORE_POSTCODE_RE = compile_guarded(
    rf"(?:(?<=,)|(?<=\n))[ \t]*([A-Z][a-z]+(?:(?:-on-|-upon-|-le-|-by-|-in-| St | upon | on | |-)"
    rf"[A-Z][a-z]+){{0,3}})(?=,?[ \t]+{_OUTWARD}[ \t]?{_INWARD}\b)"
)
PLACE_AFTER_CUE_RE = compile_guarded(
    r"\b(?:in|to|near|from|at|outside|around|into)\s+("
    r"(?:Great|Little|East|West|North|South|Upper|Lower|Old|New|Kings?|King's|Market|Long|High)"
    r"\s+[A-Z][a-z]+"
    r"|[A-Z][a-z]+(?:(?:-on-|-upon-|-le-|-by-|-in-|-next-the-| St | upon | on )[A-Z][a-z]+)+)"
)
PUB_THE_RE = compile_guarded(
    r"\b(?:in|at|outside|near|from|to|into|visited|frequented|behind|opposite)\s+"
    # a pub's name joins its two things: "The Bull and Bladder", "The Jug of Ale"
    r"(The\s+(?:[A-Z][a-z]+(?:['’]s)?\s+){0,2}[A-Z][a-z]+(?:\s+(?:and|&|of)\s+(?:the\s+)?[A-Z][a-z]+)?)"
    r"\b(?!\s+(?:Act|Council|Trust|Service|Constabulary|Police))"
)
WORKPLACE_RE = re.compile(
    r"\b(?:work(?:ed|s|ing)?|job|employed|employment|placement|shifts?)\s+(?:at|for|with|by)\s+"
    r"((?:[A-Z][\w'’&-]*\s+){0,3}[A-Z][\w'’&-]*)"
)
STREET_BARE_RE = compile_guarded(
    rf"\b(?:on|in|at|of|from|to|near|off|along|into|past|down|up|opposite|behind|towards|enter)"
    rf"\s+((?:{_CAPWORD}\s+){{1,2}}"
    r"(?:Street|Road|Lane|Avenue|Close|Drive|Crescent|Gardens|Grove|Terrace|Mews|Way|Court|Rise)"
    rf"|{_WELSH_STREET})\b"
)
_INST_TYPES = (
    r"(?:Primary|Secondary|Junior|Infant|Infants|High|Grammar|Community|Special|Church|"
    r"C\s?of\s?E|Catholic|Free)?\s*(?:School|Academy)|College|Sixth\s+Form|Nursery|Pre-School|"
    r"Surgery|Medical\s+Centre|Medical\s+Practice|Health\s+Centre|Family\s+Practice|Practice|"
    r"Care\s+Home|Nursing\s+Home|Residential\s+Home|Rest\s+Home|Care\s+Centre|"
    r"Arms|Inn|Tavern|Social\s+Club|Working\s+Men's\s+Club|Hotel|Ltd|Limited|plc|LLP|"
    r"Garage|Motors|Builders(?:\s+Merchants)?|Logistics|Haulage|Farm|Leisure\s+Centre|Gym|Salon|"
    r"Barbers|Cafe|Café|Distribution\s+Centre|Fulfilment\s+Centre|Depot|Warehouse|Foods|"
    r"Packhouse|Cash\s+and\s+Carry|Cleaning(?:\s+Services)?|Security\s+Services"
)
# Every title, as written and shouted, longest first: one alternation for every pattern.
TITLE_ALT = "|".join(
    sorted({t for t in TITLES} | {t.upper() for t in TITLES}, key=len, reverse=True)
)
INSTITUTION_RE = compile_guarded(
    # on one line: "To: Dr Scoop Vinnikau\nFrampton Surgery" is a person, then a surgery
    rf"\b(?:(?:St\.?|Saint)[ \t]+)?(?!(?:{TITLE_ALT})\b)"
    rf"(?:{_CAPWORD}(?:'s)?[ \t]+(?:(?:&|the)[ \t]+)?){{1,4}}(?:{_INST_TYPES})\b"
    # not the first words of a body named by its ending: "Vulnerability Knowledge &
    # Practice Programme", "Good Practice Network"
    r"(?![ \t]+(?:Programme|Project|Partnership|Network|Framework|Initiative|Scheme|Hub|"
    r"Forum|Consortium|Collaborative)\b)"
)
PUB_RE = compile_guarded(rf"\b[Tt]he\s+((?:{_CAPWORD}\s+){{1,3}})(?=(?:pub|public\s+house|bar)\b)")
_NAMEWORD = rf"{UPPER}(?:[^\W\d_]|['’\-])*{LOWER}(?:[^\W\d_]|['’\-])*"
# lower-case particles inside a name: "Dr Van der Merwe", "Mr de la Cruz"
PARTICLE_RUN = rf"(?:(?:{'|'.join(sorted(PARTICLES, key=len, reverse=True))})[ \t]+)+"
TITLE_NAME_RE = compile_guarded(
    rf"\b(?:{TITLE_ALT})\.?(?:[ \t]*\n)?[ \t]*(?<=\s)(?:\d{{2,6}}\s+)?"
    rf"(?:(?:{PARTICLE_RUN})?(?:{_NAMEWORD}|[A-Z]{{2,}}(?:-[A-Z]{{2,}})?|{UPPER}\.?)"
    rf"(?:[ \t]+(?!(?:{TITLE_ALT})\b)(?:{PARTICLE_RUN})?"
    rf"(?:{_NAMEWORD}|[A-Z]{{2,}}|{UPPER}\.?)(?![\w\-])){{0,2}})"
    rf"(?![\w\-])"
)
# The people RELATION_RE names a person by; its other words are ways of naming ("aka",
# "known as", "nickname", "gave his name as"), which quote a name whatever its word.
RELATIVES = frozenset(
    ["son", "daughter", "mother", "father", "mum", "dad", "brother", "sister", "partner",
     "ex-partner", "wife", "husband", "ex-wife", "ex-husband", "boyfriend", "girlfriend",
     "ex-boyfriend", "ex-girlfriend", "friend", "aunt", "uncle", "cousin", "grandmother",
     "grandfather", "grandson", "granddaughter", "nan", "niece", "nephew", "neighbour",
     "colleague", "stepfather", "stepmother", "stepson", "stepdaughter", "child"]
)  # fmt: skip
RELATION_RE = compile_guarded(
    rf"\b(?:{'|'.join(sorted(RELATIVES, key=len, reverse=True))}|"
    r"named|called|known\s+(?:to\s+\w+\s+)?as|nicknamed|"
    r"aka|a\.k\.a\.|née|nee|maiden\s+name|nickname|including|[Ff]riends\s+of|"
    r"(?:gave|giving|gives)\s+(?:her|his|their)\s+name\s+as|(?:introduced|calling|called)\s+"
    r"(?:herself|himself|themselves)(?:\s+as)?|"
    r"Yours\s+(?:sincerely|faithfully|truly)|[Kk]ind\s+regards|[Bb]est\s+wishes|Regards|Signed|Dear|Re:|addressed\s+to|"
    r"Take\s+care(?=,?[ \t]*\n)|"
    r"(?:names|lists|noted\s+that|recorded\s+that|said\s+that|told\s+\w+\s+that|reported\s+that))"
    r"[,:]?\s+[\"“‘'(]?"
    rf"((?:{_NAMEWORD})(?:[ \t]+{_NAMEWORD}){{0,2}})"
)


Recogniser = Callable[[str], Iterator[Finding]]


def _f(m: re.Match[str], group: int, label: str, confidence: float) -> Finding:
    return Finding(m.start(group), m.end(group), label, m.group(group), P, confidence)


def find_nhs(text: str) -> Iterator[Finding]:
    for m in NHS_RE.finditer(text):
        if nhs_number_valid(m.group(0)):
            yield _f(m, 0, "NHS_NUMBER", 0.99)
        elif NHS_CONTEXT_RE.search(text, max(0, m.start() - 30), m.start()):
            yield _f(m, 0, "NHS_NUMBER", 0.7)


NI_CONTEXT_RE = re.compile(r"\bNI\b|NINO|national\s+insurance", re.IGNORECASE)


def find_ni(text: str) -> Iterator[Finding]:
    for m in finditer(NI_RE, text):
        if not ni_number_valid(m.group(0)):
            if NI_CONTEXT_RE.search(text, max(0, m.start() - 40), m.start()):
                yield _f(m, 0, "NI_NUMBER", 0.7)
            continue
        if True:
            upper = m.group(0).isupper() or m.group(0).replace(" ", "")[2:8].isdigit()
            yield _f(m, 0, "NI_NUMBER", 0.99 if upper else 0.8)


def find_postcodes(text: str) -> Iterator[Finding]:
    for m in finditer(POSTCODE_RE, text):
        if postcode_valid(m.group(1)) and (
            m.group(0).isupper() or "postcode" in text[max(0, m.start() - 20) : m.start()].lower()
        ):
            yield _f(m, 0, "POSTCODE", 0.99)
    for m in PARTIAL_POSTCODE_RE.finditer(text):
        g = next(i for i in (1, 2, 3, 4) if m.group(i))
        if (
            m.group(g).isupper()
            and postcode_valid(m.group(g))
            and any(c.isdigit() for c in m.group(g))
        ):
            yield _f(m, g, "POSTCODE", 0.8)
    for m in OUTWARD_LINE_RE.finditer(text):
        code = m.group(1)
        above = max(0, m.start() - 1)  # the newline before the code
        line_start = text.rfind("\n", 0, above) + 1
        if postcode_valid(code) and STREET_LINE_END_RE.search(text, line_start, above):
            yield _f(m, 1, "POSTCODE", 0.8)  # "219 Chine Road\nCO1\n\nDear Mr…"


# An outward code alone on its line under a street's line: an address block's last
# line, the inward code left off.
OUTWARD_LINE_RE = re.compile(rf"(?<=\n)[ \t]*({_OUTWARD})[ \t]*(?=\n|$)")
STREET_LINE_END_RE = re.compile(rf"\b(?:{_STREET_TYPES})\b\.?,?[ \t]*$")


def find_phones(text: str) -> Iterator[Finding]:
    for m in PHONE_RE.finditer(text):
        candidate = m.group(0)
        # trim an unbalanced trailing bracket / separator run
        if phone_valid(candidate):
            yield _f(m, 0, "PHONE", 0.99)


def find_emails(text: str) -> Iterator[Finding]:
    for m in finditer(EMAIL_RE, text):
        yield _f(m, 0, "EMAIL", 0.99)


def find_urls(text: str) -> Iterator[Finding]:
    for m in finditer(URL_RE, text):
        url = m.group(0).rstrip(".,;:!?")
        if ("@" in url and "/" not in url.split("@")[0]) or SAFE_URL_RE.search(url):
            continue  # an email address, or a government site
        yield Finding(m.start(), m.start() + len(url), "URL", url, P, 0.95)


# Three-letter initials of agencies and teams, which no prefix plate is read as: the
# allowlist's ("CPS", "DWP", "OMU") and those it lacks.
AGENCY_INITIALS = frozenset(
    p for p in ALLOW_PHRASES if len(p) == 3 and p.isalpha() and p.isupper()
) | {"CSC", "DSL", "ASC", "YOT", "MHS", "SPA", "CAB", "MSP", "SAB"}


def find_vehicles(text: str) -> Iterator[Finding]:
    for m in VEHICLE_RE.finditer(text):
        yield _f(m, 0, "VEHICLE", 0.95)
    for m in VEHICLE_PREFIX_RE.finditer(text):
        if m.group(0)[-3:] in AGENCY_INITIALS:
            continue  # "A3 CSC — update on the s47": an action list's third, for CSC
        yield _f(m, 0, "VEHICLE", 0.85)
    for m in VEHICLE_CONTEXT_RE.finditer(text):
        plate = m.group(1).strip()
        if any(c.isdigit() for c in plate) and any(c.isalpha() for c in plate) and len(plate) >= 4:
            yield Finding(m.start(1), m.start(1) + len(plate), "VEHICLE", plate, P, 0.8)


# "CHARITY GWILLIAM 22.09.1993 – 20 November 2018": a life's dates, birth first.
LIFESPAN_RE = compile_guarded(rf"(?<![\d/.\-])({DATE})[ \t]*[–—-][ \t]*({DATE})(?![\d/.\-])")
YEAR_RE = re.compile(r"(\d{4})\b|[/.\-](\d{2})$")


# "Shirin (13 August 2019)", "Pupil file: Vashti Wickramasinghe (12.10.2011)": a
# date in brackets right after a name is that person's date of birth.
NAME_DATE_RE = compile_guarded(rf"({UPPER}[^\W\d_]+)[ \t]+\(({DATE})\)")


def find_dobs(text: str) -> Iterator[Finding]:
    for m in DOB_RE.finditer(text):
        yield _f(m, 1, "DATE_OF_BIRTH", 0.95)
    for m in NAME_DATE_RE.finditer(text):
        if _namelike(m.group(1)) or MAC_RE.fullmatch(m.group(1)):
            yield _f(m, 2, "DATE_OF_BIRTH", 0.8)
    for m in LIFESPAN_RE.finditer(text):
        born, died = _year(m.group(1)), _year(m.group(2))
        if born is not None and died is not None and died - born >= 14:
            yield _f(m, 1, "DATE_OF_BIRTH", 0.85)  # a range of years, not a timeline's weeks


def _year(date: str) -> int | None:
    m = YEAR_RE.search(date)
    if m is None:
        return None
    if m.group(1):
        return int(m.group(1))
    yy = int(m.group(2))
    return 2000 + yy if yy < 30 else 1900 + yy


# "Family engagement log: 10/05/2023, letter to…": a date after the word, not its number
DATE_RE = re.compile(DATE)


def find_police_refs(text: str) -> Iterator[Finding]:
    for m in POLICE_REF_RE.finditer(text):
        if not DATE_RE.fullmatch(m.group(1)):
            yield _f(m, 1, "POLICE_REF", 0.85)
    for m in POLICE_REF_BARE_RE.finditer(text):
        yield _f(m, 0, "POLICE_REF", 0.7)


def find_collars(text: str) -> Iterator[Finding]:
    for m in COLLAR_RE.finditer(text):
        yield _f(m, 1, "COLLAR_NUMBER", 0.9)


# "ended on October 2, Coroner Dr Shirley Radcliffe": the day of a date, not a house
MONTH_BEFORE_RE = re.compile(rf"\b{_MONTH}[ \t]+$")


def find_addresses(text: str) -> Iterator[Finding]:
    for m in ADDRESS_RE.finditer(text):
        if re.match(r"\d{1,2},", m.group(0)) and MONTH_BEFORE_RE.search(
            text, max(0, m.start() - 12), m.start()
        ):
            continue
        end = _address_end(text, m.start() + len(m.group(0).rstrip(".,")))
        span = text[m.start() : end]
        yield Finding(m.start(), end, "ADDRESS", span, P, 0.9)
    for m in STREET_BARE_RE.finditer(text):
        if A_COURT_RE.search(m.group(1)):
            yield replace(_f(m, 1, "INSTITUTION", 0.7), reason=COURT_REASON)
        else:
            yield _f(m, 1, "ADDRESS", 0.7)


COURT_REASON = "a court of law, by its town"
# "at Swansea Crown Court", "to Kettering Coroner's Court": a court of law, not a street
# (still found whole: its town places the case).
_COURT_KINDS = (
    r"(?:Crown|Magistrates['’]?|County|Family|Coroner(?:['’]s|s['’]?)|Youth|Combined|High|Civil)"
)
A_COURT_RE = re.compile(rf"{_COURT_KINDS}\s+Court\Z")


# "Whitley Bay Crown Court": a court's town places the case
COURT_AFTER_RE = re.compile(rf"[ \t]+{_COURT_KINDS}[ \t]+Court\b")
# ... and "Bradford, Crown Court (UK)", "East London Coroners' Court" (Policy.redact_courts)
COURT_NEXT_RE = re.compile(rf",?[ \t]+{_COURT_KINDS}[ \t]+Courts?\b")


# What goes on after a street address, in one finding: another street ("Flat 19, Tannery
# Yard, Victoria Street") and the towns and county the gazetteer knows ("…, Station Road,
# Bury St Edmunds"). Cut short, the rest was a street split into a person and a place
# ("Victoria" and "Street"), or a town split into a place and a saint ("Bury", "St
# Edmunds"), pieces a reader could put back together.
STREET_AFTER_RE = re.compile(rf",[ \t]*(?:{_NUMBER})?{_STREET}")
TOWN_AFTER_RE = re.compile(
    r",[ \t]*([A-Z][a-z]+(?:(?:-on-|-upon-|-le-|-by-|-in-|-next-the-| upon | on |[ -])"
    r"[A-Z][a-z]+){0,3})"
)
# A capitalised word next: what went before begins an organisation's or a name
# ("Ipswich Hospital", "Bury St Edmunds Police"), not an address's last part.
NAME_GOES_ON_RE = re.compile(r"[ \t]+[A-Z][a-z]")


def _address_end(text: str, end: int) -> int:
    """Past each further street, town or county after a comma (three at most); where
    both read, the longer ("Bury St Edmunds" the town, not "Bury St" the street)."""
    for _ in range(3):
        ends = [end]
        street = STREET_AFTER_RE.match(text, end)
        if street is not None:
            ends.append(street.start() + len(street.group(0).rstrip(".")))
        town = TOWN_AFTER_RE.match(text, end)
        known = _gazetteer_place(town.group(1)) if town is not None else ""
        if town is not None and known:
            ends.append(town.start(1) + len(known))
        longest = max(e for e in ends if e == end or not NAME_GOES_ON_RE.match(text, e))
        if longest == end:
            break
        end = longest
    return end


def _gazetteer_place(words: str) -> str:
    """The longest run of `words`, from the first, that the gazetteer holds as a town
    or a county ("Bury St Edmunds" of "Bury St Edmunds Police"), or ""."""
    ends = [m.end() for m in re.finditer(r"[A-Za-z]+", words)]
    for end in reversed(ends):
        if words[:end].casefold() in PLACE_FOLDS:
            return words[:end]
    return ""


# Address blocks (issue 13): a letter's address is redacted whole, building,
# number, street, locality, town, county and postcode, as one finding, rather
# than as pieces a reader could put back together.
BLOCK_STOP_RE = re.compile(
    r"(?:Dear|Re|Ref|Our|Your|Date|Dated|Private|Confidential|Tel|Telephone|Email|Subject|To|"
    r"From|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Rev|Lady|Lord)\b\.?",
)
BLOCK_LINE_RE = re.compile(r"[A-Z0-9][A-Za-z0-9 ,'&().-]{0,60}")
ADDRESS_WORD_RE = re.compile(
    rf"\d|\b(?:{_STREET_TYPES}|{_WELSH_STREET_TYPES}|Flat|Apartment|House|Court|Lodge|Cottage|Farm)\b"
)
INLINE_TAIL_RE = re.compile(r"[A-Za-z ,'-]{0,80}")
MAX_BLOCK_LINES = 6


def block_lines_before(text: str, line_start: int) -> int:
    """Where the address block ending on the line at `line_start` begins: walk
    back over short address-like lines, stopping at a name, a salutation or a
    heading line, a blank line or a sentence."""
    start = line_start
    for _ in range(MAX_BLOCK_LINES - 1):
        if start == 0 or text[start - 1] != "\n":
            break
        prev_start = text.rfind("\n", 0, start - 1) + 1
        line = text[prev_start : start - 1].strip()
        if (
            not line
            or not BLOCK_LINE_RE.fullmatch(line)
            or BLOCK_STOP_RE.match(line)
            or len(line.split()) > 7
        ):
            break
        start = prev_start + (
            len(text[prev_start : start - 1]) - len(text[prev_start : start - 1].lstrip())
        )
    return start


def first_address_line(text: str, start: int, line_start: int) -> int:
    """Skip the block's leading lines until one with a number, street or
    building word: a line before it is the addressee ("Jane Smith"), who stays
    a person with their own pseudonym, not part of the address."""
    while start < line_start:
        end = text.find("\n", start, line_start)
        end = line_start if end < 0 else end
        if ADDRESS_WORD_RE.search(text[start:end]):
            break
        start = end + 1
    return start + len(text[start:line_start]) - len(text[start:line_start].lstrip())


def find_address_blocks(text: str) -> Iterator[Finding]:
    for m in finditer(POSTCODE_RE, text):
        if not postcode_valid(m.group(1)) or not m.group(0).isupper():
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        rest = text[m.end() : len(text) if line_end < 0 else line_end]
        if rest.strip(" \t.,;") == "":
            head = text[line_start : m.start()]
            if head.strip() and not BLOCK_LINE_RE.fullmatch(head.strip(" \t,")):
                start = -1  # a sentence ending in a postcode: handled inline below
            else:
                start = first_address_line(text, block_lines_before(text, line_start), line_start)
                if start < line_start and ADDRESS_WORD_RE.search(text[start:line_start]):
                    yield Finding(start, m.end(), "ADDRESS", text[start : m.end()], P, 0.95)
                    continue
        # In running text: "at 14 Mill Lane, Hadleigh, Suffolk IP7 5AB", or a street
        # with no number after its building ("County Hall, Topsham Road, Exeter, Devon
        # EX2 4QD"), in one finding, not a person "Topsham" and a place "Road".
        for rx in (ADDRESS_RE, BARE_STREET_ADDRESS_RE):
            a = _an_address_before(rx, text, line_start, m.start(), m.end())
            if a is not None:
                yield Finding(a, m.end(), "ADDRESS", text[a : m.end()], P, 0.95)
                break


def _an_address_before(
    rx: re.Pattern[str], text: str, line_start: int, postcode: int, end: int
) -> int | None:
    """Where an address that ends at the `postcode` starts, on its line, if `rx` finds
    one with no more than a town and county between it and the postcode (which `rx`
    may look ahead to, so it reads up to the postcode's `end`)."""
    for a in rx.finditer(text, line_start, end):
        if a.end() > postcode:
            break
        between = text[a.end() : postcode]
        if INLINE_TAIL_RE.fullmatch(between) and len(between.split()) <= 6:
            return a.start()
    return None


# A town whose name joins its parts with English, French or Latin words in lower case
# ("Stockton-on-Tees", "Saltburn-by-the-Sea", "Weston-super-Mare", "Chapel-en-le-Frith"):
# the form is a place's, anywhere ("covering Stockton-on-Tees"), in capitals too. Not
# the linkers of Arabic names ("Abd-el-Kader", "Zia-ul-Haq").
_TOWN_LINKS = r"on|upon|le|la|les|by|the|in|next|super|under|cum|en|sur|sub|juxta|with|at"
COMPOUND_TOWN_RE = compile_guarded(
    rf"\b[A-Z][a-z]+(?:-(?:{_TOWN_LINKS}))+-[A-Z][a-z]+\b"
    rf"|\b[A-Z]{{3,}}(?:-(?:{_TOWN_LINKS.upper()}))+-[A-Z]{{3,}}\b",
    lines_with=rf"-(?:{_TOWN_LINKS}|{_TOWN_LINKS.upper()})-",
)


# Where a building or a place of gathering stands, named after it: "the crematorium in
# Rize", "the community hall in Rēzekne", "the interchange in Kisumu". A town here,
# abroad or a village no gazetteer holds; a country or a month is not.
VENUE_IN_PLACE_RE = compile_guarded(
    r"\bthe[ \t]+(?:[a-z]+[ \t]+){0,2}(?:hall|crematorium|cemetery|church|chapel|mosque|"
    r"temple|gurdwara|synagogue|interchange|station|market|camp|village|factory|hotel|"
    r"hostel|refinery|port|harbour|airport|depot|barracks|prison|orphanage|clinic)"
    rf"[ \t]+(?:in|at|near|outside)[ \t]+({UPPER}{LOWER}+(?:-{UPPER}{LOWER}+)*)"
    r"(?![\w'’-]|[ \t]+(?:\d|[A-Z]))",  # not "the clinic at Leeds General Infirmary"
    lines_with=r"\b(?:in|at|near|outside)[ \t]+[^\W\d_]",
)


def _a_town_by_its_venue(word: str) -> bool:
    low = word.casefold()
    return not (
        low in COUNTRY_FOLDS
        or low in DAYS_MONTHS
        or low in STOP_WORDS
        or low in ALLOW_WORDS
        or word in TITLES
        or word in NOT_NAMES
        or low in NOT_A_PERSON
    )


def find_places(text: str) -> Iterator[Finding]:
    for m in TOWN_BEFORE_POSTCODE_RE.finditer(text):
        yield _f(m, 1, "PLACE", 0.85)
    for m in finditer(VENUE_IN_PLACE_RE, text):
        if _a_town_by_its_venue(m.group(1)):
            yield _f(m, 1, "PLACE", 0.75)
    for m in PLACE_AFTER_CUE_RE.finditer(text):
        yield _f(m, 1, "PLACE", 0.8)
    for m in finditer(COMPOUND_TOWN_RE, text):
        yield _f(m, 0, "PLACE", 0.8)
    yield from _homes_by_their_place(text)
    for m in LONDON_QUARTER_RE.finditer(text):
        if not CAPITALISED_WORD_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()):
            yield _f(m, 1, "PLACE", 0.8)


# "murdered in south London", "from north-west London": a quarter of London where
# someone lived (London alone says too little to be found); not where a body with a
# capitalised name is ("The Gaia Centre in south London")
# A capitalised word just before a point ("Bury" before "St Edmunds", "United" before
# "States", "Centre" before "in south London")
CAPITALISED_WORD_BEFORE_RE = re.compile(r"([A-Z][a-z]+)[ \t]+$")
LONDON_QUARTER_RE = compile_guarded(
    r"\b(?:in|from|near|to|at)[ \t]+((?:north|south|east|west|central)"
    r"(?:-(?:east|west))?[ \t]+London)\b(?![ \t]+[A-Z])"
)


# "at their Sunderland home", "stabbing at Wolverhampton home", "the Standbridge Way
# house": the town or street a home is called by is where someone lived.
HOME_BY_PLACE_RE = compile_guarded(
    r"\b(?:at|in|to|from|outside|near|into)[ \t]+(?:(?:her|his|their|its|the|a)[ \t]+"
    r"(?:(?:family|couple['’]s)[ \t]+)?)?"
    r"((?:(?i:north|south|east|west)[ \t]+)?[A-Z][a-z]+(?:[- \t][A-Z][a-z]+){0,2})"
    r"[ \t]+(?:home|house|flat|bungalow|property|address)\b"
)


def _homes_by_their_place(text: str) -> Iterator[Finding]:
    """A known town (its compass word aside) names a PLACE; a street, an ADDRESS.
    Any other word before "home" may be a family's name or a builder's, left alone."""
    for m in HOME_BY_PLACE_RE.finditer(text):
        words = m.group(1)
        if STREET_END_RE.search(words) and " " in words:
            yield _f(m, 1, "ADDRESS", 0.8)
        elif COMPASS_START_RE.sub("", words).casefold() in PLACE_FOLDS:
            yield _f(m, 1, "PLACE", 0.8)


# A compass word (or "Mid", "Greater") starting a place's name: "north London", "South Wales"
COMPASS_START_RE = re.compile(r"^(?i:north|south|east|west|mid|greater)[ \t]+")
STREET_END_RE = re.compile(rf"\b(?:{_STREET_TYPES})$")


# "The Practice Manager", "seen at The Surgery": an institution's kind after a
# determiner names no institution (the review's own practice, whichever it is).
GENERIC_INSTITUTION_RE = re.compile(
    rf"(?:The|This|That|Our|Your|Her|His|Their|My)\s+(?:{_INST_TYPES})", re.IGNORECASE
)


def find_institutions(text: str) -> Iterator[Finding]:
    for m in PUB_THE_RE.finditer(text):
        if GENERIC_INSTITUTION_RE.fullmatch(m.group(1)):
            continue
        yield _f(m, 1, "INSTITUTION", 0.7)
    for m in WORKPLACE_RE.finditer(text):
        name = m.group(1)
        if not all(w.lower() in DAYS_MONTHS for w in name.split()):
            yield _f(m, 1, "INSTITUTION", 0.7)
    for m in INSTITUTION_RE.finditer(text):
        if GENERIC_INSTITUTION_RE.fullmatch(m.group(0)):
            continue
        yield _f(m, 0, "INSTITUTION", 0.85)
    for m in PUB_RE.finditer(text):
        name = m.group(1).rstrip()
        yield Finding(m.start(1), m.start(1) + len(name), "INSTITUTION", name, P, 0.8)


def find_titled_names(text: str) -> Iterator[Finding]:
    """'Mrs Nowicki', 'Dr Okoro', 'Mr C', 'PC 1234 Smith': title included."""
    for m in TITLE_NAME_RE.finditer(text):
        title = m.group(0).split(None, 1)[0]
        if title.endswith(".") and len(title) > 5 and is_ordinary_word(title[:-1]):
            continue  # "Keyworker: Job Constable. The": a rank ending a sentence
        if "\n" in m.group(0) and a_role_line(text, m.start() + m.group(0).index("\n") + 1):
            continue  # "Anna Nurse\nHealth Visitor": a signature's surname, then its role
        span = _consistent_case(m.group(0))
        # "DCI John Grieve's Racial and Violent Crime Task Force": the possessive
        # ends the name; what follows is what the person owns
        span = POSSESSIVE_INSIDE_RE.sub("", span)
        span = re.sub(r"(?:['’]s?)$", "", span).rstrip(".")
        starts = NEXT_SENTENCE_RE.search(span)
        if starts and re.match(r"[ \t]+[a-z]", text[m.start() + len(span) :]):
            span = span[: starts.start()]  # "the suspect as Mr H. A vehicle check"
        yield Finding(m.start(), m.start() + len(span), "PERSON", span, P, 0.85)
    for m in TITLED_LOWER_INITIAL_RE.finditer(text):
        yield Finding(m.start(), m.end(), "PERSON", m.group(0), P, 0.8)
    for m in TITLED_LOWER_INITIAL_VERB_RE.finditer(text):
        if a_name_follower(m.group(2)):
            yield Finding(m.start(), m.end(1), "PERSON", text[m.start() : m.end(1)], P, 0.8)


def a_role_line(text: str, start: int) -> bool:
    """Is the line from `start` a role ("Health Visitor", "Social Worker, Housing"):
    a few words, the last before any comma a role's?"""
    end = text.find("\n", start)
    line = text[start : end if end != -1 else len(text)].split(",")[0].split()
    return 0 < len(line) <= 5 and bool(ROLE_LAST_RE.search(line[-1].strip(".;:")))


# "drafted by Miss d on 23/07/2017", "Dr a": a titled initial written in lower case
# (a surname a particle starts: "de Alwis"), never the article "a" after "Dr" the road.
TITLED_LOWER_INITIAL_RE = compile_guarded(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+[a-z](?=[ \t]+(?:on|at|in|and|was|had|recorded|"
    r"said|told|wrote|added|reluctant|did|who|to)\b|[,.;:'’)]|[ \t]*$)",
    re.MULTILINE,
)
# "Mr v presented the IMR", "Miss b logged the question": before any verb of doing.
TITLED_LOWER_INITIAL_VERB_RE = compile_guarded(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+([a-z])[ \t]+([a-z]{3,})\b"
)

_WORD_RE = re.compile(r"\S+")
POSSESSIVE_INSIDE_RE = re.compile(r"(?<=[a-z])['’]s[ \t].*\Z", re.DOTALL)
# After a titled initial, a word that starts the next sentence: "Mr H. A vehicle".
NEXT_SENTENCE_RE = re.compile(
    r"(?<=\b[A-Z])\.[ \t]+(?:A|An|The|He|She|It|They|We|This|That|There|On|In|At|When|His|Her)$"
)


def _consistent_case(span: str) -> str:
    """'Mrs Marie Doyle HOPE' -> 'Mrs Marie Doyle': a name does not change case."""
    words = list(_WORD_RE.finditer(span))
    names = [w for w in words[1:] if not w.group(0).isdigit()]
    if len(names) < 2:
        return span
    shouting = names[0].group(0).isupper() and len(names[0].group(0).rstrip(".")) > 1
    end = names[0].end()
    for w in names[1:]:
        word = w.group(0).rstrip(".")
        if len(word) > 1 and word.isupper() != shouting:
            break
        end = w.end()
    return span[:end]


SENDER_RE = compile_guarded(
    # an apostrophe only inside a name ("m'mah", "O'Dwane")
    # a hyphen or a space too, between letters ("ulla-britt", "za tlem")
    rf"{CHAT_STAMP}[ \t]*([^\W\d_](?:[^\W\d_'’\- ]|['’\- ](?=[^\W\d_])){{0,30}}?)[ \t]*"
    r"(?:[^\w\s:\[\]]{1,4}[ \t]*)?"  # "Olive ❤️: omg"
    r"(?:\([^()\n]{1,30}\)[ \t]*)?:",  # "Viola (voice note, 0:31): hanood"
    re.MULTILINE,
)


# "[24.10.2017 10:19] Roi Ja: reliance please": a contact saved under two or three
# capitalised words
SENDER_FULL_RE = compile_guarded(
    rf"{CHAT_STAMP}[ \t]*({UPPER}[^\W\d_'’\-]*(?:[-'’]{UPPER}?[^\W\d_'’\-]+)?"
    rf"(?:[ \t]+{UPPER}[^\W\d_'’\-]*(?:[-'’]{UPPER}?[^\W\d_'’\-]+)?){{1,2}})[ \t]*"
    r"(?:[^\w\s:\[\]]{1,4}[ \t]*)?(?:\([^()\n]{1,30}\)[ \t]*)?:",
    re.MULTILINE,
)
SENDER_CONFIDENCE = 0.9
# Where only a person can stand: a message's sender, the one a greeting or a letter
# addresses. There a day ("Dear Wednesday,"), a feast ("Hi Easter,"), a title
# ("Lady:") or an acronym's letters ("Dash:") is someone's name.
SLOT_REASON = "only a person can stand here"
GREETING_RE = compile_guarded(rf"\b(?:Dear|Hello|Hi|Hiya|Hey)[ \t]+({UPPER}{LOWER}+)(?=[ \t]*,)")


# What a chat export writes where a sender would be, that is no sender.
CHAT_SYSTEM_WORDS = frozenset(
    ["missed", "call", "voicemail", "system", "deleted", "image", "media", "video", "audio",
     "photo", "sticker", "attachment", "location", "contact", "note", "you", "me", "unknown"]
)  # fmt: skip


# What an export or a phone writes where a sender stands that names no contact: a
# system line, an app, a title, a relative, a call handler or a headteacher.
CHAT_APP_WORDS = CHAT_SYSTEM_WORDS | FAMILY_WORDS | TRANSCRIPT_ROLES | frozenset(
    ["whatsapp", "messenger", "snapchat", "instagram", "facebook", "voicemail", "facetime",
     "screenshot", "screenshots", "selfie", "app", "export", "tiktok", "youtube", "gmail",
     "hotmail", "outlook", "yahoo", "netflix", "skype", "zoom", "teams", "bitmoji", "mrs",
     "mr", "ms", "constable", "sergeant", "headteacher"]
)  # fmt: skip


# "ADULT K (FOCUS)", "Child J (Lute)": a coded pseudonym, then the name it stands for
CODE_THEN_NAME_RE = compile_guarded(
    r"\b(?:Adult|Child|Victim|Perpetrator|Subject|Person|ADULT|CHILD|VICTIM|PERPETRATOR|"
    r"SUBJECT|PERSON)[ \t]+[A-Z]{1,2}\d?[ \t]*\(((?:[A-Z][^\W\d_'’\-]*['’\-]?)+"
    r"(?:[ \t]+(?:[A-Z][^\W\d_'’\-]*['’\-]?)+){0,2})\)"
)


def find_code_then_name(text: str) -> Iterator[Finding]:
    """'ADULT K (FOCUS)', 'Child J (Lute)': the bracket after a coded pseudonym holds
    the name the code stands for, whatever the word means; not a description
    ("Adult K (Deaf)", "Child J (Son)")."""
    for m in CODE_THEN_NAME_RE.finditer(text):
        first = m.group(1).split()[0].lower()
        if first in DESCRIBING_WORDS or no_ones_name(first, sender=True):
            continue
        yield replace(_f(m, 1, "PERSON", SENDER_CONFIDENCE), reason=SLOT_REASON)


def find_message_senders(text: str) -> Iterator[Finding]:
    """'[12/03/2020 21:04] Rose: ...': the sender of a message, in lower case
    too ('[03/05/2016 13:06] hev: im done'), where the export writes a name."""
    for m in SENDER_RE.finditer(text):
        sender = m.group(1)
        low = sender.lower()
        if " " in sender and (
            sender[:1].isupper()  # SENDER_FULL_RE's, with its checks
            or any(
                is_ordinary_word(w) or w in TEXTSPEAK or w in CHAT_SYSTEM_WORDS for w in low.split()
            )
        ):
            continue  # "[12:03] missed call:", "[12:04] ok so:": no one's name
        if sender[:1].isupper() or (
            len(sender) > 1 and low not in CHAT_SYSTEM_WORDS and low not in TEXTSPEAK
        ):
            yield replace(_f(m, 1, "PERSON", SENDER_CONFIDENCE), reason=SLOT_REASON)
    for m in SENDER_FULL_RE.finditer(text):
        start, words = m.start(1), m.group(1).split()
        while words and (words[0].lower() in FAMILY_WORDS or words[0] in TITLES):
            start = text.index(words[1], start) if len(words) > 1 else m.end(1)
            words = words[1:]  # "Auntie Roi Ja": the name after the family's title
        if len(words) < 2 or any(
            w.lower() in CHAT_APP_WORDS
            or w.casefold() in NOT_A_PERSON
            or no_ones_name(w, sender=True)
            for w in words
        ):
            continue
        name = text[start : m.end(1)]
        yield Finding(start, start + len(name), "PERSON", name, P, SENDER_CONFIDENCE, SLOT_REASON)


def no_ones_name(word: str, sender: bool = False) -> bool:
    """A role, a relative, a service or a group ("Caller", "Mum", "Police",
    "Applicant"): where only a person can stand, still no one's name. A county is
    someone's there ("Dear Devon,", "Kent: on my way"). A message's `sender` is
    whatever the phone saved the contact as, so a car, a shop or a drug is a name
    there too ("Focus: not yet"); an app, a title or a relative still is not."""
    low = word.lower()
    allowed = low in CHAT_APP_WORDS if sender else low in ALLOW_WORDS
    return (
        (allowed and low not in PLACE_FOLDS)
        or low in KIN_NOUNS
        or low in SERVICE_NOUNS
        or word.capitalize() in NOT_NAMES
    )


def find_greeted(text: str) -> Iterator[Finding]:
    """'Dear Wednesday,', 'Hi Easter,': the one a letter or a message addresses,
    though the word is a day or a feast; not a role, a relative or a group ("Dear
    Sir,", "Hi Mum,", "Dear Colleagues,", "Dear Applicant,"). A letter's greeting on
    a line of its own names whoever the letter is to, as a message's sender does, so
    a car's or a shop's word is a name there too ("Dear Amazon,")."""
    for m in GREETING_RE.finditer(text):
        low = m.group(1).lower()
        salutation = a_salutation_line(text, m.start(1), m.end(1))
        if (
            no_ones_name(m.group(1), sender=salutation)
            or _one_or_more_of(m.group(1), GREETED_AS)
            or low in NOT_A_PERSON
            or m.group(1) in TITLES
            or _a_plural(low)
        ):
            continue
        yield replace(_f(m, 1, "PERSON", 0.7), reason=SLOT_REASON)
        yield from _addressee_line(text, m.start(), m.group(1))


def a_salutation_line(text: str, start: int, end: int) -> bool:
    """Is the name at start:end the whole of a letter's salutation line ("Dear
    Amazon,")? Then it is whoever the letter is to, whatever the word."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(SALUTATION_START_RE.fullmatch(text, line_start, start)) and bool(
        SALUTATION_END_RE.match(text, end)
    )


SALUTATION_START_RE = re.compile(r"[ \t]*Dear[ \t]+")
SALUTATION_END_RE = re.compile(r"[ \t]*,[ \t]*(?:\r?\n|\Z)")


# A line of an address block that is a name: a given name, then one or two surnames.
ADDRESSEE_LINE_RE = re.compile(
    rf"^[ \t]*({UPPER}{LOWER}+[ \t]+(?:{PARTICLE_RUN})?{_NAMEWORD}(?:[ \t]+{_NAMEWORD})?)"
    r"[ \t]*\n",
    re.MULTILINE,
)


def _addressee_line(text: str, greeting: int, given: str) -> Iterator[Finding]:
    """'Bison Lent\n58 Vulcans Lane\nDear Bison,': the line of the address block above a
    greeting that opens with the name greeted is the addressee's full name, whatever
    its words ("Dump Service" too)."""
    offset = max(0, greeting - 300)
    for m in ADDRESSEE_LINE_RE.finditer(text, offset, greeting):
        if m.group(1).split()[0] == given:
            yield Finding(m.start(1), m.end(1), "PERSON", m.group(1), P, 0.7, SLOT_REASON)


# "@trangy u coming", "@Jade_x": a handle someone is addressed by (not an email).
# not a BibTeX entry ("@article{ref1,")
MENTION_RE = compile_guarded(r"(?<![\w.@/])@([^\W\d_][\w.]{1,29})(?<![.])(?![\w.]*\{)")


# "Storm: 'She was Ksyusha from the day she was born.'": a statement's speaker.
SPEAKER_RE = re.compile(
    rf"^[ \t]*({UPPER}[^\W\d_'’\-]+(?:[-'’]{UPPER}?[^\W\d_]+)?)[ \t]*:[ \t]*['\"‘“]",
    re.MULTILINE,
)


# "(Patience, aged 6)", "Blaze, aged 6,": a child's name before their age.
AGED_RE = compile_guarded(
    rf"({UPPER}[^\W\d_]+(?:-{UPPER}[^\W\d_]+)?),?[ \t]+aged[ \t]+\d", lines_with=r"aged[ \t]+\d"
)
_AGE_WORDS = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|"
    r"five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
# "Storey, 28, was well known to police", "'Dainty, 38, stab wound'", "Aster, twelve,
# helps Nan", "Story, now eleven, wrote", "Ambrosia Treñas, then fourteen, seen": a
# person's age in apposition, in figures or in words, set off by commas.
AGE_APPOSITION_RE = compile_guarded(
    rf"(?<![\w\-])(?<!\w['’])({UPPER}[^\W\d_]+(?:-{UPPER}[^\W\d_]+)?"
    rf"(?:[ \t]+{UPPER}[^\W\d_]+(?:-{UPPER}[^\W\d_]+)?)?),[ \t]+"
    rf"(?:now[ \t]+|aged[ \t]+|then[ \t]+)?(?:\d{{1,2}}|{_AGE_WORDS})"
    r"(?:[ \t]+(?:years?|months?)[ \t]+old)?,[ \t]",
    lines_with=rf",[ \t]+(?:now[ \t]+|aged[ \t]+|then[ \t]+)?(?:\d|{_AGE_WORDS})",
)
# A field's value in capitals that is a full name and an age, ending its sentence:
# "Post-mortem examination, 18 November 2021: FOXES SWEAT, 44. Cause of death".
SHOUTED_AGED_VALUE_RE = compile_guarded(
    rf"[\w)]:[ \t]+({UPPER}{{2,}}(?:-{UPPER}{{2,}})?[ \t]+{UPPER}{{2,}}(?:-{UPPER}{{2,}})?),"
    r"[ \t]+\d{1,2}\.(?![\w.])",
    lines_with=r"[^\W\d_],[ \t]+\d{1,2}\.",
)
# "Polly, as she is known in the review": a pseudonym introduced as one.
KNOWN_AS_AFTER_RE = compile_guarded(
    rf"({UPPER}[^\W\d_]+)['’]?,?[ \t]+(?:\(|,)?[ \t]*as[ \t]+(?:she|he|they)[ \t]+"
    r"(?:is|was|will[ \t]+be|are|were|(?:likes?|liked|prefers?|preferred|asked|asks|wants?|"
    r"wanted)[ \t]+to[ \t]+be)[ \t]+(?:known|referred[ \t]+to|called)\b",
    lines_with=r"\bas[ \t]+(?:she|he|they)[ \t]+",
)
# "IDVA – Deacon; Probation – Memory Mirghani": who attended for an agency.
ATTENDED_FOR_RE = compile_guarded(
    r"\b(?:Police|Probation|IDVA|ISVA|Health|Housing|Education|Social\s+Care|"
    r"Children['’]s\s+Social\s+Care|Adult\s+Social\s+Care|Mental\s+Health|GP|School|"
    r"Refuge|Women['’]s\s+Aid|Substance\s+Misuse|DWP|Ambulance)"
    r"[ \t]+[–—-][ \t]+((?:Mrs?|Ms|Miss|Dr)\.?[ \t]+)?"
    rf"({UPPER}[^\W\d_'’]+(?:[-'’]{UPPER}?[^\W\d_]+)?"
    rf"(?:[ \t]+{UPPER}[^\W\d_'’]+(?:[-'’]{UPPER}?[^\W\d_]+)?)?)(?=[ \t]*[;,.)\n]|$)",
    re.MULTILINE,
)
# "Nanny Marigold", "Auntie Mem": family titles used as titles are.
KIN_TITLE_RE = compile_guarded(
    rf"\b(?:Nanny|Nana|Nan|Nanna|Grandma|Grandad|Grandpa|Auntie|Aunty|Uncle)[ \t]+"
    rf"({UPPER}[^\W\d_]+)"
)
# "signed 'Buyi'", "messages to and from 'Buyi'": a name in quotes after these.
QUOTED_NAME_RE = re.compile(
    rf"\b(?:signed|from|to|as|called)[ \t]+['‘\"“]({UPPER}[^\W\d_]+(?:-{UPPER}?[^\W\d_]+)?)['’\"”]"
)


def _aged_by_apposition(name: str) -> bool:
    """'Storey, 28,' and 'Ambrosia Treñas, then fourteen,' name someone; 'Bedrooms, 3,'
    and a call handler's 'Male, 57,' do not."""
    words = name.split()
    if len(words) == 1:
        word = words[0]
        return not (
            no_ones_name(word)
            or word in TITLES
            or _a_plural(word)
            or word.lower() in FIELD_NOT_NAMES
        )
    return all(_a_slot_word(w) and w.lower() not in FIELD_NOT_NAMES for w in words)


def find_named_by_form(text: str) -> Iterator[Finding]:
    """Names the layout of a record gives away: a child before an age, the
    person who attended for an agency, a family title before a name, a name
    quoted as a signature or a contact."""
    for rx, conf in (
        (AGED_RE, 0.75),
        (AGE_APPOSITION_RE, 0.75),
        (KNOWN_AS_AFTER_RE, 0.8),
        (KIN_TITLE_RE, 0.75),
        (QUOTED_NAME_RE, 0.6),
    ):
        for m in finditer(rx, text):
            word = m.group(1)
            if word.lower() in NOT_A_PERSON or word in NOT_NAMES or word.lower() in DAYS_MONTHS:
                continue
            if rx is AGE_APPOSITION_RE and not _aged_by_apposition(word):
                continue  # not "Bedrooms, 3,"
            if rx is QUOTED_NAME_RE and not (_namelike(word) or MAC_RE.fullmatch(word)):
                continue
            if rx is AGE_APPOSITION_RE and word.isupper() and " " in word:
                # "VOLTAGE MEANS, 51, breath alcohol": a record's way of writing a
                # name, so its words count whatever they mean, as a field's do
                yield replace(_f(m, 1, "PERSON", conf), reason=FIELD_REASON)
                continue
            yield _f(m, 1, "PERSON", conf)
    for m in finditer(SHOUTED_AGED_VALUE_RE, text):
        if _aged_by_apposition(m.group(1)):
            yield replace(_f(m, 1, "PERSON", 0.75), reason=FIELD_REASON)
    for m in ATTENDED_FOR_RE.finditer(text):
        words = m.group(2).split()
        if words[0] in NOT_NAMES or words[0].lower() in ("apologies", "none", "not", "no"):
            continue
        if all(is_ordinary_word(w) and w.lower() not in NAME_WORDS for w in words):
            continue
        yield _f(m, 2, "PERSON", 0.7)


# A name in a record's field, whatever its words mean: "Alleged perpetrator: Admire
# Usher.", "Keyworker: Job Constable", "Suspect BEAR SOUSA TAVARES.", "Privilege Hand,
# DOB 25/05/1996", "Children: one (Merry, 6)", "From: Abimbola Said <abimbola.said@…>".
_FIELD_WORD = rf"(?:{_NAMEWORD}|{UPPER}{{2,}}(?:[-'’]{UPPER}+)*)"
_FIELD_NAME = (
    rf"(?:(?:{TITLE_ALT})\.?[ \t]+)?({_FIELD_WORD}"
    rf"(?:(?:[ \t]+|[ \t]*\n[ \t]*)(?:{PARTICLE_RUN})?{_FIELD_WORD}){{0,3}})"
)
PERSON_FIELDS = (
    r"(?:[Aa]lleged[ \t]+)?(?:[Pp]erpetrator|[Vv]ictim|[Ss]uspect|[Oo]ffender|[Dd]eceased|"
    r"[Kk]ey[ \t-]?[Ww]orker|[Ww]orker|[Cc]ase[ \t-]?[Ww]orker|"
    r"[Aa]llocated[ \t]+[Ww]orker|[Oo]fficer[ \t]+in[ \t]+(?:the[ \t]+)?[Cc]ase|OIC|"
    r"[Cc]omplainant|[Ii]nformant|[Aa]ggrieved|[Dd]etained[ \t]+[Pp]erson|[Ss]ubject|"
    r"IDVA|ISVA|[Ss]ocial[ \t]+[Ww]orker|[Ll]ead[ \t]+[Pp]rofessional|"
    # a school's record of a pupil and those to ring about them
    r"[Pp]upil|[Cc]ontact[ \t]+\d|[Ee]mergency[ \t]+[Cc]ontact|[Ee]mergency|"
    r"[Nn]ext[ \t]+of[ \t]+[Kk]in|NOK|"
    # a referral form's and a call log's ("Children in the household: …", "Caller: …")
    r"[Cc]hildren[ \t]+in[ \t]+the[ \t]+household|[Aa]dults|[Cc]aller|"
    # a court's order and its parties ("Applicant: Pilot Parks Respondent: …")
    r"[Aa]pplicant|[Rr]espondent|[Cc]laimant|[Dd]efendant|[Aa]ppellant|[Pp]etitioner)"
    r"|PERPETRATOR|VICTIM|SUSPECT|OFFENDER|DECEASED"
)
# "Present: …; Caramel Boycott (health); Gear Cruise, major crime review team; …": a
# full name in a list that says, in lower case, whom each one is there for.
NAME_IN_A_LIST_RE = compile_guarded(
    rf"(?<=[;:][ \t])({_NAMEWORD}(?:[ \t]+(?:{PARTICLE_RUN})?{_NAMEWORD}){{1,2}})"
    r"(?:[ \t]+\((?=[a-z])[^)\n]{2,40}\)|,[ \t]+(?=[a-z])[^;,.\n]{2,40})(?=;)"
)
# "Adults: KUTLAY NETTLES (victim), MOUSE SHIPWRIGHT (perpetrator)": a name a list
# or a field gives with the part the person plays in brackets.
# Read back from the bracket: a scan for the name from every position cost a sixth of
# the recognisers' time on a long document.
PART_BRACKET_RE = re.compile(
    r"[ \t]+\((?:alleged[ \t]+)?(?:victim|perpetrator|suspect|offender|aggrieved|deceased|"
    r"complainant|witness|caller)\)"
)
NAME_BEFORE_PART_RE = re.compile(rf"(?:^|(?<=[:;,|][ \t]))[ \t]*{_FIELD_NAME}\Z", re.MULTILINE)
FIELD_LABEL_RE = compile_guarded(
    # not inside a word ("ex-Partner", "o'Victim"); a quotation may open on it
    rf"(?:(?<![\w'’-])|(?<=[\s(:]['‘]))(?:{PERSON_FIELDS})"
    rf"[ \t]*(?::|[–—]|[ \t]-)[ \t]*{_FIELD_NAME}"
    rf"(?=[ \t]*(?:[.,;(\n<|]|$|[ \t]*(?:DOB|aged)\b|(?:{PERSON_FIELDS})[ \t]*:))",
    re.MULTILINE,
)
SHOUTED_FIELD_RE = compile_guarded(
    rf"\b(?:Suspect|Victim|Offender|Perpetrator|Deceased)[ \t]+"
    rf"({UPPER}{{2,}}(?:[-'’]{UPPER}+)*(?:[ \t]+{UPPER}{{2,}}(?:[-'’]{UPPER}+)*){{1,3}})"
    r"(?=[ \t]*(?:[.,;(\n]|$))",
    re.MULTILINE,
)
_DOB_WORD = (
    r"(?:(?:DOB|D\.O\.B|[Dd]ate[ \t]+of[ \t]+[Bb]irth)\b"
    # or the number that is theirs alone: "DIME PENNER, NI AG178988C", "…, NHS 943 476 5919"
    # (the whole number: not "NHS 111")
    rf"|NI[ \t:]+(?=(?i:{NI_RE.pattern}))|NHS[ \t:]+(?={NHS_RE.pattern}))"
)
# "Privilege Hand, DOB …", "certificate holder, Dime Penner, DOB …", "Registration
# summary: GUSTS HARP | DOB …": a name just before its date of birth
DOB_AFTER_RE = re.compile(
    rf"(?:^|(?<=[:;(|])|(?<=[:;(,|][ \t])|(?<=[–—][ \t])|(?<=[.!?][ \t])|(?<=[:.][ \t]['‘]))"
    rf"[ \t]*{_FIELD_NAME}"
    rf"(?:(?:,[ \t]*|[ \t]+\(|[ \t]*\|[ \t]*|[ \t]+){_DOB_WORD}"
    r"|[ \t]+\(born\b|,[ \t]*born[ \t]+(?=\d))",
    re.MULTILINE,
)
DOB_WORD_RE = compile_guarded(rf"\b{_DOB_WORD}|\(born\b|\bborn[ \t]+(?=\d)")
# "the police history of Belmaya Reyni, born 27/02/1952", "detained person Lime
# Spitz, DOB …": two to four capitalised words right before a date of birth, whatever
# comes before them (DOB_AFTER_RE reads one after a field or a sentence's start only).
NAME_BEFORE_DOB_RE = re.compile(
    rf"(?:(?:{TITLE_ALT})\.?[ \t]+)?"
    rf"({_FIELD_WORD}(?:[ \t]+(?:{PARTICLE_RUN})?{_FIELD_WORD}){{1,3}})"
    r"(?:,[ \t]*|[ \t]+\()(?:born[ \t]+(?=\d)|DOB\b|D\.O\.B|[Dd]ate[ \t]+of[ \t]+[Bb]irth\b)"
)
CAPITALISED_BEFORE_RE = re.compile(r"[A-Z][^\W\d_'’-]*[ \t]+$")
CHILD_AGE_RE = compile_guarded(
    rf"\(({_NAMEWORD}),[ \t]+\d{{1,2}}(?:[ \t]+(?:years|yrs|months))?(?=[,;)])"
    # "Children: Kiwi, 6." on a referral form
    rf"|\b(?:Children|Child|Siblings?)[ \t]*:[ \t]*({_NAMEWORD}),[ \t]+\d{{1,2}}"
    r"(?:[ \t]+(?:years|yrs|months))?(?=[,;.)]|[ \t]+and\b)"
)
# "Collected by Dimity, aunt, who…": a name, then the relative it is, set off by commas.
_RELATIONS = (
    r"aunt|uncle|sister|brother|mother|father|grandmother|grandfather|cousin|niece|nephew|"
    r"stepfather|stepmother|neighbour"
)
KIN_APPOSITION_RE = compile_guarded(
    rf"(?<=[a-z] )({UPPER}{LOWER}+),[ \t]+(?:(?:her|his|their|the)[ \t]+)?(?:maternal[ \t]+|"
    rf"paternal[ \t]+)?(?:{_RELATIONS})(?=[,.;])"
    # "…' Desiderata, the husband's first wife, wrote": opening a sentence, whose
    # relative (the victim's, the husband's), then the relation
    rf"|(?:^|(?<=[.!?][ \t])|(?<=[.!?]['’\"”][ \t])|(?<=\n))({UPPER}{LOWER}+),[ \t]+"
    r"(?:her|his|their|the)[ \t]+(?:[a-z]+['’]s[ \t]+)?(?:(?:first|second|former|late|"
    r"elder|eldest|younger|youngest|twin|step|half|maternal|paternal)[ \t-]+)?"
    rf"(?:{_RELATIONS}|wife|husband|partner|ex-wife|ex-husband|ex-partner|daughter|son|"
    r"friend|godmother|godfather)(?=,)",
    re.MULTILINE,
)
# "Responsible officer: Sassy Stork.", "Nurse specialist: Zap Tinkler.": a role's field,
# whose name ends the sentence or the line.
ROLE_FIELD_RE = compile_guarded(
    r"\b(?:[Rr]esponsible|[Nn]amed|[Aa]llocated|[Ss]upervising|[Aa]ssessing|[Ee]nquiry|"
    r"[Ii]nvestigating|[Aa]rresting|[Rr]eporting|[Dd]uty|[Ll]iaison|[Pp]robation|[Hh]ousing|"
    r"[Cc]linical|[Nn]urse|[Ss]afeguarding|[Ss]upport|[Cc]ase|[Rr]eviewing|[Tt]reating|[Cc]are)"
    r"[ \t]+(?:[Oo]fficer|[Ss]pecialist|[Pp]ractitioner|[Cc]linician|[Ll]ead|[Mm]anager|"
    r"[Nn]urse|[Ww]orker|[Cc]onsultant|[Cc]o-?ordinator)"  # a mental health care coordinator
    rf"[ \t]*:[ \t]*{_FIELD_NAME}(?=[ \t]*(?:[.;\n]|$))",
    re.MULTILINE,
)
DISPLAY_NAME_RE = re.compile(
    rf"^[ \t]*(?:From|To|Cc|Sent|Reply-To)[ \t]*:[ \t]*{_FIELD_NAME}[ \t]*<([^@\s>]+)@",
    re.MULTILINE,
)
FIELD_REASON = "a record's field names this person"
FIELD_NOT_NAMES = frozenset(
    ["unknown", "none", "not", "no", "yes", "n/a", "tbc", "male", "female", "adult",
     "child", "police", "name", "redacted", "withheld", "nfa", "anon", "anonymous"]
)  # fmt: skip


def find_record_fields(text: str) -> Iterator[Finding]:
    """The name a record's field holds (a victim, suspect or keyworker, a person
    before their date of birth, a child before their age, an email's sender):
    a person, even where every word is English ("Admire Usher", "Job Constable")."""
    for m in _before_a_dob(text):
        start, name = _after_a_shouted_heading(m.start(1), m.group(1))
        if name and _a_field_name(name):
            yield Finding(start, start + len(name), "PERSON", name, P, 0.8, FIELD_REASON)
    for m in _names_before_a_dob(text):
        yield replace(_f(m, 1, "PERSON", 0.8), reason=FIELD_REASON)
    for rx in (FIELD_LABEL_RE, SHOUTED_FIELD_RE, CHILD_AGE_RE, KIN_APPOSITION_RE):
        for m in rx.finditer(text):
            g = 1 if m.group(1) else 2
            if rx is FIELD_LABEL_RE and _a_callers_word(m, g):
                continue
            if rx is FIELD_LABEL_RE and COURT_PARTY_RE.match(m.group(0)):
                yield from _a_court_party(m, g)
                continue
            if _a_field_name(m.group(g)) and m.group(g) not in TITLES:
                yield replace(_f(m, g, "PERSON", 0.8), reason=FIELD_REASON)
    for m in ROLE_FIELD_RE.finditer(text):
        words = m.group(1).lower().split()
        if _a_field_name(m.group(1)) and not any(
            w in ALLOW_WORDS or w in SERVICE_NOUNS for w in words
        ):
            yield replace(_f(m, 1, "PERSON", 0.8), reason=FIELD_REASON)
    for m in NAME_IN_A_LIST_RE.finditer(text):
        if _a_field_name(m.group(1)):
            yield replace(_f(m, 1, "PERSON", 0.75), reason=FIELD_REASON)
    for m in _read_back(PART_BRACKET_RE, NAME_BEFORE_PART_RE, text, 80):
        name = m.group(1)  # one English word is an agency's part ("Housing (perpetrator)")
        if _a_field_name(name) and (" " in name or not is_ordinary_word(name)):
            yield replace(_f(m, 1, "PERSON", 0.8), reason=FIELD_REASON)
    for m in DISPLAY_NAME_RE.finditer(text):
        local = re.sub(r"[^a-z]", " ", m.group(2).lower()).split()
        words = m.group(1).split()
        if _a_field_name(m.group(1)) and any(w.lower() in local for w in words):
            yield replace(_f(m, 1, "PERSON", 0.85), reason=FIELD_REASON)


COURT_PARTY_RE = re.compile(r"(?i)applicant|respondent|claimant|defendant|appellant|petitioner")


def _a_court_party(m: re.Match[str], g: int) -> Iterator[Finding]:
    """'Applicant: Pilot Parks Respondent: …': the party's name, read to the order's
    heading on the line below; not a body ('Applicant: Housing Options', 'Respondent:
    Lincolnshire County Council'), which a service's or a body's word shows."""
    if any(
        w.lower() in SERVICE_NOUNS or w.lower() in ALLOW_WORDS or ORG_WORD_RE.fullmatch(w)
        for w in m.group(g).split()
    ):
        return
    first, *below = m.group(g).split("\n")
    name = "\n".join([first, *itertools.takewhile(lambda x: not x.isupper(), below)]).rstrip()
    if _a_field_name(name):
        yield Finding(m.start(g), m.start(g) + len(name), "PERSON", name, P, 0.8, FIELD_REASON)


def _a_callers_word(m: re.Match[str], g: int) -> bool:
    """'Caller: Please, Flat 28': in a transcript the caller's field holds what they
    said, so one English word there is speech, not a name."""
    value = m.group(g)
    return m.group(0).lower().startswith("caller") and " " not in value and is_ordinary_word(value)


def _after_a_shouted_heading(start: int, name: str) -> tuple[int, str]:
    """'RECORDS OF BLISS FINE (NHS …)': the name is what follows the heading's last
    joining word."""
    if not name.isupper():
        return start, name
    cut = 0
    for w in re.finditer(r"\S+", name):
        if w.group(0).lower() in STOP_WORDS:
            cut = w.end()
    rest = name[cut:].lstrip()
    return start + len(name) - len(rest), rest


def _before_a_dob(text: str) -> Iterator[re.Match[str]]:
    """DOB_AFTER_RE, tried only just before each "DOB" (at every position of a
    long text it cost a fortieth of the engine's time)."""
    last = -1
    for hit in DOB_WORD_RE.finditer(text):
        # past the hit by the length of what its lookahead reads ("NI AG17…")
        m = DOB_AFTER_RE.search(text, max(0, hit.start() - 120, last + 1), hit.end() + 16)
        if m is not None:
            last = m.start()
            yield m


def _names_before_a_dob(text: str) -> Iterator[re.Match[str]]:
    """NAME_BEFORE_DOB_RE just before each date of birth, where the capitalised
    words start there (not the tail of a longer run: "Infant School Tune Reyni")."""
    last = -1
    for hit in DOB_WORD_RE.finditer(text):
        m = NAME_BEFORE_DOB_RE.search(text, max(0, hit.start() - 80, last + 1), hit.end() + 1)
        if m is None or m.end() < hit.end():
            continue
        last = m.start()
        if CAPITALISED_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()):
            continue
        # a shouted run may be a heading's words (DOB_AFTER_RE reads one after a field)
        if _a_field_name(m.group(1)) and not m.group(1).isupper():
            yield m


def _a_field_name(name: str) -> bool:
    """Not 'Unknown', 'DASH', 'Mother' or 'REGISTERED AT'; 'Dash Katsaros' is a name (an acronym is
    written in capitals, and a word for a relative alone names no one)."""
    words = name.split()
    if len(words) == 1 and (words[0].lower() in KIN_NOUNS or words[0].lower() in ALLOW_WORDS):
        return False
    return not any(
        w.casefold() in FIELD_NOT_NAMES
        or (w.casefold() in NOT_A_PERSON and (w.isupper() or len(words) == 1))
        or w.strip("'’") in NOT_NAMES
        or w.casefold() in DAYS_MONTHS
        # "ZULPHA NYAGAKA, REGISTERED AT Palfrey Surgery": a heading's words, since no
        # name is written with a shouted function word ("WILL" and "MAY" are names)
        or (w.isupper() and w.casefold() in STOP_WORDS and w.casefold() not in NAME_WORDS)
        for w in words
    )


# "Begonia, on their last night out: 'We went…'", "Orchid Walczak, next door: 'At
# three…'": a witness introduced by a phrase, then quoted, at a sentence's start.
_SPEAKER_WORD = rf"{UPPER}[^\W\d_'’\-]+(?:['’][a-z][^\W\d_'’\-]+)?(?:-{UPPER}[^\W\d_]+)?"
SPEAKER_INTRO_RE = compile_guarded(
    rf"(?:^|(?<=[.!?][ \t])|(?<=[.!?]['’\"”][ \t])|(?<=[.!?]['’\"”]['’\"”][ \t])|(?<=\n))[ \t]*"
    # one to three words, a particle between ("Rap binte Sahari", "Sa'ada Thorpe")
    rf"({_SPEAKER_WORD}(?:[ \t]+(?:{PARTICLE_RUN})?{_SPEAKER_WORD}){{0,2}})"
    # what they said it from ("reading from a note found in Shamsa's wallet")
    rf",[ \t]+((?:[^.:;!?'\"‘“’”\n]|(?<=\w)['’](?=\w)){{3,80}}):[ \t]*['\"‘“]",
    re.MULTILINE,
)
# "It was a plan.' Passion: 'She'd say, ...'": a sentence that is a word, a colon and
# a quotation in the first or third person is a witness speaking, whatever the word.
QUOTED_SPEAKER_RE = compile_guarded(
    rf"(?:(?<=[.!?][ \t])|(?<=[.!?]['’\"”][ \t]))({UPPER}[^\W\d_'’\-]+):[ \t]*['\"‘“]"
    r"(?=(?:She|He|I|We|They|My|Her|His|You|It|There)\b)"
)
# "…' Calypso on the will: 'Kaali's father…'", "…' Gay again: 'If anyone…'": a witness
# the review quotes again, or on one thing, after a quotation ends.
QUOTED_AGAIN_RE = compile_guarded(
    rf"(?<=['’\"”][ \t])({UPPER}[^\W\d_'’\-]+)[ \t]+"
    r"(?:again|on[ \t]+(?:the|her|his|their)[ \t]+[a-z]+(?:[ \t]+[a-z]+)?):[ \t]*['\"‘“]"
)
# "What's your name? Joke? Right, Joke, ...": the answer is a name.
NAME_ASKED_RE = compile_guarded(
    rf"(?i:\bwhat['’]?s[ \t]+your[ \t]+name|\bwhat[ \t]+is[ \t]+your[ \t]+name)\?[ \t]+"
    rf"({UPPER}[^\W\d_'’\-]+)[?.!]"
)
# an organisation speaks "in its IMR", "in their chronology"; a reply comes "four
# minutes later"
ORG_SPEAKS_RE = re.compile(
    r"\bits\b|\b(?:in|for)[ \t]+(?:their|our)[ \t]+(?:IMR|report|chronology|submission|response)"
)
TIME_AGO_RE = re.compile(r"\b(?:later|earlier|ago|minutes|hours|days|weeks)\b")
# a date first, or a name of its own just before the colon: the quotation is
# someone else's ("Supervision, 19/06/2021, Ausma Chkheidze: '…'"); not a venue named
# with "the" ("Zinger, on the staff night out at The Haaf Netter: '…'")
DATE_OR_NAME_IN_INTRO_RE = re.compile(
    rf"^\d|(?<![Tt]he[ \t]){UPPER}[^\W\d_]+[ \t]+{UPPER}[^\W\d_]+$"
)
# what is quoted, not who: "Reply, four minutes later: 'Yes.'"
NOT_A_WITNESS = frozenset(
    ["reply", "response", "answer", "message", "note", "update", "feedback", "entry",
     "comment", "text", "email", "letter", "statement", "summary", "outcome", "decision",
     "inquest", "hearing", "trial", "interview", "transcript", "meeting", "session", "call",
     "minutes", "notes", "log", "record", "records", "report", "agenda", "chronology",
     # an institution quoted by its kind ("Bank, vulnerable customer team, call note:")
     "bank", "pharmacy", "nursery", "hospital", "clinic", "surgery", "practice", "council",
     "employer", "depot", "hostel", "refuge", "charity", "agency", "packhouse"]
)  # fmt: skip


def _no_witness(word: str) -> bool:
    """A word that names no one who speaks: a role, a title, a day or a month."""
    low = word.lower()
    return (
        no_ones_name(word)
        or low in NOT_A_PERSON
        or low in NOT_A_WITNESS
        or word in TITLES
        or low in DAYS_MONTHS
    )


def find_speakers(text: str) -> Iterator[Finding]:
    """A line that starts with a name, a colon and a quotation: who is speaking;
    and a witness a phrase introduces before their words, whatever the name means."""
    for m in SPEAKER_RE.finditer(text):
        word = m.group(1)
        if (_namelike(word) or MAC_RE.fullmatch(word)) and word.lower() not in NOT_A_PERSON:
            yield _f(m, 1, "PERSON", 0.75)
    for m in itertools.chain(QUOTED_SPEAKER_RE.finditer(text), QUOTED_AGAIN_RE.finditer(text)):
        if not _no_witness(m.group(1)):
            yield _f(m, 1, "PERSON", 0.7)
    for m in NAME_ASKED_RE.finditer(text):
        if not no_ones_name(m.group(1)):
            yield replace(_f(m, 1, "PERSON", 0.8), reason=SLOT_REASON)
    for m in SPEAKER_INTRO_RE.finditer(text):
        words = m.group(1).split()
        if DATE_OR_NAME_IN_INTRO_RE.search(m.group(2)):
            continue  # "Supervision, 19/06/2021, Ausma Chkheidze: '…'": a record's heading
        if (
            ORG_SPEAKS_RE.search(m.group(2))
            # a full name is a witness whenever they spoke ("Diva Gadzhieva, engaged to
            # him years earlier:"); a word alone may be a reply "four minutes later"
            or (len(words) == 1 and TIME_AGO_RE.search(m.group(2)))
            or any(_no_witness(w) for w in words)
            or (len(words) == 1 and words[0].lower() in adverbs())
        ):
            continue  # "Underneath, in the child's spelling: '…'": where, not who
        yield _f(m, 1, "PERSON", 0.75)


# "missed calls from "Joke (her mum)"": a word, then the relative it is, bracketed
KIN_BRACKET_RE = compile_guarded(
    rf"({UPPER}[^\W\d_'’\-]+)[ \t]+\((?:her|his|their|my|your|the[ \t]+(?:child|victim)['’]s)"
    r"[ \t]+(?:mum|mam|mother|dad|father|sister|brother|son|daughter|aunt|auntie|uncle|nan|"
    r"gran|grandmother|grandad|cousin|partner|boyfriend|girlfriend|friend|neighbour)\)"
)
# "Foxes Largo (mother), Isott Largo (sister), Rap Dauphin (friend, housekeeper)": a
# name with its relationship alone in a bracket after it, as a list of the family has.
KIN_BARE_BRACKET_RE = compile_guarded(
    rf"((?:{_NAMEWORD}[ \t]+){{0,2}}{_NAMEWORD})[ \t]+\((?:mum|mam|mother|dad|father|sister|"
    r"brother|son|daughter|aunt|auntie|uncle|nan|nana|gran|grandmother|grandfather|grandad|"
    r"cousin|niece|nephew|partner|ex-partner|husband|wife|boyfriend|girlfriend|friend|"
    r"neighbour|stepfather|stepmother|step-father|step-mother|half-sister|half-brother)"
    r"(?=\)|,[ \t])",
    lines_with=r"\((?:[a-z]+-)?[a-z]+(?:\)|,)",
)
# "Ask told the review that...": only a person tells a review, a panel or a chair.
TOLD_THE_REVIEW_RE = compile_guarded(
    rf"(?:^|(?<=[.!?][ \t])|(?<=[.!?]['’\"”][ \t])|(?<=\n))({UPPER}[^\W\d_'’\-]+)"
    r"(?:[ \t]+(?:told|wrote[ \t]+to|asked|gave)|,[ \t]+(?:speaking[ \t]+to|interviewed[ \t]+by))"
    r"[ \t]+the[ \t]+(?:review|[Cc]hair|panel|[Ii]nquest|[Cc]oroner|author)\b",
    re.MULTILINE,
)
# "Banana to the police, 25.01.2017: 'She rang me…'", "Flame, to the Chair, 12.04.2018:":
# whose account a review quotes, to whom and when, opening a sentence.
ACCOUNT_TO_RE = compile_guarded(
    rf"(?:^|(?<=[.!?][ \t])|(?<=[.!?]['’\"”][ \t])|(?<=\n))({UPPER}[^\W\d_'’\-]+)"
    r"(?:,?[ \t]+to[ \t]+the[ \t]+(?:police|panel|[Cc]hair|review|author|[Cc]oroner|court|jury)"
    r"(?:,[ \t]+through[ \t]+(?:an?|the)[ \t]+[a-z]+(?:[ \t]+[a-z]+)?)?"
    r"|,[ \t]+through[ \t]+(?:(?:an?|the)[ \t]+(?:interpreter|advocate|(?:[a-z]+[ \t]+){1,2}worker)"
    # or through the one who wrote it down for them ("Inferno, through Hilke, 13.04.2021:")
    rf"|{UPPER}{LOWER}+(?:[ \t]+{UPPER}{LOWER}+)?))"
    r",[ \t]+(?:\d{1,2}[./ ]|(?:on|in)[ \t])",
    re.MULTILINE,
)
# "... ring me on 07700 900 758. From Ask 🙂": a letter or a card signed "From X"
FROM_SIGNED_RE = compile_guarded(
    rf"(?:^|(?<=[.!?][ \t])|(?<=\n))From[ \t]+({UPPER}[^\W\d_'’\-]+)"
    r"(?=[ \t]*(?:$|\n|[\U0001F300-\U0001FAFF\u2600-\u27BF]))",
    re.MULTILINE,
)

# "present Nan (Hilly)", "Mum (Grace) and Dad": a relative, then the name bracketed
KIN_THEN_BRACKET_RE = compile_guarded(
    r"\b(?:[Nn]an|[Nn]ana|[Gg]ran|[Gg]ranny|[Gg]randma|[Gg]randad|[Mm]um|[Mm]am|[Dd]ad|"
    r"[Aa]untie|[Aa]unt|[Uu]ncle|[Mm]other|[Ff]ather|[Ss]ister|[Bb]rother|[Gg]randmother|"
    rf"[Gg]randfather)[ \t]+\(({UPPER}[^\W\d_'’\-]+)\)",
    lines_with=r"\(",
)
# "contacting the victim Rut", "the perpetrator Arm": the review's parties by role,
# then the word that names them
PARTY_THEN_NAME_RE = compile_guarded(
    r"\bthe[ \t]+(?:victim|perpetrator|deceased|suspect|defendant|complainant|"
    rf"grandchild)[ \t]+({UPPER}[^\W\d_'’\-]+)(?![\w'’-]|[ \t]+{UPPER})"
)
# "Thanks, Nice\nNice Abu Seif\nSocial Worker": a closing signed with a given name,
# then the full name on the next line beginning with that word; an email puts each on
# its own line, with a blank line between ("Thanks\nStole\n\nStole Burrow")
SIGNED_TWICE_RE = compile_guarded(
    r"\b(?i:thanks|thank[ \t]+you|many[ \t]+thanks|cheers|regards|best[ \t]+wishes|best|ta)"
    rf",?(?:[ \t]+|[ \t]*\n[ \t]*)({UPPER}[^\W\d_'’\-]+)[ \t]*\n(?:[ \t]*\n)?[ \t]*"
    rf"(\1(?:[ \t]+(?:{PARTICLE_RUN})?"
    rf"{UPPER}[^\W\d_]*(?:['’\-]{UPPER}?[^\W\d_]+)*){{1,3}})[ \t]*$",
    re.MULTILINE,
)

# "Hi, it's Anti from the service", "This is Pave from Victim Support": a caller says
# who they are, then where they ring from
CALLER_FROM_RE = compile_guarded(
    rf"\b(?:[Ii]t['’]s|[Ii]t[ \t]+is|[Tt]his[ \t]+is)[ \t]+({UPPER}[^\W\d_'’\-]+)[ \t]+from"
    rf"[ \t]+(?:the|your|{UPPER})"
)
# "Statement of Zacharias Organ: 'The house…'": a witness's statement, by their name
STATEMENT_OF_RE = compile_guarded(
    rf"\b(?:[Ss]tatement|[Nn]otebook|[Pp]ocket[ \t]+book)[ \t]+(?:of|from|by)[ \t]+"
    rf"({_NAMEWORD}(?:[ \t]+(?:{PARTICLE_RUN})?{_NAMEWORD}){{1,2}})(?=[ \t]*[:,])"
)
# A record's entry signed before what it says: "Triage note by Caramel Coats: '…'", "DASH,
# 01.05.2022, by Zinc Goodnight: seventeen yes answers".
BY_NAME_COLON_RE = compile_guarded(
    rf"\bby[ \t]+({_NAMEWORD}(?:[ \t]+(?:{PARTICLE_RUN})?{_NAMEWORD}){{1,2}}):[ \t]",
    lines_with=r"\bby[ \t]",
)
# "'… Could someone give her a call? Stole' The team…": a quoted message, signed with a
# name (not "Parents' evening")
QUOTED_SIGNOFF_RE = re.compile(
    rf"(?<=[.?!])[ \t]+({UPPER}[^\W\d_'’\-]+)['’](?=[ \t]+{UPPER}|[ \t]*$)",
    re.MULTILINE,
)
QUOTE_OPENED_RE = re.compile(r"(?:^|[ \t(:])['‘][^\W\d_]", re.MULTILINE)
# What ends a quotation that is no signature: "'Get out. Now.'", "'Thanks. Bye.'"
NOT_A_SIGNATURE = frozenset(
    ["thanks", "cheers", "please", "sorry", "bye", "love", "regards", "again", "now", "today",
     "tonight", "tomorrow", "yesterday", "yes", "no", "never", "ok", "okay", "right", "soon",
     "anyway", "honestly", "seriously", "whatever", "nothing", "everything", "always",
     "nobody", "everyone", "help", "police", "stop", "enough", "goodbye", "xx", "x"]
)  # fmt: skip


def _signs_a_quotation(text: str, m: re.Match[str]) -> bool:
    """A word that closes a quotation opened before it in the paragraph, and that is
    no adverb, plural or last word of a shout ("Now.'", "Police.'" end in a stop)."""
    word = m.group(1)
    low = word.lower()
    if low in NOT_A_SIGNATURE or low in adverbs() or _a_plural(low) or not _a_slot_word(word):
        return False
    start = max(text.rfind("\n\n", 0, m.start()) + 1, m.start() - 600)
    return QUOTE_OPENED_RE.search(text, start, m.start()) is not None  # a quotation's end


# "My name's Up, I'm her child": who a caller or a writer says they are
MY_NAME_RE = compile_guarded(
    rf"\b(?i:my[ \t]+name)(?:['’]s|[ \t]+is)[ \t]+({UPPER}[^\W\d_'’\-]+)"
    rf"(?=[ \t]*(?:[,.;:!?)'’\"”]|$)|[ \t]+(?:{UPPER}|and\b|but\b))"
)
# "Called by Music (15)", "a call from Pep (14)": a child, by their age in brackets,
# not a numbered part of a document ("from Appendix (4)")
DOCUMENT_PARTS = frozenset(
    ["appendix", "annex", "table", "figure", "chart", "section", "chapter", "paragraph",
     "page", "note", "recommendation", "item", "case", "version", "step", "stage", "level",
     "tier", "phase", "question", "point", "part", "schedule", "box", "row", "column",
     "line", "year", "group", "room", "ward", "bay", "bed", "floor", "flat", "unit", "block",
     "exhibit", "document", "source", "reference", "footnote", "standard", "principle",
     "action", "finding", "theme", "term", "round", "cohort", "class", "form", "set"]
)  # fmt: skip
AGED_CALLER_RE = re.compile(rf"\b(?:by|from|with)[ \t]+({UPPER}[^\W\d_'’\-]+)[ \t]+\(\d{{1,2}}\)")


def _a_slot_word(word: str) -> bool:
    low = word.lower()
    return not (
        no_ones_name(word)
        or low in NOT_A_PERSON
        or low in STOP_WORDS
        or low in DAYS_MONTHS
        or word in TITLES
        or low in PLACE_FOLDS
        or low in WORLD_PLACE_FOLDS
    )


# A block of its own that signs a message with a name and a number, on one line or two
# ("\n\nMirage +44 7700 900860\n\n", "\n\nStarlight\n0161 496 0072\n\n"). Not a
# freephone or national line (0800, 0808, 03…), which is a service's.
SIGNATURE_NAME_RE = re.compile(rf"({_NAMEWORD}(?:[ \t]+{_NAMEWORD})?)[ \t]*")
SERVICE_NUMBER_RE = re.compile(r"(?:\+44[ \t]?(?:\(0\)[ \t]?)?|\(?0)[38]")


def _signed_with_a_number(text: str) -> Iterator[Finding]:
    for m in PHONE_RE.finditer(text):
        if SERVICE_NUMBER_RE.match(m.group(0)) or not phone_valid(m.group(0)):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        if text[m.end() : line_end].strip() or text[line_end : line_end + 2].strip():
            continue  # the number ends its line, and the block
        if text[line_start : m.start()].strip():
            name_start = line_start
        else:  # the name on the line above
            name_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
            if name_start >= line_start:
                continue
        if name_start and text[max(0, name_start - 2) : name_start] != "\n\n":
            continue  # the block opens after a blank line
        name = SIGNATURE_NAME_RE.fullmatch(text, name_start, m.start())
        if name is None:
            name = SIGNATURE_NAME_RE.fullmatch(text, name_start, line_start - 1)
        if name and all(_a_signature_word(w) for w in name.group(1).split()):
            yield _f(name, 1, "PERSON", 0.7)


# What labels a number rather than signs it: "Mobile 07700 900111", "Mum 07…".
NUMBER_LABELS = frozenset(
    ["mobile", "mob", "tel", "telephone", "phone", "home", "work", "office", "landline",
     "number", "contact", "text", "sms", "helpline", "reception", "emergency", "call", "ring",
     "direct", "fax", "main", "personal", "cell", "daytime", "evening", "duty", "on-call",
     "switchboard", "enquiries", "line"]
)  # fmt: skip


def _a_name_word_here(word: str) -> bool:
    """A word of a name where the sentence leaves room for a person (`_a_slot_word`),
    and no role's, service's or body's ("Officer", "Housing", "Trust")."""
    return (
        _a_slot_word(word)
        and word not in NOT_NAMES
        and word.lower() not in SERVICE_NOUNS
        and not ORG_WORD_RE.fullmatch(word)
    )


def _a_signature_word(word: str) -> bool:
    low = word.lower()
    return (
        _a_name_word_here(word)
        and low not in NUMBER_LABELS
        and low not in KIN_NOUNS
        and low not in FAMILY_WORDS
        and low not in ALLOW_WORDS
    )


def _a_signers_name(words: list[str]) -> bool:
    """A name's words, whatever they mean ("Killer Guppy"), none a service's or a body's
    ("by Adult Social Care:", "by Women's Aid:") nor a describing word only, which a
    topic has ("Statement of Special Educational Needs:", "Evidence of Domestic Abuse,")."""
    return all(
        _a_name_word_here(w)
        and w.lower().removesuffix("s") not in SERVICE_NOUNS
        and w.lower() not in ALLOW_WORDS
        and w.lower() not in adjectives_only()
        and not _a_comparative(w.lower())
        and "'" not in w
        and "’" not in w
        for w in words
    )


def _a_comparative(low: str) -> bool:
    """'safer', 'brighter', 'stronger': a body's name opens with one ("Safer Homes")."""
    if not low.endswith("er") or low in WORD_SURNAMES:  # "Porter", "Long"
        return False
    return low[:-1] in adjectives() or low[:-2] in adjectives()


def _the_name_before_a_kin_bracket(m: re.Match[str]) -> Finding | None:
    """The words before '(mother)' that can be a name's, read back from the bracket
    until a word that cannot ("Told the Chair Foxes Largo" gives "Foxes Largo"); not
    a role, a service or a code ("Adult A (mother)" is a pseudonym)."""
    words = list(re.finditer(r"\S+", m.group(1)))
    kept = 0
    for w in reversed(words):
        if not _a_name_word_here(w.group(0)) or w.group(0).lower() in KIN_NOUNS:
            break
        kept += 1
    if not kept:
        return None
    start = m.start(1) + words[len(words) - kept].start()
    return Finding(start, m.end(1), "PERSON", m.string[start : m.end(1)], P, 0.75)


def _signed_with_a_service_word(m: re.Match[str]) -> bool:
    """'Thanks Care\nCare Spanu': the word the closing gives, starting the full name on
    the next line, is a given name though a service's word; not 'Thanks Safeguarding\n
    Safeguarding Team', whose line ends in a team's word."""
    low = m.group(1).lower()
    if low in KIN_NOUNS or m.group(1) in TITLES or low in NOT_A_PERSON or low in STOP_WORDS:
        return False
    return not ROLE_LAST_RE.search(m.group(2).split()[-1])


def find_person_slots(text: str) -> Iterator[Finding]:
    """A word where the sentence leaves room only for a person, whatever the word
    means: bracketed as someone's relative, telling the review, signing a card."""
    slots = (
        KIN_BRACKET_RE,
        TOLD_THE_REVIEW_RE,
        ACCOUNT_TO_RE,
        FROM_SIGNED_RE,
        KIN_THEN_BRACKET_RE,
        MY_NAME_RE,
        AGED_CALLER_RE,
    )
    for rx in (*slots, PARTY_THEN_NAME_RE):
        for m in finditer(rx, text):
            if _a_slot_word(m.group(1)) and not (
                (rx is AGED_CALLER_RE and m.group(1).lower() in DOCUMENT_PARTS)
                or (rx in (TOLD_THE_REVIEW_RE, ACCOUNT_TO_RE) and m.group(1).lower() in adverbs())
                or (rx is ACCOUNT_TO_RE and _a_plural(m.group(1)))
            ):
                yield _f(m, 1, "PERSON", 0.7)
    for m in MY_NAME_RE.finditer(text):
        word = m.group(1)  # any word but a role or a title ("My name's Up, I'm her child")
        if not (no_ones_name(word) or word in TITLES or word.casefold() in NOT_A_PERSON):
            yield _f(m, 1, "PERSON", 0.7)
    for m in QUOTED_SIGNOFF_RE.finditer(text):
        if _signs_a_quotation(text, m):
            yield _f(m, 1, "PERSON", 0.7)
    for m in CALLER_FROM_RE.finditer(text):
        if _a_slot_word(m.group(1)):
            yield _f(m, 1, "PERSON", 0.7)
    for m in finditer(KIN_BARE_BRACKET_RE, text):
        if f := _the_name_before_a_kin_bracket(m):
            yield f
    yield from _signed_with_a_number(text)
    for m in STATEMENT_OF_RE.finditer(text):
        words = m.group(1).split()
        if _a_signers_name(words):  # not "Statement of Special Educational Needs:"
            yield _f(m, 1, "PERSON", 0.7)
    for m in finditer(BY_NAME_COLON_RE, text):
        if _a_signers_name(m.group(1).split()):
            yield _f(m, 1, "PERSON", 0.7)
    recorded = itertools.chain(
        _at_a_word_start(SIGNED_QUOTE_RE, text),
        _read_back(PREFERRED_NAME_RE, WORD_BEFORE_RE, text, 40),
        _read_back(AS_THE_PART_RE, WITH_NAME_BEFORE_RE, text, 40),
        _at_a_word_start(ROLE_INITIALS_NAME_RE, text),
    )
    for m in recorded:
        words = m.group(1).split()
        if m.re is ROLE_INITIALS_NAME_RE and len(words) == 1 and is_ordinary_word(words[0]):
            continue  # "the DSL Log shows": one English word after a role is its thing
        if all(_a_slot_word(w) and w not in NOT_NAMES for w in words):
            yield _f(m, 1, "PERSON", 0.7)
    for m in SIGNED_TWICE_RE.finditer(text):
        if _a_slot_word(m.group(1)) or _signed_with_a_service_word(m):
            yield _f(m, 1, "PERSON", 0.9)
            yield _f(m, 2, "PERSON", 0.9)
    yield from _names_in_records(text)


# Where a record puts a name, whatever its words: a full name among those present at a
# meeting ("Present: the Chair; Cherub Carazo; Plenty Lubinda, the victim's supervisor"),
# the sender of a message to someone ("Email from Ng'washi Tooth to the graduate school"),
# the one whose statement or message is quoted ("Sorrow D'Ambrogio, statement to the
# review:") and the one who did a thing on a date ("made by Repent on 10.06.2021").
# Each starts with a literal or is read back from one.
_ATTENDANCE = (
    r"(?:Present|Attendees|Attending|In[ \t]+attendance|Also[ \t]+present|Apologies)[ \t]*:"
)
# A list ends at the line's end or where the next begins on the same line ("Present: …;
# Ms Torunn Zijlstra. Apologies: Zap Skjelbred; Ms Marwaha.").
PRESENT_RE = re.compile(rf"{_ATTENDANCE}[ \t]*([^\n]+?)(?=[ \t]*{_ATTENDANCE}|\n|$)")
LISTED_NAME_RE = re.compile(
    rf"[ \t]*({_NAMEWORD}(?:[ \t]+(?:{PARTICLE_RUN})?{_NAMEWORD}){{1,2}})"
    r"[ \t]*(?:\(|,|\.(?=[ \t])|\.?$"  # "Apologies: Nylon Okojie. Terms of reference"
    r"|(?<=[a-z])[ \t]+(?:for|from)[ \t]+(?:the[ \t]+)?[a-z])"  # "Return Yon for firearms"
)
SENT_FROM_RE = re.compile(
    rf"from[ \t]+({_NAMEWORD}(?:[ \t]+(?:{PARTICLE_RUN})?{_NAMEWORD}){{0,2}})"
    r"[ \t]+to[ \t]+(?:the|her|his|their|a|an)\b"
)
SENT_BEFORE_RE = re.compile(
    r"(?:[Ee]mail|[Ll]etter|[Mm]essage|[Tt]ext|[Nn]ote|[Rr]eferral|[Cc]all)[ \t]+\Z"
)
QUOTED_RECORD_RE = re.compile(
    r",[ \t]+(?:statement|message|email|letter|account|interview|text)[ \t]+(?:to|for)[ \t]"
)
NAME_OPENING_RE = re.compile(
    rf"(?:(?<=^)|(?<=\n)|(?<=[.!?:][ \t]))[ \t]*"
    rf"({_NAMEWORD}(?:[ \t]+(?:{PARTICLE_RUN})?{_NAMEWORD}){{0,2}})\Z"
)
DONE_BY_ON_RE = re.compile(
    rf"by[ \t]+({_NAMEWORD}(?:[ \t]+(?:{PARTICLE_RUN})?{_NAMEWORD})?)[ \t]+on[ \t]+\d"
)
# Whom a dated entry is about, first after its date, time or reference and a colon:
# "Emergency department, 16 December 2019 13:39: Jaguar Turnell, 'laceration…'", "CPS
# charging decision, 21/08/2017: Shoes Karaahmedov, murder."
DATED_ENTRY_NAME_RE = re.compile(
    rf"(?<=\d)[ \t]*:[ \t]+({_NAMEWORD}(?:[ \t]+(?:{PARTICLE_RUN})?{_NAMEWORD}){{1,2}})"
    r"(?=,[ \t])"
)
# Whose statement a record holds, by full name, mid-sentence and before any pause ("Witness
# statement of Asio Banker, of 45 Pensnett Road"; STATEMENT_OF_RE reads "Statement of X:"),
# and who a call's caller was ("The caller was Ledum Writer, who…").
WITNESS_STATEMENT_RE = re.compile(
    rf"[Ss]tatement[ \t]+of[ \t]+"
    rf"({_NAMEWORD}(?:[ \t]+(?:{PARTICLE_RUN})?{_NAMEWORD}){{1,2}})"
    r"(?=[ \t]*[,.:;(]|[ \t]+(?:of|to|on)\b)"
)
CALLER_WAS_RE = re.compile(
    rf"(?:caller|informant|complainant|witness)[ \t]+was[ \t]+"
    rf"({_NAMEWORD}(?:[ \t]+(?:{PARTICLE_RUN})?{_NAMEWORD}){{1,2}})"
    r",[ \t]+(?:who|a|an|the|her|his)\b"
)


def _names_in_records(text: str) -> Iterator[Finding]:
    for line in PRESENT_RE.finditer(text):
        items = line.group(1)
        cut = ";" if ";" in items else ","
        start = line.start(1)
        for item in items.split(cut):
            m = LISTED_NAME_RE.match(item)
            if m is not None and _a_recorded_name(m.group(1)):
                a = start + m.start(1)
                yield Finding(a, a + len(m.group(1)), "PERSON", m.group(1), P, 0.7)
            start += len(item) + 1
    named = itertools.chain(
        (
            m
            for m in SENT_FROM_RE.finditer(text)
            if SENT_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
        ),
        _read_back(QUOTED_RECORD_RE, NAME_OPENING_RE, text, 60),
        _at_a_word_start(DONE_BY_ON_RE, text),
        _at_a_word_start(CALLER_WAS_RE, text),
        DATED_ENTRY_NAME_RE.finditer(text),
    )
    for m in named:
        if _a_recorded_name(m.group(1)):
            yield _f(m, 1, "PERSON", 0.7)
    for m in _at_a_word_start(WITNESS_STATEMENT_RE, text):
        words = m.group(1).split()  # not "the statement of Special Educational Needs,"
        if _a_recorded_name(m.group(1)) and not any(w.lower() in common_words() for w in words):
            yield _f(m, 1, "PERSON", 0.7)


def find_defendants(text: str) -> Iterator[Finding]:
    """'R v O'Mullane', 'R v CANEK CALL': the defendant a criminal case is named for."""
    for m in R_V_RE.finditer(text):
        words = m.group(1).split()
        while words and (
            words[-1] == "I"
            or (words[-1].casefold() in STOP_WORDS and not words[-1].isupper())
            or words[-1] in NOT_NAMES
        ):
            words.pop()  # "R v Smith In the Crown Court": the name ends before "In"
        if not words or any(
            w.casefold() in NOT_A_PERSON or w in TITLES or ROLE_LAST_RE.match(w) for w in words
        ):
            continue  # "R v Secretary of State"
        name = " ".join(words)
        if not m.group(1).startswith(name):
            continue
        yield Finding(m.start(1), m.start(1) + len(name), "PERSON", name, P, 0.8, FIELD_REASON)


_R_V_WORD = rf"{UPPER}[^\W\d_'’-]*(?:['’]{UPPER}?[^\W\d_]+)?(?:-{UPPER}[^\W\d_]+)?"
R_V_RE = compile_guarded(
    rf"\bR\.?[ \t]+v\.?[ \t]+({_R_V_WORD}(?:[ \t]+(?:{PARTICLE_RUN})?{_R_V_WORD}){{0,2}})"
)


def _a_recorded_name(name: str) -> bool:
    """A slot's words (`_a_slot_word`); in a full name a surname may be a place abroad
    too ("Cherub Carazo"), so long as not every word is a place."""
    words = name.split()
    if len(words) == 1:
        return _a_slot_word(words[0])
    places = [w.lower() in PLACE_FOLDS or w.lower() in WORLD_PLACE_FOLDS for w in words]
    if not all(places) and all(
        _a_slot_word(w) or place for w, place in zip(words, places, strict=True)
    ):
        return True
    return _a_brand_as_given_name(words)


def _a_brand_as_given_name(words: list[str]) -> bool:
    """'Jaguar Turnell', 'Skoda Mbatha': a word the allowlist keeps (a car, a drug, a
    county, a word of another language) given as a name, where a record's slot holds
    a full name whose surname no dictionary holds."""
    if len(words) != 2:
        return False
    first, last = words
    low = first.lower()
    return (
        low in ALLOW_WORDS
        and first[:1].isupper()
        and not (low in KIN_NOUNS or low in SERVICE_NOUNS or low in STOP_WORDS)
        and not (first in TITLES or first.capitalize() in NOT_NAMES or low in DAYS_MONTHS)
        and _a_slot_word(last)
        and not is_ordinary_word(last)
        and last.lower() not in PLACE_FOLDS
        and last.lower() not in WORLD_PLACE_FOLDS
    )


# Where a record puts a person, whatever the word: a signature quoted on a form
# ("signed 'Downs'"), a preferred name ("Mko (her preferred name)"), the part a record
# gave someone ("completed with Ship as the victim"), and a school's safeguarding lead
# or an advocate before what they did ("DSL Corn Mast logged it").
# Each starts with a word or a space, or is read back from one, so the regex engine
# skips to where it can match.
SIGNED_QUOTE_RE = re.compile(rf"signed[ \t]+['‘\"“]({_NAMEWORD}(?:[ \t]+{_NAMEWORD})?)['’\"”]")
PREFERRED_NAME_RE = re.compile(
    r"[ \t]+\((?:(?:her|his|their)[ \t]+(?:preferred|chosen|usual)[ \t]+name|"
    r"prefers[ \t]+this[ \t]+name)\)"
)
WORD_BEFORE_RE = re.compile(rf"(?<![\w-])({_NAMEWORD})\Z")
AS_THE_PART_RE = re.compile(
    r"[ \t]+as[ \t]+(?:the|a)[ \t]+(?:victim|perpetrator|suspect|(?:primary[ \t]+)?aggressor)\b"
)
WITH_NAME_BEFORE_RE = re.compile(rf"\bwith[ \t]+({_NAMEWORD})\Z")
ROLE_INITIALS_NAME_RE = re.compile(
    rf"(?:DSL|DDSL|SENCO|SENCo|IDVA|ISVA|FLO|SIO|OIC)[ \t]+({_NAMEWORD}(?:[ \t]+{_NAMEWORD})?)"
    r"(?=[ \t]+[a-z])"
)


def _read_back(
    anchor: re.Pattern[str], before: re.Pattern[str], text: str, width: int
) -> Iterator[re.Match[str]]:
    """`before` (anchored at its end) just before each match of `anchor`."""
    for hit in anchor.finditer(text):
        m = before.search(text, max(0, hit.start() - width), hit.start())
        if m is not None:
            yield m


def _at_a_word_start(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """rx's matches that start a word (rx starts with a letter, not `\\b`, so the regex
    engine can skip to its first letters)."""
    for m in rx.finditer(text):
        if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
            yield m


MENTION_REASON = "an @-mention or an account's name"


def find_mentions(text: str) -> Iterator[Finding]:
    """'@trangy u coming fri': an @-mention names a person (0.85), as does an account's
    name written without the @ ("an account named dock.drones", "forum post by
    'mélo_tuned'", "the account 'tech-dock'")."""
    for m in MENTION_RE.finditer(text):
        yield _f(m, 1, "PERSON", 0.85)
    for m in ACCOUNT_NAME_RE.finditer(text):
        if not m.group(1).lower().startswith(("www.", "http")):
            yield _f(m, 1, "PERSON", 0.85)


# An account's name after what it is: a handle's dot, underscore or hyphen, or its
# digits, tell it from a word ("the account holder"), and a letter from a bank's
# sort code ("account 12-34-56").
_HANDLE = r"(?=[\w.\-]*[^\W\d_])[^\W_][\w.\-]*(?:[._\-][\w.\-]*[^\W_]|\d)"
ACCOUNT_NAME_RE = compile_guarded(
    r"\b(?:(?:[Aa]ccount|[Uu]sername|[Uu]ser[ \t]name|[Hh]andle|[Gg]amertag)"
    r"(?:[ \t]+(?:named|called|was|is))?[ \t]*:?"
    r"|(?:[Pp]ost|[Pp]osts|[Pp]osted|[Mm]essage|[Cc]omment|[Tt]weet)[ \t]+by)[ \t]+"
    rf"['‘\"“]?({_HANDLE})(?![\w@/])"
)


# "Perpetrator: Wren, Piotr.", "ED attendance 00:04: Brown, Shamima, NHS ...":
# a record's surname-first name, after a colon, a dash or a line start.
SURNAME_FIRST_RE = compile_guarded(
    rf"(?:^|(?<=[:–—]))[ \t]*({UPPER}[^\W\d_'’\-]*(?:[-'’]{UPPER}?[^\W\d_]+)*),[ \t]+"
    rf"({UPPER}[^\W\d_]+(?:-{UPPER}?[^\W\d_]+)?)(?=[ \t]*(?:[.,;(\n]|$))",
    re.MULTILINE,
)


# A reference's author: "Chopra, J", "McEwan, T.E.", "Monckton-Smith, J."
_AUTHOR = r"[A-Z][a-z]*(?:[A-Z][a-z]+)?(?:[-'’][A-Z][a-z]+)?,[ \t]+[A-Z]\.?(?:[ \t]?[A-Z]\.?){0,2}"
_AUTHOR_SEP = r"(?:,[ \t]+(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+)"
CITED_AUTHORS_RE = compile_guarded(
    rf"(?<![\w'’-])(?:{_AUTHOR}(?![\w'’-]){_AUTHOR_SEP})+{_AUTHOR}(?![\w'’-])"
    rf"|(?<![\w'’-]){_AUTHOR}(?=[ \t]*\(?(?:19|20)\d\d[a-z]?\b)"
)
AUTHOR_RE = re.compile(_AUTHOR)
# What only a reference's author has: a surname's comma, then initials before the
# next author or the year. Looked for first: the whole pattern at every capital
# cost a third as much as every other recogniser together on a long document.
INITIALS_RE = re.compile(
    r"[a-z],[ \t]+[A-Z]\.?(?:[ \t]?[A-Z]\.?){0,2}(?:,|[ \t]+(?:and|&)[ \t]|[ \t]*\(?(?:19|20)\d\d)"
)


def _cited_author_runs(text: str) -> Iterator[re.Match[str]]:
    done = 0
    for hint in INITIALS_RE.finditer(text):
        if hint.start() < done:
            continue
        for run in CITED_AUTHORS_RE.finditer(text, max(done, hint.start() - 60), hint.end() + 400):
            if run.start() <= hint.start() < run.end():
                done = run.end()
                yield run
                break


CITED_REASON = "an author of a cited work ('Chopra, J')"


def find_cited_authors(text: str) -> Iterator[Finding]:
    """'Chopra, J, Sambrook, L and Blinkhorn, V (2022)': a reference's authors,
    surname then initials, two or more in a run, or one before the year. Each
    author is one finding, initials and all."""
    for run in _cited_author_runs(text):
        for m in AUTHOR_RE.finditer(text, run.start(), run.end()):
            surname = m.group(0).split(",")[0]
            if surname.lower() in NOT_A_PERSON or surname.lower() in DAYS_MONTHS:
                continue
            end = m.end() - (m.group(0).endswith(" ") and 1)
            yield Finding(m.start(), end, "PERSON", text[m.start() : end], P, 0.75, CITED_REASON)


def find_surname_first(text: str) -> Iterator[Finding]:
    """'Wren, Piotr.': both words of a record's surname-first name, where the
    given name is no English word (else "Police, Social Care" would be one)."""
    for m in SURNAME_FIRST_RE.finditer(text):
        given = m.group(2)
        if (is_ordinary_word(given) and given.lower() not in NAME_WORDS) or (
            given.lower() in DAYS_MONTHS
        ):
            continue
        if m.group(1).lower() in NOT_A_PERSON or m.group(1) in TITLES:
            continue
        yield _f(m, 1, "PERSON", 0.8)
        yield _f(m, 2, "PERSON", 0.8)


ROLE_NOUNS = (
    "paramedic|worker|keyworker|nurse|midwife|visitor|officer|teacher|manager|advocate|"
    "IDVA|ISVA|chair|pastor|imam|priest|vicar|rabbi|GP|doctor|consultant|psychiatrist|"
    "psychologist|therapist|counsellor|coordinator|practitioner|solicitor|landlord|"
    "landlady|employer|supervisor|caseworker|mentor|volunteer|receptionist|pharmacist|"
    "detective|sergeant|constable|carer|childminder|registrar|clinician|surgeon|"
    "dentist|optician|physiotherapist|chaplain|warden|barrister|interpreter|lead|"
    "attorney|educator|tutor|adviser|advisor|broker|bursar|assistant"
)
ROLE_APPOSITION_RE = compile_guarded(
    rf"\b(?:[Tt]he|[Hh]er|[Hh]is|[Tt]heir|[Oo]ur)[ \t]+(?:[a-z][a-z'’-]*[ \t]+){{0,2}}"
    rf"(?:{ROLE_NOUNS})(?:[ \t]+in[ \t]+the[ \t]+case)?,[ \t]+"
    rf"((?:{_NAMEWORD})(?:[ \t]+(?:{PARTICLE_RUN})?(?:{_NAMEWORD})){{0,2}})"
    rf"(?:,|[ \t]+(?:told|said|says|wrote|noticed|recalled|reported|explained|described)\b)"
)

# "Health visitor Wretch Venison wrote on 11 May", "the social worker Amazon Flax
# rang": a role, then a full name without a comma (a line may break inside it), then
# what the person did, or a comma and where ("Practice nurse Natty Revere, dressing
# clinic,"; "DSL Gummy Lumbao logged it").
ROLE_NAME_VERB_RE = compile_guarded(
    rf"\b(?:{ROLE_NOUNS}|DSL|DDSL|SENCO|SENCo)(?:[ \t]+|[ \t]*\n[ \t]*)"
    rf"((?:{_NAMEWORD})(?:(?:[ \t]+|[ \t]*\n[ \t]*)(?:{PARTICLE_RUN})?(?:{_NAMEWORD})){{1,2}})"
    r"(?:[ \t]+(?:told|said|says|wrote|writes|noted|recorded|asked|rang|phoned|visited|"
    r"reported|emailed|explained|described|advised|documented|noticed|recalled|logged|"
    r"made|attended|completed|saw|met|spoke|took|gave|found|referred|assessed|contacted|"
    r"arranged|agreed|refused|decided)\b|,[ \t]+[a-z]|\.(?=[ \t]*(?:\n|$|[A-Z])))"
)


# "Blessing Waters, staff nurse, recorded": a name then its role, set off by commas,
# opening a line or a sentence.
# Read from the role back, which starts with a comma: a scan from every line and
# sentence start cost 4% of detection.
# Who someone is to the people of the case, after their name as after a role ("Laser
# Parrot, the defendant's earlier partner,"; "Pep Manning, the head of year,").
_WHO_TO_THE_CASE = (
    "partner|husband|wife|mother|father|sister|brother|son|daughter|friend|neighbour|"
    "colleague|cousin|aunt|uncle|niece|nephew|grandmother|grandfather|boyfriend|girlfriend|"
    "lodger|flatmate|boss|ex|head"
)
ROLE_AFTER_COMMA_RE = re.compile(
    rf",[ \t]+(?:(?:the|a|an|our|her|his)[ \t]+)?(?:[a-z][a-z'’-]*[ \t]+){{0,3}}"
    rf"(?:{ROLE_NOUNS}|victim|perpetrator|complainant|witness|{_WHO_TO_THE_CASE})"
    r"(?:[ \t]+of[ \t]+[a-z]+)?(?:,|[ \t]+(?:at|for)\b)"
)
# ... opening a line or a sentence, or after a record's colon or "from", "by" or "of"
# ("HR file: Kitten Brine, senior carer,", "from Tubby Law, designated safeguarding lead
# at"), with an Irish surname's capitalised particle ("Tubby Ó Tuama, health visitor,").
_CAPITAL_PARTICLE = r"(?:Ó|Ní|Nic|Ua|Mac|Mc)[ \t]+"
NAME_BEFORE_ROLE_RE = re.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=[.!?]['’\"”][ \t])|(?<=\n)|(?<=[:;,][ \t])|(?<=\bfrom[ \t])"
    r"|(?<=\bby[ \t])|(?<=\bof[ \t])|(?<=\bto[ \t]))"
    # "The night before, Comet Lantern, her earlier partner,"; "… to me.' Sa'ada Thorpe, the
    # defendant's earlier partner,"
    rf"[ \t]*((?:{_NAMEWORD})"
    rf"(?:[ \t]+(?:{PARTICLE_RUN}|{_CAPITAL_PARTICLE})?(?:{_NAMEWORD})){{1,2}})$"
)
# "Remembrance, a care assistant at the home for twenty years,": a word alone opening
# a sentence, then what the person does and where (read from the role back, too).
ROLE_AT_AFTER_COMMA_RE = re.compile(
    rf",[ \t]+an?[ \t]+(?:[a-z][a-z'’-]*[ \t]+){{0,2}}(?:{ROLE_NOUNS})"
    r"[ \t]+(?:at|for|with|from|in)\b"
)
NAME_ALONE_BEFORE_ROLE_RE = re.compile(
    rf"(?:^|(?<=[.!?][ \t])|(?<=[.!?]['’\"”][ \t])|(?<=[.!?]['’\"”]['’\"”][ \t])|(?<=\n))"
    rf"[ \t]*({_NAMEWORD})$"
)
# A letter's closing words, on the line above or before its signature.
CLOSINGS = frozenset(
    ["regards", "sincerely", "faithfully", "truly", "respectfully", "wishes", "thanks", "cheers"]
)
# Words of a rank or a letter's closing: "Senior Practitioner, team manager," and
# "Kind Regards, the manager," name no one.
NOT_BEFORE_A_ROLE = frozenset(
    [*ROLE_NOUNS.lower().split("|"), *CLOSINGS, "senior", "principal", "deputy", "assistant",
     "head", "lead", "chief", "team", "best", "kind", "warm", "many"]
)  # fmt: skip


# "Partner (Pilgrim) shouted", "Caller (Pretty, whispering):", "A2 IDVA (Gracious)": a
# role, then a bracket that opens with a capitalised word and closes or pauses after it.
ROLE_BRACKET_RE = re.compile(
    rf"\(((?:{_NAMEWORD})(?:[ \t]+(?:{PARTICLE_RUN})?(?:{_NAMEWORD}))?)(?=\)|,)"
)
ROLE_BEFORE_BRACKET_RE = re.compile(
    r"\b(?:[Pp]artner|[Cc]aller|IDVA|ISVA|[Mm]other|[Ff]ather|[Cc]hild|[Ss]on|[Dd]aughter|"
    r"[Vv]ictim|[Pp]erpetrator|[Ss]ister|[Bb]rother|[Ww]ife|[Hh]usband|[Nn]eighbour|[Ff]riend|"
    r"[Bb]oyfriend|[Gg]irlfriend|[Ww]itness|[Cc]omplainant|[Ss]uspect|[Bb]aby)[ \t]+$"
)


def _names_before_a_role(text: str) -> Iterator[re.Match[str]]:
    """'Blessing Waters, staff nurse,': read back from the role's comma."""
    for name in _read_back(ROLE_AFTER_COMMA_RE, NAME_BEFORE_ROLE_RE, text, 80):
        words = name.group(1).split()
        if all(w.casefold() in PLACE_FOLDS or w.casefold() in WORLD_PLACE_FOLDS for w in words):
            continue  # "…, West Yorkshire, her sister's partner,": a place before the role
        if not any(
            w.lower().removesuffix("s") in NOT_BEFORE_A_ROLE
            or w.lower() in SERVICE_NOUNS  # "Housing Options, support worker,"
            or w.casefold() in NOT_A_PERSON
            for w in name.group(1).split()
        ):
            yield name
    for name in _read_back(ROLE_AT_AFTER_COMMA_RE, NAME_ALONE_BEFORE_ROLE_RE, text, 40):
        if _a_word_alone_as_a_name(name.group(1)):
            yield name


def _a_word_alone_as_a_name(word: str) -> bool:
    """Not 'Later', 'Meanwhile', 'Housing', 'Neighbours' or 'Mother' before ', a
    nurse at': an adverb, a service, a plural or a relative opens such a sentence too."""
    low = word.lower()
    return not (
        low in adverbs()
        or low in STOP_WORDS
        or low in DAYS_MONTHS
        or low in ALLOW_WORDS
        or low in KIN_NOUNS
        or low in NOT_BEFORE_A_ROLE
        or low in SERVICE_NOUNS
        or word in NOT_NAMES
        or _a_plural(low)
    )


def _names_in_a_bracket_after_a_role(text: str) -> Iterator[re.Match[str]]:
    """'Partner (Pilgrim)': read forward from the bracket, then back to the role;
    not a month ("Child (June)") or a service ("Partner (Police)")."""
    for m in ROLE_BRACKET_RE.finditer(text):
        words = m.group(1).split()
        if words[0].lower() in DAYS_MONTHS or any(w.lower() in ALLOW_WORDS for w in words):
            continue
        if ROLE_BEFORE_BRACKET_RE.search(text, max(0, m.start() - 20), m.start()):
            yield m


def find_role_appositions(text: str) -> Iterator[Finding]:
    """'The paramedic, Clever Lovell, told', 'the nursery key worker, Scarlet,
    noticed', 'Blessing Waters, staff nurse, recorded', 'Partner (Pilgrim)': a
    name set off by commas or a bracket beside a role is that person's, whatever
    else its words mean."""
    matches = itertools.chain(
        ROLE_APPOSITION_RE.finditer(text),
        _names_before_a_role(text),
        _names_in_a_bracket_after_a_role(text),
    )
    for m in matches:
        if not any(w.strip("'’") in NOT_NAMES for w in m.group(1).split()):
            yield _f(m, 1, "PERSON", 0.8)
    for m in ROLE_NAME_VERB_RE.finditer(text):
        words = m.group(1).split()  # not "the support worker Team Leader said"
        if (
            all(_a_slot_word(w) and w not in NOT_NAMES for w in words)
            and not ROLE_LAST_RE.search(words[-1])
            and not any(ORG_WORD_RE.fullmatch(w) or w.lower() in PLACE_OF_CARE for w in words)
        ):
            yield _f(m, 1, "PERSON", 0.8)


# Where a role works, named after it: "the practice nurse Leg Ulcer Clinic, weekly".
PLACE_OF_CARE = frozenset(
    ["clinic", "ward", "lodge", "house", "home", "hub", "project", "helpline", "line", "refuge",
     "hostel", "hall", "court", "centre", "surgery", "practice", "help"]
)  # fmt: skip


# "Child present (name given as njesh)": a name recorded as said, in any case.
NAME_GIVEN_AS_RE = compile_guarded(
    r"\b(?:name[ \t]+(?:given|recorded|written|spelt|spelled)|(?:gave|giving|gives|wrote|"
    r"writes|writing|signed|signs|spelt|spelled|spells)[ \t]+"
    r"(?:her|his|their)[ \t]+name)[ \t]+as[ \t]+[\"“‘'(]?([^\W\d_][^\W\d_'’-]+)(?![\w-]|['’]\w)",
    lines_with="name",
)
NOT_GIVEN_AS = frozenset(["unknown", "not", "none", "only", "just", "being", "well", "such"])
# "a payee saved as "flashy money"": a contact or a payee as a phone or a bank app keeps
# it, quoted, in lower case (a payee, a contact or a number, and a quotation mark: not
# "saved as evidence", nor a status "listed as 'progressing'").
SAVED_AS_RE = compile_guarded(
    r"\b(?:[Pp]ayee|[Cc]ontact|[Nn]umber)s?[ \t]+(?:(?:was|is)[ \t]+)?(?:saved|stored)[ \t]+"
    r"(?:in[ \t]+(?:her|his|the)[ \t]+phone[ \t]+)?as[ \t]+[\"“‘']"
    r"([^\W\d_][^\W\d_'’-]+)(?![\w-]|['’]\w)",
    lines_with="saved|stored",
)


# The name someone went by, put before the name it stands for: "Wale, as Adewale was
# known, told Mr H", "Az (as Asif was known)". Whatever its word, it is what people
# called a person ("Wale" is also a word).
AS_NAME_WAS_KNOWN_RE = compile_guarded(
    rf"\b({_NAMEWORD}|{UPPER}{LOWER}),?[ \t]+\(?as[ \t]+(?!(?:{TITLE_ALT})\b){_NAMEWORD}"
    rf"(?:[ \t]+{_NAMEWORD})?[ \t]+(?:was|is|were|are)[ \t]+(?:always[ \t]+|then[ \t]+)?"
    r"(?:known|called)\b(?![ \t]+(?:to|for|by|at|in)\b)",
    lines_with=r"\b(?:was|is|were|are)[ \t]+(?:always[ \t]+|then[ \t]+)?(?:known|called)\b",
)


# How a circular greets whoever reads it: "Dear Colleague,", "Dear Parent/Carer,".
# Only there no name: "Vibe Parent" and "Mr Friend" are people.
GREETED_AS = frozenset(
    ["Colleague", "Friend", "Member", "Reader", "Parent", "Carer", "Guardian", "Sir", "Madam"]
)


def _one_or_more_of(word: str, words: frozenset[str]) -> bool:
    """`word`, or its plural, is one of `words` ("Occupiers", "Residents")."""
    return word in words or (word.endswith("s") and word[:-1] in words)


def find_related_names(text: str) -> Iterator[Finding]:
    """'her son Jake', 'known as Mimi', 'name given as njesh', 'Wale, as Adewale was known'."""
    for m in itertools.chain(finditer(NAME_GIVEN_AS_RE, text), finditer(SAVED_AS_RE, text)):
        word = m.group(1)
        if word.islower() and word not in NOT_GIVEN_AS and word not in STOP_WORDS:
            yield _f(m, 1, "PERSON", 0.75)
    for m in finditer(AS_NAME_WAS_KNOWN_RE, text):
        if m.group(1).lower() not in STOP_WORDS:
            yield _f(m, 1, "PERSON", 0.75)
    for m in RELATION_RE.finditer(text):
        first_word = m.group(1).split()[0]
        if (
            "\n" in text[m.start() : m.start(1)]
            and not CLOSING_LEAD_RE.match(m.group(0))
            and is_ordinary_word(POSSESSIVE_END_RE.sub("", first_word.strip("'’")))
            and (first_word.lower() not in NAME_WORDS or LOWER_WORD_NEXT_RE.match(text, m.end(1)))
        ):
            continue  # "for a Deaf mother\nStrengths and Difficulties": the next line's
            # words, also where one may be a name ("the child's father\nKey adult's note")
        if CALLED_RE.match(m.group(0)) and PET_OR_THING_BEFORE_RE.search(
            text, max(0, m.start() - 24), m.start()
        ):
            continue  # "a lurcher called Pebble", "the coble named Bonnie Lass"
        words = m.group(1).split()
        while words and _one_or_more_of(words[0].strip("'’"), NOT_NAMES):
            words = words[1:]
        if not words or _one_or_more_of(words[-1].strip("'’"), NOT_NAMES):
            continue  # "Dear Occupiers", "Dear Tenants"
        if len(words) == 1 and _one_or_more_of(words[0].strip("'’"), GREETED_AS):
            continue  # "Dear Colleagues", "Dear Parent/Carer"
        first = POSSESSIVE_END_RE.sub("", words[0].strip("'’")).lower()  # "That's"
        quoted = bool(QUOTE_OPENS_RE.search(text, m.start(1) - 2, m.start(1) + 1)) and (
            m.group(0).split()[0].lower().strip(",:") in RELATIVES
        )
        if (
            len(words) == 1
            and first not in NAME_WORDS
            and (first in STOP_WORDS or (quoted and is_ordinary_word(first)))
        ):
            continue  # "her mother: 'Every morning…'", "the child, 'Tell your mother…'"
        if AWARD_AFTER_RE.match(text, m.end(1)):
            continue  # "named Star of the Week": an award
        eol = text.find("\n", m.end(1))
        line = words + text[m.end(1) : eol if eol >= 0 else len(text)].split()
        # not "(Audiology)" or a lone ","
        line = [w for w in line if not w.startswith("(") and w.strip(",.;:")] or line
        if len(line) <= 5 and ROLE_LAST_RE.search(line[-1].strip(",.;:")):
            continue  # "Yours sincerely\nConsultant Old Age Psychiatrist": a role signs
        name = re.sub(r"['’]s?$", "", " ".join(words))
        start = m.end(1) - len(m.group(1)) + m.group(1).index(words[0])
        if text[start : start + len(name)] != name:
            continue
        end = start + len(name)
        signed = CLOSING_LEAD_RE.match(m.group(0)) and len(line) == 1
        below = LONE_WORD_LINE_RE.match(text, end) if signed else None
        if below and ROLE_LAST_RE.search(below.group(1)):
            if is_ordinary_word(words[0]) or words[0].lower() in SERVICE_NOUNS:
                continue  # "Yours sincerely\nHousing\nOfficer": a role over two lines
        elif below and _a_surname_below(text, below):
            end = below.end(1)  # "Yours sincerely\nAmara\nOkonkwo\nVictim Liaison Officer"
        yield Finding(start, end, "PERSON", text[start:end], P, 0.75)


# A word alone on the next line (a signature's surname, or a role's last word).
LONE_WORD_LINE_RE = re.compile(rf"[ \t]*\n[ \t]*({_NAMEWORD})[ \t]*(?=\n|$)")


def _a_surname_below(text: str, below: re.Match[str]) -> bool:
    """A signature's given name alone on its line, its surname alone on the next, then
    the signer's role or nothing: not a service's word or an organisation's."""
    word = below.group(1)
    if (
        word.lower() in ALLOW_WORDS
        or word.lower() in SERVICE_NOUNS
        or ORG_WORD_RE.fullmatch(word)
        or _one_or_more_of(word, NOT_NAMES)
    ):
        return False
    rest = below.end()
    following = text.find("\n", rest)
    return following < 0 or not text[rest:following].strip() or a_role_line(text, following + 1)


# A letter's closing and its signature sit on separate lines; a relative and a name not.
CLOSING_LEAD_RE = re.compile(
    r"(?:Yours|[Kk]ind|[Bb]est|Regards|Signed|Dear|Re:|addressed|names|lists|Take)\b"
)
CALLED_RE = re.compile(r"(?:named|called|nicknamed|known)\b")
# The next word in lower case: the line goes on as a sentence, not a list of names.
LOWER_WORD_NEXT_RE = re.compile(r"(?:['’]s)?[ \t]+[a-z]")
# An animal, a boat or a venue someone named: no person's name
PET_OR_THING_BEFORE_RE = re.compile(
    r"\b(?:dog|cat|puppy|kitten|lurcher|terrier|spaniel|staffie|staffy|labrador|collie|"
    r"greyhound|whippet|alsatian|husky|poodle|horse|pony|rabbit|hamster|parrot|budgie|"
    r"tortoise|snake|ferret|pet|boat|coble|yacht|dinghy|ship|trawler|pub|café|cafe|band|"
    r"app|page|account|caravan|cottage|farm)s?[ \t]+$"
)
POSSESSIVE_END_RE = re.compile(r"['’]s$")
ROLE_LAST_RE = re.compile(
    rf"^(?i:{ROLE_NOUNS}|specialist|assessor|administrator|assistant|"
    r"director|navigator|team|service|department|office|agent|clerk|secretary|scientist|"
    r"technician|technologist|audiologist|valuer|surveyor|underwriter|treasurer|"
    r"servicing|support|operations|collections|accounts|helpdesk|registry)s?$"
)
AWARD_AFTER_RE = re.compile(r"[ \t]+of[ \t]+the[ \t]+(?:Week|Month|Year|Term|Match|Day)\b")
QUOTE_OPENS_RE = re.compile(r"[\"“‘'](?=[^\W\d_])")


NOT_NAMES = frozenset(
    [
        # how a letter addresses or signs for someone it does not name
        "Applicant",
        "Partner",  # "Yours sincerely\nPeople Partner": HR's role
        "Headteacher",
        "Associate",
        "Claimant",
        "Client",
        "Tenant",
        "Occupier",  # "The Occupier\n85 Marshmans Row", "Dear Occupier,"
        "Householder",
        "Resident",
        "Customer",
        "Patient",
        "Student",  # "Yokasta Florent\nStudent number 2047731": a letter's field
        "Pupil",
        "Caller",
        "Complainant",
        "Respondent",
        "Defendant",
        "Solicitor",
        "Paralegal",
        # "May God forgive me": a prayer, not a surname ("Allah" is left out: "Allah
        # Ditta" and "Allah Rakha" are given names)
        "God",
        "Christ",
        "Waheguru",
        "Almighty",
        "Manager",
        "Practice",
        "Officer",
        "Worker",
        "Keyworker",
        "Caseworker",
        "Referrer",
        "Team",
        "Coordinator",
        "Lead",
        "Nurse",
        "Doctor",
        "Director",
        "Head",
        "Teacher",
        "Clerk",
        "Administrator",
        "Service",
        "Department",
        "Unit",
        "Safeguarding",
        "Designated",
        "The",
        "She",
        "He",
        "They",
        "It",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "Her",
        "His",
        "Their",
        "Our",
        "We",
        "You",
        "I",
        "A",
        "An",
        "In",
        "On",
        "At",
        "When",
        "After",
        "Before",
        "If",
        "As",
        "Although",
        "Officers",
        "Police",
        "Staff",
        "Mum",
        "Dad",
        "Mummy",
        "Daddy",
        "Nan",
        "Grandma",
        "Grandad",
        "Mother",
        "Father",
        "Sister",
        "Brother",
        "Family",
        "Friends",
        "Agencies",
        "Services",
        "Professionals",
        "Sir",
        "Madam",
        "All",
        "Both",
        "Neither",
        "Either",
        "No",
        "Not",
        "Nobody",
        "Everyone",
        "Someone",
        "Nothing",
        "Because",
        "Since",
        "While",
        "Whilst",
        "Following",
        "During",
        "Despite",
        "Until",
        "However",
        "Therefore",
        "Also",
        "And",
        "But",
        "Or",
        "So",
        "Then",
        "Adult",
        "Child",
        "Victim",
        "Perpetrator",
        "Subject",
        "Panel",
        "Review",
        "Chair",
        "Author",
    ]
)


# not inside a word ("O'Brien"'s "Brien"), but after a quotation's opening mark ("'Meinie
# rang at 11:17")
UNKNOWN_CAP_RE = compile_guarded(
    rf"(?<![\w@./\-])(?<!\w['’])({UPPER}[^\W\d_]+(?:['’]{UPPER}[^\W\d_]+)?"
    rf"|[OD]['’]{UPPER}[a-z]{{2,}}"  # "O'Donnelly", "D'Agnillo" alone
    # an East or West African name's nasal before its apostrophe ("Ng'washi", "N'dri",
    # "M'Mah", "N'Golo")
    rf"|(?:Ng|Mb|Nd|Nj|N|M)['’](?:{UPPER}[a-z]+|[a-z]{{2,}})(?:['’][a-z]+)?)"
    rf"(?![\w@]|['’][a-z]{{2}}|-[^\W\d_])"
)
PLACE_CUE_RE = re.compile(r"(?:\b(?:in|to|near|from|at|around|outside|into)\s+)$")
DAYS_MONTHS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        # a diary's and a rota's short forms ("Thurs. Sander took £200."); not "Sat",
        # "Sun" or "Mon", which are words or names too
        "tues",
        "weds",
        "thur",
        "thurs",
        "sept",
    ]
)
PREV_CAP_RE = re.compile(rf"(?<![\w'’.\-])({UPPER}[^\W\d_]+)[ \t]+$")
NEXT_CAP_RE = re.compile(rf"[ \t]+({UPPER}[^\W\d_]+|O['’]{UPPER}[^\W\d_]+)(?![\w'’\-])")


def _namelike(word: str) -> bool:
    return (
        word[1:].islower()
        and (not is_ordinary_word(word) or word.lower() in NAME_WORDS)
        and word not in NOT_NAMES
        and word.lower() not in DAYS_MONTHS
        and word.lower() not in ALLOW_WORDS
        and len(word) >= 2
    )


# "MacIntyre", "McKenzie", "FitzGerald", "O'Dwane"
# "MacIntyre", "FitzGerald", "O'Dwane", and Irish women's "NicRuairí" (Nic: daughter of)
MAC_RE = re.compile(r"(?:Ma?c|Nic|Fitz|O['’])[A-Z][^\W\d_A-Z]{2,}")
# A surname by its form after a word: "O'Dwane", "MacIntyre", "Ó Maolalaidh", "Ní Bhriain"
SURNAME_NEXT_RE = re.compile(
    rf"[ \t]+({_CAPITAL_PARTICLE}{UPPER}[^\W\d_]+|{MAC_RE.pattern})(?![\w'’\-])"
)
HYPHENATED_CAP_RE = compile_guarded(
    rf"(?<![\w'’@./\-])({UPPER}[^\W\d_A-Z]+(?:-{UPPER}[^\W\d_A-Z]+)+)(?![\w@\-])",
    lines_with=rf"-{UPPER}",
)

# "Yeo-reum", "Sae-rom", "Ji-hoon", "Tsz-ching": a Korean or Chinese given name of two
# syllables, romanised with the second in lower case.
SYLLABLE_NAME_RE = compile_guarded(
    rf"(?<![\w'’@./\-])({UPPER}[a-z]{{1,5}}-[a-z]{{2,6}})(?![\w@\-])", lines_with="-"
)


@functools.cache
def _romanised_syllables() -> frozenset[str]:
    """Every syllable Korean (the Revised Romanization, and the spellings names keep:
    "hoon", "kyung", "lee"), Mandarin (pinyin, toneless) and Cantonese (as Hong Kong
    spells names: "tsz", "cheuk", "wai") are written in. Built from their initials and
    finals, so a few are never said; a name needs two, and one no English word."""

    def parts(spaced: str, none_too: bool = False) -> list[str]:
        return [*spaced.split(), *([""] if none_too else [])]

    korean_initials = parts("g kk n d tt r l m b pp s ss j jj ch k t p h", none_too=True)
    korean_vowels = parts(
        "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i oo ee ou ea yoo yu"
    )
    korean_finals = parts("k n t l m p ng g r b d", none_too=True)
    pinyin_initials = parts("b p m f d t n l g k h j q x zh ch sh r z c s y w", none_too=True)
    pinyin_finals = parts(
        "a o e i u v ai ei ao ou an en ang eng ong er ia ie iao iu ian in iang ing iong ua "
        "uo uai ui uan un uang ue ve"
    )
    cantonese_initials = parts("b p m f d t n l g k ng h gw kw w y ch ts s sh j z", none_too=True)
    cantonese_finals = parts(
        "a ai au am an ang ap at ak e ei eng ek i iu im in ing ip it ik o oi ou on ong ot ok u "
        "ui un ung ut uk oe eui eun eung euk ue uen ee oo yu yun z ze"
    )
    return frozenset(
        [i + v + f for i in korean_initials for v in korean_vowels for f in korean_finals]
        + [i + f for i in pinyin_initials for f in pinyin_finals]
        + [i + f for i in cantonese_initials for f in cantonese_finals]
    )


def find_syllable_names(text: str) -> Iterator[Finding]:
    """'Yeo-reum Mojumder', 'Sae-rom was not well': two romanised syllables, the second
    in lower case, one of them no English word and the whole none ('Ping-pong', 'Tai-chi'
    and 'Yo-yo' are English; 'Re-do' is two English words), with a name-like word after
    it taken in."""
    syllables = _romanised_syllables()
    for m in finditer(SYLLABLE_NAME_RE, text):
        word = m.group(1)
        parts = word.lower().split("-")
        if not all(p in syllables for p in parts) or all(is_ordinary_word(p) for p in parts):
            continue
        if is_ordinary_word(word) or is_ordinary_word(word.replace("-", "")):
            continue
        if parts[0] in HYPHEN_PREFIXES:
            continue
        yield _with_a_surname_after(text, m.start(1), m.end(1))


def _with_a_surname_after(text: str, start: int, end: int) -> Finding:
    """The given name at text[start:end], with a name-like word after it taken in."""
    nxt = NEXT_CAP_RE.match(text, end)
    if nxt and (_namelike(nxt.group(1)) or MAC_RE.fullmatch(nxt.group(1))):
        end = nxt.end(1)
    return Finding(start, end, "PERSON", text[start:end], P, 0.5)


# First parts of compounds that are no names: "Afro-Caribbean", "Anglo-Saxon".
HYPHEN_PREFIXES = frozenset(
    ["afro", "anglo", "euro", "indo", "sino", "franco", "non", "co", "ex", "multi", "inter",
     "pre", "post", "cross", "self", "sub", "anti", "pro", "semi", "mid", "re", "de"]
)  # fmt: skip


def find_hyphenated_names(text: str) -> Iterator[Finding]:
    """'Wing-Yan', 'Ka-Wai', 'Anthony-James': capitalised parts joined by hyphens,
    one of them no English word, is a given name (with a name-like word after
    it, a full name). Not 'Multi-Agency', 'Follow-Up' (all English) nor a place."""
    for m in finditer(HYPHENATED_CAP_RE, text):
        word = m.group(1)
        parts = word.split("-")
        if all(is_ordinary_word(p) for p in parts) or is_ordinary_word(word):
            continue
        if word.casefold() in PLACE_FOLDS or any(
            p in NOT_NAMES or p.lower() in NOT_A_PERSON or p.lower() in HYPHEN_PREFIXES
            for p in parts
        ):
            continue
        yield _with_a_surname_after(text, m.start(1), m.end(1))


def find_unknown_capitalised(text: str) -> Iterator[Finding]:
    """A capitalised word that is no English word ("Xiaoling", "Diss") is most
    likely a name: a person, or a place after 'in', 'to', 'near'. A capitalised
    word beside it joins it ("Hope Begum", "Ivy Wang")."""
    for m in UNKNOWN_CAP_RE.finditer(text):
        word = m.group(1)
        if len(word) < 3 or not (
            word[1:].replace("'", "").replace("’", "").islower()
            or MAC_RE.fullmatch(word)
            or (word[1] in "'’" and word[2:].istitle())
        ):
            continue
        if word.lower() in DAYS_MONTHS or is_ordinary_word(word) or word in NOT_NAMES:
            continue
        if _in_a_day_range(text, m.start(1), m.end(1)):
            continue
        town = _gazetteer_place(text[m.start(1) : m.start(1) + 40])
        if " " in town:  # "a Milton Keynes resident": the first word of a town's name
            after = m.start(1) + len(town)
            if not NAME_GOES_ON_RE.match(text, after) or COURT_AFTER_RE.match(text, after):
                # not "the Epping Forest Community Safety Partnership"
                yield Finding(m.start(1), after, "PLACE", town, P, 0.5)
            continue
        if ("'" in word or "’" in word) and any(
            is_ordinary_word(p) for p in re.split(r"['’]", word) if len(p) > 2
        ):
            continue
        start, end = m.start(1), m.end(1)
        before = text[max(0, start - 12) : start]
        surname_next = SURNAME_NEXT_RE.match(text, end)  # "from Moegamat O'Dwane": a person
        # no town is an O' or a D' ("belonging to D'Agnillo")
        a_surname = surname_next or word[1:2] in ("'", "’")
        label = "PLACE" if PLACE_CUE_RE.search(before) and not a_surname else "PERSON"
        if label == "PERSON":
            prev = PREV_CAP_RE.search(text, max(0, start - 30), start)
            if (
                prev
                and (
                    _namelike(prev.group(1))
                    or prev.group(1).lower() in ("may", "june", "april", "august")
                )
                and not _in_a_day_range(text, prev.start(1), prev.end(1))
            ):
                start = prev.start(1)
            nxt = surname_next or NEXT_CAP_RE.match(text, end)
            if nxt and (
                surname_next or (_namelike(nxt.group(1)) and not is_ordinary_word(nxt.group(1)))
            ):
                end = nxt.end(1)
        if end == m.end(1) and (
            word.casefold() in WORLD_PLACE_FOLDS
            or (label == "PLACE" and word.casefold() in COUNTRY_FOLDS)  # "from Iran"
        ):
            # "served in Helmand, Iraq and Afghanistan", "Community Justice Scotland": no
            # one's, though a word before it may be a given name
            continue
        yield Finding(start, end, label, text[start:end], P, 0.5)


DAY_ABBREVIATION = r"(?:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun)"
DAY_ABBREVIATION_RE = re.compile(DAY_ABBREVIATION)
_DAY_JOIN = r"\.?[ \t]*(?:[-–—/&,|]|to|and)[ \t]*"
DAY_BEFORE_RE = re.compile(rf"\b{DAY_ABBREVIATION}{_DAY_JOIN}$")
DAY_AFTER_RE = re.compile(rf"{_DAY_JOIN}{DAY_ABBREVIATION}\b")


def _in_a_day_range(text: str, start: int, end: int) -> bool:
    """'Working days Mon–Thu', 'Tue/Thu', a table's 'Thu | Fri': days, not people
    ("Thu" and "Mon" are given names too, so only a range or a pair of days says so)."""
    if not DAY_ABBREVIATION_RE.fullmatch(text, start, end):
        return False
    return bool(
        DAY_BEFORE_RE.search(text, max(0, start - 12), start) or DAY_AFTER_RE.match(text, end)
    )


TEXTSPEAK = frozenset(
    [
        "wich",
        "wot",
        "xmas",
        "lols",
        # sounds written down
        "ah",
        "ahh",
        "aw",
        "aww",
        "ohh",
        "shh",
        "oh",
        "ooh",
        "eh",
        "hmm",
        "argh",
        "ugh",
        "haha",
        "yay",
        "brb",
        # a message's and a log's short forms ("that uni", "poss tracker", "wdym")
        "wdym",
        "uni",
        "poss",
        "probs",
        "obvs",
        "defo",
        "deffo",
        "hosp",
        "appt",
        "appts",
        "meds",
        # a greeting and sounds of two letters: a pet form's first letters
        # ("Hizam" -> "Hi") are no name in a message's lower case
        "hi",
        "hey",
        "yo",
        "um",
        "uh",
        "hm",
        "shud",
        "wud",
        "cud",
        "il",  # I'll
        "ttyl",
        "omw",
        "hmu",
        "lmk",
        "ily",
        "wyd",
        "ngl",
        "smh",
        "ikr",
        "nvm",
        "obvs",
        "ppl",
        "rly",
        "sum1",
        "gud",
        "m8",
        "b4",
        "2nite",
        "2day",
        "2moro",
        "yday",
        "bday",
        "wen",
        "wot",
        "wat",
        "wer",
        "pt",  # patient, in clinical notes
        # said, probably, favourite...: spellings of messages (7th session)
        "sez",
        "sed",
        "probly",
        "fave",
        "fav",
        "faves",
        "gunna",
        "tryna",
        "finna",
        "init",
        "fam",
        "peng",
        "mandem",
        "wagwan",
        "naa",
        "hunny",
        "bbz",
        "lysm",
        "oml",
        "bro",
        "sorri",
        "evry",
        "some1",
        "any1",
        "no1",
        "vid",
        "vids",
        "yer",
        "u",
        "ur",
        "urs",
        "im",
        "ive",
        "ill",
        "id",
        "pls",
        "plz",
        "babe",
        "bae",
        "dont",
        "doesnt",
        "didnt",
        "cant",
        "wont",
        "isnt",
        "wasnt",
        "arent",
        "aint",
        "shes",
        "hes",
        "theyre",
        "youre",
        "yr",
        "ya",
        "yeah",
        "yep",
        "nah",
        "coz",
        "cos",
        "tho",
        "thx",
        "ty",
        "txt",
        "msg",
        "lol",
        "omg",
        "wtf",
        "ok",
        "okay",
        "gonna",
        "wanna",
        "gotta",
        "dunno",
        "xx",
        "xxx",
        "hun",
        "hon",
        "luv",
        "wiv",
        "bc",
        "rn",
        "tmrw",
        "tonite",
        "nite",
        "fone",
        "innit",
        "mate",
        "sorry",
        "hiya",
        "heya",
        "hii",
        "soz",
        "l8r",
        "gr8",
        "lmao",
        "idk",
        "tbh",
        "ffs",
        # days as messages shorten them ("u coming fri??"), and pronouns
        "mon",
        "tues",
        "weds",
        "thurs",
        "fri",
        "everybody",
        "everyone",
        "somebody",
        "someone",
        "anybody",
        "anyone",
        "nobody",
        "screenshot",
    ]
) | frozenset(
    # More of British text-speak, written from general usage (not from any pool's
    # messages) and kept only where no given name of the name lists is spelt so
    # ("uve", "yer", "telly" are left out): "wen r u home", "tv on agen", "who tf". Then
    # the North's and Scotland's words ("dinnet" don't, "marra" mate, "laal" little,
    # "hoo ista" how is it; not "ken", a given name), and the medicines, apps and shops a
    # message writes in lower case ("calpol", "snapchats", "greggs"): a few of these were
    # seen in the spent holdout22-24 pools' messages, the rest added from general usage.
    """
    agen agn abt aswell atm av avin awks aww bcoz bcos becos becuz bcuz cuz bk bruv btw
    cba cya d8 dem dis dnt deffo defo evry1 every1 fml fyi gd gn gnite gt hav hru imo
    imho insta jst jus kk knw kno l8 lemme lyk mins mrng msgs nuffin nuthin nothin nowt
    summat sumthin sumfin summink nxt omfg owt pic pics pix pwd rite ryt sry srry stfu
    tbf tf thnx thanx tht tmr tmw tomoz txts txted ud w8 wch wht wid wkend wknd wnt woz
    wrk wuu2 xo yano yh yeh yea yrs yus zzz notif notifs thru babes hunni bby hbu wbu
    okk oki okie bezzie bestie hwu prolly probs obvi idc idgaf irl istg jk lmfao nvr
    ofc omds pmsl rofl sis smth sth tl tlk xoxo yall yest ystday cus srsly sux 2mrw
    2mro 2moz 4eva gna shoutin appt appts
    wouldnt couldnt shouldnt havent hasnt hadnt werent mustnt neednt mightnt youve
    youll youd weve theyve theyll theyd itll itd hed thatll thatd thered wholl whod whatll
    whats thats wheres theres heres
    dinnet divvent divnt dinnae cannae canny cannit wouldnae couldnae didnae isnae wasnae
    marra marras ivver laal hoo ista howay haway hinny wor gan gannin ganna mebbe
    clarty bait lass lasses bairn bairns och wee youse yous gobby mardy nesh chuffed
    gizza giz gorra worra wharra lerrus ey nee wey aye
    calpol nurofen piriton paracetamol ibuprofen snapchat snapchats whatsapps tiktok fb
    messenger tesco asda aldi lidl greggs maccies
    bak bck urself uself yaself til till 2moro 2mora
    """.split()  # noqa: SIM905 (a list literal of 150 words is unreadable)
)
# A word in lower case, in any Latin alphabet ("ștefan", "tuấn"): callers keep
# only words whose letters are all lower case.
LOWER_WORD_RE = re.compile(r"(?<![\w@#./\-])(?<!\w['’])([^\W\d_]+)(?![\w@'’\-])")
LOWER_HYPHENATED_RE = re.compile(r"(?<![\w@./\-'’])[^\W\d_A-Z]+(?:-[^\W\d_A-Z]+)+(?![\w@'’\-])")
MESSAGE_LINE_RE = compile_guarded(rf"{CHAT_STAMP}[^\n:]{{0,40}}:([^\n]*)$", re.MULTILINE)


def word_alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words` shaped as a trie ("gr(?:ace|eta)"):
    Python's engine tries a flat alternation's words one by one at every
    position, a trie one letter at a time (find_name_words 4x faster). Only
    for words followed by a non-letter, where which alternative wins cannot
    change the match."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if "" not in node:
            return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + "|".join(branches) + ")?"

    return build(trie)


def _name_word_forms() -> str:

    # in messages, only the rarer name-words: "grace", "dawn"; not "love", "man", "key"
    return word_alternation(
        w for w, z in NAME_WORD_FREQ.items() if w not in COMMON_LOWER and z <= 4.6
    )


_NAME_WORD_ALT = _name_word_forms()
_ALL_NAME_WORDS = word_alternation(NAME_WORDS)
_ALL_NAME_WORDS_CAP = word_alternation(w.capitalize() for w in NAME_WORDS)
_FOLLOWERS = (
    "said|says|told|stated|reported|recorded|noted|explained|disclosed|described|denied|"
    "admitted|recalled|remembered|felt|thought|believed|knew|asked|agreed|refused|rang|phoned|"
    "texted|attended|visited|left|moved|lived|went|came|returned|met|worked|had|was|and|"
    "still|telling|joined|saw|took|began|became|could|would|did|does|is|has|never|always|"
    "also|then|later|often|wrote|spoke|called|kept|continued|started|stopped|sent|showed|"
    "sat|gave|heard|shouted|stayed|waited|ran|walked|cried"
)
_TELLING = (
    "telling|told|said|says|asked|texted|rang|phoned|disclosed|reported|admitted|explained|"
    "messaged|shouted|screamed|whispered"
)
_ACTED_ON = (
    "told|tells|found|met|meets|saw|sees|visited|asked|called|phoned|rang|texted|messaged|"
    "contacted|hit|punched|pushed|threatened|followed|collected|accompanied|supported|"
    "with|by"
)
NAME_WORD_RE = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=:\s))[ \t]*"
    rf"((?i:{_ALL_NAME_WORDS}))(?=['’]s\b|,?\s+(?:{_FOLLOWERS})\b)"
    rf"|(?:[Aa]ccording\s+to|[Ff]riends\s+of|[Mm]other\s+of|[Ff]ather\s+of|[Ss]ister\s+of)\s+"
    rf"((?i:{_ALL_NAME_WORDS}))\b"
    rf"|^[ \t]*((?i:{_ALL_NAME_WORDS}))[ \t]*$"
    # mid-sentence, capitalised, then a verb of telling: "recalled Faith telling her"
    rf"|(?<=[a-z,] )({_ALL_NAME_WORDS_CAP})(?=\s+(?:{_TELLING})\b)"
    # the one acted on, capitalised mid-sentence and alone: "told Charity everything",
    # "found by Crystal at", "met Ebony at"; not "with Hope House" (a run of capitals)
    rf"|\b(?:{_ACTED_ON}) ({_ALL_NAME_WORDS_CAP})(?=[,.;:!?)]|\s+[a-z(]|\s*$)"
    # an action's owner: "Action 3: Ebony to ring her"
    rf"|(?<=Action )(?:\d+[.:]?[ \t]+)({_ALL_NAME_WORDS_CAP})(?=\s+to\s+[a-z])",
    re.MULTILINE,
)
CAPS_NAME_WORD_RE = compile_guarded(
    rf"(?:\b(?:OF|FOR|BY|FROM|WITH|ABOUT)|[–:\-])[ \t]+((?i:{_ALL_NAME_WORDS}))(?:['’]S)?[ \t]*$",
    re.MULTILINE,
)
# not the first half of a contraction: "I don't mind" ("Don" is a name)
MESSAGE_NAME_WORD_RE = re.compile(
    rf"\b({_NAME_WORD_ALT})\b(?!['’](?:{'|'.join(sorted(CONTRACTION_ENDS - {'s'}))})\b)"
)


_STREETISH = re.compile(
    rf"(?:{_STREET_TYPES}|{_INST_TYPES}|House|Court|Heights|Mews|Lodge|Hall|Farm|Cottage)$"
)
LINE_START_RE = re.compile(r"(?:^|\n)[ \t]*\Z")
NAME_PAIR_RE = compile_guarded(
    rf"(?<![\w'’.\-])((?:{_ALL_NAME_WORDS_CAP})[ \t]+"
    rf"{UPPER}[^\W\d_]+(?:-{UPPER}[^\W\d_]+)?)(?![\w\-])"
)


def find_name_pairs(text: str) -> Iterator[Finding]:
    """'Faith Best', 'May Sandhu': a name-word followed by a capitalised word. An
    English word after it must be a surname too: "Key Priority" is a heading."""
    for m in NAME_PAIR_RE.finditer(text):
        second = m.group(1).split()[-1]
        low = second.lower()
        if (
            is_ordinary_word(second)
            and low not in WORD_SURNAMES
            and low not in NAME_WORDS
            and not (  # "Love Sums" opening a line signs a message
                m.group(1).startswith("Love ")
                and LINE_START_RE.search(text, max(0, m.start() - 40), m.start())
            )
        ):
            continue
        if (
            not all(part[1:].islower() for part in second.split("-"))  # "Frost-Pham"
            or second in NOT_NAMES
            or low in ALLOW_WORDS
            or low in DAYS_MONTHS
            or low in WORLD_PLACE_FOLDS  # "Community Justice Scotland": a country
            or _STREETISH.match(second)
        ):
            continue
        yield _f(m, 1, "PERSON", 0.5)


# "Marilia A. Calcia", "Louise M. Howard": a name, a middle initial with its stop, a name.
MIDDLE_INITIAL_RE = compile_guarded(
    rf"(?<![\w'’-])({UPPER}{LOWER}+)[ \t]+{UPPER}\.[ \t]+({UPPER}{LOWER}+(?:-{UPPER}{LOWER}+)?)"
    rf"(?![\w'’-])",
    lines_with=rf"[ \t]{UPPER}\.[ \t]",
)


LABEL_AFTER_RE = re.compile(rf"[*†‡]?\s+{UPPER}{LOWER}+:")


def find_middle_initial_names(text: str) -> Iterator[Finding]:
    """'Louise M. Howard': a given name with a middle initial before a surname, which
    a paper's authors and a report's contributors write and NER may miss. The first
    word must be no English word, or a name that is one ("Grace"), so "Figure A.
    Smith" and "Section B. The" are not taken."""
    for m in finditer(MIDDLE_INITIAL_RE, text):
        first, last = m.group(1), m.group(2)
        if first in NOT_NAMES or first.lower() in DAYS_MONTHS or first.lower() in ALLOW_WORDS:
            continue
        if is_ordinary_word(first) and first.lower() not in NAME_WORDS:
            continue
        if last.lower() in STOP_WORDS or last in NOT_NAMES or ORG_WORD_RE.fullmatch(last):
            continue
        if LABEL_AFTER_RE.match(text, m.end()):
            continue  # "Louise M. Howard Affiliation:": NER's, so the label is not learned
        yield Finding(m.start(), m.end(), "PERSON", m.group(0), P, 0.8)


def find_name_words(text: str) -> Iterator[Finding]:
    """Names that are also words, where the sentence shows they are names:
    'Hope's prescription', 'Ivy said', 'According to Grace,', 'MOTHER OF IVY'."""
    for m in NAME_WORD_RE.finditer(text):
        g = next(i for i in (1, 2, 3, 4, 5, 6) if m.group(i))
        word = m.group(g)
        if word[0].isupper() and (word[1:].islower() or word.isupper()):
            yield _f(m, g, "PERSON", 0.6)
    for m in CAPS_NAME_WORD_RE.finditer(text):
        if m.group(1).isupper():
            yield _f(m, 1, "PERSON", 0.6)
    for start, end in message_texts(text):
        for m in MESSAGE_NAME_WORD_RE.finditer(text, start, end):
            if m.group(1) in TEXTSPEAK:
                continue  # "mum wen r u home": in a message, the text-speak
            if not after_a_determiner(text, m.start(1), m.end(1), ARTICLES | WORD_ADJECTIVES):
                yield _f(m, 1, "PERSON", 0.5)


# "'with good grace'", "'false hope'", "'pure joy'": a name-word after these is the word
WORD_ADJECTIVES = frozenset(
    ["good", "bad", "ill", "saving", "false", "new", "great", "pure", "real", "true", "blind",
     "such", "much", "more", "less", "no", "some", "any"]
)  # fmt: skip


# "IN THEIR OWN WORDS: ADWOA, UBAH AND HONEY", "INCIDENTS: HONEY / TUẤN XU": a
# heading's list of names, in capitals.
CAPS_LIST_RE = re.compile(
    rf"(?:[:–—-][ \t]+|\()({UPPER}+(?:[ \t]*(?:,|/|\bAND\b|&)[ \t]*{UPPER}+(?:[ \t]+{UPPER}+)?)+)"
    # ending the line, or before a dash and what it is about ("RE: SONIA / DODZI — strategy")
    rf"\)?(?:[ \t]*$|[ \t]+(?=[–—][ \t]))",
    re.MULTILINE,
)
CAPS_ITEM_RE = re.compile(rf"\b(?!AND\b){UPPER}+(?:[ \t]+(?!AND\b){UPPER}+)?")


# "TSZ-CHING YIP AND CHILD VINCENZO": a relation word before a name, in capitals.
CAPS_RELATION_RE = re.compile(
    rf"\b(?:CHILD|SON|DAUGHTER|MOTHER|FATHER|SISTER|BROTHER|PARTNER)[ \t]+"
    rf"({UPPER}{{2,}}(?:[ \t\-]{UPPER}{{2,}})?)(?=[ \t]*(?:$|[,–—(]))",
    re.MULTILINE,
)


# "RECORDS OF FAWAD (NATIONAL INSURANCE …)", "CASE OF TEGWEN": a heading's one word in
# capitals after "of", "for" or "by", ending the heading or before a bracket.
CAPS_OF_NAME_RE = compile_guarded(
    rf"\b(?:OF|FOR|BY|ABOUT|WITH|ON|by)[ \t]+({UPPER}[{_UPPER_CHARS}'’]{{2,}}"
    rf"(?:[ \t]+{UPPER}[{_UPPER_CHARS}'’-]+){{0,2}})"
    r"(?=[ \t]*(?:\(|:|—|–|$)|[ \t]+AND[ \t]+(?:(?:FOR|OF)[ \t]+)?(?:HER|HIS|THEIR)\b"
    r"|,[ \t]+THE[ \t]"  # "THE PATIENT RECORD OF TAKONDWA JARA, THE STAFF FILE OF…"
    # "THE TRIAL OF TENDAI MOYO FOR MURDER", "THE DEATH OF … IN MAY 2019"
    r"|[ \t]+FOR[ \t]+(?:MURDER|MANSLAUGHTER)\b|[ \t]+IN[ \t]+(?:[A-Z]+[ \t]+)?\d{4}\b)",
    re.MULTILINE,
)
# A word of a name in capitals, accents and all ("CUSTÓDIA", "O'DWANE").
_CAPS_NAME_WORD = rf"{UPPER}[{_UPPER_CHARS}'’-]+"
# Whom a heading's records are, in capitals before its list ("FORTUNATO MATANZIMA: THE
# CHEMSEX CLINIC, THE HELPLINE…"), or whom a dated entry is about ("Post-mortem report,
# 10.02.2016: WEIRD RUOCCO, aged 63"): two or three words.
CAPS_NAME_BEFORE_RE = compile_guarded(
    rf"(?:^|(?<=\d)[ \t]*:[ \t]+)({_CAPS_NAME_WORD}(?:[ \t]+{_CAPS_NAME_WORD}){{1,2}})"
    r"(?::[ \t]+THE[ \t]|,[ \t]+[a-z])",
    re.MULTILINE,
)
# "THE DRIVER: JULY LEATHER, PRIVATE HIRE LICENCE", "suspect PUSH STURDY, DOB": a full
# name in capitals after a heading's role and its colon, or a record's word for the
# person, before a comma or a bracket, whatever its words (two or three of them).
CAPS_ROLE_NAME_RE = compile_guarded(
    r"\b(?:(?:THE[ \t]+)?(?:DRIVER|VICTIM|PERPETRATOR|SUSPECT|DEFENDANT|ACCUSED|DECEASED|"
    r"HUSBAND|WIFE|PARTNER|MOTHER|FATHER|SON|DAUGHTER|BROTHER|SISTER|SUBJECT|LEAD|"
    r"INTERPRETER|EMPLOYER|NEIGHBOUR|WITNESS|CALLER|TECHNICIAN|ENGINEER|STUDENT|LECTURER|"
    r"TENANT|LANDLORD)[ \t]*:|(?:suspect|victim|offender|perpetrator|"
    r"defendant|accused|subject|aggrieved))[ \t]+"
    rf"({_CAPS_NAME_WORD}(?:[ \t]+{_CAPS_NAME_WORD}){{1,2}})(?=[ \t]*[,(;])"
)
# "IN THEIR OWN WORDS: JAGUAR IMPROTA, HER SISTER; CUSTÓDIA IMPROTA, HER MOTHER": a full
# name in capitals before who they were to her, whatever its words.
CAPS_KIN_APPOSITION_RE = compile_guarded(
    rf"(?<![\w'’-])({_CAPS_NAME_WORD}(?:[ \t]+{_CAPS_NAME_WORD}){{1,2}}),"
    r"[ \t]+(?:(?:HER|HIS|THEIR)[ \t]+"
    r"(?:SISTER|BROTHER|MOTHER|FATHER|SON|DAUGHTER|FRIEND|NEIGHBOUR|COLLEAGUE|AUNT|UNCLE|"
    r"COUSIN|PARTNER|HUSBAND|WIFE|NIECE|NEPHEW|GRANDMOTHER|GRANDFATHER|GRANDSON|"
    r"GRANDDAUGHTER|MANAGER|EMPLOYER|CARER|LANDLORD|LANDLADY)S?\b"
    # ... or before who they were, what they did, or the crime number a heading files
    # them under ("AMAZON FORMOSA, WHO WORKED THE SAME LATES", "WORM JUNÇAJ, CRIME 37/…")
    r"|WHO[ \t]+[A-Z]{2,}|CRIME[ \t]+\d)"
)
# "RECORDS OF DIVINE SAID (NHS 954 938 7399) AND ADMIRE": the second person a records
# heading names, ending it, whatever the word.
CAPS_AND_NAME_RE = compile_guarded(
    r"\b(?:RECORDS|CASE|HISTORY|CONTACTS?)[ \t]+(?:OF|WITH)[ \t]+[^\n]*?[ \t]AND[ \t]+"
    rf"({UPPER}[{_UPPER_CHARS}'’]{{2,}}(?:[ \t]+{_CAPS_NAME_WORD}){{0,2}})[ \t]*$",
    re.MULTILINE,
)
# "victims recorded as 'EBUBECHI SHEIKH'": a name in capitals, quoted after "as".
QUOTED_CAPS_NAME_RE = compile_guarded(
    rf"\b(?:as|signed|called)[ \t]+['‘\"“]({UPPER}{{2,}}(?:[-'’]{UPPER}+)*"
    rf"(?:[ \t]+{UPPER}{{2,}}(?:[-'’]{UPPER}+)*){{1,2}})['’\"”]"
)


def find_caps_heading_names(text: str) -> Iterator[Finding]:
    """'RECORDS OF FAWAD (…)', 'CONTACTS WITH EASTER BROOM (NHS …)', 'FOUND BY DIMITY
    MAKRI:', and a name quoted in capitals ("recorded as 'EMINE YAVORSKA'"): one to
    three words in capitals ending a heading, of which one at least is no English
    word, and none an abbreviation, a place or a word that joins."""
    for rx in (CAPS_OF_NAME_RE, QUOTED_CAPS_NAME_RE, CAPS_NAME_BEFORE_RE):
        for m in rx.finditer(text):
            words = re.split(r"[ \t]+", m.group(1))
            if any(_not_in_a_caps_name(w) for w in words):
                continue
            if all(is_ordinary_word(w) for w in words):
                continue
            yield _f(m, 1, "PERSON", 0.6)
    # where a record puts a person, a name in capitals whatever its words (so with the
    # reason that lets a shouted name of English words stand)
    for m in itertools.chain(
        CAPS_KIN_APPOSITION_RE.finditer(text), CAPS_ROLE_NAME_RE.finditer(text)
    ):
        start, name = m.start(1), m.group(1)
        if lead := LEADING_AND_RE.match(name):  # "…; AND THUG TRIGGER, WHO KEPT…"
            start, name = start + lead.end(), name[lead.end() :]
        if " " in name.strip() and _a_shouted_name(name, stop_words=True):
            yield Finding(start, start + len(name), "PERSON", name, P, 0.7, FIELD_REASON)
    for m in CAPS_AND_NAME_RE.finditer(text):
        if m.group(1).lower() in SERVICE_NOUNS:
            continue  # "RECORDS OF SOCIAL CARE, THE POLICE AND HEALTH": a service
        if _a_shouted_name(m.group(1), stop_words=False):
            yield replace(_f(m, 1, "PERSON", 0.6), reason=FIELD_REASON)


LEADING_AND_RE = re.compile(r"(?:AND|OR)[ \t]+")

# Two or three words in capitals standing alone in a sentence ("PNC for KITSAO FEREDAY:
# no convictions", "must not contact … or ALDYNAI MZUMARA, directly"): the way records
# write a person's full name. Not a word more in capitals either side (a heading).
SHOUTED_IN_PROSE_RE = compile_guarded(
    rf"(?<![\w'’-])(?<!{UPPER}[ \t])({_CAPS_NAME_WORD}(?:[ \t]+{_CAPS_NAME_WORD}){{1,2}})"
    rf"(?![\w'’-])(?![ \t]+{UPPER}[{_UPPER_CHARS}'’-])"
)
PROSE_WORD_RE = re.compile(r"(?<![\w'’-])[a-z]{2,}\b")


def find_shouted_names_in_prose(text: str) -> Iterator[Finding]:
    """A full name in capitals inside a sentence written in lower case: none of its
    words joins, abbreviates or places, and one at least is no English word (so not
    "SAFER LEEDS", "DASH RIC" or "WOMEN'S AID"). In a heading the words around it are
    capitals too; the heading rules read those."""
    for m in SHOUTED_IN_PROSE_RE.finditer(text):
        words = re.split(r"[ \t]+", m.group(1))
        if any(
            w.lower() in CAPS_FUNCTION_WORDS or _not_in_a_caps_name(w) or w in CAPS_ACRONYMS
            for w in words
        ) or not any(_an_unknown_caps_word(w) for w in words):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if len(PROSE_WORD_RE.findall(line)) >= 3:
            yield _f(m, 1, "PERSON", 0.6)


def _an_unknown_caps_word(word: str) -> bool:
    """No English word, no place abroad, and long enough not to be read letter by letter."""
    parts = [p for p in re.split(r"[-'’]", word) if len(p) >= 4]
    return any(not is_ordinary_word(p) and p.lower() not in WORLD_PLACE_FOLDS for p in parts)


def _a_shouted_name(name: str, stop_words: bool) -> bool:
    """No word of it joins a heading or is no one's ("POLICE AND HOUSING"); with
    `stop_words`, a surname may be a word spaCy stops on ("CANEK CALL")."""
    return not any(
        w.lower() in CAPS_FUNCTION_WORDS
        or (_not_in_a_caps_name(w) and not (stop_words and w.lower() in STOP_WORDS))
        for w in re.split(r"[ \t]+", name)
    )


# Words that join a heading's parts or point back, never a name's ("POLICE AND HOUSING").
CAPS_FUNCTION_WORDS = frozenset(
    ["and", "or", "of", "the", "a", "an", "in", "on", "at", "to", "for", "by", "with", "from",
     "her", "his", "their", "its", "our", "my", "your", "this", "that", "these", "those",
     "who", "what", "which", "not", "no", "is", "was", "are", "were"]
)  # fmt: skip


def _not_in_a_caps_name(word: str) -> bool:
    low = word.lower()
    return (
        low in NOT_A_PERSON
        or low in PLACE_FOLDS
        or low in STOP_WORDS
        or low in ALLOW_WORDS
        or not re.search(r"[AEIOUY]", word)  # "RECORDS OF NHS": read letter by letter
    )


def find_caps_relations(text: str) -> Iterator[Finding]:
    for m in CAPS_RELATION_RE.finditer(text):
        words = re.split(r"[ \t\-]", m.group(1))
        if all(not is_ordinary_word(w) or w.lower() in NAME_WORDS for w in words):
            yield _f(m, 1, "PERSON", 0.7)


# "WHAT THEY SAW — EUFROSINA REMACLE, ROI JA GOZUM, THE CHILDREN AND THE CLEANER": a
# heading's list in capitals of names and of people named by what they are.
CAPS_PEOPLE_LIST_RE = re.compile(
    rf"(?:[:–—][ \t]+)({UPPER}[{_UPPER_CHARS}'’\- \t]*"
    rf"(?:(?:,|\bAND\b)[ \t]*{UPPER}[{_UPPER_CHARS}'’\- \t]*)+)$",
    re.MULTILINE,
)
CAPS_SPLIT_RE = re.compile(r"[ \t]*(?:,|\bAND\b)[ \t]*")


def _caps_people_list(text: str) -> Iterator[Finding]:
    """The names of a capitals list whose other items begin 'THE' or 'HER' ('THE
    CHILDREN', 'HER SISTER'): two names at least, each with a word no dictionary
    holds, none a place or an organisation's word. Not 'THE POLICE, SOCIAL CARE AND
    THE GP'."""
    for m in CAPS_PEOPLE_LIST_RE.finditer(text):
        items, pos = [], m.start(1)
        for part in CAPS_SPLIT_RE.split(m.group(1)):
            a = text.index(part, pos) if part else pos
            pos = a + len(part)
            if part:
                items.append((a, part.strip()))
        named = [(a, p) for a, p in items if p.split()[0].lower() not in DETERMINERS]
        if len(named) == len(items) or len(named) < 2:
            continue
        if all(_a_caps_list_name(p) for _, p in named):
            for a, p in named:
                yield Finding(a, a + len(p), "PERSON", p, P, 0.6)


def _a_caps_list_name(item: str) -> bool:
    words = item.split()
    return (
        len(words) <= 3
        and not any(_not_in_a_caps_name(w) for w in words)
        and any(not is_ordinary_word(w) and w.lower() not in WORLD_PLACE_FOLDS for w in words)
    )


def find_caps_name_lists(text: str) -> Iterator[Finding]:
    """Every item of a capitalised heading's list whose items are mostly
    names (no English word, or a given name): 'ADWOA, UBAH AND HONEY'.
    Not 'POLICE, HEALTH AND EDUCATION'. Beside two names no word knows, one
    word may be English ('(PEACE / ILDIKÓ / NAKATO)'): a list is of one kind."""
    for m in CAPS_LIST_RE.finditer(text):
        items = list(CAPS_ITEM_RE.finditer(text, m.start(1), m.end(1)))
        words = [i.group(0).split() for i in items]
        if any(i.group(0).lower() in NOT_A_PERSON for i in items):
            continue
        namelike = sum(
            all(not is_ordinary_word(w) or w.lower() in NAME_WORDS for w in ws) for ws in words
        )
        unknown = sum(not any(is_ordinary_word(w) for w in ws) for ws in words)
        if len(items) >= 2 and (
            namelike == len(items) or (namelike == len(items) - 1 and unknown >= 2)
        ):
            for i in items:
                yield Finding(i.start(), i.end(), "PERSON", i.group(0), P, 0.6)
    yield from _caps_people_list(text)


_MONTH_ALT = "|".join(m.capitalize() for m in MONTHS)
# "Gosling, Peaches | 25/09/1994 | Flat 19, …": a demographics row, surname first,
# then the given name, then a date of birth in the next cell.
SURNAME_FIRST_ROW_RE = re.compile(
    rf"(?<![\w'’\-])({_NAMEWORD}),[ \t]*({_NAMEWORD}(?:[ \t\-]{_NAMEWORD})?)"
    rf"[ \t]*\|[ \t]*(?:\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}"
    rf"|\d{{1,2}}[ \t]+(?:{_MONTH_ALT})[ \t]+\d{{4}})",
    re.MULTILINE,
)
# "tell bindi i said night night", "Told kinju we're…": the one told, in lower case.
TOLD_LOWER_RE = compile_guarded(r"\b(?:[Tt]ell|[Tt]old)[ \t]+([a-z][a-z'’\-]{2,})(?![\w'’\-])")


def find_surname_first_rows(text: str) -> Iterator[Finding]:
    """A demographics row's surname and given name, whatever their words mean."""
    for m in SURNAME_FIRST_ROW_RE.finditer(text) if "|" in text else ():
        if text[max(0, m.start() - 8) : m.start()].rstrip(" \t")[-1:] not in ".:;|\n":
            continue  # a row starts a line, a cell or a sentence
        if _a_field_name(m.group(1)) and _a_field_name(m.group(2)):
            yield replace(_f(m, 1, "PERSON", 0.8), reason=FIELD_REASON)
            yield replace(_f(m, 2, "PERSON", 0.8), reason=FIELD_REASON)


# Words of an organisation's or a record's name, never a person's.
ORG_WORD_ALT = (
    r"service|services|team|trust|council|police|constabulary|court|school|academy|"
    r"college|hospital|surgery|centre|center|practice|unit|board|department|office|ltd|limited|"
    r"plc|group|partnership|agency|association|society|records|minutes|history|report|review|"
    r"statement|messages|account|involvement|contact|chronology|summary"
)
ORG_WORD_RE = re.compile(rf"(?i)(?:{ORG_WORD_ALT})")
# "made by True Bailiff-Vicar on the day", "from Jester Cable:", "with Glorious Bury,":
# two capitalised words alone after a word that takes a person, mid-sentence.
_PAIR = rf"{UPPER}{LOWER}+(?:-{UPPER}{LOWER}+)?[ \t]+{UPPER}{LOWER}+(?:-{UPPER}{LOWER}+)?"
PAIR_AFTER_RE = re.compile(
    rf"(?<=[A-Za-z,] )(?:by|from|with|be|saw|told|met|contacted|visited|phoned|rang|asked|named|"
    rf"that|(?:wrote|written|write|assigned|allocated|passed|passing|spoke|speak|talked|talk|"
    rf"sent|send|given|introduced|explained|apologised|reply|replied|handed|belonging)[ \t]+to)"
    rf"[ \t]+({_PAIR})"
    r"(?=[,.:;!?)]|[ \t]+[a-z(]|[ \t]*$)",
    re.MULTILINE,
)
# ... or opening a sentence before what only a person does ("Gringo Thebe rang at 08:15").
PAIR_OPENING_RE = compile_guarded(
    rf"(?:^|(?<=[.!?][ \t])|(?<=[.!?]['’\"”][ \t]))({_PAIR})"
    r"(?=(?:,[ \t]+(?:in|at|from|on|of|with)[ \t]+[^,.;:\n]{1,40},)?"  # ", in the next caravan,"
    r"[ \t]+(?:rang|phoned|texted|told|said|wrote|asked|emailed|organised|set[ \t]+up|"
    r"launched|collected|drove)[ \t]+[a-z])",
    re.MULTILINE,
)


def find_pairs_after_a_verb(text: str) -> Iterator[Finding]:
    """A given name and a surname, both English words ("Jester Cable"), where a
    person is meant: no service, role, place, day or organisation's word."""
    pairs = itertools.chain(
        ((m, False) for m in PAIR_AFTER_RE.finditer(text)),
        ((m, True) for m in PAIR_OPENING_RE.finditer(text)),
    )
    for m, opening in pairs:
        parts = re.split(r"[ \t-]+", m.group(1))
        if any(
            no_ones_name(w)
            or _not_in_a_caps_name(w.upper())
            or w.lower() in DAYS_MONTHS
            or w in TITLES
            or _STREETISH.match(w)
            or ORG_WORD_RE.fullmatch(w)
            for w in parts
        ):
            continue
        first, last = m.group(1).split()
        if opening and (first.lower() in adverbs() or first.lower() in STOP_WORDS):
            continue  # "Later Okonkwo said": how the sentence goes on, then a surname
        if _a_plural(last) and first.lower() not in NAME_WORDS:
            continue  # "with Building Choices", "by Safer Homes": a programme, a landlord
        yield _f(m, 1, "PERSON", 0.6)


def _a_plural(word: str) -> bool:
    """An English noun's plural: "Bedrooms", "Choices", "Buses"; not "Hayes" or
    "James" ("hay" and "jam" are words, but their plurals take no -es)."""
    low = word.lower()
    if not low.endswith("s"):
        return False
    es = low.endswith(("ses", "xes", "zes", "ches", "shes")) and is_ordinary_word(low[:-2])
    return es or is_ordinary_word(low[:-1])


def find_told_in_lower_case(text: str) -> Iterator[Finding]:
    """A lower-case word told something that is no English word nor text-speak."""
    for m in TOLD_LOWER_RE.finditer(text):
        word = m.group(1)
        if is_ordinary_word(word) or word in TEXTSPEAK or word in DAYS_MONTHS:
            continue
        if _dropped_g(word) or any(is_ordinary_word(p) for p in word.split("-")):
            continue
        # above a guess's 0.5: the word is in prose, where a lower-case guess is dropped
        yield _f(m, 1, "PERSON", 0.55)


# "dr abed how me call??", "mr kan never came": a title in lower case in a message, then
# the name, whatever the word; not a doctor's appointment ("dr appt"), what one said ("dr
# said"), a number's street ("12 kings dr") or a second title ("mr and mrs").
LOWER_TITLE_RE = re.compile(
    r"(?<![\w'’])(mr|mrs|ms|mx|dr)\.?[ \t]+([a-z][a-z'’-]{1,20})(?![\w'’-])"
)
AFTER_A_LOWER_TITLE = frozenset(
    ["appointment", "appointments", "appt", "appts", "surgery", "surgeries", "visit",
     "note", "notes", "letter", "letters", "told", "says", "asked", "rang", "called",
     "phoned", "wants", "thinks", "reckons", "gave", "put", "sent", "wrote", "rota",
     "who", "whos", "what", "man", "lady", "woman", "bloke", "guy", "nice", "u", "me", "x",
     "clinic", "nurse", "team", "flare", "flares", "meds", "society", "diagnosis", "symptoms"]
)  # fmt: skip
# "12 kings dr": a street's "Drive" after its number
NUMBERED_STREET_BEFORE_RE = re.compile(r"\d[ \t]*(?:[A-Za-z]+[ \t]+)?$")
# "her ms flare", "my ms meds", "the dr surgery": multiple sclerosis or a doctor's, not a title
OWNED_TITLE_RE = re.compile(
    r"\b(?:her|his|my|me|ur|your|yr|their|our|the|a|got|have|has|had|with|of|for|about)[ \t]+$"
)


def find_lower_case_titled(text: str) -> Iterator[Finding]:
    """'dr abed how me call??': in a message, a lower-case title then a word that is
    no function word, verb of saying or appointment is that person's name."""
    for start, end in message_texts(text):
        for m in LOWER_TITLE_RE.finditer(text, start, end):
            word = m.group(2)
            if word in STOP_WORDS or word in AFTER_A_LOWER_TITLE or word in TEXTSPEAK:
                continue
            if a_name_follower(word) or word in DAYS_MONTHS or word in KIN_NOUNS:
                continue
            if OWNED_TITLE_RE.search(text, max(start, m.start() - 8), m.start()):
                continue
            if m.group(1) == "dr" and NUMBERED_STREET_BEFORE_RE.search(text, start, m.start()):
                continue
            yield _f(m, 2, "PERSON", 0.7)


def find_message_names(text: str) -> Iterator[Finding]:
    """In a message ("[12/03/2020 21:04] Rose: u think meihua cares"), a lower-case
    word that is neither English nor text-speak is most likely a name."""
    for start, end in message_texts(text):
        for m in LOWER_WORD_RE.finditer(text, start, end):
            word = m.group(1)
            if not word.islower() or len(word) < 3 or word in TEXTSPEAK or word in DAYS_MONTHS:
                continue
            if is_ordinary_word(word) or (_dropped_g(word) and word.title() not in text):
                continue
            if word in common_words():
                continue  # "texting": an everyday word WordNet has no lemma of
            if _respelt(word) and word.title() not in text:
                continue  # "txting", "alrite": a word spelt as typed, not a name
            if _drawn_out(word) and word.title() not in text:
                continue
            if word.endswith("s") and word[:-1] in KIN_WORDS:
                continue  # "can we sleep at nanas": a relative's home
            prev = PREV_WORD_RE.search(text, max(0, m.start(1) - 6), m.start(1))
            if prev is not None and (prev.group(1) in ARTICLES or prev.group(1) in YOUR_WORDS):
                continue  # "daddy broke the telly", "ur yowes are out": a thing
            if ORG_WORD_NEXT_RE.match(text, m.end(1)):
                continue  # "booker from childrens services": an agency's word
            if _a_modal_after_a_pronoun(text, m.start(1), word):
                continue
            yield Finding(m.start(1), m.end(1), "PERSON", word, P, 0.5)
        for m in OWNER_S_RE.finditer(text, start, end):
            stem, word = m.group(1), m.group(1) + "s"
            if stem in TEXTSPEAK or stem in KIN_WORDS or word in STOP_WORDS or word in TEXTSPEAK:
                continue  # "this comin", "xmas"
            if word in irregular_forms() or word in ordinary_words():
                continue  # "he goes out": the word is English whole
            if _a_plural(word):
                continue  # "the kids comin", "buses comin": the stem is English
            if after_a_determiner(text, m.start(1), m.end(1)):
                continue  # "ur dress out"
            yield Finding(m.start(1), m.end(1), "PERSON", stem, P, 0.5)  # "danas comin"
        for m in LOWER_HYPHENATED_RE.finditer(text, start, end):
            parts = m.group(0).split("-")
            if all(len(p) > 1 for p in parts) and not all(
                is_ordinary_word(p) or p in TEXTSPEAK for p in parts
            ):
                yield Finding(m.start(), m.end(), "PERSON", m.group(0), P, 0.5)  # "kacey-leigh"
        yield from _message_names_in_context(text, start, end)


# Whose a thing is, before it: "ur yowes are in my field" (not "my", "our", "his" or
# "her", which a message puts before a name it is fond of: "my jaz", "forever 34, our
# heri").
YOUR_WORDS = frozenset(["ur", "your", "yr", "yor", "their"])
# An agency's name goes on after the word: "from childrens services", "the crisis team".
ORG_WORD_NEXT_RE = re.compile(
    r"[ \t]+(?:services?|team|unit|dept|department|ward|clinic|centre|center|office|law)\b",
    re.IGNORECASE,
)  # "some clares law thing": a law named for someone, not a person in the message


# "danas comin", "delphies here": someone's "is" written on to the name.
OWNER_S_RE = re.compile(
    r"\b([a-z]{3,})s[ \t]+(?:comin|coming|cumin|here|home|back|out|gone|outside)\b"
)


def _dropped_g(word: str) -> bool:
    """Text-speak that drops the g of -ing ("ringin", "sayin", "goin"), unless
    the text writes the word as a name too ("Toyin", "Sorin")."""
    return len(word) > 3 and word.endswith("in") and is_ordinary_word(word + "g")


VOWELS = "aeiou"


@functools.lru_cache(maxsize=4096)
def _respelt(word: str) -> bool:
    """Text-speak for an everyday word (`common_words`): its vowels dropped
    ("txting", "thnks"), in a word of five letters or more with at most one vowel
    left (a name short or vowelled, "tran", "tara", is never read as "train" or
    "tiara"), or "-ite" for "-ight" ("alrite", "tonite")."""
    common = common_words()
    if word.endswith("ite") and word[:-3] + "ight" in common:
        return True
    if len(word) < 5 or sum(c in VOWELS for c in word) > 1 or not word.isascii():
        return False
    for i in _between_consonants(word):
        for v in VOWELS:
            once = word[:i] + v + word[i:]
            if once in common:
                return True
            for j in _between_consonants(once):
                if j > i + 1 and any(once[:j] + w + once[j:] in common for w in VOWELS):
                    return True
    return False


def _between_consonants(word: str) -> list[int]:
    """Where a dropped vowel may go back: between two consonants ("tx" of
    "txting"), not beside a vowel the writer kept ("sants" is not "saints")."""
    return [i for i in range(1, len(word)) if word[i - 1] not in VOWELS and word[i] not in VOWELS]


REPEATED_LETTER_RE = re.compile(r"(\w)\1{2,}")


def _drawn_out(word: str) -> bool:
    """A word drawn out in a message ("pleeease", "sooo"): English once a letter
    written three times or more is written once or twice (not "willy": "wily")."""
    if not REPEATED_LETTER_RE.search(word):
        return False
    once = REPEATED_LETTER_RE.sub(r"\1", word)
    twice = REPEATED_LETTER_RE.sub(r"\1\1", word)
    return any(is_ordinary_word(w) or w in TEXTSPEAK for w in (once, twice) if w != word)


def message_texts(text: str) -> list[tuple[int, int]]:
    """Where messages are written: the text of each message line, and each
    quotation written all in lower case ("a post that read 'tell ava i know'").
    Read once per text in a block of `shared_readings()`: six rules ask (thirteen
    scans of a long document and its output were 0.1 s). Callers must not change
    the list."""
    return shared(("message texts", text), lambda: _message_texts(text))


def _message_texts(text: str) -> list[tuple[int, int]]:
    spans = [line.span(1) for line in MESSAGE_LINE_RE.finditer(text)]
    spans += lower_case_quotations(text)
    return sorted(spans)


# In a message, a name that is also a word ("hope", "may", "chase") is a person
# where the sentence says so: after these words...
MESSAGE_BEFORE_RE = re.compile(
    r"(?:\b(?:tell|told|with|w|and|hi|hey|dear|love\s+u|love\s+you|miss\s+u|ask|asked|"
    r"where\s+is|wheres|where['’]s|"
    r"(?:talking|talkin|speaking|chatting|texting|messaging)\s+(?:to|with)|"
    r"(?:u|you|i|we)\s+(?:think|reckon|know))[ \t]+|^[ \t]*)$"
)
# ... or before these (a verb of which it is the subject), or as the one
# addressed: "hope is asleep", "u think faith cares", "jj please stop", "rose, leave".
MESSAGE_AFTER_RE = re.compile(
    r"(?:[ \t]+(?:is|was|isnt|wasnt|has|had|hasnt|cares|knows|thinks|says|said|wants|"
    r"needs|hates|loves|likes|gets|does|doesnt|aint|keeps|told|asked|again|please|pls|plz|sez|sed|"
    r"been|rang|rung|phoned|texted|called|came|went|left|took|hit)\b"
    r"|['’]s\b|,[ \t]*(?:leave|stop|please|pls|plz|answer|pick|ring|call|get|come)\b"
    r"|[ \t]+(?:ring|call|text|answer|pick)[ \t]+(?:u|you|me|up)\b)"  # "ok haze ring u l8r"
)
SHORT_MESSAGE_NAME_RE = re.compile(r"^[a-z]{2,3}$")
SUBJECT_PRONOUNS = frozenset(["i", "u", "you", "we", "they", "he", "she", "it"])
MODAL_VERBS = MODALS | {"may", "shall"}
PREV_WORD_RE = re.compile(r"\b([A-Za-z]+)[ \t]+$")


def _a_modal_after_a_pronoun(text: str, start: int, word: str) -> bool:
    """'i will ring you at 4', 'I will ring': the verb after its subject ("Will" and
    "May" are names)."""
    if word not in MODAL_VERBS:
        return False
    prev = PREV_WORD_RE.search(text, max(0, start - 8), start)
    if prev is not None and prev.group(1).lower() in SUBJECT_PRONOUNS:
        return True
    # "'may not understand ... and may tell him'": a modal before "not" or a bare verb
    nxt = NEXT_LOWER_WORD_RE.match(text, start + len(word))
    return nxt is not None and nxt.group(1) in AFTER_A_MODAL


NEXT_LOWER_WORD_RE = re.compile(r"[ \t]+([a-z]+)\b")
AFTER_A_MODAL = frozenset(
    ["not", "never", "be", "have", "tell", "get", "go", "do", "come", "see", "say", "need",
     "take", "make", "know", "ask", "ring", "call", "leave", "stay", "try", "help", "find",
     "give", "let", "keep", "hurt", "understand", "think", "feel", "look", "send", "lose",
     "want", "well", "also", "still", "just", "already"]
)  # fmt: skip


PREV_LOWER_WORD_RE = re.compile(r"\b([a-z]+)[ \t]+$")


# "ok haze ring u l8r", "hiya flo answer me": the one a message addresses, any word.
ADDRESSED_RE = re.compile(
    r"(?:^|\b(?:ok|okay|hi|hiya|hey|oi|yes|no|night|morning|bye))[ \t,]+([a-z][a-z'’\-]{2,})"
    r"[ \t,]+(?:ring|call|text|answer|pick)[ \t]+(?:u|you|me|up)\b"
)
NOT_ADDRESSED = frozenset(
    ["then", "now", "just", "pls", "plz", "please", "babe", "hun", "love", "mum", "mam", "dad",
     "can", "will", "and", "but", "you", "she", "him", "her", "they", "dont", "cant", "hiya"]
)  # fmt: skip


# In a message, any word where only a name stands: after a title of kin or "rip"
# ("auntie pleasure", "rip teally"), or addressed at a message's start before "u ok",
# "u comin" ("marly u ok?", "meeks u comin sun").
STRONG_MESSAGE_NAME_RE = re.compile(
    r"\b(?:auntie|aunty|uncle|nanny|nana|grandma|grandad|grandpa|granny|rip"
    # or a kiss or a hug sent to them ("big kiss to jaws from nana")
    r"|(?:kiss|kisses|hugs)[ \t]+(?:to|for))[ \t]+"
    r"([a-z][a-z'’\-]{1,})(?![\w'’\-])"
    r"|(?:^|(?<=[.!?:][ \t]))([a-z][a-z'’\-]{1,})[ \t]+(?:u[ \t]+"
    r"(?:ok|okay|alright|comin|coming|still|up|there|awake|home|safe)\b"
    # or asked who told them ("catty who told u i was on the bypass"), or asked about
    # someone else ("jaggy did he take the card again?")
    r"|who[ \t]+(?:told|telt|said)[ \t]+(?:u|you|ya|him|her|them)\b"
    r"|(?:did|does|has|was)[ \t]+(?:he|she)[ \t]+[a-z])"
    # one who cannot come, at a message's start ("dharma cant make it"), and one
    # an apology or thanks ends on ("phone died at mams soz muddy.")
    r"|(?:^|(?<=[.!?:][ \t]))([a-z][a-z'’\-]{1,})[ \t]+(?:cant|can't|can’t|cnt|wont|won't|"
    r"won’t)[ \t]+(?:make[ \t]+it|come)\b"
    # (or "cheers", or a birthday's, before an emoji too: "cheers twigs 🙏", "happy bday judes!!")
    # or "thank u", or a greeting before a pause: "thank u lofty.", "hi foxy, im his wife")
    # or a goodbye, a "go on then" or a "leave it" ("ta flame.", "go on then zodiac.", "night
    # night sam")
    r"|\b(?:soz|sorry|thanks|thanx|thx|ty|ta|cheers|happy[ \t]+(?:bday|birthday|b['’]day)|"
    r"thank[ \t]+(?:u|you|ya)|hi|hiya|hey|heya|night|nite|bye|go[ \t]+on[ \t]+then|"
    r"leave[ \t]+it|(?:love|luv|miss|see)[ \t]+(?:u|you|ya)|"
    # or one a fright or a shock is told to ("oh god lase.", "omg zing!")
    r"oh[ \t]+(?:my[ \t]+)?(?:god|gosh)|omg|oh[ \t]+no)[ \t]+"
    r"([a-z][a-z'’\-]{1,})(?=[ \t]*(?:[.!?,x]|$|[^\w\s]))",
    re.MULTILINE,
)
NOT_ADDRESSED_BEFORE_U = frozenset(
    ["love", "miss", "thank", "see", "told", "tell", "got", "need", "hate", "are", "r", "did",
     "do", "have", "ave", "were", "was", "if", "wen", "when", "so", "hope", "bet", "call",
     "ring", "text", "and", "n", "but", "cos", "coz", "how", "where", "why", "what", "wat"]
)  # fmt: skip


# Who thanks or a greeting goes to that is no one's name ("thanks guys", "hi hon").
NOT_THANKED = frozenset(
    ["guys", "gals", "girls", "lads", "ladies", "folks", "everyone", "everybody", "team",
     "hon", "hunny", "babes", "bro", "bruv", "sis", "fam", "lovely", "lovelies", "doll",
     "man", "dude", "again", "anyway", "both", "lots", "loads", "xx", "xxx", "mum", "mam",
     "dad", "all", "there", "god", "lord", "allah", "later", "tomorrow", "tmrw", "tmoz",
     "2moro", "2morrow", "soon", "tonight", "2nite", "today", "2day", "night", "nite", "bye",
     "ra", "rah", "tara", "more", "much", "loads", "lots", "forever", "always", "4eva", "x",
     "big", "masses", "millions", "tons", "heaps", "loadz", "lotz", "tho", "though",
     "help", "sake", "yeah", "yes", "yep", "please", "pls", "plz", "bless", "no",
     "way", "really", "seriously", "honestly", "babe", "hun", "mate", "what", "why", "how"]
)  # fmt: skip


def _strong_message_names(text: str, start: int, end: int) -> Iterator[Finding]:
    for m in STRONG_MESSAGE_NAME_RE.finditer(text, start, end):
        g = next(i for i in (1, 2, 3, 4) if m.group(i))
        word = m.group(g)
        if word in STOP_WORDS or word in TEXTSPEAK or word in MODAL_VERBS or word in KIN_WORDS:
            continue
        if (word in DAYS_MONTHS and word not in NAME_WORDS) or word in NOT_ADDRESSED_BEFORE_U:
            continue
        if word in NOT_A_SAYER:
            continue  # "rip chef", "thanks doctor": who they are, not their name
        if word in ("off", "up", "out", "it", "apart") or past_tense(word):
            continue  # "rip it up", "auntie cried"
        if g == 1 and word.endswith("s") and is_ordinary_word(word):
            continue  # "auntie says", "nana misses u"
        if g == 2 and word in adverbs():
            continue  # "honestly did he": how it is asked, not whom
        if g in (1, 4) and (word in ENDEARMENTS or word in NOT_THANKED):
            continue  # "sorry duck", "thanks hun", "thanks guys": whoever it is, not a name
        yield Finding(m.start(g), m.end(g), "PERSON", word, P, 0.5)


GREETINGS = frozenset(
    ["hi", "hiya", "hey", "ta", "thanks", "thx", "night", "morning", "ok", "okay", "yes", "bye",
     "sorry", "soz", "evening", "alright", "morning", "nite"]
)  # fmt: skip


def _after_a_greeting(text: str, start: int, end: int) -> bool:
    prev = PREV_LOWER_WORD_RE.search(text, start, end)
    return prev is not None and prev.group(1) in GREETINGS


# "gin sez i gotta keep off ur road": a message opening with someone saying something
MESSAGE_SAYS_RE = re.compile(r"[ \t]*([a-z][a-z'’\-]{1,})[ \t]+(?:sez|says|said|sed|sayz)\b")
NOT_A_SAYER = frozenset(
    ["judge", "doctor", "doc", "dr", "gp", "nurse", "social", "council", "school", "police",
     "teacher", "everyone", "every1", "everybody", "nobody", "no1", "somebody", "some1",
     "someone", "sum1", "court", "housing", "solicitor", "lawyer", "boss", "manager",
     "work", "probation", "hospital", "idva", "cafcass", "letter", "app", "text", "sign",
     "chef"]
)  # fmt: skip


def _a_sayer(word: str) -> bool:
    low = word.lower()
    return not (
        low in NOT_A_SAYER
        or low in STOP_WORDS
        or low in KIN_WORDS
        or low in KIN_NOUNS
        or low in TEXTSPEAK
        or low in ALLOW_WORDS
        or low in SUBJECT_PRONOUNS
        or _a_plural(low)
    )


# Where a message leaves room only for a person, whatever the word means: asked
# after ("who tf is toy."), owning mates ("its tacos pals"), or addressed as the
# message opens, before who is writing or what someone did ("cinnamon its me",
# "bets he took my phone").
MESSAGE_SLOT_RE = re.compile(
    r"\bwho(?:[ \t]+(?:tf|the[ \t]+hell|the[ \t]+fuck|tha[ \t]+fuck))?[ \t]+is[ \t]+"
    r"([a-z][a-z'’\-]{1,})(?=[ \t]*(?:[.?!,]|$)|[ \t]+to[ \t]+(?:tell|say|judge)\b)"
    r"|\bits[ \t]+([a-z]{2,})s[ \t]+(?:pals|mates|m8s|friends|boys|lads|mum|dad|mam|car|"
    r"house|flat|phone|bf|gf|boyfriend|girlfriend)\b"
)
MESSAGE_OPENING_SLOT_RE = re.compile(
    r"[ \t]*([a-z][a-z'’\-]{1,})[ \t,]+(?:(?:its|it['’]s)[ \t]+me\b|(?:he|she)[ \t]+"
    r"(?:took|has|had|is|was|said|sez|knows|wont|cant|kicked|hit|smashed|broke)\b"
    r"|was[ \t]+asking[ \t]+(?:for|after|about)[ \t]+(?:u|you)\b)"
)
NOT_IN_A_MESSAGE_SLOT = frozenset(
    ["he", "she", "it", "that", "this", "they", "him", "her", "them", "u", "you", "me",
     "ok", "okay", "yeah", "yh", "ye", "yes", "nah", "no", "omg", "lol", "sorry", "soz",
     "ffs", "now", "then", "so", "and", "but", "cos", "coz", "well", "oh", "hiya", "hi",
     "hey", "look", "listen", "honestly", "srsly", "mate", "m8"]
)  # fmt: skip


def _message_names_in_context(text: str, start: int, end: int) -> Iterator[Finding]:
    """Names that are also words, or too short to tell ("jj", "mo"), lower case in a
    message, where the words around them make them a person."""
    yield from _strong_message_names(text, start, end)
    slots = [(m, 1 if m.group(1) else 2) for m in MESSAGE_SLOT_RE.finditer(text, start, end)]
    if opening := MESSAGE_OPENING_SLOT_RE.match(text, start, end):
        slots.append((opening, 1))
    for m, g in slots:
        word = m.group(g)
        if (
            word in NOT_IN_A_MESSAGE_SLOT
            or word in STOP_WORDS
            or word in TEXTSPEAK
            or word in KIN_WORDS
            or word in KIN_NOUNS  # "'husband says she's unwell'": who, not a name
            or word in ENDEARMENTS
            or word in NOT_A_SAYER
        ):
            continue
        yield Finding(m.start(g), m.end(g), "PERSON", word, P, 0.55)
    says = MESSAGE_SAYS_RE.match(text, start, end)
    if says is not None and _a_sayer(says.group(1)):
        yield Finding(says.start(1), says.end(1), "PERSON", says.group(1), P, 0.55)
    for m in ADDRESSED_RE.finditer(text, start, end):
        if m.group(1) not in NOT_ADDRESSED and m.group(1) not in TEXTSPEAK:
            yield Finding(m.start(1), m.end(1), "PERSON", m.group(1), P, 0.5)
    for m in LOWER_WORD_RE.finditer(text, start, end):
        word = m.group(1)
        if not word.islower():
            continue
        if word in TEXTSPEAK or (word in DAYS_MONTHS and word not in NAME_WORDS):
            continue  # "with may, leave me alone": May, the name, where the words say so
        kin = PREV_LOWER_WORD_RE.search(text, max(start, m.start(1) - 12), m.start(1))
        if (
            kin is not None
            and kin.group(1) in KIN_WORDS
            and len(word) > 1
            and word not in COMMON_LOWER
            and (word in NAME_WORDS or not is_ordinary_word(word))
        ):
            yield Finding(m.start(1), m.end(1), "PERSON", word, P, 0.5)  # "daddy piotr"
            continue
        if word not in NAME_WORDS and not (
            SHORT_MESSAGE_NAME_RE.match(word) and not is_ordinary_word(word)
        ):
            continue
        if after_a_determiner(text, m.start(1), m.end(1)):
            continue  # "my hope is", "a little dimple when": the word
        if _a_modal_after_a_pronoun(text, m.start(1), word):
            continue
        if word in NOT_A_SAYER:
            continue  # "judge sed no contact": who they are, not their name
        if word in ENDEARMENTS and _after_a_greeting(text, max(start, m.start(1) - 12), m.start(1)):
            continue  # "hi love its saber from downstairs"
        before = MESSAGE_BEFORE_RE.search(text, max(start, m.start(1) - 30), m.start(1))
        after = MESSAGE_AFTER_RE.match(text, m.end(1), end)
        if before is None and after is None:
            continue
        if before is not None and after is None and before.group(0).strip() == "":
            continue  # first word of the message, nothing after: "may see u sunday"
        yield Finding(m.start(1), m.end(1), "PERSON", word, P, 0.5)


IDENTIFIER_RECOGNISERS: tuple[Recogniser, ...] = (
    find_nhs,
    find_ni,
    find_postcodes,
    find_phones,
    find_emails,
    find_urls,
    find_vehicles,
    find_dobs,
    find_police_refs,
    find_collars,
    find_addresses,
    find_address_blocks,
    find_institutions,
    find_places,
)
# An English word written as a name, where only a person can stand: the subject
# of a clause after "that", "why", "while" ("that Comfort lived at the address",
# "while Sunday sat in the van"), or the one a verb acts on, alone before a
# preposition or a pause ("to see Favour within 5 days", "collect Trust from").
_SUBORDINATOR = r"that|why|while|where|whether|because|until|unless|though|although|once"
_SUBJECT_VERB = (
    r"lived|sat|said|says|told|admitted|opens|opened|kept|never|always|still|wanted|"
    r"refused|denied|rang|texted|had\s+been|was\s+(?:still|back|living|seen|at|in|not)|"
    r"would\s+only|did\s+not|could\s+not|knew|felt|went|came|moved|left|stayed|"
    r"paid|held|wrote|spent|made|had|saw|found|[a-z]{3,}ed"
)
# What only a person does. Mid-sentence also "agreed", "lost his…" and "was a": at a
# sentence's start those are a group's or a thing's too ("Management agreed",
# "Alcohol was a factor"), so there only "lost his job" and "brought his…".
_ONLY_A_PERSON_DOES = (
    r"said|says|told|asked|wanted|wants|admitted|denied|refused|disclosed|whispered|"
    r"shouted|cried|laughed|smiled|read\s+out"
)
_PERSON_VERB = rf"{_ONLY_A_PERSON_DOES}|agreed|lost\s+(?:his|her|their)|was\s+(?:a|the)"
_OPENING_PERSON_VERB = (
    rf"{_ONLY_A_PERSON_DOES}|lost\s+(?:his|her|their)\s+job|brought\s+(?:his|her|their)|"
    r"later\s+(?:found|told|said|admitted|wrote|rang)|read\s+(?:a|her|his|their)\s+statement|"
    # a thing only the one it was hers or his did with it ("Kitten withdrew her complaint")
    r"(?:withdrew|cancelled|missed|packed|sold|quit)\s+(?:her|his)(?=\s+[a-z])"
)
# How a case note goes on about the person it opens with.
_NOTE_PREDICATE = (
    r"describes|described|reports|reluctant|angry|tearful|anxious|upset|quiet|withdrawn|"
    r"drinks|asks|arrived|engaged|presents|presented|appears|appeared|"
    r"declined|denies|states|explains|explained|drew|met\s+(?:with|(?=[A-Z]))|came|"
    r"answered(?!\s+by)|attended|interviewed|brought\s+to|"
    r"was\s+detained|rings|boards|seen\s+by|on\s+(?:lates|earlies|nights|days)|"
    r"fears|worries|believes|feels|hopes"
)
_DONE_BY_A_PERSON = (
    r"collected|seen|taken|assaulted|attacked|hit|threatened|controlled|abused|visited|"
    r"driven|raised|accompanied|followed|harassed|stalked|kicked|punched|pushed|"
    r"strangled|injured|killed|exploited|groomed|cared\s+for|looked\s+after"
)
_OBJECT_VERB = (
    r"see|saw|collect|collected|visit|visited|contact|contacted|told|asked|gave|give|"
    r"phoned|rang|texted|met|meet|protect|protected|accompany|accompanied|drove|took|"
    r"spoke\s+to|speak\s+to|talked\s+to|in\s+front\s+of|messages?\s+from|walked|"
    r"telling|offered\s+to|given\s+to|sent\s+to|applied\s+for|flagged"
)
# ... the one a relative "who" is about, opening a sentence ("Camellia, who ran the
# corner shop"), and the owner of something, mid-sentence ("concern that Tuba's
# pension", not "the Council's policy"). The one a greeting addresses is
# `find_greeted`'s.
# Every way in starts a word with a letter: the first look-ahead skips the rest of the
# text at one test a position (a third of the time; see fastre).
CAP_WORD_AS_NAME_RE = re.compile(
    rf"\b(?=[^\W\d_])(?:\b(?:{_SUBORDINATOR})\s+({UPPER}{LOWER}+)(?=\s+(?:{_SUBJECT_VERB})\b)"
    rf"|\b(?:{_OBJECT_VERB})\s+({UPPER}{LOWER}+)"
    rf"(?=\s+(?:a|an|within|from|to|on|at|alone|home|again|about|that|with|by|for|when|"
    rf"while|until|because|and\s+[a-z]|the\s+(?:following|next|same)|as\s+an?)\b|[,;:.])"
    rf"|(?:^|(?<=[.!?][ \t])|(?<=[.!?]['’\"”][ \t])|(?<=\n)|(?<=,[ \t]and[ \t]))"
    rf"({UPPER}{LOWER}+),[ \t]+who\b"
    rf"|(?<=[a-z,] )({UPPER}{LOWER}+)(?=['’]s[ \t]+[a-z])"
    # mid-sentence before a verb only a person does ("at the frailty review Alter said",
    # "whether Arm was a carer"), or the agent of a passive ("collected by Arm and")
    rf"|(?<![\w'’-])(?!(?:the|a|an|this|these|our|their|its|his|her|my|your|on|of)\b)"
    rf"[a-z]+[ \t]+({UPPER}{LOWER}+)(?=\s+(?:{_PERSON_VERB})\b)"
    rf"|\b(?:{_DONE_BY_A_PERSON})\s+by\s+({UPPER}{LOWER}+)(?=\s+and\s+[a-z]|[,;.](?:\s|$))"
    # opening a sentence before what only a person does ("Roan lost his job", "'Door
    # wants to be a vet", "Rut read out pages")
    rf"|(?:^|(?<=[.!?][ \t])|(?<=[.!?]['’\"”][ \t])|(?<=[:;][ \t]['‘\"“]))"
    rf"({UPPER}{LOWER}+)(?=\s+(?:{_OPENING_PERSON_VERB})\b)"
    # opening a note quoted after its date, before how the person was that day
    # ("Entry, 26/10/2022: 'Print asks whether…'", "DSL log: 'Pit quiet in class'")
    # or opening a record's entry after its date ("Interview record, 16/07/2021: Saturday
    # answered", "Family liaison log, 02/07/2021: Gear met")
    rf"|(?:(?<=[:;.][ \t]['‘])|(?<=\d:[ \t]))({UPPER}{LOWER}+)"
    rf"(?=[ \t]+(?:(?:first|then|later|again|also|still|initially|finally)[ \t]+)?"
    rf"(?:{_NOTE_PREDICATE})\b"
    # or who the entry is about, before what was found ("ED, 27/07/2023: Combat, fractured
    # right wrist"; not "2019: However, she")
    rf"|(?<!ly),[ \t]+"
    rf"(?!(?:she|he|they|it|we|i|the|a|an|this|that|there|no|not|and|but|or)\b)"
    rf"(?:[a-z]|[A-Z]{{2,}}[ \t]+[a-z])))",  # "…: Nightshade, GHB toxicity"
    re.MULTILINE,
)
OWNER_GROUP = 4
NOTE_GROUP = 8
# What a dated entry opens with before a comma when it names no one: what happened or
# what the entry is ("Fall, fractured hip", "Outcome, no further action").
ENTRY_HEADS = frozenset(
    ["fall", "falls", "overdose", "assault", "collapse", "injury", "injuries", "fracture",
     "burn", "burns", "bruising", "laceration", "wound", "pain", "headache", "seizure",
     "fit", "faint", "intoxication", "intoxicated", "drunk", "attendance", "admission",
     "discharge", "referral", "outcome", "action", "actions", "update", "review", "summary",
     "note", "call", "visit", "contact", "incident", "appointment", "plan", "decision",
     "result", "results", "advice", "response", "closed", "open", "nfa", "noted", "agreed",
     "declined", "seen", "unseen", "dna", "cancelled", "arrest", "charge", "bail",
     "caution", "conviction", "sentence", "hearing", "adjourned", "verdict", "alcohol",
     "drugs", "cannabis", "cocaine", "heroin", "domestic", "concern", "concerns",
     "disclosure", "strangulation", "choking", "stabbing", "shooting", "death"]
)  # fmt: skip
# What one person does in a note about them ("asks whether", "describes"), not a thing
ONE_PERSON_PREDICATE_RE = re.compile(
    r"[ \t]+(?:asks|describes|drinks|denies|explains|states|reports)\b"
)
SUBJECT_GROUPS = (1, 2, 5, 6, 7, 8)
VERB_GROUPS = (5, 6, 7, 8)  # before or after a verb only a person does
OWNER_DETERMINER_RE = re.compile(
    r"\b(?:the|a|an|this|these|those|its|our|their|his|her|my|your|each|every|any|no)"
    r"[ \t]+$",
    re.IGNORECASE,
)
# A common noun with its article ("the nursery called"): a thing, whatever it does.
ARTICLE_LOWER_RE = compile_guarded(r"\b(?:[Tt]he|[Aa]n?)[ \t]+([a-z]{3,})\b")
ARTICLE_CAP_RE = compile_guarded(
    rf"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Oo]ur|[Tt]heir|[Ii]ts)\s+({UPPER}{LOWER}+)"
)


# The reason of a name found only by where it stands ("Camellia, who", "Tuba's
# pension"): NER still reads its sentence, which may hold the full name.
WORD_IN_A_PERSONS_PLACE = "an English word where only a person can stand"


def find_words_used_as_names(text: str) -> Iterator[Finding]:
    """'did not know that Comfort lived at the address': an English word, written
    as a name where only a person can stand, unless the text also writes it as
    a noun after an article ("the Trust", "the Panel"), or it is a day, a month
    or an agency's word. Given names that are no English word are found anyway."""
    nouns: frozenset[str] | None = None
    articled: frozenset[str] = frozenset()
    for m in CAP_WORD_AS_NAME_RE.finditer(text):
        g = next(i for i in range(1, 9) if m.group(i))
        word = m.group(g)
        low = word.lower()
        if g == OWNER_GROUP and OWNER_DETERMINER_RE.search(
            text, max(0, m.start(g) - 8), m.start(g)
        ):
            continue  # "the Council's policy": an organisation's
        subject = g in SUBJECT_GROUPS
        if (low in NAME_WORDS and subject) or not is_ordinary_word(word):
            continue  # the other recognisers decide those
        if low in DAYS_MONTHS or low[:-1] in DAYS_MONTHS:
            continue  # "went to on Sundays said"
        if low in ALLOW_WORDS or low in NOT_A_PERSON or low in STOP_WORDS:
            continue
        if low in PLACE_FOLDS and (g not in VERB_GROUPS or low in WORLD_PLACE_FOLDS):
            continue  # a town that asks or mentions is a person's name ("Hartley asked")
        # "'Kisses asks whether…'": a note's opening word that a verb for one person
        # follows is a name, though the text writes the word in lower case too and
        # though it looks plural, unless the text gives it an article ("the nursery")
        one_person = g == NOTE_GROUP and ONE_PERSON_PREDICATE_RE.match(text, m.end(g))
        if low in SERVICE_NOUNS or low in KIN_NOUNS or (_a_plural(low) and not one_person):
            continue  # "Police, who", "Mum's", "Neighbours, who": no one's name
        if g in VERB_GROUPS and (word in NOT_NAMES or ROLE_WORD_RE.fullmatch(word)):
            continue  # "Patient said", "Caller told": a role, not a name
        if g in VERB_GROUPS and low not in NAME_WORDS and ABSTRACT_NOUN_RE.fullmatch(low):
            continue  # "Management agreed", "Leadership told": a thing that speaks
        if (
            g == NOTE_GROUP
            and text.startswith(",", m.end(g))
            and (text[m.start(g) - 1] in "'‘" or low in ENTRY_HEADS)
        ):
            continue  # "'Quiet, bright'", "ED, 12/03/2019: Fall, fractured hip"
        if nouns is None:
            articled, nouns = _written_as_nouns(text)
        if word in nouns and not (one_person and word not in articled):
            continue  # "the Trust", or "housing" in lower case elsewhere: a noun
        found = _f(m, g, "PERSON", 0.6)
        yield found if subject else replace(found, reason=WORD_IN_A_PERSONS_PLACE)


# A word capitalised mid-sentence, alone (no capitalised word beside it), after a word
# that a person follows and no sentence ends with: "rang me when Magic was out", "typed
# by Magic, who", "stand behind Lioness and". (A table flattened into a line runs
# "shut Screen message left…": only such a word says a sentence did not end there.)
LONE_CAP_WORD_RE = compile_guarded(
    r"(?<![\w'’.\-])(by|to|with|from|for|behind|beside|towards|against|about|and|but|or|"
    r"when|if|while|until|unless|whether|because|although|though|before|after|since|than|"
    r"like|told|asked|hoping|let|helped|met|visited|phoned|texted|rang|emailed)"
    rf"[ \t]+({UPPER}{LOWER}{{2,}})"
    rf"(?![\w'’\-]|[ \t]+(?:{UPPER}|[&(\d]|of\b|(?:and|for|the)[ \t]+{UPPER})|[ \t]*['’]s\b)"
)
# ... nor the end of a Title Case run ("Planning and Performance", "Policy, Voice")
TITLE_RUN_BEFORE_RE = re.compile(rf"{UPPER}[\w'’-]*(?:,|[ \t]+(?:and|&|of|for))?[ \t]*\Z")
# ... nor how a thing was done ("sent by Post", "came by Taxi", "met by Chance")
BY_MEANS = frozenset(
    ["post", "hand", "phone", "telephone", "email", "text", "letter", "mail", "fax",
     "courier", "car", "bus", "coach", "train", "rail", "taxi", "road", "air", "sea",
     "foot", "bike", "bicycle", "ambulance", "video", "appointment", "chance", "accident",
     "mistake", "default", "law", "design", "name", "sight", "heart"]
)  # fmt: skip
# ... nor a thing's name before its noun ("two Encompass notifications")
LOWER_NOUN_NEXT_RE = re.compile(r"[ \t]+([a-z]{3,})\b")


def _a_noun_only(word: str) -> bool:
    """A word English uses only as a noun ("notifications", "injection"), not as a
    verb or an adverb ("was", "knows", "rang", "again")."""
    if word in STOP_WORDS or word in adverbs() or past_tense(word):
        return False
    stems = {word, word[:-1], word[:-2]} if word.endswith("s") else {word}
    return not stems & verbs() and bool(stems & nouns())


# People by what they are to someone, which English uses only as nouns (words that are
# verbs too, "mates", "tenants", are left out by `_a_noun_only` already).
PEOPLE_NOUNS = frozenset(
    ["friends", "colleagues", "girls", "boys", "guests", "relatives", "residents", "patients",
     "clients", "pupils", "students", "workers"]
)  # fmt: skip
NOUN_BEFORE_RE = re.compile(r"(?<![\w'’-])([a-z]{3,})[ \t]+\Z")


def _a_common_noun_before(text: str, conj: int) -> bool:
    """Does a plural common noun, not a relative's or a role's, stand before the
    'and' at `conj`? What 'and' joins to it is a thing too."""
    m = NOUN_BEFORE_RE.search(text, max(0, conj - 30), conj)
    if not m:
        return False
    word = m.group(1)
    return (
        word.endswith("s")
        and word not in PEOPLE_NOUNS
        and word[:-1] not in KIN_NOUNS
        and not ROLE_WORD_RE.fullmatch(word.capitalize())
        and _a_noun_only(word)
    )


def find_lone_capitalised_words(text: str) -> Iterator[Finding]:
    """An English word written with a capital mid-sentence, alone, where the text
    never writes it in lower case nor after an article: a name ("when Magic was
    out", "read by Zodiac:"). An organisation, a service, a place or a role is
    known by its list; a common noun shows itself in lower case elsewhere."""
    nouns: frozenset[str] | None = None
    for m in LONE_CAP_WORD_RE.finditer(text):
        word = m.group(2)
        low = word.lower()
        if not is_ordinary_word(word) or (m.group(1) == "by" and low in BY_MEANS):
            continue
        nxt = LOWER_NOUN_NEXT_RE.match(text, m.end(2))
        if nxt and _a_noun_only(nxt.group(1)):
            continue
        if TITLE_RUN_BEFORE_RE.search(text, max(0, m.start(1) - 40), m.start(1)):
            continue
        if m.group(1) in ("and", "or") and _a_common_noun_before(text, m.start(1)):
            continue  # "their contributions and Feedback on the plan": like with like
        if low in NAME_WORDS or low in DAYS_MONTHS or low in STOP_WORDS:
            continue
        if low in ALLOW_WORDS or low in NOT_A_PERSON or low in SERVICE_NOUNS:
            continue
        if low in KIN_NOUNS or low in PLACE_FOLDS or low in WORLD_PLACE_FOLDS:
            continue
        if word in NOT_NAMES or ROLE_WORD_RE.fullmatch(word) or _a_plural(low):
            continue
        if ABSTRACT_NOUN_RE.fullmatch(low) or low in adjectives_only():
            continue
        if nouns is None:
            nouns = _written_as_nouns(text)[1]
        if word in nouns:
            continue
        yield Finding(m.start(2), m.end(2), "PERSON", word, P, 0.55, WORD_IN_A_PERSONS_PLACE)


LOWER_AFTER_A_WORD_RE = re.compile(r"(?<=[a-z,] )[a-z]{3,}")


def _written_as_nouns(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The capitalised forms of the words a text writes after an article ("the Trust",
    "the nursery"), and of those and every word it writes in lower case mid-sentence
    outside its messages: a message writes names in lower case ("pics of poet"), so
    there a lower-case word says nothing of whether 'Poet says…' is a noun. Read once
    per text in a block of `shared_readings()` (two rules ask)."""
    return shared(("written as nouns", text), lambda: _read_nouns(text))


def _read_nouns(text: str) -> tuple[frozenset[str], frozenset[str]]:
    articled = {a.group(1) for a in ARTICLE_CAP_RE.finditer(text)}
    articled |= {w.capitalize() for w in ARTICLE_LOWER_RE.findall(text)}
    nouns = set(articled)
    start = 0
    for a, b in [*message_texts(text), (len(text), len(text))]:  # sorted
        if a > start:
            nouns.update(w.capitalize() for w in LOWER_AFTER_A_WORD_RE.findall(text, start, a))
        start = max(start, b)
    return frozenset(articled), frozenset(nouns)


# Abstract nouns by their ending, but not -ance, -ence or -ity, which end virtue
# names that no list holds ("Abundance told the assistant", "Unity said").
ABSTRACT_NOUN_RE = re.compile(r"[a-z]{3,}(?:tion|sion|ment|ness|ship|ism|ogy)")


# Who someone is in a record, not their name: "Patient said", "Caller told them".
ROLE_WORD_RE = re.compile(
    rf"(?i:{ROLE_NOUNS}|caller|witness|pupil|student|resident|neighbour|suspect|"
    r"defendant|victim|perpetrator|subject|applicant|informant|complainant|respondent|"
    r"claimant|child|adult|parent|guardian|member|owner|driver|boss|colleague|"
    r"male|female|man|woman|boy|girl|person|individual)"
)


# Services a review names by one capitalised noun ("that Housing had been told").
SERVICE_NOUNS = frozenset(
    [
        "housing",
        "probation",
        "safeguarding",
        "education",
        "health",
        "police",
        "panel",
        "chair",
        "children",
        "adults",
        "social",
        "care",
        "ambulance",
        "council",
        "trust",
        "court",
        "prison",
        "hospital",
        "school",
        "services",
        "team",
        "board",
        "agency",
        "partnership",
        "review",
        "family",
        "victim",
        "perpetrator",
        "coroner",
        "commissioner",
        "officer",
        "management",
        "government",
        "parliament",
        "home",
        "office",
        "nursing",
        "midwifery",
        "maternity",
        "psychiatry",
        "pharmacy",
        "surgery",
        "practice",
        "legal",
        "justice",
        "immigration",
        "benefits",
        "employment",
        "protection",
        "support",
        "advice",
        "help",
        "crime",
        "investigations",
        "intelligence",
        "operations",
        "control",
        # those who answer as one: "Staff said", "Reception told her to wait"
        "staff",
        "reception",
        "security",
        "triage",
        "admissions",
        "dispatch",
        "switchboard",
        "duty",
        "paramedics",
        "crew",
        "nobody",
        "everyone",
    ]
)


NAME_RECOGNISERS: tuple[Recogniser, ...] = (
    find_titled_names,
    find_cited_authors,
    find_related_names,
    find_role_appositions,
    find_unknown_capitalised,
    find_hyphenated_names,
    find_syllable_names,
    find_message_senders,
    find_code_then_name,
    find_greeted,
    find_mentions,
    find_speakers,
    find_person_slots,
    find_named_by_form,
    find_record_fields,
    find_surname_first,
    find_caps_name_lists,
    find_caps_relations,
    find_caps_heading_names,
    find_shouted_names_in_prose,
    find_message_names,
    find_lower_case_titled,
    find_name_words,
    find_name_pairs,
    find_words_used_as_names,
    find_lone_capitalised_words,
    find_surname_first_rows,
    find_told_in_lower_case,
    find_pairs_after_a_verb,
    find_middle_initial_names,
    find_defendants,
)


# Why each recogniser found what it found, for a reviewer deciding on a finding (a
# recogniser that knows more gives its own reason: SLOT_REASON, FIELD_REASON).
RECOGNISER_REASONS: dict[str, str] = {
    "find_nhs": "an NHS number (its check digit is valid, or it is labelled)",
    "find_ni": "a National Insurance number",
    "find_postcodes": "a UK postcode",
    "find_phones": "a UK phone number",
    "find_emails": "an email address",
    "find_urls": "a web address or a profile",
    "find_vehicles": "a vehicle registration",
    "find_dobs": "a date of birth",
    "find_police_refs": "a police crime, incident or occurrence reference",
    "find_collars": "a police officer's collar number",
    "find_addresses": "a street address",
    "find_address_blocks": "the lines of a postal address",
    "find_institutions": "a school, surgery, care home or workplace by its name",
    "find_places": "a town or place",
    "find_titled_names": "a title before a name (Mr, Dr, PC …)",
    "find_defendants": "the defendant a criminal case is named for (R v …)",
    "find_related_names": "a name after a relative, 'known as', a greeting or a closing",
    "find_role_appositions": "a name beside a role ('the paramedic, …,')",
    "find_unknown_capitalised": "a capitalised word no English dictionary holds",
    "find_hyphenated_names": "a hyphenated name",
    "find_syllable_names": "a Korean or Chinese given name of two syllables ('Ji-hoon')",
    "find_message_senders": "a message's sender",
    "find_code_then_name": "the name in brackets after a coded pseudonym",
    "find_greeted": "the one a letter or a message greets",
    "find_mentions": MENTION_REASON,
    "find_speakers": "a speaker in a transcript or minutes",
    "find_person_slots": "a place in the sentence only a person can fill",
    "find_named_by_form": "a name in a form's name field",
    "find_record_fields": "a name in a record's field",
    "find_surname_first": "a record's surname-first name ('Wren, Piotr')",
    "find_cited_authors": CITED_REASON,
    "find_caps_name_lists": "a name in a list of names in capitals",
    "find_caps_relations": "a name in capitals beside a relative",
    "find_caps_heading_names": "a name in a heading in capitals",
    "find_shouted_names_in_prose": "a full name in capitals in a sentence",
    "find_message_names": "a lower-case word in a message that is no English word",
    "find_lower_case_titled": "a lower-case title in a message, then the name",
    "find_name_words": "a given name that is also a word, where the sentence makes it one",
    "find_name_pairs": "a given name and a surname together",
    "find_words_used_as_names": "a word used where only a name can stand",
    "find_lone_capitalised_words": WORD_IN_A_PERSONS_PLACE,
    "find_surname_first_rows": "a table row's surname-first name",
    "find_told_in_lower_case": "a lower-case word that was told something",
    "find_pairs_after_a_verb": "a two-word name after a verb of contact",
    "find_middle_initial_names": "a name with a middle initial",
}


def find_patterns(text: str) -> list[Finding]:
    out: list[Finding] = []
    for recogniser in IDENTIFIER_RECOGNISERS + NAME_RECOGNISERS:
        why = RECOGNISER_REASONS[recogniser.__name__]
        out.extend(
            f if f.reason else Finding(f.start, f.end, f.label, f.text, f.source, f.confidence, why)
            for f in recogniser(text)
        )  # not dataclasses.replace, which costs five times as much for each finding
    return out
