"""The action plan through its pages: recommendations, SMART actions, agency
agreement, progress and evidence (own agency only), the CSP's decisions,
overdue reminders and the dashboard, conclusion, and the exports."""

from __future__ import annotations

import csv
import datetime
import io
from typing import Any

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from docx import Document
from openpyxl import load_workbook

from conftest import World, make_user
from dhr.actions import exports, services
from dhr.actions.models import (
    Action,
    ActionEvidence,
    ActionStatus,
    Conclusion,
    EvidenceDecision,
    Lesson,
    Recommendation,
)
from dhr.audit.models import AuditRecord
from dhr.people.models import Person
from dhr.reviews.models import ReviewMembership, ReviewRole, Stage
from dhr.schedule.models import ReminderSent
from dhr.schedule.reminders import run_reminders

D = datetime.date


def csv_upload(name: str = "audit.csv", body: bytes = b"month,done\n2025-03,204\n") -> Any:
    return SimpleUploadedFile(name, body, content_type="text/csv")


def action_for(w: World, agency: Any, owner: Any, **extra: Any) -> Action:
    rec = Recommendation.objects.filter(review=w.review).first() or Recommendation.objects.create(
        review=w.review, number=1, text="Share MARAC outcomes with the GP"
    )
    fields = {
        "what": "Amend the MARAC protocol",
        "lead_agency": agency,
        "owner": owner,
        "due_on": D(2027, 3, 31),
        "intended_outcome": "Every MARAC outcome reaches the GP within two working days",
        "monitoring": "Quarterly audit of 20 cases",
        **extra,
    }
    return Action.objects.create(recommendation=rec, **fields)


@pytest.fixture
def health_person(world: World) -> Any:
    """Hana writes the health trust's IMR: she sees health actions, not police ones."""
    hana = make_user("hana@health.test", "Hana works for the health trust")
    ReviewMembership.objects.create(
        review=world.review, user=hana, role=ReviewRole.IMR_AUTHOR, agency=world.health
    )
    return hana


def test_agency_people_cannot_touch_another_agencys_action(
    world: World, client: Any, health_person: Any
) -> None:
    police_action = action_for(world, world.police, world.users["imr_author"])
    health_action = action_for(world, world.health, health_person)
    client.force_login(world.users["imr_author"])
    url = reverse("actions:progress", args=[world.review.pk, health_action.pk])
    assert client.get(url).status_code == 403
    response = client.post(
        url,
        {
            "status": "complete",
            "completed_on_day": "1",
            "completed_on_month": "6",
            "completed_on_year": "2025",
            "evidence": csv_upload(),
            "evidence_description": "Not theirs",
        },
    )
    assert response.status_code == 403
    health_action.refresh_from_db()
    assert health_action.status == ActionStatus.NOT_STARTED and not health_action.progress_at
    assert not ActionEvidence.objects.exists()
    assert not AuditRecord.objects.filter(action="action.progress").exists()
    # Nor may they agree or decide anything, or read the other agency's evidence.
    assert (
        client.get(
            reverse("actions:agency_sign_off", args=[world.review.pk, world.health.pk])
        ).status_code
        == 403
    )
    assert (
        client.post(reverse("actions:close", args=[world.review.pk, health_action.pk]), {})
    ).status_code == 403
    # Their own agency's action: they see the page and no link to the other's.
    own = reverse("actions:progress", args=[world.review.pk, police_action.pk])
    assert client.get(own).status_code == 200
    listing = client.get(reverse("actions:list", args=[world.review.pk])).content.decode()
    assert own in listing and url not in listing


