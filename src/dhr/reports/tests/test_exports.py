"""Exports: anonymised through the redaction engine, with nothing of a real name left anywhere."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

import pdfplumber
import pypdf
import pytest
from django.core.management import call_command
from django.urls import reverse
from docx import Document

from dhr.audit.models import AuditRecord
from dhr.reports import services
from dhr.reports.models import ExportStatus, ReportExport
from dhr.reports.tests.conftest import REAL_NAMES, Drafted

pytestmark = pytest.mark.slow


def docx_parts_text(content: bytes) -> str:
    """Every part of the .docx package, as text: document, headers, footers, properties…"""
    with zipfile.ZipFile(io.BytesIO(content)) as package:
        return "\n".join(
            package.read(name).decode("utf-8", "replace") for name in package.namelist()
        )


def pdf_all_text(content: bytes) -> str:
    """The text of every page, and every object's decompressed stream and strings."""
    reader = pypdf.PdfReader(io.BytesIO(content))
    chunks = [page.extract_text() or "" for page in reader.pages]
    for number in range(1, len(reader.xref_objStm) + 2000):
        try:
            obj = reader.get_object(number)
        except Exception:  # noqa: S112 - missing object numbers are expected
            continue
        if obj is None:
            continue
        try:
            data = obj.get_data()  # type: ignore[attr-defined]
            chunks.append(data.decode("latin-1"))
        except Exception:
            chunks.append(str(obj))
    chunks.append(str(reader.metadata))
    return "\n".join(chunks)


def names_in(text: str) -> list[str]:
    return [n for n in REAL_NAMES if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text, re.I)]


def test_redacted_docx_has_no_registered_name_in_any_part(drafted: Drafted) -> None:
    content = services.produce(drafted.overview, None, "docx", panel=False)
    assert names_in(docx_parts_text(content)) == []
    document = Document(io.BytesIO(content))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Louise" in text and "Adult B" in text
    headings = [p.text for p in document.paragraphs if str(p.style.name).startswith("Heading")]  # type: ignore[union-attr]
    assert "1. Introduction and condolences" in headings
    assert "14. Appendix B: Action plan" in headings
    assert "Term of reference 1" in headings
    xml = docx_parts_text(content)
    assert "TOC \\o" in xml and "PAGE" in xml and 'w:tblHeader w:val="true"' in xml
    assert re.search(r'<wp:docPr [^>]*descr="Family and household diagram', xml)
    appendix_b = document.tables[-1]
    assert appendix_b.rows[0].cells[1].text == "Action"
    assert appendix_b.rows[1].cells[1].text == "Add routine enquiry to the call script"


def test_panel_docx_keeps_the_real_names(drafted: Drafted) -> None:
    content = services.produce(drafted.overview, None, "docx", panel=True)
    assert "Gareth Pollard" in docx_parts_text(content)


def test_redacted_pdf_is_tagged_and_has_no_registered_name(drafted: Drafted) -> None:
    version = services.do_freeze(drafted.world.users["independent_chair"], drafted.overview)
    content = services.produce(drafted.overview, version, "pdf", panel=False)
    assert names_in(pdf_all_text(content)) == []
    reader = pypdf.PdfReader(io.BytesIO(content))
    root: Any = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"] and "/StructTreeRoot" in root
    assert str(root["/Lang"]).lower().startswith("en")
    assert reader.metadata is not None and "overview report" in (reader.metadata.title or "")
    with pdfplumber.open(io.BytesIO(content)) as pdf:
        first = pdf.pages[0].extract_text()
        assert "Contents" in first and re.search(r"Appendix B: Action plan\.*\s*\d+", first)
        last = pdf.pages[-1].extract_text()
        assert f"Page {len(pdf.pages)} of {len(pdf.pages)}" in last


def test_export_runs_in_the_background_and_is_downloaded_with_a_record(
    drafted: Drafted, client: Any
) -> None:
    review = drafted.world.review
    client.force_login(drafted.world.users["csp_chair"])
    response = client.post(
        reverse("reports:export", args=[review.pk, "overview"]),
        {"format": "docx", "copy": "redacted"},
    )
    export = ReportExport.objects.get()
    assert response["Location"] == reverse("reports:export_status", args=[review.pk, export.pk])
    assert export.status == ExportStatus.DONE, export.message
    assert export.done == export.total == 100
    page = client.get(response["Location"]).content.decode()
    assert "Ready" in page
    download = client.get(reverse("reports:export_download", args=[review.pk, export.pk]))
    content = b"".join(download.streaming_content)
    assert names_in(docx_parts_text(content)) == []
    assert download["Content-Disposition"].endswith('anonymised.docx"')
    assert AuditRecord.objects.filter(action="report.download").count() == 1


def test_an_export_cut_off_by_a_dead_worker_completes_when_its_job_runs_again(
    drafted: Drafted,
) -> None:
    """The worker died mid-way: the row says running, with no file. The job
    recovery puts the task back in the queue; running it again finishes it."""
    export = services.do_request_export(
        drafted.world.users["csp_chair"], drafted.overview, None, "pdf", panel=False
    )
    ReportExport.objects.filter(pk=export.pk).update(
        status=ExportStatus.RUNNING, done=40, step="anonymising", file="", size=0
    )
    services.run_export(export.pk)
    export.refresh_from_db()
    assert export.status == ExportStatus.DONE, export.message
    assert export.file and export.size
    assert names_in(pdf_all_text(export.file.read())) == []
    services.run_export(export.pk)  # a finished export is never redone
    finished_at = export.finished_at
    export.refresh_from_db()
    assert export.finished_at == finished_at


def test_cli_writes_the_redacted_version_and_audits_the_panel_copy(
    drafted: Drafted, tmp_path: Path
) -> None:
    out = tmp_path / "summary.docx"
    services.do_save_section(
        drafted.world.users["independent_chair"],
        drafted.summary,
        "key_events",
        "Gareth Pollard was arrested twice; Marie Doyle called the police in 2023.",
    )
    call_command(
        "report",
        "export",
        "DHR 2025/01",
        "--document",
        "summary",
        "--format",
        "docx",
        "--out",
        str(out),
    )
    assert names_in(docx_parts_text(out.read_bytes())) == []
    assert not AuditRecord.objects.filter(action="report.export_panel").exists()
    panel = tmp_path / "panel.docx"
    call_command(
        "report",
        "export",
        "DHR 2025/01",
        "--document",
        "summary",
        "--format",
        "docx",
        "--out",
        str(panel),
        "--panel",
    )
    assert "Gareth Pollard" in docx_parts_text(panel.read_bytes())
    assert AuditRecord.objects.filter(action="report.export_panel").count() == 1


def test_cli_action_plan_pdf(drafted: Drafted, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    call_command("report", "export", "DHR 2025/01", "--document", "action-plan", "--out", str(out))
    with pdfplumber.open(out) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    assert "Add routine" in text and "Appendix B" in text
