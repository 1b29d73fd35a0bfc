"""Receiving IMRs and chronologies: check_* validates, do_* changes state and audits.

Every read of an agency's material (an IMR download, a chronology shown or
exported) is recorded by the record_* functions here before it is served.
"""

from __future__ import annotations

import datetime
import logging
import pickle
import tempfile
from collections.abc import Iterable, Iterator
from typing import IO, Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.models import Max, Q
from django.http import HttpRequest
from django.utils import timezone

from dhr.audit import services as audit
from dhr.core.uploads import CheckedUpload, check_upload
from dhr.evidence import merge
from dhr.evidence.chronology import (
    CheckedRow,
    FileRefused,
    RowChecker,
    check_file,
    normalise,
)
from dhr.evidence.models import (
    ChronologyEntry,
    ChronologyImport,
    ImportStatus,
    ImrSubmission,
    SignOff,
)
from dhr.organisations.models import Agency
from dhr.panel.models import ImrRequest
from dhr.people.models import Person
from dhr.reviews.models import Review

logger = logging.getLogger(__name__)

IMR_KINDS = {"docx", "pdf"}
CHRONOLOGY_KINDS = {"xlsx", "csv"}
MAX_ERRORS_KEPT = 500
SAVE_BATCH = 2000
PROGRESS_EVERY = 2000


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


def check_sign_off(submission: ImrSubmission, signed_off_on: datetime.date) -> None:
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
    check_sign_off(submission, signed_off_on)
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
    from dhr.evidence.tasks import import_chronology

    import_chronology.enqueue(imported.pk)


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


# A worker reports progress every PROGRESS_EVERY rows, seconds apart; this long
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


def row_checker(imported: ChronologyImport) -> RowChecker:
    people: dict[str, int] = {}
    for person in Person.objects.filter(review_id=imported.review_id):
        for name in [person.name, person.pseudonym, *person.alias_list]:
            if name:
                people.setdefault(normalise(name), person.pk)
    others = {
        normalise(name)
        for name in Agency.objects.filter(csp_id=imported.agency.csp_id)
        .exclude(pk=imported.agency_id)
        .values_list("name", flat=True)
    }
    return RowChecker(agency_name=imported.agency.name, other_agencies=others, people=people)


def run_import(import_id: int) -> None:
    """Check a chronology file; save it if clean, or if its valid rows were accepted.

    The file is read once: each row is checked (progress saved as it goes) and
    the valid ones are spooled to a temporary file, so memory stays flat for
    100,000 rows; they are saved from there in one transaction.
    """
    imported = ChronologyImport.objects.select_related("agency", "review").get(pk=import_id)
    if imported.status not in {ImportStatus.PENDING, ImportStatus.RUNNING}:
        return
    set_fields(imported, status=ImportStatus.RUNNING, rows_checked=0)
    try:
        with tempfile.TemporaryFile() as spool:
            check_and_spool(imported, spool)
            if imported.error_count and not imported.accepted_valid_rows:
                status = ImportStatus.NEEDS_DECISION if imported.rows_valid else ImportStatus.FAILED
                finish(imported, status)
                return
            spool.seek(0)
            save_entries(imported, spooled_batches(spool))
    except FileRefused as refused:
        set_fields(imported, message=refused.message)
        finish(imported, ImportStatus.FAILED)
    except Exception:
        logger.exception("Chronology import %s failed", import_id)
        set_fields(imported, message="Something went wrong while reading the file; try again.")
        finish(imported, ImportStatus.FAILED)


def check_and_spool(imported: ChronologyImport, spool: IO[bytes]) -> None:
    """Check every row; write the valid ones to `spool` in batches; record the counts."""
    checker = row_checker(imported)
    errors: list[dict[str, Any]] = []
    error_count = checked = valid = 0
    batch: list[CheckedRow] = []
    with imported.file.open("rb") as file:
        for row in check_file(file, kind_of(imported), checker):
            checked += 1
            if row.errors:
                error_count += len(row.errors)
                room = MAX_ERRORS_KEPT - len(errors)
                errors.extend(e.as_dict() for e in row.errors[: max(room, 0)])
            else:
                valid += 1
                batch.append(row)
                if len(batch) >= SAVE_BATCH:
                    pickle.dump(batch, spool)
                    batch = []
            if checked % PROGRESS_EVERY == 0:
                set_fields(imported, rows_checked=checked)
    if batch:
        pickle.dump(batch, spool)
    set_fields(
        imported, rows_checked=checked, rows_valid=valid, error_count=error_count, errors=errors
    )


