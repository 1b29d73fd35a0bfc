"""Receiving IMRs: versions, sign-off, file checks, confidentiality and audit."""

from __future__ import annotations

import datetime
import io
import zipfile
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from conftest import World
from dhr.accounts.models import User
from dhr.audit.models import AuditRecord
from dhr.core.tests.hostile import raw_pdf
from dhr.evidence.models import ImrSubmission, SignOff
from dhr.evidence.services import do_record_sign_off
from dhr.evidence.tests.files import docx_bytes
from dhr.organisations.models import SeniorManager
from dhr.panel.models import ImrRequest
from dhr.reviews.models import Review, ReviewMembership, ReviewRole


def macro_docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx_bytes())) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr("word/vbaProject.bin", b"macro")
    return out.getvalue()


PDF = raw_pdf()


def upload(
    client: Any, world: World, content: bytes, name: str = "imr.docx", agency: Any = None
) -> Any:
    return client.post(
        reverse("evidence:imr_upload", args=[world.review.pk]),
        {
            "agency": (agency or world.police).pk,
            "file": SimpleUploadedFile(name, content),
            "note": "First draft",
        },
    )


def download_url(world: World, submission: ImrSubmission) -> str:
    return reverse("evidence:imr_download", args=[world.review.pk, submission.pk])


def test_imr_author_uploads_versions_of_own_agency_imr(world: World, client: Any) -> None:
    client.force_login(world.users["imr_author"])
    assert upload(client, world, docx_bytes("one")).status_code == 302
    assert upload(client, world, PDF, name="IMR Louise final.pdf").status_code == 302
    first, second = ImrSubmission.objects.order_by("version")
    assert (first.version, second.version) == (1, 2)
    assert second.content_type == "application/pdf"
    assert second.original_name == "IMR Louise final.pdf"
    assert "Louise" not in second.file.name, "stored names never carry the uploaded name"
    assert second.file.name == f"reviews/{world.review.pk}/{second.sha256}"
    assert first.file.read().startswith(b"PK"), "earlier versions are kept"
    assert AuditRecord.objects.filter(action="imr.upload").count() == 2


def test_versions_count_per_agency(world: World, client: Any) -> None:
    client.force_login(world.users["coordinator"])
    upload(client, world, docx_bytes())
    upload(client, world, docx_bytes(), agency=world.health)
    assert sorted(ImrSubmission.objects.values_list("agency__name", "version")) == [
        ("Northshire Health Trust", 1),
        ("Northshire Police", 1),
    ]


def test_imr_author_cannot_upload_for_another_agency(world: World, client: Any) -> None:
    client.force_login(world.users["imr_author"])
    response = upload(client, world, docx_bytes(), agency=world.health)
    assert "Select a valid choice" in response.content.decode()
    assert not ImrSubmission.objects.exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("imr.xlsx", b"Date,Agency\n", "not a type we accept"),
        ("imr.pdf", docx_bytes(), "ends in .pdf"),
        ("imr.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "Remove the password"),
        ("imr.pdf", raw_pdf(catalog=b"/OpenAction << /S /JavaScript /JS (x) >>"), "JavaScript"),
        ("imr.docm", docx_bytes(), "macro-enabled"),
        ("imr.docx", macro_docx(), "contains macros"),
    ],
)
def test_bad_imr_files_are_refused_with_a_clear_message(
    world: World, client: Any, name: str, content: bytes, message: str
) -> None:
    client.force_login(world.users["imr_author"])
    response = upload(client, world, content, name=name)
    assert message in response.content.decode()
    assert not ImrSubmission.objects.exists()
    assert not AuditRecord.objects.filter(action="imr.upload").exists()


def test_oversized_imr_is_refused(world: World, client: Any, settings: Any) -> None:
    settings.DHR_MAX_UPLOAD_BYTES = 1024 * 1024
    client.force_login(world.users["imr_author"])
    response = upload(client, world, PDF + b"0" * (2 * 1024 * 1024), name="imr.pdf")
    assert "must be smaller than 1 MB" in response.content.decode()


