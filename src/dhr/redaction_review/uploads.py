"""Reports written outside dhr: an uploaded .docx or PDF through the same review.

Many CSPs' chairs write in Word. Their uploaded draft or final report is read
by the redaction engine's own readers (`redaction.documents`: every paragraph,
table cell, text box and footnote, tracked deletions dropped; a scanned PDF is
refused, since there is no text to check) and turned into the same shape as a
report drafted here (`reports.outline.ReportDoc`: a section per heading,
paragraphs and tables as blocks). From there a round is exactly as for a
frozen version: findings, decisions, sign-off, and public files typeset by
`reports.exports` (tagged PDF, clean .docx), never the uploaded file itself,
whose metadata, comments and hidden text are left behind.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import QuerySet

from dhr.redaction import Document, Part
from dhr.redaction.documents import DocumentError, read_document
from dhr.reports import outline
from dhr.reports.models import Report
from dhr.reports.structure import OVERVIEW, SUMMARY
from dhr.reviews.models import DocumentKind, Review, ReviewDocument

# Which report an uploaded document is.
REPORT_OF = {
    DocumentKind.DRAFT_REPORT: OVERVIEW,
    DocumentKind.SUBMITTED_REPORT: OVERVIEW,
    DocumentKind.DRAFT_SUMMARY: SUMMARY,
}
SUFFIX = {
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}
# What a reader of the published report sees; headers, footers, comments and
# document properties are not carried over.
BODY_KINDS = {"paragraph", "text", "textbox", "page", "cell", "footnote", "endnote"}


def reports_uploaded(review: Review) -> QuerySet[ReviewDocument]:
    """The review's uploaded reports that can be checked, newest first."""
    return ReviewDocument.objects.filter(
        review=review, kind__in=list(REPORT_OF), content_type__in=list(SUFFIX)
    )


def check_upload(document: ReviewDocument) -> str:
    """The report kind of an uploaded document that can go through review."""
    kind = REPORT_OF.get(DocumentKind(document.kind))
    if kind is None:
        raise ValidationError(
            "Only a draft or final overview report or executive summary can be "
            "published; this document is an agency's."
        )
    if document.content_type not in SUFFIX:
        raise ValidationError("Only a Word (.docx) or PDF document can be checked.")
    return kind


def read_upload(document: ReviewDocument) -> Document:
    """The engine's reading of the stored file (from any storage, via a temporary
    copy: the readers take a path). The message names no temporary path."""
    suffix = SUFFIX[document.content_type]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"upload{suffix}"
        with document.file.open("rb") as stored:
            path.write_bytes(stored.read())
        try:
            return read_document(path)
        except DocumentError as error:
            raise ValidationError(
                str(error).replace(str(path), "The uploaded file").strip()
            ) from error


def is_heading(part: Part) -> bool:
    style = (part.style or "").lower()
    return part.kind == "paragraph" and style.startswith(("heading", "title"))


def table_block(cells: list[Part]) -> dict[str, Any]:
    rows: dict[int, list[str]] = {}
    for cell in cells:
        rows.setdefault(cell.where[1], []).append(cell.text)
    ordered = [rows[r] for r in sorted(rows)]
    return {"t": "table", "caption": "", "head": ordered[0], "rows": ordered[1:]}


def as_report(document: Document, report: Report) -> outline.ReportDoc:
    """Sections at each heading; paragraphs and tables as blocks, in order."""
    sections: list[dict[str, Any]] = []

    def section(heading: str) -> dict[str, Any]:
        sections.append(
            {"key": f"part-{len(sections) + 1}", "title": heading, "text": "", "blocks": []}
        )
        return sections[-1]

    current = section(report.get_kind_display())
    tables: dict[int, list[Part]] = {}
    for part in document.parts:
        if part.kind not in BODY_KINDS or not part.publish:
            continue
        if is_heading(part):
            current = section(part.text.strip() or report.get_kind_display())
        elif part.kind == "cell":
            table = part.where[0]
            if table not in tables:
                tables[table] = []
                current["blocks"].append({"t": "table-ref", "table": table})
            tables[table].append(part)
        elif part.text.strip():
            current["blocks"].append({"t": "p", "text": part.text})
    for s in sections:
        s["blocks"] = [
            table_block(tables[b["table"]]) if b["t"] == "table-ref" else b for b in s["blocks"]
        ]
    sections = [s for s in sections if s["blocks"] or s is not sections[0]] or sections
    return outline.ReportDoc(
        title=outline.report_title(report),
        csp=report.review.csp.name,
        reference=report.review.full_reference,
        # Never the upload's title or file name: a person may have typed a name there.
        edition="Written outside dhr; anonymised for publication",
        sections=sections,
    )
