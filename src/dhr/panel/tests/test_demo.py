"""The demo shows the directory, scoping, terms of reference, independence and letters."""

from __future__ import annotations

from typing import Any

from dhr.demo.loader import load_demo
from dhr.organisations.models import SeniorManager
from dhr.panel import letters, services
from dhr.panel.models import AgencyScope, ImrRequest, TermsOfReference
from dhr.reviews.models import Review


def counts() -> tuple[int, int, int, int]:
    return (
        SeniorManager.objects.count(),
        AgencyScope.objects.count(),
        TermsOfReference.objects.count(),
        ImrRequest.objects.filter(senior_manager=None).count(),
    )


def test_demo_panel_data_is_complete_and_idempotent(db: Any) -> None:
    load_demo()
    first = counts()
    load_demo()
    assert counts() == first
    review = Review.objects.get(reference="2025/02")
    v2, v1 = review.terms_of_reference.all()
    assert (v1.version, v1.is_draft, v2.version, v2.is_draft) == (1, False, 2, True)
    assert services.independence_warning(review) == ""
    assert review.agency_scopes.filter(included=False).exclude(exclusion_reason="").count() == 2
    assert first[3] == 0, "every demo letter is addressed to a senior manager in the directory"
    imr = review.imr_requests.select_related("agency").first()
    assert imr is not None and imr.letter_sent_on is not None
    assert imr.agency.name in "\n".join(letters.Letter(imr).paragraphs)
