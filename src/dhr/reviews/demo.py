"""Demo lifecycle data: notifications, decisions and stage histories that match
each demo review's stage, and two more reviews (awaiting a decision; referred
to a safeguarding adults review). Every name is invented. Idempotent.

Called from `dhr.demo.loader.load_demo` once its reviews exist.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.utils import timezone

from dhr.accounts.models import CspMembership, CspRole
from dhr.organisations.models import Csp
from dhr.reviews.models import (
    Answer,
    Decision,
    Notification,
    NotificationMethod,
    NotifierType,
    OtherProceeding,
    Relationship,
    Review,
    ReviewType,
    Stage,
    StageChange,
)

D = datetime.date
S = Stage


@dataclass(frozen=True)
class DemoLife:
    reference: str
    notifier: tuple[str, str, str, str]  # name, organisation, type, method
    facts: dict[str, Any]
    proceedings: dict[str, str] = field(default_factory=dict)
    home_office_informed_on: datetime.date | None = None
    # (date, to stage, reason, by the CSP chair rather than the coordinator)
    history: list[tuple[datetime.date, Stage, str, bool]] = field(default_factory=list)
    # For reviews this module creates (the others come from dhr.demo.loader).
    create: dict[str, Any] | None = None
    rationale: str = ""


PARTNER = {
    "same_household": Answer.YES,
    "death_from_abuse": Answer.YES,
    "suicide_with_abuse_history": Answer.NO,
}
DECIDED = "The CSP chair decided: Proceed with a review"

LIVES = [
    DemoLife(
        "2023/01",
        ("DCI Example Officer", "Eastbridge Police", NotifierType.POLICE, NotificationMethod.EMAIL),
        {"victim_age": 34, "relationship": Relationship.CURRENT_PARTNER, **PARTNER},
        {
            ReviewType.CRIMINAL: "Partner charged with murder; trial expected in the autumn.",
            ReviewType.INQUEST: "Opened and adjourned until the criminal trial ends.",
        },
        D(2023, 2, 14),
        [
            (
                D(2023, 1, 23),
                S.DECISION,
                "Police notification checked; sent to the CSP chair",
                False,
            ),
            (D(2023, 2, 10), S.SET_UP, DECIDED, True),
            (
                D(2023, 4, 3),
                S.EVIDENCE,
                "Independent chair appointed; terms of reference agreed",
                False,
            ),
            (D(2024, 3, 11), S.DRAFTING, "All seven IMRs received after the trial ended", False),
            (D(2024, 11, 4), S.CSP_SIGN_OFF, "Panel agreed the overview report", False),
            (D(2024, 12, 9), S.SUBMITTED, "CSP signed the report off on 2 December", False),
            (D(2025, 3, 20), S.REVISIONS, "Home Office QA letter asked for changes", False),
            (D(2025, 5, 12), S.SUBMITTED, "Revised report sent back to the Home Office", False),
            (D(2025, 7, 28), S.APPROVED, "Home Office approved publication", False),
            (D(2025, 9, 1), S.PUBLISHED, "Published", False),
        ],
    ),
    DemoLife(
        "2025/02",
        ("DS Example Sergeant", "Eastbridge Police", NotifierType.POLICE, NotificationMethod.PHONE),
        {"victim_age": 71, "relationship": Relationship.RELATIVE, **PARTNER},
        {ReviewType.CRIMINAL: "Adult son charged; first hearing in October."},
        D(2025, 9, 2),
        [
            (
                D(2025, 8, 6),
                S.DECISION,
                "Police notification checked; sent to the CSP chair",
                False,
            ),
            (D(2025, 8, 28), S.SET_UP, DECIDED, True),
            (D(2025, 10, 13), S.EVIDENCE, "Panel met; IMR letters sent to seven agencies", False),
        ],
    ),
    DemoLife(
        "2026/03",
        (
            "Safeguarding Lead Example",
            "Eastbridge County Council Adult Social Care",
            NotifierType.OTHER_AGENCY,
            NotificationMethod.EMAIL,
        ),
        {
            "victim_age": None,
            "relationship": Relationship.UNKNOWN,
            "same_household": Answer.UNKNOWN,
            "death_from_abuse": Answer.UNKNOWN,
            "suicide_with_abuse_history": Answer.UNKNOWN,
        },
        {ReviewType.INQUEST: "Coroner's officer has the case; no date yet."},
    ),
    DemoLife(
        "2024/04",
        (
            "DI Example Inspector",
            "Eastbridge Police",
            NotifierType.POLICE,
            NotificationMethod.LETTER,
        ),
        {
            "victim_age": 27,
            "relationship": Relationship.FORMER_PARTNER,
            "same_household": Answer.NO,
            "death_from_abuse": Answer.YES,
            "suicide_with_abuse_history": Answer.NO,
        },
        {ReviewType.CRIMINAL: "Former partner convicted of murder in November."},
        D(2024, 3, 28),
        [
            (
                D(2024, 3, 5),
                S.DECISION,
                "Police notification checked; sent to the CSP chair",
                False,
            ),
            (D(2024, 3, 25), S.SET_UP, DECIDED, True),
            (
                D(2024, 5, 20),
                S.EVIDENCE,
                "Independent chair appointed; terms of reference agreed",
                False,
            ),
            (D(2025, 1, 13), S.DRAFTING, "Combined chronology complete", False),
            (D(2025, 6, 2), S.CSP_SIGN_OFF, "Panel agreed the overview report", False),
            (D(2025, 7, 7), S.SUBMITTED, "CSP signed the report off on 1 July", False),
            (D(2025, 10, 20), S.APPROVED, "Home Office approved publication", False),
        ],
        rationale="Maya was killed by her former partner: the section 9 criteria are met.",
    ),
    DemoLife(
        "2026/02",
        (
            "DC Example Constable",
            "Eastbridge Police",
            NotifierType.POLICE,
            NotificationMethod.EMAIL,
        ),
        {"victim_age": 45, "relationship": Relationship.CURRENT_PARTNER, **PARTNER},
        {ReviewType.CRIMINAL: "Husband arrested and remanded in custody."},
        None,
        [
            (
                D(2026, 10, 28),
                S.DECISION,
                "Police notification checked; sent to the CSP chair",
                False,
            )
        ],
        create={
            "victim_pseudonym": "Adult E",
            "date_of_death": D(2026, 10, 22),
            "notified_on": D(2026, 10, 26),
            "stage": S.DECISION,
        },
    ),
    DemoLife(
        "2025/05",
        (
            "Named Nurse Example",
            "Eastbridge Health Trust",
            NotifierType.OTHER_AGENCY,
            NotificationMethod.MEETING,
        ),
        {
            "victim_age": 82,
            "relationship": Relationship.NONE_OTHER,
            "same_household": Answer.NO,
            "death_from_abuse": Answer.YES,
            "suicide_with_abuse_history": Answer.NO,
        },
        {ReviewType.SAR: "The Safeguarding Adults Board has agreed to hold a review."},
        D(2025, 11, 24),
        [
            (
                D(2025, 11, 5),
                S.DECISION,
                "Health notification checked; sent to the CSP chair",
                False,
            ),
            (
                D(2025, 11, 20),
                S.NOT_PROCEEDING,
                "The CSP chair decided: Refer to another type of review",
                True,
            ),
        ],
        create={
            "victim_pseudonym": "Adult F",
            "date_of_death": D(2025, 10, 30),
            "notified_on": D(2025, 11, 3),
            "decision": Decision.REFER,
            "referred_to": ReviewType.SAR,
            "decided_on": D(2025, 11, 20),
            "decision_rationale": (
                "Adult F died of neglect by a paid carer who lived elsewhere and was not "
                "related to her: section 9 does not apply. The Safeguarding Adults Board "
                "will review the death."
            ),
            "stage": S.NOT_PROCEEDING,
        },
    ),
]


def at(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))


def load_demo(csp: Csp) -> None:
    memberships = CspMembership.objects.filter(csp=csp).select_related("user")
    by_role = {m.role: m.user for m in memberships}
    coordinator, chair = by_role.get(CspRole.COORDINATOR), by_role.get(CspRole.CSP_CHAIR)
    for life in LIVES:
        if life.create is not None:
            Review.objects.get_or_create(csp=csp, reference=life.reference, defaults=life.create)
        review = Review.objects.filter(csp=csp, reference=life.reference).first()
        if review is None:
            continue
        name, organisation, notifier_type, method = life.notifier
        notification, created = Notification.objects.get_or_create(
            review=review,
            defaults={
                "notifier_name": name,
                "notifier_organisation": organisation,
                "notifier_type": notifier_type,
                "method": method,
                "recorded_by": coordinator,
                "recorded_at": at(review.notified_on),
                **life.facts,
            },
        )
        if created:
            for kind, note in life.proceedings.items():
                OtherProceeding.objects.create(notification=notification, kind=kind, note=note)
        if life.rationale and not review.decision_rationale:
            review.decision_rationale = life.rationale
            review.save(update_fields=["decision_rationale"])
        if life.home_office_informed_on and review.home_office_informed_on is None:
            review.home_office_informed_on = life.home_office_informed_on
            review.save(update_fields=["home_office_informed_on"])
        if life.history and not review.stage_changes.exists():
            previous = S.NOTIFICATION
            for day, to, reason, by_chair in life.history:
                StageChange.objects.create(
                    review=review,
                    from_stage=previous,
                    to_stage=to,
                    by=chair if by_chair else coordinator,
                    at=at(day),
                    reason=reason,
                )
                previous = to
