"""Scoping, the chair's declaration of independence, and versioned terms of reference."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from conftest import World
from dhr.audit.models import AuditRecord
from dhr.panel import services
from dhr.panel.models import AgencyScope, Contact, IndependenceDeclaration, TermsOfReference


def scope_post(world: World, **rows: dict[str, str]) -> dict[str, str]:
    data: dict[str, str] = {}
    for agency in (world.police, world.health):
        row = rows.get(agency.agency_type, {})
        prefix = f"agency-{agency.pk}-"
        data[prefix + "contact"] = row.get("contact", Contact.UNKNOWN)
        data[prefix + "included"] = row.get("included", "")
        data[prefix + "exclusion_reason"] = row.get("exclusion_reason", "")
        data[prefix + "notes"] = row.get("notes", "")
    return data


def test_scoping_saves_every_agency(world: World, client_for: Any) -> None:
    client = client_for("coordinator")
    data = scope_post(
        world,
        police={"contact": Contact.BOTH, "included": "yes"},
        health_trust={
            "contact": Contact.NONE,
            "included": "no",
            "exclusion_reason": "No record of either person",
        },
    )
    response = client.post(reverse("panel:scoping", args=[world.review.pk]), data)
    assert response.status_code == 302
    police = AgencyScope.objects.get(agency=world.police)
    health = AgencyScope.objects.get(agency=world.health)
    assert (police.contact, police.included) == (Contact.BOTH, True)
    assert (health.included, health.exclusion_reason) == (False, "No record of either person")
    assert AuditRecord.objects.filter(action="panel.scoping").count() == 1


def test_scoping_exclusion_without_reason_is_refused_naming_the_agency(
    world: World, client_for: Any
) -> None:
    client = client_for("coordinator")
    data = scope_post(
        world,
        police={"contact": Contact.BOTH, "included": "yes"},
        health_trust={"contact": Contact.NONE, "included": "no"},
    )
    response = client.post(reverse("panel:scoping", args=[world.review.pk]), data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Give the reason Northshire Health Trust is left out of the review" in page
    assert f'href="#id_agency-{world.health.pk}-exclusion_reason"' in page
    assert not AgencyScope.objects.exists(), "nothing is half-saved"


def test_scoping_service_refuses_exclusion_without_reason(world: World) -> None:
    with pytest.raises(ValidationError, match="Northshire Police is left out"):
        services.do_save_scoping(
            world.users["coordinator"],
            world.review,
            [(world.police, {"contact": Contact.NONE, "included": False, "exclusion_reason": " "})],
        )


def test_scoping_is_read_only_for_panel_members(world: World, client_for: Any) -> None:
    client = client_for("panel_member")
    url = reverse("panel:scoping", args=[world.review.pk])
    assert client.get(url).status_code == 200
    before = list(AgencyScope.objects.values())
    records = AuditRecord.objects.count()
    assert client.post(url, scope_post(world, police={"included": "on"})).status_code == 403
    assert list(AgencyScope.objects.values()) == before, "a refused scoping saves nothing"
    assert AuditRecord.objects.count() == records


def declare(world: World, client: Any, **extra: str) -> Any:
    data = {
        "chair_name": "Ivy Independent",
        "declared_on_day": "5",
        "declared_on_month": "2",
        "declared_on_year": "2025",
        **extra,
    }
    return client.post(reverse("panel:independence", args=[world.review.pk]), data)


def test_csp_chair_is_warned_when_no_declaration_exists(world: World, client_for: Any) -> None:
    page = client_for("csp_chair").get(reverse("panel:panel", args=[world.review.pk]))
    assert "has not made a declaration of independence" in page.content.decode()


def test_declaration_with_no_links_clears_the_warning(world: World, client_for: Any) -> None:
    assert declare(world, client_for("independent_chair"), no_links="on").status_code == 302
    page = client_for("csp_chair").get(reverse("panel:panel", args=[world.review.pk]))
    text = page.content.decode()
    assert "govuk-warning-text" not in text
    assert "confirmed no past or present link" in text


def test_declared_link_is_flagged_to_the_csp_chair(world: World, client_for: Any) -> None:
    response = declare(
        world,
        client_for("independent_chair"),
        **{f"link_{world.police.pk}": "Police officer until 2015"},
    )
    assert response.status_code == 302
    declaration = IndependenceDeclaration.objects.get()
    assert declaration.has_links
    page = client_for("csp_chair").get(reverse("panel:panel", args=[world.review.pk]))
    text = page.content.decode()
    assert "govuk-warning-text" in text
    assert "has declared a link with Northshire Police" in text
    assert "Police officer until 2015" in text


def test_panel_members_do_not_see_the_declaration(world: World, client_for: Any) -> None:
    declare(world, client_for("coordinator"), no_links="on")
    page = client_for("panel_member").get(reverse("panel:panel", args=[world.review.pk]))
    assert "Independence of the chair" not in page.content.decode()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({}, "Describe any past or present link with an agency involved, or confirm"),
        (
            {"no_links": "on", "link_POLICE": "Former employee"},
            "You confirmed there are no links but described a link with Northshire Police",
        ),
    ],
)
def test_declaration_must_be_links_or_no_links(
    world: World, client_for: Any, extra: dict[str, str], message: str
) -> None:
    extra = {k.replace("POLICE", str(world.police.pk)): v for k, v in extra.items()}
    response = declare(world, client_for("independent_chair"), **extra)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not IndependenceDeclaration.objects.exists()


def terms_data(**extra: str) -> dict[str, str]:
    return {
        "period_start_day": "1",
        "period_start_month": "1",
        "period_start_year": "2020",
        "period_end_day": "14",
        "period_end_month": "1",
        "period_end_year": "2023",
        "key_lines_of_enquiry": "Was risk assessed?\n\nWas the MARAC referral timely?",
        "subjects": "Louise\nAdult A",
        **extra,
    }


def test_editing_terms_of_reference_creates_a_new_version(world: World, client_for: Any) -> None:
    client = client_for("independent_chair")
    url = reverse("panel:terms_edit", args=[world.review.pk])
    first = terms_data(agreed_on_day="1", agreed_on_month="3", agreed_on_year="2025")
    assert client.post(url, first).status_code == 302
    second = terms_data(key_lines_of_enquiry="Was risk assessed?\nWas housing involved?")
    assert client.post(url, second).status_code == 302
    v1, v2 = TermsOfReference.objects.order_by("version")
    assert (v1.version, v1.agreed_on, v1.lines_of_enquiry) == (
        1,
        datetime.date(2025, 3, 1),
        ["Was risk assessed?", "Was the MARAC referral timely?"],
    )
    assert (v2.version, v2.is_draft) == (2, True)
    current = client.get(reverse("panel:terms", args=[world.review.pk])).content.decode()
    assert "Was housing involved?" in current and "Draft" in current
    older = client.get(reverse("panel:terms_version", args=[world.review.pk, 1]))
    assert "an earlier version" in older.content.decode()
    assert "Was the MARAC referral timely?" in older.content.decode()


def test_terms_period_end_before_start_is_refused(world: World, client_for: Any) -> None:
    client = client_for("coordinator")
    data = terms_data(period_end_year="2019")
    response = client.post(reverse("panel:terms_edit", args=[world.review.pk]), data)
    assert response.status_code == 200
    assert (
        "The end of the period under review must be on or after its start (1 January 2020)"
        in response.content.decode()
    )
    assert not TermsOfReference.objects.exists()


def test_unchanged_terms_do_not_make_a_new_version(world: World, client_for: Any) -> None:
    client = client_for("coordinator")
    url = reverse("panel:terms_edit", args=[world.review.pk])
    assert client.post(url, terms_data()).status_code == 302
    response = client.post(url, terms_data())
    assert "Nothing has changed since version 1" in response.content.decode()
    assert TermsOfReference.objects.count() == 1


def test_unknown_terms_version_is_not_found(world: World, client_for: Any) -> None:
    response = client_for("coordinator").get(
        reverse("panel:terms_version", args=[world.review.pk, 9])
    )
    assert response.status_code == 404


def test_review_page_flags_missing_declaration_to_csp_chair_only(
    world: World, client_for: Any
) -> None:
    url = reverse("reviews:detail", args=[world.review.pk])
    chair_page = client_for("csp_chair").get(url).content.decode()
    assert "has not made a declaration of independence" in chair_page
    assert "Terms of reference" in chair_page
    member_page = client_for("panel_member").get(url).content.decode()
    assert "declaration of independence" not in member_page
