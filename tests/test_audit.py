"""The audit trail: append-only, chained, written by every change and confidential read."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import IntegrityError, connection, transaction
from django.db.utils import DatabaseError
from django.urls import reverse

from conftest import World
from dhr.audit.models import AppendOnlyError, AuditRecord
from dhr.audit.services import record, verify_chain


def make_records(world: World, n: int = 3) -> list[AuditRecord]:
    return [
        record(world.users["coordinator"], "test.event", f"event {i}", review=world.review)
        for i in range(n)
    ]


def test_records_chain_each_to_the_one_before(world: World) -> None:
    first, second, third = make_records(world)
    assert second.prev_hash == first.hash and third.prev_hash == second.hash
    assert verify_chain().ok


def test_application_refuses_to_change_or_delete_records(world: World) -> None:
    entry = make_records(world, 1)[0]
    entry.summary = "rewritten"
    with pytest.raises(AppendOnlyError):
        entry.save()
    with pytest.raises(AppendOnlyError):
        entry.delete()
    with pytest.raises(AppendOnlyError):
        AuditRecord.objects.filter(pk=entry.pk).update(summary="x")
    with pytest.raises(AppendOnlyError):
        AuditRecord.objects.all().delete()


def test_database_refuses_an_update_behind_the_applications_back(world: World) -> None:
    entry = make_records(world, 1)[0]
    with (
        pytest.raises((DatabaseError, IntegrityError)),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(
            "UPDATE audit_auditrecord SET summary = %s WHERE id = %s", ["forged", entry.pk]
        )


def drop_guard() -> None:
    """Remove the database's own guard, as an attacker with DBA rights could."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ALTER TABLE audit_auditrecord DISABLE TRIGGER audit_record_no_update")
        else:
            cursor.execute("DROP TRIGGER IF EXISTS audit_record_no_update")
            cursor.execute("DROP TRIGGER IF EXISTS audit_record_no_delete")


def test_verify_detects_an_edited_record(world: World) -> None:
    entries = make_records(world)
    drop_guard()
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE audit_auditrecord SET summary = 'forged' WHERE id = %s", [entries[1].pk]
        )
    result = verify_chain()
    assert not result.ok
    assert f"record {entries[1].pk}: content changed" in result.problems[0]


def test_verify_detects_a_deleted_record_in_the_middle_and_at_the_end(world: World) -> None:
    entries = make_records(world, 4)
    drop_guard()
    with connection.cursor() as cursor:
        cursor.execute(
            "DELETE FROM audit_auditrecord WHERE id IN (%s, %s)", [entries[1].pk, entries[3].pk]
        )
    problems = " ".join(verify_chain().problems)
    assert f"record {entries[2].pk}: does not follow" in problems
    assert "records were removed" in problems


def test_audit_verify_command_reports_success_and_failure(world: World, capsys: Any) -> None:
    make_records(world)
    call_command("audit", "verify")
    assert "3 records, chain intact" in capsys.readouterr().out
    drop_guard()
    with connection.cursor() as cursor:
        cursor.execute("UPDATE audit_auditrecord SET action = 'x'")
    with pytest.raises(CommandError, match="FAILED"):
        call_command("audit", "verify")


def test_changing_a_review_writes_who_what_and_from_where(world: World, client: Any) -> None:
    client.force_login(world.users["independent_chair"])
    response = client.post(
        reverse("reviews:edit", args=[world.review.pk]),
        {
            "reference": world.review.reference,
            "victim_pseudonym": "Louisa",
            "notified_on_day": "6",
            "notified_on_month": "1",
            "notified_on_year": "2025",
            "delay_reason": "",
        },
        REMOTE_ADDR="192.0.2.7",
    )
    assert response.status_code == 302
    entry = AuditRecord.objects.get(action="review.update")
    assert entry.actor == world.users["independent_chair"]
    assert entry.review_id == world.review.pk
    assert entry.ip_address == "192.0.2.7"
    assert entry.detail == {"fields": ["victim_pseudonym"]}


def test_trail_filters_by_person_and_action(world: World, client: Any) -> None:
    record(world.users["coordinator"], "panel.add", "Added police", review=world.review)
    record(world.users["independent_chair"], "panel.add", "Added health", review=world.review)
    record(world.users["independent_chair"], "review.update", "Changed", review=world.review)
    client.force_login(world.users["coordinator"])
    url = reverse("audit:trail", args=[world.review.pk])
    chair = AuditRecord.objects.filter(actor=world.users["independent_chair"]).first()
    assert chair is not None
    page = client.get(url, {"person": chair.actor_label, "action": "panel.add"}).context["page"]
    assert [r.summary for r in page] == ["Added health"]
    assert client.get(url).context["page"].paginator.count == 3


def test_trail_of_one_review_never_shows_another(world: World, client: Any) -> None:
    record(world.users["coordinator"], "test.event", "elsewhere", review=None)
    client.force_login(world.users["coordinator"])
    page = client.get(reverse("audit:trail", args=[world.review.pk])).context["page"]
    assert page.paginator.count == 0
