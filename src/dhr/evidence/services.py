"""Receiving IMRs and chronologies: check_* validates, do_* changes state and audits.

Every read of an agency's material (an IMR download, a chronology shown or
exported) is recorded by the record_* functions here before it is served.
"""

from __future__ import annotations

import datetime
import logging
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max, Q
from django.http import HttpRequest
from django.utils import timezone

from dhr import access
from dhr.access import Can
from dhr.audit import services as audit
from dhr.core.uploads import CheckedUpload, check_upload
from dhr.evidence import tasks
from dhr.evidence.chronology import names_in, normalise
from dhr.evidence.models import (
    ChronologyEntry,
    ChronologyImport,
    HeldName,
    ImportStatus,
    ImrSubmission,
    SignOff,
)
from dhr.organisations.models import Agency
from dhr.panel.models import ImrRequest
from dhr.people.models import Person
from dhr.people.services import do_save_person
from dhr.reviews import lifecycle
from dhr.reviews.models import Review

logger = logging.getLogger(__name__)

IMR_KINDS = {"docx", "pdf"}
CHRONOLOGY_KINDS = {"xlsx", "csv"}


# IMRs --------------------------------------------------------------------


def check_agency_of_review(review: Review, agency: Agency) -> None:
    if agency.csp_id != review.csp_id:
        raise ValidationError({"agency": "Choose one of this CSP's agencies"})


def do_upload_imr(
    actor: Any,
    review: Review,
    agency: Agency,
    upload: Any,
    note: str = "",
    request: HttpRequest | None = None,
) -> ImrSubmission:
    """Store a new version of an agency's IMR (a .docx or a PDF)."""
    lifecycle.check_accepts_uploads(review)
    check_agency_of_review(review, agency)
    try:
        checked = check_upload(upload, allowed=IMR_KINDS)
    except ValidationError as error:
        raise ValidationError({"file": error.messages}) from None
    try:
        with transaction.atomic():
            latest = ImrSubmission.objects.filter(review=review, agency=agency).aggregate(
                v=Max("version")
            )["v"]
            submission = ImrSubmission(
                review=review,
                agency=agency,
                version=(latest or 0) + 1,
                note=note,
                **stored_fields(actor, upload, checked),
            )
            submission.file.save(checked.sha256, upload, save=False)
            submission.save()
            received = mark_imr_received(review, agency)
            audit.record(
                actor,
                "imr.upload",
                f"Uploaded version {submission.version} of the IMR from {agency}"
                + (" (the IMR request is now marked received)" if received else ""),
                review=review,
                target=submission,
                detail={
                    "sha256": checked.sha256,
                    "size": checked.size,
                    "agency": agency.pk,
                    "request_marked_received": received,
                },
                request=request,
            )
    except IntegrityError:
        raise ValidationError(
            {"file": "Another version was uploaded at the same moment; upload yours again."}
        ) from None
    return submission


def mark_imr_received(review: Review, agency: Agency) -> bool:
    """The first IMR from an agency answers its IMR request: reminders stop."""
    today = timezone.localdate()
    return bool(
        ImrRequest.objects.filter(review=review, agency=agency, received_on__isnull=True)
        .filter(Q(letter_sent_on__isnull=True) | Q(letter_sent_on__lte=today))
        .update(received_on=today)
    )


def stored_fields(actor: Any, upload: Any, checked: CheckedUpload) -> dict[str, Any]:
    return {
        "original_name": (getattr(upload, "name", "") or "upload")[:255],
        "content_type": checked.content_type,
        "size": checked.size,
        "sha256": checked.sha256,
        "uploaded_by": actor,
    }


def check_sign_off(actor: Any, submission: ImrSubmission, signed_off_on: datetime.date) -> None:
    # Sign-off is the senior manager's act, recorded by a coordinator: never by
    # the IMR's author, whatever page or script the request comes from.
    if not access.review_access(actor, submission.review).has(Can.RECORD_SIGN_OFF):
        raise PermissionDenied
    if SignOff.objects.filter(submission=submission).exists():
        raise ValidationError(
            "This version has already been signed off; upload a new version to sign it off again."
        )
    if signed_off_on > timezone.localdate():
        raise ValidationError({"signed_off_on": "The date of sign-off must be today or earlier"})


def do_record_sign_off(
    actor: Any,
    submission: ImrSubmission,
    name: str,
    title: str,
    signed_off_on: datetime.date,
    request: HttpRequest | None = None,
) -> SignOff:
    check_sign_off(actor, submission, signed_off_on)
    with transaction.atomic():
        sign_off = SignOff.objects.create(
            submission=submission,
            senior_manager_name=name,
            senior_manager_title=title,
            signed_off_on=signed_off_on,
            recorded_by=actor,
        )
        audit.record(
            actor,
            "imr.sign_off",
            f"Recorded sign-off of IMR version {submission.version} from {submission.agency} "
            f"by {name}, {title}, on {signed_off_on:%d %B %Y}",
            review=submission.review,
            target=submission,
            request=request,
        )
    return sign_off


def record_imr_read(actor: Any, submission: ImrSubmission, request: HttpRequest) -> None:
    audit.record(
        actor,
        "imr.download",
        f"Downloaded version {submission.version} of the IMR from {submission.agency}",
        review=submission.review,
        target=submission,
        request=request,
    )


# Chronologies -------------------------------------------------------------


