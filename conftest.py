"""Fixtures shared by every test: one small world with a user per role.

Users are named for what they may see, as in healthchecks' tests.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

import pytest
from allauth.mfa.models import Authenticator
from django.db.models.signals import post_save

from dhr.accounts.mfa import enrol_totp
from dhr.accounts.models import CspMembership, CspRole, User
from dhr.organisations.models import Agency, AgencyType, Csp
from dhr.reviews.models import Decision, Review, ReviewMembership, ReviewRole, Stage
from dhr.signoffs.models import QaFeedback, QaOutcome, Submission


@pytest.fixture(autouse=True)
def _plain_static_storage(settings: Any) -> None:
    """Tests render templates without running collectstatic first."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def _media_in_tmp(settings: Any, tmp_path: Any) -> None:
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _audit_key_and_anchors_in_tmp(settings: Any, tmp_path: Any) -> None:
    settings.DHR_AUDIT_KEY = "test-audit-key-not-secret"
    settings.STORAGES = {
        **settings.STORAGES,
        "audit_anchors": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "audit-anchors"},
        },
    }


@pytest.fixture(autouse=True)
def _second_factor_by_default(request: Any) -> Any:
    """Every user a test creates has a TOTP app (the demo's secret), as every
    real user must (dhr.accounts.middleware.RequireSecondFactor). A test about
    un-enrolled users is marked `no_mfa`, or uses make_user(..., mfa=False)."""
    if request.node.get_closest_marker("no_mfa"):
        yield
        return

    def enrol(sender: Any, instance: User, created: bool, raw: bool = False, **kw: Any) -> None:
        if created and not raw:
            enrol_totp(instance)

    post_save.connect(enrol, sender=User, dispatch_uid="test-enrol-totp")
    yield
    post_save.disconnect(sender=User, dispatch_uid="test-enrol-totp")


def make_user(email: str, name: str, mfa: bool = True, **extra: Any) -> User:
    user = User.objects.create_user(email, None, full_name=name, **extra)
    if mfa:
        enrol_totp(user)
    else:
        Authenticator.objects.filter(user=user).delete()
    return user


@dataclass
class World:
    csp: Csp
    other_csp: Csp
    police: Agency
    health: Agency
    review: Review
    users: dict[str, User]


ROLES = [
    "anonymous",
    "coordinator",
    "csp_chair",
    "independent_chair",
    "panel_member",
    "imr_author",
    "home_office_qa",
    "administrator",
    "other_csp_coordinator",
]


@pytest.fixture
def world(db: Any) -> World:
    csp = Csp.objects.create(name="Northshire CSP", slug="northshire")
    other = Csp.objects.create(name="Southshire CSP", slug="southshire")
    police = Agency.objects.create(csp=csp, name="Northshire Police", agency_type=AgencyType.POLICE)
    health = Agency.objects.create(
        csp=csp, name="Northshire Health Trust", agency_type=AgencyType.HEALTH_TRUST
    )
    review = Review.objects.create(
        csp=csp,
        reference="2025/01",
        victim_pseudonym="Louise",
        notified_on=datetime.date(2025, 1, 6),
        decision=Decision.PROCEED,
        decided_on=datetime.date(2025, 1, 30),
        stage=Stage.APPROVED,
    )
    users = {
        "coordinator": make_user("cora@north.test", "Cora sees every Northshire review"),
        "csp_chair": make_user("chet@north.test", "Chet decides for Northshire"),
        "independent_chair": make_user("ivy@chairs.test", "Ivy chairs Louise's review"),
        "panel_member": make_user("pat@police.test", "Pat sits on Louise's panel"),
        "imr_author": make_user("ian@police.test", "Ian sees only police material"),
        "home_office_qa": make_user("quinn@ho.test", "Quinn reads submitted reports"),
        "administrator": make_user(
            "ada@north.test",
            "Ada manages accounts, sees no reviews",
            is_staff=True,
            is_superuser=True,
        ),
        "other_csp_coordinator": make_user("olly@south.test", "Olly sees only Southshire"),
    }
    CspMembership.objects.create(user=users["coordinator"], csp=csp, role=CspRole.COORDINATOR)
    CspMembership.objects.create(user=users["csp_chair"], csp=csp, role=CspRole.CSP_CHAIR)
    CspMembership.objects.create(
        user=users["other_csp_coordinator"], csp=other, role=CspRole.COORDINATOR
    )
    for role, agency in [
        ("independent_chair", None),
        ("panel_member", police),
        ("imr_author", police),
        ("home_office_qa", None),
    ]:
        ReviewMembership.objects.create(review=review, user=users[role], role=role, agency=agency)
    return World(csp, other, police, health, review, users)


@pytest.fixture
def client_for(client: Any, world: World) -> Any:
    """A test client signed in as the named role (or anonymous)."""

    def sign_in(role: str) -> Any:
        if role != "anonymous":
            client.force_login(world.users[role])
        return client

    return sign_in


def approve_for_publication(world: World) -> None:
    """The Home Office's permission to publish: the QA panel approved the latest round."""
    submission = Submission.objects.create(
        review=world.review,
        round=(Submission.objects.filter(review=world.review).count() + 1),
        submitted_on=datetime.date(2025, 6, 2),
        submitted_by=world.users["coordinator"],
    )
    QaFeedback.objects.create(
        submission=submission,
        outcome=QaOutcome.APPROVED,
        letter_dated=datetime.date(2025, 7, 1),
        strengths="Clear",
        recorded_by=world.users["home_office_qa"],
    )


__all__ = ["ROLES", "ReviewRole", "World", "approve_for_publication"]