def test_sign_off_is_recorded_once_by_the_coordinator_with_the_commissioned_manager(
    world: World, client: Any
) -> None:
    manager = SeniorManager.objects.create(
        agency=world.police, name="Supt Example", job_title="Head of Public Protection"
    )
    SeniorManager.objects.create(agency=world.health, name="Dr Other", job_title="Director")
    ImrRequest.objects.create(
        review=world.review,
        agency=world.police,
        senior_manager=manager,
        senior_manager_name="Supt Example",
        senior_manager_title="Head of Public Protection",
    )
    client.force_login(world.users["imr_author"])
    upload(client, world, docx_bytes())
    submission = ImrSubmission.objects.get()
    client.force_login(world.users["coordinator"])
    url = reverse("evidence:imr_sign_off", args=[world.review.pk, submission.pk])
    form = client.get(url).content.decode()
    assert f'<option value="{manager.pk}" selected>' in form, "the directory's manager is offered"
    assert "Dr Other" not in form, "only this agency's senior managers"
    response = client.post(
        url,
        {
            "senior_manager": manager.pk,
            "signed_off_on_day": "12",
            "signed_off_on_month": "3",
            "signed_off_on_year": "2025",
        },
    )
    assert response.status_code == 302
    sign_off = SignOff.objects.get()
    assert sign_off.signed_off_on == datetime.date(2025, 3, 12)
    assert (sign_off.senior_manager_name, sign_off.senior_manager_title) == (
        "Supt Example",
        "Head of Public Protection",
    )
    assert sign_off.recorded_by == world.users["coordinator"]
    assert AuditRecord.objects.filter(action="imr.sign_off", object_id=str(submission.pk)).exists()
    again = client.post(
        url,
        {
            "senior_manager_name": "Someone Else",
            "senior_manager_title": "x",
            "signed_off_on_day": "13",
            "signed_off_on_month": "3",
            "signed_off_on_year": "2025",
        },
    )
    assert "already been signed off" in again.content.decode()
    assert SignOff.objects.count() == 1
    listing = client.get(reverse("evidence:index", args=[world.review.pk])).content.decode()
    assert "Signed off" in listing and "Supt Example" in listing


def test_someone_else_needs_a_name_and_title(world: World, client: Any) -> None:
    client.force_login(world.users["imr_author"])
    upload(client, world, docx_bytes())
    submission = ImrSubmission.objects.get()
    client.force_login(world.users["coordinator"])
    response = client.post(
        reverse("evidence:imr_sign_off", args=[world.review.pk, submission.pk]),
        {"signed_off_on_day": "1", "signed_off_on_month": "3", "signed_off_on_year": "2025"},
    )
    page = response.content.decode()
    assert "enter the name of the one who signed it off" in page
    assert "Enter the senior manager&#x27;s job title" in page
    assert not SignOff.objects.exists()


def test_the_imr_author_cannot_record_the_sign_off_of_their_own_imr(
    world: World, client: Any
) -> None:
    """Issue 10, finding 12: sign-off is the senior manager's, never the author's."""
    client.force_login(world.users["imr_author"])
    upload(client, world, docx_bytes())
    submission = ImrSubmission.objects.get()
    url = reverse("evidence:imr_sign_off", args=[world.review.pk, submission.pk])
    assert client.get(url).status_code == 403
    response = client.post(
        url,
        {
            "senior_manager_name": "Supt Example",
            "senior_manager_title": "Head of Public Protection",
            "signed_off_on_day": "12",
            "signed_off_on_month": "3",
            "signed_off_on_year": "2025",
        },
    )
    assert response.status_code == 403
    assert not SignOff.objects.exists()
    assert not AuditRecord.objects.filter(action="imr.sign_off").exists()
    listing = client.get(reverse("evidence:index", args=[world.review.pk])).content.decode()
    assert url not in listing, "no sign-off link on the author's page"
    # The service refuses too, whatever calls it.
    with pytest.raises(PermissionDenied):
        do_record_sign_off(
            world.users["imr_author"], submission, "A", "B", datetime.date(2025, 3, 12)
        )
    assert not SignOff.objects.exists()


def test_sign_off_cannot_be_dated_in_the_future(world: World, client: Any) -> None:
    client.force_login(world.users["imr_author"])
    upload(client, world, docx_bytes())
    submission = ImrSubmission.objects.get()
    client.force_login(world.users["coordinator"])
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    response = client.post(
        reverse("evidence:imr_sign_off", args=[world.review.pk, submission.pk]),
        {
            "senior_manager_name": "A",
            "senior_manager_title": "B",
            "signed_off_on_day": tomorrow.day,
            "signed_off_on_month": tomorrow.month,
            "signed_off_on_year": tomorrow.year,
        },
    )
    assert "Date of sign-off must be today or in the past" in response.content.decode()
    assert not SignOff.objects.exists()


@pytest.fixture
def police_imr(world: World, client: Any) -> ImrSubmission:
    client.force_login(world.users["imr_author"])
    upload(client, world, docx_bytes("Police IMR"))
    client.logout()
    return ImrSubmission.objects.get()


