"""Issue 9, "Wrong output": what a new coordinator read that was wrong, now right.

References stored bare and shown once with the CSP's term; download names
carry the whole reference; counts count real changes; labels and headings say
what is true; hints show examples of this CSP and of the future.
"""

from __future__ import annotations

import datetime
import importlib
import io
from typing import Any

import pytest
from django.apps import apps as django_apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from docx import Document

from conftest import World
from dhr.core.downloads import download_name
from dhr.evidence.models import ImrSubmission
from dhr.evidence.tests.files import docx_bytes
from dhr.organisations.models import Agency, Csp
from dhr.panel import letters
from dhr.panel.models import Contact, ImrRequest
from dhr.publication.services import publication_for
from dhr.reviews.models import Review, normalise_reference
from tests.test_notification_decision import notification_data


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("DHR 2024/03", "2024/03"),
        ("dhr2024/03", "2024/03"),
        ("DARDR-2024-03", "2024-03"),
        ("  DHR:  2024/03 ", "2024/03"),
        ("2024/03", "2024/03"),
        ("DHRX 1", "DHRX 1"),  # not the term
        ("DHR", "DHR"),  # nothing left: kept as typed
    ],
)
def test_a_reference_is_stored_without_its_term(typed: str, stored: str) -> None:
    assert normalise_reference(typed) == stored


def test_a_reference_typed_as_the_hint_shows_it_reads_once_in_the_imr_letter(
    world: World, client: Any
) -> None:
    client.force_login(world.users["coordinator"])
    data = notification_data(csp=world.csp.pk, reference="DHR 2026/09")
    response = client.post(reverse("reviews:notify"), data)
    assert response.status_code == 302
    review = Review.objects.get(csp=world.csp, reference="2026/09")
    assert review.full_reference == "DHR 2026/09"
    imr = ImrRequest.objects.create(
        review=review,
        agency=world.police,
        senior_manager_name="Supt Example",
        due_on=datetime.date(2027, 1, 15),
    )
    text = "\n".join(p.text for p in Document(io.BytesIO(letters.letter_docx(imr))).paragraphs)
    assert "DHR 2026/09" in text
    assert "DHR DHR" not in text
    page = client.get(reverse("reviews:detail", args=[review.pk])).content.decode()
    assert "DHR 2026/09" in page and "DHR DHR" not in page


def test_the_same_reference_with_or_without_its_term_is_a_duplicate(
    world: World, client: Any
) -> None:
    client.force_login(world.users["coordinator"])
    data = notification_data(csp=world.csp.pk, reference="DHR 2025/01")
    response = client.post(reverse("reviews:notify"), data)
    assert "already has a review with that reference" in response.content.decode()
    assert Review.objects.filter(csp=world.csp).count() == 1


def test_editing_a_review_keeps_its_reference_bare(world: World, client: Any) -> None:
    client.force_login(world.users["coordinator"])
    url = reverse("reviews:edit", args=[world.review.pk])
    form = client.get(url).content.decode()
    assert f"for example {timezone.localdate().year}/01" in form
    data = {
        "reference": "DHR 2025/77",
        "victim_pseudonym": "Louise",
        "notified_on_day": "6",
        "notified_on_month": "1",
        "notified_on_year": "2025",
    }
    assert client.post(url, data).status_code == 302
    world.review.refresh_from_db()
    assert world.review.reference == "2025/77"


def test_the_migration_strips_the_term_unless_that_would_collide(world: World) -> None:
    migration = importlib.import_module("dhr.reviews.migrations.0003_bare_references")
    Review.objects.filter(pk=world.review.pk).update(reference="DHR 2025/01")
    typed = Review.objects.create(
        csp=world.csp, reference="x", notified_on=world.review.notified_on
    )
    Review.objects.filter(pk=typed.pk).update(reference="DHR 2025/40")
    clash = Review.objects.create(
        csp=world.csp, reference="2025/50", notified_on=world.review.notified_on
    )
    doubled = Review.objects.create(
        csp=world.csp, reference="y", notified_on=world.review.notified_on
    )
    Review.objects.filter(pk=doubled.pk).update(reference="DHR 2025/50")
    migration.forwards(django_apps, None)
    stored = dict(Review.objects.values_list("pk", "reference"))
    assert stored[world.review.pk] == "2025/01"
    assert stored[typed.pk] == "2025/40"
    assert stored[clash.pk] == "2025/50"
    assert stored[doubled.pk] == "DHR 2025/50", "left for the coordinator to correct"


# Download names ------------------------------------------------------------


def test_download_names_keep_the_whole_reference() -> None:
    assert (
        download_name("DHR 2024/03", "IMR", "Northshire Police", version=1, extension="docx")
        == "dhr-2024-03-imr-northshire-police-v1.docx"
    )
    assert download_name("DARDR 2024/03", "chronology", extension=".xlsx") == (
        "dardr-2024-03-chronology.xlsx"
    )


