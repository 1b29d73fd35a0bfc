"""The append-only audit trail.

Every record carries the seal of the one before it, and its own seal is an
HMAC under a key held outside the database (`dhr.audit.chain`), so deleting,
editing or re-ordering records is detectable (`dhr audit verify`) even by
someone who can write to the database. Signed checkpoints of the head are
written outside the database too (`dhr.audit.anchors`), so removing the newest
records is detectable. The application never updates or deletes a record; on
PostgreSQL and SQLite a trigger refuses it too.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone

from dhr.audit.chain import GENESIS_HASH, record_content, seal

__all__ = ["GENESIS_HASH", "AppendOnlyError", "AuditChainHead", "AuditRecord"]


class AppendOnlyError(Exception):
    """Raised on any attempt to change or delete an audit record."""


class AuditQuerySet(models.QuerySet["AuditRecord"]):
    def update(self, **kwargs: Any) -> int:
        raise AppendOnlyError("Audit records cannot be changed.")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise AppendOnlyError("Audit records cannot be deleted.")


class AuditRecord(models.Model):
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    # Plain references (no database constraint, no cascade): the record must
    # outlive whatever it describes, unchanged.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        related_name="+",
    )
    actor_label = models.CharField(max_length=300)
    action = models.CharField(max_length=60, db_index=True)
    review = models.ForeignKey(
        "reviews.Review",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        related_name="+",
    )
    object_type = models.CharField(max_length=60, blank=True)
    object_id = models.CharField(max_length=40, blank=True)
    summary = models.CharField(max_length=500)
    detail = models.JSONField(default=dict, encoder=DjangoJSONEncoder)
    ip_address = models.GenericIPAddressField(null=True)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)

    objects = AuditQuerySet.as_manager()

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["review", "id"])]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_label} {self.action}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise AppendOnlyError("Audit records cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise AppendOnlyError("Audit records cannot be deleted.")

    def compute_hash(self, key: bytes | None = None) -> str:
        """Seal of this record's content chained to the previous record's seal."""
        return seal(self.content(), key)

    def content(self) -> dict[str, Any]:
        return record_content(self)


class AuditChainHead(models.Model):
    """One row holding the newest seal: writers lock it so the chain never forks.

    It lives in the database, so it proves nothing on its own against someone
    who can write there; the signed anchors outside the database do."""

    last_hash = models.CharField(max_length=64, default=GENESIS_HASH)
    count = models.PositiveBigIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.count} records, newest {self.last_hash[:12]}"
