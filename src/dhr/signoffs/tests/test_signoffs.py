"""IMRs waived, the CSP chair's own sign-off, Home Office QA rounds, and uploads
refused once a review is concluded."""

from __future__ import annotations

import datetime
import io
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from docx import Document

from conftest import World
from dhr.actions.models import Action, ActionEvidence, Lesson, Recommendation
from dhr.audit.models import AuditRecord
from dhr.evidence import services as evidence_services
from dhr.evidence.models import ChronologyImport, ImrSubmission
from dhr.panel.models import AgencyScope, ImrRequest
from dhr.reports.models import Report, ReportVersion
from dhr.reviews import services as review_services
from dhr.reviews.models import ReviewDocument, Stage, StageChange
from dhr.signoffs.models import CspSignOff, DevelopmentArea, ImrWaiver, QaFeedback, Submission

D = datetime.date


def date_fields(name: str, day: D) -> dict[str, str]:
    return {
        f"{name}_day": str(day.day),
        f"{name}_month": str(day.month),
        f"{name}_year": str(day.year),
    }


def at_stage(world: World, stage: str) -> None:
    world.review.stage = stage
    world.review.save()


def ready_plan(world: World) -> None:
    lesson = Lesson.objects.create(review=world.review, number=1, text="Risk was not shared")
    rec = Recommendation.objects.create(review=world.review, number=1, text="Share MARAC outcomes")
    rec.lessons.set([lesson])
    Action.objects.create(
        recommendation=rec,
        what="Amend the protocol",
        lead_agency=world.police,
        owner=world.users["panel_member"],
        due_on=D(2026, 6, 30),
        intended_outcome="Every MARAC outcome reaches the GP within two days",
        monitoring="Quarterly audit",
        signed_off_by=world.users["panel_member"],
        signed_off_at=datetime.datetime(2025, 8, 1, tzinfo=datetime.UTC),
    )


def test_evidence_closes_only_when_each_scoped_imr_is_received_or_waived(
    world: World, client: Any
) -> None:
    at_stage(world, Stage.EVIDENCE)
    AgencyScope.objects.create(review=world.review, agency=world.police, included=True)
    ImrRequest.objects.create(
        review=world.review,
        agency=world.health,
        senior_manager_name="Head",
        received_on=D(2025, 5, 1),
    )
    client.force_login(world.users["independent_chair"])
    stage = reverse("reviews:stage", args=[world.review.pk])
    refused = client.post(stage, {"stage": "drafting", "reason": "Ready"}).content.decode()
    assert "IMRs still awaited from Northshire Police" in refused
    waive = reverse("signoffs:imr_waive", args=[world.review.pk, world.police.pk])
    assert "Say why the review will not wait" in client.post(waive, {"reason": ""}).content.decode()
    assert not ImrWaiver.objects.exists()
    client.post(waive, {"reason": "The police had no contact in the period; a summary was given"})
    waiver = ImrWaiver.objects.get()
    assert waiver.waived_by == world.users["independent_chair"]
    assert AuditRecord.objects.get(action="imr.waive").detail["reason"].startswith("The police")
    assert client.post(stage, {"stage": "drafting", "reason": "Ready"}).status_code == 302
    world.review.refresh_from_db()
    assert world.review.stage == Stage.DRAFTING
    overview = client.get(reverse("signoffs:overview", args=[world.review.pk])).content.decode()
    assert "Waived" in overview and "Received" in overview


def test_the_csp_chair_signs_off_in_person(world: World, client: Any) -> None:
    at_stage(world, Stage.CSP_SIGN_OFF)
    url = reverse("signoffs:csp_sign_off", args=[world.review.pk])
    client.force_login(world.users["coordinator"])
    assert client.post(url, {"note": "On behalf"}).status_code == 403
    assert not CspSignOff.objects.exists()
    # The coordinator can no longer type the date in the review's details either.
    assert (
        "report_completed_on"
        not in client.get(reverse("reviews:edit", args=[world.review.pk])).content.decode()
    )
    client.force_login(world.users["csp_chair"])
    assert client.get(url).status_code == 200
    assert client.post(url, {"note": "Board of 2 December"}).status_code == 302
    sign_off = CspSignOff.objects.get()
    assert sign_off.signed_by == world.users["csp_chair"]
    world.review.refresh_from_db()
    assert world.review.report_completed_on == sign_off.signed_at.date()
    again = client.post(url, {"note": "x"}).content.decode()
    assert CspSignOff.objects.count() == 1 and "already signed off" in again


