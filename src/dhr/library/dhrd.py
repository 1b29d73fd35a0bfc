"""The Domestic Homicide Review Dataset (DHRD) codebook as data, and row checks.

Pure Python, no ORM: `read_dhrd(directory)` reads incidents.csv, victims.csv and
perpetrators.csv, checks every row against the codebook (data/dhrd/CODEBOOK.md)
and returns the typed rows with a list of `Problem`s (file, row, field, reason).
The services decide what to save.

Where the real files and the codebook disagree, the files win when the value is
one the Home Office library itself uses, and the difference is written here:

- booleans are spelt `True`/`False` (codebook: `TRUE`/`FALSE`); both are accepted,
  in any case; an empty cell is "unknown" (None), never False.
- dates are "September 2018" (codebook: `MM-YYYY`), or a year alone ("2020", 50
  incidents); all three are accepted, and a year alone is kept as a year.
- `location_of_death` is written `residential_location` etc.; the codebook's
  labels ("Residential location") are accepted too.
- perpetrators' ages include `20-34` (42 rows), a band the codebook does not
  list; accepted as written. `court_verdict` includes `Unfit to plead`, an option
  of the Home Office filter; accepted.
- incidents.csv has `honour_based_violence` (not in the codebook; a Home Office
  aggravating factor); the one-hot columns are spelt `psychosis`, `selfharm`,
  `substance_misuse` (codebook: "pschyosis", "self-harm", "substance abuse").
"""

from __future__ import annotations

import csv
import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CITATION = (
    "D. Cook and E. A. Cook (2026), Domestic Homicide Review Dataset (DHRD) for England "
    "and Wales, version 1.0.3, CC BY 4.0, https://doi.org/10.5281/zenodo.21648010"
)
DOI_URL = "https://doi.org/10.5281/zenodo.21648010"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"

REGIONS = [
    "East",
    "East Midlands",
    "Greater London",
    "North East",
    "North West",
    "South East",
    "South West",
    "Wales",
    "West Midlands",
    "Yorkshire and Humber",
]
AGE_GROUPS = ["16-19", "20-24", "25-34", "35-44", "45-54", "55-64", "65+", "Unknown"]
SEXES = ["Female", "Male", "Other", "Unknown"]
ORIENTATIONS = ["Heterosexual/Straight", "Gay/Lesbian", "Bisexual", "Other", "Unknown"]
RELIGIONS = [
    "Christian",
    "Buddhist",
    "Hindu",
    "Sikh",
    "Muslim",
    "Jewish",
    "No religion",
    "Other",
    "Unknown",
]
# The Home Office library's ethnicity options, as the DHRD spells them.
ETHNICITIES = [
    "White - British",
    "White - Irish",
    "White - Gypsy/Traveller",
    "White, background not stated",
    "Any other white background",
    "Mixed - White and Black Caribbean",
    "Mixed - White and Black African",
    "Mixed - White and Asian",
    "Mixed/Multiple, background not stated",
    "Any other Mixed/Multiple",
    "Asian British - Indian",
    "Asian British - Pakistani",
    "Asian British - Bangladeshi",
    "Asian British - Chinese",
    "Asian, background not stated",
    "Any other Asian background",
    "Black - African",
    "Black - Caribbean",
    "Black, background not stated",
    "Any other Black/African/Caribbean background",
    "Arab",
    "Any other ethnic group",
    "Unknown",
]
RELATIONSHIPS = [
    "Spouse (incl civil partner)",
    "Common-law spouse",
    "Boyfriend or girlfriend",
    "Parent",
    "Ex-spouse",
    "Ex-boyfriend or ex-girlfriend",
    "Sibling",
    "Half-sibling",
    "Step-sibling",
    "Cohabitant",
    "Grandparent",
    "Son or daughter",
    "Step-parent",
    "Step-child",
    "Casual sexual partner",
    "Emotional rival",
    "Other (relative)",
    "Other (non-relative)",
    "Unknown",
]
VERDICTS = [
    "Murder",
    "Manslaughter",
    "Manslaughter w/ diminished responsibility",
    "Unfit to plead",
    "Not guilty",
    "Other",
    "Unknown",
]
CAUSES = [
    "arson",
    "blunt instrument",
    "burning or scalding",
    "carbon monoxide poisoning",
    "drowning",
    "explosion",
    "fall to a hard surface",
    "hit by vehicle",
    "hitting with a weapon",
    "manual strangulation",
    "negligence or neglect",
    "other",
    "other poisoning",
    "sharp instrument",
    "shooting",
    "strangulation with ligature",
    "suffocation, asphyxiation or smothering",
    "unknown",
]
LOCATIONS = {
    "public_place": "Public place",
    "residential_location": "Residential location",
    "other": "Other",
    "not_known": "Not known",
}

