"""Demo: the published review's CSP sign-off and its two Home Office QA rounds."""

from __future__ import annotations

import datetime

from django.utils import timezone

from dhr.accounts.models import User
from dhr.organisations.models import Csp
from dhr.reviews.models import Review
from dhr.signoffs.models import (
    CspSignOff,
    DevelopmentArea,
    QaFeedback,
    QaOutcome,
    Submission,
)

D = datetime.date


def at(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10, 0)))


def load_demo(csp: Csp) -> None:
    review = Review.objects.filter(csp=csp, reference="2023/01").first()
    if review is None or Submission.objects.filter(review=review).exists():
        return
    users = {u.email.split("@")[0]: u for u in User.objects.filter(email__endswith="demo.dhr.test")}
    coordinator, chair, qa = users["coordinator"], users["chair"], users["qa"]
    CspSignOff.objects.create(
        review=review,
        signed_by=users["csp-chair"],
        signed_at=at(D(2024, 12, 2)),
        note="Signed off at the CSP board meeting of 2 December 2024.",
    )
    pack = [
        {"kind": "report", "title": "Overview report", "version": "version 4 (frozen)"},
        {"kind": "summary", "title": "Executive summary", "version": "version 2 (frozen)"},
        {
            "kind": "action_plan",
            "title": "Recommendations and action plan (Appendices A and B)",
            "version": "2 recommendations, 3 actions",
        },
    ]
    first = Submission.objects.create(
        review=review, round=1, submitted_on=D(2024, 12, 9), submitted_by=coordinator, pack=pack
    )
    feedback = QaFeedback.objects.create(
        submission=first,
        outcome=QaOutcome.REVISIONS,
        letter_dated=D(2025, 3, 10),
        strengths=(
            "The report gives a strong sense of who Louise was, drawn from her family's "
            "contributions. The analysis of GP contacts is thorough and the recommendations "
            "follow from the findings."
        ),
        recorded_by=qa,
    )
    answers = [
        (
            "Say more about how coercive control was understood by the agencies involved.",
            "Added a definition of coercive control and a paragraph on each agency's training.",
            "Section 7, paragraphs 7.3 to 7.6",
        ),
        (
            "The equality and diversity section should consider each protected characteristic.",
            "Rewrote the section to address each of the nine characteristics in turn.",
            "Section 9",
        ),
    ]
    for number, (text, change, where) in enumerate(answers, start=1):
        DevelopmentArea.objects.create(
            feedback=feedback,
            number=number,
            text=text,
            change_made=change,
            where=where,
            answered_by=chair,
            answered_at=at(D(2025, 4, 28)),
        )
    second = Submission.objects.create(
        review=review,
        round=2,
        submitted_on=D(2025, 5, 12),
        submitted_by=coordinator,
        pack=[{**item, "version": "revised after QA feedback"} for item in pack],
        covering_note="Revised in response to the panel's letter of 10 March 2025.",
    )
    QaFeedback.objects.create(
        submission=second,
        outcome=QaOutcome.APPROVED,
        letter_dated=D(2025, 6, 20),
        strengths="The revisions answer each area for development; the report may be published.",
        recorded_by=qa,
    )
