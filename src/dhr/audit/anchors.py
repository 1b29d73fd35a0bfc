"""Signed checkpoints of the audit chain's head, kept outside the database.

An anchor is a small JSON file (how many records, the newest record's id and
seal, when) sealed with the audit key and written to the `audit_anchors`
storage: a directory under var/ on a laptop, an S3 bucket with object lock
(write once, read many) in production. Someone who can rewrite the database
cannot rewrite or remove an anchor, so records removed after an anchored
position are found by `dhr audit verify` as truncation.

Anchors are written every DHR_AUDIT_ANCHOR_EVERY records (after the
transaction commits, so an anchor never names a record that was rolled back)
and by `dhr audit anchor` from cron. An existing anchor is never overwritten.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import Storage, storages
from django.utils import timezone

from dhr.audit.chain import same, seal

log = logging.getLogger(__name__)
PREFIX = "anchor-"


@dataclass(frozen=True)
class Anchor:
    name: str
    count: int
    record_id: int
    hash: str
    written_at: str
    signed: bool

    def describe(self) -> str:
        return (
            f"the anchor of {self.written_at} ({self.count} records, up to record {self.record_id})"
        )


def anchor_storage() -> Storage:
    return storages["audit_anchors"]


def anchor_every() -> int:
    return int(getattr(settings, "DHR_AUDIT_ANCHOR_EVERY", 100))


def write_anchor(count: int, record_id: int, last_hash: str) -> str | None:
    """Write the signed checkpoint for this head; None if one already exists for it."""
    if count == 0:
        return None
    body = {
        "count": count,
        "record_id": record_id,
        "hash": last_hash,
        "written_at": timezone.now().isoformat(),
    }
    body["seal"] = seal({"anchor": body})
    name = f"{PREFIX}{count:012d}.json"
    storage = anchor_storage()
    if storage.exists(name):
        return None
    return storage.save(name, ContentFile(json.dumps(body, sort_keys=True).encode()))


def anchor_head() -> str | None:
    """Anchor the chain as it stands now (for `dhr audit anchor` and the periodic hook)."""
    from dhr.audit.models import AuditChainHead, AuditRecord

    head = AuditChainHead.objects.filter(pk=1).first()
    if head is None or head.count == 0:
        return None
    newest = AuditRecord.objects.filter(hash=head.last_hash).values_list("id", flat=True).first()
    if newest is None:
        return None
    return write_anchor(head.count, newest, head.last_hash)


def anchor_after_commit(count: int, record_id: int, last_hash: str) -> None:
    """Called on commit: a failure to reach the anchor store must not lose the change."""
    try:
        write_anchor(count, record_id, last_hash)
    except Exception:
        log.exception("Could not write the audit anchor for %s records", count)


def read_anchors() -> list[Anchor]:
    storage = anchor_storage()
    try:
        _, files = storage.listdir("")
    except FileNotFoundError:
        return []
    anchors = []
    for name in sorted(f for f in files if f.startswith(PREFIX) and f.endswith(".json")):
        anchors.append(parse_anchor(name, storage.open(name).read()))
    return sorted(anchors, key=lambda a: a.count)


def parse_anchor(name: str, raw: bytes) -> Anchor:
    try:
        body: dict[str, Any] = json.loads(raw)
        claimed = str(body.pop("seal"))
        fields = {k: body[k] for k in ("count", "record_id", "hash", "written_at")}
        return Anchor(
            name=name,
            count=int(fields["count"]),
            record_id=int(fields["record_id"]),
            hash=str(fields["hash"]),
            written_at=str(fields["written_at"]),
            signed=same(seal({"anchor": fields}), claimed),
        )
    except (ValueError, KeyError, TypeError):
        return Anchor(name, 0, 0, "", "?", signed=False)
