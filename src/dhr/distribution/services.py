"""Distributing the final documents: the list, each issue, and the secure links.

`do_*` functions change state and write the audit record in one transaction.
A secure link's token is made with `secrets` (32 bytes), shown once and never
stored: only its SHA-256 is kept, so the database cannot hand out a working
link. A link serves only the documents of the issue it belongs to, until it
expires or is revoked; every use, refused or not, is a `LinkUse` and an audit
record.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone

from dhr.accounts.models import CspMembership, CspRole
from dhr.audit import services as audit
from dhr.core.client_ip import client_address
from dhr.core.tokens import hash_token, new_token
from dhr.distribution.models import (
    Category,
    Issue,
    LinkUse,
    Method,
    Outcome,
    RecipientDetails,
    SecureLink,
)
from dhr.organisations.models import Agency, SeniorManager
from dhr.panel.models import AgencyScope, ImrRequest, PanelMember
from dhr.publication import services as publication
from dhr.publication.forms import area_of
from dhr.publication.models import DistributionRecipient
from dhr.reports.models import ExportStatus, ReportExport
from dhr.reviews.models import Review

DEFAULT_EXPIRY_DAYS = 14
MAX_EXPIRY_DAYS = 90


# The list -------------------------------------------------------------------


def details_for(entry: DistributionRecipient) -> RecipientDetails:
    """The entry's details, or unsaved defaults for an entry made on the publication page."""
    try:
        return entry.details
    except RecipientDetails.DoesNotExist:
        return RecipientDetails(recipient=entry)


def check_recipient(name: str, category: str, email: str) -> None:
    errors: dict[str, str] = {}
    if not name.strip():
        errors["name"] = "Enter who the documents are issued to"
    if category not in Category.values:
        errors["category"] = "Choose what kind of recipient this is"
    if errors:
        raise ValidationError(errors)


def do_add_recipient(
    actor: Any,
    review: Review,
    name: str,
    category: str,
    email: str = "",
    agency: Agency | None = None,
    request: HttpRequest | None = None,
) -> DistributionRecipient:
    check_recipient(name, category, email)
    with transaction.atomic():
        entry = publication.do_add_recipient(actor, review, name, request)
        RecipientDetails.objects.create(
            recipient=entry, category=category, email=email.strip(), agency=agency
        )
        audit.record(
            actor,
            "distribution.details",
            f"Recorded {entry.recipient} as: {Category(category).label}",
            review=review,
            target=entry,
            detail={"category": category, "email_given": bool(email.strip())},
            request=request,
        )
    return entry


def do_update_recipient(
    actor: Any,
    entry: DistributionRecipient,
    category: str,
    email: str,
    request: HttpRequest | None = None,
) -> None:
    check_recipient(entry.recipient, category, email)
    with transaction.atomic():
        RecipientDetails.objects.update_or_create(
            recipient=entry, defaults={"category": category, "email": email.strip()}
        )
        audit.record(
            actor,
            "distribution.details",
            f"Changed the details of {entry.recipient}: {Category(category).label}",
            review=entry.review,
            target=entry,
            detail={"category": category, "email_given": bool(email.strip())},
            request=request,
        )


def do_remove_recipient(
    actor: Any, entry: DistributionRecipient, request: HttpRequest | None = None
) -> None:
    if Issue.objects.filter(recipient=entry).exists():
        raise ValidationError(
            f"{entry.recipient} has been sent documents, so stays on the list with the record "
            "of what was sent."
        )
    publication.do_remove_recipient(actor, entry, request)


@dataclass(frozen=True)
class Suggestion:
    name: str
    category: str
    email: str = ""
    agency: Agency | None = None


def participating_agencies(review: Review) -> list[Agency]:
    """Agencies scoped in, on the panel, or asked for an IMR, in name order."""
    ids = set(
        AgencyScope.objects.filter(review=review, included=True).values_list("agency_id", flat=True)
    )
    ids |= set(
        PanelMember.objects.filter(review=review, agency__isnull=False).values_list(
            "agency_id", flat=True
        )
    )
    ids |= set(ImrRequest.objects.filter(review=review).values_list("agency_id", flat=True))
    return list(Agency.objects.filter(pk__in=ids).order_by("name"))


def senior_manager(review: Review, agency: Agency) -> SeniorManager | None:
    """The manager the IMR letter went to if still active, else the agency's first active one."""
    request = ImrRequest.objects.filter(review=review, agency=agency).first()
    if request and request.senior_manager and request.senior_manager.active:
        return request.senior_manager
    return agency.senior_managers.filter(active=True).first()


