"""Reviews, decisions, stages, documents and publication, through their pages."""

from __future__ import annotations

import io
import zipfile
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from docx import Document

from conftest import World, approve_for_publication
from dhr.audit.models import AuditRecord
from dhr.demo.loader import ACCOUNTS, load_demo
from dhr.panel.models import PanelMember
from dhr.publication.models import Publication
from dhr.reviews.models import Review, ReviewDocument, Stage
from tests.test_notification_decision import notification_data


def docx_bytes(text: str = "IMR body", macro: bool = False) -> bytes:
    buffer = io.BytesIO()
    document = Document()
    document.add_paragraph(text)
    document.save(buffer)
    if not macro:
        return buffer.getvalue()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr("word/vbaProject.bin", b"macro")
    return out.getvalue()


def upload(
    client: Any,
    world: World,
    content: bytes,
    name: str = "draft.docx",
    kind: str = "draft_report",
    agency: Any = None,
) -> Any:
    return client.post(
        reverse("reviews:documents", args=[world.review.pk]),
        {
            "kind": kind,
            "agency": agency.pk if agency else "",
            "title": "Draft overview report",
            "file": SimpleUploadedFile(name, content),
        },
    )


def test_there_is_one_way_into_a_review_from_the_notification(world: World, client: Any) -> None:
    client.force_login(world.users["coordinator"])
    listing = client.get(reverse("reviews:list")).content.decode()
    assert reverse("reviews:notify") in listing
    assert "Open a review" not in listing
    assert client.get("/reviews/new/").status_code == 404
    form = client.get(reverse("reviews:notify")).content.decode()
    assert "overview report was completed" not in form


@pytest.mark.parametrize(
    ("day", "month", "year", "message"),
    [
        ("", "11", "2026", "Date the CSP was notified must include a day"),
        ("3", "", "", "Date the CSP was notified must include a month and year"),
        ("31", "2", "2026", "Date the CSP was notified must be a real date"),
        ("3", "11", "26", "Date the CSP was notified must be a real date"),
    ],
)
def test_bad_dates_get_a_specific_error_and_nothing_is_saved(
    world: World, client: Any, day: str, month: str, year: str, message: str
) -> None:
    client.force_login(world.users["coordinator"])
    response = client.post(
        reverse("reviews:notify"),
        notification_data(
            csp=world.csp.pk,
            reference="DHR 2026/10",
            notified_on_day=day,
            notified_on_month=month,
            notified_on_year=year,
        ),
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert 'href="#id_notified_on_day"' in response.content.decode()
    assert not Review.objects.filter(reference="2026/10").exists()


def test_not_proceeding_needs_a_reason_and_changes_nothing_without_one(
    world: World, client: Any
) -> None:
    review = world.review
    review.stage, review.decision, review.decided_on = Stage.DECISION, "pending", None
    review.save()
    client.force_login(world.users["csp_chair"])
    url = reverse("reviews:decision", args=[review.pk])
    data = {
        "decision": "not_proceed",
        "decided_on_day": "1",
        "decided_on_month": "2",
        "decided_on_year": "2025",
        "decision_rationale": "",
    }
    response = client.post(url, data)
    assert "Give the reason for not holding a review" in response.content.decode()
    review.refresh_from_db()
    assert (review.decision, review.stage) == ("pending", Stage.DECISION)
    data["decision_rationale"] = "The death was not caused by a relative or household member."
    assert client.post(url, data).status_code == 302
    review.refresh_from_db()
    assert (review.decision, review.stage) == ("not_proceed", Stage.NOT_PROCEEDING)


def test_invalid_stage_move_is_refused_with_the_reason(world: World, client: Any) -> None:
    client.force_login(world.users["coordinator"])
    response = client.post(
        reverse("reviews:stage", args=[world.review.pk]), {"stage": "published", "reason": "x"}
    )
    assert "Publish the review from its publication page" in response.content.decode()
    world.review.refresh_from_db()
    assert world.review.stage == Stage.APPROVED


def test_chair_uploads_a_draft_and_download_is_audited(world: World, client: Any) -> None:
    client.force_login(world.users["independent_chair"])
    assert upload(client, world, docx_bytes()).status_code == 302
    assert "messages" not in client.cookies, "flash messages must stay server-side"
    document = ReviewDocument.objects.get()
    assert document.content_type.endswith("wordprocessingml.document")
    assert "draft.docx" not in document.file.name, "stored names must not carry the upload's name"
    response = client.get(reverse("reviews:document_download", args=[world.review.pk, document.pk]))
    assert b"".join(response.streaming_content).startswith(b"PK")
    assert response["Content-Disposition"].endswith('.docx"')
    read = AuditRecord.objects.get(action="document.download")
    assert read.actor == world.users["independent_chair"] and read.object_id == str(document.pk)


def test_imrs_are_not_uploaded_on_the_generic_documents_page(world: World, client: Any) -> None:
    """IMRs and chronologies arrive through dhr.evidence, which versions them."""
    client.force_login(world.users["coordinator"])
    response = upload(client, world, docx_bytes(), kind="imr", agency=world.police)
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    client.force_login(world.users["imr_author"])
    assert upload(client, world, docx_bytes(), kind="imr", agency=world.police).status_code == 403
    assert not ReviewDocument.objects.exists()


def test_the_documents_page_asks_for_no_agency(world: World, client: Any) -> None:
    """None of its kinds belongs to an agency: IMRs and chronologies have their own pages."""
    client.force_login(world.users["coordinator"])
    page = client.get(reverse("reviews:documents", args=[world.review.pk])).content.decode()
    assert 'name="agency"' not in page
    assert "for an IMR or chronology" not in page


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "The submitted file is empty"),
        (b"MZ\x90\x00 not a document", "must be a Word document (.docx) or a PDF"),
        (docx_bytes(macro=True), "contains macros"),
        (b"PK\x03\x04 broken zip", "The file is damaged"),
    ],
)
def test_bad_uploads_are_refused_with_a_clear_message(
    world: World, client: Any, content: bytes, message: str
) -> None:
    client.force_login(world.users["coordinator"])
    response = upload(client, world, content)
    assert message in response.content.decode()
    assert not ReviewDocument.objects.exists()
    assert not AuditRecord.objects.filter(action="document.upload").exists()


