"""Forming the panel and commissioning IMRs."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest

from dhr.audit import services as audit
from dhr.panel.models import ImrRequest, PanelMember
from dhr.reviews.models import Review


def do_add_panel_member(
    actor: Any, review: Review, member: PanelMember, request: HttpRequest | None = None
) -> PanelMember:
    if member.agency is not None and member.agency.csp_id != review.csp_id:
        raise ValidationError({"agency": "Choose an agency from this CSP's directory"})
    if not member.public_label and member.agency is not None:
        member.public_label = member.agency.name
    if not member.public_label:
        raise ValidationError({"public_label": "Enter how this seat is listed publicly"})
    with transaction.atomic():
        member.review = review
        member.position = review.panel_members.count() + 1
        member.save()
        audit.record(
            actor,
            "panel.add",
            f"Added {member.public_label} to the panel",
            review=review,
            target=member,
            request=request,
        )
    return member


def do_remove_panel_member(
    actor: Any, member: PanelMember, request: HttpRequest | None = None
) -> None:
    with transaction.atomic():
        audit.record(
            actor,
            "panel.remove",
            f"Removed {member.public_label} from the panel",
            review=member.review,
            target=member,
            request=request,
        )
        member.delete()


def do_add_imr_request(
    actor: Any, review: Review, imr: ImrRequest, request: HttpRequest | None = None
) -> ImrRequest:
    if imr.agency.csp_id != review.csp_id:
        raise ValidationError({"agency": "Choose an agency from this CSP's directory"})
    if ImrRequest.objects.filter(review=review, agency=imr.agency).exists():
        raise ValidationError({"agency": "This agency has already been asked for an IMR"})
    with transaction.atomic():
        imr.review = review
        imr.save()
        audit.record(
            actor,
            "imr.request",
            f"Asked {imr.agency} for an IMR",
            review=review,
            target=imr,
            request=request,
        )
    return imr


def do_remove_imr_request(actor: Any, imr: ImrRequest, request: HttpRequest | None = None) -> None:
    with transaction.atomic():
        audit.record(
            actor,
            "imr.remove",
            f"Withdrew the IMR request to {imr.agency}",
            review=imr.review,
            target=imr,
            request=request,
        )
        imr.delete()