def usual_recipients(review: Review) -> list[Suggestion]:
    """The standard list. Names are roles, not people: the public FAQ lists them."""
    csp = review.csp
    out = []
    for agency in participating_agencies(review):
        manager = senior_manager(review, agency)
        title = manager.job_title if manager and manager.job_title else "Senior manager"
        out.append(
            Suggestion(
                f"{title}, {agency.name}",
                Category.AGENCY,
                manager.email if manager else "",
                agency,
            )
        )
    chair = (
        CspMembership.objects.filter(csp=csp, role=CspRole.CSP_CHAIR).select_related("user").first()
    )
    out += [
        Suggestion(f"Chair of {csp.name}", Category.CSP_CHAIR, chair.user.email if chair else ""),
        Suggestion(f"{area_of(csp)} Police and Crime Commissioner", Category.PCC),
        Suggestion("Home Office quality assurance panel", Category.HOME_OFFICE),
        Suggestion("Domestic Abuse Commissioner", Category.DA_COMMISSIONER),
        Suggestion("The family", Category.FAMILY),
    ]
    return out


def missing_suggestions(review: Review) -> list[Suggestion]:
    """The usual recipients not yet on the list: by agency, by category, or by the same name."""
    entries = list(review.distribution.all())
    names = {e.recipient.strip().casefold() for e in entries}
    details = list(RecipientDetails.objects.filter(recipient__in=entries))
    agencies = {d.agency_id for d in details if d.category == Category.AGENCY and d.agency_id}
    categories = {d.category for d in details}
    out = []
    for s in usual_recipients(review):
        if s.name.casefold() in names:
            continue
        if s.category == Category.AGENCY:
            if s.agency is not None and s.agency.pk in agencies:
                continue
        elif s.category in categories:
            continue
        out.append(s)
    return out


def do_add_usual(
    actor: Any, review: Review, request: HttpRequest | None = None
) -> list[DistributionRecipient]:
    """Add the standard recipients who are not on the list yet; never a duplicate."""
    with transaction.atomic():
        added = [
            do_add_recipient(actor, review, s.name, s.category, s.email, s.agency, request)
            for s in missing_suggestions(review)
        ]
    return added


# Issuing ----------------------------------------------------------------------


def issuable_documents(review: Review) -> QuerySet[ReportExport]:
    """What may be sent: finished, anonymised exports of a frozen version, never the panel copy."""
    return (
        ReportExport.objects.filter(
            report__review=review,
            status=ExportStatus.DONE,
            panel=False,
            version__isnull=False,
        )
        .exclude(file="")
        .select_related("report", "version")
        .order_by("report__kind", "-version__number", "format", "-id")
    )


def document_label(export: ReportExport) -> str:
    fmt = "PDF" if export.format == "pdf" else "Word (.docx)"
    version = export.version.number if export.version else "draft"
    return f"{export.report.get_kind_display()}, version {version}, {fmt}"


def document_file_name(export: ReportExport) -> str:
    from dhr.core.downloads import download_name

    return download_name(
        export.report.review.full_reference,
        export.report.kind,
        version=export.version.number if export.version else None,
        extension=export.format,
    )


def check_issue(
    review: Review,
    entry: DistributionRecipient,
    sent_on: datetime.date | None,
    method: str,
    documents: list[ReportExport],
    expires_in_days: int | None,
) -> None:
    errors: dict[str, str] = {}
    if entry.review_id != review.pk:
        errors["recipient"] = "This recipient is not on this review's list"
    if sent_on is None:
        errors["sent_on"] = "Enter the date the documents were sent"
    elif sent_on > timezone.localdate():
        errors["sent_on"] = "The date the documents were sent must be today or in the past"
    if method not in Method.values:
        errors["method"] = "Choose how the documents were sent"
    allowed = set(issuable_documents(review).values_list("pk", flat=True))
    if not documents:
        errors["documents"] = "Choose at least one document that was sent"
    elif any(d.pk not in allowed for d in documents):
        errors["documents"] = (
            "Only finished, anonymised exports of a frozen version can be sent; "
            "choose from the list"
        )
    if method == Method.SECURE_LINK:
        if expires_in_days is None:
            errors["expires_in_days"] = "Enter how many days the link works for"
        elif not 1 <= expires_in_days <= MAX_EXPIRY_DAYS:
            errors["expires_in_days"] = (
                f"The link must work for between 1 and {MAX_EXPIRY_DAYS} days"
            )
    if errors:
        raise ValidationError(errors)


