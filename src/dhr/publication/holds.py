"""Legal holds on a review, read: which block publication, how each is described,
and what the public FAQ says about a reporting restriction order.

Changes go through `publication.services` (check_*/do_*).
"""

from __future__ import annotations

import datetime

from django.utils import timezone

from dhr.core.forms import long_date
from dhr.publication.models import HoldKind, HoldState, LegalHold, Publication, RestrictionState
from dhr.reviews.models import Review


def holds_of(review: Review) -> list[LegalHold]:
    return list(LegalHold.objects.filter(review=review).select_related("recorded_by", "ended_by"))


def blocking_holds(review: Review) -> list[LegalHold]:
    """Holds no person has ended: active ones, and lapsed ones not yet confirmed."""
    return list(LegalHold.objects.filter(review=review, ended=""))


def describe(hold: LegalHold, today: datetime.date | None = None) -> str:
    """The hold in a sentence, for the publish refusal and the holds page."""
    today = today or timezone.localdate()
    if hold.is_rro:
        what = "A reporting restriction order"
        if hold.court:
            what += f" made by {hold.court}"
        if hold.made_on:
            what += f" on {long_date(hold.made_on)}"
        if hold.state(today) == HoldState.LAPSED and hold.expires_on:
            return (
                f"{what} expired on {long_date(hold.expires_on)}, but nobody has confirmed "
                "that it lapsed: confirm the lapse on the legal holds page before publishing"
            )
        until = f"until {long_date(hold.expires_on)}" if hold.expires_on else "until further order"
        return f"{what} is in force {until}: nothing of the review may be published"
    words = {
        HoldKind.CRIMINAL: "Criminal proceedings are live",
        HoldKind.INQUEST: "The inquest has not concluded",
        HoldKind.OTHER: "A legal hold is recorded",
    }[HoldKind(hold.kind)]
    note = " ".join(hold.note.split())
    if len(note) > 120:
        note = note[:119].rstrip() + "…"
    why = f" ({note})" if note else ""
    return f"{words}{why}: nothing of the review may be published until the hold is lifted"


def restriction_facts(
    review: Review, publication: Publication | None
) -> tuple[RestrictionState, str]:
    """What the FAQ says about a reporting restriction order, and whom to contact.

    Once the review has an order recorded as a hold, the holds decide: an order
    applies while its hold is unended, or after it was lifted with the order
    still restricting what may be reported; otherwise none applies. Without one,
    the coordinator's own answer on the publication details stands (no order, or
    not yet recorded).
    """
    orders = list(
        LegalHold.objects.filter(review=review, kind=HoldKind.RRO).order_by("-recorded_at", "-id")
    )
    if orders:
        bearing = [h for h in orders if not h.ended or h.order_still_applies]
        if not bearing:
            return RestrictionState.NONE, ""
        contact = next((h.contact.strip() for h in bearing if h.contact.strip()), "")
        return RestrictionState.APPLIES, contact
    state = RestrictionState(publication.restriction) if publication else RestrictionState.UNKNOWN
    if state == RestrictionState.APPLIES:
        # Only migration 0003's input could say so; the order is a hold now.
        state = RestrictionState.UNKNOWN
    return state, ""
