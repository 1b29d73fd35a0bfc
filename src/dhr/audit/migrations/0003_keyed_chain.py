"""Seal the chain with HMAC-SHA256 under DHR_AUDIT_KEY, and refuse DELETE on SQLite too.

Records written before this migration were chained with plain SHA-256, which
anyone with database access could recompute. This migration re-chains them in
order under the audit key (same content, same order, new seals; the head moves
to the new newest seal); docs/architecture.md says so. From here on, only the
key's holder can produce a valid chain. An empty database needs no key here.
"""

from django.db import migrations

from dhr.audit.chain import GENESIS_HASH, audit_key, record_content, seal
from dhr.audit.sqlite_guard import (
    CREATE_DELETE_GUARD,
    CREATE_UPDATE_GUARD,
    DROP_DELETE_GUARD,
    DROP_UPDATE_GUARD,
)

PG_DISABLE = "ALTER TABLE audit_auditrecord DISABLE TRIGGER audit_record_no_update"
PG_ENABLE = "ALTER TABLE audit_auditrecord ENABLE TRIGGER audit_record_no_update"


def rechain(apps, schema_editor):
    AuditRecord = apps.get_model("audit", "AuditRecord")
    AuditChainHead = apps.get_model("audit", "AuditChainHead")
    pg = schema_editor.connection.vendor == "postgresql"
    if AuditRecord.objects.exists():
        key = audit_key()
        schema_editor.execute(PG_DISABLE if pg else DROP_UPDATE_GUARD)
        prev = GENESIS_HASH
        count = 0
        for entry in AuditRecord.objects.order_by("id").iterator(chunk_size=2000):
            entry.prev_hash = prev
            # Milliseconds, as Django's JSON serialisation (`dhr backup`) keeps them.
            entry.created_at = entry.created_at.replace(
                microsecond=entry.created_at.microsecond // 1000 * 1000
            )
            new_hash = seal(record_content(entry), key)
            AuditRecord.objects.filter(pk=entry.pk).update(
                prev_hash=prev, hash=new_hash, created_at=entry.created_at
            )
            prev = new_hash
            count += 1
        AuditChainHead.objects.update_or_create(
            pk=1, defaults={"last_hash": prev, "count": count}
        )
        schema_editor.execute(PG_ENABLE if pg else CREATE_UPDATE_GUARD)
    if not pg:
        schema_editor.execute(CREATE_DELETE_GUARD)


def unguard_delete(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        schema_editor.execute(DROP_DELETE_GUARD)


class Migration(migrations.Migration):
    dependencies = [("audit", "0002_append_only_triggers")]
    operations = [migrations.RunPython(rechain, unguard_delete)]
