"""Back up, empty the installation, restore: the audit chain and every document check out."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import CommandError

from conftest import World
from dhr.audit.models import AuditRecord
from dhr.audit.services import record
from dhr.core.tests.hostile import docx_bytes
from dhr.core.uploads import DOCX
from dhr.reviews.models import Review, ReviewDocument


def fill(world: World) -> list[ReviewDocument]:
    docs = []
    for i in range(3):
        content = docx_bytes(f"Draft {i}")
        doc = ReviewDocument(
            review=world.review,
            title=f"Draft {i}",
            kind="draft_report",
            original_name=f"draft-{i}.docx",
            content_type=DOCX,
            size=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
            uploaded_by=world.users["coordinator"],
        )
        doc.file.save(f"draft-{i}.docx", ContentFile(content), save=False)
        doc.save()
        docs.append(doc)
        record(world.users["coordinator"], "document.upload", f"Draft {i}", review=world.review)
    return docs


@pytest.mark.django_db(transaction=True)
def test_restore_into_an_empty_installation_verifies_chain_and_documents(
    world: World, tmp_path: Path, settings: Any, capsys: Any
) -> None:
    docs = fill(world)
    records = AuditRecord.objects.count()
    out = tmp_path / "backup.zip"
    call_command("backup", str(out))
    manifest = json.loads(zipfile.ZipFile(out).read("manifest.json"))
    assert set(manifest["documents"]) == {d.file.name for d in docs}
    assert manifest["audit"]["count"] == records

    # An empty installation: a flushed database and new, empty document storage.
    call_command("flush", "--noinput")
    settings.MEDIA_ROOT = tmp_path / "new-media"
    assert not Review.objects.exists()

    capsys.readouterr()
    call_command("restore", str(out))
    assert f"{records} audit records, chain intact; 3 documents" in capsys.readouterr().out
    for doc in docs:
        restored = ReviewDocument.objects.get(title=doc.title)
        assert hashlib.sha256(restored.file.read()).hexdigest() == doc.sha256
    assert Review.objects.get().victim_pseudonym == world.review.victim_pseudonym

    with pytest.raises(CommandError, match="already holds data"):
        call_command("restore", str(out))


@pytest.mark.django_db(transaction=True)
def test_a_damaged_backup_is_refused_before_anything_is_written(
    world: World, tmp_path: Path
) -> None:
    fill(world)
    out = tmp_path / "backup.zip"
    call_command("backup", str(out))
    damaged = tmp_path / "damaged.zip"
    with zipfile.ZipFile(out) as src, zipfile.ZipFile(damaged, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename.startswith("documents/"):
                data = data + b"tampered"
            dst.writestr(item, data)
    call_command("flush", "--noinput")
    with pytest.raises(CommandError, match="does not match the manifest"):
        call_command("restore", str(damaged))
    assert not AuditRecord.objects.exists()
