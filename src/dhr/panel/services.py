"""Forming the panel and commissioning IMRs."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from dhr.audit import services as audit
from dhr.organisations.models import Agency, Csp
from dhr.panel import letters
from dhr.panel.models import (
    AgencyScope,
    Contact,
    DeclaredLink,
    ImrRequest,
    IndependenceDeclaration,
    LetterTemplate,
    PanelMember,
    TermsOfReference,
)
from dhr.reviews.models import Review, ReviewMembership, ReviewRole


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
    """A seat held by a member's account goes with the account, on the Members
    page: removing only the seat would leave them a panel member who is not
    listed, the two lists that panel/seats.py exists to prevent."""
    if member.membership_id is not None:
        raise ValidationError(
            f"{member.member_name or member.public_label} is a member of this review: "
            "remove them on the Members page and their seat can then be removed here."
        )
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


def check_imr_request(review: Review, imr: ImrRequest) -> None:
    """The request names one of the CSP's agencies, a person, and dates in order."""
    if imr.agency.csp_id != review.csp_id:
        raise ValidationError({"agency": "Choose an agency from this CSP's directory"})
    if ImrRequest.objects.filter(review=review, agency=imr.agency).exclude(pk=imr.pk).exists():
        raise ValidationError({"agency": f"{imr.agency.name} has already been asked for an IMR"})
    manager = imr.senior_manager
    if manager is not None:
        if manager.agency_id != imr.agency_id:
            raise ValidationError(
                {"senior_manager": f"{manager.name} is not a senior manager of {imr.agency.name}"}
            )
        if not imr.senior_manager_name:
            imr.senior_manager_name = manager.name
            imr.senior_manager_title = imr.senior_manager_title or manager.job_title
    if not imr.senior_manager_name.strip():
        raise ValidationError(
            {
                "senior_manager_name": "Choose a senior manager from the directory "
                "or enter the name of the person written to"
            }
        )
    sent = imr.letter_sent_on
    if sent and imr.due_on and imr.due_on < sent:
        raise ValidationError(
            {
                "due_on": "The date the IMR is due must be on or after the date the letter "
                f"was sent ({letters.long_date(sent)})"
            }
        )
    if sent and imr.received_on and imr.received_on < sent:
        raise ValidationError(
            {
                "received_on": "The date the IMR was received must be on or after the date "
                f"the letter was sent ({letters.long_date(sent)})"
            }
        )
    if imr.received_on and imr.received_on > timezone.localdate():
        raise ValidationError(
            {"received_on": "The date the IMR was received must be today or in the past"}
        )
    if sent and sent > timezone.localdate():
        raise ValidationError(
            {"letter_sent_on": "The date the letter was sent must be today or in the past"}
        )


IMR_DATES = ("letter_sent_on", "due_on", "received_on")


def do_add_imr_request(
    actor: Any, review: Review, imr: ImrRequest, request: HttpRequest | None = None
) -> ImrRequest:
    check_imr_request(review, imr)
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


def do_change_imr_request(
    actor: Any, imr: ImrRequest, request: HttpRequest | None = None
) -> ImrRequest:
    """Save changes to a request (who it went to, when sent, due, received)."""
    check_imr_request(imr.review, imr)
    before = ImrRequest.objects.get(pk=imr.pk)
    changed = {
        name: [str(getattr(before, name) or ""), str(getattr(imr, name) or "")]
        for name in (*IMR_DATES, "senior_manager_name", "senior_manager_title")
        if getattr(before, name) != getattr(imr, name)
    }
    with transaction.atomic():
        imr.save()
        audit.record(
            actor,
            "imr.change",
            f"Changed the IMR request to {imr.agency}",
            review=imr.review,
            target=imr,
            detail={"changed": changed},
            request=request,
        )
    return imr


def do_record_letter_download(
    actor: Any, imr: ImrRequest, kind: str, request: HttpRequest | None = None
) -> None:
    audit.record(
        actor,
        "imr.letter_download",
        f"Downloaded the IMR letter to {imr.agency} ({kind})",
        review=imr.review,
        target=imr,
        detail={"format": kind, "due_on": imr.due_on},
        request=request,
    )


