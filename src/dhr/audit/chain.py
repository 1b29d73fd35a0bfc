"""The audit chain's seal: pure functions of plain values, no ORM.

Each record is sealed with HMAC-SHA256 under `DHR_AUDIT_KEY`, a secret held
outside the database (environment). Someone who can write to the database can
still change a record, but cannot compute the seal of the changed record or of
any record after it, so `dhr audit verify` finds the change. A plain SHA-256
chain (the scheme before this one) could be recomputed by anyone.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import json
from typing import Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.serializers.json import DjangoJSONEncoder

GENESIS_HASH = "0" * 64


def audit_key() -> bytes:
    key = getattr(settings, "DHR_AUDIT_KEY", "")
    if not key:
        raise ImproperlyConfigured(
            "DHR_AUDIT_KEY is not set: set it in the environment to a long random secret "
            "(`make run` creates one in var/audit_key)."
        )
    return str(key).encode()


def canonical(content: dict[str, Any]) -> bytes:
    return json.dumps(content, sort_keys=True, cls=DjangoJSONEncoder).encode()


def seal(content: dict[str, Any], key: bytes | None = None) -> str:
    """HMAC-SHA256 of the canonical JSON of `content`, as 64 hex digits."""
    return hmac.new(key or audit_key(), canonical(content), hashlib.sha256).hexdigest()


def same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())


def record_content(entry: Any) -> dict[str, Any]:
    """What a record's seal covers (also used by the migration that re-chained records)."""
    return {
        "created_at": entry.created_at.astimezone(datetime.UTC).isoformat(),
        "actor": entry.actor_id,
        "actor_label": entry.actor_label,
        "action": entry.action,
        "review": entry.review_id,
        "object_type": entry.object_type,
        "object_id": entry.object_id,
        "summary": entry.summary,
        "detail": entry.detail,
        "ip_address": entry.ip_address,
        "prev_hash": entry.prev_hash,
    }
