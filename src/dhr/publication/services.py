"""Publishing a finished review, and what it needs first."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.http import HttpRequest
from django.utils import timezone
from django.utils.text import slugify

from dhr.actions.services import plan_actions
from dhr.audit import services as audit
from dhr.core import downloads
from dhr.publication import public_files
from dhr.publication.faq import build_faq, missing_facts
from dhr.publication.holds import blocking_holds, describe
from dhr.publication.models import (
    DistributionRecipient,
    HoldEnd,
    HoldKind,
    HoldState,
    LegalHold,
    Publication,
)
from dhr.publication.public_text import PublicTextChecker, check_public_text
from dhr.redaction_review import services as redaction_review
from dhr.reviews import lifecycle
from dhr.reviews.models import Review, Stage
from dhr.signoffs.models import QaOutcome
from dhr.signoffs.services import latest_feedback

# Publication fields a member of the public reads, checked against the register.
PUBLIC_FIELDS = ("site_name", "site_url", "summary")


def publication_for(review: Review) -> Publication:
    """The review's publication record, made on first use with a stable public slug."""
    publication = Publication.objects.filter(review=review).first()
    if publication is None:
        slug = slugify(f"{review.csp.slug}-{downloads.slug(review.full_reference)}")[:110]
        base, n = slug, 1
        while Publication.objects.filter(slug=slug).exists():
            n += 1
            slug = f"{base}-{n}"
        publication = Publication.objects.create(
            review=review,
            slug=slug,
            site_name=review.csp.website_name,
            site_url=review.csp.website_url,
        )
    return publication


def do_update_publication(
    actor: Any, publication: Publication, changed: list[str], request: HttpRequest | None = None
) -> None:
    if not changed:
        return
    check_public_text(
        publication.review, {f: str(getattr(publication, f) or "") for f in PUBLIC_FIELDS}
    )
    with transaction.atomic():
        publication.save()
        audit.record(
            actor,
            "publication.update",
            "Changed publication details: " + ", ".join(changed),
            review=publication.review,
            target=publication,
            detail={"fields": changed},
            request=request,
        )
        public_files.refresh(publication)


def do_add_recipient(
    actor: Any, review: Review, recipient: str, request: HttpRequest | None = None
) -> DistributionRecipient:
    recipient = recipient.strip()
    if not recipient:
        raise ValidationError({"recipient": "Enter who the report is issued to"})
    check_public_text(review, {"recipient": recipient})  # the FAQ lists them
    with transaction.atomic():
        position = (review.distribution.aggregate(p=Max("position"))["p"] or 0) + 1
        entry = DistributionRecipient.objects.create(
            review=review, recipient=recipient, position=position
        )
        audit.record(
            actor,
            "distribution.add",
            f"Added {recipient} to the distribution list",
            review=review,
            target=entry,
            request=request,
        )
    return entry


def do_remove_recipient(
    actor: Any, entry: DistributionRecipient, request: HttpRequest | None = None
) -> None:
    with transaction.atomic():
        audit.record(
            actor,
            "distribution.remove",
            f"Removed {entry.recipient} from the distribution list",
            review=entry.review,
            target=entry,
            request=request,
        )
        entry.delete()


def home_office_permission(review: Review) -> str | None:
    """Why the Home Office has not given permission to publish, or None if it has:
    the latest QA round's outcome must be approval."""
    feedback = latest_feedback(review)
    if feedback is None:
        return (
            "The Home Office has not given permission to publish: no quality assurance "
            "outcome is recorded for the latest submission"
        )
    if feedback.outcome != QaOutcome.APPROVED:
        return (
            "The Home Office has not given permission to publish: the latest quality "
            f"assurance outcome is '{feedback.get_outcome_display()}'"
        )
    return None


def publish_problems(review: Review) -> list[str]:
    """Everything that stops the review being published now, in plain words."""
    problems = []
    if review.stage != Stage.APPROVED:
        problems.append(
            "Only a review the Home Office has approved for publication can be published "
            f"(this one is at: {review.get_stage_display()})."
        )
    refusal = home_office_permission(review)
    if refusal:
        problems.append(refusal + ".")
    problems += [describe(hold) + "." for hold in blocking_holds(review)]
    problems += redaction_review.release_problems(review)
    problems += register_problems(review)
    return problems


