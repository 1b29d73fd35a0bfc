"""The genogram's layout and drawing: plain Python, no database."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET

from dhr.people.genogram import (
    GenoPerson,
    GenoTie,
    layout,
    public_labels,
    render_svg,
    text_equivalent,
)

SVG = "{http://www.w3.org/2000/svg}"


def family() -> tuple[list[GenoPerson], list[GenoTie]]:
    people = [
        GenoPerson(1, "Vera Victimson", "victim", "Victim", "Female", deceased=True),
        GenoPerson(2, "Percy Perpson", "perpetrator", "Perpetrator", "Male"),
        GenoPerson(3, "Mona Motherly", "family", "Family member"),
        GenoPerson(4, "Fred Fatherly", "family", "Family member", deceased=True),
        GenoPerson(5, "Kit Kidson", "child", "Child"),
        GenoPerson(6, "Colin Colleague", "colleague", "Colleague"),
        GenoPerson(7, "Exa Expartner", "family", "Family member"),
    ]
    ties = [
        GenoTie(5, 1, "other", "odd but harmless"),
        GenoTie(3, 1, "parent", "parent of"),
        GenoTie(4, 1, "parent", "parent of"),
        GenoTie(3, 4, "spouse", "spouse"),
        GenoTie(1, 2, "partner", "intimate partner", lives_together=True),
        GenoTie(1, 5, "parent", "parent of", lives_together=True),
        GenoTie(2, 5, "parent", "parent of"),
        GenoTie(6, 1, "colleague", "colleague"),
        GenoTie(7, 1, "former_partner", "former intimate partner"),
    ]
    return people, ties


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # noqa: S314 - our own output


def text_of(root: ET.Element, tag: str) -> str:
    element = root.find(f"{SVG}{tag}")
    assert element is not None and element.text is not None
    return element.text


def test_parents_are_drawn_above_their_children_and_partners_side_by_side() -> None:
    people, ties = family()
    places = layout(people, ties)
    assert places.y[3] < places.y[1] < places.y[5]  # grandmother, victim, child
    assert places.y[4] < places.y[1]
    assert places.y[1] == places.y[2] == places.y[7]  # partners share a row
    assert abs(places.x[1] - places.x[2]) == abs(places.x[3] - places.x[4])  # adjacent pairs
    assert places.y[6] == places.y[1]  # a colleague stands beside the victim
    assert places.generation[3] == 0 and places.generation[5] == 2


def test_no_two_people_overlap() -> None:
    people, ties = family()
    places = layout(people, ties)
    cards = sorted((places.y[i], places.x[i]) for i in places.x)
    for (y1, x1), (y2, x2) in itertools.pairwise(cards):
        assert y1 != y2 or x2 - x1 >= 176


def test_svg_is_accessible_and_marks_victim_perpetrator_and_death_in_words() -> None:
    people, ties = family()
    svg = render_svg(people, ties, title="Family of Louise")
    root = parse(svg)
    assert root.get("role") == "img"
    assert text_of(root, "title") == "Family of Louise"
    desc = text_of(root, "desc")
    assert "7 people in 3 generations" in desc
    assert "Vera Victimson: Victim, Female, deceased" in desc
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "Victim, deceased" in texts and "Perpetrator" in texts
    assert "Household 1" in texts
    assert "Octagon, thick outline: the victim" in texts  # shape explained in the key
    assert 'stroke-dasharray="8 6"' in svg  # the former partner's dashed line


def test_text_equivalent_lists_people_and_relationships() -> None:
    people, ties = family()
    people_lines, tie_lines = text_equivalent(people, ties)
    assert "Percy Perpson: Perpetrator, Male" in people_lines
    assert "Vera Victimson – intimate partner – Percy Perpson (live together)" in tie_lines


def test_cycles_self_ties_unknown_people_and_nobody_do_not_crash() -> None:
    people = [
        GenoPerson(1, "A", "family"),
        GenoPerson(2, "B", "family"),
        GenoPerson(3, "C", "family"),
    ]
    ties = [
        GenoTie(1, 2, "parent"),
        GenoTie(2, 3, "parent"),
        GenoTie(3, 1, "parent"),  # a cycle
        GenoTie(1, 1, "partner"),  # oneself
        GenoTie(1, 99, "sibling"),  # someone unknown
        GenoTie(2, 1, "partner"),  # a partner who is also a child
    ]
    places = layout(people, ties)
    assert set(places.x) == {1, 2, 3}
    parse(render_svg(people, ties))
    empty = parse(render_svg([], []))
    assert "No people have been recorded yet." in text_of(empty, "desc")


def test_labels_are_escaped() -> None:
    svg = render_svg([GenoPerson(1, "<script>&", "victim")], [])
    assert "<script>" not in svg
    parse(svg)


def test_public_labels_use_pseudonyms_then_adult_and_child_letters() -> None:
    labels = public_labels(
        [
            (1, "victim", ""),
            (2, "perpetrator", ""),
            (3, "family", "Adult A"),
            (4, "child", ""),
            (5, "friend", "  "),
        ],
        victim_pseudonym="Louise",
    )
    assert labels == {1: "Louise", 2: "Adult B", 3: "Adult A", 4: "Child A", 5: "Adult C"}
