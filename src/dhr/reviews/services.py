"""The rules for creating and changing reviews, their members and documents.

Zulip's split: check_* validates and raises; do_* changes state and writes
the audit record in the same transaction. Views never write to models.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.utils import timezone

from dhr.accounts.models import User
from dhr.audit import services as audit
from dhr.core.uploads import check_upload
from dhr.organisations.models import Agency, Csp
from dhr.reviews import lifecycle
from dhr.reviews.eligibility import Assessment, Facts, assess_eligibility
from dhr.reviews.models import (
    AGENCY_KINDS,
    PROCEEDING_TYPES,
    Decision,
    Notification,
    OtherProceeding,
    Review,
    ReviewDocument,
    ReviewMembership,
    ReviewRole,
    Stage,
)


def do_create_review(
    actor: Any, csp: Csp, fields: dict[str, Any], request: HttpRequest | None = None
) -> Review:
    with transaction.atomic():
        review = Review.objects.create(csp=csp, **fields)
        audit.record(
            actor,
            "review.create",
            f"Opened {review.title}",
            review=review,
            target=review,
            request=request,
        )
    return review


def do_update_review(
    actor: Any, review: Review, changed: list[str], request: HttpRequest | None = None
) -> None:
    """Save a review already changed by a form, recording which fields changed."""
    if not changed:
        return
    with transaction.atomic():
        review.save()
        audit.record(
            actor,
            "review.update",
            "Changed " + ", ".join(changed),
            review=review,
            target=review,
            detail={"fields": changed},
            request=request,
        )


def review_date_errors(notified_on: Any, died_on: Any) -> dict[str, str]:
    """The dates kept on a review must be possible: none in the future, death first."""
    errors: dict[str, str] = {}
    today = timezone.localdate()
    if notified_on is not None and notified_on > today:
        errors["notified_on"] = "Date the CSP was notified must be today or in the past"
    if died_on is not None and died_on > today:
        errors["date_of_death"] = "Date of death must be today or in the past"
    elif died_on is not None and notified_on is not None and died_on > notified_on:
        errors["date_of_death"] = "Date of death must be on or before the date the CSP was notified"
    return errors


def check_notification(review_fields: dict[str, Any], notification_fields: dict[str, Any]) -> None:
    """The facts of a notification must be possible: no future dates, a real age."""
    errors = review_date_errors(
        review_fields.get("notified_on"), review_fields.get("date_of_death")
    )
    if review_fields.get("notified_on") is None:
        errors["notified_on"] = "Enter the date the CSP was notified"
    age = notification_fields.get("victim_age")
    if age is not None and not 0 <= age <= MAX_AGE:
        errors["victim_age"] = f"Victim's age must be a whole number from 0 to {MAX_AGE}"
    if not str(notification_fields.get("notifier_name", "")).strip():
        errors["notifier_name"] = "Enter who notified the CSP"
    if errors:
        raise ValidationError(errors)


def do_record_notification(
    actor: Any,
    review: Review,
    review_fields: dict[str, Any],
    notification_fields: dict[str, Any],
    proceedings: dict[str, str],
    request: HttpRequest | None = None,
) -> Notification:
    """Record (or correct) how the CSP heard of the death and what it was told.

    `review_fields` holds the dates kept on the review (notified_on,
    date_of_death); `proceedings` maps each other review or proceeding under
    way (a ReviewType) to its note.
    """
    dates = {"notified_on": review.notified_on, "date_of_death": review.date_of_death}
    check_notification({**dates, **review_fields}, notification_fields)
    unknown = set(proceedings) - {t.value for t in PROCEEDING_TYPES}
    if unknown:
        raise ValidationError(f"Not a review or proceeding: {', '.join(sorted(unknown))}")
    with transaction.atomic():
        for name, value in review_fields.items():
            setattr(review, name, value)
        review.save()
        notification = Notification.objects.filter(review=review).first()
        created = notification is None
        if notification is None:
            notification = Notification(review=review, recorded_by=actor)
        for name, value in notification_fields.items():
            setattr(notification, name, value)
        notification.save()
        notification.other_proceedings.exclude(kind__in=list(proceedings)).delete()
        for kind, note in proceedings.items():
            OtherProceeding.objects.update_or_create(
                notification=notification, kind=kind, defaults={"note": note}
            )
        audit.record(
            actor,
            "review.notification",
            "Recorded the notification" if created else "Corrected the notification",
            review=review,
            target=notification,
            detail={
                "notified_on": review.notified_on,
                "notifier_type": notification.notifier_type,
                "other_proceedings": sorted(proceedings),
            },
            request=request,
        )
    return notification


def do_open_review_from_notification(
    actor: Any,
    csp: Csp,
    review_fields: dict[str, Any],
    notification_fields: dict[str, Any],
    proceedings: dict[str, str],
    request: HttpRequest | None = None,
) -> Review:
    """Open a review and record its notification together, or neither."""
    check_notification(review_fields, notification_fields)
    with transaction.atomic():
        review = do_create_review(actor, csp, review_fields, request)
        do_record_notification(actor, review, {}, notification_fields, proceedings, request)
    return review


def assessment_for(review: Review) -> Assessment:
    """The section 9 check on what the CSP has recorded so far."""
    notification = Notification.objects.filter(review=review).first()
    kinds = (
        list(notification.other_proceedings.values_list("kind", flat=True)) if notification else []
    )
    return assess_eligibility(Facts.from_notification(notification), kinds)


# A decision may be recorded or changed only while the review waits for it;
# to reconsider a decision not to proceed, move the review back to Decision.
DECISION_OPEN_STAGES = {Stage.NOTIFICATION, Stage.DECISION}
MIN_NOT_PROCEEDING_REASON = 20
MAX_AGE = 120


def check_home_office_informed(review: Review, informed_on: Any, decided_on: Any) -> None:
    if informed_on is None:
        return
    if informed_on > timezone.localdate():
        raise ValidationError(
            {
                "home_office_informed_on": "Date the Home Office was informed must be today "
                "or in the past"
            }
        )
    if decided_on is not None and informed_on < decided_on:
        raise ValidationError(
            {
                "home_office_informed_on": "Date the Home Office was informed must be on or "
                f"after the date of the decision ({decided_on:%-d %B %Y})"
            }
        )


def check_decision(
    decision: str,
    rationale: str,
    review: Review | None = None,
    decided_on: Any = None,
    referred_to: str = "",
    home_office_informed_on: Any = None,
) -> None:
    """Every decision has a rationale; not holding a review needs a real reason."""
    errors: dict[str, str] = {}
    if review is not None and review.stage not in DECISION_OPEN_STAGES:
        raise ValidationError(
            {
                "decision": "The decision can no longer be changed: the review is at "
                f"{review.get_stage_display()}."
                + (
                    " To reconsider, move it back to Decision first."
                    if review.stage == Stage.NOT_PROCEEDING
                    else ""
                )
            }
        )
    if decision not in {Decision.PROCEED, Decision.NOT_PROCEED, Decision.REFER}:
        errors["decision"] = "Choose whether to hold a review"
    not_proceeding = decision in {Decision.NOT_PROCEED, Decision.REFER}
    if not_proceeding and not rationale.strip():
        errors["decision_rationale"] = "Give the reason for not holding a review"
    elif not_proceeding and len(rationale.strip()) < MIN_NOT_PROCEEDING_REASON:
        errors["decision_rationale"] = (
            "Explain the reason for not holding a review in a full sentence: "
            "the Home Office will read it"
        )
    elif not rationale.strip():
        errors["decision_rationale"] = "Give the rationale for the decision"
    if decision == Decision.REFER and not referred_to:
        errors["referred_to"] = "Choose the type of review the death is referred to"
    if review is not None and decided_on is not None:
        if decided_on > timezone.localdate():
            errors["decided_on"] = "Date of the decision must be today or in the past"
        elif decided_on < review.notified_on:
            errors["decided_on"] = (
                "Date of the decision must be on or after the date the CSP was notified "
                f"({review.notified_on:%-d %B %Y})"
            )
    if review is not None and decided_on is None:
        errors["decided_on"] = "Enter the date of the decision"
    if errors:
        raise ValidationError(errors)
    if review is not None:
        check_home_office_informed(review, home_office_informed_on, decided_on)


def do_record_decision(
    actor: Any,
    review: Review,
    decision: str,
    decided_on: Any,
    rationale: str,
    request: HttpRequest | None = None,
    referred_to: str = "",
    home_office_informed_on: Any = None,
) -> None:
    """Record the CSP chair's decision and move the review on to match it."""
    check_decision(decision, rationale, review, decided_on, referred_to, home_office_informed_on)
    if review.stage == Stage.NOTIFICATION:
        blocked = lifecycle.notification_recorded(review)
        if blocked:
            raise ValidationError({"decision": blocked})
    try:
        with transaction.atomic():
            review.decision = decision
            review.decided_on = decided_on
            review.decision_rationale = rationale.strip()
            review.referred_to = referred_to if decision == Decision.REFER else ""
            if home_office_informed_on is not None:
                review.home_office_informed_on = home_office_informed_on
            review.save()
            audit.record(
                actor,
                "review.decision",
                f"Decision recorded: {Decision(decision).label}",
                review=review,
                target=review,
                detail={
                    "decision": decision,
                    "decided_on": decided_on,
                    "rationale": review.decision_rationale,
                    "referred_to": review.referred_to,
                    "home_office_informed_on": review.home_office_informed_on,
                    # What the section 9 check said when the chair decided.
                    "assessment": assessment_for(review).outcome.value,
                },
                request=request,
            )
            why = f"The CSP chair decided: {Decision(decision).label}"
            if review.stage == Stage.NOTIFICATION:
                lifecycle.do_move_stage(actor, review, Stage.DECISION, why, request)
            target = Stage.SET_UP if decision == Decision.PROCEED else Stage.NOT_PROCEEDING
            lifecycle.do_move_stage(actor, review, target, why, request)
    except Exception:
        review.refresh_from_db()
        raise


