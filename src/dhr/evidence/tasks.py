"""Background jobs: checking and importing a chronology file can take a while."""

from __future__ import annotations

from django_tasks import task

from dhr.evidence import importing


@task()
def import_chronology(import_id: int) -> None:
    importing.run_import(import_id)
