"""The genogram: a family and household diagram drawn as an accessible SVG.

Plain Python, no Django: `layout` places people in generations (parents above
their children, partners side by side) and `render_svg` draws them. Odd data
(a parent cycle, a tie to someone unknown, a person tied to themselves) is
drawn as well as it can be and never raises.

What the drawing says never rests on colour alone: the victim is an octagon
and the perpetrator a hexagon, each also labelled; a deceased person carries a
cross and the word "deceased"; a former partner's line is dashed and crossed
by "//"; a household is enclosed by a dotted boundary and labelled.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

PARTNER_KINDS = {"partner", "spouse", "former_partner"}
STRUCTURAL_KINDS = PARTNER_KINDS | {"parent", "sibling"}

CARD_W = 176
CARD_H = 62
GAP_X = 36
ROW_H = CARD_H + 84
MARGIN = 40
LABEL_CHARS = 22


@dataclass(frozen=True)
class GenoPerson:
    id: int
    label: str  # what the diagram calls them: a name, or a pseudonym when publishing
    role: str  # victim, perpetrator, family, friend, ...
    role_label: str = ""  # "Victim", "Family member", ...
    sex: str = ""
    deceased: bool = False


@dataclass(frozen=True)
class GenoTie:
    from_id: int
    to_id: int
    kind: str  # partner, former_partner, spouse, parent (from is parent of to), sibling, ...
    kind_label: str = ""
    lives_together: bool = False


@dataclass
class Layout:
    generation: dict[int, int] = field(default_factory=dict)
    x: dict[int, float] = field(default_factory=dict)  # left edge of each card
    y: dict[int, float] = field(default_factory=dict)  # top edge of each card
    width: float = 0
    height: float = 0
    households: list[list[int]] = field(default_factory=list)
    parent_edges: list[tuple[int, int]] = field(default_factory=list)  # cycle-free


def public_labels(
    people: Iterable[tuple[int, str, str]], victim_pseudonym: str = ""
) -> dict[int, str]:
    """What each person is called in anything published: never their name.

    `people` is (id, role, pseudonym). A recorded pseudonym wins; the victim
    without one takes the review's pseudonym; everyone else becomes "Adult A",
    "Adult B", ... ("Child A" for children), skipping letters already used.
    """
    people = list(people)
    used = {pseudonym.strip() for _, _, pseudonym in people if pseudonym.strip()}
    if victim_pseudonym.strip():
        used.add(victim_pseudonym.strip())
    labels: dict[int, str] = {}
    counters = {"Adult": 0, "Child": 0}
    for person_id, role, pseudonym in people:
        if pseudonym.strip():
            labels[person_id] = pseudonym.strip()
            continue
        if role == "victim" and victim_pseudonym.strip():
            labels[person_id] = victim_pseudonym.strip()
            continue
        prefix = "Child" if role == "child" else "Adult"
        while True:
            label = f"{prefix} {_letters(counters[prefix])}"
            counters[prefix] += 1
            if label not in used:
                break
        used.add(label)
        labels[person_id] = label
    return labels


def _letters(n: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA, ..."""
    out = ""
    n += 1
    while n:
        n, rem = divmod(n - 1, 26)
        out = string.ascii_uppercase[rem] + out
    return out


class _Groups:
    """Union-find, for partner units and households."""

    def __init__(self, ids: Iterable[int]) -> None:
        self.parent = {i: i for i in ids}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


def _acyclic_parent_edges(ids: set[int], ties: Sequence[GenoTie]) -> list[tuple[int, int]]:
    """Parent edges in order, leaving out any that would close a cycle."""
    children: dict[int, set[int]] = {i: set() for i in ids}
    edges: list[tuple[int, int]] = []

    def reaches(start: int, goal: int) -> bool:
        seen, stack = {start}, [start]
        while stack:
            node = stack.pop()
            if node == goal:
                return True
            for nxt in children[node] - seen:
                seen.add(nxt)
                stack.append(nxt)
        return False

    for tie in ties:
        parent, child = tie.from_id, tie.to_id
        if tie.kind != "parent" or (parent, child) in edges:
            continue
        if reaches(child, parent):
            continue
        children[parent].add(child)
        edges.append((parent, child))
    return edges


