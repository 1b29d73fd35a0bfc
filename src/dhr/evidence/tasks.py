"""Background jobs: checking and importing a chronology file can take a while."""

from __future__ import annotations

from django_tasks import task

from dhr.evidence import services


@task()
def import_chronology(import_id: int) -> None:
    services.run_import(import_id)
