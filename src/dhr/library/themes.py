"""The theme vocabulary: the Home Office library's "Filter by theme" options.

`vocabulary()` reads home_office_filters.json (a saved copy of the Home Office
DHR library's filter form) and gives one theme per option of its `Keywords[]`
list, grouped by the option's prefix ("Victim", "Perpetrator", "Aggravating
factors", "DHR process", …). `suggest(text)` proposes themes from keyword rules:
each theme's rule is the words below (or, by default, the option's own words
after its prefix); a suggestion carries the words that triggered it, and only a
person turns it into a tag (`services.do_tag`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from django.utils.text import slugify

FILTERS_JSON = Path(__file__).with_name("home_office_filters.json")

# Hand-written rules for the themes recommendations are most often about. Each
# entry is a list of phrases; a phrase matches as whole words, case-insensitive,
# with a trailing '*' for any ending.
RULES: dict[str, list[str]] = {
    "DHR process - police recommendations": ["police", "officer*", "constabulary"],
    "DHR process - social services recommendations": [
        "social care",
        "social services",
        "social worker*",
        "children's services",
        "adult safeguarding",
    ],
    "DHR process - health services recommendations": [
        "gp*",
        "health",
        "hospital*",
        "nhs",
        "practice*",
        "ambulance",
        "a&e",
        "mental health",
    ],
    "DHR process - idva or other domestic abuse support service recommendations": [
        "idva*",
        "domestic abuse service*",
        "refuge*",
        "specialist service*",
    ],
    "DHR process - probation services recommendations": ["probation"],
    "DHR process - housing services recommendations": ["housing", "landlord*", "tenan*"],
    "DHR process - school recommendations": ["school*", "teacher*"],
    "DHR process - employer recommendations": ["employer*", "workplace*"],
    "DHR process - community safety partnership recommendations": [
        "community safety partnership",
        "csp",
    ],
    "DHR process - technology systems recommendation themes": [
        "system*",
        "database*",
        "it",
        "electronic record*",
        "flag*",
    ],
    "DHR process - identification of risk recommendation themes": [
        "risk",
        "dash",
        "risk assessment*",
        "routine enquiry",
        "ask about",
    ],
    "DHR process - training recommendation themes": ["training", "train*", "learning"],
    "DHR process - policy recommendation themes": [
        "policy",
        "policies",
        "protocol*",
        "procedure*",
        "guidance",
    ],
    "DHR process - multi agency working recommendation themes": [
        "marac",
        "multi-agency",
        "multi agency",
        "partners",
        "share",
        "sharing",
        "information sharing",
    ],
    "DHR process - record keeping recommendation themes": [
        "record*",
        "recording",
        "documentation",
        "notes",
    ],
    "DHR process - awareness raising recommendation themes": [
        "awareness",
        "campaign*",
        "publicise",
        "public information",
    ],
    "Aggravating factors - coercive or controlling behaviour": [
        "coercive control",
        "coercive",
        "controlling",
    ],
    "Aggravating factors - stalking": ["stalk*", "harass*"],
    "Aggravating factors - separation": ["separation", "separated", "left the relationship"],
    "Aggravating factors - economic abuse": ["economic abuse", "financial abuse"],
    "Aggravating factors - sexual abuse": ["sexual abuse", "sexual violence", "rape"],
    "Victim - alcohol misuse": ["alcohol*"],
    "Victim - substance misuse": ["substance*", "drug*"],
    "Victim - mental ill health": ["anxiety", "depression", "mental health"],
    "Victim - referred to marac at any time": ["marac"],
}


@dataclass(frozen=True)
class ThemeSpec:
    slug: str
    label: str
    group: str
    home_office_option: str


@cache
def filters() -> dict[str, Any]:
    return json.loads(FILTERS_JSON.read_text(encoding="utf-8"))


def vocabulary() -> list[ThemeSpec]:
    group = next(g for g in filters()["groups"] if g["name"] == "Keywords[]")
    specs = []
    for option in group["options"]:
        value = option["label"]
        if value == "All":
            continue
        prefix, _, rest = value.partition(" - ")
        label = f"{prefix}: {rest[:1].upper()}{rest[1:]}" if rest else value
        specs.append(ThemeSpec(slugify(value)[:120], label, prefix, value))
    return specs


def rule_for(option: str) -> list[str]:
    if option in RULES:
        return RULES[option]
    rest = option.partition(" - ")[2] or option
    return [re.sub(r"\s*\(.*\)", "", rest)]


@cache
def compiled(option: str) -> re.Pattern[str]:
    parts = []
    for phrase in rule_for(option):
        body = re.escape(phrase.rstrip("*"))
        parts.append(rf"\b{body}" + (r"\w*" if phrase.endswith("*") else r"\b"))
    return re.compile("|".join(parts), re.IGNORECASE)


@dataclass(frozen=True)
class Suggestion:
    option: str  # the theme's Home Office option
    words: tuple[str, ...]  # what triggered it, as written in the text


def suggest(text: str, options: list[str] | None = None, limit: int = 8) -> list[Suggestion]:
    """Themes whose rule matches the text, most distinct triggering words first."""
    found = []
    for option in options or [s.home_office_option for s in vocabulary()]:
        words = {m.group(0).lower() for m in compiled(option).finditer(text)}
        if words:
            found.append(Suggestion(option, tuple(sorted(words))))
    found.sort(key=lambda s: (-len(s.words), s.option))
    return found[:limit]


# The DHRD's own flags, as themes of the same vocabulary (no person needed:
# these are the Home Office's own tags, as the dataset records them).
DHRD_FLAGS = {
    "coercive_control": "Aggravating factors - coercive or controlling behaviour",
    "economic_abuse": "Aggravating factors - economic abuse",
    "faith_based_marriage": "Aggravating factors - faith based abuse",
    "forced_marriage": "Aggravating factors - forced marriage",
    "honour_based_violence": "Aggravating factors - honour based violence",
    "physical_abuse": "Aggravating factors - physical abuse",
    "emotional_abuse": "Aggravating factors - psychological or emotional abuse",
    "separation": "Aggravating factors - separation",
    "sexual_abuse": "Aggravating factors - sexual abuse",
    "stalking": "Aggravating factors - stalking",
    "children_present": "Children - present at homicide (including adult children)",
}
DHRD_VICTIM = {
    "alcohol": "Victim - alcohol misuse",
    "substance_misuse": "Victim - substance misuse",
    "housing": "Victim - housing issues",
    "physical_disability": "Victim - physical disability",
    "pregnancy": "Victim - pregnancy",
    "neurodiversity": "Victim - neurodiverse condition diagnosis",
}
DHRD_PERPETRATOR = {
    "alcohol": "Perpetrator - alcohol misuse",
    "substance_misuse": "Perpetrator - substance misuse",
    "housing": "Perpetrator - housing issues",
    "physical_disability": "Perpetrator - physical disability",
    "neurodiversity": "Perpetrator - neurodiverse condition diagnosis",
}


@cache
def label_of() -> dict[str, str]:
    return {s.home_office_option: s.label for s in vocabulary()}


def dhrd_themes(incident: Any) -> list[str]:
    """Theme labels of a DHRD incident (and its victims and perpetrators)."""
    options = [o for flag, o in DHRD_FLAGS.items() if incident.flags.get(flag)]
    for v in incident.victims.all():
        options += [o for k, o in DHRD_VICTIM.items() if v.vulnerabilities.get(k)]
        if v.mental_health_issues:
            options.append("Victim - mental ill health")
        if v.suicide:
            options.append("Victim - died by suicide")
        if v.carer:
            options.append("Victim - was a carer")
    for p in incident.perpetrators.all():
        options += [o for k, o in DHRD_PERPETRATOR.items() if p.vulnerabilities.get(k)]
        if p.mental_health_issues:
            options.append("Perpetrator - mental ill health")
        if p.carer:
            options.append("Perpetrator - was a carer")
        if p.carer_for_victim:
            options.append("Perpetrator - carer for victim")
    labels = label_of()
    return sorted({labels[o] for o in options if o in labels})