def _usable(people: Sequence[GenoPerson], ties: Sequence[GenoTie]) -> list[GenoTie]:
    ids = {p.id for p in people}
    return [t for t in ties if t.from_id in ids and t.to_id in ids and t.from_id != t.to_id]


def layout(people: Sequence[GenoPerson], ties: Sequence[GenoTie]) -> Layout:
    """Place each person: generations top to bottom, partners side by side."""
    result = Layout()
    if not people:
        return result
    order = {p.id: index for index, p in enumerate(people)}
    ids = set(order)
    ties = _usable(people, ties)
    parent_edges = _acyclic_parent_edges(ids, ties)
    same_row = [(t.from_id, t.to_id) for t in ties if t.kind in PARTNER_KINDS | {"sibling"}]

    # Generations: a child is below each parent; partners and siblings share a
    # row. Contradictory data cannot loop for ever: the passes are bounded.
    gen = dict.fromkeys(ids, 0)
    for _ in range(4 * len(ids) + 4):
        changed = False
        for parent, child in parent_edges:
            if gen[child] < gen[parent] + 1:
                gen[child] = gen[parent] + 1
                changed = True
        for a, b in same_row:
            top = max(gen[a], gen[b])
            if gen[a] != top or gen[b] != top:
                gen[a] = gen[b] = top
                changed = True
        if not changed:
            break
    structural = {i for edge in parent_edges + same_row for i in edge}
    victim_gen = next((gen[p.id] for p in people if p.role == "victim"), 0)
    for person in people:  # friends, colleagues: beside whoever they are tied to
        if person.id in structural:
            continue
        tied = [
            t.to_id if t.from_id == person.id else t.from_id
            for t in ties
            if person.id in (t.from_id, t.to_id)
        ]
        anchor = next((gen[i] for i in tied if i in structural), None)
        gen[person.id] = victim_gen if anchor is None else anchor
    ranks = {g: rank for rank, g in enumerate(sorted(set(gen.values())))}
    gen = {i: ranks[g] for i, g in gen.items()}

    # Units: partners (and members of one household) in a row stay together.
    units = _Groups(ids)
    for tie in ties:
        if gen[tie.from_id] != gen[tie.to_id]:
            continue
        if tie.kind in PARTNER_KINDS or tie.lives_together:
            units.join(tie.from_id, tie.to_id)
    parents_of: dict[int, list[int]] = {i: [] for i in ids}
    for parent, child in parent_edges:
        parents_of[child].append(parent)
    sibships: dict[frozenset[int], int] = {}
    for i in sorted(ids, key=order.__getitem__):  # children of the same parents stay together
        if parents_of[i]:
            first = sibships.setdefault(frozenset(parents_of[i]), i)
            if gen[first] == gen[i]:
                units.join(i, first)
    neighbours: dict[int, list[int]] = {i: [] for i in ids}
    for tie in ties:
        neighbours[tie.from_id].append(tie.to_id)
        neighbours[tie.to_id].append(tie.from_id)
    partners: dict[int, list[int]] = {i: [] for i in ids}
    for tie in ties:
        if tie.kind in PARTNER_KINDS:
            partners[tie.from_id].append(tie.to_id)
            partners[tie.to_id].append(tie.from_id)

    step = CARD_W + GAP_X
    for row in range(len(ranks)):
        members = sorted((i for i in ids if gen[i] == row), key=order.__getitem__)

        def wish(i: int) -> float | None:
            """Where a person would like their centre: under their parents."""
            placed = [result.x[p] + CARD_W / 2 for p in parents_of[i] if p in result.x]
            if not placed:
                placed = [result.x[n] + CARD_W / 2 for n in neighbours[i] if n in result.x]
            return sum(placed) / len(placed) if placed else None

        grouped: dict[int, list[int]] = {}
        for i in members:
            grouped.setdefault(units.find(i), []).append(i)
        unit_list: list[tuple[float, int, list[int]]] = []
        for unit in grouped.values():
            unit = _chain(unit, partners)
            wishes = [w for w in (wish(i) for i in unit) if w is not None]
            centre = sum(wishes) / len(wishes) if wishes else float("inf")
            unit_list.append((centre, order[unit[0]], unit))
        unit_list.sort(key=lambda item: (item[0], item[1]))
        cursor = float(MARGIN)
        for centre, _, unit in unit_list:
            width = len(unit) * step - GAP_X
            start = cursor if centre == float("inf") else max(cursor, centre - width / 2)
            for offset, i in enumerate(unit):
                result.x[i] = start + offset * step
                result.y[i] = MARGIN + 24 + row * ROW_H
            cursor = start + width + GAP_X
    shift = MARGIN - min(result.x.values())
    for i in result.x:
        result.x[i] += shift
    result.generation = gen
    result.parent_edges = parent_edges
    result.width = max(result.x.values()) + CARD_W + MARGIN
    result.height = max(result.y.values()) + CARD_H + MARGIN
    households = _Groups(ids)
    for tie in ties:
        if tie.lives_together:
            households.join(tie.from_id, tie.to_id)
    grouped_households: dict[int, list[int]] = {}
    for i in sorted(ids, key=order.__getitem__):
        grouped_households.setdefault(households.find(i), []).append(i)
    result.households = [h for h in grouped_households.values() if len(h) > 1]
    return result


