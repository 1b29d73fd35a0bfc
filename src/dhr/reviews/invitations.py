"""Inviting someone new to a review (issue 10, finding 4).

A coordinator invites a person by email to one review in one role; the email
carries a one-time link (`/invitations/<token>/`) that expires. Accepting it
makes the account, or adds the role to the account already holding that
email once its owner has signed in as it, and records both acts in the
audit trail. The new account must then set up a second factor
(accounts.middleware.RequireSecondFactor) before it sees anything.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone

from dhr.accounts.models import User
from dhr.audit import services as audit
from dhr.core.tokens import hash_token, new_token
from dhr.organisations.models import Agency
from dhr.reviews.models import Invitation, Review, ReviewMembership
from dhr.reviews.services import check_membership

LIFETIME = datetime.timedelta(days=7)


def find_invitation(token: str) -> Invitation | None:
    """The invitation a link names, whatever its state; None for a made-up link."""
    if not token or len(token) > 100:
        return None
    return (
        Invitation.objects.select_related("review__csp", "agency")
        .filter(token_hash=hash_token(token))
        .first()
    )


def check_invite(review: Review, email: str, role: str, agency: Agency | None) -> None:
    check_membership(review, role, agency)
    pending = Invitation.objects.filter(
        review=review,
        email__iexact=email,
        role=role,
        accepted_at__isnull=True,
        revoked_at__isnull=True,
        expires_at__gt=timezone.now(),
    )
    if pending.exists():
        raise ValidationError(
            {"email": "This person already has an open invitation to this role: withdraw it first"}
        )


def do_invite(
    actor: Any,
    review: Review,
    email: str,
    name: str,
    role: str,
    agency: Agency | None,
    request: HttpRequest | None = None,
) -> Invitation:
    """Record the invitation and email its link. The token exists only in the email."""
    email = email.strip().lower()
    check_invite(review, email, role, agency)
    token = new_token()
    with transaction.atomic():
        invitation = Invitation.objects.create(
            review=review,
            email=email,
            name=name.strip(),
            role=role,
            agency=agency,
            token_hash=hash_token(token),
            invited_by=actor,
            expires_at=timezone.now() + LIFETIME,
        )
        audit.record(
            actor,
            "member.invite",
            f"Invited {invitation.name} ({email}) as {invitation.get_role_display()}",
            review=review,
            target=invitation,
            detail={"role": role, "agency": agency.pk if agency else None},
            request=request,
        )
        transaction.on_commit(lambda: send_invitation(invitation, token))
    return invitation


def invitation_link(token: str) -> str:
    """From the configured address, never the request's Host header: a forged
    Host would otherwise send the one-time token to someone else's server."""
    return settings.DHR_BASE_URL.rstrip("/") + reverse("invitation_accept", args=[token])


def send_invitation(invitation: Invitation, token: str) -> None:
    """The email says who invited them and to what, never what the review is about."""
    send_mail(
        subject=f"Invitation to join a review for {invitation.review.csp.name}",
        message=(
            f"Dear {invitation.name},\n\n"
            f"{invitation.invited_by.full_name or invitation.invited_by.email} of "
            f"{invitation.review.csp.name} invites you to join review "
            f"{invitation.review.full_reference} as {invitation.get_role_display().lower()}.\n\n"
            f"Open this link to accept; it works once, until "
            f"{timezone.localtime(invitation.expires_at):%d %B %Y at %H:%M}:\n\n"
            f"{invitation_link(token)}\n\n"
            "If you did not expect this email, ignore it and tell the sender.\n"
        ),
        from_email=None,
        recipient_list=[invitation.email],
    )


def do_revoke(actor: Any, invitation: Invitation, request: HttpRequest | None = None) -> None:
    with transaction.atomic():
        changed = Invitation.objects.filter(
            pk=invitation.pk, accepted_at__isnull=True, revoked_at__isnull=True
        ).update(revoked_at=timezone.now())
        if not changed:
            raise ValidationError("This invitation has already been accepted or withdrawn.")
        audit.record(
            actor,
            "member.invite_revoke",
            f"Withdrew the invitation of {invitation.name} ({invitation.email})",
            review=invitation.review,
            target=invitation,
            request=request,
        )


def account_for(invitation: Invitation) -> User | None:
    return User.objects.filter(email__iexact=invitation.email).first()


def check_new_account(invitation: Invitation, full_name: str, password: str) -> None:
    if account_for(invitation) is not None:
        raise ValidationError("An account with this email address exists: sign in to accept.")
    if not full_name.strip():
        raise ValidationError({"full_name": "Enter your full name"})
    try:
        validate_password(password, User(email=invitation.email, full_name=full_name))
    except ValidationError as error:
        raise ValidationError({"password": error.messages}) from error


def do_accept(
    invitation: Invitation,
    user: User | None,
    full_name: str,
    password: str,
    request: HttpRequest | None = None,
) -> User:
    """Accept once: make the account (user None) or add the role to `user`,
    whose email must be the invitation's. Raises ValidationError otherwise."""
    if not invitation.is_open:
        raise ValidationError("This invitation can no longer be used.")
    if user is None:
        check_new_account(invitation, full_name, password)
    elif user.email.lower() != invitation.email.lower():
        raise ValidationError(
            "This invitation was sent to another email address: sign out, then open the link again."
        )
    with transaction.atomic():
        claimed = Invitation.objects.filter(
            pk=invitation.pk, accepted_at__isnull=True, revoked_at__isnull=True
        ).update(accepted_at=timezone.now())
        if not claimed:
            raise ValidationError("This invitation has just been used.")
        if user is None:
            user = User.objects.create_user(invitation.email, password, full_name=full_name.strip())
        Invitation.objects.filter(pk=invitation.pk).update(accepted_by=user)
        membership, _ = ReviewMembership.objects.get_or_create(
            review=invitation.review,
            user=user,
            role=invitation.role,
            defaults={"agency": invitation.agency},
        )
        audit.record(
            user,
            "member.invite_accept",
            f"{user} accepted the invitation as {membership.get_role_display()}",
            review=invitation.review,
            target=membership,
            detail={"invitation": invitation.pk},
            request=request,
        )
    return user
