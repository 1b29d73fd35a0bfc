"""The SMART check and the action status: plain values, exact dates."""

from __future__ import annotations

import datetime

import pytest

from dhr.actions import smart

D = datetime.date
GOOD = {
    "what": "Amend the MARAC protocol",
    "lead_agency": "Northshire Police",
    "owner": "Pat Panel",
    "owner_in_agency": True,
    "due_on": D(2026, 3, 31),
    "decided_on": D(2025, 1, 30),
    "intended_outcome": "Every MARAC outcome reaches the GP within two working days",
    "monitoring": "Quarterly audit of 20 cases",
}


def problems(**changes: object) -> dict[str, str]:
    return {p.field: p.message for p in smart.smart_problems(**{**GOOD, **changes})}  # type: ignore[arg-type]


def test_a_smart_action_has_no_problems() -> None:
    assert problems() == {}


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"owner": None}, "owner", "No owner: name the person at the lead agency"),
        ({"owner_in_agency": False}, "owner", "Pat Panel is not one of Northshire Police's people"),
        ({"due_on": None}, "due_on", "No date: enter by when it will be done"),
        (
            {"due_on": D(2025, 1, 29)},
            "due_on",
            "The date (29 January 2025) is before the decision to hold the review "
            "(30 January 2025)",
        ),
        ({"intended_outcome": "Raise awareness"}, "intended_outcome", "'Raise awareness' cannot"),
        (
            {"intended_outcome": "Raise awareness of coercive control among all staff"},
            "intended_outcome",
            "cannot be measured on its own",
        ),
        ({"intended_outcome": "Improve practice"}, "intended_outcome", "cannot be measured"),
        ({"intended_outcome": "GPs know more"}, "intended_outcome", "cannot be measured"),
        ({"intended_outcome": "  "}, "intended_outcome", "Enter the intended outcome"),
        ({"monitoring": ""}, "monitoring", "Say how progress will be monitored and evidenced"),
        ({"lead_agency": None}, "lead_agency", "Choose the lead agency"),
        ({"what": ""}, "what", "Say what will be done"),
    ],
)
def test_each_gap_is_explained(changes: dict[str, object], field: str, message: str) -> None:
    found = problems(**changes)
    assert message in found[field]
    assert set(found) == {field}


@pytest.mark.parametrize(
    "outcome",
    [
        "Raise awareness so that 90% of staff complete training by March",
        "Every referral records the risk assessment, audited quarterly",
        "Each GP practice has a named lead",
        "Compliance with routine enquiry is measured monthly",
        "All referrals are acknowledged within 48 hours",
    ],
)
def test_measurable_outcomes_pass(outcome: str) -> None:
    assert smart.outcome_problem(outcome) is None


@pytest.mark.parametrize(
    ("progress", "due", "evidenced", "closed", "expected"),
    [
        ("not_started", D(2026, 1, 1), False, False, smart.Status.NOT_STARTED),
        ("on_track", D(2026, 1, 1), False, False, smart.Status.ON_TRACK),
        ("at_risk", D(2026, 1, 1), False, False, smart.Status.AT_RISK),
        ("on_track", D(2025, 12, 31), False, False, smart.Status.OVERDUE),
        ("not_started", D(2025, 6, 1), False, False, smart.Status.OVERDUE),
        ("complete", D(2025, 6, 1), False, False, smart.Status.COMPLETE),
        ("complete", D(2025, 6, 1), True, False, smart.Status.EVIDENCED),
        ("on_track", D(2025, 6, 1), False, True, smart.Status.CLOSED),
        ("on_track", None, False, False, smart.Status.ON_TRACK),
    ],
)
def test_status_is_computed_from_the_date(
    progress: str, due: D | None, evidenced: bool, closed: bool, expected: smart.Status
) -> None:
    status = smart.action_status(
        progress, due, evidenced=evidenced, closed=closed, today=D(2026, 1, 1)
    )
    assert status == expected
    assert status.finished == (expected in {smart.Status.EVIDENCED, smart.Status.CLOSED})


def test_milestones_parse_and_name_bad_lines() -> None:
    parsed, errors = smart.parse_milestones("31/03/2026 Draft protocol\n\n30/02/2026 x\nsoon")
    assert parsed == [(D(2026, 3, 31), "Draft protocol")]
    assert errors == [
        "Line 3: 30/02/2026 is not a real date",
        "Line 4: start with the date as DD/MM/YYYY, then what will be done",
    ]
    assert smart.format_milestones(parsed) == "31/03/2026 Draft protocol"