def register_problems(review: Review) -> list[str]:
    """The public summary and the FAQ as they would be published, checked against
    the register as it is now: each field was checked when saved, but a name or
    alias added to the register since would otherwise go out unseen."""
    checker = PublicTextChecker(review)
    texts = [("The public summary", publication_for(review).summary)]
    texts += [
        (
            f"The FAQ's answer to question {answer.number}",
            "\n".join([answer.question, *answer.paragraphs, *answer.items, *answer.closing]),
        )
        for answer in build_faq(review)
    ]
    if publication_for(review).show_actions:
        texts += [
            (f"Recommendation {a.recommendation.number}'s action on the public page", a.what)
            for a in plan_actions(review)
        ]
    problems = []
    for where, text in texts:
        person = checker.named(text)
        if person is not None:
            problems.append(f"{where}: {checker.message(person)}.")
    return problems


def check_publish(review: Review, accept_missing: bool) -> None:
    """A review is published only once approved, with the Home Office's permission,
    with no legal hold in the way, and never with unseen gaps."""
    problems = publish_problems(review)
    if problems:
        raise ValidationError(problems)
    missing = missing_facts(review)
    if missing and not accept_missing:
        raise ValidationError(
            {"accept_missing": "Confirm that the review may be published with facts missing"}
        )


def do_publish(
    actor: Any, review: Review, accept_missing: bool, request: HttpRequest | None = None
) -> Publication:
    with transaction.atomic():
        # The review row is locked, as recording a hold locks it: a hold recorded
        # meanwhile is seen here, or waits until the review is published.
        Review.objects.select_for_update().filter(pk=review.pk).first()
        check_publish(review, accept_missing)
        publication = publication_for(review)
        publication.is_published = True
        publication.published_on = timezone.localdate()
        publication.save()
        review.publication = publication
        audit.record(
            actor,
            "publication.publish",
            "Published the review",
            review=review,
            target=publication,
            detail={"slug": publication.slug, "missing": missing_facts(review)},
            request=request,
        )
        lifecycle.do_transition(actor, review, Stage.PUBLISHED, "Published", request)
        public_files.refresh(publication)
    return publication


def do_withdraw(
    actor: Any, publication: Publication, reason: str, request: HttpRequest | None = None
) -> None:
    """Take a review off the public pages (some areas remove reports after a time)."""
    if not reason.strip():
        raise ValidationError({"reason": "Give the reason for withdrawing the review"})
    with transaction.atomic():
        publication.is_published = False
        publication.save()
        audit.record(
            actor,
            "publication.withdraw",
            "Withdrew the review from the public pages",
            review=publication.review,
            target=publication,
            detail={"reason": reason},
            request=request,
        )
        public_files.remove_files(publication)


# --- Legal holds -------------------------------------------------------------

RRO_REQUIRED = {
    "court": "Enter the court that made the order",
    "made_on": "Enter the date the order was made",
    "scope": "Say what the order restricts",
}


def check_hold(hold: LegalHold) -> None:
    """A hold's record is complete for its kind (the form says the same, field by field)."""
    errors: dict[str, str] = {}
    if hold.kind not in HoldKind.values:
        errors["kind"] = "Choose what kind of hold it is"
    if hold.kind == HoldKind.RRO:
        for field, message in RRO_REQUIRED.items():
            value = getattr(hold, field)
            if value is None or (isinstance(value, str) and not value.strip()):
                errors[field] = message
        if hold.made_on and hold.expires_on and hold.expires_on < hold.made_on:
            errors["expires_on"] = (
                "The order's expiry date must be on or after the date it was made"
            )
    elif hold.kind == HoldKind.OTHER and not hold.note.strip():
        errors["note"] = "Say what the hold is and why it stops publication"
    if errors:
        raise ValidationError(errors)
    # The order's contact is published in the FAQ (question 15).
    check_public_text(hold.review, {"contact": hold.contact})


