"""Access rows for IMR waivers, the CSP chair's sign-off and Home Office QA."""

from __future__ import annotations

import datetime
from typing import Any

from conftest import World
from dhr.signoffs.models import DevelopmentArea, QaFeedback, QaOutcome, Submission
from tests.matrix import COORDINATOR, EDITORS, VIEWERS, Row, review_kwargs


def area(w: World) -> dict[str, Any]:
    submission = Submission.objects.create(
        review=w.review,
        round=1,
        submitted_on=datetime.date(2025, 7, 1),
        submitted_by=w.users["coordinator"],
    )
    feedback = QaFeedback.objects.create(
        submission=submission,
        outcome=QaOutcome.REVISIONS,
        letter_dated=datetime.date(2025, 9, 1),
        strengths="Clear",
        recorded_by=w.users["home_office_qa"],
    )
    item = DevelopmentArea.objects.create(feedback=feedback, number=1, text="Define coercion")
    return {"review_id": w.review.pk, "area_id": item.pk}


ROWS: dict[str, Row] = {
    "signoffs:overview": Row(review_kwargs, VIEWERS),
    "signoffs:imr_waive": Row(
        lambda w: {"review_id": w.review.pk, "agency_id": w.police.pk}, EDITORS
    ),
    "signoffs:csp_sign_off": Row(review_kwargs, {"csp_chair"}),
    "signoffs:submit": Row(review_kwargs, COORDINATOR),
    "signoffs:feedback": Row(review_kwargs, {"home_office_qa"}),
    "signoffs:answer": Row(area, {"independent_chair"}),
}