def do_start_import(
    actor: Any,
    review: Review,
    agency: Agency,
    upload: Any,
    request: HttpRequest | None = None,
    background: bool = True,
) -> ChronologyImport:
    """Store an agency's chronology file and queue it to be checked (or leave it to the caller)."""
    lifecycle.check_accepts_uploads(review)
    check_agency_of_review(review, agency)
    try:
        checked = check_upload(upload, allowed=CHRONOLOGY_KINDS)
    except ValidationError as error:
        raise ValidationError({"file": error.messages}) from None
    with transaction.atomic():
        imported = ChronologyImport(
            review=review, agency=agency, **stored_fields(actor, upload, checked)
        )
        imported.file.save(checked.sha256, upload, save=False)
        imported.save()
        audit.record(
            actor,
            "chronology.upload",
            f"Uploaded a chronology from {agency}",
            review=review,
            target=imported,
            detail={"sha256": checked.sha256, "size": checked.size, "agency": agency.pk},
            request=request,
        )
    if background:
        enqueue_import(imported)
    return imported


def enqueue_import(imported: ChronologyImport) -> None:
    tasks.import_chronology.enqueue(imported.pk)


def check_accept_valid_rows(imported: ChronologyImport) -> None:
    if imported.status != ImportStatus.NEEDS_DECISION:
        raise ValidationError(
            "Only a chronology with errors waiting for a decision can be accepted."
        )
    if imported.rows_valid == 0:
        raise ValidationError("No row of this file is valid, so there is nothing to import.")


def do_accept_valid_rows(
    actor: Any, imported: ChronologyImport, request: HttpRequest | None = None
) -> None:
    """The user's explicit choice to import the valid rows and leave the rest out."""
    check_accept_valid_rows(imported)
    with transaction.atomic():
        updated = ChronologyImport.objects.filter(
            pk=imported.pk, status=ImportStatus.NEEDS_DECISION
        ).update(accepted_valid_rows=True, decided_by=actor, status=ImportStatus.PENDING)
        if not updated:
            raise ValidationError("This chronology has already been decided.")
        audit.record(
            actor,
            "chronology.accept_valid_rows",
            f"Chose to import the {imported.rows_valid} valid rows of a chronology from "
            f"{imported.agency}, leaving out {imported.error_count} errors",
            review=imported.review,
            target=imported,
            request=request,
        )
    imported.refresh_from_db()
    enqueue_import(imported)


# A worker reports progress every importing.PROGRESS_EVERY rows, seconds apart; this long
# without any sign of life means the worker running the import has died.
STUCK_AFTER = datetime.timedelta(minutes=10)


def is_stuck(imported: ChronologyImport, now: datetime.datetime | None = None) -> bool:
    """Is the import marked running while no worker has touched it for a long time?"""
    last = imported.progress_at or imported.uploaded_at
    return imported.status == ImportStatus.RUNNING and (now or timezone.now()) - last > STUCK_AFTER


def check_restart_import(imported: ChronologyImport) -> None:
    if not is_stuck(imported):
        raise ValidationError(
            "This chronology is not stuck: it is still being checked, or checking has finished."
        )


def do_restart_import(
    actor: Any, imported: ChronologyImport, request: HttpRequest | None = None
) -> None:
    """Queue a stuck import again. Saving replaces the agency's entries in one
    transaction, so even if the first worker were only slow, entries are never doubled."""
    check_restart_import(imported)
    with transaction.atomic():
        updated = ChronologyImport.objects.filter(
            pk=imported.pk, status=ImportStatus.RUNNING, progress_at=imported.progress_at
        ).update(status=ImportStatus.PENDING, rows_checked=0, progress_at=timezone.now())
        if not updated:
            raise ValidationError("Someone else has just restarted this chronology.")
        audit.record(
            actor,
            "chronology.restart",
            f"Restarted the checking of a chronology from {imported.agency} that had stopped",
            review=imported.review,
            target=imported,
            request=request,
        )
    imported.refresh_from_db()
    enqueue_import(imported)


# Names held for the coordinator ----------------------------------------------


def check_match(held: HeldName, person: Person) -> None:
    if person.review_id != held.review_id:
        raise ValidationError({"person": "Choose one of this review's people"})


def do_match_name(
    actor: Any, held: HeldName, person: Person, request: HttpRequest | None = None
) -> int:
    """Match a held name to a person; link the agency's entries that name it. Returns how many."""
    check_match(held, person)
    with transaction.atomic():
        held.person = person
        held.matched_by = actor
        held.matched_at = timezone.now()
        held.save(update_fields=["person", "matched_by", "matched_at"])
        entries = [
            entry
            for entry in ChronologyEntry.objects.filter(
                review_id=held.review_id, agency_id=held.agency_id
            ).exclude(people_named="")
            if held.key in {normalise(n) for n in names_in(entry.people_named)}
        ]
        through = ChronologyEntry.people.through
        through.objects.bulk_create(
            [through(chronologyentry_id=e.pk, person_id=person.pk) for e in entries],
            ignore_conflicts=True,
        )
        audit.record(
            actor,
            "chronology.match_name",
            f"Matched '{held.name}' in the chronology from {held.agency} to {person.name}; "
            f"{len(entries)} entr{'y' if len(entries) == 1 else 'ies'} now linked",
            review=held.review,
            target=held,
            detail={"person": person.pk, "entries": len(entries)},
            request=request,
        )
    return len(entries)


def do_add_person_for_name(
    actor: Any, held: HeldName, person: Person, request: HttpRequest | None = None
) -> int:
    """Add the held name as a new person of the review, then match it."""
    with transaction.atomic():
        do_save_person(actor, held.review, person, ["name", "role"], request)
        return do_match_name(actor, held, person, request)


def record_chronology_read(
    actor: Any,
    review: Review,
    what: str,
    request: HttpRequest,
    target: Any = None,
    detail: dict[str, Any] | None = None,
    action: str = "chronology.view",
) -> None:
    """Every view or export of agency material leaves a record, written before it is served."""
    audit.record(actor, action, what, review=review, target=target, detail=detail, request=request)
