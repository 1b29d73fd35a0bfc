"""What the holdout pools' tests share: the forms a template may use, and how a
pool's names are compared with the other pools'."""

from __future__ import annotations

import re

from bench.redaction import names as N

PARTICLES = {
    "o",
    "ó",
    "ní",
    "mac",
    "van",
    "der",
    "de",
    "da",
    "dos",
    "al",
    "le",
    "el",
    "ap",
    "ben",
    "abu",
    "bin",
}
PERSON_FORMS = {
    "full", "tfull", "first", "surname", "title", "initial", "nick", "poss", "sposs", "caps",
    "capsfirst", "lower", "lnick", "broken", "hyph", "officer",
}  # fmt: skip
ID_FORMS = {
    "nhs", "ni", "dob", "phone", "email", "url", "vrm", "address", "postcode", "pcpart",
}  # fmt: skip
GLOBALS = {
    "SCHOOL", "SURGERY", "CAREHOME", "WORK", "PUB", "TOWN", "CRIME", "OCC", "DATE", "MAYDATE",
    "TIME",
}  # fmt: skip


def given(lists: list[list[N.FirstName]]) -> set[str]:
    return {n.casefold() for fs in lists for f in fs for n in (f.name, f.nick)}


def surnames(lists: list[list[N.Surname]]) -> set[str]:
    return {n.casefold() for ss in lists for s in ss for n in (s.masc, s.fem)}


def tokens(names: set[str]) -> set[str]:
    return {t for n in names for t in re.split(r"[ \-]", n) if t and t not in PARTICLES}


def sentences(pool: dict[str, list[str]]) -> set[str]:
    return {t for ts in pool.values() for t in ts}