# Case type and abuse flags of incidents.csv, with the words the library shows.
CASE_TYPES = {
    "intimate_partner_violence": "Intimate partner homicide",
    "familial_homicide": "Familial homicide",
    "parricide": "Parricide",
    "homicide_suicide": "Homicide-suicide",
    "multiple_victims": "More than one victim",
    "children_present": "Children present",
}
ABUSE_TYPES = {
    "coercive_control": "Coercive or controlling behaviour",
    "economic_abuse": "Economic abuse",
    "faith_based_marriage": "Faith-based abuse",
    "forced_marriage": "Forced marriage",
    "honour_based_violence": "Honour-based abuse",
    "physical_abuse": "Physical abuse",
    "emotional_abuse": "Psychological or emotional abuse",
    "separation": "Separation",
    "sexual_abuse": "Sexual abuse",
    "stalking": "Stalking",
}
MENTAL_HEALTH = {
    "adjustment_disorder": "Adjustment disorder",
    "anxiety": "Anxiety",
    "dementia": "Dementia",
    "depression": "Depression",
    "panic_attacks": "Panic attacks",
    "ptsd": "PTSD",
    "psychosis": "Psychosis",
    "selfharm": "Self-harm",
    "suicidal_thoughts": "Suicidal thoughts",
    "suicide_attempts": "Suicide attempts",
    "other": "Other mental health",
}
VULNERABILITIES = {
    "alcohol": "Alcohol misuse",
    "housing": "Housing issues",
    "neurodiversity": "Neurodiverse condition",
    "physical_disability": "Physical disability",
    "pregnancy": "Pregnancy",
    "substance_misuse": "Substance misuse",
    "other": "Other vulnerability",
}
PERPETRATOR_VULNERABILITIES = {k: v for k, v in VULNERABILITIES.items() if k != "pregnancy"}

MONTHS = {
    name: number
    for number, name in enumerate(
        [
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
        ],
        start=1,
    )
}


class Invalid(ValueError):
    """A cell that does not match the codebook; the message says why."""


def parse_bool(value: str) -> bool | None:
    v = value.strip().lower()
    if v == "":
        return None
    if v == "true":
        return True
    if v == "false":
        return False
    raise Invalid(f"'{value}' is not TRUE, FALSE or empty")


@dataclass(frozen=True)
class DeathDate:
    year: int
    month: int | None  # None: only the year is known

    def first_day(self) -> datetime.date | None:
        return datetime.date(self.year, self.month, 1) if self.month else None


def parse_month(value: str) -> DeathDate | None:
    """'September 2018', '09-2018' or '2018'; empty is unknown."""
    v = value.strip()
    if not v:
        return None
    m = re.fullmatch(r"([A-Za-z]+) (\d{4})", v)
    year_only = re.fullmatch(r"\d{4}", v)
    month: int | None
    if m and m.group(1).lower() in MONTHS:
        month, year = MONTHS[m.group(1).lower()], int(m.group(2))
    elif year_only:
        month, year = None, int(v)
    else:
        m = re.fullmatch(r"(\d{1,2})-(\d{4})", v)
        if not m or not 1 <= int(m.group(1)) <= 12:
            raise Invalid(f"'{value}' is not a date such as 'September 2018', 09-2018 or 2018")
        month, year = int(m.group(1)), int(m.group(2))
    if not 1990 <= year <= 2100:
        raise Invalid(f"'{value}': the year {year} is outside 1990-2100")
    return DeathDate(year, month)


