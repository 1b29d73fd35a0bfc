"""The DHRD import on the real files, on a malformed copy, and twice."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from dhr.audit.models import AuditRecord
from dhr.library.importer import do_import_dhrd
from dhr.library.models import DhrdIncident, DhrdPerpetrator, DhrdVictim, EntryKind, LibraryEntry

DHRD = Path(settings.PROJECT_DIR) / "data" / "dhrd"


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    for name in ("incidents.csv", "victims.csv", "perpetrators.csv"):
        shutil.copy(DHRD / name, tmp_path / name)
    return tmp_path


def edit(path: Path, line: int, column: str, value: str) -> None:
    """Set one cell (line numbers as in the report: the header is line 1)."""
    lines = path.read_text().splitlines()
    header = lines[0].split(",")
    cells = lines[line - 1].split(",")
    cells[header.index(column)] = value
    lines[line - 1] = ",".join(cells)
    path.write_text("\n".join(lines) + "\n")


def test_real_files_import_with_known_values(db: Any) -> None:
    report = do_import_dhrd(DHRD)
    assert report.imported and report.problems == []
    assert DhrdIncident.objects.count() == 647
    assert DhrdVictim.objects.count() == 619
    assert DhrdPerpetrator.objects.count() == 647
    first = DhrdIncident.objects.get(incident_id="INC-0001")
    assert (first.csp, first.region) == ("Lincoln", "East Midlands")
    assert first.death_month == datetime.date(2018, 9, 1) and first.death_year == 2018
    assert first.cause_of_death == "fall to a hard surface"
    assert first.location_of_death == "Other"
    assert first.flags["intimate_partner_violence"] is True
    assert first.flags["coercive_control"] is True and first.flags["stalking"] is False
    year_only = DhrdIncident.objects.get(incident_id="INC-0055")
    assert (year_only.death_year, year_only.death_month) == (2020, None)
    victim = DhrdVictim.objects.get(victim_id="VIC-0002")
    assert (victim.age_group, victim.sex, victim.incident.incident_id) == (
        "55-64",
        "Female",
        "INC-0002",
    )
    assert victim.mental_health["depression"] is True and victim.vulnerabilities["alcohol"] is True
    perpetrator = DhrdPerpetrator.objects.get(perpetrator_id="SUS-0002")
    assert perpetrator.court_verdict == "Manslaughter"
    assert perpetrator.ethnicity == "Mixed - White and Black Caribbean"
    assert LibraryEntry.objects.filter(kind=EntryKind.DHRD).count() == 647
    assert AuditRecord.objects.filter(action="library.import_dhrd").count() == 1


def test_second_import_changes_nothing(db: Any) -> None:
    do_import_dhrd(DHRD)
    ids = list(LibraryEntry.objects.values_list("pk", flat=True))
    again = do_import_dhrd(DHRD)
    assert again.imported
    assert set(again.created.values()) == {0} and set(again.changed.values()) == {0}
    assert again.unchanged["dhrd incidents"] == 647
    assert list(LibraryEntry.objects.values_list("pk", flat=True)) == ids
    assert AuditRecord.objects.filter(action="library.import_dhrd").count() == 1


def test_changed_row_is_updated_in_place(db: Any, copy: Path) -> None:
    do_import_dhrd(DHRD)
    edit(copy / "incidents.csv", 2, "region", "Wales")
    report = do_import_dhrd(copy)
    assert report.changed["dhrd incidents"] == 1
    assert DhrdIncident.objects.get(incident_id="INC-0001").region == "Wales"
    assert DhrdIncident.objects.count() == 647


def test_malformed_copy_reports_rows_and_imports_nothing(db: Any, copy: Path) -> None:
    edit(copy / "incidents.csv", 3, "death_date", "Smarch 2020")
    edit(copy / "incidents.csv", 4, "stalking", "maybe")
    edit(copy / "victims.csv", 5, "age_at_death", "12")
    edit(copy / "perpetrators.csv", 6, "incident_id", "INC-9999")
    report = do_import_dhrd(copy)
    assert not report.imported
    found = {(p.file, p.row, p.field) for p in report.problems}
    assert ("incidents.csv", 3, "death_date") in found
    assert ("incidents.csv", 4, "stalking") in found
    assert ("victims.csv", 5, "age_at_death") in found
    assert ("perpetrators.csv", 6, "incident_id") in found
    # The victims and perpetrators of the two bad incidents are reported too.
    assert ("victims.csv", 3, "incident_id") in found
    stalking = next(p for p in report.problems if p.field == "stalking")
    assert "'maybe' is not TRUE, FALSE or empty" in stalking.reason
    assert DhrdIncident.objects.count() == 0 and LibraryEntry.objects.count() == 0


def test_skip_invalid_imports_the_valid_rows_only(db: Any, copy: Path) -> None:
    edit(copy / "incidents.csv", 3, "region", "Atlantis")
    report = do_import_dhrd(copy, skip_invalid=True)
    assert report.imported
    assert DhrdIncident.objects.count() == 646
    assert not DhrdIncident.objects.filter(incident_id="INC-0002").exists()
    assert not DhrdVictim.objects.filter(incident__incident_id="INC-0002").exists()
    assert DhrdVictim.objects.count() == 618


def test_bad_header_stops_even_with_skip_invalid(db: Any, copy: Path) -> None:
    path = copy / "victims.csv"
    path.write_text(path.read_text().replace("victim_religion", "religion", 1))
    report = do_import_dhrd(copy, skip_invalid=True)
    assert not report.imported
    assert str(report.problems[0]) == (
        "victims.csv, row 1, header: missing columns: victim_religion"
    )
    assert "unknown columns: religion" in str(report.problems[1])
    assert DhrdIncident.objects.count() == 0


def test_command_reports_and_fails(db: Any, copy: Path, capsys: Any) -> None:
    edit(copy / "incidents.csv", 2, "multiple_victims", "yes")
    with pytest.raises(CommandError, match="Nothing imported: 3 problem"):
        call_command("library", "import-dhrd", str(copy))
    err = capsys.readouterr().err
    assert "Skipped: incidents.csv, row 2, multiple_victims: 'yes' is not TRUE" in err
    call_command("library", "import-dhrd", str(DHRD))
    out = capsys.readouterr().out
    assert "dhrd incidents: 647 new" in out and "doi.org/10.5281/zenodo.21648010" in out
    call_command("library", "reindex")
    assert "Library index rebuilt: 647 entries." in capsys.readouterr().out
