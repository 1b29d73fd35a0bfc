"""The lifecycle's conditions on sign-off records: IMRs received or waived, the
CSP chair's sign-off, the submission to the Home Office and its QA feedback.
Provided to dhr.reviews.lifecycle when Django starts (SignoffsConfig.ready)."""

from __future__ import annotations

from collections.abc import Callable

from dhr.reviews import lifecycle
from dhr.reviews.models import Review
from dhr.signoffs.models import QaOutcome
from dhr.signoffs.services import (
    current_csp_sign_off,
    latest_feedback,
    outstanding_imrs,
    pending_submission,
    unanswered_areas,
)


def imrs_received_or_waived(review: Review) -> str | None:
    outstanding = outstanding_imrs(review)
    if outstanding:
        names = ", ".join(str(agency) for agency in outstanding)
        return (
            f"IMRs still awaited from {names}: record each as received, or waive it with a "
            "reason (Sign-offs and Home Office QA), before evidence closes."
        )
    return None


def csp_chair_signed_off(review: Review) -> str | None:
    if current_csp_sign_off(review) is None:
        return (
            "The CSP chair has not signed off the report: only the CSP chair can, from "
            "Sign-offs and Home Office QA."
        )
    return None


def submission_recorded(review: Review) -> str | None:
    if pending_submission(review) is None:
        return "Submit from Sign-offs and Home Office QA, which records the pack sent and the date."
    return None


def qa_outcome(outcome: str) -> Callable[[Review], str | None]:
    def condition(review: Review) -> str | None:
        feedback = latest_feedback(review)
        if feedback is None or feedback.outcome != outcome:
            return (
                f"The Home Office QA panel's feedback ({QaOutcome(outcome).label.lower()}) "
                "has not been recorded for the latest submission."
            )
        return None

    condition.__name__ = f"qa_{outcome}"
    return condition


def areas_answered(review: Review) -> str | None:
    count = len(unanswered_areas(review))
    if count:
        noun = "area for development is" if count == 1 else "areas for development are"
        return f"{count} {noun} not answered yet: the chair says what changed and where."
    return None


def provide_all() -> None:
    for condition in [
        imrs_received_or_waived,
        csp_chair_signed_off,
        submission_recorded,
        areas_answered,
        qa_outcome(QaOutcome.REVISIONS.value),
        qa_outcome(QaOutcome.APPROVED.value),
    ]:
        lifecycle.provide(condition.__name__, condition)
