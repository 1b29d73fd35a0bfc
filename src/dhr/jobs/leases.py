"""A lease and heartbeat for each job a `dhr db_worker` runs.

When the worker starts a job (django-tasks' `task_started` signal) it takes a
lease on the job's row and a daemon thread refreshes it every HEARTBEAT
seconds, and looks for other workers' dead jobs every few beats; when the job
finishes the lease goes. Only the database backend's jobs get leases: jobs run
in place (tests, `--now`) cannot outlive their caller.
"""

from __future__ import annotations

import logging
import os
import threading
from typing import Any

from django.conf import settings
from django.db import DatabaseError, close_old_connections, connection
from django.utils import timezone
from django_tasks.signals import task_finished, task_started

from dhr.jobs import process
from dhr.jobs.models import WorkerLease

log = logging.getLogger(__name__)
_beats: dict[str, threading.Event] = {}


def heartbeat_seconds() -> float:
    return float(getattr(settings, "DHR_JOB_HEARTBEAT_SECONDS", 10))


def is_database_backend(sender: Any) -> bool:
    from django_tasks_db import DatabaseBackend

    # django-tasks sends the backend instance as the sender (its class on failure paths).
    backend = sender if isinstance(sender, type) else type(sender)
    return issubclass(backend, DatabaseBackend)


def on_started(sender: Any, task_result: Any, **kwargs: Any) -> None:
    if not is_database_backend(sender):
        return
    task_id = str(task_result.id)
    pid = os.getpid()
    WorkerLease.objects.update_or_create(
        task_result_id=task_id,
        defaults={
            "worker_id": (task_result.worker_ids or [""])[-1][:64],
            "host": process.host(),
            "pid": pid,
            "process_started": process.started(pid),
            "beat_at": timezone.now(),
        },
    )
    stop = threading.Event()
    _beats[task_id] = stop
    threading.Thread(target=beat, args=(task_id, stop), daemon=True, name="dhr-lease").start()


def on_finished(sender: Any, task_result: Any, **kwargs: Any) -> None:
    if not is_database_backend(sender):
        return
    task_id = str(task_result.id)
    stop = _beats.pop(task_id, None)
    if stop is not None:
        stop.set()
    WorkerLease.objects.filter(task_result_id=task_id).delete()


def beat(task_id: str, stop: threading.Event) -> None:
    """Refresh the lease until the job ends; every sixth beat, recover other dead jobs."""
    from dhr.jobs.recovery import recover_stale

    beats = 0
    try:
        while not stop.wait(heartbeat_seconds()):
            beats += 1
            try:
                close_old_connections()
                WorkerLease.objects.filter(task_result_id=task_id).update(beat_at=timezone.now())
                if beats % 6 == 0:
                    recover_stale()
            except DatabaseError:
                # SQLite is busy while the job writes; the next beat will do.
                log.info("Lease heartbeat for %s skipped: database busy", task_id)
    finally:
        connection.close()


def connect() -> None:
    task_started.connect(on_started, dispatch_uid="dhr.jobs.leases.started")
    task_finished.connect(on_finished, dispatch_uid="dhr.jobs.leases.finished")
