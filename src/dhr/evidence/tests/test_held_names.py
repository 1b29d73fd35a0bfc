"""Names an agency uses that the review does not know: held for the coordinator,
never an error; and an IMR author never sees the review's people (issue 10, finding 1).
"""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.urls import reverse
from docx import Document
from openpyxl import load_workbook

from conftest import World
from dhr.audit.models import AuditRecord
from dhr.evidence.models import ChronologyEntry, HeldName, ImportStatus
from dhr.evidence.tests.files import csv_bytes, police_row
from dhr.evidence.tests.test_chronology_import import last_import, upload
from dhr.people.models import Person

AGENCY_NAMES = "Mrs L. Example; Mark Sample"


@pytest.fixture
def author(client: Any, world: World, people: dict[str, Person]) -> Any:
    client.force_login(world.users["imr_author"])
    return client


def import_with_agency_names(author: Any, world: World) -> Any:
    rows = [
        police_row("03/02/2024", people=AGENCY_NAMES),
        police_row("04/02/2024", people="Mrs L. Example"),
        police_row("05/02/2024", people="PC Other"),
    ]
    return upload(author, world, csv_bytes(rows), "police.csv")


def test_unknown_names_do_not_block_the_agency_and_are_held(author: Any, world: World) -> None:
    response = import_with_agency_names(author, world)
    imported = last_import()
    assert imported.status == ImportStatus.IMPORTED
    assert (imported.rows_saved, imported.error_count, imported.names_held) == (3, 0, 2)
    held = {h.name: h for h in HeldName.objects.all()}
    assert set(held) == {"Mrs L. Example", "PC Other"}
    assert all(h.agency == world.police and h.person is None for h in held.values())
    page = author.get(response["Location"]).content.decode()
    assert "2 names in the People involved column are new to the review" in page
    assert "Louise Example" not in page, "the review's people are never shown to the author"


def test_the_coordinator_matches_a_held_name_and_the_rows_count(
    author: Any, world: World, client_for: Any, people: dict[str, Person]
) -> None:
    import_with_agency_names(author, world)
    coordinator = client_for("coordinator")
    index = coordinator.get(reverse("evidence:index", args=[world.review.pk])).content.decode()
    assert "2 names from agencies" in index
    held = HeldName.objects.get(name="Mrs L. Example")
    url = reverse("evidence:held_name", args=[world.review.pk, held.pk])
    assert "Louise Example" in coordinator.get(url).content.decode()
    response = coordinator.post(url, {"person": str(people["louise"].pk)})
    assert response.status_code == 302
    held.refresh_from_db()
    assert held.person == people["louise"] and held.matched_by == world.users["coordinator"]
    linked = ChronologyEntry.objects.filter(people=people["louise"])
    assert sorted(e.row_number for e in linked) == [2, 3]
    assert AuditRecord.objects.filter(action="chronology.match_name").count() == 1
    # The agency's next file matches the name directly: nothing held again.
    import_with_agency_names(author, world)
    assert last_import().names_held == 1  # only PC Other
    assert ChronologyEntry.objects.filter(people=people["louise"]).count() == 2


def test_the_coordinator_adds_a_new_person_for_a_held_name(
    author: Any, world: World, client_for: Any
) -> None:
    import_with_agency_names(author, world)
    coordinator = client_for("coordinator")
    held = HeldName.objects.get(name="PC Other")
    url = reverse("evidence:held_name", args=[world.review.pk, held.pk])
    bad = coordinator.post(url, {"person": "new", "new_name": "Peter Other", "new_role": ""})
    assert "Choose the new person&#x27;s part in the review" in bad.content.decode()
    assert not Person.objects.filter(name="Peter Other").exists()
    assert HeldName.objects.get(pk=held.pk).person is None
    taken = coordinator.post(url, {"person": "new", "new_name": "Mark Sample", "new_role": "other"})
    assert "already recorded in this review" in taken.content.decode()
    ok = coordinator.post(url, {"person": "new", "new_name": "Peter Other", "new_role": "other"})
    assert ok.status_code == 302
    person = Person.objects.get(name="Peter Other")
    assert ChronologyEntry.objects.get(people=person).row_number == 4
    assert AuditRecord.objects.filter(action="people.add").exists()