def _chain(unit: list[int], partners: dict[int, list[int]]) -> list[int]:
    """Order a unit so that partners sit next to each other where they can."""
    remaining = list(unit)
    ordered: list[int] = []
    while remaining:
        current = min(remaining, key=lambda i: len([p for p in partners[i] if p in remaining]))
        remaining.remove(current)
        ordered.append(current)
        while True:
            nxt = next((p for p in partners[current] if p in remaining), None)
            if nxt is None:
                break
            remaining.remove(nxt)
            ordered.append(nxt)
            current = nxt
    return ordered


def text_equivalent(
    people: Sequence[GenoPerson], ties: Sequence[GenoTie]
) -> tuple[list[str], list[str]]:
    """The diagram in words: one line per person, one per relationship."""
    by_id = {p.id: p for p in people}
    people_lines = []
    for p in people:
        facts = [p.role_label or p.role]
        if p.sex:
            facts.append(p.sex)
        if p.deceased:
            facts.append("deceased")
        people_lines.append(f"{p.label}: {', '.join(facts)}")
    tie_lines = []
    for t in _usable(people, ties):
        line = f"{by_id[t.from_id].label} – {t.kind_label or t.kind} – {by_id[t.to_id].label}"
        if t.lives_together:
            line += " (live together)"
        tie_lines.append(line)
    return people_lines, tie_lines


def render_svg(
    people: Sequence[GenoPerson],
    ties: Sequence[GenoTie],
    *,
    title: str = "Family and household diagram",
    element_id: str = "genogram",
    scalable: bool = False,
) -> str:
    """The whole genogram as one SVG document (a string), with title and description.

    `scalable` drops the fixed size so the drawing fits the width of a page.
    """
    people = list(people)
    ties = _usable(people, ties)
    places = layout(people, ties)
    people_lines, tie_lines = text_equivalent(people, ties)
    generations = len(set(places.generation.values()))
    desc = (
        f"{len(people)} people in {generations} generation{'s' if generations != 1 else ''}"
        f" and {len(ties)} relationship{'s' if len(ties) != 1 else ''}. "
        + (" ".join(f"{line}." for line in people_lines + tie_lines))
        if people
        else "No people have been recorded yet."
    )
    legend_top = places.height if people else MARGIN + 40
    width = max(places.width, 2 * MARGIN + 560)
    height = legend_top + len(LEGEND) * 24 + MARGIN
    size = "" if scalable else f' width="{width:.0f}" height="{height:.0f}"'
    out: list[str] = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width:.0f} '
        f'{height:.0f}"{size} aria-labelledby="{element_id}-title {element_id}-desc" '
        f'font-family="Arial, Helvetica, sans-serif" font-size="14" fill="#0b0c0c">',
        f'<title id="{element_id}-title">{escape(title)}</title>',
        f'<desc id="{element_id}-desc">{escape(desc)}</desc>',
        f'<rect x="0" y="0" width="{width:.0f}" height="{height:.0f}" fill="#ffffff"/>',
    ]
    if not people:
        out.append(f'<text x="{MARGIN}" y="{MARGIN + 10}">No people have been recorded yet.</text>')
    out += _households(places)
    out += _lines(places, ties)
    by_id = {p.id: p for p in people}
    out += [_card(by_id[i], places.x[i], places.y[i]) for i in by_id]
    out += _legend(MARGIN, legend_top)
    out.append("</svg>")
    return "\n".join(out)


