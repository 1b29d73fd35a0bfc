"""The language check: wording a review should not use, found in plain text.

Pure functions, no Django. Three kinds of flag, each with why:
- culpability: a review is not an inquiry into who is culpable; that is for
  coroners and criminal courts (seed FAQ, question 12);
- victim blaming: phrases that put responsibility on the victim or minimise
  abuse ("she chose to stay", "failed to leave", "volatile relationship",
  "domestic" used as a noun for an incident);
- real names: a registered person's real name or alias where the pseudonym
  should stand.
A flag is identified by its rule and its words (`Flag.identity`), so a
dismissal (with its reason) still applies after the text around it changes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

CULPABILITY = "culpability"
VICTIM_BLAMING = "victim_blaming"
REAL_NAME = "real_name"

CATEGORY_LABELS = {
    CULPABILITY: "Apportions blame",
    VICTIM_BLAMING: "Victim blaming",
    REAL_NAME: "Real name",
}

WHY_CULPABILITY = (
    "A review is not an inquiry into who is culpable: that is for coroners and criminal "
    "courts. Describe what happened and what could be learned instead."
)


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    pattern: re.Pattern[str]
    why: str
    instead: str = ""


def _rx(text: str) -> re.Pattern[str]:
    return re.compile(text, re.IGNORECASE)


PRONOUN = r"(?:she|he|they|[A-Z][a-z]+)"
# Words that make "domestic" an adjective ("domestic abuse"), not a noun ("a domestic").
DOMESTIC_NOUNS = (
    "abuse|violence|homicide|homicides|incident|incidents|setting|relationship|relationships|"
    "situation|circumstances|environment|life|duties|chores|work|arrangements|matters|context|"
    "risk|abuser|abusers|burglary|dispute|disputes|related|abuse-related|sphere|policy|"
    "servant|staff|call|calls|violence-related|partnership|homicide-review"
)

RULES = [
    Rule(
        "culpable",
        CULPABILITY,
        _rx(r"\bculpab(?:le|ility)\b"),
        WHY_CULPABILITY,
        "Say what the agency did or did not do, and what it learned.",
    ),
    Rule(
        "to_blame",
        CULPABILITY,
        _rx(r"\b(?:(?:is|was|were|are|be)\s+to\s+blame|blameworthy|apportion\w*\s+blame)\b"),
        WHY_CULPABILITY,
        "Describe the practice and the learning.",
    ),
    Rule(
        "at_fault",
        CULPABILITY,
        _rx(r"\b(?:at\s+fault|negligen(?:t|ce)|derelict(?:ion)?)\b"),
        WHY_CULPABILITY,
        "Say what fell short of policy or good practice, and why.",
    ),
    Rule(
        "responsible_for_death",
        CULPABILITY,
        _rx(
            r"\b(?:responsible|accountable)\s+for\s+(?:her|his|their|the)\s+"
            r"(?:death|murder|killing)\b"
        ),
        WHY_CULPABILITY,
        "Who caused the death is for the courts; the review asks what agencies can learn.",
    ),
    Rule(
        "chose_to_stay",
        VICTIM_BLAMING,
        _rx(
            rf"\b{PRONOUN}\s+(?:chose|decided|opted|elected)\s+to\s+(?:stay|remain|return|go\s+back)\b"
        ),
        "Staying is rarely a free choice: leaving is often the most dangerous time and abuse "
        "(coercive control, fear, money, children) constrains it. This puts responsibility on "
        "the victim.",
        "Describe the barriers to leaving and what support was offered.",
    ),
    Rule(
        "failed_to_leave",
        VICTIM_BLAMING,
        _rx(r"\b(?:failed|refused|declined|did\s+not\s+want)\s+to\s+leave\b"),
        "'Failed to leave' makes the victim responsible for the abuse continuing.",
        "Say what made leaving unsafe or hard, and what agencies offered.",
    ),
    Rule(
        "failed_to_engage",
        VICTIM_BLAMING,
        _rx(rf"\b{PRONOUN}\s+(?:failed|refused)\s+to\s+engage\b"),
        "This puts the burden on the victim; ask whether services were accessible and engaging.",
        "Say what was offered, how, and what got in the way.",
    ),
    Rule(
        "volatile_relationship",
        VICTIM_BLAMING,
        _rx(
            r"\b(?:volatile|tempestuous|stormy|turbulent|toxic|fiery|rocky)\s+"
            r"(?:relationship|marriage|partnership)\b"
        ),
        "This describes abuse as mutual conflict and hides who was harming whom.",
        "Name the abuse and who perpetrated it.",
    ),
    Rule(
        "domestic_noun",
        VICTIM_BLAMING,
        re.compile(
            r"\b(?:[Aa]n?|[Tt]he|[Aa]nother|[Tt]his|[Tt]hat|[Pp]revious|[Ee]arlier|[Ll]ast|"
            r"[Ss]econd|[Tt]hird|[Ff]urther)\s+domestic\b"
            rf"(?!-|\s+(?:{DOMESTIC_NOUNS})\b)"
            r"|\bdomestics\b",
            re.IGNORECASE,
        ),
        "'A domestic' minimises abuse as a private quarrel.",
        "Say 'an incident of domestic abuse' and what it was.",
    ),
    Rule(
        "crime_of_passion",
        VICTIM_BLAMING,
        _rx(
            r"\b(?:crime\s+of\s+passion|lovers'?\s+tiff|snapped|jealous\s+rage|"
            r"provoked\s+(?:him|her|them))\b"
        ),
        "This frames the killing as a loss of control the victim caused, not as abuse.",
        "Describe the pattern of abuse.",
    ),
]


@dataclass(frozen=True)
class Flag:
    rule: str
    category: str
    start: int
    end: int
    text: str
    why: str
    instead: str = ""

    @property
    def identity(self) -> tuple[str, str]:
        """What a dismissal is kept against: the rule and its words, not their place."""
        return (self.rule, " ".join(self.text.casefold().split()))

    @property
    def category_label(self) -> str:
        return CATEGORY_LABELS[self.category]


def check(text: str, names: Mapping[str, str] | None = None) -> list[Flag]:
    """Every flag in `text`, in order. `names`: each real name or alias -> its pseudonym."""
    flags = [
        Flag(rule.id, rule.category, m.start(), m.end(), m.group(0), rule.why, rule.instead)
        for rule in RULES
        for m in rule.pattern.finditer(text)
    ]
    flags += real_names(text, names or {})
    return sorted(flags, key=lambda f: (f.start, f.rule))


def real_names(text: str, names: Mapping[str, str]) -> list[Flag]:
    """Whole-word occurrences of registered real names (longest first, never overlapping)."""
    taken: list[tuple[int, int]] = []
    flags = []
    for name in sorted((n for n in names if n.strip()), key=len, reverse=True):
        pattern = re.compile(rf"(?<![\w-]){re.escape(name.strip())}(?![\w-])")
        for m in pattern.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            taken.append((m.start(), m.end()))
            pseudonym = names[name]
            flags.append(
                Flag(
                    "real_name",
                    REAL_NAME,
                    m.start(),
                    m.end(),
                    m.group(0),
                    "This is a registered real name. The panel's draft may use it, and every "
                    "export for anyone else replaces it, but the text the family and public "
                    "read should say the pseudonym.",
                    f"Write '{pseudonym}'." if pseudonym else "Use the person's pseudonym.",
                )
            )
    return flags


def undismissed(flags: Iterable[Flag], dismissed: set[tuple[str, str]]) -> list[Flag]:
    return [f for f in flags if f.identity not in dismissed]


COERCIVE = _rx(r"\bcoercive(?:\s+and\s+controlling\s+behaviour|\s+control)\b")
DEFINED = _rx(
    r"serious\s+crime\s+act\s+2015|section\s+76|s\.?\s?76\b|is\s+defined\s+as|"
    r"defin(?:ition|es)\s+(?:of\s+)?coercive"
)


def coercive_control_defined(text: str) -> bool | None:
    """None when coercive control is not named; else whether the text defines it."""
    if not COERCIVE.search(text):
        return None
    return bool(DEFINED.search(text))
