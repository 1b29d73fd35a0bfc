"""The retention schedule deletes what is past its period, leaves an audit record
of each deletion, and never touches what a review still needs."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
import time_machine
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.utils import timezone

from conftest import World
from dhr.audit.models import AuditRecord
from dhr.audit.services import verify_chain
from dhr.distribution.models import Issue, SecureLink
from dhr.distribution.tests.factories import frozen_export, issued_link
from dhr.records import retention
from dhr.reports.models import ExportStatus, ReportExport
from dhr.reviews import invitations
from dhr.reviews.models import Invitation, Review, Stage, StageChange

DAY = datetime.timedelta(days=1)


def later(days: int) -> Any:
    return time_machine.travel(timezone.now() + days * DAY, tick=False)


def finished_export(world: World) -> ReportExport:
    export = frozen_export(world.review, world.users["coordinator"])
    export.finished_at = timezone.now()
    export.save()
    return export


def test_an_export_past_its_period_is_deleted_with_its_file_and_audited(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    export = finished_export(world)
    name = export.file.name
    with later(31), django_capture_on_commit_callbacks(execute=True):
        assert retention.do_apply()["report_exports"] == 1
    assert not ReportExport.objects.filter(pk=export.pk).exists()
    assert not default_storage.exists(name)
    record = AuditRecord.objects.get(action="retention.delete")
    assert record.review_id == world.review.pk
    assert (record.object_type, record.object_id) == ("reports.reportexport", str(export.pk))
    assert record.actor_label == "the retention schedule"
    assert verify_chain().ok


def test_an_export_within_its_period_or_still_running_is_kept(world: World) -> None:
    recent = finished_export(world)
    running = finished_export(world)
    ReportExport.objects.filter(pk=running.pk).update(status=ExportStatus.RUNNING)
    with later(29):
        retention.do_apply()
    with later(400):
        retention.do_apply()
    assert not ReportExport.objects.filter(pk=recent.pk).exists()
    assert ReportExport.objects.filter(pk=running.pk).exists()


def test_an_export_issued_to_a_recipient_is_kept_however_old(world: World) -> None:
    export = finished_export(world)
    issued_link(world.review, world.users["coordinator"], [export])
    with later(3650):
        retention.do_apply()
    assert ReportExport.objects.filter(pk=export.pk).exists()


def test_an_ended_link_goes_after_a_year_and_its_issue_stays(world: World) -> None:
    issued_link(world.review, world.users["coordinator"], days=14)
    link = SecureLink.objects.get()
    with later(14 + 364):
        assert retention.do_apply()["distribution_links"] == 0
    with later(14 + 366):
        assert retention.do_apply()["distribution_links"] == 1
    assert not SecureLink.objects.filter(pk=link.pk).exists()
    assert Issue.objects.filter(pk=link.issue_id).exists()


def test_an_ended_invitation_goes_and_an_open_one_stays(world: World) -> None:
    coordinator = world.users["coordinator"]
    withdrawn = invitations.do_invite(
        coordinator, world.review, "wyn@health.test", "Wyn", "imr_author", world.health
    )
    invitations.do_revoke(coordinator, withdrawn)
    with later(91):
        fresh = invitations.do_invite(
            coordinator, world.review, "fay@health.test", "Fay", "imr_author", world.health
        )
        assert retention.do_apply()["invitations"] == 1
    assert list(Invitation.objects.all()) == [fresh]


def test_a_concluded_review_is_listed_for_a_decision_and_never_deleted(world: World) -> None:
    Review.objects.filter(pk=world.review.pk).update(stage=Stage.CONCLUDED)
    StageChange.objects.create(
        review=world.review, from_stage=Stage.APPROVED, to_stage=Stage.CONCLUDED, reason="Done"
    )
    rule = next(r for r in retention.RULES if r.key == "reviews")
    with later(15 * 365 + 1):
        assert list(retention.due(rule)) == [world.review]
        retention.do_apply()
    assert Review.objects.filter(pk=world.review.pk).exists()


def test_a_council_sets_its_own_period(world: World, settings: Any) -> None:
    export = finished_export(world)
    settings.DHR_RETENTION_DAYS = {"report_exports": 7}
    with later(8):
        retention.do_apply()
    assert not ReportExport.objects.filter(pk=export.pk).exists()


def test_the_command_lists_without_deleting_unless_told(world: World, capsys: Any) -> None:
    export = finished_export(world)
    with later(31):
        call_command("retention")
        assert "Report exports (Word and PDF files): kept 30 days; 1 due" in capsys.readouterr().out
        assert ReportExport.objects.filter(pk=export.pk).exists()
        call_command("retention", "--apply")
    assert not ReportExport.objects.filter(pk=export.pk).exists()


def test_a_misspelt_rule_in_the_settings_is_refused_by_name(db: Any, settings: Any) -> None:
    settings.DHR_RETENTION_DAYS = {"report_export": 7}
    with pytest.raises(CommandError, match="no such rule: report_export"):
        call_command("retention")


def test_periods_that_are_not_a_json_object_stop_the_settings_with_the_fix() -> None:
    from django.core.exceptions import ImproperlyConfigured

    from dhr.settings import retention_days

    assert retention_days('{"invitations": "30"}') == {"invitations": 30}
    for bad in ("[1]", '{"invitations": "soon"}', "{"):
        with pytest.raises(ImproperlyConfigured, match="JSON object of rule to days"):
            retention_days(bad)
