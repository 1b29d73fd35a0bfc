"""Redaction review before publication: decisions, missed strings, warnings,
two different people's sign-off, and public files that are checked before
anything of them is served (issue 12)."""

from __future__ import annotations

import io
import tempfile
import zipfile
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from dhr.audit.models import AuditRecord
from dhr.people.models import RegisterTerm, RegisterTermKind
from dhr.publication import leak_scan
from dhr.publication.services import publication_for, publish_problems
from dhr.redaction_review import services
from dhr.redaction_review.models import FilesStatus, RedactionRound, RoundStatus
from dhr.reports import services as reports
from dhr.reports.structure import SUMMARY
from dhr.reports.tests.conftest import REAL_NAMES, Drafted, _tasks_run_at_once, drafted

__all__ = ["_tasks_run_at_once", "drafted"]  # fixtures, shared with the drafting tests

SUMMARY_TEXT = (
    "Marie Doyle lived in Northshire with Gareth Pollard. Mimi worked at the Brambleford "
    "Arms and volunteered at bellwood food bank. On 3 March 2023 her sister called the "
    "police from Elm Road."
)


@pytest.fixture
def frozen(drafted: Drafted) -> Drafted:
    """The executive summary written and frozen (the overview report is never
    frozen here, so only the summary is this check's)."""
    chair = drafted.world.users["independent_chair"]
    reports.do_save_section(chair, drafted.summary, "introduction", SUMMARY_TEXT)
    reports.do_freeze(chair, drafted.summary, "For publication")
    return drafted


def start(d: Drafted, who: str = "coordinator") -> RedactionRound:
    round = services.do_start_round(d.world.users[who], d.world.review, SUMMARY)
    round.refresh_from_db()
    return round


def finding(round: RedactionRound, text: str) -> dict[str, Any]:
    return next(f for f in round.findings if f["text"] == text)


def released_text(round: RedactionRound) -> str:
    return "\n".join(services.slot_texts(services.released_doc(round)))


def signed_off(d: Drafted, round: RedactionRound) -> RedactionRound:
    for w in round.warnings:
        services.do_decide_warning(
            d.world.users["coordinator"], round, w["id"], True, "Public in the court record."
        )
    services.do_sign_off(d.world.users["coordinator"], round)
    services.do_sign_off(d.world.users["independent_chair"], round)
    round.refresh_from_db()
    return round


def test_a_round_needs_a_frozen_version(drafted: Drafted) -> None:
    with pytest.raises(ValidationError, match="Freeze a version"):
        services.do_start_round(drafted.world.users["coordinator"], drafted.world.review, SUMMARY)
    assert not RedactionRound.objects.exists()


def test_the_engine_finds_every_registered_name_and_says_how_it_would_replace_it(
    frozen: Drafted,
) -> None:
    round = start(frozen)
    assert round.status == RoundStatus.OPEN
    texts = {f["text"]: f for f in round.findings}
    assert texts["Marie Doyle"]["replacement"] == "Louise"
    assert texts["Gareth Pollard"]["replacement"] == "Adult B"
    assert texts["Mimi"]["source"] == "register"
    out = released_text(round)
    assert "Louise lived" in out
    for name in REAL_NAMES:
        assert name not in out


def test_publishing_a_finding_as_it_is_needs_a_reason_and_is_applied(frozen: Drafted) -> None:
    round = start(frozen)
    coordinator = frozen.world.users["coordinator"]
    place = finding(round, "Northshire")
    with pytest.raises(ValidationError, match="Say why"):
        services.do_decide(coordinator, round, place["id"], False, "  ")
    services.do_decide(coordinator, round, place["id"], False, "A county, not a place to find.")
    assert place["text"] in released_text(round)
    record = AuditRecord.objects.filter(action="redaction.decide").get()
    assert place["text"] not in record.summary + str(record.detail)


def test_a_registered_name_cannot_be_published_as_it_is(frozen: Drafted) -> None:
    round = start(frozen)
    mimi = finding(round, "Mimi")
    with pytest.raises(ValidationError, match="always redacted"):
        services.do_decide(frozen.world.users["coordinator"], round, mimi["id"], False, "Why not")
    assert not round.decisions.exists()


def test_a_missed_string_joins_the_register_and_the_round_starts_again_keeping_decisions(
    frozen: Drafted,
) -> None:
    round = start(frozen)
    coordinator = frozen.world.users["coordinator"]
    place = finding(round, "Northshire")
    services.do_decide(coordinator, round, place["id"], False, "A county.")
    assert "bellwood food bank" in released_text(round)

    new = services.do_add_missed(
        coordinator, round, "bellwood  food bank", RegisterTermKind.INSTITUTION, None
    )
    new.refresh_from_db()
    round.refresh_from_db()
    assert round.status == RoundStatus.SUPERSEDED
    assert new.status == RoundStatus.OPEN
    assert RegisterTerm.objects.get(review=frozen.world.review).text == "bellwood food bank"
    assert "bellwood" not in released_text(new)
    assert "Northshire" in released_text(new)
    kept = new.decisions.get()
    assert finding(new, place["text"])["id"] == kept.finding and kept.redact is False
    record = AuditRecord.objects.filter(action="redaction.missed").get()
    assert "bellwood" not in record.summary + str(record.detail)


