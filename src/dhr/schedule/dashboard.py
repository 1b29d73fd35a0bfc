"""The coordinator's dashboard: every review of one CSP with its clock.

A fixed number of queries whatever the number of reviews: the reviews, their
pauses, extensions and independent chairs are fetched in four queries and the
clock is computed in Python.
"""

from __future__ import annotations

import csv
import datetime
import io
from dataclasses import dataclass
from typing import Any

from django.db.models import Prefetch

from dhr.accounts.models import User
from dhr.organisations.models import Csp
from dhr.reviews.models import Review, ReviewMembership, ReviewRole, Stage
from dhr.schedule.clock import STATUS_ORDER, Clock, completed_within
from dhr.schedule.services import clock_for


@dataclass(frozen=True)
class DashboardRow:
    review: Review
    clock: Clock
    chairs: list[User]

    @property
    def chair_names(self) -> str:
        return ", ".join(str(c) for c in self.chairs)


@dataclass(frozen=True)
class Dashboard:
    csp: Csp
    rows: list[DashboardRow]
    completed: int
    within_6: int
    within_12: int
    chairs: list[User]


def reviews_of(csp: Csp) -> Any:
    chairs = ReviewMembership.objects.filter(role=ReviewRole.INDEPENDENT_CHAIR).select_related(
        "user"
    )
    return (
        Review.objects.filter(csp=csp)
        .select_related("csp")
        .prefetch_related(
            "pauses",
            "extensions",
            Prefetch("memberships", queryset=chairs, to_attr="chair_memberships"),
        )
    )


def build_dashboard(
    csp: Csp,
    on: datetime.date,
    stage: str = "",
    chair_id: int | None = None,
) -> Dashboard:
    all_rows: list[DashboardRow] = []
    for review in reviews_of(csp):
        clock = clock_for(review, on, list(review.pauses.all()), list(review.extensions.all()))
        chairs = [m.user for m in review.chair_memberships]
        all_rows.append(DashboardRow(review, clock, chairs))
    every_chair = {c.pk: c for row in all_rows for c in row.chairs}
    rows = [
        row
        for row in all_rows
        if (not stage or row.review.stage == stage)
        and (chair_id is None or any(c.pk == chair_id for c in row.chairs))
    ]
    rows.sort(
        key=lambda r: (
            STATUS_ORDER[r.clock.status],
            r.clock.days_remaining if r.clock.days_remaining is not None else 10**6,
            r.review.full_reference,
        )
    )
    finished = [r for r in rows if r.review.decided_on is not None and r.review.report_completed_on]
    return Dashboard(
        csp=csp,
        rows=rows,
        completed=len(finished),
        within_6=sum(
            completed_within(r.review.decided_on, r.review.report_completed_on, 6) for r in finished
        ),
        within_12=sum(
            completed_within(r.review.decided_on, r.review.report_completed_on, 12)
            for r in finished
        ),
        chairs=sorted(every_chair.values(), key=lambda u: u.full_name),
    )


def safe_cell(value: Any) -> str:
    """A CSV cell a spreadsheet will not run as a formula."""
    if not isinstance(value, str):
        return "" if value is None else str(value)
    text = value
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


CSV_HEADER = [
    "Reference",
    "Stage",
    "Independent chair",
    "Notified",
    "Decision",
    "Decided",
    "Next deadline",
    "Due",
    "Days remaining",
    "Status",
    "Days active",
    "Days paused",
    "Report completed",
]


def dashboard_csv(dashboard: Dashboard) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    for row in dashboard.rows:
        r, c = row.review, row.clock
        writer.writerow(
            [
                safe_cell(v)
                for v in [
                    r.full_reference,
                    Stage(r.stage).label,
                    row.chair_names,
                    r.notified_on,
                    r.get_decision_display(),
                    r.decided_on or "",
                    c.next_kind.label if c.next_kind else "",
                    c.next_due or "",
                    "" if c.days_remaining is None else c.days_remaining,
                    c.status.label,
                    c.days_active,
                    c.days_paused,
                    r.report_completed_on or "",
                ]
            ]
        )
    return out.getvalue()
