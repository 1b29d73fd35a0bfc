"""Every hostile file of the fixture set is refused with its own message; real files pass."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from dhr.core.tests.hostile import BENIGN, OFFICE_CASES, PDF_CASES, Case
from dhr.core.uploads import check_upload


def refusal(case: Case) -> str:
    with pytest.raises(ValidationError) as caught:
        check_upload(SimpleUploadedFile(case.name, case.build()))
    return " ".join(caught.value.messages)


@pytest.mark.parametrize("case", PDF_CASES, ids=[c.id for c in PDF_CASES])
def test_hostile_pdf_is_refused(case: Case) -> None:
    assert case.message in refusal(case)


@pytest.mark.parametrize("case", OFFICE_CASES, ids=[c.id for c in OFFICE_CASES])
def test_hostile_office_file_is_refused(case: Case) -> None:
    assert case.message in refusal(case)


@pytest.mark.parametrize("case", BENIGN, ids=[c.id for c in BENIGN])
def test_real_files_are_accepted(case: Case) -> None:
    assert check_upload(SimpleUploadedFile(case.name, case.build())).kind == case.message


def test_the_fixture_set_is_the_size_the_probe_used() -> None:
    assert len(PDF_CASES) >= 40 and len(OFFICE_CASES) >= 40
    assert len({c.id for c in PDF_CASES + OFFICE_CASES}) == len(PDF_CASES + OFFICE_CASES)
