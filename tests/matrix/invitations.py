"""Invitations: the coordinator invites and withdraws; the link is public (the token is the key)."""

from __future__ import annotations

import datetime
from typing import Any

from django.utils import timezone

from conftest import World
from dhr.core.tokens import hash_token
from dhr.reviews.models import Invitation, ReviewRole
from tests.matrix import COORDINATOR, EVERYONE, Row, review_kwargs

TOKEN = "matrix-invitation-token-" + "x" * 20


def invitation(w: World, token: str = "") -> Invitation:
    return Invitation.objects.create(
        review=w.review,
        email="new.person@example.org",
        name="New Person",
        role=ReviewRole.INDEPENDENT_CHAIR,
        token_hash=hash_token(token or f"{w.review.pk}-{timezone.now().timestamp()}"),
        invited_by=w.users["coordinator"],
        expires_at=timezone.now() + datetime.timedelta(days=7),
    )


def revoke_kwargs(w: World) -> dict[str, Any]:
    return {"review_id": w.review.pk, "invitation_id": invitation(w).pk}


def accept_kwargs(w: World) -> dict[str, Any]:
    invitation(w, TOKEN)
    return {"token": TOKEN}


ROWS: dict[str, Row] = {
    "reviews:member_invite": Row(review_kwargs, COORDINATOR, method="post"),
    "reviews:invitation_revoke": Row(revoke_kwargs, COORDINATOR, method="post", ok=302),
    "invitation_accept": Row(accept_kwargs, EVERYONE, public=True),
}
