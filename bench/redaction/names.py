"""Fictional-cast building blocks: first names, surnames, places and institutions.

Every list is split into a development half and a test half (alternate entries), so
an engine tuned on the development pool meets names it has not seen in the test
pool. The six ordinary-word names the issue names (Hope, Summer, Will, May, Rose,
Wood) are in both halves on purpose: they are the hard cases the targets are about.

Names are ordinary given names and surnames combined at random; no combination is
meant to refer to a real person. Phone numbers come from Ofcom's drama ranges.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class FirstName:
    name: str
    nick: str
    origin: str
    word: bool = False  # also an ordinary English word (Hope, Will, May ...)


@dataclass(frozen=True)
class Surname:
    masc: str
    fem: str
    origin: str
    word: bool = False

    def for_gender(self, gender: str) -> str:
        return self.fem if gender == "f" else self.masc


def _f(origin: str, *pairs: str, word: bool = False) -> list[FirstName]:
    """pairs alternate name, nickname."""
    return [FirstName(pairs[i], pairs[i + 1], origin, word) for i in range(0, len(pairs), 2)]


def _s(origin: str, *names: str, word: bool = False) -> list[Surname]:
    out = []
    for n in names:
        masc, _, fem = n.partition("/")
        out.append(Surname(masc, fem or masc, origin, word))
    return out


FEMALE: list[FirstName] = [
    *_f(
        "english",
        "Natasha",
        "Tash",
        "Rebecca",
        "Becky",
        "Kelly",
        "Kel",
        "Samantha",
        "Sammy",
        "Charlotte",
        "Lottie",
        "Jodie",
        "Jodes",
        "Gemma",
        "Gem",
        "Leanne",
        "Lea",
        "Stacey",
        "Stace",
        "Emma",
        "Em",
        "Donna",
        "Don",
        "Kirsty",
        "Kirst",
    ),
    *_f("irish", "Siobhán", "Shiv", "Niamh", "Neevy", "Bridget", "Bridie", "Roisin", "Ro"),
    *_f("scottish_welsh", "Morag", "Mo", "Catrin", "Cat", "Eilidh", "Ellie", "Ffion", "Fee"),
    *_f(
        "polish",
        "Katarzyna",
        "Kasia",
        "Małgorzata",
        "Gosia",
        "Agnieszka",
        "Aga",
        "Joanna",
        "Asia",
        "Magdalena",
        "Madzia",
        "Żaneta",
        "Żanka",
    ),
    *_f("baltic_romanian", "Ieva", "Ievute", "Ioana", "Oana", "Rūta", "Rutele", "Andreea", "Dee"),
    *_f(
        "nigerian",
        "Chiamaka",
        "Chi",
        "Ngozi",
        "Ngo",
        "Folake",
        "Fola",
        "Adaeze",
        "Ada",
        "Oluwakemi",
        "Kemi",
        "Temitope",
        "Tope",
    ),
    *_f("ghanaian", "Abena", "Abby", "Akosua", "Kosi"),
    *_f("pakistani", "Ayesha", "Ash", "Samina", "Sami", "Nasreen", "Nas", "Shazia", "Shaz"),
    *_f("indian", "Priya", "Pri", "Harpreet", "Preet", "Manpreet", "Mani", "Lakshmi", "Lucky"),
    *_f("bangladeshi", "Rumana", "Ru", "Taslima", "Tas"),
    *_f("chinese", "Xiaoling", "Ling", "Wenjing", "Jing", "Meihua", "Mei", "Yanting", "Tina"),
    *_f("vietnamese", "Huong", "Hu", "Thuy", "Tee"),
    *_f("turkish", "Elif", "Eli", "Zeynep", "Zey"),
    *_f("somali", "Hodan", "Hodi", "Fadumo", "Fadi"),
    *_f("portuguese", "Inês", "Nessa", "Joana", "Jo"),
    *_f("caribbean", "Marcia", "Marcie", "Sharelle", "Relle"),
]

FEMALE_WORD: list[FirstName] = _f(
    "english",
    "Grace",
    "Gracie",
    "Joy",
    "Joyce",
    "Faith",
    "Fay",
    "Dawn",
    "Dawnie",
    "Amber",
    "Ambs",
    "Holly",
    "Hols",
    "Ivy",
    "Ives",
    "Autumn",
    "Autie",
    "Iris",
    "Rissy",
    "Pearl",
    "Pearly",
    word=True,
)
FEMALE_WORD_BOTH: list[FirstName] = _f(
    "english", "Hope", "Hopey", "Summer", "Sums", "May", "Maisie", "Rose", "Rosie", word=True
)

MALE: list[FirstName] = [
    *_f(
        "english",
        "Daniel",
        "Danny",
        "Michael",
        "Mick",
        "Craig",
        "Craigy",
        "Wayne",
        "Wayno",
        "Jamie",
        "Jay",
        "Ryan",
        "Ry",
        "Stephen",
        "Steve",
        "Christopher",
        "Chris",
        "Liam",
        "Lemmy",
        "Darren",
        "Daz",
        "Gareth",
        "Gaz",
        "Kevin",
        "Kev",
    ),
    *_f("irish", "Padraig", "Paddy", "Cian", "Ci", "Declan", "Dec", "Eoin", "Owny"),
    *_f(
        "polish",
        "Aleksander",
        "Olek",
        "Krzysztof",
        "Krzys",
        "Tomasz",
        "Tomek",
        "Paweł",
        "Pawełek",
        "Grzegorz",
        "Grzesiek",
        "Łukasz",
        "Łukasik",
    ),
    *_f(
        "baltic_romanian", "Mindaugas", "Mindo", "Darius", "Dari", "Ionuț", "Ionel", "Andrei", "Dre"
    ),
    *_f(
        "nigerian",
        "Chukwuemeka",
        "Emeka",
        "Oluwaseun",
        "Seun",
        "Babatunde",
        "Tunde",
        "Olumide",
        "Mide",
        "Obinna",
        "Obi",
        "Adewale",
        "Wale",
    ),
    *_f("ghanaian", "Kwame", "Kwams", "Kofi", "Kof"),
    *_f("pakistani", "Muhammad", "Mo", "Imran", "Immy", "Zahid", "Zed", "Asif", "Az"),
    *_f("indian", "Gurpreet", "Guri", "Rajesh", "Raj", "Sandeep", "Sandy", "Vikram", "Vik"),
    *_f("bangladeshi", "Shahid", "Shah", "Rahim", "Rah"),
    *_f("chinese", "Haoran", "Hao", "Zhiwei", "Wei", "Junjie", "JJ", "Yusheng", "Sheng"),
    *_f("vietnamese", "Minh", "Minny", "Duc", "Ducky"),
    *_f("turkish", "Mehmet", "Memo", "Emre", "Emo"),
    *_f("somali", "Abdirahman", "Abdi", "Mohamed", "Moha"),
    *_f("portuguese", "João", "Jojo", "Tiago", "Tito"),
    *_f("caribbean", "Delroy", "Del", "Winston", "Winnie"),
]

MALE_WORD: list[FirstName] = _f(
    "english",
    "Jack",
    "Jacko",
    "Frank",
    "Frankie",
    "Mark",
    "Marky",
    "Grant",
    "Granty",
    "Miles",
    "Milo",
    "Drew",
    "Drewy",
    "Chase",
    "Chasey",
    "Guy",
    "Guy",
    "Pat",
    "Patty",
    "Rich",
    "Richie",
    word=True,
)
MALE_WORD_BOTH: list[FirstName] = _f("english", "Will", "Willy", word=True)

SURNAMES: list[Surname] = [
    *_s(
        "english",
        "Smith",
        "Taylor",
        "Johnson",
        "Walker",
        "Harris",
        "Clarke",
        "Lewis",
        "Turner",
        "Parker",
        "Cooper",
        "Ward",
        "Bennett",
        "Hughes",
        "Palmer",
        "Lambert",
        "Ashworth",
    ),
    *_s("irish", "O'Sullivan", "Murphy", "McCarthy", "Byrne", "Doyle", "O'Neill"),
    *_s("scottish_welsh", "MacLeod", "McKenzie", "Pritchard", "Llewellyn"),
    *_s(
        "polish",
        "Nowicki/Nowicka",
        "Kowalski/Kowalska",
        "Wiśniewski/Wiśniewska",
        "Zieliński/Zielińska",
        "Wójcik",
        "Kamiński/Kamińska",
        "Lewandowski/Lewandowska",
        "Dąbrowski/Dąbrowska",
    ),
    *_s(
        "baltic_romanian",
        "Kazlauskas/Kazlauskaitė",
        "Petrauskas/Petrauskaitė",
        "Popescu",
        "Ionescu",
    ),
    *_s("nigerian", "Okoro", "Adeyemi", "Okafor", "Balogun", "Eze", "Nwosu", "Adebayo", "Ogunleye"),
    *_s("ghanaian", "Mensah", "Asante", "Boateng", "Owusu"),
    *_s("pakistani", "Khan", "Hussain", "Akhtar", "Rashid", "Iqbal", "Mahmood"),
    *_s("indian", "Sharma", "Patel", "Sandhu", "Gill", "Chauhan", "Mistry"),
    *_s("bangladeshi", "Begum", "Miah", "Uddin", "Rahman"),
    *_s("chinese", "Wang", "Zhang", "Chen", "Liu", "Huang", "Cheung"),
    *_s("vietnamese", "Nguyen", "Tran", "Pham", "Hoang"),
    *_s("turkish", "Yılmaz", "Demir", "Kaya", "Öztürk"),
    *_s("somali", "Warsame", "Farah", "Hassan", "Abdullahi"),
    *_s("portuguese", "Ferreira", "Santos", "Carvalho", "Pereira"),
    *_s("caribbean", "Campbell", "Francis", "Thompson", "Bailey"),
]
SURNAMES_WORD: list[Surname] = _s(
    "english",
    "Stone",
    "Hill",
    "Marsh",
    "Fox",
    "Baker",
    "Green",
    "White",
    "Field",
    "Moss",
    "Bishop",
    "Cook",
    "Young",
    "Sharp",
    "Church",
    "Bird",
    "Lamb",
    "Best",
    "Bull",
    "Frost",
    "Parsons",
    word=True,
)
SURNAMES_WORD_BOTH: list[Surname] = _s("english", "Wood", word=True)

STREETS = [
    "Orchard Road",
    "Kestrel Close",
    "Mill Lane",
    "Victoria Street",
    "Bramble Way",
    "Chapel Street",
    "Meadow View",
    "Hadleigh Road",
    "Cromwell Avenue",
    "Foxglove Drive",
    "Station Road",
    "Nelson Terrace",
    "Fairfield Crescent",
    "Linden Grove",
    "Quayside",
    "Heron Walk",
    "Bell Lane",
    "Westgate Street",
    "Priory Gardens",
    "Saxon Rise",
]
BLOCKS = [
    "Kestrel House",
    "Orwell Court",
    "Beacon Heights",
    "Mariner's Court",
    "Gainsborough House",
    "Waterside Lofts",
    "Crown Mews",
    "Cedar Court",
    "Compass House",
    "Tannery Yard",
]
TOWNS = [
    "Stowmarket",
    "Lowestoft",
    "Felixstowe",
    "Sudbury",
    "Haverhill",
    "Thetford",
    "Bury St Edmunds",
    "Beccles",
    "Woodbridge",
    "Leiston",
    "Halesworth",
    "Needham Market",
    "Great Yarmouth",
    "Dereham",
    "Diss",
    "Harwich",
    "Clacton-on-Sea",
    "Braintree",
]
POSTCODE_AREAS = ["IP", "NR", "CO", "CB", "CM"]
STEMS = [
    "Orchard",
    "Riverside",
    "Castle Hill",
    "Westbourne",
    "Chantry",
    "Brookfield",
    "Ashwell",
    "Northgate",
    "Kingsfleet",
    "Cliffside",
    "Heathlands",
    "Oakmere",
    "Larkrise",
    "Millbrook",
    "Thornfield",
    "Elmstead",
    "Fenwick",
    "Copdock",
    "Hartismere",
    "Sandpiper",
]
SCHOOL_KINDS = ["Primary School", "Academy", "Infant School", "High School", "Junior School"]
SURGERY_KINDS = ["Medical Practice", "Surgery", "Health Centre", "Family Practice"]
CAREHOME_KINDS = ["Care Home", "Nursing Home", "Lodge Care Home", "House Residential Home"]
WORK_KINDS = [
    "Logistics Ltd",
    "Packaging Ltd",
    "Foods",
    "Distribution Centre",
    "Motors",
    "Cleaning Services",
    "Builders Merchants",
]
PUBS = [
    "The Red Lion",
    "The Kings Head",
    "The Plough",
    "The Dog and Partridge",
    "The Swan",
    "The Crown and Anchor",
    "The Greyhound",
    "The White Hart",
    "The Fat Cat",
    "The Ship Inn",
    "The Case is Altered",
    "The Oak Tree",
    "The Three Tuns",
    "The Grapes",
]
EMAIL_DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com"]


def halves(items: list[T]) -> tuple[list[T], list[T]]:
    """Alternate entries: (development half, test half)."""
    return items[0::2], items[1::2]


@dataclass(frozen=True)
class NamePool:
    female: list[FirstName]
    male: list[FirstName]
    female_word: list[FirstName]
    male_word: list[FirstName]
    surnames: list[Surname]
    surnames_word: list[Surname]
    streets: list[str]
    blocks: list[str]
    towns: list[str]
    stems: list[str]
    pubs: list[str]


def name_pool(pool: str) -> NamePool:
    if pool == "holdout2":  # its own names
        from bench.redaction.names_holdout2 import POOL

        return POOL
    if pool == "holdout3":  # its own names
        from bench.redaction.names_holdout3 import POOL as POOL3

        return POOL3
    if pool == "holdout4":  # its own names
        from bench.redaction.names_holdout4 import POOL as POOL4

        return POOL4
    if pool == "holdout5":  # its own names
        from bench.redaction.names_holdout5 import POOL as POOL5

        return POOL5
    if pool == "holdout6":  # its own names
        from bench.redaction.names_holdout6 import POOL as POOL6

        return POOL6
    if pool == "holdout7":  # its own names
        from bench.redaction.names_holdout7 import POOL as POOL7

        return POOL7
    if pool == "holdout8":  # its own names
        from bench.redaction.names_holdout8 import POOL as POOL8

        return POOL8
    if pool == "holdout9":  # its own names
        from bench.redaction.names_holdout9 import POOL as POOL9

        return POOL9
    if pool == "holdout10":  # its own names
        from bench.redaction.names_holdout10 import POOL as POOL10

        return POOL10
    if pool == "holdout11":  # its own names
        from bench.redaction.names_holdout11 import POOL as POOL11

        return POOL11
    if pool == "holdout12":  # its own names
        from bench.redaction.names_holdout12 import POOL as POOL12

        return POOL12
    if pool == "holdout13":  # its own names
        from bench.redaction.names_holdout13 import POOL as POOL13

        return POOL13
    if pool == "holdout14":  # its own names
        from bench.redaction.names_holdout14 import POOL as POOL14

        return POOL14
    if pool == "holdout15":  # its own names
        from bench.redaction.names_holdout15 import POOL as POOL15

        return POOL15
    if pool == "holdout16":  # its own names
        from bench.redaction.names_holdout16 import POOL as POOL16

        return POOL16
    if pool == "holdout17":  # its own names
        from bench.redaction.names_holdout17 import POOL as POOL17

        return POOL17
    if pool == "holdout18":  # its own names
        from bench.redaction.names_holdout18 import POOL as POOL18

        return POOL18
    if pool == "holdout19":  # its own names
        from bench.redaction.names_holdout19 import POOL as POOL19

        return POOL19
    if pool == "holdout20":  # its own names
        from bench.redaction.names_holdout20 import POOL as POOL20

        return POOL20
    if pool == "holdout21":  # its own names
        from bench.redaction.names_holdout21 import POOL as POOL21

        return POOL21
    if pool == "holdout22":  # its own names
        from bench.redaction.names_holdout22 import POOL as POOL22

        return POOL22
    if pool == "holdout23":  # its own names
        from bench.redaction.names_holdout23 import POOL as POOL23

        return POOL23
    if pool == "holdout24":  # its own names
        from bench.redaction.names_holdout24 import POOL as POOL24

        return POOL24
    if pool == "holdout25":  # its own names
        from bench.redaction.names_holdout25 import POOL as POOL25

        return POOL25
    i = 0 if pool == "dev" else 1  # holdout uses the test half

    def h(items: list[T]) -> list[T]:
        return halves(items)[i]

    return NamePool(
        female=h(FEMALE),
        male=h(MALE),
        female_word=h(FEMALE_WORD) + FEMALE_WORD_BOTH,
        male_word=h(MALE_WORD) + MALE_WORD_BOTH,
        surnames=h(SURNAMES),
        surnames_word=h(SURNAMES_WORD) + SURNAMES_WORD_BOTH,
        streets=h(STREETS),
        blocks=h(BLOCKS),
        towns=h(TOWNS),
        stems=h(STEMS),
        pubs=h(PUBS),
    )
