"""The combined chronology: merge order, likely duplicates, filters, picture, exports."""

from __future__ import annotations

import datetime
import io
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from docx import Document
from openpyxl import load_workbook

from conftest import World
from dhr.audit.models import AuditRecord
from dhr.evidence import exports, services
from dhr.evidence.merge import find_duplicates, similarity, tokens
from dhr.evidence.models import ChronologyEntry, ImportStatus
from dhr.evidence.tests.files import csv_bytes, police_row
from dhr.people.models import Person

SHOUTING = "Neighbour called police reporting shouting and a woman screaming at the flat"


def health_row(date: str, what: str, time: str = "", people: str = "Louise Example") -> list[str]:
    return police_row(
        date, what, time=time, agency="Northshire Health Trust", source="A&E record", people=people
    )


def load(world: World, agency: Any, rows: list[list[str]]) -> None:
    imported = services.do_start_import(
        world.users["coordinator"],
        world.review,
        agency,
        SimpleUploadedFile("c.csv", csv_bytes(rows)),
    )
    imported.refresh_from_db()
    assert imported.status == ImportStatus.IMPORTED, imported.errors or imported.message


@pytest.fixture
def chronologies(world: World, people: dict[str, Person]) -> None:
    load(
        world,
        world.police,
        [
            police_row("03/02/2024", SHOUTING, time="22:15"),
            police_row("10/01/2024", "Welfare check at the flat", time="", people="Lou"),
            police_row("05/03/2024", "Mark arrested for assault", people="Mark Sample"),
        ],
    )
    load(
        world,
        world.health,
        [
            health_row("03/02/2024", "Neighbour reporting shouting and woman screaming at flat"),
            health_row("03/02/2024", "Attended A&E with a broken wrist", time="23:40"),
            health_row("11/01/2024", "GP appointment about low mood", time="09:00"),
            health_row("10/01/2024", "Welfare check at the flat", time="08:00"),
        ],
    )


def page(client: Any, world: World, **params: Any) -> Any:
    return client.get(reverse("evidence:chronology", args=[world.review.pk]), params)


def test_similarity_ignores_case_punctuation_and_common_words() -> None:
    assert tokens("The Police ATTENDED, at 22:15!") == frozenset({"police", "attended", "22", "15"})
    assert similarity(tokens("police attended the flat"), tokens("Police attended flat")) == 1.0
    assert similarity(tokens("police attended"), tokens("GP appointment")) == 0.0


def test_duplicates_need_same_day_different_agency_and_similar_words() -> None:
    day = [
        (1, 10, "Police attended flat after call from neighbour"),
        (2, 10, "Police attended flat after call from neighbour"),  # same agency: not marked
        (3, 20, "Police attended the flat after a neighbour's call"),  # other agency: marked
        (4, 20, "Broken wrist treated in A&E"),  # different event
        (5, 30, "police attended flat after call from neighbour"),  # third agency: same group
    ]
    assert find_duplicates(day) == {3: 1, 5: 1}
    assert find_duplicates([(1, 10, "x y z"), (2, 10, "x y z")]) == {}


def test_entries_merge_in_date_then_time_order(
    world: World, client: Any, chronologies: None
) -> None:
    client.force_login(world.users["independent_chair"])
    rows = page(client, world).context["rows"]
    assert [(r.occurred_on.isoformat(), r.agency.name[11:], r.occurred_at) for r in rows] == [
        ("2024-01-10", "Police", None),  # no time: first on its day
        ("2024-01-10", "Health Trust", datetime.time(8, 0)),
        ("2024-01-11", "Health Trust", datetime.time(9, 0)),
        ("2024-02-03", "Health Trust", None),
        ("2024-02-03", "Police", datetime.time(22, 15)),
        ("2024-02-03", "Health Trust", datetime.time(23, 40)),
        ("2024-03-05", "Police", datetime.time(22, 15)),
    ]


