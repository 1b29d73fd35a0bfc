"""Access rows for drafting the overview report and executive summary (dhr.reports)."""

from __future__ import annotations

from typing import Any

from django.core.files.base import ContentFile

from conftest import World
from dhr.reports import services
from dhr.reports.models import ReportExport, SectionComment
from dhr.reports.structure import OVERVIEW
from tests.matrix import EDITORS, Row, review_kwargs

DRAFTERS = {"coordinator", "csp_chair", "independent_chair", "panel_member"}
COMMENTERS = {"coordinator", "independent_chair", "panel_member"}
CHAIR = {"independent_chair"}


def kind_kwargs(w: World) -> dict[str, Any]:
    return {"review_id": w.review.pk, "kind": OVERVIEW}


def section_kwargs(w: World) -> dict[str, Any]:
    return {**kind_kwargs(w), "key": "introduction"}


def summary_section_kwargs(w: World) -> dict[str, Any]:
    return {"review_id": w.review.pk, "kind": "summary", "key": "introduction"}


def version_kwargs(w: World) -> dict[str, Any]:
    report = services.report_for(w.review, OVERVIEW)
    chair = w.users["independent_chair"]
    services.do_save_section(chair, report, "introduction", "Condolences.")
    version = services.do_freeze(chair, report)
    return {**kind_kwargs(w), "number": version.number}


def comment_kwargs(w: World) -> dict[str, Any]:
    report = services.report_for(w.review, OVERVIEW)
    comment = SectionComment.objects.create(
        report=report, key="introduction", author=w.users["panel_member"], text="More, please."
    )
    return {**kind_kwargs(w), "comment_id": comment.pk}


def export_kwargs(w: World) -> dict[str, Any]:
    export = ReportExport(
        report=services.report_for(w.review, OVERVIEW),
        format="pdf",
        token="t" * 32,
        requested_by=w.users["coordinator"],
        status="done",
    )
    export.save()
    export.file.save("x", ContentFile(b"%PDF-1.7\n"), save=True)
    return {"review_id": w.review.pk, "export_id": export.pk}


ROWS: dict[str, Row] = {
    "reports:index": Row(review_kwargs, DRAFTERS),
    "reports:checklist": Row(review_kwargs, DRAFTERS),
    "reports:submitted": Row(review_kwargs, DRAFTERS | {"home_office_qa"}),
    "reports:document": Row(kind_kwargs, DRAFTERS),
    "reports:section": Row(section_kwargs, DRAFTERS),
    "reports:section_pull": Row(summary_section_kwargs, EDITORS, method="post", ok=302),
    "reports:comment": Row(section_kwargs, COMMENTERS, method="post"),
    "reports:dismiss": Row(section_kwargs, EDITORS, method="post", ok=302),
    "reports:comment_resolve": Row(comment_kwargs, CHAIR, method="post", ok=302),
    "reports:versions": Row(kind_kwargs, DRAFTERS),
    "reports:freeze": Row(kind_kwargs, CHAIR, method="post", ok=302),
    "reports:compare": Row(kind_kwargs, DRAFTERS),
    # The world's review is past submission: its latest frozen version is the one submitted.
    "reports:version": Row(version_kwargs, DRAFTERS | {"home_office_qa"}),
    "reports:family_comment": Row(version_kwargs, EDITORS, method="post"),
    "reports:export": Row(kind_kwargs, DRAFTERS, method="post", ok=302),
    "reports:export_status": Row(export_kwargs, DRAFTERS),
    "reports:export_download": Row(export_kwargs, DRAFTERS),
}
