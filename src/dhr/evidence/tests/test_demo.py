"""The demo's IMR and chronologies load once, and show a likely duplicate."""

from __future__ import annotations

from typing import Any

from dhr.demo.loader import load_demo
from dhr.evidence.models import ChronologyEntry, ChronologyImport, ImportStatus, ImrSubmission
from dhr.people.models import Person


def test_demo_has_a_signed_off_imr_and_two_chronologies_with_a_duplicate(db: Any) -> None:
    load_demo()
    load_demo()  # idempotent
    submission = ImrSubmission.objects.get()
    assert submission.agency.name == "Eastbridge Health Trust"
    assert submission.sign_off.senior_manager_name == "Dr Delia Demo"
    imports = ChronologyImport.objects.all()
    assert [i.status for i in imports] == [ImportStatus.IMPORTED] * 2
    assert ChronologyEntry.objects.count() == 4
    duplicate = ChronologyEntry.objects.get(duplicate_of__isnull=False)
    original = duplicate.duplicate_of
    assert original is not None
    assert {duplicate.agency.name, original.agency.name} == {
        "Eastbridge Police",
        "Eastbridge Health Trust",
    }
    assert all(e.people.exists() for e in ChronologyEntry.objects.all())
    assert Person.objects.filter(name__endswith="Demoperson").count() <= 2
