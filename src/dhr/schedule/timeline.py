"""The review's timeline as an SVG picture, with the same facts as a table.

Planned dates on one line, what actually happened on another; pauses are
striped (not colour alone) and every date drawn is also in the text table.
SVG presentation attributes only, no style attributes (the CSP forbids them).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from dhr.core.dates import shift
from dhr.reviews.models import Review
from dhr.schedule.clock import Clock, add_months
from dhr.schedule.models import Extension, Pause

WIDTH, LEFT, RIGHT = 760, 96, 20
PLANNED_Y, ACTUAL_Y, AXIS_Y = 62, 142, 200
HEIGHT = 226
CHAR_WIDTH = 7  # rough width of a 13px character, to keep labels apart
BLUE, PURPLE, ORANGE, GREY, GREEN, RED, BLACK = (
    "#1d70b8",
    "#4c2c92",
    "#f47738",
    "#505a5f",
    "#00703c",
    "#d4351c",
    "#0b0c0c",
)


@dataclass(frozen=True)
class TimelineEntry:
    on: datetime.date
    what: str
    line: str  # "Planned" or "Actual"
    end: datetime.date | None = None


def entries_for(
    review: Review,
    clock: Clock,
    pauses: list[Pause],
    extensions: list[Extension],
    today: datetime.date,
) -> list[TimelineEntry]:
    entries = [
        TimelineEntry(review.notified_on, "CSP notified of the death", "Actual"),
        TimelineEntry(clock.decision_due, "Decision due", "Planned"),
    ]
    if review.decided_on:
        entries.append(TimelineEntry(review.decided_on, "Decision made", "Actual"))
    if clock.report_due_original:
        entries.append(
            TimelineEntry(clock.report_due_original, "Overview report due (original)", "Planned")
        )
    for e in extensions:
        entries.append(
            TimelineEntry(
                e.new_due_on,
                f"Extension agreed on {e.agreed_on:%d %B %Y} by {e.agreed_by_name} "
                f"({e.agreed_by_role}): report now due",
                "Planned",
            )
        )
    if clock.report_due and clock.report_due not in {
        clock.report_due_original,
        clock.report_due_extended,
    }:
        entries.append(
            TimelineEntry(clock.report_due, "Overview report due (after pauses)", "Planned")
        )
    for p in pauses:
        entries.append(
            TimelineEntry(p.started_on, f"Paused: {p.get_kind_display()}", "Actual", p.ended_on)
        )
    if review.report_completed_on:
        entries.append(TimelineEntry(review.report_completed_on, "Report completed", "Actual"))
    entries.sort(key=lambda e: (e.on, e.line))
    return entries


def month_ticks(start: datetime.date, end: datetime.date) -> list[datetime.date]:
    first = datetime.date(start.year, start.month, 1)
    months = (end.year - first.year) * 12 + end.month - first.month + 1
    # At most eight ticks; whole years beyond five-year steps (a stored date
    # far off must not make thousands of ticks).
    step = next((s for s in (1, 2, 3, 6, 12, 24, 60) if months / s <= 8), 12 * -(-months // 96))
    ticks = []
    tick = first
    while tick <= end:
        if tick >= start:
            ticks.append(tick)
        after = add_months(tick, step)
        if after == tick:  # held at the last representable date
            break
        tick = after
    return ticks


def render_svg(
    review: Review,
    clock: Clock,
    pauses: list[Pause],
    extensions: list[Extension],
    today: datetime.date,
    svg_id: str = "timeline",
) -> SafeString:
    start = review.notified_on
    # A finished review's picture ends at its last date, not today.
    candidates = [None if review.report_completed_on else today, clock.decision_due]
    candidates += [review.decided_on, review.report_completed_on]
    candidates += [clock.report_due_original, clock.report_due]
    candidates += [e.new_due_on for e in extensions]
    candidates += [p.ended_on for p in pauses]
    end = shift(max(d for d in candidates if d is not None), datetime.timedelta(days=14))
    span = max((end - start).days, 1)

    def x(day: datetime.date) -> float:
        return round(LEFT + (day - start).days / span * (WIDTH - LEFT - RIGHT), 1)

    parts: list[str] = []
    add = parts.append
    title_id, desc_id = f"{svg_id}-title", f"{svg_id}-desc"
    desc = (
        f"Planned dates on the upper line, actual dates on the lower line, from "
        f"{start:%d %B %Y} to {end:%d %B %Y}. "
        f"{len(pauses)} pause{'s' if len(pauses) != 1 else ''} and "
        f"{len(extensions)} extension{'s' if len(extensions) != 1 else ''}. "
        "The table that follows gives every date."
    )
    add(
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="100%" aria-labelledby="{title_id} {desc_id}" class="dhr-timeline" '
        f'font-family="GDS Transport, arial, sans-serif" font-size="13">'
    )
    add(f'<title id="{title_id}">Timeline of {escape(review.full_reference)}</title>')
    add(f'<desc id="{desc_id}">{escape(desc)}</desc>')
    add(
        '<defs><pattern id="' + svg_id + '-stripes" width="6" height="6" '
        'patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
        f'<rect width="6" height="6" fill="#ffffff"/><rect width="3" height="6" fill="{PURPLE}"/>'
        "</pattern></defs>"
    )
    # Axis with month ticks.
    add(f'<line x1="{LEFT}" y1="{AXIS_Y}" x2="{WIDTH - RIGHT}" y2="{AXIS_Y}" stroke="{GREY}"/>')
    for tick in month_ticks(start, end):
        tx = x(tick)
        add(f'<line x1="{tx}" y1="{AXIS_Y}" x2="{tx}" y2="{AXIS_Y + 5}" stroke="{GREY}"/>')
        add(
            f'<text x="{tx}" y="{AXIS_Y + 18}" text-anchor="middle" fill="{BLACK}">'
            f"{tick:%b %Y}</text>"
        )
    # Row labels.
    add(f'<text x="0" y="{PLANNED_Y + 4}" fill="{BLACK}" font-weight="bold">Planned</text>')
    add(f'<text x="0" y="{ACTUAL_Y + 4}" fill="{BLACK}" font-weight="bold">Actual</text>')
    # Planned line.
    planned_end = clock.report_due or clock.report_due_original or clock.decision_due
    add(
        f'<line x1="{x(start)}" y1="{PLANNED_Y}" x2="{x(planned_end)}" y2="{PLANNED_Y}" '
        f'stroke="{GREY}" stroke-width="2" stroke-dasharray="4 3"/>'
    )

    placed: list[tuple[float, float, int]] = []

    def label(cx: float, ys: list[int], text: str, colour: str = BLACK) -> None:
        """Write a label at the first height where it overlaps no other label."""
        half = len(text) * CHAR_WIDTH / 2
        lo, hi = cx - half, cx + half
        anchor = "middle"
        if hi > WIDTH:
            lo, hi, anchor, cx = WIDTH - 2 * half, WIDTH, "end", WIDTH
        elif lo < LEFT - 40:
            lo, hi, anchor, cx = cx, cx + 2 * half, "start", cx
        y = next(
            (y for y in ys if not any(a < hi and lo < b and y == py for a, b, py in placed)),
            ys[-1],
        )
        placed.append((lo, hi, y))
        add(f'<text x="{cx}" y="{y}" text-anchor="{anchor}" fill="{colour}">{escape(text)}</text>')

    def diamond(day: datetime.date, y: int, colour: str, text: str, above: bool = True) -> None:
        cx = x(day)
        add(
            f'<path d="M{cx} {y - 7} L{cx + 7} {y} L{cx} {y + 7} L{cx - 7} {y} Z" '
            f'fill="{colour}" stroke="{BLACK}" stroke-width="0.5"/>'
        )
        levels = [y - 12, y - 27, y - 42] if above else [y + 22, y + 37, y + 52]
        label(cx, levels, text)

    diamond(clock.decision_due, PLANNED_Y, GREY, "Decision due")
    if clock.report_due_original:
        diamond(clock.report_due_original, PLANNED_Y, BLUE, "Report due")
    for number, e in enumerate(extensions, start=1):
        diamond(e.new_due_on, PLANNED_Y, ORANGE, f"Extension {number}", above=False)
    if clock.report_due and clock.report_due not in {
        clock.report_due_original,
        clock.report_due_extended,
    }:
        diamond(clock.report_due, PLANNED_Y, RED, "Due after pauses", above=False)
    # Actual line: notified -> decided (grey), decided -> completed or today (blue).
    actual_end = review.report_completed_on or today

    def bar(a: datetime.date, b: datetime.date, colour: str) -> None:
        add(
            f'<rect x="{x(a)}" y="{ACTUAL_Y - 6}" width="{max(x(b) - x(a), 1)}" height="12" '
            f'fill="{colour}"/>'
        )

    if review.decided_on:
        bar(start, review.decided_on, GREY)
        if actual_end > review.decided_on:
            bar(review.decided_on, actual_end, BLUE)
    else:
        bar(start, actual_end, GREY)
    for p in pauses:
        p_end = p.ended_on or today
        if p_end < p.started_on:
            continue
        px = x(p.started_on)
        width = max(x(shift(p_end, datetime.timedelta(days=1))) - px, 2)
        add(
            f'<rect x="{px}" y="{ACTUAL_Y - 10}" width="{width}" height="20" '
            f'fill="url(#{svg_id}-stripes)" stroke="{PURPLE}"/>'
        )
        label(px + len("Paused") * CHAR_WIDTH / 2, [ACTUAL_Y - 14, ACTUAL_Y - 29], "Paused", PURPLE)
    if review.report_completed_on:
        diamond(review.report_completed_on, ACTUAL_Y, GREEN, "Completed", above=False)
    # Today.
    if start <= today <= end:
        tx = x(today)
        add(
            f'<line x1="{tx}" y1="16" x2="{tx}" y2="{AXIS_Y}" stroke="{BLACK}" '
            'stroke-dasharray="2 2"/>'
        )
        label(tx, [12], "Today")
    add("</svg>")
    # Every text in it is escaped above.
    return mark_safe("".join(parts))