def test_every_review_download_is_named_from_the_whole_reference(world: World, client: Any) -> None:
    client.force_login(world.users["coordinator"])
    client.post(
        reverse("evidence:imr_upload", args=[world.review.pk]),
        {"agency": world.police.pk, "file": SimpleUploadedFile("imr.docx", docx_bytes())},
    )
    submission = ImrSubmission.objects.get()
    imr = client.get(reverse("evidence:imr_download", args=[world.review.pk, submission.pk]))
    assert 'filename="dhr-2025-01-imr-northshire-police-v1.docx"' in imr["Content-Disposition"]
    client.post(
        reverse("reviews:documents", args=[world.review.pk]),
        {
            "kind": "draft_report",
            "title": "Draft",
            "file": SimpleUploadedFile("d.docx", docx_bytes()),
        },
    )
    document = world.review.documents.get()
    draft = client.get(reverse("reviews:document_download", args=[world.review.pk, document.pk]))
    assert (
        f'filename="dhr-2025-01-draft-overview-report-{document.pk}.docx"'
        in draft["Content-Disposition"]
    )
    xlsx = client.get(reverse("evidence:chronology_xlsx", args=[world.review.pk]))
    assert 'filename="dhr-2025-01-chronology.xlsx"' in xlsx["Content-Disposition"]


# Counts, labels and headings -------------------------------------------------


def test_scoping_counts_only_the_agencies_that_changed(world: World, client: Any) -> None:
    for n in range(8):
        Agency.objects.create(csp=world.csp, name=f"Agency {n}")
    client.force_login(world.users["coordinator"])
    url = reverse("panel:scoping", args=[world.review.pk])
    data: dict[str, str] = {}
    for agency in Agency.objects.filter(csp=world.csp):
        prefix = f"agency-{agency.pk}-"
        data[prefix + "contact"] = Contact.UNKNOWN
        data[prefix + "included"] = ""
        data[prefix + "exclusion_reason"] = ""
        data[prefix + "notes"] = ""
    for agency in Agency.objects.filter(csp=world.csp).order_by("name")[:7]:
        data[f"agency-{agency.pk}-contact"] = Contact.VICTIM
    response = client.post(url, data, follow=True)
    assert "Scoping saved (7 agencies changed)" in response.content.decode()
    response = client.post(url, data, follow=True)
    assert "Scoping saved (0 agencies changed)" in response.content.decode()


def test_the_imr_note_says_optional_once(world: World, client: Any) -> None:
    client.force_login(world.users["imr_author"])
    page = client.get(reverse("evidence:imr_upload", args=[world.review.pk])).content.decode()
    assert "Note (optional)" in page
    assert "(optional) (optional)" not in page


def test_an_agency_list_with_one_choice_is_preselected(world: World, client: Any) -> None:
    client.force_login(world.users["imr_author"])
    for name in ("evidence:imr_upload", "evidence:chronology_upload"):
        page = client.get(reverse(name, args=[world.review.pk])).content.decode()
        assert f'<option value="{world.police.pk}" selected>' in page, name


def test_the_publication_page_is_not_headed_before_publishing_once_published(
    world: World, client: Any
) -> None:
    client.force_login(world.users["coordinator"])
    publication = publication_for(world.review)
    url = reverse("publishing:settings", args=[world.review.pk])
    assert "Before publishing" in client.get(url).content.decode()
    publication.is_published = True
    publication.published_on = datetime.date(2026, 1, 5)
    publication.save()
    page = client.get(url).content.decode()
    assert "Before publishing" not in page
    assert "Preview the public FAQ" not in page


# Hints ---------------------------------------------------------------------


def test_hints_name_this_csp_and_show_future_dates(world: World, client: Any) -> None:
    world.csp.name = "Eastbridge Community Safety Partnership"
    world.csp.save()
    client.force_login(world.users["coordinator"])
    publishing = client.get(reverse("publishing:settings", args=[world.review.pk])).content.decode()
    assert "Eastbridge Police and Crime Commissioner" in publishing
    assert "the Eastbridge Community Safety Partnership website" in publishing
    for other in ("Suffolk", "Babergh"):
        assert other not in publishing
    panel = client.get(reverse("panel:panel", args=[world.review.pk])).content.decode()
    assert "Suffolk" not in panel
    assert "Northshire Health Trust, Specialist Domestic Abuse Advisor" in panel
    requests = client.get(reverse("panel:imr_requests", args=[world.review.pk])).content.decode()
    future = timezone.localdate() + datetime.timedelta(days=42)
    assert f"For example, {future.day} {future.month} {future.year}" in requests


def test_the_letter_template_sample_is_of_this_year() -> None:
    csp = Csp(name="Eastbridge CSP")
    subject, _ = letters.sample_letter(csp.name, letters.DEFAULT_SUBJECT, letters.DEFAULT_BODY)
    assert f"DHR {timezone.localdate().year}/01" in subject