# Scoping -------------------------------------------------------------------


def check_scope(agency: Agency, included: bool | None, reason: str) -> None:
    if included is False and not reason.strip():
        raise ValidationError(
            {"exclusion_reason": f"Give the reason {agency.name} is left out of the review"}
        )


# What an agency nobody has scoped yet amounts to.
UNSCOPED = AgencyScope(contact=Contact.UNKNOWN, included=None, exclusion_reason="", notes="")


def do_save_scoping(
    actor: Any,
    review: Review,
    rows: list[tuple[Agency, dict[str, Any]]],
    request: HttpRequest | None = None,
) -> int:
    """Save every agency's scoping at once, or nothing; return how many changed."""
    for agency, data in rows:
        if agency.csp_id != review.csp_id:
            raise ValidationError(f"{agency.name} is not in this CSP's directory")
        check_scope(agency, data["included"], data.get("exclusion_reason", ""))
    changes: dict[str, dict[str, Any]] = {}
    with transaction.atomic():
        for agency, data in rows:
            scope = AgencyScope.objects.filter(review=review, agency=agency).first()
            values = {
                "contact": data["contact"],
                "included": data["included"],
                "exclusion_reason": (
                    data.get("exclusion_reason", "").strip() if data["included"] is False else ""
                ),
                "notes": data.get("notes", "").strip(),
            }
            # Only real changes count: a row left as it was, or an agency never
            # scoped and still at the defaults, is not a change.
            if all(getattr(scope or UNSCOPED, k) == v for k, v in values.items()):
                continue
            if scope is None:
                scope = AgencyScope(review=review, agency=agency)
            for key, value in values.items():
                setattr(scope, key, value)
            scope.save()
            changes[agency.name] = {
                "contact": values["contact"],
                "included": values["included"],
            }
        if changes:
            audit.record(
                actor,
                "panel.scoping",
                f"Updated scoping for {len(changes)} "
                f"{'agency' if len(changes) == 1 else 'agencies'}",
                review=review,
                detail={"agencies": changes},
                request=request,
            )
    return len(changes)


# Independence ----------------------------------------------------------------


def involved_agencies(review: Review) -> list[Agency]:
    """Agencies the chair must consider: in scope, on the panel or asked for an IMR."""
    ids = set(
        AgencyScope.objects.filter(review=review)
        .exclude(included=False)
        .values_list("agency_id", flat=True)
    )
    ids |= set(review.panel_members.exclude(agency=None).values_list("agency_id", flat=True))
    ids |= set(review.imr_requests.values_list("agency_id", flat=True))
    agencies = Agency.objects.filter(csp=review.csp)
    return list(agencies.filter(pk__in=ids) if ids else agencies)


def current_declaration(review: Review) -> IndependenceDeclaration | None:
    return (
        IndependenceDeclaration.objects.filter(review=review)
        .prefetch_related("links__agency")
        .first()
    )


def independence_warning(review: Review) -> str:
    """What the CSP chair must be shown before appointing; empty when all is clear."""
    declaration = current_declaration(review)
    if declaration is None:
        return "The independent chair has not made a declaration of independence."
    if declaration.has_links:
        names = ", ".join(link.agency.name for link in declaration.links.all())
        return f"The independent chair has declared a link with {names}."
    return ""


def default_chair(review: Review) -> tuple[PanelMember | None, Any, str]:
    member = PanelMember.objects.filter(review=review, is_independent_chair=True).first()
    membership = (
        ReviewMembership.objects.filter(review=review, role=ReviewRole.INDEPENDENT_CHAIR)
        .select_related("user")
        .first()
    )
    user = membership.user if membership else None
    return member, user, letters.chair_name(review)


