"""Commissioning letters: generated from the review, in Word and PDF, from the CSP's template."""

from __future__ import annotations

import datetime
import io
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from docx import Document
from pypdf import PdfReader

from conftest import World
from dhr.audit.models import AuditRecord
from dhr.core import hints
from dhr.organisations.models import SeniorManager
from dhr.panel import letters, services
from dhr.panel.models import (
    AgencyScope,
    ImrRequest,
    LetterTemplate,
    PanelMember,
    TermsOfReference,
)


@pytest.fixture
def imr(world: World) -> ImrRequest:
    manager = SeniorManager.objects.create(
        agency=world.police, name="Dana Detective-Superintendent", job_title="Head of Safeguarding"
    )
    PanelMember.objects.create(
        review=world.review,
        public_label="Independent Chair",
        member_name="Ivy Independent",
        is_independent_chair=True,
    )
    TermsOfReference.objects.create(
        review=world.review,
        version=1,
        period_start=datetime.date(2020, 1, 1),
        period_end=datetime.date(2024, 12, 31),
        key_lines_of_enquiry="Was risk assessed?",
        subjects="Louise",
        created_by=world.users["coordinator"],
    )
    return ImrRequest.objects.create(
        review=world.review,
        agency=world.police,
        senior_manager=manager,
        senior_manager_name=manager.name,
        senior_manager_title=manager.job_title,
        letter_sent_on=datetime.date(2026, 1, 12),
        due_on=datetime.date(2026, 3, 14),
    )


def docx_text(content: bytes) -> str:
    document = Document(io.BytesIO(content))
    return "\n".join(p.text for p in document.paragraphs)


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(content)).pages)


def test_word_letter_names_agency_manager_due_date_and_chair(imr: ImrRequest) -> None:
    text = docx_text(letters.letter_docx(imr))
    assert "Northshire Police" in text
    assert "14 March 2026" in text
    assert "Dear Dana Detective-Superintendent" in text
    assert "Ivy Independent" in text
    assert "1 January 2020 to 31 December 2024" in text
    assert "DHR 2025/01" in text
    assert "{" not in text


def test_pdf_letter_contains_agency_and_due_date_and_is_tagged(imr: ImrRequest) -> None:
    content = letters.letter_pdf(imr)
    text = pdf_text(content)
    assert "Northshire Police" in text
    assert "14 March 2026" in text
    reader = PdfReader(io.BytesIO(content))
    assert "/StructTreeRoot" in reader.root_object, "a tagged PDF"
    assert reader.metadata is not None
    assert (reader.metadata.title or "").startswith("Request for an Individual Management Review")


def test_letter_uses_the_csps_own_template(imr: ImrRequest, world: World) -> None:
    LetterTemplate.objects.create(
        csp=world.csp,
        subject="IMR for {victim_pseudonym}",
        body="To {senior_manager} at {agency}.\n\nReply by {due_date}. {{Not a placeholder}}",
    )
    text = docx_text(letters.letter_docx(imr))
    assert "IMR for Louise" in text
    assert "To Dana Detective-Superintendent at Northshire Police." in text
    assert "Reply by 14 March 2026. {Not a placeholder}" in text


def test_letter_cannot_be_generated_without_a_due_date(imr: ImrRequest) -> None:
    imr.due_on = None
    imr.save()
    with pytest.raises(
        ValidationError, match="Enter the date the IMR from Northshire Police is due"
    ):
        letters.letter_docx(imr)


def test_download_without_due_date_explains_and_goes_to_the_dates(
    imr: ImrRequest, world: World, client_for: Any
) -> None:
    imr.due_on = None
    imr.save()
    client = client_for("coordinator")
    url = reverse("panel:imr_letter_docx", args=[world.review.pk, imr.pk])
    response = client.get(url, follow=True)
    assert response.redirect_chain[-1][0] == reverse(
        "panel:imr_edit", args=[world.review.pk, imr.pk]
    )
    assert "before generating its letter" in response.content.decode()


