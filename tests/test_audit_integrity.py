"""An attacker with database write access cannot rewrite or truncate the audit trail unseen.

The chain is sealed with a key held outside the database and its head is
anchored in a separate store; these tests play the attacker with raw SQL.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest
from django.contrib.admin.models import LogEntry
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import IntegrityError, connection, transaction
from django.db.utils import DatabaseError
from django.urls import reverse

from conftest import World
from dhr.accounts.models import CspMembership, CspRole
from dhr.audit.anchors import anchor_storage, read_anchors
from dhr.audit.chain import canonical, seal
from dhr.audit.models import AuditChainHead, AuditRecord
from dhr.audit.services import record, verify_chain
from tests.test_audit import drop_guard


def make_records(world: World, n: int) -> list[AuditRecord]:
    return [
        record(world.users["coordinator"], "test.event", f"event {i}", review=world.review)
        for i in range(n)
    ]


def rechain_from(first_id: int, hasher: Any) -> None:
    """Recompute every seal from `first_id` on, and the head, as an attacker would."""
    drop_guard()
    entries = list(AuditRecord.objects.order_by("id"))
    prev = "0" * 64
    with connection.cursor() as cursor:
        for entry in entries:
            if entry.id >= first_id:
                entry.prev_hash = prev
                new = hasher(entry.content())
                cursor.execute(
                    "UPDATE audit_auditrecord SET prev_hash = %s, hash = %s WHERE id = %s",
                    [prev, new, entry.id],
                )
                prev = new
            else:
                prev = entry.hash
        cursor.execute(
            "UPDATE audit_auditchainhead SET last_hash = %s, count = %s",
            [prev, len(entries)],
        )


def plain_sha256(content: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(content)).hexdigest()


def guessed_key(content: dict[str, Any]) -> str:
    return seal(content, b"dev-only-audit-key")


@pytest.mark.parametrize("hasher", [plain_sha256, guessed_key])
def test_a_rewritten_record_is_found_even_with_every_later_seal_recomputed(
    world: World, hasher: Any
) -> None:
    entries = make_records(world, 4)
    drop_guard()
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE audit_auditrecord SET summary = 'nothing happened' WHERE id = %s",
            [entries[1].pk],
        )
    rechain_from(entries[1].pk, hasher)
    problems = verify_chain().problems
    changed = [f"record {e.pk}: content changed" for e in entries[1:]]
    assert [p for p in problems if "content changed" in p] == [
        f"{c} since it was written" for c in changed
    ]


def test_the_seal_depends_on_the_key(world: World, settings: Any) -> None:
    make_records(world, 2)
    assert verify_chain().ok
    settings.DHR_AUDIT_KEY = "another-key"
    assert len(verify_chain().problems) == 2


def anchored_records(world: World, n: int, every: int, settings: Any, capture: Any) -> list[Any]:
    settings.DHR_AUDIT_ANCHOR_EVERY = every
    with capture(execute=True):
        return make_records(world, n)


def test_an_anchor_is_written_every_n_records_and_signed(
    world: World, settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    entries = anchored_records(world, 7, 3, settings, django_capture_on_commit_callbacks)
    anchors = read_anchors()
    assert [(a.count, a.record_id, a.hash, a.signed) for a in anchors] == [
        (3, entries[2].pk, entries[2].hash, True),
        (6, entries[5].pk, entries[5].hash, True),
    ]
    result = verify_chain()
    assert result.ok and result.anchored == 6


def test_removing_the_newest_records_and_moving_the_head_back_is_truncation(
    world: World, settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    entries = anchored_records(world, 7, 3, settings, django_capture_on_commit_callbacks)
    drop_guard()
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditrecord WHERE id >= %s", [entries[4].pk])
        cursor.execute(
            "UPDATE audit_auditchainhead SET last_hash = %s, count = 4", [entries[3].hash]
        )
    problems = verify_chain().problems
    assert problems == [
        f"truncated: {read_anchors()[1].describe()} but the chain ends at record "
        f"{entries[3].pk} after 4 records: the newest records were removed"
    ]
    with pytest.raises(CommandError, match="FAILED"):
        call_command("audit", "verify")


def test_a_rewrite_before_an_anchor_is_found_by_the_anchor(
    world: World, settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    """Even an attacker who knew the key cannot move the anchored head."""
    entries = anchored_records(world, 3, 3, settings, django_capture_on_commit_callbacks)
    drop_guard()
    with connection.cursor() as cursor:
        cursor.execute("UPDATE audit_auditrecord SET summary = 'x' WHERE id = %s", [entries[0].pk])
    rechain_from(entries[0].pk, seal)
    assert verify_chain().problems == [
        f"record {entries[2].pk}: differs from {read_anchors()[0].describe()} "
        "(the chain was rewritten)"
    ]


def test_a_forged_anchor_is_reported(world: World) -> None:
    make_records(world, 2)
    call_command("audit", "anchor")
    storage = anchor_storage()
    (name,) = storage.listdir("")[1]
    body = json.loads(storage.open(name).read())
    body["count"] = 1
    storage.delete(name)
    storage.save(name, __import__("io").BytesIO(json.dumps(body).encode()))
    assert verify_chain().problems == [
        f"anchor {name}: its signature does not match "
        "(forged, damaged, or written under another audit key)"
    ]


def test_anchor_command_writes_once_per_head(world: World, capsys: Any) -> None:
    make_records(world, 2)
    call_command("audit", "anchor")
    call_command("audit", "anchor")
    out = capsys.readouterr().out
    assert "Anchor written: anchor-000000000002.json" in out
    assert "Nothing new to anchor" in out
    call_command("audit", "verify")
    assert "2 records covered by a signed anchor" in capsys.readouterr().out


def test_the_database_refuses_deletes_on_every_backend(world: World) -> None:
    entry = make_records(world, 1)[0]
    with (
        pytest.raises((DatabaseError, IntegrityError)),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("DELETE FROM audit_auditrecord WHERE id = %s", [entry.pk])
    assert AuditRecord.objects.filter(pk=entry.pk).exists()


@pytest.mark.django_db(transaction=True)
def test_flush_still_empties_the_trail_and_keeps_the_guard() -> None:
    """Transactional tests and `dhr flush` empty the table; the guard is back afterwards."""
    entry = record("system", "test.event", "one")
    call_command("flush", "--noinput")
    assert not AuditRecord.objects.exists()
    entry = record("system", "test.event", "two")
    with pytest.raises((DatabaseError, IntegrityError)), connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditrecord WHERE id = %s", [entry.pk])


def test_a_grant_in_djangos_admin_is_audited(world: World, client: Any) -> None:
    """An administrator giving themselves a coordinator role shows in the same trail."""
    admin = world.users["administrator"]
    admin.is_staff = admin.is_superuser = True
    admin.save()
    client.force_login(admin)
    url = reverse("admin:accounts_user_change", args=[admin.pk])
    existing = list(CspMembership.objects.filter(user=admin))
    form = {
        "email": admin.email,
        "full_name": admin.full_name,
        "job_title": admin.job_title,
        "is_active": "on",
        "is_staff": "on",
        "is_superuser": "on",
        "memberships-TOTAL_FORMS": str(len(existing) + 1),
        "memberships-INITIAL_FORMS": str(len(existing)),
        "memberships-MIN_NUM_FORMS": "0",
        "memberships-MAX_NUM_FORMS": "1000",
    }
    prefix = inline_prefix(client, url)
    form = {k.replace("memberships-", f"{prefix}-"): v for k, v in form.items()}
    for i, m in enumerate(existing):
        form |= {
            f"{prefix}-{i}-id": str(m.pk),
            f"{prefix}-{i}-user": str(admin.pk),
            f"{prefix}-{i}-csp": str(m.csp_id),
            f"{prefix}-{i}-role": m.role,
        }
    n = len(existing)
    form |= {
        f"{prefix}-{n}-user": str(admin.pk),
        f"{prefix}-{n}-csp": str(world.csp.pk),
        f"{prefix}-{n}-role": CspRole.COORDINATOR,
    }
    response = client.post(url, form, REMOTE_ADDR="192.0.2.9")
    assert response.status_code == 302, response.content.decode()[:3000]
    assert CspMembership.objects.filter(user=admin, role=CspRole.COORDINATOR).exists()
    entry = AuditRecord.objects.get(action="admin.change")
    assert entry.actor == admin
    assert entry.object_type == "accounts.user" and entry.object_id == str(admin.pk)
    assert "CSP coordinator – Northshire CSP" in entry.summary
    assert LogEntry.objects.count() == 1
    assert verify_chain().ok


def inline_prefix(client: Any, url: str) -> str:
    html = client.get(url).content.decode()
    marker = '-TOTAL_FORMS"'
    end = html.index(marker)
    start = html.rindex('name="', 0, end) + len('name="')
    return html[start:end]


def test_admin_add_and_delete_are_audited(world: World, client: Any) -> None:
    admin = world.users["administrator"]
    admin.is_staff = admin.is_superuser = True
    admin.save()
    client.force_login(admin)
    victim = world.users["panel_member"]
    response = client.post(reverse("admin:accounts_user_delete", args=[victim.pk]), {"post": "yes"})
    assert response.status_code == 302
    entry = AuditRecord.objects.get(action="admin.delete")
    assert entry.object_id == str(victim.pk) and str(victim) in entry.summary
    assert AuditChainHead.objects.get().count == AuditRecord.objects.count()


def test_bulk_delete_is_not_offered_in_the_admin(world: World, client: Any) -> None:
    admin = world.users["administrator"]
    admin.is_staff = admin.is_superuser = True
    admin.save()
    client.force_login(admin)
    html = client.get(reverse("admin:accounts_user_changelist")).content.decode()
    assert "delete_selected" not in html


@pytest.mark.django_db(transaction=True)
def test_the_migration_rechains_a_plain_sha256_trail_under_the_key() -> None:
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    executor.migrate([("audit", "0002_append_only_triggers")])
    executor.loader.build_graph()
    old = executor.loader.project_state([("audit", "0002_append_only_triggers")]).apps
    Legacy = old.get_model("audit", "AuditRecord")
    prev = "0" * 64
    for i in range(3):
        entry = Legacy(actor_label="system", action="legacy", summary=f"old {i}", prev_hash=prev)
        entry.hash = plain_sha256(AuditRecord.content(entry))  # type: ignore[arg-type]
        entry.save()
        prev = entry.hash
    old.get_model("audit", "AuditChainHead").objects.create(pk=1, last_hash=prev, count=3)
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    result = verify_chain()
    assert result.ok and result.checked == 3
    assert [e.summary for e in AuditRecord.objects.all()] == ["old 0", "old 1", "old 2"]
