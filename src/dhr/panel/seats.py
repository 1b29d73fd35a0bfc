"""One record of the panel: a member's account and their public seat.

Coordinators used to type the panel twice: once under Members (who may sign in
and see the review) and again under Panel membership (the public list), and
adding a panel member under Members left "No panel members yet". Now giving
someone the role of panel member or independent chair gives them a seat, whose
public label is derived from their agency (or "Independent Chair"). A seat typed
earlier for the same agency is taken over rather than duplicated. People who
sit on the panel without an account are still added as seats alone.

This runs on `post_save` of `ReviewMembership` so that every way a membership
is made (the members page, an accepted invitation, the demo, an import) keeps
the one record; the reviews app cannot call the panel app directly without an
import circle. Removing the membership keeps the seat, unlinked: they were on
the panel, and their attendance at meetings is part of the record.
"""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_save

from dhr.panel.models import PanelMember
from dhr.reviews.models import ReviewMembership, ReviewRole

SEAT_ROLES = frozenset({ReviewRole.PANEL_MEMBER, ReviewRole.INDEPENDENT_CHAIR})
CHAIR_LABEL = "Independent Chair"


def free_seat(membership: ReviewMembership) -> PanelMember | None:
    """A seat typed for the same agency (or the chair's seat) with no account
    yet: the one with this person's name, else one with no name."""
    seats = PanelMember.objects.filter(review_id=membership.review_id, membership__isnull=True)
    if membership.role == ReviewRole.INDEPENDENT_CHAIR:
        seats = seats.filter(is_independent_chair=True)
    else:
        seats = seats.filter(agency=membership.agency, is_independent_chair=False)
    name = membership.user.full_name.strip()
    return (name and seats.filter(member_name__iexact=name).first()) or seats.filter(
        member_name=""
    ).first()


def seat_for(membership: ReviewMembership) -> PanelMember | None:
    """The membership's seat, taken over or made; None for roles off the panel."""
    if membership.role not in SEAT_ROLES:
        return None
    existing = PanelMember.objects.filter(membership=membership).first()
    if existing is not None:
        return existing
    user = membership.user
    seat = free_seat(membership)
    if seat is not None:
        seat.membership = membership
        seat.member_name = seat.member_name or user.full_name
        seat.role = seat.role or user.job_title
        seat.save(update_fields=["membership", "member_name", "role"])
        return seat
    chair = membership.role == ReviewRole.INDEPENDENT_CHAIR
    return PanelMember.objects.create(
        review_id=membership.review_id,
        agency=membership.agency,
        public_label=CHAIR_LABEL if chair else str(membership.agency),
        member_name=user.full_name,
        role=user.job_title,
        is_independent_chair=chair,
        membership=membership,
        position=PanelMember.objects.filter(review_id=membership.review_id).count() + 1,
    )


def on_membership_saved(
    sender: Any, instance: ReviewMembership, created: bool, raw: bool = False, **kwargs: Any
) -> None:
    """Fixtures loaded raw carry their own seats; everything else gets one here."""
    if created and not raw:
        seat_for(instance)


def connect() -> None:
    post_save.connect(
        on_membership_saved, sender=ReviewMembership, dispatch_uid="panel.seats.membership"
    )
