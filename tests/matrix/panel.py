"""Access rows for the agency directory, scoping, independence, terms of reference and letters."""

from __future__ import annotations

import datetime
from typing import Any

from conftest import World
from dhr.organisations.models import SeniorManager
from dhr.panel.models import ImrRequest, TermsOfReference
from tests.matrix import COORDINATOR, EDITORS, VIEWERS, Row, review_kwargs

CSP_WIDE = {"coordinator", "csp_chair"}


def csp_kwargs(w: World) -> dict[str, Any]:
    return {"csp_id": w.csp.pk}


def agency_kwargs(w: World) -> dict[str, Any]:
    return {"csp_id": w.csp.pk, "agency_id": w.police.pk}


def manager_kwargs(w: World) -> dict[str, Any]:
    manager = SeniorManager.objects.create(agency=w.police, name="Chief Superintendent Example")
    return {**agency_kwargs(w), "manager_id": manager.pk}


def imr_kwargs(w: World) -> dict[str, Any]:
    imr = ImrRequest.objects.create(
        review=w.review,
        agency=w.police,
        senior_manager_name="Head of PPU",
        due_on=datetime.date(2026, 3, 14),
    )
    return {"review_id": w.review.pk, "imr_id": imr.pk}


def terms_kwargs(w: World) -> dict[str, Any]:
    TermsOfReference.objects.create(
        review=w.review,
        version=1,
        period_start=datetime.date(2020, 1, 1),
        period_end=datetime.date(2024, 12, 31),
        key_lines_of_enquiry="Was risk assessed?",
        subjects="Louise",
        created_by=w.users["coordinator"],
    )
    return {"review_id": w.review.pk, "version": 1}


ROWS: dict[str, Row] = {
    "organisations:agencies": Row(csp_kwargs, CSP_WIDE),
    "organisations:agency_detail": Row(agency_kwargs, CSP_WIDE),
    "organisations:agency_create": Row(csp_kwargs, COORDINATOR),
    "organisations:agency_edit": Row(agency_kwargs, COORDINATOR),
    "organisations:manager_create": Row(agency_kwargs, COORDINATOR),
    "organisations:manager_edit": Row(manager_kwargs, COORDINATOR),
    "panel_csp:letter_template": Row(csp_kwargs, COORDINATOR),
    "panel:imr_edit": Row(imr_kwargs, EDITORS),
    "panel:imr_letter_docx": Row(imr_kwargs, EDITORS),
    "panel:imr_letter_pdf": Row(imr_kwargs, EDITORS),
    "panel:scoping": Row(review_kwargs, VIEWERS),
    "panel:independence": Row(review_kwargs, EDITORS),
    "panel:terms": Row(review_kwargs, VIEWERS),
    "panel:terms_version": Row(terms_kwargs, VIEWERS),
    "panel:terms_edit": Row(review_kwargs, EDITORS),
}
