"""The one entry point for writing and checking the audit trail."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.http import HttpRequest

from dhr.audit.models import GENESIS_HASH, AuditChainHead, AuditRecord


def client_ip(request: HttpRequest | None) -> str | None:
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None


def record(
    actor: Any,
    action: str,
    summary: str,
    *,
    review: Any = None,
    target: models.Model | None = None,
    detail: dict[str, Any] | None = None,
    request: HttpRequest | None = None,
) -> AuditRecord:
    """Append one record to the chain.

    Call inside the same transaction as the change it records, so a change
    is never saved without its record (or the reverse). The chain head row is
    locked (SELECT ... FOR UPDATE) so that concurrent writers on PostgreSQL
    queue up rather than fork the chain; SQLite serialises writers anyway.
    """
    # Round-trip the detail through JSON now, so the hash is computed over
    # exactly what the database will give back.
    clean_detail = json.loads(json.dumps(detail or {}, cls=DjangoJSONEncoder))
    with transaction.atomic():
        head, _ = AuditChainHead.objects.select_for_update().get_or_create(pk=1)
        is_user = getattr(actor, "is_authenticated", False)
        entry = AuditRecord(
            actor=actor if is_user else None,
            actor_label=(f"{actor} <{actor.email}>" if is_user else str(actor or "system")),
            action=action,
            review=review,
            object_type=target._meta.label_lower if target is not None else "",
            object_id=str(target.pk) if target is not None else "",
            summary=summary[:500],
            detail=clean_detail,
            ip_address=client_ip(request),
            prev_hash=head.last_hash,
        )
        entry.hash = entry.compute_hash()
        entry.save()
        AuditChainHead.objects.filter(pk=1).update(last_hash=entry.hash, count=head.count + 1)
    return entry


@dataclass
class VerifyResult:
    checked: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_chain() -> VerifyResult:
    """Recompute every hash and link; report each break with the record's id."""
    result = VerifyResult()
    expected_prev = GENESIS_HASH
    for entry in AuditRecord.objects.order_by("id").iterator(chunk_size=2000):
        result.checked += 1
        if entry.prev_hash != expected_prev:
            result.problems.append(
                f"record {entry.id}: does not follow the record before it "
                "(a record was deleted or inserted)"
            )
        if entry.compute_hash() != entry.hash:
            result.problems.append(f"record {entry.id}: content changed since it was written")
        expected_prev = entry.hash
    head = AuditChainHead.objects.filter(pk=1).first()
    if head is not None and (head.last_hash != expected_prev or head.count != result.checked):
        result.problems.append(
            f"the newest record is not the last one written "
            f"(expected {head.count} records, found {result.checked}): records were removed"
        )
    return result
