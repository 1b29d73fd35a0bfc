"""Demo: the published review (DHR 2023/01, "Louise") has its frozen overview
report and executive summary through redaction review: every re-identification
warning decided, signed off by the coordinator and the independent chair, and the
public PDF and Word files written and checked, so `make run` shows the whole
public result. Idempotent: nothing is added once the review has a round.

Slow (the engine and two typeset reports), so the loader calls it after its
transaction, as it renders the FAQ's files.
"""

from __future__ import annotations

from dhr.accounts.models import User
from dhr.redaction_review import services
from dhr.redaction_review.models import RedactionRound
from dhr.reports.services import latest_version, report_for
from dhr.reviews.models import Review

REFERENCE = "2023/01"
DECIDED = (
    "Reported in open court at the trial and agreed with the family; the panel judged "
    "it does not identify anyone who is not already known."
)


def load_demo(domain: str) -> None:
    review = Review.objects.filter(reference=REFERENCE, csp__slug="eastbridge").first()
    if review is None or RedactionRound.objects.filter(review=review).exists():
        return
    coordinator = User.objects.get(email=f"coordinator@{domain}")
    chair = User.objects.get(email=f"chair@{domain}")
    for kind in services.KINDS:
        if latest_version(report_for(review, kind)) is None:
            continue
        round = services.do_start_round(coordinator, review, kind)
        services.run_detection(round.pk)  # at once, not left for the worker
        round.refresh_from_db()
        for warning in round.warnings:
            services.do_decide_warning(coordinator, round, warning["id"], True, DECIDED)
        services.do_sign_off(coordinator, round)
        services.do_sign_off(chair, round)
        services.run_release(round.pk)
