"""The CSP's agency directory: the coordinator keeps it; the CSP chair reads it."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from conftest import World
from dhr.access import Can, access_csp
from dhr.audit.models import AuditRecord
from dhr.organisations.models import Agency, AgencyType, SeniorManager


def test_coordinator_adds_a_voluntary_agency(world: World, client_for: Any) -> None:
    client = client_for("coordinator")
    response = client.post(
        reverse("organisations:agency_create", args=[world.csp.pk]),
        {
            "name": "Northshire Refuge",
            "agency_type": AgencyType.SPECIALIST_DA,
            "sector": "voluntary",
        },
    )
    assert response.status_code == 302
    agency = Agency.objects.get(name="Northshire Refuge")
    assert (agency.csp, agency.statutory) == (world.csp, False)
    assert AuditRecord.objects.filter(action="agency.add").exists()


def test_duplicate_agency_name_is_refused(world: World, client_for: Any) -> None:
    client = client_for("coordinator")
    response = client.post(
        reverse("organisations:agency_create", args=[world.csp.pk]),
        {"name": "northshire police", "agency_type": AgencyType.POLICE, "sector": "statutory"},
    )
    assert response.status_code == 200
    assert "Northshire CSP already has an agency called northshire police" in (
        response.content.decode()
    )


def test_missing_sector_gets_a_clear_error(world: World, client_for: Any) -> None:
    response = client_for("coordinator").post(
        reverse("organisations:agency_create", args=[world.csp.pk]),
        {"name": "Northshire Fire", "agency_type": AgencyType.FIRE},
    )
    assert "Select whether the agency is statutory or voluntary" in response.content.decode()


def test_list_filters_by_type(world: World, client_for: Any) -> None:
    client = client_for("csp_chair")
    url = reverse("organisations:agencies", args=[world.csp.pk])
    page = client.get(url, {"type": AgencyType.POLICE}).content.decode()
    assert "Northshire Police" in page and "Northshire Health Trust" not in page
    page = client.get(url).content.decode()
    assert "Northshire Police" in page and "Northshire Health Trust" in page
    assert "Add an agency" not in page, "the CSP chair reads, does not edit"


def test_senior_manager_added_and_marked_as_left(world: World, client_for: Any) -> None:
    client = client_for("coordinator")
    url = reverse("organisations:manager_create", args=[world.csp.pk, world.police.pk])
    response = client.post(url, {"name": "Sam Superintendent", "email": "sam@police.test"})
    assert response.status_code == 302
    manager = SeniorManager.objects.get()
    assert manager.agency == world.police and not manager.active  # unticked box: not in post
    bad = client.post(url, {"name": "X", "email": "not-an-email", "active": "on"})
    assert "Enter an email address in the correct format" in bad.content.decode()


def test_another_csps_agency_is_not_found(world: World, client_for: Any) -> None:
    other = Agency.objects.create(
        csp=world.other_csp, name="Southshire Police", agency_type=AgencyType.POLICE
    )
    client = client_for("coordinator")
    url = reverse("organisations:agency_edit", args=[world.csp.pk, other.pk])
    assert client.get(url).status_code == 404


def test_access_csp_counts_only_csp_wide_roles(world: World) -> None:
    csp, caps = access_csp(world.users["csp_chair"], world.csp.pk)
    assert csp == world.csp and Can.EDIT not in caps
    for role in ("independent_chair", "other_csp_coordinator", "administrator"):
        with pytest.raises(PermissionDenied):
            access_csp(world.users[role], world.csp.pk)