def choice(options: list[str], required: bool = False) -> Callable[[str], str]:
    lookup = {o.lower(): o for o in options}

    def parse(value: str) -> str:
        v = value.strip()
        if not v:
            if required:
                raise Invalid("is empty")
            return ""
        if v.lower() not in lookup:
            shown = ", ".join(options[:8]) + ("…" if len(options) > 8 else "")
            raise Invalid(f"'{value}' is not one of the codebook's values ({shown})")
        return lookup[v.lower()]

    return parse


def location(value: str) -> str:
    v = value.strip().lower().replace(" ", "_")
    if not v:
        return ""
    if v not in LOCATIONS:
        raise Invalid(f"'{value}' is not one of {', '.join(LOCATIONS.values())}")
    return LOCATIONS[v]


def identifier(prefix: str) -> Callable[[str], str]:
    def parse(value: str) -> str:
        v = value.strip()
        if not re.fullmatch(rf"{prefix}-\d{{1,8}}", v):
            raise Invalid(f"'{value}' is not an identifier like {prefix}-0001")
        return v

    return parse


def text(max_length: int) -> Callable[[str], str]:
    def parse(value: str) -> str:
        v = value.strip()
        if not v:
            raise Invalid("is empty")
        if len(v) > max_length:
            raise Invalid(f"is longer than {max_length} characters")
        return v

    return parse


Column = tuple[str, Callable[[str], Any]]

INCIDENT_COLUMNS: list[Column] = [
    ("incident_id", identifier("INC")),
    ("csp", text(200)),
    ("region", choice(REGIONS, required=True)),
    ("death_date", parse_month),
    ("multiple_victims", parse_bool),
    ("cause_of_death", choice(CAUSES)),
    ("location_of_death", location),
    *[(name, parse_bool) for name in CASE_TYPES if name != "multiple_victims"],
    *[(name, parse_bool) for name in ABUSE_TYPES],
]
VICTIM_COLUMNS: list[Column] = [
    ("victim_id", identifier("VIC")),
    ("incident_id", identifier("INC")),
    ("age_at_death", choice(AGE_GROUPS)),
    ("sex_of_victim", choice(SEXES)),
    ("sexual_orientation_of_victim", choice(ORIENTATIONS)),
    ("prev_offence_history", parse_bool),
    ("victim_religion", choice(RELIGIONS)),
    ("victim_ethnicity", choice(ETHNICITIES)),
    ("relationship_to_perpetrator", choice(RELATIONSHIPS)),
    ("victim_suicide", parse_bool),
    ("victim_carer_responsibilities", parse_bool),
    ("victim_mental_health_issues", parse_bool),
    *[(f"victim_mh_{name}", parse_bool) for name in MENTAL_HEALTH],
    *[(f"victim_vuln_{name}", parse_bool) for name in VULNERABILITIES],
]
PERPETRATOR_COLUMNS: list[Column] = [
    ("perpetrator_id", identifier("SUS")),
    ("incident_id", identifier("INC")),
    ("age_at_fatal_incident", choice([*AGE_GROUPS, "20-34"])),
    ("sex_of_perpetrator", choice(SEXES)),
    ("sexual_orientation_of_perpetrator", choice(ORIENTATIONS)),
    ("perpetrator_ethnicity", choice(ETHNICITIES)),
    ("prev_offence_history", parse_bool),
    ("court_verdict", choice(VERDICTS)),
    ("perpetrator_carer_responsibilities", parse_bool),
    ("perpetrator_carer_for_victim", parse_bool),
    ("perpetrator_mental_health_issues", parse_bool),
    *[(f"perpetrator_mh_{name}", parse_bool) for name in MENTAL_HEALTH],
    *[(f"perpetrator_vuln_{name}", parse_bool) for name in PERPETRATOR_VULNERABILITIES],
]
FILES: dict[str, list[Column]] = {
    "incidents.csv": INCIDENT_COLUMNS,
    "victims.csv": VICTIM_COLUMNS,
    "perpetrators.csv": PERPETRATOR_COLUMNS,
}
KEYS = {
    "incidents.csv": "incident_id",
    "victims.csv": "victim_id",
    "perpetrators.csv": "perpetrator_id",
}


