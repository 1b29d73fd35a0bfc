"""Shared pieces of the access matrix.

Each area of the project adds its URLs' rows in its own module here, as
`ROWS: dict[str, Row]`; `tests/test_access_matrix.py` merges every module.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.core.files.base import ContentFile

from conftest import ROLES, World
from dhr.actions.models import Action, Recommendation
from dhr.publication.services import publication_for
from dhr.reviews.models import DocumentKind, ReviewDocument

EVERYONE = set(ROLES)
SIGNED_IN = EVERYONE - {"anonymous"}
VIEWERS = {
    "coordinator",
    "csp_chair",
    "independent_chair",
    "panel_member",
    "imr_author",
    "home_office_qa",
}
EDITORS = {"coordinator", "independent_chair"}
COORDINATOR = {"coordinator"}
# Third-party URL namespaces: checked by their own projects; sign-in and admin
# entry points are in the matrix below.
UNCHECKED_PREFIXES = ("admin:", "account_", "mfa_")


def review_kwargs(w: World) -> dict[str, Any]:
    return {"review_id": w.review.pk}


def document(w: World, agency: Any, kind: str = DocumentKind.IMR) -> ReviewDocument:
    doc = ReviewDocument(
        review=w.review,
        kind=kind,
        agency=agency,
        title="IMR",
        original_name="imr.pdf",
        content_type="application/pdf",
        size=9,
        sha256="0" * 64,
        uploaded_by=w.users["coordinator"],
    )
    doc.file.save("x", ContentFile(b"%PDF-1.4\n"), save=False)
    doc.save()
    return doc


def published_slug(w: World) -> dict[str, Any]:
    publication = publication_for(w.review)
    publication.is_published = True
    publication.save()
    return {"slug": publication.slug}


def published_with_files(w: World) -> dict[str, Any]:
    """Published, and the worker has made the downloads (publication/public_files.py)."""
    from dhr.publication import public_files

    kwargs = published_slug(w)
    public_files.render_files(w.review.publication.pk)
    return kwargs


def new_action(w: World) -> dict[str, Any]:
    rec = Recommendation.objects.create(review=w.review, number=1, text="Share MARAC outcomes")
    action = Action.objects.create(
        recommendation=rec,
        what="Amend protocol",
        lead_agency=w.police,
        owner=w.users["imr_author"],
        due_on=datetime.date(2026, 1, 1),
        intended_outcome="x",
        monitoring="y",
    )
    return {"review_id": w.review.pk, "action_id": action.pk}


@dataclass
class Row:
    """Who may use one URL; everyone else signed in gets 403, anonymous is sent to sign in."""

    kwargs: Callable[[World], dict[str, Any]] | None
    allowed: set[str]
    method: str = "get"
    ok: int = 200
    public: bool = False
    overrides: dict[str, int] = field(default_factory=dict)