def test_an_owner_reports_progress_with_evidence_and_the_csp_accepts_it(
    world: World, client: Any
) -> None:
    action = action_for(world, world.police, world.users["imr_author"])
    client.force_login(world.users["imr_author"])
    url = reverse("actions:progress", args=[world.review.pk, action.pk])
    missing = client.post(url, {"status": "complete", "evidence": csv_upload()})
    page = missing.content.decode()
    assert "Enter the date the action was completed" in page
    response = client.post(
        url,
        {
            "status": "complete",
            "completed_on_day": "1",
            "completed_on_month": "6",
            "completed_on_year": "2025",
            "note": "Protocol live",
            "evidence": csv_upload(),
            "evidence_description": "Audit of 20 cases",
        },
    )
    assert response.status_code == 302
    action.refresh_from_db()
    assert action.status == ActionStatus.COMPLETE and action.current_status() == "complete"
    evidence = ActionEvidence.objects.get()
    assert evidence.decision == EvidenceDecision.PENDING
    # The CSP returns it without a reason: refused; with one: returned.
    client.force_login(world.users["coordinator"])
    decide = reverse("actions:evidence_decide", args=[world.review.pk, evidence.pk])
    assert "Say why the evidence is returned" in (
        client.post(decide, {"decision": "return"}).content.decode()
    )
    client.post(decide, {"decision": "accept", "note": "Good"})
    action.refresh_from_db()
    assert action.current_status() == "evidenced"
    download = client.get(reverse("actions:evidence", args=[world.review.pk, evidence.pk]))
    assert download.status_code == 200 and b"".join(download.streaming_content).startswith(b"month")
    assert AuditRecord.objects.filter(action="action.evidence_read").count() == 1


def test_a_bad_evidence_file_saves_no_progress(world: World, client: Any) -> None:
    action = action_for(world, world.police, world.users["imr_author"])
    client.force_login(world.users["panel_member"])
    response = client.post(
        reverse("actions:progress", args=[world.review.pk, action.pk]),
        {
            "status": "on_track",
            "evidence": SimpleUploadedFile("audit.csv", b"MZ\x90\x00binary\x00"),
            "evidence_description": "Audit",
        },
    )
    assert response.status_code == 200
    action.refresh_from_db()
    assert action.status == ActionStatus.NOT_STARTED and not ActionEvidence.objects.exists()


def test_the_agency_agrees_only_smart_actions_and_edits_lapse_the_agreement(
    world: World, client: Any
) -> None:
    action = action_for(
        world, world.police, world.users["imr_author"], intended_outcome="Raise awareness"
    )
    client.force_login(world.users["panel_member"])
    url = reverse("actions:agency_sign_off", args=[world.review.pk, world.police.pk])
    page = client.post(url, follow=True).content.decode()
    assert "is not SMART yet" in page and "cannot be measured" in page
    action.refresh_from_db()
    assert action.signed_off_at is None
    Action.objects.filter(pk=action.pk).update(
        intended_outcome="Every outcome reaches the GP within two days"
    )
    assert client.post(url).status_code == 302
    action.refresh_from_db()
    assert action.signed_off_by == world.users["panel_member"] and action.signed_off_at
    # The chair changes the date: the agency must agree again.
    client.force_login(world.users["independent_chair"])
    edit = reverse("actions:action_edit", args=[world.review.pk, action.pk])
    data = {
        "what": action.what,
        "lead_agency": world.police.pk,
        "owner": world.users["imr_author"].pk,
        "due_on_day": "30",
        "due_on_month": "6",
        "due_on_year": "2027",
        "intended_outcome": action.intended_outcome,
        "monitoring": action.monitoring,
        "milestones": "31/12/2026 Draft agreed\n31/03/2027 Protocol live",
    }
    assert client.post(edit, data).status_code == 302
    action.refresh_from_db()
    assert action.signed_off_at is None
    assert [m.what for m in action.milestones.all()] == ["Draft agreed", "Protocol live"]
    bad = client.post(edit, {**data, "milestones": "soon: draft"}).content.decode()
    assert "Line 1: start with the date as DD/MM/YYYY" in bad