def test_download_is_audited_and_named_for_the_agency(
    imr: ImrRequest, world: World, client_for: Any
) -> None:
    client = client_for("independent_chair")
    response = client.get(reverse("panel:imr_letter_docx", args=[world.review.pk, imr.pk]))
    assert response.status_code == 200
    assert "dhr-2025-01-imr-letter-northshire-police.docx" in response["Content-Disposition"]
    assert "Northshire Police" in docx_text(response.content)
    record = AuditRecord.objects.get(action="imr.letter_download")
    assert record.detail["format"] == "docx"
    assert record.actor == world.users["independent_chair"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("Dear {senior_manger}", "uses {senior_manger}, which is not a placeholder"),
        ("Due {due_date:%d}", "uses {due_date:%d}, which is not a placeholder"),
        ("Dear {agency.name}", "uses {agency.name}, which is not a placeholder"),
        ("Dear {}", "uses {}, which is not a placeholder"),
        ("Dear {agency", "does not open or close a placeholder"),
        ("Dear agency}", "does not open or close a placeholder"),
    ],
)
def test_template_with_unknown_placeholder_is_refused(
    world: World, body: str, message: str
) -> None:
    with pytest.raises(ValidationError, match=message) as caught:
        services.do_save_letter_template(world.users["coordinator"], world.csp, "Subject", body)
    assert "body" in caught.value.message_dict
    assert not LetterTemplate.objects.exists()


def test_template_page_shows_the_error_on_the_field(world: World, client_for: Any) -> None:
    client = client_for("coordinator")
    url = reverse("panel_csp:letter_template", args=[world.csp.pk])
    response = client.post(url, {"subject": "IMR {refrence}", "body": "Dear {senior_manager}"})
    assert response.status_code == 200
    assert "The subject uses {refrence}, which is not a placeholder" in response.content.decode()
    assert not LetterTemplate.objects.exists()
    response = client.post(url, {"subject": "IMR {review_reference}", "body": "Dear {chair}"})
    assert response.status_code == 302
    assert LetterTemplate.objects.get(csp=world.csp).subject == "IMR {review_reference}"


def test_default_template_is_valid() -> None:
    letters.check_template_text(letters.DEFAULT_SUBJECT, "subject")
    letters.check_template_text(letters.DEFAULT_BODY, "letter")


def test_long_date_has_no_leading_zero() -> None:
    assert letters.long_date(datetime.date(2026, 3, 4)) == "4 March 2026"


def test_imr_request_due_before_letter_sent_is_refused(imr: ImrRequest) -> None:
    imr.due_on = datetime.date(2026, 1, 1)
    with pytest.raises(ValidationError) as caught:
        services.do_change_imr_request(None, imr)
    assert caught.value.message_dict["due_on"] == [
        "The date the IMR is due must be on or after the date the letter was sent (12 January 2026)"
    ]


def test_imr_request_takes_name_from_the_senior_manager(world: World, client_for: Any) -> None:
    manager = SeniorManager.objects.create(
        agency=world.health, name="Hal Healthlead", job_title="Director of Nursing"
    )
    client = client_for("coordinator")
    response = client.post(
        reverse("panel:imr_requests", args=[world.review.pk]),
        {"agency": world.health.pk, "senior_manager": manager.pk},
    )
    assert response.status_code == 302
    imr = ImrRequest.objects.get(agency=world.health)
    assert (imr.senior_manager, imr.senior_manager_name, imr.senior_manager_title) == (
        manager,
        "Hal Healthlead",
        "Director of Nursing",
    )


def test_imr_request_refuses_another_agencys_manager(world: World, client_for: Any) -> None:
    manager = SeniorManager.objects.create(agency=world.health, name="Hal Healthlead")
    client = client_for("coordinator")
    response = client.post(
        reverse("panel:imr_requests", args=[world.review.pk]),
        {"agency": world.police.pk, "senior_manager": manager.pk},
    )
    assert response.status_code == 200
    assert "Hal Healthlead is not a senior manager of Northshire Police" in (
        response.content.decode()
    )
    assert not ImrRequest.objects.exists()


def test_recording_sent_and_received_dates(imr: ImrRequest, world: World, client_for: Any) -> None:
    client = client_for("coordinator")
    response = client.post(
        reverse("panel:imr_edit", args=[world.review.pk, imr.pk]),
        {
            "senior_manager": imr.senior_manager_id,
            "senior_manager_name": imr.senior_manager_name,
            "senior_manager_title": imr.senior_manager_title,
            "letter_sent_on_day": "12",
            "letter_sent_on_month": "1",
            "letter_sent_on_year": "2026",
            "due_on_day": "14",
            "due_on_month": "3",
            "due_on_year": "2026",
            "received_on_day": "10",
            "received_on_month": "3",
            "received_on_year": "2026",
        },
    )
    assert response.status_code == 302
    imr.refresh_from_db()
    assert imr.received_on == datetime.date(2026, 3, 10)
    assert AuditRecord.objects.filter(action="imr.change").exists()


