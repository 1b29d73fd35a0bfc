"""Steps of the worker-kill scenario, run inside `dhr shell -c` subprocesses."""

from __future__ import annotations

import datetime
import json

from django.core.files.uploadedfile import SimpleUploadedFile

from dhr.accounts.models import User
from dhr.evidence import services
from dhr.evidence.models import ChronologyEntry, ChronologyImport
from dhr.evidence.tests.files import csv_bytes, police_row
from dhr.organisations.models import Agency, AgencyType, Csp
from dhr.reviews.models import Decision, Review, Stage


def setup_import(rows: int) -> None:
    csp = Csp.objects.create(name="Northshire CSP", slug="northshire")
    police = Agency.objects.create(csp=csp, name="Northshire Police", agency_type=AgencyType.POLICE)
    review = Review.objects.create(
        csp=csp,
        reference="DHR 2025/01",
        victim_pseudonym="Louise",
        notified_on=datetime.date(2025, 1, 6),
        decision=Decision.PROCEED,
        decided_on=datetime.date(2025, 1, 30),
        stage=Stage.APPROVED,
    )
    user = User.objects.create_user("cora@north.test", None, full_name="Cora")
    content = csv_bytes(
        police_row(f"{i % 28 + 1:02d}/{i % 12 + 1:02d}/2020", f"Event {i}", people="")
        for i in range(rows)
    )
    services.do_start_import(user, review, police, SimpleUploadedFile("big.csv", content))


def state() -> None:
    from django_tasks_db.models import DBTaskResult

    from dhr.audit.models import AuditRecord

    imported = ChronologyImport.objects.get()
    print(
        json.dumps(
            {
                "status": imported.status,
                "rows_saved": imported.rows_saved,
                "entries": ChronologyEntry.objects.count(),
                "jobs": [
                    {"status": j.status, "claims": len(j.worker_ids)}
                    for j in DBTaskResult.objects.all()
                ],
                "requeued": AuditRecord.objects.filter(action="job.requeued").count(),
            }
        )
    )
