"""Probes a hostile user would try, kept in the suite (issue 10).

POST where the matrix asks GET: every page of the access matrix refuses a POST
from each role it refuses a GET, in the same way. (A role that may see a page
with a form may still be refused the POST: viewers see, editors change.)

Crossed identifiers: a review's URL with another review's object IDs.

The access matrix asks who may open each URL with objects of the same review.
A hostile user asks something else: with a review they may open in the URL,
will the view act on an object of a review they may not see? For every URL
that names a review and an object of it, both ways round, by GET and by POST:

- Cora (coordinator of Northshire, every right there) with her own review's ID
  and the IDs of objects of a Southshire review;
- Olly (coordinator of Southshire) with his own review's ID and the IDs of
  objects of Cora's review.

Each must be refused (403 or 404; 405 for a method the view never takes),
and nothing may change.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from typing import Any

import pytest
from django.urls import get_resolver, reverse

from conftest import ROLES, World
from dhr.audit.models import AuditRecord
from dhr.organisations.models import Agency, AgencyType
from dhr.reviews.models import Decision, Review, Stage
from tests.test_access_matrix import MATRIX, expected_status, url_routes

REFUSED = {403, 404, 405}
# An object's own ID; a version or a number counts within its review.
OBJECT_ID = re.compile(r"<int:(\w+_id)>")


def crossed_rows() -> list[str]:
    """URL names whose route names a review and at least one object of it."""
    routes = url_routes(get_resolver().url_patterns)
    return [
        name
        for name in sorted(MATRIX)
        if "<int:review_id>" in routes.get(name, "")
        and set(OBJECT_ID.findall(routes[name])) - {"review_id"}
    ]


def test_the_probe_covers_the_object_urls() -> None:
    rows = crossed_rows()
    assert len(rows) >= 35
    assert {"reviews:document_download", "actions:action_edit", "panel:imr_remove"} <= set(rows)


def southshire(world: World) -> World:
    """The same world seen from Southshire: its own review and agencies."""
    review = Review.objects.create(
        csp=world.other_csp,
        reference="2025/07",
        victim_pseudonym="Ann",
        notified_on=datetime.date(2025, 2, 3),
        decision=Decision.PROCEED,
        decided_on=datetime.date(2025, 2, 20),
        stage=Stage.APPROVED,
    )
    police = Agency.objects.create(
        csp=world.other_csp, name="Southshire Police", agency_type=AgencyType.POLICE
    )
    health = Agency.objects.create(
        csp=world.other_csp, name="Southshire Health", agency_type=AgencyType.HEALTH_TRUST
    )
    return dataclasses.replace(
        world, csp=world.other_csp, other_csp=world.csp, police=police, health=health, review=review
    )


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("name", crossed_rows())
def test_another_reviews_object_ids_are_refused(
    name: str, method: str, world: World, client: Any
) -> None:
    row = MATRIX[name]
    ours = row.kwargs(world) if row.kwargs else {}
    south = southshire(world)
    theirs_review = south.review
    theirs = row.kwargs(south) if row.kwargs else {}
    before = AuditRecord.objects.count()
    for user, kwargs in [
        (world.users["coordinator"], {**theirs, "review_id": world.review.pk}),
        (world.users["other_csp_coordinator"], {**ours, "review_id": theirs_review.pk}),
    ]:
        client.force_login(user)
        url = reverse(name, kwargs=kwargs)
        response = getattr(client, method)(url)
        assert response.status_code in REFUSED, f"{user.email} {method.upper()} {url}"
    assert AuditRecord.objects.count() == before, "a refused request changed something"


@pytest.mark.parametrize("name", sorted(n for n, row in MATRIX.items() if row.method == "get"))
def test_post_is_refused_to_every_role_refused_the_page(
    name: str, world: World, client_for: Any
) -> None:
    row = MATRIX[name]
    url = reverse(name, kwargs=row.kwargs(world) if row.kwargs else None)
    # Refused roles first: a served role's POST may change what the URL names.
    for role in sorted(ROLES, key=lambda r: r in row.allowed):
        client = client_for(role)
        response = client.post(url)
        expected = expected_status(row, role)
        if role in row.allowed or role in row.overrides:
            assert response.status_code < 500, f"{role} POST {url}"
        else:
            assert response.status_code == expected, f"{role} POST {url}"
        if role != "anonymous":
            client.logout()