def _households(places: Layout) -> list[str]:
    out = []
    x, y = places.x, places.y
    for number, members in enumerate(places.households, start=1):
        pad = 12 + 4 * (number - 1)
        boxes = [members]
        if any(_inside(places, o, members) for o in x if o not in members):
            rows: dict[float, list[int]] = {}
            for i in members:
                rows.setdefault(y[i], []).append(i)
            boxes = list(rows.values())
        for box in boxes:
            left = min(x[i] for i in box) - pad
            top = min(y[i] for i in box) - pad
            right = max(x[i] for i in box) + CARD_W + pad
            bottom = max(y[i] for i in box) + CARD_H + pad
            out.append(
                f'<g><rect x="{left:.0f}" y="{top:.0f}" width="{right - left:.0f}" '
                f'height="{bottom - top:.0f}" rx="10" fill="none" stroke="#505a5f" '
                f'stroke-width="2" stroke-dasharray="2 5"/><text x="{left + 4:.0f}" '
                f'y="{top - 5:.0f}" font-size="12">Household {number}</text></g>'
            )
    return out


def _inside(places: Layout, other: int, members: list[int]) -> bool:
    """Would the boundary round these members also take in `other`'s card?"""
    x, y = places.x, places.y
    return min(x[i] for i in members) <= x[other] <= max(x[i] for i in members) and min(
        y[i] for i in members
    ) <= y[other] <= max(y[i] for i in members)


