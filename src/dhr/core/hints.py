"""Examples in hints that stay true: dates from today, names from the CSP.

A hint that shows a date in the past, or another partnership's name, teaches
the wrong thing; these build examples when the form is made.
"""

from __future__ import annotations

import datetime

from django.utils import timezone


def today() -> datetime.date:
    return timezone.localdate()


def future_date(days: int = 42, on: datetime.date | None = None) -> datetime.date:
    return (on or today()) + datetime.timedelta(days=days)


def date_example(days: int = 42, on: datetime.date | None = None) -> str:
    """'For example, 14 1 2027' for a date entered as day, month and year."""
    day = future_date(days, on)
    return f"For example, {day.day} {day.month} {day.year}"


def long_date_example(days: int = 42, on: datetime.date | None = None) -> str:
    day = future_date(days, on)
    return f"{day.day} {day:%B %Y}"


def reference_example(on: datetime.date | None = None) -> str:
    """A reference of this year: '2026/01'."""
    return f"{(on or today()).year}/01"
