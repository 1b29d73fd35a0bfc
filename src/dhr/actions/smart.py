"""Is an action SMART, and where does it stand: plain values in, plain answers out.

No ORM here (like `schedule/clock.py`): services pass the values in, tests
use exact dates.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True)
class Problem:
    field: str
    message: str


# What makes an outcome checkable: a number, a proportion, or words that say
# what will be counted, recorded or audited, or by when.
MEASURABLE = re.compile(
    r"\d|%|\bper ?cent\b|\baudit|\brecord|\bcount"
    r"|\bnumber of\b|\brate\b|\bproportion\b|\bwithin\b|\bat least\b|\bno longer\b"
    r"|\btarget\b|\bmeasur|\breport(ed|s)? (to|on)\b|\bcomplian|\bsample",
    re.IGNORECASE,
)
EVERY = re.compile(r"\b(every|all|each)\b", re.IGNORECASE)
# Hopes that on their own cannot be measured (seed question 10: "what intended outcome").
VAGUE = re.compile(
    r"\b(raise|raising|increase|increasing|improve|improving|promote|promoting|enhance|"
    r"enhancing|better|greater)\b.{0,20}\b(awareness|understanding|knowledge|practice|"
    r"confidence|culture|working|responses?)\b",
    re.IGNORECASE,
)


def outcome_problem(outcome: str) -> str | None:
    """Why an intended outcome cannot be measured, or None."""
    text = outcome.strip()
    if not text:
        return "Enter the intended outcome: what will be different, and how anyone will know"
    if MEASURABLE.search(text):
        return None
    if VAGUE.search(text) or not EVERY.search(text):
        return (
            f"'{text}' cannot be measured on its own: say what will be counted, recorded or "
            "audited, and how much (for example 'every referral records the risk assessment, "
            "audited quarterly')"
        )
    return None


def smart_problems(
    *,
    what: str,
    lead_agency: str | None,
    owner: str | None,
    owner_in_agency: bool,
    due_on: datetime.date | None,
    decided_on: datetime.date | None,
    intended_outcome: str,
    monitoring: str,
) -> list[Problem]:
    """Everything that stops an action being SMART, each keyed to its field."""
    problems: list[Problem] = []
    if not what.strip():
        problems.append(Problem("what", "Say what will be done"))
    if not lead_agency:
        problems.append(Problem("lead_agency", "Choose the lead agency"))
    if not owner:
        problems.append(Problem("owner", "No owner: name the person at the lead agency"))
    elif lead_agency and not owner_in_agency:
        problems.append(
            Problem("owner", f"{owner} is not one of {lead_agency}'s people on this review")
        )
    if due_on is None:
        problems.append(Problem("due_on", "No date: enter by when it will be done"))
    elif decided_on and due_on < decided_on:
        problems.append(
            Problem(
                "due_on",
                f"The date ({due_on:%-d %B %Y}) is before the decision to hold the review "
                f"({decided_on:%-d %B %Y})",
            )
        )
    reason = outcome_problem(intended_outcome)
    if reason:
        problems.append(Problem("intended_outcome", reason))
    if not monitoring.strip():
        problems.append(Problem("monitoring", "Say how progress will be monitored and evidenced"))
    return problems


class Status(StrEnum):
    NOT_STARTED = "not_started"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OVERDUE = "overdue"
    COMPLETE = "complete"
    EVIDENCED = "evidenced"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return LABELS[self]

    @property
    def colour(self) -> str:
        return COLOURS[self]

    @property
    def finished(self) -> bool:
        """Whether the action no longer stands in the way of concluding the review."""
        return self in {Status.EVIDENCED, Status.CLOSED}


LABELS = {
    Status.NOT_STARTED: "Not started",
    Status.ON_TRACK: "On track",
    Status.AT_RISK: "At risk",
    Status.OVERDUE: "Overdue",
    Status.COMPLETE: "Complete",
    Status.EVIDENCED: "Evidenced",
    Status.CLOSED: "Closed",
}
COLOURS = {
    Status.NOT_STARTED: "grey",
    Status.ON_TRACK: "blue",
    Status.AT_RISK: "orange",
    Status.OVERDUE: "red",
    Status.COMPLETE: "turquoise",
    Status.EVIDENCED: "green",
    Status.CLOSED: "purple",
}


def action_status(
    progress: str,
    due_on: datetime.date | None,
    *,
    evidenced: bool,
    closed: bool,
    today: datetime.date,
) -> Status:
    """Where an action stands: closed and evidenced first, then overdue from the date."""
    if closed:
        return Status.CLOSED
    if evidenced:
        return Status.EVIDENCED
    if progress == Status.COMPLETE:
        return Status.COMPLETE
    if due_on is not None and due_on < today:
        return Status.OVERDUE
    return Status(progress)


def parse_milestones(text: str) -> tuple[list[tuple[datetime.date, str]], list[str]]:
    """Milestones typed one a line as 'DD/MM/YYYY what'; errors name the line."""
    milestones: list[tuple[datetime.date, str]] = []
    errors: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line:
            continue
        match = re.match(r"^(\d{1,2})/(\d{1,2})/(\d{4})\s+(.+)$", line)
        if not match:
            errors.append(
                f"Line {number}: start with the date as DD/MM/YYYY, then what will be done"
            )
            continue
        day, month, year, what = match.groups()
        try:
            milestones.append((datetime.date(int(year), int(month), int(day)), what.strip()))
        except ValueError:
            errors.append(f"Line {number}: {day}/{month}/{year} is not a real date")
    return milestones, errors


def format_milestones(milestones: list[tuple[datetime.date, str]]) -> str:
    return "\n".join(f"{d:%d/%m/%Y} {what}" for d, what in milestones)
