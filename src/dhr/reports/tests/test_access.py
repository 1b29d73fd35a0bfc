"""Who sees the draft: the panel; the Home Office QA reader sees only the submitted version."""

from __future__ import annotations

import datetime
from typing import Any

from django.urls import reverse
from django.utils import timezone

from dhr.reports import services
from dhr.reports.models import ReportExport
from dhr.reports.tests.conftest import Drafted
from dhr.reviews.models import Stage, StageChange


def test_qa_reader_sees_only_the_version_submitted(drafted: Drafted, client: Any) -> None:
    review = drafted.world.review
    chair = drafted.world.users["independent_chair"]
    submitted = services.do_freeze(chair, drafted.overview, "As submitted")
    StageChange.objects.create(
        review=review,
        from_stage=Stage.CSP_SIGN_OFF,
        to_stage=Stage.SUBMITTED,
        reason="Submitted",
        at=timezone.now() + datetime.timedelta(seconds=1),
    )
    later = services.do_freeze(chair, drafted.overview, "After QA")
    later.frozen_at = timezone.now() + datetime.timedelta(minutes=5)
    later.save()
    assert services.submitted_version(drafted.overview) == submitted
    client.force_login(drafted.world.users["home_office_qa"])
    url = lambda n: reverse("reports:version", args=[review.pk, "overview", n])  # noqa: E731
    page = client.get(url(submitted.number))
    assert page.status_code == 200
    assert "Marie" not in page.content.decode()  # the QA reader never sees the panel's text
    assert client.get(url(later.number)).status_code == 403
    assert client.get(reverse("reports:document", args=[review.pk, "overview"])).status_code == 403
    export = reverse("reports:export", args=[review.pk, "overview"])
    panel = {"format": "pdf", "copy": "panel", "version": submitted.number}
    assert client.post(export, panel).status_code == 403
    assert (
        client.post(export, {**panel, "copy": "redacted", "version": later.number}).status_code
        == 403
    )
    assert not ReportExport.objects.exists()


def test_imr_author_and_other_csp_see_no_draft(drafted: Drafted, client: Any) -> None:
    review = drafted.world.review
    for role in ("imr_author", "other_csp_coordinator", "administrator"):
        client.force_login(drafted.world.users[role])
        pages: list[tuple[str, list[Any]]] = [
            ("reports:index", [review.pk]),
            ("reports:document", [review.pk, "overview"]),
            ("reports:section", [review.pk, "overview", "introduction"]),
            ("reports:submitted", [review.pk]),
        ]
        for name, args in pages:
            assert client.get(reverse(name, args=args)).status_code == 403, (role, name)


def test_reading_the_draft_is_audited(drafted: Drafted, client: Any) -> None:
    from dhr.audit.models import AuditRecord

    client.force_login(drafted.world.users["csp_chair"])
    page = client.get(reverse("reports:document", args=[drafted.world.review.pk, "overview"]))
    assert "Marie Doyle" in page.content.decode()
    assert AuditRecord.objects.filter(
        action="report.view", actor=drafted.world.users["csp_chair"]
    ).exists()