def do_add_hold(actor: Any, hold: LegalHold, request: HttpRequest | None = None) -> LegalHold:
    """Record a hold. A review already on the public pages comes off them in the
    same transaction: nothing of a held review may be published."""
    if hold.kind != HoldKind.RRO:
        hold.court, hold.made_on, hold.scope, hold.expires_on, hold.contact = "", None, "", None, ""
    check_hold(hold)
    review = hold.review
    with transaction.atomic():
        Review.objects.select_for_update().filter(pk=review.pk).first()
        hold.recorded_by = actor
        hold.recorded_at = timezone.now()
        hold.save()
        audit.record(
            actor,
            "hold.add",
            f"Recorded a legal hold: {hold.get_kind_display()}",
            review=review,
            target=hold,
            detail={
                "kind": hold.kind,
                "court": hold.court,
                "made_on": hold.made_on,
                "expires_on": hold.expires_on,
            },
            request=request,
        )
        publication = Publication.objects.filter(review=review, is_published=True).first()
        if publication is not None:
            publication.is_published = False
            publication.save()
            audit.record(
                actor,
                "publication.withdraw",
                "Withdrew the review from the public pages: a legal hold was recorded",
                review=review,
                target=publication,
                detail={"hold": hold.pk},
                request=request,
            )
    return hold


def check_lift(hold: LegalHold, reason: str, order_still_applies: bool | None) -> None:
    errors: dict[str, str] = {}
    if hold.ended:
        errors["reason"] = "This hold has already ended"
    elif not reason.strip():
        errors["reason"] = "Give the reason for lifting the hold"
    if hold.is_rro and not hold.ended and order_still_applies is None:
        errors["order_still_applies"] = (
            "Choose whether the order still restricts what may be reported"
        )
    if errors:
        raise ValidationError(errors)


def _locked_unended(hold: LegalHold) -> LegalHold:
    """The hold's row, locked; refused if someone ended it meanwhile."""
    current = LegalHold.objects.select_for_update().get(pk=hold.pk)
    if current.ended:
        raise ValidationError("This hold has already ended")
    return current


def do_lift_hold(
    actor: Any,
    hold: LegalHold,
    reason: str,
    order_still_applies: bool | None = None,
    request: HttpRequest | None = None,
) -> None:
    check_lift(hold, reason, order_still_applies)
    with transaction.atomic():
        hold = _locked_unended(hold)
        hold.ended = HoldEnd.LIFTED
        hold.ended_by = actor
        hold.ended_at = timezone.now()
        hold.end_reason = reason.strip()
        hold.order_still_applies = order_still_applies if hold.is_rro else None
        hold.save()
        audit.record(
            actor,
            "hold.lift",
            f"Lifted a legal hold: {hold.get_kind_display()}",
            review=hold.review,
            target=hold,
            detail={"reason": hold.end_reason, "order_still_applies": hold.order_still_applies},
            request=request,
        )


def check_confirm_lapse(hold: LegalHold, today: Any = None) -> None:
    if hold.state(today) != HoldState.LAPSED:
        raise ValidationError(
            "Only a reporting restriction order whose expiry date has passed can be confirmed "
            "as lapsed; lift any other hold with a reason"
        )


def do_confirm_lapse(
    actor: Any, hold: LegalHold, note: str = "", request: HttpRequest | None = None
) -> None:
    """A person confirms that an order whose expiry date has passed has lapsed
    (was not extended): only then does it stop blocking publication."""
    check_confirm_lapse(hold)
    with transaction.atomic():
        hold = _locked_unended(hold)
        hold.ended = HoldEnd.LAPSE_CONFIRMED
        hold.ended_by = actor
        hold.ended_at = timezone.now()
        hold.end_reason = note.strip()
        hold.order_still_applies = False
        hold.save()
        audit.record(
            actor,
            "hold.confirm_lapse",
            "Confirmed that a reporting restriction order has lapsed",
            review=hold.review,
            target=hold,
            detail={"expires_on": hold.expires_on, "note": hold.end_reason},
            request=request,
        )