def test_the_smart_check_shows_on_the_action_page(world: World, client: Any) -> None:
    rec = Recommendation.objects.create(review=world.review, number=1, text="Train GPs")
    client.force_login(world.users["coordinator"])
    response = client.post(
        reverse("actions:action_create", args=[world.review.pk, rec.pk]),
        {
            "what": "Training",
            "lead_agency": world.police.pk,
            "due_on_day": "1",
            "due_on_month": "1",
            "due_on_year": "2025",
            "intended_outcome": "Raise awareness",
            "monitoring": "",
        },
        follow=True,
    )
    page = response.content.decode()
    assert "not SMART yet" in page
    assert "No owner: name the person at the lead agency" in page
    assert "is before the decision to hold the review (30 January 2025)" in page
    assert "&#x27;Raise awareness&#x27; cannot be measured on its own" in page


def test_recommendations_are_edited_and_withdrawn_with_reasons_kept(
    world: World, client: Any
) -> None:
    lesson = Lesson.objects.create(review=world.review, number=1, text="Risk was not shared")
    client.force_login(world.users["independent_chair"])
    url = reverse("actions:list", args=[world.review.pk])
    single_without_agency = client.post(
        url, {"text": "Train GPs", "kind": "single", "level": "local"}
    ).content.decode()
    assert "Choose the agency a single-agency recommendation is made to" in single_without_agency
    client.post(
        url,
        {"text": "Train GPs", "kind": "multi", "level": "national", "lessons": [lesson.pk]},
    )
    rec = Recommendation.objects.get()
    assert list(rec.lessons.all()) == [lesson] and rec.level == "national"
    edit = reverse("actions:edit", args=[world.review.pk, rec.pk])
    client.post(edit, {"text": "Train every GP", "kind": "multi", "level": "national"})
    rec.refresh_from_db()
    assert rec.text == "Train every GP"
    record = AuditRecord.objects.get(action="recommendation.edit")
    assert record.detail["previous_text"] == "Train GPs"
    withdraw = reverse("actions:withdraw", args=[world.review.pk, rec.pk])
    assert "Say why" in client.post(withdraw, {"reason": ""}).content.decode()
    client.post(withdraw, {"reason": "Superseded by a national recommendation"})
    rec.refresh_from_db()
    assert rec.is_withdrawn and rec.withdrawn_by == world.users["independent_chair"]
    assert AuditRecord.objects.get(action="recommendation.withdraw").detail["reason"] == (
        "Superseded by a national recommendation"
    )
    page = client.get(url).content.decode()
    assert "(withdrawn)" in page and "Superseded by a national recommendation" in page
    assert "no recommendations" in services.action_plan_problems(world.review)[0]


def test_overdue_actions_reach_reminders_once_and_the_dashboard(
    world: World, client: Any, settings: Any
) -> None:
    settings.DHR_REMINDER_DAYS = [14, 3]
    overdue = action_for(world, world.police, world.users["imr_author"], due_on=D(2026, 1, 10))
    action_for(world, world.police, world.users["imr_author"], due_on=D(2027, 1, 10), what="Later")
    on = D(2026, 2, 1)
    assert run_reminders(on) >= 1
    subjects = {m.subject for m in mail.outbox}
    assert "DHR 2025/01: an action of recommendation 1 is overdue" in subjects
    to = {addr for m in mail.outbox if "action" in m.subject for addr in m.to}
    assert {"ian@police.test", "pat@police.test", "cora@north.test"} <= to
    assert ReminderSent.objects.filter(kind=f"act{overdue.pk}").count() == len(to)
    sent = len(mail.outbox)
    run_reminders(on)
    assert len(mail.outbox) == sent, "each reminder goes once"
    client.force_login(world.users["coordinator"])
    page = client.get(reverse("schedule:dashboard")).content.decode()
    assert "Overdue actions" in page and "Amend the MARAC protocol" in page
    assert "Outstanding IMRs" in page