def _lines(places: Layout, ties: Sequence[GenoTie]) -> list[str]:
    out = []
    x, y = places.x, places.y
    parents_of: dict[int, set[int]] = {}
    for parent, child in places.parent_edges:
        parents_of.setdefault(child, set()).add(parent)
    groups: dict[frozenset[int], list[int]] = {}  # children of the same parents
    for child, its_parents in parents_of.items():
        groups.setdefault(frozenset(its_parents), []).append(child)
    per_row: dict[float, int] = {}
    for parents, children in groups.items():
        child_top = min(y[c] for c in children)
        k = per_row.get(child_top, 0)
        per_row[child_top] = k + 1
        bar = child_top - 22 - 10 * (k % 5)
        drops: list[tuple[float, float]] = []
        pair = sorted(parents, key=x.__getitem__)
        if len(pair) == 2 and _adjacent_partners(places, pair[0], pair[1], ties):
            drops.append(((x[pair[0]] + CARD_W + x[pair[1]]) / 2, y[pair[0]] + CARD_H / 2))
        else:
            drops += [(x[p] + CARD_W / 2, y[p] + CARD_H) for p in pair]
        xs = [d[0] for d in drops] + [x[c] + CARD_W / 2 for c in children]
        d = " ".join(f"M{px:.0f},{py:.0f} V{bar:.0f}" for px, py in drops)
        d += f" M{min(xs):.0f},{bar:.0f} H{max(xs):.0f}"
        d += "".join(f" M{x[c] + CARD_W / 2:.0f},{bar:.0f} V{y[c]:.0f}" for c in children)
        out.append(f'<path d="{d}" fill="none" stroke="#0b0c0c" stroke-width="2"/>')
    for tie in ties:
        a, b = tie.from_id, tie.to_id
        if x[a] > x[b]:
            a, b = b, a
        if tie.kind in PARTNER_KINDS:
            dash = ' stroke-dasharray="8 6"' if tie.kind == "former_partner" else ""
            if y[a] == y[b]:
                between = any(y[o] == y[a] and x[a] < x[o] < x[b] for o in x)
                if between:
                    low = y[a] + CARD_H + 14
                    d = (
                        f"M{x[a] + CARD_W / 2:.0f},{y[a] + CARD_H:.0f} V{low:.0f} "
                        f"H{x[b] + CARD_W / 2:.0f} V{y[b] + CARD_H:.0f}"
                    )
                    mx, my = (x[a] + x[b]) / 2 + CARD_W / 2, low
                else:
                    my = y[a] + CARD_H / 2
                    d = f"M{x[a] + CARD_W:.0f},{my:.0f} H{x[b]:.0f}"
                    mx = (x[a] + CARD_W + x[b]) / 2
            else:
                d = (
                    f"M{x[a] + CARD_W / 2:.0f},{y[a] + CARD_H / 2:.0f} "
                    f"L{x[b] + CARD_W / 2:.0f},{y[b] + CARD_H / 2:.0f}"
                )
                mx = (x[a] + x[b]) / 2 + CARD_W / 2
                my = (y[a] + y[b]) / 2 + CARD_H / 2
            out.append(f'<path d="{d}" fill="none" stroke="#0b0c0c" stroke-width="3"{dash}/>')
            if tie.kind == "former_partner":  # the genogram's mark of separation
                out.append(
                    f'<path d="M{mx - 7:.0f},{my + 8:.0f} L{mx - 1:.0f},{my - 8:.0f} '
                    f'M{mx + 1:.0f},{my + 8:.0f} L{mx + 7:.0f},{my - 8:.0f}" '
                    'stroke="#0b0c0c" stroke-width="2"/>'
                )
        elif tie.kind == "parent":
            continue  # drawn above, cycle-free
        elif tie.kind == "sibling" and y[a] == y[b]:
            top = y[a] - 14
            out.append(
                f'<path d="M{x[a] + CARD_W / 2:.0f},{y[a]:.0f} V{top:.0f} '
                f'H{x[b] + CARD_W / 2:.0f} V{y[b]:.0f}" fill="none" stroke="#0b0c0c" '
                'stroke-width="2"/>'
            )
        else:
            ax, ay = x[a] + CARD_W / 2, y[a] + CARD_H / 2
            bx, by = x[b] + CARD_W / 2, y[b] + CARD_H / 2
            out.append(
                f'<g><path d="M{ax:.0f},{ay:.0f} L{bx:.0f},{by:.0f}" stroke="#505a5f" '
                'stroke-width="2" stroke-dasharray="1 4" stroke-linecap="round"/>'
                f'<text x="{(ax + bx) / 2:.0f}" y="{(ay + by) / 2 - 6:.0f}" font-size="12" '
                f'text-anchor="middle">{escape(tie.kind_label or tie.kind)}</text></g>'
            )
    return out


def _adjacent_partners(places: Layout, a: int, b: int, ties: Sequence[GenoTie]) -> bool:
    x, y = places.x, places.y
    if y[a] != y[b] or not any(
        {t.from_id, t.to_id} == {a, b} and t.kind in PARTNER_KINDS for t in ties
    ):
        return False
    low, high = sorted((x[a], x[b]))
    return not any(y[o] == y[a] and low < x[o] < high for o in x)


def _shape(
    role: str, x: float, y: float, w: float = CARD_W, h: float = CARD_H, thick: int = 4
) -> str:
    c = min(14.0, h / 3)
    if role == "victim":  # octagon
        return (
            f'<path d="M{x + c:.0f},{y:.0f} H{x + w - c:.0f} L{x + w:.0f},{y + c:.0f} '
            f"V{y + h - c:.0f} L{x + w - c:.0f},{y + h:.0f} H{x + c:.0f} L{x:.0f},{y + h - c:.0f} "
            f'V{y + c:.0f} Z" fill="#ffffff" stroke="#0b0c0c" stroke-width="{thick}"/>'
        )
    if role == "perpetrator":  # hexagon
        return (
            f'<path d="M{x + c:.0f},{y:.0f} H{x + w - c:.0f} L{x + w:.0f},{y + h / 2:.0f} '
            f'L{x + w - c:.0f},{y + h:.0f} H{x + c:.0f} L{x:.0f},{y + h / 2:.0f} Z" '
            f'fill="#ffffff" stroke="#0b0c0c" stroke-width="{thick}"/>'
        )
    return (
        f'<rect x="{x:.0f}" y="{y:.0f}" width="{w:.0f}" height="{h:.0f}" rx="6" '
        'fill="#ffffff" stroke="#0b0c0c" stroke-width="2"/>'
    )


