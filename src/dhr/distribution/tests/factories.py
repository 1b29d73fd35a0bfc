"""Frozen, exported documents to send, for the distribution tests and the access matrix."""

from __future__ import annotations

import secrets
from typing import Any

from django.core.files.base import ContentFile
from django.utils import timezone

from dhr.distribution import services
from dhr.distribution.models import Category, Method
from dhr.publication.models import DistributionRecipient
from dhr.reports.models import ExportStatus, ReportExport
from dhr.reports.services import do_freeze, do_save_section, report_for
from dhr.reports.structure import OVERVIEW


def frozen_export(
    review: Any, actor: Any, kind: str = OVERVIEW, fmt: str = "pdf", content: bytes = b""
) -> ReportExport:
    report = report_for(review, kind)
    # A real frozen version (every section), as the report's own pages expect.
    do_save_section(actor, report, "introduction", f"Condolences ({secrets.token_hex(4)}).")
    version = do_freeze(actor, report)
    number = version.number
    export = ReportExport.objects.create(
        report=report,
        version=version,
        format=fmt,
        panel=False,
        status=ExportStatus.DONE,
        token=secrets.token_hex(16),
        requested_by=actor,
    )
    body = content or f"%PDF-1.7\n{kind} v{number}\n".encode()
    export.file.save("export", ContentFile(body), save=False)
    export.size = len(body)
    export.save()
    return export


def recipient(review: Any, actor: Any, name: str = "Police and Crime Commissioner") -> Any:
    return services.do_add_recipient(actor, review, name, Category.PCC, "pcc@example.org")


def issued_link(
    review: Any, actor: Any, documents: list[ReportExport] | None = None, days: int = 14
) -> tuple[DistributionRecipient, str]:
    entry = recipient(review, actor)
    documents = documents or [frozen_export(review, actor)]
    _, token = services.do_issue(
        actor,
        review,
        entry,
        timezone.localdate(),
        Method.SECURE_LINK,
        documents,
        expires_in_days=days,
    )
    assert token is not None
    return entry, token