def do_record_home_office_informed(
    actor: Any, review: Review, informed_on: Any, request: HttpRequest | None = None
) -> None:
    """Record when the Home Office was told of the decision (for either outcome)."""
    if review.decision == Decision.PENDING:
        raise ValidationError(
            {
                "home_office_informed_on": "Record the CSP chair's decision before "
                "telling the Home Office"
            }
        )
    if informed_on is None:
        raise ValidationError(
            {"home_office_informed_on": "Enter the date the Home Office was informed"}
        )
    check_home_office_informed(review, informed_on, review.decided_on)
    with transaction.atomic():
        review.home_office_informed_on = informed_on
        review.save(update_fields=["home_office_informed_on", "updated_at"])
        audit.record(
            actor,
            "review.home_office_informed",
            f"Recorded that the Home Office was informed of the decision on {informed_on}",
            review=review,
            target=review,
            detail={"home_office_informed_on": informed_on},
            request=request,
        )


def check_membership(review: Review, role: str, agency: Agency | None) -> None:
    if role in {ReviewRole.PANEL_MEMBER, ReviewRole.IMR_AUTHOR} and agency is None:
        raise ValidationError({"agency": "Choose the agency this person represents"})
    if role in {ReviewRole.INDEPENDENT_CHAIR, ReviewRole.HOME_OFFICE_QA} and agency is not None:
        raise ValidationError({"agency": "Leave the agency empty for this role"})
    if agency is not None and agency.csp_id != review.csp_id:
        raise ValidationError({"agency": "Choose an agency from this CSP's directory"})