def second_imr_author(world: World, agency: Any, review: Review | None = None) -> User:
    user = User.objects.create_user(f"author{agency.pk}@x.test", None, full_name="Another author")
    ReviewMembership.objects.create(
        review=review or world.review, user=user, role=ReviewRole.IMR_AUTHOR, agency=agency
    )
    return user


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("imr_author", 200),  # the police IMR author: own agency
        ("independent_chair", 200),
        ("coordinator", 200),
        ("panel_member", 200),
        ("csp_chair", 200),
        ("home_office_qa", 403),
        ("administrator", 403),
        ("other_csp_coordinator", 403),
    ],
)
def test_who_may_download_an_imr(
    world: World, client: Any, police_imr: ImrSubmission, role: str, status: int
) -> None:
    client.force_login(world.users[role])
    response = client.get(download_url(world, police_imr))
    assert response.status_code == status
    reads = AuditRecord.objects.filter(action="imr.download", object_id=str(police_imr.pk))
    assert reads.count() == (1 if status == 200 else 0)
    if status == 200:
        assert response["Cache-Control"] == "no-store"
        assert b"".join(response.streaming_content).startswith(b"PK")
        assert reads.get().actor == world.users[role]


def test_other_agencys_imr_author_is_refused(
    world: World, client: Any, police_imr: ImrSubmission
) -> None:
    client.force_login(second_imr_author(world, world.health))
    assert client.get(download_url(world, police_imr)).status_code == 403
    listing = client.get(reverse("evidence:index", args=[world.review.pk])).content.decode()
    assert "Northshire Police" not in listing
    assert not AuditRecord.objects.filter(action="imr.download").exists()


def test_imr_author_of_another_review_is_refused(
    world: World, client: Any, police_imr: ImrSubmission
) -> None:
    other = Review.objects.create(
        csp=world.csp,
        reference="2025/09",
        victim_pseudonym="X",
        notified_on=world.review.notified_on,
    )
    client.force_login(second_imr_author(world, world.police, review=other))
    assert client.get(download_url(world, police_imr)).status_code == 403
    # Nor through the other review's URL: the object belongs to this review.
    url = reverse("evidence:imr_download", args=[other.pk, police_imr.pk])
    assert client.get(url).status_code == 404


def test_anonymous_is_sent_to_sign_in(world: World, client: Any, police_imr: ImrSubmission) -> None:
    response = client.get(download_url(world, police_imr))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_imr_author_cannot_sign_off_another_agencys_imr(world: World, client: Any) -> None:
    client.force_login(world.users["coordinator"])
    upload(client, world, docx_bytes(), agency=world.health)
    submission = ImrSubmission.objects.get()
    client.force_login(world.users["imr_author"])
    url = reverse("evidence:imr_sign_off", args=[world.review.pk, submission.pk])
    assert client.post(url, {"senior_manager_name": "x"}).status_code == 403
    assert not SignOff.objects.exists(), "a refused sign-off saves nothing"
    assert not AuditRecord.objects.filter(action__contains="sign").exists()
    client.force_login(world.users["panel_member"])
    assert client.get(url).status_code == 403, "panel members read IMRs but do not sign them off"


def test_first_imr_marks_the_agencys_request_received(world: World, client: Any) -> None:
    request = ImrRequest.objects.create(
        review=world.review,
        agency=world.police,
        senior_manager_name="Supt Example",
        letter_sent_on=datetime.date(2025, 2, 1),
        due_on=datetime.date(2025, 3, 1),
    )
    client.force_login(world.users["imr_author"])
    upload(client, world, docx_bytes())
    request.refresh_from_db()
    assert request.received_on == datetime.date.today()
    record = AuditRecord.objects.get(action="imr.upload")
    assert record.detail["request_marked_received"] is True
    request.received_on = datetime.date(2025, 2, 20)
    request.save()
    upload(client, world, docx_bytes("v2"))
    request.refresh_from_db()
    assert request.received_on == datetime.date(2025, 2, 20), "a later version changes nothing"


def test_review_page_links_to_agency_material_only_for_those_who_see_it(
    world: World, client: Any
) -> None:
    link = reverse("evidence:index", args=[world.review.pk])
    client.force_login(world.users["imr_author"])
    assert link in client.get(reverse("reviews:detail", args=[world.review.pk])).content.decode()
    client.force_login(world.users["home_office_qa"])
    page = client.get(reverse("reviews:detail", args=[world.review.pk]))
    assert page.status_code == 200 and link not in page.content.decode()


def test_viewing_the_list_of_agency_material_is_audited(world: World, client: Any) -> None:
    client.force_login(world.users["csp_chair"])
    assert client.get(reverse("evidence:index", args=[world.review.pk])).status_code == 200
    record = AuditRecord.objects.get(action="evidence.view")
    assert record.actor == world.users["csp_chair"] and record.review == world.review