def test_a_missed_string_already_in_the_register_is_refused(frozen: Drafted) -> None:
    round = start(frozen)
    with pytest.raises(ValidationError) as raised:
        services.do_add_missed(
            frozen.world.users["coordinator"], round, "mimi", RegisterTermKind.PLACE, None
        )
    assert "already in the review's register" in str(raised.value)
    assert RedactionRound.objects.count() == 1


def test_a_missed_nickname_becomes_an_alias_of_the_person(frozen: Drafted) -> None:
    round = start(frozen)
    services.do_add_missed(
        frozen.world.users["coordinator"], round, "Garry", "", frozen.perpetrator
    )
    frozen.perpetrator.refresh_from_db()
    assert frozen.perpetrator.alias_list == ["Garry"]


def test_every_warning_needs_a_decision_before_sign_off(frozen: Drafted) -> None:
    round = start(frozen)
    # Elm Road is redacted as an address; the exact date is left for a person.
    kinds = {w["kind"] for w in round.warnings}
    assert "exact_date" in kinds and "street" not in kinds
    with pytest.raises(ValidationError, match="every detail that could identify"):
        services.do_sign_off(frozen.world.users["coordinator"], round)
    assert not round.sign_offs.exists()


def test_the_second_sign_off_must_be_someone_else(frozen: Drafted) -> None:
    round = start(frozen)
    coordinator = frozen.world.users["coordinator"]
    for w in round.warnings:
        services.do_decide_warning(coordinator, round, w["id"], True, "Reported at the trial.")
    services.do_sign_off(coordinator, round)
    with pytest.raises(ValidationError, match="must be someone else"):
        services.do_sign_off(coordinator, round)
    round.refresh_from_db()
    assert round.status == RoundStatus.OPEN and round.sign_offs.count() == 1
    assert "1 so far" in " ".join(publish_problems(frozen.world.review))


def test_a_change_after_a_sign_off_clears_it(frozen: Drafted) -> None:
    round = start(frozen)
    coordinator = frozen.world.users["coordinator"]
    for w in round.warnings:
        services.do_decide_warning(coordinator, round, w["id"], True, "Reported at the trial.")
    services.do_sign_off(coordinator, round)
    place = next(f for f in round.findings if f["source"] != "register")
    services.do_decide(coordinator, round, place["id"], False, "A county.")
    assert not round.sign_offs.exists()


def all_text_of_docx(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return " ".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())


def test_two_sign_offs_release_files_that_hold_no_removed_string(frozen: Drafted) -> None:
    round = signed_off(frozen, start(frozen))
    assert round.status == RoundStatus.SIGNED_OFF
    assert round.files_status == FilesStatus.CLEAN, round.files_message
    files = {f.kind: f.file.read() for f in round.files.all()}
    assert set(files) == {"pdf", "docx"}
    removed = [*REAL_NAMES, "Kettleworth"]
    assert leak_scan.scan_pdf(files["pdf"], removed) == []
    assert leak_scan.scan_docx(files["docx"], removed) == []
    assert "Louise" in all_text_of_docx(files["docx"])
    assert services.release_problems(frozen.world.review) == []


def test_a_file_with_a_removed_name_is_blocked_and_the_message_does_not_repeat_it(
    frozen: Drafted, monkeypatch: Any
) -> None:
    real_write = services.write_files

    def leaky(round: RedactionRound) -> Any:
        doc, files = real_write(round)
        from dhr.reports import exports

        doc.sections[0]["text"] += "\n\nGareth Pollard"
        return doc, {"pdf": exports.to_pdf(doc), "docx": files["docx"]}

    monkeypatch.setattr(services, "write_files", leaky)
    round = signed_off(frozen, start(frozen))
    assert round.files_status == FilesStatus.BLOCKED
    assert "PDF" in round.files_message and "Gareth" not in round.files_message
    assert not round.files.exists()
    problems = " ".join(publish_problems(frozen.world.review))
    assert "failed the check" in problems


def test_publication_waits_for_the_released_report(frozen: Drafted) -> None:
    problems = " ".join(publish_problems(frozen.world.review))
    assert "has not been through redaction review" in problems


def test_the_round_page_is_for_the_coordinator_and_chair_only(
    frozen: Drafted, client_for: Any
) -> None:
    round = start(frozen)
    url = reverse("redaction_review:round", args=[frozen.world.review.pk, round.pk])
    page = client_for("independent_chair").get(url)
    assert page.status_code == 200
    assert "Marie Doyle" in page.content.decode()  # the reviewers see what was found
    read = AuditRecord.objects.filter(action="report.view").latest("pk")
    assert read.actor == frozen.world.users["independent_chair"] and "redaction" in read.summary
    for role in ["panel_member", "imr_author", "home_office_qa", "csp_chair"]:
        assert client_for(role).get(url).status_code == 403, role


