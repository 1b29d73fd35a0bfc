"""Access rows for redaction review (dhr.redaction_review) and the released reports.

A round's findings are real names: only those with `Can.REDACT` (the
coordinator and the independent chair) may see or change one.
"""

from __future__ import annotations

from typing import Any

from django.core.files.base import ContentFile

from conftest import World
from dhr.redaction_review.models import FilesStatus, RedactionRound, ReleasedFile, RoundStatus
from dhr.reports import services as reports
from dhr.reports.structure import SUMMARY
from dhr.reviews.models import DocumentKind
from tests.matrix import EDITORS, EVERYONE, Row, document, published_slug, review_kwargs

FINDING = {
    "id": 0,
    "slot": 0,
    "start": 0,
    "end": 5,
    "label": "PERSON",
    "text": "Marie",
    "source": "ner",
    "confidence": 0.9,
    "reason": "",
    "replacement": "Louise",
}
WARNING = {"id": 0, "slot": 0, "kind": "street", "excerpt": "Elm Road", "why": "A street."}


def a_round(w: World, **fields: Any) -> RedactionRound:
    report = reports.report_for(w.review, SUMMARY)
    chair = w.users["independent_chair"]
    reports.do_save_section(chair, report, "introduction", "Marie lived on Elm Road.")
    version = reports.do_freeze(chair, report)
    values: dict[str, Any] = {
        "status": RoundStatus.OPEN,
        "findings": [FINDING],
        "warnings": [WARNING],
        **fields,
    }
    return RedactionRound.objects.create(
        review=w.review, report=report, version=version, created_by=w.users["coordinator"], **values
    )


def round_kwargs(w: World) -> dict[str, Any]:
    return {"review_id": w.review.pk, "round_id": a_round(w).pk}


def finding_kwargs(w: World) -> dict[str, Any]:
    return {**round_kwargs(w), "finding_id": 0}


def warning_kwargs(w: World) -> dict[str, Any]:
    return {**round_kwargs(w), "warning_id": 0}


def start_kwargs(w: World) -> dict[str, Any]:
    return {"review_id": w.review.pk, "kind": SUMMARY}


def upload_kwargs(w: World) -> dict[str, Any]:
    return {
        "review_id": w.review.pk,
        "document_id": document(w, None, DocumentKind.DRAFT_SUMMARY).pk,
    }


def released_kwargs(w: World) -> dict[str, Any]:
    """Published, with a released executive summary and its files."""
    kwargs = published_slug(w)
    round = a_round(
        w,
        status=RoundStatus.SIGNED_OFF,
        files_status=FilesStatus.CLEAN,
        released={"title": "Summary", "sections": []},
    )
    for kind in ("pdf", "docx"):
        released = ReleasedFile(round=round, kind=kind, digest="0" * 64, size=9)
        released.file.save(f"x.{kind}", ContentFile(b"%PDF-1.7\n"), save=False)
        released.save()
    return {**kwargs, "kind": "executive-summary"}


ROWS: dict[str, Row] = {
    "redaction_review:index": Row(review_kwargs, EDITORS),
    "redaction_review:start": Row(start_kwargs, EDITORS, method="post", ok=302),
    "redaction_review:start_upload": Row(upload_kwargs, EDITORS, method="post", ok=302),
    "redaction_review:round": Row(round_kwargs, EDITORS),
    "redaction_review:decide": Row(finding_kwargs, EDITORS),
    "redaction_review:warning": Row(warning_kwargs, EDITORS),
    "redaction_review:missed": Row(round_kwargs, EDITORS),
    "redaction_review:sign_off": Row(round_kwargs, EDITORS, method="post", ok=302),
    "publication:report": Row(released_kwargs, EVERYONE, public=True),
    "publication:report_pdf": Row(released_kwargs, EVERYONE, public=True),
    "publication:report_docx": Row(released_kwargs, EVERYONE, public=True),
}
