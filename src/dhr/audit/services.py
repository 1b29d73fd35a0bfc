"""The one entry point for writing and checking the audit trail."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.http import HttpRequest
from django.utils import timezone

from dhr.audit.anchors import Anchor, anchor_after_commit, anchor_every, read_anchors
from dhr.audit.chain import audit_key, same
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
    object_ref: tuple[str, str] | None = None,
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
    if target is not None:
        object_ref = (target._meta.label_lower, str(target.pk))
    object_type, object_id = object_ref or ("", "")
    with transaction.atomic():
        head, _ = AuditChainHead.objects.select_for_update().get_or_create(pk=1)
        is_user = getattr(actor, "is_authenticated", False)
        now = timezone.now()
        entry = AuditRecord(
            # Milliseconds, as Django's JSON serialisation keeps them: a record
            # restored from `dhr backup` must seal the same.
            created_at=now.replace(microsecond=now.microsecond // 1000 * 1000),
            actor=actor if is_user else None,
            actor_label=(f"{actor} <{actor.email}>" if is_user else str(actor or "system")),
            action=action,
            review=review,
            object_type=object_type,
            object_id=str(object_id)[:40],
            summary=summary[:500],
            detail=clean_detail,
            ip_address=client_ip(request),
            prev_hash=head.last_hash,
        )
        entry.hash = entry.compute_hash()
        entry.save()
        count = head.count + 1
        AuditChainHead.objects.filter(pk=1).update(last_hash=entry.hash, count=count)
        if count % anchor_every() == 0:
            transaction.on_commit(
                lambda: anchor_after_commit(count, entry.pk, entry.hash), robust=True
            )
    return entry


@dataclass
class VerifyResult:
    checked: int = 0
    anchored: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_chain() -> VerifyResult:
    """Recompute every seal and link, and compare the chain with the signed anchors.

    Reports each break with the record's id: a changed record (its seal no
    longer matches), a removed or inserted one (the next record's link does
    not match), and records removed from the end (an anchor names a position
    the chain no longer reaches, or a record that is no longer what was
    anchored).
    """
    result = VerifyResult()
    key = audit_key()
    anchors = read_anchors()
    for anchor in anchors:
        if not anchor.signed:
            result.problems.append(
                f"anchor {anchor.name}: its signature does not match "
                "(forged, damaged, or written under another audit key)"
            )
    by_record = {a.record_id: a for a in anchors if a.signed}
    expected_prev = GENESIS_HASH
    last_id = 0
    for entry in AuditRecord.objects.order_by("id").iterator(chunk_size=2000):
        result.checked += 1
        last_id = entry.id
        if entry.prev_hash != expected_prev:
            result.problems.append(
                f"record {entry.id}: does not follow the record before it "
                "(a record was deleted or inserted)"
            )
        if not same(entry.compute_hash(key), entry.hash):
            result.problems.append(f"record {entry.id}: content changed since it was written")
        anchored = by_record.pop(entry.id, None)
        if anchored is not None:
            check_against_anchor(entry, result.checked, anchored, result)
        expected_prev = entry.hash
    for missing in by_record.values():
        result.problems.append(missing_anchored(missing, result.checked, last_id))
    result.anchored = max((a.count for a in anchors if a.signed), default=0)
    head = AuditChainHead.objects.filter(pk=1).first()
    if head is not None and (head.last_hash != expected_prev or head.count != result.checked):
        result.problems.append(
            f"the newest record is not the last one written "
            f"(expected {head.count} records, found {result.checked}): records were removed"
        )
    return result


def check_against_anchor(
    entry: AuditRecord, position: int, anchor: Anchor, result: VerifyResult
) -> None:
    if not same(entry.hash, anchor.hash):
        result.problems.append(
            f"record {entry.id}: differs from {anchor.describe()} (the chain was rewritten)"
        )
    elif position != anchor.count:
        result.problems.append(
            f"record {entry.id}: is record number {position}, but {anchor.describe()} "
            f"has it as number {anchor.count} (records before it were removed or added)"
        )


def missing_anchored(anchor: Anchor, checked: int, last_id: int) -> str:
    if anchor.record_id > last_id:
        return (
            f"truncated: {anchor.describe()} but the chain ends at record {last_id} "
            f"after {checked} records: the newest records were removed"
        )
    return f"record {anchor.record_id}: named by {anchor.describe()} is missing"