def test_submission_feedback_answers_and_resubmission(world: World, client: Any) -> None:
    at_stage(world, Stage.CSP_SIGN_OFF)
    document = review_services.do_upload_document(
        world.users["coordinator"],
        world.review,
        "submitted_report",
        None,
        "Overview report v4",
        SimpleUploadedFile("report.docx", docx_bytes(), content_type="application/octet-stream"),
    )
    client.force_login(world.users["coordinator"])
    submit = reverse("signoffs:submit", args=[world.review.pk])
    data = {**date_fields("submitted_on", D(2025, 9, 1)), "documents": [document.pk]}
    page = client.post(submit, data).content.decode()
    assert "has not frozen a version of the overview report" in page
    for kind in ("overview", "summary"):
        report = Report.objects.create(review=world.review, kind=kind)
        ReportVersion.objects.create(
            report=report, number=1, sections=[], frozen_by=world.users["independent_chair"]
        )
    page = client.post(submit, data).content.decode()
    assert "The CSP chair has not signed off the report" in page
    assert not Submission.objects.exists()
    CspSignOff.objects.create(
        review=world.review,
        signed_by=world.users["csp_chair"],
        signed_at=datetime.datetime.now(datetime.UTC),
    )
    assert "no recommendations" in client.post(submit, data).content.decode()
    ready_plan(world)
    assert client.post(submit, data).status_code == 302
    first = Submission.objects.get()
    assert first.submitted_on == D(2025, 9, 1)
    kinds = [item["kind"] for item in first.pack]
    assert kinds == ["overview", "summary", "action_plan", "submitted_report"]
    assert first.pack[0]["version"].startswith("version 1, frozen")
    assert first.pack[3]["document"] == document.pk
    world.review.refresh_from_db()
    assert world.review.stage == Stage.SUBMITTED
    # The Home Office QA reader records the panel's letter.
    client.force_login(world.users["home_office_qa"])
    feedback = reverse("signoffs:feedback", args=[world.review.pk])
    letter = {
        "outcome": "revisions",
        **date_fields("letter_dated", D(2025, 10, 1)),
        "strengths": "A strong sense of who Louise was.",
        "areas": "",
    }
    assert "List each area for development" in client.post(feedback, letter).content.decode()
    letter["areas"] = "Define coercive control\n- Cover each protected characteristic\n"
    assert client.post(feedback, letter).status_code == 302
    world.review.refresh_from_db()
    assert world.review.stage == Stage.REVISIONS
    areas = list(DevelopmentArea.objects.order_by("number"))
    assert [a.text for a in areas] == [
        "Define coercive control",
        "Cover each protected characteristic",
    ]
    # The chair answers each; resubmission waits until both are answered.
    client.force_login(world.users["coordinator"])
    data2 = {**date_fields("submitted_on", D(2025, 11, 3))}
    assert "2 areas for development are not answered" in client.post(submit, data2).content.decode()
    client.force_login(world.users["independent_chair"])
    for area in areas:
        answer = reverse("signoffs:answer", args=[world.review.pk, area.pk])
        assert (
            "Say where"
            in client.post(answer, {"change_made": "Added", "where": ""}).content.decode()
        )
        client.post(answer, {"change_made": "Added a definition", "where": "Section 7.3"})
    client.force_login(world.users["coordinator"])
    assert client.post(submit, data2).status_code == 302
    second = Submission.objects.get(round=2)
    assert second.submitted_on == D(2025, 11, 3)
    client.force_login(world.users["home_office_qa"])
    client.post(
        feedback,
        {"outcome": "approved", **date_fields("letter_dated", D(2025, 12, 1)), "strengths": "Good"},
    )
    world.review.refresh_from_db()
    assert world.review.stage == Stage.APPROVED
    assert [c.to_stage for c in StageChange.objects.order_by("at", "id")] == [
        "submitted",
        "revisions",
        "submitted",
        "approved",
    ]
    page = client.get(reverse("signoffs:overview", args=[world.review.pk])).content.decode()
    assert "Round 2" in page and "Added a definition" in page and "Section 7.3" in page