def test_conclusion_needs_every_action_evidenced_or_closed(world: World, client: Any) -> None:
    world.review.stage = Stage.MONITORING
    world.review.save()
    action = action_for(world, world.police, world.users["imr_author"])
    client.force_login(world.users["coordinator"])
    url = reverse("actions:conclude", args=[world.review.pk])
    data = {
        "concluded_on_day": "1",
        "concluded_on_month": "12",
        "concluded_on_year": "2026",
        "note": "Audit of the action plan at the CSP board",
    }
    page = client.post(url, data).content.decode()
    assert "1 action is neither evidenced nor closed with a reason" in page
    world.review.refresh_from_db()
    assert world.review.stage == Stage.MONITORING and not Conclusion.objects.exists()
    close = reverse("actions:close", args=[world.review.pk, action.pk])
    assert "Say why" in client.post(close, {"reason": " "}).content.decode()
    client.post(close, {"reason": "Superseded by the national MARAC guidance"})
    assert client.post(url, data).status_code == 302
    world.review.refresh_from_db()
    conclusion = Conclusion.objects.get()
    assert world.review.stage == Stage.CONCLUDED
    assert (conclusion.concluded_on, conclusion.concluded_by) == (
        D(2026, 12, 1),
        world.users["coordinator"],
    )
    faq = client.get(reverse("publishing:faq", args=[world.review.pk])).content.decode()
    assert "formally concluded this review on 1 December 2026" in faq


def test_action_plan_exports_round_trip(world: World) -> None:
    Person.objects.create(review=world.review, name="Marie Doyle", role="victim")
    action_for(
        world,
        world.police,
        world.users["imr_author"],
        what='=HYPERLINK("x") Review Marie Doyle\'s MARAC referral',
        due_on=D(2026, 3, 31),
    )
    document = Document(io.BytesIO(exports.action_plan_docx(world.review, redacted=False)))
    assert document.paragraphs[0].text == "Appendix B: action plan"
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == exports.COLUMNS
    row = [c.text for c in table.rows[1].cells]
    assert row[0] == "1. Share MARAC outcomes with the GP"
    assert row[2:5] == ["Northshire Police", "Ian sees only police material", "31 March 2026"]
    sheet = load_workbook(io.BytesIO(exports.action_plan_xlsx(world.review, redacted=False))).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == exports.COLUMNS
    assert rows[1][1].startswith("'=HYPERLINK"), "a formula stays text"
    assert rows[1][3] == "Ian sees only police material"
    # Redacted: no registered name and no owner's name anywhere in either file.
    for data in (
        exports.action_plan_docx(world.review, redacted=True),
        exports.action_plan_xlsx(world.review, redacted=True),
    ):
        text = everything_in(data)
        assert "Marie" not in text and "Doyle" not in text
        assert "Ian sees only" not in text and "Named lead, Northshire Police" in text


def everything_in(data: bytes) -> str:
    """Every part of an Office file as text (document, sheets, properties)."""
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())


def test_csp_csv_lists_every_review_and_is_formula_safe(world: World, client: Any) -> None:
    action_for(world, world.police, world.users["imr_author"], what="@SUM(A1) check")
    client.force_login(world.users["csp_chair"])
    response = client.get(reverse("csp_actions:csv", args=[world.csp.pk]))
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == exports.CSV_HEADER
    assert rows[1][0] == "DHR 2025/01" and rows[1][4] == "'@SUM(A1) check"
    client.force_login(world.users["other_csp_coordinator"])
    assert client.get(reverse("csp_actions:csv", args=[world.csp.pk])).status_code == 403


def test_demo_review_has_a_plan_with_evidence(db: Any) -> None:
    from dhr.demo.loader import load_demo

    load_demo()
    load_demo()
    plan = list(Action.objects.filter(recommendation__review__reference="2023/01").order_by("id"))
    assert len(plan) == 3
    assert {a.current_status(D(2026, 12, 3)) for a in plan} == {
        "evidenced",
        "on_track",
        "overdue",
    }
    assert all(not services.action_problems(a) for a in plan)
    assert timezone.now()