def test_every_agency_taking_part_is_asked_through_its_senior_manager(
    world: World, client_for: Any
) -> None:
    manager = SeniorManager.objects.create(agency=world.police, name="Sam Superintendent")
    SeniorManager.objects.create(agency=world.police, name="Old Manager", active=False)
    AgencyScope.objects.create(review=world.review, agency=world.police, included=True)
    AgencyScope.objects.create(review=world.review, agency=world.health, included=True)
    client = client_for("independent_chair")
    url = reverse("panel:imr_commission", args=[world.review.pk])
    page = client.get(url).content.decode()
    assert "No senior manager in the directory for: Northshire Health Trust" in page
    due = timezone.localdate().replace(day=1) + datetime.timedelta(days=400)
    response = client.post(
        url,
        {"due_on_day": due.day, "due_on_month": due.month, "due_on_year": due.year},
        follow=True,
    )
    text = response.content.decode()
    assert "1 agency asked for an IMR" in text
    assert "Northshire Health Trust has no senior manager in the directory" in text
    imr = ImrRequest.objects.get()
    assert (imr.agency, imr.senior_manager, imr.due_on) == (
        world.police,
        manager,
        due,
    )


def test_asking_agencies_needs_a_future_due_date(world: World, client_for: Any) -> None:
    SeniorManager.objects.create(agency=world.police, name="Sam Superintendent")
    AgencyScope.objects.create(review=world.review, agency=world.police, included=True)
    client = client_for("coordinator")
    response = client.post(
        reverse("panel:imr_commission", args=[world.review.pk]),
        {"due_on_day": "1", "due_on_month": "1", "due_on_year": "2020"},
    )
    assert "The date the IMRs are due must be in the future" in response.content.decode()
    assert not ImrRequest.objects.exists()


def test_letter_marked_sent_today(imr: ImrRequest, world: World, client_for: Any) -> None:
    imr.letter_sent_on = None
    imr.due_on = datetime.date(2099, 1, 1)
    imr.save()
    client = client_for("coordinator")
    url = reverse("panel:imr_sent", args=[world.review.pk, imr.pk])
    assert client.post(url).status_code == 302
    imr.refresh_from_db()
    assert imr.letter_sent_on == timezone.localdate()
    again = client.post(url, follow=True).content.decode()
    assert "already recorded as sent" in again


def test_letter_sent_in_the_future_is_refused(imr: ImrRequest) -> None:
    imr.letter_sent_on = timezone.localdate() + datetime.timedelta(days=1)
    imr.due_on = imr.letter_sent_on + datetime.timedelta(days=30)
    with pytest.raises(ValidationError) as caught:
        services.do_change_imr_request(None, imr)
    assert caught.value.message_dict["letter_sent_on"] == [
        "The date the letter was sent must be today or in the past"
    ]


def test_template_typed_in_a_browser_keeps_its_paragraphs(
    imr: ImrRequest, world: World, client_for: Any
) -> None:
    body = "Dear {senior_manager},\r\n\r\nPlease send the IMR by {due_date}.\r\nThank you."
    client = client_for("coordinator")
    url = reverse("panel_csp:letter_template", args=[world.csp.pk])
    assert client.post(url, {"subject": "IMR", "body": body}).status_code == 302
    assert "\r" not in LetterTemplate.objects.get().body
    assert letters.Letter(imr).paragraphs == [
        "Dear Dana Detective-Superintendent,",
        "Please send the IMR by 14 March 2026.\nThank you.",
    ]
    page = client.get(url).content.decode()
    example = hints.long_date_example()
    assert f"Please send the IMR by {example}." in page, "the example letter is shown"


def test_outstanding_and_overdue_requests(imr: ImrRequest, world: World) -> None:
    on_time = datetime.date(2026, 3, 1)
    late = datetime.date(2026, 3, 15)
    assert list(ImrRequest.objects.overdue(on_time)) == []
    assert list(ImrRequest.objects.overdue(late)) == [imr]
    imr.received_on = datetime.date(2026, 3, 10)
    imr.save()
    assert not ImrRequest.objects.outstanding().exists()
