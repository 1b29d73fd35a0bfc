"""Access rows for distributing the final documents (dhr.distribution)."""

from __future__ import annotations

from typing import Any

from conftest import World
from dhr.distribution.models import SecureLink
from dhr.distribution.services import hash_token
from dhr.distribution.tests.factories import frozen_export, issued_link, recipient
from tests.matrix import COORDINATOR, EVERYONE, VIEWERS, Row, review_kwargs


def recipient_kwargs(w: World) -> dict[str, Any]:
    entry = recipient(w.review, w.users["coordinator"])
    return {"review_id": w.review.pk, "recipient_id": entry.pk}


def issue_kwargs(w: World) -> dict[str, Any]:
    """With a document to send, so the page shows its form (and its date field)."""
    frozen_export(w.review, w.users["coordinator"])
    return recipient_kwargs(w)


def link_kwargs(w: World) -> dict[str, Any]:
    _, token = issued_link(w.review, w.users["coordinator"])
    link = SecureLink.objects.get(token_hash=hash_token(token))
    return {"review_id": w.review.pk, "link_id": link.pk}


def token_kwargs(w: World) -> dict[str, Any]:
    _, token = issued_link(w.review, w.users["coordinator"])
    return {"token": token}


def token_file_kwargs(w: World) -> dict[str, Any]:
    _, token = issued_link(w.review, w.users["coordinator"])
    link = SecureLink.objects.get(token_hash=hash_token(token))
    return {"token": token, "export_id": link.issue.documents.get().pk}


ROWS: dict[str, Row] = {
    # Viewers of the review see who was sent what; only coordinators act.
    "distribution:list": Row(review_kwargs, VIEWERS),
    "distribution:add_usual": Row(review_kwargs, COORDINATOR, method="post", ok=302),
    "distribution:recipient": Row(recipient_kwargs, COORDINATOR),
    "distribution:recipient_remove": Row(recipient_kwargs, COORDINATOR, method="post", ok=302),
    "distribution:issue": Row(issue_kwargs, COORDINATOR),
    "distribution:revoke": Row(link_kwargs, COORDINATOR),
    # The token is the credential: the recipient needs no account.
    "distribution_link:link": Row(token_kwargs, EVERYONE, public=True),
    "distribution_link:link_file": Row(token_file_kwargs, EVERYONE, public=True),
}