def docx_bytes() -> bytes:
    document = Document()
    document.add_paragraph("Overview report")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_the_qa_reader_records_feedback_but_changes_nothing_else(world: World, client: Any) -> None:
    ready_plan(world)
    at_stage(world, Stage.SUBMITTED)
    Submission.objects.create(
        review=world.review,
        round=1,
        submitted_on=D(2025, 9, 1),
        submitted_by=world.users["coordinator"],
    )
    client.force_login(world.users["home_office_qa"])
    review_id = world.review.pk
    action = Action.objects.get()
    rec = action.recommendation
    refused = [
        ("reviews:edit", [review_id], {"reference": "X", "victim_pseudonym": "X"}),
        ("reviews:stage", [review_id], {"stage": "approved", "reason": "x"}),
        ("reviews:documents", [review_id], {"kind": "draft_report", "title": "x"}),
        ("actions:list", [review_id], {"text": "New", "kind": "multi", "level": "local"}),
        (
            "actions:edit",
            [review_id, rec.pk],
            {"text": "Changed", "kind": "multi", "level": "local"},
        ),
        ("actions:withdraw", [review_id, rec.pk], {"reason": "x"}),
        ("actions:action_edit", [review_id, action.pk], {"what": "Changed"}),
        ("actions:progress", [review_id, action.pk], {"status": "complete"}),
        ("signoffs:submit", [review_id], date_fields("submitted_on", D(2025, 9, 2))),
        ("signoffs:csp_sign_off", [review_id], {"note": "x"}),
        ("publishing:publish", [review_id], {"accept_missing": "on"}),
    ]
    for name, args, data in refused:
        assert client.post(reverse(name, args=args), data).status_code == 403, name
    rec.refresh_from_db()
    action.refresh_from_db()
    world.review.refresh_from_db()
    assert (rec.text, action.what, world.review.reference) == (
        "Share MARAC outcomes",
        "Amend the protocol",
        "2025/01",
    )
    assert world.review.stage == Stage.SUBMITTED and not ReviewDocument.objects.exists()
    response = client.post(
        reverse("signoffs:feedback", args=[review_id]),
        {
            "outcome": "approved",
            **date_fields("letter_dated", D(2025, 10, 1)),
            "strengths": "Clear",
        },
    )
    assert response.status_code == 302
    assert QaFeedback.objects.get().recorded_by == world.users["home_office_qa"]


@pytest.fixture
def concluded(world: World) -> World:
    at_stage(world, Stage.CONCLUDED)
    return world


def test_every_upload_is_refused_on_a_concluded_review(concluded: World, client: Any) -> None:
    w = concluded
    coordinator = w.users["coordinator"]
    message = "DHR 2025/01 was concluded: its record is closed and takes no new files"
    with pytest.raises(ValidationError, match=message):
        review_services.do_upload_document(
            coordinator,
            w.review,
            "draft_report",
            None,
            "Late",
            SimpleUploadedFile("r.docx", docx_bytes()),
        )
    with pytest.raises(ValidationError, match=message):
        evidence_services.do_upload_imr(
            coordinator, w.review, w.police, SimpleUploadedFile("i.docx", docx_bytes())
        )
    with pytest.raises(ValidationError, match=message):
        evidence_services.do_start_import(
            coordinator, w.review, w.police, SimpleUploadedFile("c.csv", b"a,b\n"), background=False
        )
    assert not ReviewDocument.objects.exists() and not ImrSubmission.objects.exists()
    assert not ChronologyImport.objects.exists()
    # Through the pages too: the documents page and action evidence.
    client.force_login(coordinator)
    page = client.post(
        reverse("reviews:documents", args=[w.review.pk]),
        {
            "kind": "draft_report",
            "title": "Late",
            "file": SimpleUploadedFile("r.docx", docx_bytes()),
        },
    ).content.decode()
    assert "was concluded: its record is closed" in page
    ready_plan(w)
    action = Action.objects.get()
    with pytest.raises(ValidationError, match=message):
        from dhr.actions.services import do_update_progress

        do_update_progress(
            coordinator,
            action,
            "on_track",
            "",
            None,
            evidence=SimpleUploadedFile("e.csv", b"a,b\n"),
            evidence_description="Audit",
        )
    assert not ActionEvidence.objects.exists()