def test_a_person_of_another_review_cannot_be_matched(
    author: Any, world: World, client_for: Any
) -> None:
    import_with_agency_names(author, world)
    other_review = world.review.__class__.objects.create(
        csp=world.csp, reference="2025/99", notified_on=world.review.notified_on
    )
    stranger = Person.objects.create(review=other_review, name="Someone Else", role="other")
    held = HeldName.objects.get(name="PC Other")
    coordinator = client_for("coordinator")
    url = reverse("evidence:held_name", args=[world.review.pk, held.pk])
    response = coordinator.post(url, {"person": str(stranger.pk)})
    assert response.status_code == 200
    assert HeldName.objects.get(pk=held.pk).person is None


@pytest.mark.parametrize("role", ["imr_author", "panel_member", "home_office_qa"])
def test_only_those_who_edit_people_reach_the_held_names(
    author: Any, world: World, client_for: Any, role: str
) -> None:
    import_with_agency_names(author, world)
    held = HeldName.objects.first()
    assert held is not None
    client = client_for(role)
    assert client.get(reverse("evidence:held_names", args=[world.review.pk])).status_code == 403
    url = reverse("evidence:held_name", args=[world.review.pk, held.pk])
    assert (
        client.post(url, {"person": "new", "new_name": "X", "new_role": "other"}).status_code == 403
    )
    assert not Person.objects.filter(name="X").exists()


# Issue 10, finding 1 -----------------------------------------------------------


def test_an_imr_author_never_sees_the_reviews_people(
    author: Any, world: World, people: dict[str, Person]
) -> None:
    rows = [police_row("03/02/2024", people="Lou; Mark Sample")]  # linked by alias
    upload(author, world, csv_bytes(rows), "police.csv")
    entry = ChronologyEntry.objects.get()
    assert set(entry.people.all()) == {people["louise"], people["mark"]}
    url = reverse("evidence:chronology", args=[world.review.pk])
    page = author.get(url).content.decode()
    assert "Person involved" not in page and 'name="person"' not in page
    assert "Louise Example" not in page, "the linked person's name is not shown"
    assert "Lou; Mark Sample" in page, "the agency's own words are"
    filtered = author.get(url, {"person": people["louise"].pk}).content.decode()
    assert "Louise Example" not in filtered and "involving" not in filtered
    for name in ("evidence:chronology_xlsx", "evidence:chronology_docx"):
        export = author.get(reverse(name, args=[world.review.pk]), {"person": people["louise"].pk})
        assert export.status_code == 200
        assert "Louise Example" not in export_text(export.content, name), name
    for name in ("evidence:chronology_upload", "evidence:imr_upload", "evidence:index"):
        assert (
            "Louise Example"
            not in author.get(reverse(name, args=[world.review.pk])).content.decode()
        )


def test_a_panel_member_filters_by_person(
    author: Any, world: World, client_for: Any, people: dict[str, Person]
) -> None:
    upload(author, world, csv_bytes([police_row("03/02/2024", people="Lou")]), "police.csv")
    panel = client_for("panel_member")
    url = reverse("evidence:chronology", args=[world.review.pk])
    page = panel.get(url, {"person": people["louise"].pk}).content.decode()
    assert "Person involved" in page and "involving Louise Example" in page


def export_text(content: bytes, name: str) -> str:
    if name.endswith("docx"):
        document = Document(io.BytesIO(content))
        cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
        return "\n".join([p.text for p in document.paragraphs] + cells)
    workbook = load_workbook(io.BytesIO(content), read_only=True)
    return "\n".join(
        str(v) for sheet in workbook for row in sheet.iter_rows(values_only=True) for v in row
    )
