"""Reading and checking an agency's chronology file, row by row.

The file follows our template: eight columns, in order, under a heading row.
Each row is checked on its own and every problem is reported with its row,
its column and why, so the agency can fix the file. Nothing here writes to the
database: the caller decides what to save.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

COLUMNS = [
    "Date",
    "Time",
    "Agency",
    "Source record",
    "People involved",
    "What happened",
    "Action taken",
    "Comment",
]
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
MAX_ROWS = 200_000
MAX_LENGTHS = {"Source record": 200, "People involved": 500}
DATE_FORMATS = ["%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d %H:%M:%S"]
TIME_FORMATS = ["%H:%M", "%H:%M:%S", "%H.%M"]
EARLIEST = datetime.date(1900, 1, 1)
PEOPLE_SEPARATORS = re.compile(r"[;,\n]")
QUICK_TIME = re.compile(r"(\d{1,2})[:.](\d{2})(?::(\d{2}))?")
QUICK_DATE = re.compile(
    r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})|(?P<y2>\d{4})-(?P<m2>\d{1,2})-(?P<d2>\d{1,2})"
)


class FileRefused(Exception):
    """The whole file cannot be used (wrong headings, unreadable, too long)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class RowError:
    row: int
    column: str  # letter, "A" to "H"
    field: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "column": self.column,
            "field": self.field,
            "message": self.message,
        }


@dataclass
class CheckedRow:
    row: int
    occurred_on: datetime.date | None = None
    occurred_at: datetime.time | None = None
    source_record: str = ""
    people_named: str = ""
    person_ids: list[int] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)  # names held for the coordinator
    what_happened: str = ""
    action_taken: str = ""
    comment: str = ""
    errors: list[RowError] = field(default_factory=list)

    def error(self, column: int, message: str) -> None:
        self.errors.append(RowError(self.row, LETTERS[column], COLUMNS[column], message))


def normalise(text: str) -> str:
    return " ".join(text.split()).casefold()


def names_in(text: str) -> list[str]:
    """The names in a 'People involved' cell, as written."""
    return [name.strip() for name in PEOPLE_SEPARATORS.split(text) if name.strip()]