def csp_people(csp: Csp) -> QuerySet[User]:
    """The accounts a CSP may choose from: its own CSP-wide people and the members
    of its reviews. Never every account of the installation (issue 10, finding 4)."""
    return (
        User.objects.filter(is_active=True)
        .filter(
            Q(csp_memberships__csp=csp) | Q(review_memberships__review__csp=csp),
        )
        .distinct()
        .order_by("full_name", "email")
    )


def do_add_member(
    actor: Any,
    review: Review,
    user: Any,
    role: str,
    agency: Agency | None,
    request: HttpRequest | None = None,
) -> ReviewMembership:
    check_membership(review, role, agency)
    if not csp_people(review.csp).filter(pk=user.pk).exists():
        raise ValidationError({"user": "Choose someone from this CSP's people"})
    if ReviewMembership.objects.filter(review=review, user=user, role=role).exists():
        raise ValidationError({"user": "This person already has that role on this review"})
    with transaction.atomic():
        membership = ReviewMembership.objects.create(
            review=review, user=user, role=role, agency=agency
        )
        audit.record(
            actor,
            "member.add",
            f"Gave {user} the role {membership.get_role_display()}",
            review=review,
            target=membership,
            detail={"user": user.pk, "role": role, "agency": agency.pk if agency else None},
            request=request,
        )
    return membership


def do_remove_member(
    actor: Any, membership: ReviewMembership, request: HttpRequest | None = None
) -> None:
    with transaction.atomic():
        audit.record(
            actor,
            "member.remove",
            f"Removed {membership.user} as {membership.get_role_display()}",
            review=membership.review,
            target=membership,
            detail={"user": membership.user_id, "role": membership.role},
            request=request,
        )
        membership.delete()


def do_upload_document(
    actor: Any,
    review: Review,
    kind: str,
    agency: Agency | None,
    title: str,
    upload: UploadedFile,
    request: HttpRequest | None = None,
) -> ReviewDocument:
    lifecycle.check_accepts_uploads(review)
    if kind in AGENCY_KINDS and agency is None:
        raise ValidationError({"agency": "Choose the agency this document comes from"})
    if kind not in AGENCY_KINDS:
        agency = None
    # Drafts and the submitted report: Word or PDF, checked by the one upload check.
    checked = check_upload(upload, allowed={"docx", "pdf"})
    content_type, sha256 = checked.content_type, checked.sha256
    with transaction.atomic():
        document = ReviewDocument(
            review=review,
            kind=kind,
            agency=agency,
            title=title,
            original_name=upload.name or "upload",
            content_type=content_type,
            size=upload.size or 0,
            sha256=sha256,
            uploaded_by=actor,
        )
        document.file.save(sha256, upload, save=False)
        document.save()
        audit.record(
            actor,
            "document.upload",
            f"Uploaded {document.get_kind_display()}: {title}",
            review=review,
            target=document,
            detail={"sha256": sha256, "size": document.size},
            request=request,
        )
    return document


def record_document_read(actor: Any, document: ReviewDocument, request: HttpRequest) -> None:
    """Every view or download of a confidential document leaves a record."""
    audit.record(
        actor,
        "document.download",
        f"Downloaded {document.get_kind_display()}: {document.title}",
        review=document.review,
        target=document,
        request=request,
    )