def spooled_batches(spool: IO[bytes]) -> Iterator[list[CheckedRow]]:
    # Our own temporary file, written above by this same task: safe to unpickle.
    while True:
        try:
            yield pickle.load(spool)  # noqa: S301
        except EOFError:
            return


def kind_of(imported: ChronologyImport) -> str:
    return "csv" if imported.content_type == "text/csv" else "xlsx"


def set_fields(imported: ChronologyImport, **values: Any) -> None:
    # Every update is a sign of life: a worker that dies leaves this to go stale.
    values.setdefault("progress_at", timezone.now())
    for name, value in values.items():
        setattr(imported, name, value)
    ChronologyImport.objects.filter(pk=imported.pk).update(**values)


def finish(imported: ChronologyImport, status: str) -> None:
    set_fields(imported, status=status, finished_at=timezone.now())


def save_entries(imported: ChronologyImport, batches: Iterable[list[CheckedRow]]) -> None:
    """Save the valid rows in one transaction, replacing the agency's earlier entries."""
    with transaction.atomic():
        replaced = ChronologyEntry.objects.filter(
            review_id=imported.review_id, agency_id=imported.agency_id
        )
        replaced_count = replaced.count()
        replaced.delete()
        saved = sum(insert(imported, batch) for batch in batches)
        set_fields(
            imported, rows_saved=saved, status=ImportStatus.IMPORTED, finished_at=timezone.now()
        )
        audit.record(
            imported.decided_by or imported.uploaded_by,
            "chronology.import",
            f"Imported {saved} chronology entries from {imported.agency}"
            + (f", replacing {replaced_count} earlier entries" if replaced_count else ""),
            review=imported.review,
            target=imported,
            detail={"saved": saved, "replaced": replaced_count, "errors": imported.error_count},
        )
    merge.mark_duplicates(imported.review_id)


ENTRY_COLUMNS = [
    "review_id",
    "agency_id",
    "source_id",
    "row_number",
    "occurred_on",
    "occurred_at",
    "source_record",
    "people_named",
    "what_happened",
    "action_taken",
    "comment",
]


def insert(imported: ChronologyImport, rows: list[CheckedRow]) -> int:
    """Insert one batch of entries and their links to people.

    A plain executemany, not bulk_create: for 100,000 rows the ORM's per-object
    work was most of the import's time. Values go through the backend's own
    adapters, so this runs the same on SQLite and PostgreSQL.
    """
    if not rows:
        return 0
    ops = connection.ops
    quote = ops.quote_name
    table = quote(ChronologyEntry._meta.db_table)
    columns = ", ".join(quote(c) for c in ENTRY_COLUMNS)
    marks = ", ".join(["%s"] * len(ENTRY_COLUMNS))
    values = [
        (
            imported.review_id,
            imported.agency_id,
            imported.pk,
            row.row,
            ops.adapt_datefield_value(row.occurred_on),
            ops.adapt_timefield_value(row.occurred_at),
            row.source_record,
            row.people_named,
            row.what_happened,
            row.action_taken,
            row.comment,
        )
        for row in rows
    ]
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", values)  # noqa: S608
    linked = [row for row in rows if row.person_ids]
    if linked:
        ids = dict(
            ChronologyEntry.objects.filter(
                source=imported, row_number__in=[row.row for row in linked]
            ).values_list("row_number", "id")
        )
        through = ChronologyEntry.people.through._meta
        # Names from our own model, values as parameters.
        link_columns = f"{quote('chronologyentry_id')}, {quote('person_id')}"
        link_sql = f"INSERT INTO {quote(through.db_table)} ({link_columns}) VALUES (%s, %s)"  # noqa: S608
        with connection.cursor() as cursor:
            cursor.executemany(
                link_sql,
                [(ids[row.row], person_id) for row in linked for person_id in row.person_ids],
            )
    return len(rows)


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
