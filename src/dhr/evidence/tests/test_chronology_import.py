"""Importing a chronology: row-by-row errors, nothing half-saved, accepting valid rows."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from conftest import World
from dhr.audit.models import AuditRecord
from dhr.core.tests.test_uploads import zip_bomb_xlsx
from dhr.evidence.chronology import COLUMNS
from dhr.evidence.models import ChronologyEntry, ChronologyImport, ImportStatus
from dhr.evidence.tests.files import csv_bytes, police_row, xlsx_bytes
from dhr.people.models import Person


def upload(client: Any, world: World, content: bytes, name: str, agency: Any = None) -> Any:
    return client.post(
        reverse("evidence:chronology_upload", args=[world.review.pk]),
        {"agency": (agency or world.police).pk, "file": SimpleUploadedFile(name, content)},
    )


def last_import() -> ChronologyImport:
    return ChronologyImport.objects.latest("id")


def errors_of(imported: ChronologyImport) -> list[tuple[int, str, str]]:
    return [(e["row"], e["column"], e["message"]) for e in imported.errors]


@pytest.fixture
def author(client: Any, world: World, people: dict[str, Person]) -> Any:
    client.force_login(world.users["imr_author"])
    return client


def test_clean_csv_is_imported_with_people_linked(author: Any, world: World) -> None:
    rows = [
        police_row("03/02/2024", time="22:15"),
        police_row("2024-01-10", "Welfare check", time="", people="Lou"),
        police_row("04/02/2024", "Arrest of Mark", people="Mark Sample"),
    ]
    response = upload(author, world, csv_bytes(rows), "police.csv")
    imported = last_import()
    assert response["Location"] == reverse(
        "evidence:chronology_import", args=[world.review.pk, imported.pk]
    )
    assert imported.status == ImportStatus.IMPORTED
    assert imported.rows_saved == 3
    entries = list(ChronologyEntry.objects.order_by("occurred_on"))
    assert [e.occurred_on for e in entries] == [
        datetime.date(2024, 1, 10),
        datetime.date(2024, 2, 3),
        datetime.date(2024, 2, 4),
    ]
    assert entries[0].occurred_at is None
    assert entries[1].occurred_at == datetime.time(22, 15)
    assert {p.name for p in entries[0].people.all()} == {"Louise Example"}, "alias 'Lou' matched"
    assert {p.name for p in entries[1].people.all()} == {"Louise Example", "Mark Sample"}
    assert AuditRecord.objects.filter(action="chronology.import").count() == 1
    assert AuditRecord.objects.filter(action="chronology.upload").count() == 1


def test_xlsx_with_real_excel_dates_and_times_is_imported(author: Any, world: World) -> None:
    row = police_row()
    row[0] = datetime.datetime(2024, 3, 5, 0, 0)
    row[1] = datetime.time(9, 30)
    serial = police_row(what="Serial date")
    serial[0] = 45357  # 6 March 2024 as Excel stores it in a General cell
    serial[1] = 0.75  # 18:00
    upload(author, world, xlsx_bytes([row, serial]), "police.xlsx")
    assert last_import().status == ImportStatus.IMPORTED
    first, second = ChronologyEntry.objects.order_by("occurred_on")
    assert (first.occurred_on, first.occurred_at) == (
        datetime.date(2024, 3, 5),
        datetime.time(9, 30),
    )
    assert (second.occurred_on, second.occurred_at) == (
        datetime.date(2024, 3, 6),
        datetime.time(18, 0),
    )


def test_wrong_columns_are_named_and_nothing_is_saved(author: Any, world: World) -> None:
    header = ["Date", "Time", "Foo", *COLUMNS[3:]]
    upload(author, world, csv_bytes([police_row()], header=header), "police.csv")
    imported = last_import()
    assert imported.status == ImportStatus.FAILED
    assert "column C is 'Foo', expected 'Agency'" in imported.message
    assert not ChronologyEntry.objects.exists()


def test_missing_and_extra_columns_are_named(author: Any, world: World) -> None:
    upload(author, world, csv_bytes([], header=COLUMNS[:7]), "short.csv")
    assert "column H is empty, expected 'Comment'" in last_import().message
    upload(author, world, csv_bytes([], header=[*COLUMNS, "Notes"]), "long.csv")
    assert "column I is 'Notes'" in last_import().message


def test_row_errors_say_row_column_and_why(author: Any, world: World) -> None:
    rows = [
        police_row("31/02/2024"),  # row 2: not a real date
        police_row("03/02/2024", agency=""),  # row 3: missing agency
        police_row("03/02/2024", people="Louise Example; Stranger Danger"),  # row 4: held name
        police_row("03/02/2024", what=""),  # row 5: what happened missing
        police_row("03/02/2024", time="25:99"),  # row 6
        police_row("03/02/2024", agency="Northshire Health Trust"),  # row 7: another agency
        police_row("03/02/2024", agency="Acme Security"),  # row 8: unknown agency
        police_row("03/02/2099"),  # row 9: future
        police_row("03/02/2024"),  # row 10: fine
    ]
    response = upload(author, world, csv_bytes(rows), "police.csv")
    imported = last_import()
    assert imported.status == ImportStatus.NEEDS_DECISION
    assert (imported.rows_checked, imported.rows_valid, imported.error_count) == (9, 2, 7)
    errors = errors_of(imported)
    assert errors[0][:2] == (2, "A") and "'31/02/2024' is not a date" in errors[0][2]
    assert errors[1][:2] == (3, "C") and "Agency is missing" in errors[1][2]
    assert errors[2][:2] == (5, "F") and "What happened is missing" in errors[2][2]
    assert errors[3][:2] == (6, "B") and "'25:99' is not a time" in errors[3][2]
    assert errors[4][:2] == (7, "C") and "is another agency" in errors[4][2]
    assert errors[5][:2] == (8, "C") and "Unknown agency 'Acme Security'" in errors[5][2]
    assert errors[6][:2] == (9, "A") and "in the future" in errors[6][2]
    assert not ChronologyEntry.objects.exists(), "nothing saved from a file with errors"
    page = author.get(response["Location"]).content.decode()
    assert "Stranger Danger" not in page, "an unknown name is no error"
    assert "Import the 2 valid rows only" in page


def test_accepting_valid_rows_is_explicit_and_saves_only_them(author: Any, world: World) -> None:
    rows = [police_row("bad date"), police_row("03/02/2024"), police_row("04/02/2024")]
    upload(author, world, csv_bytes(rows), "police.csv")
    imported = last_import()
    assert imported.status == ImportStatus.NEEDS_DECISION
    response = author.post(
        reverse("evidence:chronology_accept", args=[world.review.pk, imported.pk])
    )
    assert response.status_code == 302
    imported.refresh_from_db()
    assert imported.status == ImportStatus.IMPORTED and imported.accepted_valid_rows
    assert imported.decided_by == world.users["imr_author"]
    assert sorted(ChronologyEntry.objects.values_list("row_number", flat=True)) == [3, 4]
    assert AuditRecord.objects.filter(action="chronology.accept_valid_rows").exists()
    again = author.post(reverse("evidence:chronology_accept", args=[world.review.pk, imported.pk]))
    assert "Only a chronology with errors" in author.get(again["Location"]).content.decode()
    assert ChronologyEntry.objects.count() == 2


def test_file_with_no_valid_row_fails_and_cannot_be_accepted(author: Any, world: World) -> None:
    upload(author, world, csv_bytes([police_row("nope")]), "police.csv")
    imported = last_import()
    assert imported.status == ImportStatus.FAILED
    author.post(reverse("evidence:chronology_accept", args=[world.review.pk, imported.pk]))
    assert not ChronologyEntry.objects.exists()


def test_empty_and_heading_only_files_are_refused(author: Any, world: World) -> None:
    response = upload(author, world, b"", "police.csv")
    assert "file is empty" in response.content.decode()
    upload(author, world, csv_bytes([]), "police.csv")
    assert "headings but no entries" in last_import().message


def test_new_chronology_replaces_the_agencys_earlier_entries(author: Any, world: World) -> None:
    upload(author, world, csv_bytes([police_row("01/01/2024"), police_row("02/01/2024")]), "a.csv")
    upload(author, world, csv_bytes([police_row("05/01/2024")]), "b.csv")
    assert list(ChronologyEntry.objects.values_list("occurred_on", flat=True)) == [
        datetime.date(2024, 1, 5)
    ]
    assert (
        "replacing 2 earlier entries"
        in AuditRecord.objects.filter(action="chronology.import").latest("id").summary
    )


def test_zip_bomb_xlsx_is_refused_at_upload(author: Any, world: World) -> None:
    response = upload(author, world, zip_bomb_xlsx(), "chronology.xlsx")
    assert "zip bomb" in response.content.decode()
    assert not ChronologyImport.objects.exists()


def test_word_document_is_not_a_chronology(author: Any, world: World) -> None:
    from dhr.evidence.tests.files import docx_bytes

    response = upload(author, world, docx_bytes(), "chronology.docx")
    assert "must be an Excel workbook (.xlsx) or a CSV file" in response.content.decode()


def test_import_page_refreshes_while_working(author: Any, world: World) -> None:
    imported = ChronologyImport.objects.create(
        review=world.review,
        agency=world.police,
        original_name="x.csv",
        content_type="text/csv",
        size=1,
        sha256="0" * 64,
        uploaded_by=world.users["imr_author"],
    )
    response = author.get(
        reverse("evidence:chronology_import", args=[world.review.pk, imported.pk])
    )
    assert response["Refresh"] == "3"
    assert "refreshes itself" in response.content.decode()
    assert not AuditRecord.objects.filter(action="chronology.view").exists()


def test_own_import_result_and_file_are_readable_and_audited(author: Any, world: World) -> None:
    upload(author, world, csv_bytes([police_row()]), "police.csv")
    imported = last_import()
    page = author.get(reverse("evidence:chronology_import", args=[world.review.pk, imported.pk]))
    assert page.status_code == 200 and "1 entry imported" in page.content.decode()
    file = author.get(reverse("evidence:chronology_file", args=[world.review.pk, imported.pk]))
    assert b"".join(file.streaming_content).startswith(b"Date,Time,Agency")
    assert file["Content-Disposition"].endswith('.csv"')
    reads = AuditRecord.objects.filter(action="chronology.view", object_id=str(imported.pk))
    assert [r.summary.split(" ")[0] for r in reads.order_by("id")] == ["Viewed", "Downloaded"]
    assert {r.actor for r in reads} == {world.users["imr_author"]}


def test_other_agencys_author_cannot_see_the_import_or_accept_it(author: Any, world: World) -> None:
    upload(author, world, csv_bytes([police_row("bad"), police_row()]), "police.csv")
    imported = last_import()
    from dhr.accounts.models import User
    from dhr.reviews.models import ReviewMembership, ReviewRole

    health_author = User.objects.create_user("h@x.test", None, full_name="Health author")
    ReviewMembership.objects.create(
        review=world.review, user=health_author, role=ReviewRole.IMR_AUTHOR, agency=world.health
    )
    author.force_login(health_author)
    for name in ("chronology_import", "chronology_file"):
        assert (
            author.get(reverse(f"evidence:{name}", args=[world.review.pk, imported.pk])).status_code
            == 403
        )
    accept = reverse("evidence:chronology_accept", args=[world.review.pk, imported.pk])
    assert author.post(accept).status_code == 403
    imported.refresh_from_db()
    assert imported.status == ImportStatus.NEEDS_DECISION
    assert not AuditRecord.objects.filter(action="chronology.view").exists()


def test_import_page_says_when_checking_has_not_started(author: Any, world: World) -> None:
    imported = ChronologyImport.objects.create(
        review=world.review,
        agency=world.police,
        original_name="x.csv",
        content_type="text/csv",
        size=1,
        sha256="0" * 64,
        uploaded_by=world.users["imr_author"],
    )
    url = reverse("evidence:chronology_import", args=[world.review.pk, imported.pk])
    assert "worker" not in author.get(url).content.decode()
    ChronologyImport.objects.filter(pk=imported.pk).update(
        uploaded_at=imported.uploaded_at - datetime.timedelta(minutes=10)
    )
    assert "background worker" in author.get(url).content.decode()


def stop_worker_part_way(imported: ChronologyImport, minutes_ago: int) -> None:
    """What a worker that died mid-import leaves behind: 'running', then silence."""
    ChronologyImport.objects.filter(pk=imported.pk).update(
        status=ImportStatus.RUNNING,
        progress_at=timezone.now() - datetime.timedelta(minutes=minutes_ago),
        rows_checked=1,
    )


def test_an_import_whose_worker_died_can_be_checked_again(author: Any, world: World) -> None:
    upload(author, world, csv_bytes([police_row("03/02/2024"), police_row("04/02/2024")]), "p.csv")
    imported = last_import()
    stop_worker_part_way(imported, minutes_ago=11)
    page = author.get(reverse("evidence:chronology_import", args=[world.review.pk, imported.pk]))
    assert "Check the file again" in page.content.decode()
    assert "Refresh" not in page, "a stuck page need not keep refreshing"

    restart = reverse("evidence:chronology_restart", args=[world.review.pk, imported.pk])
    assert author.post(restart).status_code == 302
    imported.refresh_from_db()
    assert imported.status == ImportStatus.IMPORTED
    assert ChronologyEntry.objects.filter(agency=world.police).count() == 2, "never doubled"
    assert AuditRecord.objects.filter(action="chronology.restart").count() == 1


def test_an_import_still_reporting_progress_is_not_restarted(author: Any, world: World) -> None:
    upload(author, world, csv_bytes([police_row("03/02/2024")]), "p.csv")
    imported = last_import()
    stop_worker_part_way(imported, minutes_ago=2)
    page = author.get(reverse("evidence:chronology_import", args=[world.review.pk, imported.pk]))
    assert "Check the file again" not in page.content.decode()
    author.post(reverse("evidence:chronology_restart", args=[world.review.pk, imported.pk]))
    imported.refresh_from_db()
    assert imported.status == ImportStatus.RUNNING
    assert not AuditRecord.objects.filter(action="chronology.restart").exists()
