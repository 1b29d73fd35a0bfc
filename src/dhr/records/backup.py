"""`dhr backup` and `dhr restore`: the database and every document together.

A backup is one zip: `database.json` (Django's portable dump of every app,
content types and permissions included with their ids, which restore puts in
place of the fresh installation's own), `documents/<storage name>` for every stored file, and
`manifest.json` with the SHA-256 of the dump and of every document and the
audit chain's head. It is taken in one database transaction (REPEATABLE READ on
PostgreSQL; on SQLite the transaction holds the write lock), so the dump, the
documents it names and the audit head agree.

Restore refuses a non-empty installation, checks every hash in the manifest
before writing anything, writes the documents, loads the dump in one
transaction, then verifies the audit chain (under the same DHR_AUDIT_KEY) and
every document's hash as read back from storage.
"""

from __future__ import annotations

import hashlib
import io
import json
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.apps import apps
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import connection, models, transaction
from django.utils import timezone

from dhr.audit.models import AuditChainHead, AuditRecord
from dhr.audit.services import verify_chain

FORMAT = 1
# Not data: rebuilt by `migrate`, per-process, or transient.
EXCLUDED = [
    "sessions",
    "django_tasks_database",
    "jobs",
]


class BackupError(Exception):
    pass


@dataclass
class Restored:
    records: int = 0
    documents: int = 0
    problems: list[str] = field(default_factory=list)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def stored_files() -> Iterator[str]:
    """The storage name of every file any model refers to."""
    for model in apps.get_models():
        for f in model._meta.fields:
            if isinstance(f, models.FileField):
                names = model._default_manager.exclude(**{f.name: ""}).values_list(
                    f.name, flat=True
                )
                yield from (n for n in names if n)


def do_backup(out: Path) -> dict[str, Any]:
    """Write the backup zip to `out`; return its manifest."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        dump = io.StringIO()
        call_command(
            "dumpdata",
            exclude=EXCLUDED,
            indent=None,
            stdout=dump,
        )
        head = AuditChainHead.objects.filter(pk=1).first()
        manifest: dict[str, Any] = {
            "format": FORMAT,
            "created_at": timezone.now().isoformat(),
            "audit": {
                "count": head.count if head else 0,
                "last_hash": head.last_hash if head else "",
            },
            "documents": {},
        }
        data = dump.getvalue().encode()
        manifest["database"] = {"sha256": sha256(data), "bytes": len(data)}
        tmp = out.with_name(out.name + ".partial")
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("database.json", data)
            for name in sorted(set(stored_files())):
                with default_storage.open(name, "rb") as stored:
                    content = stored.read()
                manifest["documents"][name] = {"sha256": sha256(content), "bytes": len(content)}
                archive.writestr(f"documents/{name}", content)
            archive.writestr("manifest.json", json.dumps(manifest, indent=1, sort_keys=True))
    tmp.replace(out)
    return manifest


def is_empty() -> bool:
    from django.contrib.auth import get_user_model

    return not (AuditRecord.objects.exists() or get_user_model().objects.exists())


def do_restore(source: Path) -> Restored:
    if not is_empty():
        raise BackupError(
            "This installation already holds data. Restore into a new, empty database "
            "(run `dhr migrate` on it first) and empty document storage."
        )
    with zipfile.ZipFile(source) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        if manifest.get("format") != FORMAT:
            raise BackupError(f"Unknown backup format {manifest.get('format')!r}.")
        data = archive.read("database.json")
        if sha256(data) != manifest["database"]["sha256"]:
            raise BackupError("database.json does not match the manifest: the backup is damaged.")
        documents = {}
        for name, expected in manifest["documents"].items():
            content = archive.read(f"documents/{name}")
            if sha256(content) != expected["sha256"]:
                raise BackupError(f"Document {name} does not match the manifest: damaged.")
            documents[name] = content
    for name, content in documents.items():
        saved = default_storage.save(name, ContentFile(content))
        if saved != name:
            raise BackupError(f"Document storage already holds {name}: restore into empty storage.")
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "database.json"
        dump.write_bytes(data)
        with transaction.atomic():
            # The fresh installation's own content types and permissions give way
            # to the backup's, ids and all, so every reference to them holds.
            Permission.objects.all().delete()
            ContentType.objects.all().delete()
            call_command("loaddata", str(dump), verbosity=0)
        ContentType.objects.clear_cache()
    return check_restored(manifest)


def check_restored(manifest: dict[str, Any]) -> Restored:
    result = Restored()
    chain = verify_chain()
    result.records = chain.checked
    result.problems.extend(chain.problems)
    head = AuditChainHead.objects.filter(pk=1).first()
    expected = manifest["audit"]
    if (head.count if head else 0) != expected["count"] or (
        head.last_hash if head else ""
    ) != expected["last_hash"]:
        result.problems.append("the audit head differs from the one in the manifest")
    for name, doc in manifest["documents"].items():
        with default_storage.open(name, "rb") as stored:
            if sha256(stored.read()) != doc["sha256"]:
                result.problems.append(f"document {name}: its hash differs after restore")
        result.documents += 1
    return result
