"""Who is running which background job, and when they were last seen alive."""

from __future__ import annotations

from django.db import models


class WorkerLease(models.Model):
    """One running job's lease, held by the worker process running it.

    django-tasks-db marks a claimed row RUNNING and nothing else; if the worker
    is killed the row stays RUNNING for ever. The worker's heartbeat keeps this
    lease fresh; `dhr.jobs.recovery` puts jobs whose lease has lapsed (or whose
    process is gone) back in the queue.
    """

    task_result_id = models.UUIDField(primary_key=True)
    worker_id = models.CharField(max_length=64)
    host = models.CharField(max_length=255)
    pid = models.PositiveIntegerField()
    # The process's start time (from /proc), so a reused pid is not mistaken
    # for the dead worker.
    process_started = models.CharField(max_length=40, blank=True)
    beat_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.task_result_id} on {self.host}:{self.pid}"
