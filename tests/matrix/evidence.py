"""IMRs and chronologies: agency material, seen by the review's chair, coordinator
and panel, and by that agency's IMR author only. The objects below belong to the
health trust, so the (police) IMR author is refused them like everyone outside.
"""

from __future__ import annotations

from typing import Any

from django.core.files.base import ContentFile

from conftest import World
from dhr.evidence.models import ChronologyImport, HeldName, ImportStatus, ImrSubmission
from tests.matrix import Row, review_kwargs

AGENCY_MATERIAL = {"coordinator", "csp_chair", "independent_chair", "panel_member", "imr_author"}
UPLOADERS = {"coordinator", "independent_chair", "imr_author"}
SEE_HEALTH = AGENCY_MATERIAL - {"imr_author"}
UPLOAD_FOR_HEALTH = UPLOADERS - {"imr_author"}


def health_imr(w: World) -> dict[str, Any]:
    submission = ImrSubmission(
        review=w.review,
        agency=w.health,
        version=1,
        original_name="health imr.pdf",
        content_type="application/pdf",
        size=9,
        sha256="1" * 64,
        uploaded_by=w.users["coordinator"],
    )
    submission.file.save("x", ContentFile(b"%PDF-1.4\n"), save=False)
    submission.save()
    return {"review_id": w.review.pk, "submission_id": submission.pk}


def health_import(w: World) -> dict[str, Any]:
    imported = ChronologyImport(
        review=w.review,
        agency=w.health,
        original_name="health.csv",
        content_type="text/csv",
        size=10,
        sha256="2" * 64,
        uploaded_by=w.users["coordinator"],
        status=ImportStatus.NEEDS_DECISION,
        rows_checked=2,
        rows_valid=1,
        error_count=1,
        errors=[{"row": 2, "column": "A", "field": "Date", "message": "Date is missing"}],
    )
    imported.file.save("y", ContentFile(b"Date\n"), save=False)
    imported.save()
    return {"review_id": w.review.pk, "import_id": imported.pk}


def held_name(w: World) -> dict[str, Any]:
    held = HeldName.objects.create(review=w.review, agency=w.health, name="Mrs X", key="mrs x")
    return {"review_id": w.review.pk, "name_id": held.pk}


# Names held from agencies' chronologies: for those who edit the review's people.
EDIT_PEOPLE = {"coordinator", "independent_chair"}

ROWS: dict[str, Row] = {
    "evidence:held_names": Row(review_kwargs, EDIT_PEOPLE),
    "evidence:held_name": Row(held_name, EDIT_PEOPLE),
    "evidence:index": Row(review_kwargs, AGENCY_MATERIAL),
    "evidence:imr_upload": Row(review_kwargs, UPLOADERS),
    "evidence:imr_download": Row(health_imr, SEE_HEALTH),
    "evidence:imr_sign_off": Row(health_imr, {"coordinator"}),
    "evidence:chronology": Row(review_kwargs, AGENCY_MATERIAL),
    "evidence:chronology_xlsx": Row(review_kwargs, AGENCY_MATERIAL),
    "evidence:chronology_docx": Row(review_kwargs, AGENCY_MATERIAL),
    "evidence:chronology_template_xlsx": Row(review_kwargs, AGENCY_MATERIAL),
    "evidence:chronology_template_csv": Row(review_kwargs, AGENCY_MATERIAL),
    "evidence:chronology_upload": Row(review_kwargs, UPLOADERS),
    "evidence:chronology_import": Row(health_import, SEE_HEALTH),
    "evidence:chronology_accept": Row(health_import, UPLOAD_FOR_HEALTH, method="post", ok=302),
    "evidence:chronology_file": Row(health_import, SEE_HEALTH),
    # Not stuck, so an allowed user is sent back to the import page with a message.
    "evidence:chronology_restart": Row(health_import, UPLOAD_FOR_HEALTH, method="post", ok=302),
}
