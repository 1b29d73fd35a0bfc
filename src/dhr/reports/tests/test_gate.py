"""Submission to the Home Office needs the frozen overview report and executive summary."""

from __future__ import annotations

from dhr.reports import services
from dhr.reports.tests.conftest import Drafted
from dhr.reviews import lifecycle
from dhr.reviews.models import Stage


def test_submission_waits_for_both_frozen_documents(drafted: Drafted) -> None:
    review = drafted.world.review
    chair = drafted.world.users["independent_chair"]
    for move in [(Stage.CSP_SIGN_OFF, Stage.SUBMITTED), (Stage.REVISIONS, Stage.SUBMITTED)]:
        assert "reports_frozen" in lifecycle.RULES[move].condition.__name__
    reason = lifecycle.reports_frozen(review)
    assert reason is not None and "overview report" in reason and "executive summary" in reason
    services.do_freeze(chair, drafted.overview)
    reason = lifecycle.reports_frozen(review)
    assert reason is not None and "overview report" not in reason
    services.do_save_section(chair, drafted.summary, "introduction", "Condolences.")
    services.do_freeze(chair, drafted.summary)
    assert lifecycle.reports_frozen(review) is None
