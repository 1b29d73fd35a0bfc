"""Publishing a finished review, and what it needs first."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.http import HttpRequest
from django.utils import timezone
from django.utils.text import slugify

from dhr.audit import services as audit
from dhr.publication.faq import missing_facts
from dhr.publication.models import DistributionRecipient, Publication
from dhr.reviews import lifecycle
from dhr.reviews.models import Review, Stage


def publication_for(review: Review) -> Publication:
    """The review's publication record, made on first use with a stable public slug."""
    publication = Publication.objects.filter(review=review).first()
    if publication is None:
        slug = slugify(f"{review.csp.slug}-{review.reference}")[:110]
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


def do_add_recipient(
    actor: Any, review: Review, recipient: str, request: HttpRequest | None = None
) -> DistributionRecipient:
    recipient = recipient.strip()
    if not recipient:
        raise ValidationError({"recipient": "Enter who the report is issued to"})
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


def check_publish(review: Review, accept_missing: bool) -> None:
    """A review is published only once approved, and never with unseen gaps."""
    if review.stage != Stage.APPROVED:
        raise ValidationError(
            "Only a review the Home Office has approved for publication can be published "
            f"(this one is at: {review.get_stage_display()})."
        )
    missing = missing_facts(review)
    if missing and not accept_missing:
        raise ValidationError(
            {"accept_missing": "Confirm that the review may be published with facts missing"}
        )


def do_publish(
    actor: Any, review: Review, accept_missing: bool, request: HttpRequest | None = None
) -> Publication:
    check_publish(review, accept_missing)
    with transaction.atomic():
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
