"""The demo's published review has a complete draft; the QA checklist reads the record."""

from __future__ import annotations

import importlib
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from dhr.reports import services
from dhr.reports.models import FamilyComment, Report, ReportVersion, SectionText
from dhr.reports.structure import OVERVIEW_SECTIONS
from dhr.reports.tests.conftest import Drafted
from dhr.reviews.models import Review


def load_demo() -> None:
    """The demo loader, wherever it lives (it is moving out of `core`)."""
    for module in ("dhr.demo.loader", "dhr.core.demo"):
        try:
            importlib.import_module(module).load_demo()
        except ModuleNotFoundError:
            continue
        return
    raise AssertionError("No demo loader found")


@pytest.mark.django_db
def test_demo_published_review_has_a_frozen_report_and_summary() -> None:
    load_demo()
    load_demo()  # idempotent
    review = Review.objects.get(reference="2023/01")
    overview = Report.objects.get(review=review, kind="overview")
    written = set(SectionText.objects.filter(report=overview).values_list("key", flat=True))
    text_only = {s.key for s in OVERVIEW_SECTIONS if not s.appendix}
    assert text_only - written == {"scope"}  # the terms come from the record
    assert ReportVersion.objects.filter(report=overview).count() == 2
    assert ReportVersion.objects.filter(report__review=review, report__kind="summary").count() == 1
    assert FamilyComment.objects.filter(version__report=overview).count() == 1
    assert services.submission_problems(review) == []
    items = {i.key: i for i in services.checklist(overview)}
    assert all(i.ok for i in items.values()), [
        (i.key, i.detail) for i in items.values() if not i.ok
    ]


def test_checklist_items_come_from_the_record(drafted: Drafted) -> None:
    items = {i.key: i for i in services.checklist(drafted.overview)}
    assert items["family_voice"].ok  # the sister met the panel; the family section is written
    assert items["exclusions"].ok  # the health trust was left out with a reason
    assert not items["equality"].ok and "disability" in items["equality"].detail
    assert items["coercive"].ok  # not named in the draft
    assert items["terms"].ok  # the analysis has both terms of reference
    assert not items["victim_voice"].ok and not items["victim_voice"].computed
    chair = drafted.world.users["independent_chair"]
    services.do_save_section(
        chair, drafted.overview, "conclusions", "There was coercive control throughout."
    )
    services.do_save_section(chair, drafted.overview, "analysis", "## Term of reference 1\n\nYes.")
    items = {i.key: i for i in services.checklist(drafted.overview)}
    assert not items["coercive"].ok and "section 76" in items["coercive"].detail
    assert not items["terms"].ok and "Term of reference 2" in items["terms"].detail


def test_only_the_chair_ticks_and_a_note_is_required(drafted: Drafted, client: Any) -> None:
    url = reverse("reports:checklist", args=[drafted.world.review.pk])
    client.force_login(drafted.world.users["coordinator"])
    assert client.post(url, {"item": "victim_voice", "done": "on", "note": "x"}).status_code == 403
    client.force_login(drafted.world.users["independent_chair"])
    response = client.post(url, {"item": "victim_voice", "done": "on", "note": ""})
    assert response.status_code == 200
    assert "Where the report does this" in response.content.decode()
    assert not drafted.overview.ticks.exists()
    assert (
        client.post(url, {"item": "victim_voice", "done": "on", "note": "Section 6"}).status_code
        == 302
    )
    assert drafted.overview.ticks.get().done
    with pytest.raises(ValidationError):
        services.do_tick(
            drafted.world.users["independent_chair"], drafted.overview, "equality", True, "x"
        )