def do_issue(
    actor: Any,
    review: Review,
    entry: DistributionRecipient,
    sent_on: datetime.date | None,
    method: str,
    documents: list[ReportExport],
    note: str = "",
    expires_in_days: int | None = DEFAULT_EXPIRY_DAYS,
    request: HttpRequest | None = None,
) -> tuple[Issue, str | None]:
    """Record what was sent to whom, how and when; for a secure link, make it.

    Returns the issue and, for a secure link, the token: the only time it exists
    outside the recipient's hands.
    """
    check_issue(review, entry, sent_on, method, documents, expires_in_days)
    assert sent_on is not None
    token = None
    with transaction.atomic():
        issue = Issue.objects.create(
            review=review,
            recipient=entry,
            sent_on=sent_on,
            method=method,
            note=note.strip()[:500],
            recorded_by=actor,
        )
        issue.documents.set(documents)
        labels = [document_label(d) for d in documents]
        audit.record(
            actor,
            "distribution.issue",
            f"Recorded documents sent to {entry.recipient} by {Method(method).label.lower()} "
            f"on {sent_on:%-d %B %Y}: " + "; ".join(labels),
            review=review,
            target=issue,
            detail={"method": method, "documents": [d.pk for d in documents]},
            request=request,
        )
        if method == Method.SECURE_LINK:
            assert expires_in_days is not None
            token = new_token()
            link = SecureLink.objects.create(
                issue=issue,
                token_hash=hash_token(token),
                expires_at=timezone.now() + datetime.timedelta(days=expires_in_days),
            )
            audit.record(
                actor,
                "distribution.link_create",
                f"Made a secure download link for {entry.recipient}, "
                f"working for {expires_in_days} days",
                review=review,
                target=link,
                detail={"expires_at": link.expires_at, "documents": [d.pk for d in documents]},
                request=request,
            )
    return issue, token


def do_revoke(
    actor: Any, link: SecureLink, reason: str, request: HttpRequest | None = None
) -> None:
    if not reason.strip():
        raise ValidationError({"reason": "Say why the link is being revoked"})
    if link.revoked_at is not None:
        raise ValidationError("This link was already revoked.")
    with transaction.atomic():
        link.revoked_at = timezone.now()
        link.revoked_by = actor
        link.revoke_reason = reason.strip()
        link.save(update_fields=["revoked_at", "revoked_by", "revoke_reason"])
        audit.record(
            actor,
            "distribution.link_revoke",
            f"Revoked the secure download link of {link.issue.recipient}",
            review=link.issue.review,
            target=link,
            detail={"reason": link.revoke_reason},
            request=request,
        )


# The public side of a link --------------------------------------------------------


def link_for_token(token: str) -> SecureLink | None:
    """The link a token opens, whatever its state; None for a token that was never made."""
    if not token or len(token) > 200:
        return None
    return (
        SecureLink.objects.select_related("issue__recipient", "issue__review__csp")
        .filter(token_hash=hash_token(token))
        .first()
    )


def link_documents(link: SecureLink) -> list[ReportExport]:
    """Only the documents issued with this link, and only while they are still on file."""
    return [
        d
        for d in link.issue.documents.select_related("report__review", "version").order_by(
            "report__kind", "format", "pk"
        )
        if d.file
    ]


def who(link: SecureLink) -> str:
    return f"{link.issue.recipient.recipient} (by secure link)"


OUTCOME_ACTIONS = {
    Outcome.OPENED: "distribution.link_open",
    Outcome.DOWNLOADED: "distribution.link_download",
    Outcome.EXPIRED: "distribution.link_refused",
    Outcome.REVOKED: "distribution.link_refused",
    Outcome.NOT_ISSUED: "distribution.link_refused",
}


def record_use(
    link: SecureLink,
    outcome: str,
    export: ReportExport | None = None,
    request: HttpRequest | None = None,
) -> LinkUse:
    """One use of a link, in the distribution list and in the audit trail, before any file."""
    file_name = document_file_name(export) if export is not None else ""
    with transaction.atomic():
        use = LinkUse.objects.create(link=link, outcome=outcome, export=export, file_name=file_name)
        action = OUTCOME_ACTIONS[Outcome(outcome)]
        audit.record(
            who(link),
            action,
            f"{Outcome(outcome).label}"
            + (f": {file_name}" if file_name else "")
            + f" ({link.issue.recipient.recipient})",
            review=link.issue.review,
            target=link,
            detail={"outcome": outcome, "export": export.pk if export else None},
            request=request,
        )
    return use


def throttled(request: HttpRequest) -> bool:
    """Count an unknown token from this address; True once it has tried too many.

    Tokens are 256 bits, so guessing is hopeless anyway; this keeps a flood of
    guesses from filling the audit trail.
    """
    limit = getattr(settings, "DHR_LINK_FAILURES_PER_HOUR", 20)
    key = f"dhr:distribution:unknown:{client_address(request) or 'unknown'}"
    cache.add(key, 0, timeout=3600)
    try:
        count = cache.incr(key)
    except ValueError:
        cache.set(key, 1, timeout=3600)
        count = 1
    return count > limit


def record_unknown(request: HttpRequest) -> None:
    """A token that opens nothing: audited without any review (there is none to name)."""
    audit.record(
        "someone with an unknown link",
        "distribution.link_unknown",
        "Refused a download link that does not exist",
        request=request,
    )
