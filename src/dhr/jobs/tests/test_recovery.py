"""Which RUNNING jobs count as dead, and what recovery does with them."""

from __future__ import annotations

import datetime
import os
from typing import Any

import pytest
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from dhr.audit.models import AuditRecord
from dhr.jobs import process
from dhr.jobs.models import WorkerLease
from dhr.jobs.recovery import WORKER_DIED, recover_stale


def running_job(claims: int = 1, started_ago: int = 5) -> DBTaskResult:
    return DBTaskResult.objects.create(
        status=TaskResultStatus.RUNNING,
        args_kwargs={"args": [1], "kwargs": {}},
        task_path="dhr.evidence.tasks.import_chronology",
        backend_name="default",
        run_after=timezone.now(),
        started_at=timezone.now() - datetime.timedelta(seconds=started_ago),
        worker_ids=[f"w{i}" for i in range(claims)],
    )


def lease(job: DBTaskResult, **kw: Any) -> WorkerLease:
    values = {
        "worker_id": "w0",
        "host": process.host(),
        "pid": os.getpid(),
        "process_started": process.started(os.getpid()),
        "beat_at": timezone.now(),
    } | kw
    return WorkerLease.objects.create(task_result_id=job.pk, **values)


def status(job: DBTaskResult) -> str:
    job.refresh_from_db()
    return job.status


@pytest.mark.django_db
def test_a_job_whose_process_is_alive_is_left_alone() -> None:
    job = running_job()
    lease(job)
    assert recover_stale().requeued == []
    assert status(job) == TaskResultStatus.RUNNING


@pytest.mark.django_db
def test_a_job_whose_process_is_gone_goes_back_in_the_queue_at_once() -> None:
    job = running_job()
    lease(job, pid=2**22 + 7)  # above Linux's pid_max default: never a live process
    assert recover_stale().requeued == [str(job.pk)]
    assert status(job) == TaskResultStatus.READY
    assert not WorkerLease.objects.exists()
    entry = AuditRecord.objects.get(action="job.requeued")
    assert "put back in the queue" in entry.summary


@pytest.mark.django_db
def test_a_reused_pid_is_not_the_dead_worker() -> None:
    job = running_job()
    lease(job, process_started="1")
    assert recover_stale().requeued == [str(job.pk)]


@pytest.mark.django_db
def test_another_hosts_job_is_dead_only_when_its_lease_lapses() -> None:
    fresh, old = running_job(), running_job()
    lease(fresh, host="other")
    lease(old, host="other", beat_at=timezone.now() - datetime.timedelta(minutes=5))
    assert recover_stale().requeued == [str(old.pk)]
    assert status(fresh) == TaskResultStatus.RUNNING


@pytest.mark.django_db
def test_a_job_without_a_lease_is_dead_once_it_is_older_than_the_lapse() -> None:
    young, old = running_job(started_ago=5), running_job(started_ago=600)
    assert recover_stale().requeued == [str(old.pk)]
    assert status(young) == TaskResultStatus.RUNNING


@pytest.mark.django_db
def test_a_job_that_killed_its_worker_three_times_fails() -> None:
    job = running_job(claims=3)
    lease(job, pid=2**22 + 7)
    assert recover_stale().failed == [str(job.pk)]
    job.refresh_from_db()
    assert job.status == TaskResultStatus.FAILED and job.exception_class_path == WORKER_DIED
    assert AuditRecord.objects.filter(action="job.failed").exists()
