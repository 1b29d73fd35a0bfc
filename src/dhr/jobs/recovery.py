"""Put jobs whose worker died back in the queue, or fail them after repeated deaths.

A RUNNING row is dead when the process that holds its lease is gone (same
host: checked directly), when its lease has not been refreshed for
DHR_JOB_STALE_SECONDS (another host), or when it has no lease at all and
started longer ago than that (killed between claiming and starting). A dead
job is made READY again, with a conditional update so two recoverers act
once; after DHR_JOB_MAX_ATTEMPTS claims it is marked FAILED instead. Each is
audited. Jobs must therefore be idempotent: a chronology import re-reads its
file and replaces its entries in one transaction; reminders insert a unique
row before each email.

Runs when a worker starts (`dhr db_worker`, through `dhr.cli`), from any
running worker's heartbeat, and from cron as `dhr jobs recover`.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from dhr.audit.services import record
from dhr.jobs import process
from dhr.jobs.models import WorkerLease

WORKER_DIED = "dhr.jobs.recovery.WorkerDied"


@dataclass
class Recovered:
    requeued: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def stale_after() -> datetime.timedelta:
    return datetime.timedelta(seconds=int(getattr(settings, "DHR_JOB_STALE_SECONDS", 60)))


def max_attempts() -> int:
    return int(getattr(settings, "DHR_JOB_MAX_ATTEMPTS", 3))


def is_dead(job: DBTaskResult, lease: WorkerLease | None, now: datetime.datetime) -> bool:
    if lease is None:
        return job.started_at is None or job.started_at < now - stale_after()
    if lease.host == process.host():
        return not process.alive(lease.pid, lease.process_started)
    return lease.beat_at < now - stale_after()


def recover_stale() -> Recovered:
    now = timezone.now()
    done = Recovered()
    running = list(DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING))
    leases = WorkerLease.objects.in_bulk([job.pk for job in running])
    for job in running:
        if is_dead(job, leases.get(job.pk), now):
            recover(job, done)
    return done


def recover(job: DBTaskResult, done: Recovered) -> None:
    attempts = len(job.worker_ids or [])
    give_up = attempts >= max_attempts()
    with transaction.atomic():
        # Conditional on the row being as we read it: a second recoverer, or the
        # worker finishing after all, makes this update nothing.
        claimed = DBTaskResult.objects.filter(
            pk=job.pk, status=TaskResultStatus.RUNNING, started_at=job.started_at
        )
        if give_up:
            changed = claimed.update(
                status=TaskResultStatus.FAILED,
                finished_at=timezone.now(),
                exception_class_path=WORKER_DIED,
                traceback=f"The worker running this job stopped {attempts} times; "
                "it was not tried again.",
            )
        else:
            changed = claimed.update(status=TaskResultStatus.READY, started_at=None)
        if not changed:
            return
        WorkerLease.objects.filter(task_result_id=job.pk).delete()
        record(
            "system",
            "job.failed" if give_up else "job.requeued",
            f"Background job {job.task_name} "
            + (
                f"failed: its worker stopped {attempts} times"
                if give_up
                else f"put back in the queue: its worker stopped (attempt {attempts})"
            ),
            detail={"job": str(job.pk), "task": job.task_path, "attempts": attempts},
        )
    (done.failed if give_up else done.requeued).append(str(job.pk))