def test_likely_duplicates_are_marked_across_agencies(
    world: World, client: Any, chronologies: None
) -> None:
    marked = ChronologyEntry.objects.filter(duplicate_of__isnull=False)
    pairs = {(e.agency.name, e.duplicate_of.agency.name, e.occurred_on) for e in marked}  # type: ignore[union-attr]
    assert pairs == {
        ("Northshire Police", "Northshire Health Trust", datetime.date(2024, 2, 3)),
        ("Northshire Health Trust", "Northshire Police", datetime.date(2024, 1, 10)),
    }
    client.force_login(world.users["coordinator"])
    html = page(client, world).content.decode()
    assert html.count("Likely duplicate") == 2
    assert 'class="govuk-tag govuk-tag--yellow"' in html


def test_imr_author_sees_only_own_agency_and_no_hint_of_others(
    world: World, client: Any, chronologies: None
) -> None:
    client.force_login(world.users["imr_author"])
    response = page(client, world)
    html = response.content.decode()
    assert {r.agency.name for r in response.context["rows"]} == {"Northshire Police"}
    assert "broken wrist" not in html and "Health Trust" not in html
    assert "Likely duplicate" not in html, "a duplicate mark would reveal another agency's entry"
    export = client.get(reverse("evidence:chronology_xlsx", args=[world.review.pk]))
    sheet = load_workbook(io.BytesIO(export.content)).active
    assert {row[2] for row in sheet.iter_rows(min_row=3, values_only=True)} == {"Northshire Police"}
    assert all(not row[8] for row in sheet.iter_rows(min_row=3, values_only=True))


def test_imr_author_cannot_filter_their_way_to_another_agency(
    world: World, client: Any, chronologies: None
) -> None:
    client.force_login(world.users["imr_author"])
    response = page(client, world, agency=world.health.pk)
    assert "Select a valid choice" in response.content.decode()
    assert {r.agency.name for r in response.context["rows"]} == {"Northshire Police"}


def test_filters_by_agency_person_and_period(
    world: World, client: Any, chronologies: None, people: dict[str, Person]
) -> None:
    client.force_login(world.users["coordinator"])
    by_agency = page(client, world, agency=world.police.pk).context["rows"]
    assert {r.agency_id for r in by_agency} == {world.police.pk} and len(by_agency) == 3
    by_person = page(client, world, person=people["mark"].pk).context["rows"]
    assert [r.what_happened for r in by_person] == [SHOUTING, "Mark arrested for assault"]
    period = page(
        client,
        world,
        start_day="1",
        start_month="2",
        start_year="2024",
        end_day="29",
        end_month="2",
        end_year="2024",
    ).context["rows"]
    assert {r.occurred_on for r in period} == {datetime.date(2024, 2, 3)} and len(period) == 3
    bad = page(
        client,
        world,
        start_day="5",
        start_month="3",
        start_year="2024",
        end_day="1",
        end_month="1",
        end_year="2024",
    )
    assert "must be the same as or after" in bad.content.decode()


def test_timeline_is_an_accessible_picture_with_a_text_equivalent(
    world: World, client: Any, chronologies: None
) -> None:
    client.force_login(world.users["coordinator"])
    html = page(client, world).content.decode()
    assert 'role="img"' in html and 'aria-labelledby="timeline-title timeline-desc"' in html
    assert '<title id="timeline-title">' in html
    assert "7 entries from 2 agencies, between 10 January 2024 and 05 March 2024" in html
    assert "The timeline as a table" in html
    assert html.count("<circle") == 6  # one per agency per day with entries


def test_every_view_of_the_chronology_is_audited(
    world: World, client: Any, chronologies: None
) -> None:
    client.force_login(world.users["panel_member"])
    page(client, world, agency=world.police.pk)
    record = AuditRecord.objects.filter(action="chronology.view").latest("id")
    assert record.actor == world.users["panel_member"]
    assert record.detail["filters"] == {"agency": world.police.pk}
    assert "agency Northshire Police" in record.summary