def check_declaration(
    chair_name: str, declared_on: Any, no_links: bool, links: dict[Agency, str]
) -> None:
    if not chair_name.strip():
        raise ValidationError({"chair_name": "Enter the independent chair's name"})
    if declared_on > timezone.localdate():
        raise ValidationError(
            {"declared_on": "The date of the declaration must be today or in the past"}
        )
    described = [agency.name for agency, text in links.items() if text.strip()]
    if no_links and described:
        raise ValidationError(
            {
                "no_links": "You confirmed there are no links but described a link with "
                f"{', '.join(described)}: remove the description or untick the confirmation"
            }
        )
    if not no_links and not described:
        raise ValidationError(
            {
                "no_links": "Describe any past or present link with an agency involved, "
                "or confirm that there are no links"
            }
        )


def do_declare_independence(
    actor: Any,
    review: Review,
    *,
    chair_name: str,
    declared_on: Any,
    no_links: bool,
    links: dict[Agency, str],
    request: HttpRequest | None = None,
) -> IndependenceDeclaration:
    check_declaration(chair_name, declared_on, no_links, links)
    for agency in links:
        if agency.csp_id != review.csp_id:
            raise ValidationError(f"{agency.name} is not in this CSP's directory")
    member, user, _ = default_chair(review)
    with transaction.atomic():
        declaration = IndependenceDeclaration.objects.create(
            review=review,
            chair_member=member,
            chair_user=user,
            chair_name=chair_name.strip(),
            declared_on=declared_on,
            no_links=no_links,
            recorded_by=actor,
        )
        for agency, text in links.items():
            if text.strip():
                DeclaredLink.objects.create(
                    declaration=declaration, agency=agency, description=text.strip()
                )
        linked = [a.name for a, t in links.items() if t.strip()]
        audit.record(
            actor,
            "panel.independence",
            f"Recorded {declaration.chair_name}'s declaration of independence"
            + (f": links with {', '.join(linked)}" if linked else ": no links"),
            review=review,
            target=declaration,
            detail={"no_links": no_links, "linked_agencies": linked},
            request=request,
        )
    return declaration


# Terms of reference ----------------------------------------------------------

TOR_FIELDS = ("period_start", "period_end", "key_lines_of_enquiry", "subjects", "agreed_on")


def check_terms(review: Review, data: dict[str, Any]) -> None:
    start, end = data["period_start"], data["period_end"]
    if end < start:
        raise ValidationError(
            {
                "period_end": "The end of the period under review must be on or after its "
                f"start ({letters.long_date(start)})"
            }
        )
    if not data["key_lines_of_enquiry"].strip():
        raise ValidationError({"key_lines_of_enquiry": "Enter at least one key line of enquiry"})
    if not data["subjects"].strip():
        raise ValidationError({"subjects": "Enter the subjects of the review"})
    agreed = data.get("agreed_on")
    if agreed and agreed > timezone.localdate():
        raise ValidationError({"agreed_on": "The date agreed must be today or in the past"})
    current = letters.current_terms(review)
    if current is not None and all(
        normalise(getattr(current, name)) == normalise(data.get(name)) for name in TOR_FIELDS
    ):
        raise ValidationError(
            f"Nothing has changed since version {current.version}: change something to save "
            "a new version"
        )


def normalise(value: Any) -> Any:
    if isinstance(value, str):
        return "\n".join(line.strip() for line in value.strip().splitlines() if line.strip())
    return value


def do_new_terms_version(
    actor: Any, review: Review, data: dict[str, Any], request: HttpRequest | None = None
) -> TermsOfReference:
    """Save the terms of reference as a new version; earlier versions stay readable."""
    check_terms(review, data)
    with transaction.atomic():
        # Lock the review row so two editors cannot take the same version number.
        Review.objects.select_for_update().filter(pk=review.pk).first()
        latest = TermsOfReference.objects.filter(review=review).order_by("-version").first()
        terms = TermsOfReference.objects.create(
            review=review,
            version=(latest.version + 1) if latest else 1,
            period_start=data["period_start"],
            period_end=data["period_end"],
            key_lines_of_enquiry=normalise(data["key_lines_of_enquiry"]),
            subjects=normalise(data["subjects"]),
            agreed_on=data.get("agreed_on"),
            created_by=actor,
        )
        audit.record(
            actor,
            "panel.terms",
            f"Saved version {terms.version} of the terms of reference"
            + (" (agreed)" if terms.agreed_on else " (draft)"),
            review=review,
            target=terms,
            detail={
                "period": [terms.period_start, terms.period_end],
                "agreed_on": terms.agreed_on,
            },
            request=request,
        )
    return terms


