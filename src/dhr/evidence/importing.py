"""Checking and saving a chronology file: the background worker's side of an import.

`services` stores the file and queues `tasks.import_chronology`, which runs
`run_import` here; this module never imports `services` or `tasks`.
"""

from __future__ import annotations

import logging
import pickle  # only our own spool file, see spooled_batches  # nosec B403
import tempfile
from collections.abc import Iterable, Iterator
from typing import IO, Any

from django.db import connection, transaction
from django.utils import timezone

from dhr.audit import services as audit
from dhr.evidence import merge
from dhr.evidence.chronology import CheckedRow, FileRefused, RowChecker, check_file, normalise
from dhr.evidence.models import ChronologyEntry, ChronologyImport, HeldName, ImportStatus
from dhr.organisations.models import Agency
from dhr.people.models import Person

logger = logging.getLogger(__name__)

MAX_ERRORS_KEPT = 500
SAVE_BATCH = 2000
PROGRESS_EVERY = 2000


def row_checker(imported: ChronologyImport) -> RowChecker:
    people: dict[str, int] = {}
    for person in Person.objects.filter(review_id=imported.review_id):
        for name in [person.name, person.pseudonym, *person.alias_list]:
            if name:
                people.setdefault(normalise(name), person.pk)
    # Names the coordinator has matched for this agency before.
    for key, person_id in HeldName.objects.filter(
        review_id=imported.review_id, agency_id=imported.agency_id, person__isnull=False
    ).values_list("key", "person_id"):
        people.setdefault(key, person_id)
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
            yield pickle.load(spool)  # noqa: S301 - our own temp file  # nosec B301
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
        held: dict[str, str] = {}
        saved = 0
        for batch in batches:
            saved += insert(imported, batch)
            for row in batch:
                for name in row.unmatched:
                    held.setdefault(normalise(name), name)
        new_held = hold_names(imported, held)
        set_fields(
            imported,
            rows_saved=saved,
            names_held=len(held),
            status=ImportStatus.IMPORTED,
            finished_at=timezone.now(),
        )
        audit.record(
            imported.decided_by or imported.uploaded_by,
            "chronology.import",
            f"Imported {saved} chronology entries from {imported.agency}"
            + (f", replacing {replaced_count} earlier entries" if replaced_count else ""),
            review=imported.review,
            target=imported,
            detail={
                "saved": saved,
                "replaced": replaced_count,
                "errors": imported.error_count,
                "names_held": len(held),
                "names_newly_held": new_held,
            },
        )
    merge.mark_duplicates(imported.review_id)


def hold_names(imported: ChronologyImport, held: dict[str, str]) -> int:
    """Keep each unknown name once per agency for the coordinator; return how many are new."""
    known = set(
        HeldName.objects.filter(
            review_id=imported.review_id, agency_id=imported.agency_id, key__in=list(held)
        ).values_list("key", flat=True)
    )
    HeldName.objects.bulk_create(
        [
            HeldName(review_id=imported.review_id, agency_id=imported.agency_id, key=k, name=n)
            for k, n in held.items()
            if k not in known
        ]
    )
    return len(set(held) - known)


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
        cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", values)  # noqa: S608 - our names  # nosec B608
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
        link_sql = f"INSERT INTO {quote(through.db_table)} ({link_columns}) VALUES (%s, %s)"  # noqa: S608 - our names  # nosec B608
        with connection.cursor() as cursor:
            cursor.executemany(
                link_sql,
                [(ids[row.row], person_id) for row in linked for person_id in row.person_ids],
            )
    return len(rows)
