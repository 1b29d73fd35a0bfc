"""The CSP's directory of agencies and their senior managers."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest

from dhr.audit import services as audit
from dhr.organisations.models import Agency, Csp, SeniorManager


def check_agency(csp: Csp, agency: Agency) -> None:
    name = agency.name.strip()
    if not name:
        raise ValidationError({"name": "Enter the agency's name"})
    clash = Agency.objects.filter(csp=csp, name__iexact=name).exclude(pk=agency.pk)
    if clash.exists():
        raise ValidationError({"name": f"{csp.name} already has an agency called {name}"})


def do_save_agency(
    actor: Any, csp: Csp, agency: Agency, request: HttpRequest | None = None
) -> Agency:
    agency.csp = csp
    agency.name = agency.name.strip()
    check_agency(csp, agency)
    created = agency.pk is None
    with transaction.atomic():
        agency.save()
        audit.record(
            actor,
            "agency.add" if created else "agency.change",
            f"{'Added' if created else 'Changed'} agency {agency.name} ({agency.sector.lower()})",
            target=agency,
            detail={"csp": csp.pk, "type": agency.agency_type, "statutory": agency.statutory},
            request=request,
        )
    return agency


def do_save_senior_manager(
    actor: Any, agency: Agency, manager: SeniorManager, request: HttpRequest | None = None
) -> SeniorManager:
    if not manager.name.strip():
        raise ValidationError({"name": "Enter the senior manager's name"})
    created = manager.pk is None
    with transaction.atomic():
        manager.agency = agency
        manager.save()
        audit.record(
            actor,
            "agency.manager_add" if created else "agency.manager_change",
            f"{'Added' if created else 'Changed'} senior manager {manager.name} of {agency.name}",
            target=manager,
            detail={"agency": agency.pk, "active": manager.active},
            request=request,
        )
    return manager
