"""Every URL x every role: allowed, forbidden (403) or sent to sign in.

The spec below is the written access policy. `test_every_url_is_in_the_matrix`
fails when a URL is added to the project without a row here.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
from pathlib import Path
from typing import Any

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from conftest import ROLES, World
from dhr.actions.models import Recommendation
from dhr.panel.models import ImrRequest, PanelMember
from dhr.publication.models import DistributionRecipient
from dhr.publication.services import publication_for
from dhr.reviews.models import DocumentKind, ReviewMembership, ReviewRole
from tests import matrix
from tests.matrix import (
    COORDINATOR,
    EDITORS,
    EVERYONE,
    SIGNED_IN,
    UNCHECKED_PREFIXES,
    VIEWERS,
    Row,
    document,
    new_action,
    published_slug,
    published_with_files,
    review_kwargs,
)

MATRIX: dict[str, Row] = {
    "home": Row(None, EVERYONE, ok=302, public=True),
    "healthz": Row(None, EVERYONE, public=True),
    "favicon": Row(None, EVERYONE, public=True, ok=301),
    "account_login": Row(None, {"anonymous"}, public=True, overrides={r: 302 for r in SIGNED_IN}),
    "admin:index": Row(
        None, {"administrator"}, overrides={r: 302 for r in SIGNED_IN - {"administrator"}}
    ),
    "reviews:list": Row(None, SIGNED_IN),
    "reviews:detail": Row(review_kwargs, VIEWERS),
    "reviews:edit": Row(review_kwargs, EDITORS),
    "reviews:decision": Row(review_kwargs, {"csp_chair"}),
    "reviews:stage": Row(review_kwargs, EDITORS),
    "reviews:members": Row(review_kwargs, COORDINATOR),
    "reviews:member_remove": Row(
        lambda w: {
            "review_id": w.review.pk,
            "membership_id": ReviewMembership.objects.create(
                review=w.review,
                user=w.users["administrator"],
                role=ReviewRole.PANEL_MEMBER,
                agency=w.health,
            ).pk,
        },
        COORDINATOR,
        method="post",
        ok=302,
    ),
    "reviews:documents": Row(review_kwargs, VIEWERS),
    "reviews:document_download": Row(
        lambda w: {"review_id": w.review.pk, "document_id": document(w, w.health).pk},
        {"coordinator", "csp_chair", "independent_chair", "panel_member"},
    ),
    "panel:panel": Row(review_kwargs, VIEWERS),
    "panel:member_remove": Row(
        lambda w: {
            "review_id": w.review.pk,
            "member_id": PanelMember.objects.create(review=w.review, public_label="Police").pk,
        },
        EDITORS,
        method="post",
        ok=302,
    ),
    "panel:imr_requests": Row(review_kwargs, EDITORS),
    "panel:imr_remove": Row(
        lambda w: {
            "review_id": w.review.pk,
            "imr_id": ImrRequest.objects.create(
                review=w.review, agency=w.police, senior_manager_name="Head of PPU"
            ).pk,
        },
        EDITORS,
        method="post",
        ok=302,
    ),
    "actions:list": Row(review_kwargs, VIEWERS),
    "actions:action_create": Row(
        lambda w: {
            "review_id": w.review.pk,
            "recommendation_id": Recommendation.objects.create(
                review=w.review, number=1, text="Train staff"
            ).pk,
        },
        EDITORS,
    ),
    "actions:action_edit": Row(new_action, EDITORS),
    "audit:trail": Row(review_kwargs, COORDINATOR),
    "publishing:settings": Row(review_kwargs, COORDINATOR),
    "publishing:faq": Row(review_kwargs, VIEWERS),
    "publishing:publish": Row(review_kwargs, COORDINATOR, method="post", ok=302),
    "publishing:withdraw": Row(review_kwargs, COORDINATOR, method="post", ok=302),
    "publishing:recipient_remove": Row(
        lambda w: {
            "review_id": w.review.pk,
            "recipient_id": DistributionRecipient.objects.create(
                review=w.review, recipient="PCC"
            ).pk,
        },
        COORDINATOR,
        method="post",
        ok=302,
    ),
    "publication:index": Row(None, EVERYONE, public=True),
    "publication:feed": Row(None, EVERYONE, public=True),
    "publication:detail": Row(published_slug, EVERYONE, public=True),
    "publication:faq_pdf": Row(published_with_files, EVERYONE, public=True),
    "publication:faq_docx": Row(published_with_files, EVERYONE, public=True),
}


# Each area's rows live in its own module under tests/matrix/ (ROWS), so that
# areas built in parallel do not collide here.
for _module in pkgutil.iter_modules(matrix.__path__):
    _rows = importlib.import_module(f"tests.matrix.{_module.name}").ROWS
    assert not set(_rows) & set(MATRIX), f"tests/matrix/{_module.name}.py repeats a row"
    MATRIX.update(_rows)


def url_names(patterns: list[Any], namespace: str = "") -> set[str]:
    names: set[str] = set()
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            names |= url_names(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            names.add(f"{namespace}{pattern.name}")
    return names


def test_every_url_is_in_the_matrix() -> None:
    ours = {
        n for n in url_names(get_resolver().url_patterns) if not n.startswith(UNCHECKED_PREFIXES)
    }
    missing = ours - set(MATRIX)
    assert not missing, f"Add these URLs to the access matrix: {sorted(missing)}"
    assert not (set(MATRIX) - ours - {"account_login", "admin:index"}), "Stale matrix rows"


def expected_status(row: Row, role: str) -> int:
    if role in row.overrides:
        return row.overrides[role]
    if role in row.allowed:
        return row.ok
    if role == "anonymous" and not row.public:
        return 302
    return 403


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(MATRIX))
def test_access_matrix(name: str, role: str, world: World, client_for: Any) -> None:
    row = MATRIX[name]
    url = reverse(name, kwargs=row.kwargs(world) if row.kwargs else None)
    client = client_for(role)
    response = getattr(client, row.method)(url)
    expected = expected_status(row, role)
    assert response.status_code == expected, f"{role} {row.method.upper()} {url}"
    if role == "anonymous" and expected == 302 and not row.public:
        assert "/accounts/login/" in response["Location"] or "/admin/login/" in response["Location"]


def test_imr_author_downloads_own_agency_imr_but_not_another(world: World, client: Any) -> None:
    client.force_login(world.users["imr_author"])
    own = document(world, world.police)
    other = document(world, world.health)
    assert (
        client.get(reverse("reviews:document_download", args=[world.review.pk, own.pk])).status_code
        == 200
    )
    assert (
        client.get(
            reverse("reviews:document_download", args=[world.review.pk, other.pk])
        ).status_code
        == 403
    )
    listing = client.get(reverse("reviews:documents", args=[world.review.pk]))
    assert listing.context["documents"] == [own]


def test_home_office_reader_sees_nothing_before_submission(world: World, client: Any) -> None:
    world.review.stage = "drafting"
    world.review.save()
    client.force_login(world.users["home_office_qa"])
    assert client.get(reverse("reviews:detail", args=[world.review.pk])).status_code == 403
    assert world.review not in client.get(reverse("reviews:list")).context["reviews"]


def test_home_office_reader_cannot_read_imrs_or_drafts(world: World, client: Any) -> None:
    client.force_login(world.users["home_office_qa"])
    imr = document(world, world.police)
    draft = document(world, None, DocumentKind.DRAFT_REPORT)
    submitted = document(world, None, DocumentKind.SUBMITTED_REPORT)
    url = lambda d: reverse("reviews:document_download", args=[world.review.pk, d.pk])  # noqa: E731
    assert client.get(url(imr)).status_code == 403
    assert client.get(url(draft)).status_code == 403
    assert client.get(url(submitted)).status_code == 200


def test_unpublished_review_has_no_public_page(world: World, client: Any) -> None:
    slug = publication_for(world.review).slug
    assert client.get(reverse("publication:detail", args=[slug])).status_code == 404
    assert client.get(reverse("publication:faq_pdf", args=[slug])).status_code == 404


ROLE_TITLES = {
    "anonymous": "Anyone (no sign-in)",
    "coordinator": "CSP coordinator",
    "csp_chair": "CSP chair",
    "independent_chair": "Independent chair",
    "panel_member": "Panel member",
    "imr_author": "IMR author (own agency only)",
    "home_office_qa": "Home Office QA reader (once submitted)",
    "administrator": "Administrator",
    "other_csp_coordinator": "Another CSP's coordinator",
}
ACCESS_DOC = Path(__file__).resolve().parents[1] / "docs" / "access.md"


def render_access_doc() -> str:
    """docs/access.md, written from the matrix so the two cannot disagree."""
    lines = [
        "# Access: every URL and who may use it",
        "",
        "Generated from `tests/test_access_matrix.py` (the tested policy). Regenerate with",
        "`DHR_WRITE_ACCESS_DOC=1 .venv/bin/pytest tests/test_access_matrix.py -k access_doc`.",
        "Everyone else signed in gets 403; anyone not signed in is sent to sign in, except on",
        "public URLs. A role refused a page is refused its POST in the same way; a role that",
        "may see a page with a form may still be refused the POST (viewers see, editors",
        "change). `tests/test_access_probes.py` checks both, and that no URL acts on another",
        "review's object IDs. Sign-in, sign-out and MFA pages are django-allauth's.",
        "",
        "| URL | method | allowed |",
        "| --- | --- | --- |",
    ]
    routes = url_routes(get_resolver().url_patterns)
    for name in sorted(MATRIX, key=lambda n: routes.get(n, n)):
        row = MATRIX[name]
        route = routes.get(name, name)
        who = (
            "everyone"
            if row.allowed == EVERYONE
            else ", ".join(ROLE_TITLES[r] for r in ROLES if r in row.allowed)
        )
        lines.append(f"| `{route}` | {row.method.upper()} | {who} |")
    return "\n".join(lines) + "\n"


def url_routes(patterns: list[Any], namespace: str = "", prefix: str = "/") -> dict[str, str]:
    """Each URL name with its route, e.g. reviews:edit -> /reviews/<int:review_id>/edit/."""
    routes: dict[str, str] = {}
    for pattern in patterns:
        route = prefix + str(pattern.pattern).lstrip("^").rstrip("$")
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            routes.update(url_routes(pattern.url_patterns, inner, route))
        elif isinstance(pattern, URLPattern) and pattern.name:
            routes.setdefault(f"{namespace}{pattern.name}", route)
    return routes


def test_access_doc_is_current() -> None:
    text = render_access_doc()
    if os.environ.get("DHR_WRITE_ACCESS_DOC"):
        ACCESS_DOC.write_text(text)
    assert ACCESS_DOC.exists() and ACCESS_DOC.read_text() == text, (
        "docs/access.md is out of date: regenerate it (see its first lines)"
    )