def test_publishing_needs_approval_then_confirmation_of_gaps(world: World, client: Any) -> None:
    client.force_login(world.users["coordinator"])
    world.review.stage = Stage.DRAFTING
    world.review.save()
    publish = reverse("publishing:publish", args=[world.review.pk])
    client.post(publish, {"accept_missing": "on"})
    assert not Publication.objects.filter(is_published=True).exists()
    approve_for_publication(world)
    world.review.stage = Stage.APPROVED
    world.review.save()
    client.post(publish, {})
    assert not Publication.objects.filter(is_published=True).exists()
    response = client.post(publish, {"accept_missing": "on"})
    publication = Publication.objects.get(is_published=True)
    assert response["Location"] == reverse("publication:detail", args=[publication.slug])
    world.review.refresh_from_db()
    assert world.review.stage == Stage.PUBLISHED
    page = client.get(reverse("publication:index")).content.decode()
    assert "Louise" in page


def test_withdrawn_review_leaves_the_public_pages(world: World, client: Any) -> None:
    approve_for_publication(world)
    client.force_login(world.users["coordinator"])
    client.post(reverse("publishing:publish", args=[world.review.pk]), {"accept_missing": "on"})
    slug = Publication.objects.get().slug
    client.post(reverse("publishing:withdraw", args=[world.review.pk]), {"reason": ""})
    assert Publication.objects.get().is_published, "a withdrawal needs a reason"
    client.post(reverse("publishing:withdraw", args=[world.review.pk]), {"reason": "Two years on"})
    client.logout()
    assert client.get(reverse("publication:detail", args=[slug])).status_code == 404


def test_publication_checklist_lists_what_the_faq_lacks(world: World, client: Any) -> None:
    # The fixture's chair and panel member hold seats (panel/seats.py); unlinked
    # and removed, the panel is empty again.
    PanelMember.objects.filter(review=world.review).update(membership=None)
    PanelMember.objects.filter(review=world.review).delete()
    client.force_login(world.users["coordinator"])
    page = client.get(reverse("publishing:settings", args=[world.review.pk])).content.decode()
    assert "Panel membership (question 3)" in page
    assert "Distribution list (question 13)" in page


ROLE_SURNAMES = {
    "Coordinator",
    "Cspchair",
    "Independent",
    "Panelmember",
    "Imrauthor",
    "Qareader",
    "Administrator",
}


def test_demo_loads_twice_without_change_and_uses_only_fictional_people(db: Any) -> None:
    load_demo()
    counts = (Review.objects.count(), Publication.objects.count())
    load_demo()
    assert (Review.objects.count(), Publication.objects.count()) == counts
    assert {r.stage for r in Review.objects.all()} >= {
        Stage.NOTIFICATION,
        Stage.EVIDENCE,
        Stage.APPROVED,
        Stage.PUBLISHED,
    }
    assert Publication.objects.filter(is_published=True).count() == 1
    for account in ACCOUNTS:
        assert account.email.endswith("@demo.dhr.test")
        # Surnames are role words, so no demo name can be a real person's.
        assert account.name.split()[-1] in ROLE_SURNAMES


def test_review_title_names_the_term_once(world: World) -> None:
    assert world.review.title == "DHR 2025/01: Louise"
    world.review.reference = "2025/01"
    assert world.review.title == "DHR 2025/01: Louise"
    assert str(world.review) == "DHR 2025/01 (Louise)"
