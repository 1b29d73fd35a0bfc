"""The rules for creating and changing reviews, their members and documents.

Zulip's split: check_* validates and raises; do_* changes state and writes
the audit record in the same transaction. Views never write to models.
"""

from __future__ import annotations

import hashlib
import zipfile
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.http import HttpRequest

from dhr.audit import services as audit
from dhr.organisations.models import Agency, Csp
from dhr.reviews.models import (
    AGENCY_KINDS,
    Decision,
    Review,
    ReviewDocument,
    ReviewMembership,
    ReviewRole,
    Stage,
)

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"


def do_create_review(
    actor: Any, csp: Csp, fields: dict[str, Any], request: HttpRequest | None = None
) -> Review:
    with transaction.atomic():
        review = Review.objects.create(csp=csp, **fields)
        audit.record(
            actor,
            "review.create",
            f"Opened {review.title}",
            review=review,
            target=review,
            request=request,
        )
    return review


def do_update_review(
    actor: Any, review: Review, changed: list[str], request: HttpRequest | None = None
) -> None:
    """Save a review already changed by a form, recording which fields changed."""
    if not changed:
        return
    with transaction.atomic():
        review.save()
        audit.record(
            actor,
            "review.update",
            "Changed " + ", ".join(changed),
            review=review,
            target=review,
            detail={"fields": changed},
            request=request,
        )


def check_decision(decision: str, rationale: str) -> None:
    if decision in {Decision.NOT_PROCEED, Decision.REFER} and not rationale.strip():
        raise ValidationError({"decision_rationale": "Give the reason for not holding a review"})


def do_record_decision(
    actor: Any,
    review: Review,
    decision: str,
    decided_on: Any,
    rationale: str,
    request: HttpRequest | None = None,
) -> None:
    """Record the CSP chair's decision and move the review on to match it."""
    check_decision(decision, rationale)
    with transaction.atomic():
        review.decision = decision
        review.decided_on = decided_on
        review.decision_rationale = rationale
        if review.stage == Stage.NOTIFICATION:
            review.stage = Stage.DECISION
        if review.stage == Stage.DECISION and decision == Decision.PROCEED:
            review.stage = Stage.SET_UP
        elif review.stage == Stage.DECISION and decision in {Decision.NOT_PROCEED, Decision.REFER}:
            review.stage = Stage.NOT_PROCEEDING
        review.save()
        audit.record(
            actor,
            "review.decision",
            f"Decision recorded: {Decision(decision).label}",
            review=review,
            target=review,
            detail={"decision": decision, "decided_on": decided_on, "rationale": rationale},
            request=request,
        )


def check_membership(review: Review, role: str, agency: Agency | None) -> None:
    if role in {ReviewRole.PANEL_MEMBER, ReviewRole.IMR_AUTHOR} and agency is None:
        raise ValidationError({"agency": "Choose the agency this person represents"})
    if role in {ReviewRole.INDEPENDENT_CHAIR, ReviewRole.HOME_OFFICE_QA} and agency is not None:
        raise ValidationError({"agency": "Leave the agency empty for this role"})
    if agency is not None and agency.csp_id != review.csp_id:
        raise ValidationError({"agency": "Choose an agency from this CSP's directory"})


def do_add_member(
    actor: Any,
    review: Review,
    user: Any,
    role: str,
    agency: Agency | None,
    request: HttpRequest | None = None,
) -> ReviewMembership:
    check_membership(review, role, agency)
    if ReviewMembership.objects.filter(review=review, user=user, role=role).exists():
        raise ValidationError({"user": "This person already has that role on this review"})
    with transaction.atomic():
        membership = ReviewMembership.objects.create(
            review=review, user=user, role=role, agency=agency
        )
        audit.record(
            actor,
            "member.add",
            f"Gave {user} the role {membership.get_role_display()}",
            review=review,
            target=membership,
            detail={"user": user.pk, "role": role, "agency": agency.pk if agency else None},
            request=request,
        )
    return membership


def do_remove_member(
    actor: Any, membership: ReviewMembership, request: HttpRequest | None = None
) -> None:
    with transaction.atomic():
        audit.record(
            actor,
            "member.remove",
            f"Removed {membership.user} as {membership.get_role_display()}",
            review=membership.review,
            target=membership,
            detail={"user": membership.user_id, "role": membership.role},
            request=request,
        )
        membership.delete()


def sniff_content_type(head: bytes, upload: UploadedFile) -> str:
    """Decide a file's type from its bytes, never from its name or the browser."""
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(upload) as archive:
                names = set(archive.namelist())
                total = sum(info.file_size for info in archive.infolist())
        except zipfile.BadZipFile:
            raise ValidationError("The file is damaged: it could not be opened.") from None
        if total > 20 * settings.DHR_MAX_UPLOAD_BYTES:
            raise ValidationError("The file expands to far more than its size; it was refused.")
        if "word/vbaProject.bin" in names or any(n.endswith(".bin") and "vba" in n for n in names):
            raise ValidationError("The file contains macros; save it as a plain .docx and retry.")
        if "word/document.xml" in names and "[Content_Types].xml" in names:
            return DOCX
    raise ValidationError("The file must be a Word document (.docx) or a PDF.")


def check_upload(upload: UploadedFile) -> tuple[str, str]:
    """Validate an upload; return its content type and SHA-256."""
    if upload.size is None or upload.size == 0:
        raise ValidationError("The selected file is empty.")
    if upload.size > settings.DHR_MAX_UPLOAD_BYTES:
        limit = settings.DHR_MAX_UPLOAD_BYTES // (1024 * 1024)
        raise ValidationError(f"The selected file must be smaller than {limit} MB.")
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    content_type = sniff_content_type(head, upload)
    digest = hashlib.sha256()
    upload.seek(0)
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return content_type, digest.hexdigest()


def do_upload_document(
    actor: Any,
    review: Review,
    kind: str,
    agency: Agency | None,
    title: str,
    upload: UploadedFile,
    request: HttpRequest | None = None,
) -> ReviewDocument:
    if kind in AGENCY_KINDS and agency is None:
        raise ValidationError({"agency": "Choose the agency this document comes from"})
    if kind not in AGENCY_KINDS:
        agency = None
    content_type, sha256 = check_upload(upload)
    with transaction.atomic():
        document = ReviewDocument(
            review=review,
            kind=kind,
            agency=agency,
            title=title,
            original_name=upload.name or "upload",
            content_type=content_type,
            size=upload.size or 0,
            sha256=sha256,
            uploaded_by=actor,
        )
        document.file.save(sha256, upload, save=False)
        document.save()
        audit.record(
            actor,
            "document.upload",
            f"Uploaded {document.get_kind_display()}: {title}",
            review=review,
            target=document,
            detail={"sha256": sha256, "size": document.size},
            request=request,
        )
    return document


def record_document_read(actor: Any, document: ReviewDocument, request: HttpRequest) -> None:
    """Every view or download of a confidential document leaves a record."""
    audit.record(
        actor,
        "document.download",
        f"Downloaded {document.get_kind_display()}: {document.title}",
        review=document.review,
        target=document,
        request=request,
    )
