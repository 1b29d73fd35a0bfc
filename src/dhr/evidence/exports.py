"""The chronology template, and the combined chronology as .docx and .xlsx.

Spreadsheet cells are always written as text where the value is text, so a
cell beginning '=' in an agency's entry can never become a formula in the
export (CSV/Excel formula injection).
"""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Iterable
from typing import Any, cast

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from dhr.evidence.chronology import COLUMNS
from dhr.evidence.models import ChronologyEntry

GUIDANCE = [
    ("Date", "Required. The date of the event, as dd/mm/yyyy (for example 23/04/2024)."),
    ("Time", "If known, on the 24-hour clock (for example 14:30). Leave empty if not known."),
    ("Agency", "Required. Your agency's name, exactly as the review lists it."),
    ("Source record", "Where this comes from: a system, record or reference number."),
    (
        "People involved",
        "Names as your agency knows them, separated by semicolons. The review's "
        "coordinator matches each new name to the person it means.",
    ),
    ("What happened", "Required. What happened, in plain words."),
    ("Action taken", "What your agency did in response."),
    ("Comment", "Anything else the review should know, for example analysis or context."),
]
EXPORT_COLUMNS = [*COLUMNS, "Possible duplicate"]
MAX_DOCX_ENTRIES = 5_000


def template_xlsx() -> bytes:
    workbook = Workbook()
    sheet = cast(Worksheet, workbook.active)
    sheet.title = "Chronology"
    sheet.append(COLUMNS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for letter, width in zip("ABCDEFGH", [12, 8, 28, 20, 28, 60, 40, 40], strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    # Dates and times typed in as text stay as the user typed them.
    for letter in "AB":
        for row in range(2, 1002):
            sheet[f"{letter}{row}"].number_format = "@"
    guide = workbook.create_sheet("How to fill this in")
    guide.append(["Column", "What to write"])
    for column, advice in GUIDANCE:
        guide.append([column, advice])
    guide.append([])
    guide.append(["", "Keep the headings in row 1 of the first sheet as they are."])
    guide.column_dimensions["A"].width = 20
    guide.column_dimensions["B"].width = 90
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def template_csv() -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerow(COLUMNS)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def row_values(entry: ChronologyEntry) -> list[str]:
    return [
        entry.occurred_on.strftime("%d/%m/%Y"),
        entry.occurred_at.strftime("%H:%M") if entry.occurred_at else "",
        entry.agency.name,
        entry.source_record,
        entry.people_named,
        entry.what_happened,
        entry.action_taken,
        entry.comment,
        duplicate_note(entry),
    ]


def duplicate_note(entry: ChronologyEntry) -> str:
    if entry.duplicate_of_id is None:
        return ""
    original = entry.duplicate_of
    return f"Likely the same event as {original.agency.name}'s entry" if original else "Yes"


def chronology_xlsx(entries: Iterable[ChronologyEntry], title: str) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Combined chronology")
    for letter, width in zip("ABCDEFGHI", [12, 8, 28, 20, 28, 60, 40, 40, 30], strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.append([text_cell(sheet, title, bold=True)])
    sheet.append([text_cell(sheet, name, bold=True) for name in EXPORT_COLUMNS])
    for entry in entries:
        values: list[Any] = row_values(entry)
        cells: list[Any] = [date_cell(sheet, entry.occurred_on)]
        cells += [text_cell(sheet, v) for v in values[1:]]
        sheet.append(cells)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def text_cell(sheet: Any, value: str, bold: bool = False) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=None)
    cell.value = value
    cell.data_type = "s"  # never a formula, whatever the text begins with
    if bold:
        cell.font = Font(bold=True)
    return cell


def date_cell(sheet: Any, value: datetime.date) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = "DD/MM/YYYY"
    return cell


def chronology_docx(entries: Iterable[ChronologyEntry], title: str, filters: str) -> bytes:
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(1.5))
    document.add_heading(title, level=1)
    document.add_paragraph(filters)
    document.add_paragraph(
        "Confidential: not for publication. Names are as agencies recorded them."
    )
    table = document.add_table(rows=1, cols=len(EXPORT_COLUMNS))
    table.style = "Table Grid"
    for cell, name in zip(table.rows[0].cells, EXPORT_COLUMNS, strict=True):
        cell.text = name
        for run in cell.paragraphs[0].runs:
            run.bold = True
    # Repeat the heading row on every page.
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    header_props = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header_props.append(repeat)
    for entry in entries:
        cells = table.add_row().cells
        for cell, value in zip(cells, row_values(entry), strict=True):
            cell.text = value
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(8)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
