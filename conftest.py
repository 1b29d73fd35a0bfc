"""Fixtures shared by every test: one small world with a user per role.

Users are named for what they may see, as in healthchecks' tests.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

import pytest

from dhr.accounts.models import CspMembership, CspRole, User
from dhr.organisations.models import Agency, AgencyType, Csp
from dhr.reviews.models import Decision, Review, ReviewMembership, ReviewRole, Stage


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


def make_user(email: str, name: str, **extra: Any) -> User:
    user = User.objects.create_user(email, None, full_name=name, **extra)
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
        reference="DHR 2025/01",
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


__all__ = ["ROLES", "ReviewRole", "World"]
