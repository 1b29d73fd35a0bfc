"""100,000 rows: imported completely, in bounded memory, with errors capped for display."""

from __future__ import annotations

import time
import tracemalloc
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from conftest import World
from dhr.evidence import services
from dhr.evidence.models import ChronologyEntry, ChronologyImport, ImportStatus
from dhr.evidence.tests.files import csv_bytes, police_row, xlsx_bytes
from dhr.people.models import Person

ROWS = 100_000


def rows(bad_every: int = 0) -> list[list[Any]]:
    out = []
    for i in range(ROWS):
        date = f"{i % 28 + 1:02d}/{i % 12 + 1:02d}/{2010 + i % 14}"
        if bad_every and i % bad_every == 0:
            date = "not a date"
        out.append(police_row(date, f"Event {i} recorded", people="Lou" if i % 2 else ""))
    return out


def run(
    world: World, content: bytes, name: str, trace: bool = True
) -> tuple[ChronologyImport, float, float]:
    """Import a file; return it, the seconds taken and (when traced) the peak memory in MB."""
    started = time.perf_counter()
    if trace:  # tracemalloc slows openpyxl several times over, so it is optional
        tracemalloc.start()
    try:
        imported = services.do_start_import(
            world.users["coordinator"],
            world.review,
            world.police,
            SimpleUploadedFile(name, content),
        )
        _, peak = tracemalloc.get_traced_memory() if trace else (0, 0)
    finally:
        tracemalloc.stop()
    imported.refresh_from_db()
    return imported, time.perf_counter() - started, peak / 1e6


@pytest.mark.slow
@pytest.mark.parametrize(
    ("maker", "name", "trace"), [(csv_bytes, "big.csv", True), (xlsx_bytes, "big.xlsx", False)]
)
def test_hundred_thousand_rows_import_in_bounded_memory(
    world: World, people: dict[str, Person], maker: Any, name: str, trace: bool
) -> None:
    # Measured on 2 cores: .csv 3.9 s, .xlsx 14.6 s; traced peak 13 MB for either.
    imported, seconds, peak_mb = run(world, maker(rows()), name, trace)
    print(f"\n{name}: {ROWS:,} rows in {seconds:.1f} s, traced peak {peak_mb:.0f} MB")
    assert imported.status == ImportStatus.IMPORTED, imported.message
    assert imported.rows_saved == ROWS == ChronologyEntry.objects.count()
    assert ChronologyEntry.people.through.objects.count() == ROWS // 2
    assert peak_mb < 150, "memory must not grow with the number of rows"


@pytest.mark.slow
def test_hundred_thousand_rows_with_errors_keep_a_capped_list(
    world: World, people: dict[str, Person]
) -> None:
    imported, _, _ = run(world, csv_bytes(rows(bad_every=50)), "big.csv")
    assert imported.status == ImportStatus.NEEDS_DECISION
    assert imported.error_count == ROWS // 50
    assert len(imported.errors) == services.MAX_ERRORS_KEPT
    assert imported.rows_valid == ROWS - ROWS // 50
    assert not ChronologyEntry.objects.exists()