def test_the_decision_form_refuses_a_bare_rejection_and_saves_nothing(
    frozen: Drafted, client_for: Any
) -> None:
    round = start(frozen)
    place = next(f for f in round.findings if f["source"] != "register")
    url = reverse("redaction_review:decide", args=[frozen.world.review.pk, round.pk, place["id"]])
    response = client_for("coordinator").post(url, {"redact": "no", "reason": ""})
    assert response.status_code == 200
    assert "Say why this should be published as it is" in response.content.decode()
    assert not round.decisions.exists()


def test_the_public_page_carries_the_released_summary_and_its_files(
    frozen: Drafted, client: Any
) -> None:
    signed_off(frozen, start(frozen))
    publication = publication_for(frozen.world.review)
    publication.is_published = True
    publication.save()
    page = client.get(reverse("publication:detail", args=[publication.slug])).content.decode()
    assert "Executive summary" in page and "Louise lived in" in page
    for name in REAL_NAMES:
        assert name not in page
    url = "publication:report_pdf"
    pdf = client.get(reverse(url, args=[publication.slug, "executive-summary"]))
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    body = b"".join(pdf.streaming_content)
    assert leak_scan.scan_pdf(body, REAL_NAMES) == []
    missing = client.get(reverse(url, args=[publication.slug, "overview-report"]))
    assert missing.status_code == 404


def test_the_library_searches_the_released_text_and_never_the_draft(
    frozen: Drafted, django_capture_on_commit_callbacks: Any
) -> None:
    from dhr.library import search

    publication = publication_for(frozen.world.review)
    publication.is_published = True
    with django_capture_on_commit_callbacks(execute=True):
        publication.save()
    assert search.search("bellwood", {}, []).total == 0
    with django_capture_on_commit_callbacks(execute=True):
        signed_off(frozen, start(frozen))
    found = search.search("bellwood", {}, [])
    assert found.total == 1 and found.hits[0].entry.publication_id == publication.pk
    assert search.search("Doyle", {}, []).total == 0  # the draft's real name
    assert search.search("Louise", {}, []).total == 1


def upload(d: Drafted, data: bytes, kind: str = "draft_summary", pdf: bool = False) -> Any:
    import hashlib

    from django.core.files.base import ContentFile

    from dhr.reviews.models import ReviewDocument

    document = ReviewDocument(
        review=d.world.review,
        kind=kind,
        title="Final summary from the chair",
        original_name="summary.pdf" if pdf else "summary.docx",
        content_type="application/pdf"
        if pdf
        else "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        uploaded_by=d.world.users["independent_chair"],
    )
    document.file.save("x", ContentFile(data), save=False)
    document.save()
    return document


def written_in_word() -> bytes:
    from docx import Document

    word = Document()
    word.core_properties.author = "Marie Doyle's sister"
    word.add_heading("Introduction", level=1)
    word.add_paragraph("The panel offers its condolences to the family of Marie Doyle.")
    word.add_heading("Agencies", level=1)
    table = word.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Agency", "Contact"
    table.cell(1, 0).text, table.cell(1, 1).text = "Police", "Gareth Pollard was arrested."
    word.add_paragraph("Mimi volunteered at bellwood food bank.")
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def test_a_report_written_in_word_goes_through_the_same_review(
    drafted: Drafted, client: Any
) -> None:
    document = upload(drafted, written_in_word())
    round = services.do_start_upload_round(drafted.world.users["coordinator"], document)
    round.refresh_from_db()
    assert round.status == RoundStatus.OPEN, round.message
    doc = services.released_doc(round)
    assert [s["title"] for s in doc.sections] == ["Introduction", "Agencies"]
    assert doc.sections[1]["blocks"][0]["t"] == "table"
    text = released_text(round)
    assert "Louise" in text and "Adult B was arrested" in text
    for name in REAL_NAMES:
        assert name not in text
    round = signed_off(drafted, round)
    assert round.files_status == FilesStatus.CLEAN, round.files_message
    for released in round.files.all():
        data = released.file.read()
        assert leak_scan.scan_file(released.kind, data, REAL_NAMES) == []
    assert services.release_problems(drafted.world.review) == []
    publication = publication_for(drafted.world.review)
    publication.is_published = True
    publication.save()
    page = client.get(reverse("publication:detail", args=[publication.slug])).content.decode()
    assert "Adult B was arrested" in page and "Gareth" not in page


def test_an_agencys_document_cannot_be_published(drafted: Drafted) -> None:
    document = upload(drafted, written_in_word(), kind="submitted_report")
    document.kind = "chronology"
    with pytest.raises(ValidationError, match="an agency's"):
        services.do_start_upload_round(drafted.world.users["coordinator"], document)


def test_an_unreadable_upload_stops_the_round_with_a_reason_and_no_path(drafted: Drafted) -> None:
    document = upload(drafted, b"%PDF-1.7\nnot really a PDF", pdf=True)
    round = services.do_start_upload_round(drafted.world.users["coordinator"], document)
    round.refresh_from_db()
    assert round.status == RoundStatus.FAILED
    assert round.message.startswith("The uploaded file")
    assert "upload.pdf" not in round.message and tempfile.gettempdir() not in round.message