# Letter template -------------------------------------------------------------


def check_letter_template(subject: str, body: str) -> None:
    if not subject.strip():
        raise ValidationError({"subject": "Enter the letter's subject"})
    if not body.strip():
        raise ValidationError({"body": "Enter the letter's text"})
    try:
        letters.check_template_text(subject, "subject")
    except ValidationError as error:
        raise ValidationError({"subject": error.messages}) from None
    try:
        letters.check_template_text(body, "letter")
    except ValidationError as error:
        raise ValidationError({"body": error.messages}) from None


def do_save_letter_template(
    actor: Any, csp: Csp, subject: str, body: str, request: HttpRequest | None = None
) -> LetterTemplate:
    check_letter_template(subject, body)
    with transaction.atomic():
        template, _ = LetterTemplate.objects.update_or_create(
            csp=csp,
            defaults={
                "subject": subject.strip(),
                "body": body.replace("\r\n", "\n").strip(),
                "updated_by": actor,
            },
        )
        audit.record(
            actor,
            "panel.letter_template",
            f"Changed the IMR letter template of {csp.name}",
            target=template,
            request=request,
        )
    return template


# Commissioning ---------------------------------------------------------------


def agencies_to_commission(review: Review) -> tuple[list[Agency], list[Agency]]:
    """Agencies taking part but not yet asked: those with a senior manager, and those without."""
    asked = review.imr_requests.values("agency_id")
    agencies = Agency.objects.filter(
        scopes__review=review, scopes__included=True, csp=review.csp
    ).exclude(pk__in=asked)
    ready: list[Agency] = []
    missing: list[Agency] = []
    for agency in agencies.prefetch_related("senior_managers"):
        managers = [m for m in agency.senior_managers.all() if m.active]
        (ready if managers else missing).append(agency)
    return ready, missing


def do_commission_taking_part(
    actor: Any, review: Review, due_on: Any, request: HttpRequest | None = None
) -> tuple[list[ImrRequest], list[Agency]]:
    """Ask every agency taking part (and not yet asked) for an IMR, due on one date.

    Each request is addressed to the agency's senior manager in post; agencies
    with none are left for the coordinator to add and are returned.
    """
    if due_on is None:
        raise ValidationError({"due_on": "Enter the date the IMRs are due"})
    if due_on <= timezone.localdate():
        raise ValidationError({"due_on": "The date the IMRs are due must be in the future"})
    ready, missing = agencies_to_commission(review)
    created: list[ImrRequest] = []
    with transaction.atomic():
        for agency in ready:
            manager = next(m for m in agency.senior_managers.all() if m.active)
            imr = ImrRequest(
                agency=agency,
                senior_manager=manager,
                senior_manager_name=manager.name,
                senior_manager_title=manager.job_title,
                due_on=due_on,
            )
            created.append(do_add_imr_request(actor, review, imr, request))
    return created, missing


def do_mark_letter_sent(
    actor: Any, imr: ImrRequest, request: HttpRequest | None = None
) -> ImrRequest:
    """Record that the chair's letter went today."""
    if imr.letter_sent_on is not None:
        raise ValidationError(
            f"The letter to {imr.agency.name} was already recorded as sent on "
            f"{letters.long_date(imr.letter_sent_on)}"
        )
    today = timezone.localdate()
    if imr.due_on is not None and imr.due_on < today:
        raise ValidationError(
            f"The IMR from {imr.agency.name} was due on {letters.long_date(imr.due_on)}, before "
            "today: change the due date first"
        )
    imr.letter_sent_on = today
    return do_change_imr_request(actor, imr, request)