def test_exports_open_and_follow_the_filters(world: World, client: Any, chronologies: None) -> None:
    client.force_login(world.users["independent_chair"])
    query = {"agency": world.health.pk}
    xlsx = client.get(reverse("evidence:chronology_xlsx", args=[world.review.pk]), query)
    assert xlsx["Content-Disposition"] == 'attachment; filename="dhr-2025-01-chronology.xlsx"'
    rows = list(load_workbook(io.BytesIO(xlsx.content)).active.iter_rows(values_only=True))
    assert rows[1] == tuple(exports.EXPORT_COLUMNS)
    assert len(rows) == 2 + 4 and {r[2] for r in rows[2:]} == {"Northshire Health Trust"}
    assert rows[2][0] == datetime.datetime(2024, 1, 10)
    docx = client.get(reverse("evidence:chronology_docx", args=[world.review.pk]))
    table = Document(io.BytesIO(docx.content)).tables[0]
    assert [c.text for c in table.rows[0].cells] == exports.EXPORT_COLUMNS
    assert len(table.rows) == 1 + 7
    assert table.rows[1].cells[0].text == "10/01/2024"
    formats = set(
        AuditRecord.objects.filter(action="chronology.view")
        .exclude(detail__format=None)
        .values_list("detail__format", flat=True)
    )
    assert formats == {"xlsx", "docx"}


def test_spreadsheet_export_never_turns_text_into_a_formula(
    world: World, client: Any, people: dict[str, Person]
) -> None:
    load(world, world.police, [police_row("01/01/2024", '=HYPERLINK("http://evil.test","x")')])
    client.force_login(world.users["coordinator"])
    xlsx = client.get(reverse("evidence:chronology_xlsx", args=[world.review.pk]))
    cell = load_workbook(io.BytesIO(xlsx.content)).active["F3"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")


def test_word_export_too_long_asks_for_filters(
    world: World, client: Any, chronologies: None, monkeypatch: Any
) -> None:
    monkeypatch.setattr(exports, "MAX_DOCX_ENTRIES", 5)
    client.force_login(world.users["coordinator"])
    response = client.get(reverse("evidence:chronology_docx", args=[world.review.pk]), follow=True)
    assert "at most 5 entries and these filters give 7" in response.content.decode()
    narrowed = client.get(
        reverse("evidence:chronology_docx", args=[world.review.pk]), {"agency": world.police.pk}
    )
    assert narrowed["Content-Type"].endswith("wordprocessingml.document")


def test_templates_have_the_exact_columns(world: World, client: Any) -> None:
    client.force_login(world.users["imr_author"])
    xlsx = client.get(reverse("evidence:chronology_template_xlsx", args=[world.review.pk]))
    header = next(load_workbook(io.BytesIO(xlsx.content)).worksheets[0].iter_rows(values_only=True))
    expected = [
        "Date",
        "Time",
        "Agency",
        "Source record",
        "People involved",
        "What happened",
        "Action taken",
        "Comment",
    ]
    assert list(header) == expected
    csv_text = client.get(reverse("evidence:chronology_template_csv", args=[world.review.pk]))
    assert csv_text.content.decode("utf-8-sig").strip() == ",".join(expected)


def test_template_round_trips_through_the_import(
    world: World, client: Any, people: dict[str, Person]
) -> None:
    """The downloaded template, filled in with openpyxl as Excel would, imports cleanly."""
    client.force_login(world.users["imr_author"])
    xlsx = client.get(reverse("evidence:chronology_template_xlsx", args=[world.review.pk]))
    workbook = load_workbook(io.BytesIO(xlsx.content))
    workbook.worksheets[0].append(police_row("07/07/2024", "Filled in the template"))
    buffer = io.BytesIO()
    workbook.save(buffer)
    client.post(
        reverse("evidence:chronology_upload", args=[world.review.pk]),
        {"agency": world.police.pk, "file": SimpleUploadedFile("t.xlsx", buffer.getvalue())},
    )
    assert ChronologyEntry.objects.get().what_happened == "Filled in the template"


def test_duplicate_search_stays_linear_on_a_crowded_day() -> None:
    import time

    day = [(i, i % 2, f"Entry number {i} about event {i * 7}") for i in range(20_000)]
    day.append((99_999, 1, "Entry number 0 about event 0"))
    started = time.perf_counter()
    found = find_duplicates(day)
    assert time.perf_counter() - started < 30
    assert found == {}, "an exact repeat beyond the window is not searched for"
    near = [
        (1, 1, "Call about shouting at the flat"),
        *day[:500],
        (2, 2, "Call about shouting at flat"),
    ]
    assert 2 not in find_duplicates(near)
    assert find_duplicates([near[0], *day[:100], near[-1]])[2] == 1
