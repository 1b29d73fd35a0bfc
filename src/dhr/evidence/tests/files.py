"""Real files for tests: Word documents, chronology workbooks and CSVs."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from docx import Document
from openpyxl import Workbook

from dhr.evidence.chronology import COLUMNS


def docx_bytes(text: str = "IMR body") -> bytes:
    buffer = io.BytesIO()
    document = Document()
    document.add_paragraph(text)
    document.save(buffer)
    return buffer.getvalue()


def csv_bytes(rows: Iterable[Iterable[Any]], header: list[str] | None = None) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS if header is None else header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def xlsx_bytes(rows: Iterable[Iterable[Any]], header: list[str] | None = None) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Chronology")
    sheet.append(COLUMNS if header is None else header)
    for row in rows:
        sheet.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def police_row(
    date: str = "03/02/2024", what: str = "Call from neighbour reporting shouting", **kw: Any
) -> list[Any]:
    values = {
        "Date": date,
        "Time": kw.get("time", "22:15"),
        "Agency": kw.get("agency", "Northshire Police"),
        "Source record": kw.get("source", "Incident 123"),
        "People involved": kw.get("people", "Louise Example; Mark Sample"),
        "What happened": what,
        "Action taken": kw.get("action", "Officers attended"),
        "Comment": kw.get("comment", ""),
    }
    return [values[c] for c in COLUMNS]