@dataclass(frozen=True)
class Problem:
    file: str
    row: int  # the line in the file (the header is line 1); 0 for the whole file
    field: str
    reason: str

    def __str__(self) -> str:
        where = f"{self.file}, row {self.row}" if self.row else self.file
        return f"{where}, {self.field or 'file'}: {self.reason}"


@dataclass
class Dataset:
    incidents: dict[str, dict[str, Any]] = field(default_factory=dict)
    victims: dict[str, dict[str, Any]] = field(default_factory=dict)
    perpetrators: dict[str, dict[str, Any]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    rows_read: dict[str, int] = field(default_factory=dict)


def read_file(path: Path, columns: list[Column], problems: list[Problem]) -> list[tuple[int, dict]]:
    """Typed rows of one file with their line numbers; bad cells become problems."""
    name = path.name
    if not path.is_file():
        problems.append(Problem(name, 0, "", "the file is missing"))
        return []
    try:
        handle = path.open(newline="", encoding="utf-8-sig")
        reader = csv.DictReader(handle)
        header = reader.fieldnames or []
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(name, 0, "", f"cannot be read: {exc}"))
        return []
    expected = [c for c, _ in columns]
    missing = [c for c in expected if c not in header]
    extra = [c for c in header if c not in expected]
    if missing or extra:
        if missing:
            problems.append(Problem(name, 1, "header", "missing columns: " + ", ".join(missing)))
        if extra:
            problems.append(Problem(name, 1, "header", "unknown columns: " + ", ".join(extra)))
        handle.close()
        return []
    rows: list[tuple[int, dict]] = []
    with handle:
        try:
            for line, raw in enumerate(reader, start=2):
                typed, bad = {}, False
                if None in raw:
                    problems.append(Problem(name, line, "", "has more cells than the header"))
                    continue
                for column, parse in columns:
                    cell = raw.get(column)
                    if cell is None:
                        problems.append(Problem(name, line, column, "is missing (short row)"))
                        bad = True
                        continue
                    try:
                        typed[column] = parse(cell)
                    except Invalid as exc:
                        problems.append(Problem(name, line, column, str(exc)))
                        bad = True
                if not bad:
                    rows.append((line, typed))
        except (csv.Error, UnicodeDecodeError) as exc:
            problems.append(Problem(name, 0, "", f"cannot be read: {exc}"))
    return rows


def read_dhrd(directory: Path) -> Dataset:
    """Check every row of the three files; joins and keys are checked across files.

    A victim or perpetrator row joins an incident that is itself valid; victims
    belong to single-victim incidents (the codebook's rule for victims.csv).
    """
    data = Dataset()
    parsed = {}
    for name, columns in FILES.items():
        rows = read_file(Path(directory) / name, columns, data.problems)
        data.rows_read[name] = len(rows)
        unique: dict[str, dict] = {}
        for line, row in rows:
            key = row[KEYS[name]]
            if key in unique:
                data.problems.append(
                    Problem(name, line, KEYS[name], f"'{key}' appears more than once")
                )
                continue
            row["_line"] = line
            unique[key] = row
        parsed[name] = unique
    data.incidents = parsed["incidents.csv"]
    for name, target in (("victims.csv", data.victims), ("perpetrators.csv", data.perpetrators)):
        for key, row in parsed[name].items():
            incident = data.incidents.get(row["incident_id"])
            if incident is None:
                data.problems.append(
                    Problem(
                        name,
                        row["_line"],
                        "incident_id",
                        f"'{row['incident_id']}' is not a valid incident in incidents.csv "
                        "(missing, or rejected above)",
                    )
                )
                continue
            if name == "victims.csv" and incident["multiple_victims"]:
                data.problems.append(
                    Problem(
                        name,
                        row["_line"],
                        "incident_id",
                        f"'{row['incident_id']}' has more than one victim; victims.csv "
                        "holds single-victim incidents only",
                    )
                )
                continue
            target[key] = row
    return data
