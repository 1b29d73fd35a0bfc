"""Inviting someone new to a review by email with a one-time link (issue 10, finding 4)."""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest
import time_machine
from django.core import mail
from django.urls import reverse

from conftest import World
from dhr.accounts.models import User
from dhr.audit.models import AuditRecord
from dhr.reviews.models import Invitation, ReviewMembership, ReviewRole

PASSWORD = "a-long-and-unusual-passphrase-42"


def invite(client: Any, world: World, **fields: Any) -> Any:
    client.force_login(world.users["coordinator"])
    data = {
        "invite-name": "Nadia Newcomer",
        "invite-email": "Nadia@Example.org",
        "invite-role": ReviewRole.PANEL_MEMBER,
        "invite-agency": world.police.pk,
        **fields,
    }
    return client.post(reverse("reviews:member_invite", args=[world.review.pk]), data)


def emailed_link(settings: Any) -> str:
    assert len(mail.outbox) == 1
    found = re.search(r"https?://\S+/invitations/[\w-]+/", mail.outbox[0].body)
    assert found, mail.outbox[0].body
    return found.group(0)


def path_of(link: str) -> str:
    return "/" + link.split("/", 3)[3]


@pytest.mark.no_mfa  # the new account has no authenticator app yet
def test_a_coordinator_invites_and_the_link_makes_the_account_once(
    world: World, client: Any, settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    settings.DHR_BASE_URL = "https://dhr.example.gov.uk"
    with django_capture_on_commit_callbacks(execute=True):
        response = invite(client, world, HTTP_HOST="evil.example")
    assert response.status_code in {302, 400}
    if response.status_code == 400:  # a forged Host is refused outright
        with django_capture_on_commit_callbacks(execute=True):
            response = invite(client, world)
    assert response.status_code == 302
    link = emailed_link(settings)
    assert link.startswith("https://dhr.example.gov.uk/invitations/"), "never the request's Host"
    token = link.rstrip("/").rsplit("/", 1)[1]
    invitation = Invitation.objects.get()
    assert invitation.email == "nadia@example.org"
    assert token not in invitation.token_hash and len(token) >= 40, "only a hash is kept"
    assert AuditRecord.objects.filter(action="member.invite").count() == 1

    client.logout()
    page = client.get(path_of(link))
    assert page.status_code == 200 and "Create account and accept" in page.content.decode()
    assert page["Referrer-Policy"] == "same-origin"  # the token never goes to another site
    response = client.post(
        path_of(link),
        {"full_name": "Nadia Newcomer", "password": PASSWORD, "password_again": PASSWORD},
    )
    assert response.status_code == 302
    user = User.objects.get(email="nadia@example.org")
    membership = ReviewMembership.objects.get(user=user)
    assert (membership.review, membership.role, membership.agency) == (
        world.review,
        ReviewRole.PANEL_MEMBER,
        world.police,
    )
    assert AuditRecord.objects.filter(action="member.invite_accept", actor=user).exists()
    # A new account sets up its second factor before it sees the review.
    assert "/accounts/2fa/totp/activate/" in client.get(response["Location"])["Location"]

    client.logout()
    again = client.get(path_of(link))
    assert again.status_code == 410
    assert "already been used" in again.content.decode()
    assert User.objects.filter(email="nadia@example.org").count() == 1


def test_expired_withdrawn_and_made_up_links_are_refused_and_reveal_nothing(
    world: World, client: Any, settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        invite(client, world)
    link = path_of(emailed_link(settings))
    client.logout()
    with time_machine.travel(datetime.datetime.now() + datetime.timedelta(days=8)):
        expired = client.get(link)
        assert expired.status_code == 410 and "expired" in expired.content.decode()
        assert world.review.full_reference not in expired.content.decode()
    made_up = client.get(link[:-6] + "xxxxx/")
    assert made_up.status_code == 404
    assert world.review.full_reference not in made_up.content.decode()

    client.force_login(world.users["coordinator"])
    invitation = Invitation.objects.get()
    url = reverse("reviews:invitation_revoke", args=[world.review.pk, invitation.pk])
    assert client.post(url).status_code == 302
    assert AuditRecord.objects.filter(action="member.invite_revoke").count() == 1
    client.logout()
    withdrawn = client.post(
        link, {"full_name": "X", "password": PASSWORD, "password_again": PASSWORD}
    )
    assert withdrawn.status_code == 410
    assert not User.objects.filter(email="nadia@example.org").exists()


def test_an_existing_account_must_sign_in_as_itself_to_accept(
    world: World, client: Any, settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        invite(client, world, **{"invite-email": "pat@police.test"})
    link = path_of(emailed_link(settings))
    pat = world.users["panel_member"]
    client.logout()
    # Anonymous: asked to sign in; a POST creates nothing.
    assert "Sign in to it" in client.get(link).content.decode()
    client.post(link, {"full_name": "Pat", "password": PASSWORD, "password_again": PASSWORD})
    assert User.objects.filter(email="pat@police.test").count() == 1
    # Someone else signed in: refused.
    client.force_login(world.users["imr_author"])
    refused = client.post(link)
    assert "sent to another email address" in refused.content.decode()
    assert not ReviewMembership.objects.filter(
        user=world.users["imr_author"], role=ReviewRole.PANEL_MEMBER
    ).exists()
    assert Invitation.objects.get().accepted_at is None
    # The invitee signed in as themselves: accepted.
    client.force_login(pat)
    assert client.post(link).status_code == 302
    assert Invitation.objects.get().accepted_by == pat


def test_bad_answers_get_specific_errors_and_save_nothing(
    world: World, client: Any, settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        page = invite(client, world, **{"invite-agency": "", "invite-email": "not-an-email"})
    text = page.content.decode()
    assert page.status_code == 200
    assert "Enter an email address in the correct format" in text
    assert not Invitation.objects.exists() and not mail.outbox
    with django_capture_on_commit_callbacks(execute=True):
        page = invite(client, world, **{"invite-agency": ""})
    assert "Choose the agency this person represents" in page.content.decode()
    assert not Invitation.objects.exists()

    with django_capture_on_commit_callbacks(execute=True):
        invite(client, world)
    link = path_of(emailed_link(settings))
    client.logout()
    short = client.post(link, {"full_name": "Nadia", "password": "abc", "password_again": "abc"})
    assert "too short" in short.content.decode()
    differ = client.post(
        link, {"full_name": "Nadia", "password": PASSWORD, "password_again": PASSWORD + "x"}
    )
    assert "The two passwords are not the same" in differ.content.decode()
    assert not User.objects.filter(email="nadia@example.org").exists()
    assert Invitation.objects.get().accepted_at is None
