"""Background job: writing a long report (150 pages) takes tens of seconds."""

from __future__ import annotations

from django_tasks import task

from dhr.reports import services


@task()
def render_export(export_id: int) -> None:
    services.run_export(export_id)