def _cross(x: float, y: float, size: float = 12) -> str:
    return (
        f'<path d="M{x:.0f},{y:.0f} L{x + size:.0f},{y + size:.0f} M{x + size:.0f},{y:.0f} '
        f'L{x:.0f},{y + size:.0f}" stroke="#0b0c0c" stroke-width="2.5"/>'
    )


def _short(text: str, limit: int = LABEL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _card(person: GenoPerson, x: float, y: float) -> str:
    role_text = person.role_label or person.role
    if person.deceased:
        role_text += ", deceased"
    parts = [f"<g>{_shape(person.role, x, y)}"]
    if person.deceased:
        parts.append(_cross(x + CARD_W - 34, y + 8))
    parts.append(
        f'<text x="{x + CARD_W / 2:.0f}" y="{y + 26:.0f}" text-anchor="middle" '
        f'font-weight="bold">{escape(_short(person.label))}</text>'
        f'<text x="{x + CARD_W / 2:.0f}" y="{y + 46:.0f}" text-anchor="middle" '
        f'font-size="12">{escape(_short(role_text, 28))}</text></g>'
    )
    return "".join(parts)


LEGEND = [
    "victim",
    "perpetrator",
    "person",
    "deceased",
    "partner",
    "former",
    "parent",
    "household",
    "other",
]


def _legend(left: float, top: float) -> list[str]:
    texts = {
        "victim": "Octagon, thick outline: the victim",
        "perpetrator": "Hexagon, thick outline: the perpetrator",
        "person": "Rectangle: anyone else",
        "deceased": "Cross in the corner: deceased",
        "partner": "Thick solid line: partners or spouses",
        "former": "Thick dashed line crossed by //: former partners",
        "parent": "Line down from a person: parent of the person below",
        "household": "Dotted boundary: people who live together",
        "other": "Dotted line with a label: another tie",
    }
    out = [f'<g><text x="{left:.0f}" y="{top + 4:.0f}" font-weight="bold">Key</text>']
    for row, key in enumerate(LEGEND, start=1):
        y = top + row * 24 - 4
        sx = left
        if key in {"victim", "perpetrator", "person"}:
            out.append(_shape(key, sx, y - 12, 40, 18, thick=3))
        elif key == "deceased":
            out.append(_cross(sx + 14, y - 10))
        elif key == "household":
            out.append(
                f'<rect x="{sx:.0f}" y="{y - 12:.0f}" width="40" height="18" rx="4" fill="none" '
                'stroke="#505a5f" stroke-width="2" stroke-dasharray="2 5"/>'
            )
        elif key == "parent":
            out.append(
                f'<path d="M{sx + 20:.0f},{y - 12:.0f} V{y + 6:.0f}" stroke="#0b0c0c" '
                'stroke-width="2"/>'
            )
        else:
            dash = {
                "partner": "",
                "former": ' stroke-dasharray="8 6"',
                "other": ' stroke-dasharray="1 4" stroke-linecap="round"',
            }[key]
            width = "2" if key == "other" else "3"
            out.append(
                f'<path d="M{sx:.0f},{y - 3:.0f} H{sx + 40:.0f}" stroke="#0b0c0c" '
                f'stroke-width="{width}"{dash}/>'
            )
            if key == "former":
                out.append(
                    f'<path d="M{sx + 13:.0f},{y + 5:.0f} L{sx + 19:.0f},{y - 11:.0f} '
                    f'M{sx + 21:.0f},{y + 5:.0f} L{sx + 27:.0f},{y - 11:.0f}" '
                    'stroke="#0b0c0c" stroke-width="2"/>'
                )
        out.append(f'<text x="{sx + 52:.0f}" y="{y + 2:.0f}">{escape(texts[key])}</text>')
    out.append("</g>")
    return out