def column_label(index: int) -> str:
    if index < len(LETTERS):
        return LETTERS[index]
    return LETTERS[index // 26 - 1] + LETTERS[index % 26]


# Reading -----------------------------------------------------------------


Rows = Generator[tuple[int, tuple[Any, ...]], None, None]


def read_rows(file: IO[bytes], kind: str) -> Rows:
    """Yield (row number, cell values) for every row, the heading row first."""
    if kind == "xlsx":
        yield from read_xlsx(file)
    else:
        yield from read_csv(file)


def read_xlsx(file: IO[bytes]) -> Iterator[tuple[int, tuple[Any, ...]]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(file, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a damaged workbook
        raise FileRefused("The workbook could not be read; save it again from Excel.") from None
    try:
        if not workbook.worksheets:
            raise FileRefused("The workbook has no sheets.")
        sheet = workbook.worksheets[0]
        try:
            yield from enumerate(sheet.iter_rows(values_only=True), start=1)
        except Exception:
            raise FileRefused(
                "The workbook's first sheet could not be read; save it again from Excel."
            ) from None
    finally:
        workbook.close()


def read_csv(file: IO[bytes]) -> Iterator[tuple[int, tuple[Any, ...]]]:
    text = io.TextIOWrapper(file, encoding="utf-8-sig", newline="")
    reader = csv.reader(text)
    number = 0
    try:
        for number, values in enumerate(reader, start=1):
            yield number, tuple(values)
    except csv.Error as error:
        raise FileRefused(f"Row {number + 1} could not be read: {error}.") from None
    except UnicodeDecodeError:
        raise FileRefused("The file is not UTF-8 text: save it as 'CSV UTF-8'.") from None
    finally:
        if not file.closed:
            text.detach()  # leave the caller's file open


# Checking ----------------------------------------------------------------


def check_header(values: tuple[Any, ...]) -> None:
    """Refuse the file unless its heading row is the template's, with each difference named."""
    cells = [cell_text(v) for v in values]
    while cells and not cells[-1]:
        cells.pop()
    problems = []
    for index, expected in enumerate(COLUMNS):
        actual = cells[index] if index < len(cells) else ""
        if normalise(actual) != normalise(expected):
            shown = f"'{actual}'" if actual else "empty"
            problems.append(f"column {LETTERS[index]} is {shown}, expected '{expected}'")
    for index in range(len(COLUMNS), len(cells)):
        if cells[index]:
            problems.append(
                f"column {column_label(index)} is '{cells[index]}', but the template has "
                f"only {len(COLUMNS)} columns (A to {LETTERS[len(COLUMNS) - 1]})"
            )
    if problems:
        raise FileRefused(
            "The heading row does not match the chronology template: "
            + "; ".join(problems)
            + ". Download the template and copy your entries into it."
        )


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def is_blank(values: tuple[Any, ...]) -> bool:
    return all(cell_text(v) == "" for v in values)


@dataclass
class RowChecker:
    """Checks one data row against the review's agency and people."""

    agency_name: str
    other_agencies: set[str]  # normalised names of the CSP's other agencies
    people: dict[str, int]  # normalised name, alias or pseudonym -> Person id
    today: datetime.date = field(default_factory=datetime.date.today)

    def check(self, number: int, values: tuple[Any, ...]) -> CheckedRow:
        cells = list(values[: len(COLUMNS)]) + [None] * (len(COLUMNS) - len(values))
        row = CheckedRow(number)
        row.occurred_on, time_in_date = self.check_date(row, cells[0])
        row.occurred_at = self.check_time(row, cells[1]) or time_in_date
        self.check_agency(row, cell_text(cells[2]))
        row.source_record = self.check_length(row, 3, cell_text(cells[3]))
        row.people_named = self.check_length(row, 4, cell_text(cells[4]))
        row.person_ids = self.check_people(row, row.people_named)
        row.what_happened = cell_text(cells[5])
        if not row.what_happened:
            row.error(5, "What happened is missing: describe the event")
        row.action_taken = cell_text(cells[6])
        row.comment = cell_text(cells[7])
        return row

    def check_date(
        self, row: CheckedRow, value: Any
    ) -> tuple[datetime.date | None, datetime.time | None]:
        text = cell_text(value)
        if not text:
            row.error(0, "Date is missing: give the date of the event as dd/mm/yyyy")
            return None, None
        moment = parse_date(value)
        if moment is None:
            row.error(
                0,
                f"Date '{text}' is not a date we can read: use dd/mm/yyyy, for example 23/04/2024",
            )
            return None, None
        day = moment.date() if isinstance(moment, datetime.datetime) else moment
        if day < EARLIEST:
            row.error(0, f"Date '{text}' is before 1900: check the year")
            return None, None
        if day > self.today:
            row.error(0, f"Date '{text}' is in the future: check the year")
            return None, None
        at = None
        if isinstance(moment, datetime.datetime) and moment.time() != datetime.time(0, 0):
            at = moment.time().replace(microsecond=0)
        return day, at

    def check_time(self, row: CheckedRow, value: Any) -> datetime.time | None:
        text = cell_text(value)
        if not text:
            return None
        at = parse_time(value)
        if at is None:
            row.error(1, f"Time '{text}' is not a time: use the 24-hour clock, for example 14:30")
        return at

    def check_agency(self, row: CheckedRow, text: str) -> None:
        if not text:
            row.error(2, f"Agency is missing: write '{self.agency_name}'")
        elif normalise(text) == normalise(self.agency_name):
            return
        elif normalise(text) in self.other_agencies:
            row.error(
                2,
                f"Agency '{text}' is another agency: this is {self.agency_name}'s chronology, "
                "so its rows must be that agency's; send the other agency's entries separately",
            )
        else:
            row.error(2, f"Unknown agency '{text}': write '{self.agency_name}'")

    def check_length(self, row: CheckedRow, column: int, text: str) -> str:
        limit = MAX_LENGTHS[COLUMNS[column]]
        if len(text) > limit:
            row.error(column, f"{COLUMNS[column]} is longer than {limit} characters")
            return text[:limit]
        return text

    def check_people(self, row: CheckedRow, text: str) -> list[int]:
        """Link the names the review knows; hold the others for the coordinator.

        Never an error: the agency names people as it knows them and may not see
        the review's list, so an unknown name must not block its chronology.
        """
        ids: list[int] = []
        for name in names_in(text):
            person_id = self.people.get(normalise(name))
            if person_id is None:
                if name not in row.unmatched:
                    row.unmatched.append(name)
            elif person_id not in ids:
                ids.append(person_id)
        return ids


def parse_date(value: Any) -> datetime.date | datetime.datetime | None:
    if isinstance(value, datetime.datetime | datetime.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return excel_serial(value)
    text = cell_text(value)
    if re.fullmatch(r"\d{5}(\.\d+)?", text):
        return excel_serial(float(text))
    quick = QUICK_DATE.fullmatch(text)  # the usual forms, without strptime's cost
    if quick:
        day, month, year = quick.group("d", "m", "y")
        if day is None:
            year, month, day = quick.group("y2", "m2", "d2")
        try:
            return datetime.date(int(year), int(month), int(day))
        except ValueError:
            return None
    for fmt in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


def excel_serial(value: float) -> datetime.datetime | None:
    from openpyxl.utils.datetime import from_excel

    # From 1927 (serial 10000) to 9999: a smaller number is more likely a year.
    if not 10_000 <= value < 2_958_466:
        return None
    moment = from_excel(value)
    return moment if isinstance(moment, datetime.datetime) else None


def parse_time(value: Any) -> datetime.time | None:
    if isinstance(value, datetime.datetime):
        return value.time().replace(microsecond=0)
    if isinstance(value, datetime.time):
        return value.replace(microsecond=0)
    if isinstance(value, float | int) and not isinstance(value, bool) and 0 <= value < 1:
        seconds = round(value * 86400)
        return datetime.time(seconds // 3600, seconds % 3600 // 60, seconds % 60)
    text = cell_text(value)
    quick = QUICK_TIME.fullmatch(text)
    if quick:
        hour, minute, second = (int(g or 0) for g in quick.groups())
        if hour < 24 and minute < 60 and second < 60:
            return datetime.time(hour, minute, second)
        return None
    for fmt in TIME_FORMATS:
        try:
            return datetime.datetime.strptime(text, fmt).time()
        except ValueError:
            continue
    return None


def check_file(file: IO[bytes], kind: str, checker: RowChecker) -> Iterator[CheckedRow]:
    """Check the heading, then yield every non-blank data row checked."""
    rows = read_rows(file, kind)
    try:
        yield from check_rows(rows, checker)
    finally:
        rows.close()


def check_rows(
    rows: Iterator[tuple[int, tuple[Any, ...]]], checker: RowChecker
) -> Iterator[CheckedRow]:
    first = next(rows, None)
    if first is None or is_blank(first[1]):
        raise FileRefused("The file is empty: its first row must be the template's headings.")
    check_header(first[1])
    seen = 0
    for number, values in rows:
        if is_blank(values):
            continue
        seen += 1
        if seen > MAX_ROWS:
            raise FileRefused(
                f"The file has more than {MAX_ROWS:,} entries; split it into smaller files."
            )
        yield checker.check(number, values)
    if seen == 0:
        raise FileRefused("The file has the headings but no entries below them.")
