"""The combined chronology as a picture: one lane per agency, entries along time.

Entries are counted into periods (days, or months over a long span) so the
picture stays readable and small for 100,000 entries. The same counts are
given as a table, the picture's text equivalent.
"""

from __future__ import annotations

import datetime
import math
from collections import Counter
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, QuerySet
from django.db.models.functions import TruncMonth

from dhr.core.dates import shift
from dhr.evidence.models import ChronologyEntry

WIDTH = 900
LANE_HEIGHT = 44
LABEL_WIDTH = 220
TOP = 30
COLOURS = ["#1d70b8", "#d4351c", "#00703c", "#4c2c92", "#f47738", "#28a197", "#d53880", "#6f72af"]


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    r: float
    colour: str
    label: str


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass
class Timeline:
    agencies: list[tuple[str, float, str]]  # name, lane y, colour
    points: list[Point]
    ticks: list[Tick]
    height: int
    width: int
    summary: str
    rows: list[tuple[str, str, int]]  # period, agency, count: the text equivalent
    by_month: bool
    left: int = LABEL_WIDTH
    right: int = WIDTH - 20


def month_label(day: datetime.date) -> str:
    return day.strftime("%b %Y")


def build(entries: QuerySet[ChronologyEntry]) -> Timeline | None:
    span = entries.order_by().values_list("occurred_on", flat=True)
    first = span.order_by("occurred_on").first()
    last = span.order_by("-occurred_on").first()
    if first is None or last is None:
        return None
    by_month = (last - first).days > 92
    grouped: Any
    if by_month:
        grouped = (
            entries.order_by()
            .annotate(period=TruncMonth("occurred_on"))
            .values_list("agency__name", "period")
            .annotate(n=Count("id"))
        )
    else:
        grouped = (
            entries.order_by().values_list("agency__name", "occurred_on").annotate(n=Count("id"))
        )
    counts: Counter[tuple[str, datetime.date]] = Counter()
    for agency, period, n in grouped:
        period = period.date() if isinstance(period, datetime.datetime) else period
        counts[(agency, period)] += n
    agencies = sorted({agency for agency, _ in counts})
    start = first.replace(day=1) if by_month else first
    end = last
    days = max((end - start).days, 1)
    left, right = LABEL_WIDTH + 20, WIDTH - 20  # room for the biggest circle at each end
    plot = right - left

    def x_of(day: datetime.date) -> float:
        return round(left + plot * (day - start).days / days, 1)

    lanes = [
        (name, TOP + LANE_HEIGHT * i + LANE_HEIGHT / 2, COLOURS[i % len(COLOURS)])
        for i, name in enumerate(agencies)
    ]
    lane_of = {name: (y, colour) for name, y, colour in lanes}
    biggest = max(counts.values())
    points = []
    for (agency, period), n in sorted(counts.items(), key=lambda item: (item[0][1], item[0][0])):
        y, colour = lane_of[agency]
        when = month_label(period) if by_month else period.strftime("%d %b %Y")
        points.append(
            Point(
                x=x_of(period),
                y=y,
                r=round(3 + 12 * math.sqrt(n / biggest), 1),
                colour=colour,
                label=f"{agency}, {when}: {n} {'entry' if n == 1 else 'entries'}",
            )
        )
    height = TOP + LANE_HEIGHT * len(agencies) + 30
    total = sum(counts.values())
    summary = (
        f"{total:,} {'entry' if total == 1 else 'entries'} from {len(agencies)} "
        f"{'agency' if len(agencies) == 1 else 'agencies'}, between "
        f"{first:%d %B %Y} and {last:%d %B %Y}, "
        f"counted by {'month' if by_month else 'day'}."
    )
    rows = [
        (month_label(p) if by_month else p.strftime("%d %b %Y"), agency, n)
        for (agency, p), n in sorted(counts.items(), key=lambda item: (item[0][1], item[0][0]))
    ]
    return Timeline(
        agencies=lanes,
        points=points,
        ticks=ticks(start, end, x_of),
        height=height,
        width=WIDTH,
        summary=summary,
        rows=rows,
        by_month=by_month,
        left=LABEL_WIDTH,
        right=right,
    )


def ticks(start: datetime.date, end: datetime.date, x_of: object) -> list[Tick]:
    """About six evenly spaced date labels along the bottom."""
    assert callable(x_of)
    days = max((end - start).days, 1)
    step = max(days // 5, 1)
    out = []
    day = start
    while day <= end:
        label = day.strftime("%b %Y") if days > 92 else day.strftime("%d %b")
        out.append(Tick(x_of(day), label))
        after = shift(day, datetime.timedelta(days=step))
        if after == day:  # held at the last representable date
            break
        day = after
    return out
