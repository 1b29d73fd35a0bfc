from __future__ import annotations

import csv
import io

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from dhr import access
from dhr.access import Can
from dhr.audit.models import AuditRecord
from dhr.audit.words import in_words
from dhr.core.downloads import download_name
from dhr.reviews.models import Review


@login_required
def trail(request: HttpRequest, review_id: int) -> HttpResponse:
    """The review's audit trail for its coordinator, filterable by person and action."""
    review, _ = access.access_review(request.user, review_id, Can.VIEW_AUDIT)
    records = AuditRecord.objects.filter(review_id=review.pk)
    people = sorted(set(records.values_list("actor_label", flat=True)))
    codes = set(records.values_list("action", flat=True))
    actions = sorted(((code, in_words(code)) for code in codes), key=lambda a: a[1])
    person = request.GET.get("person", "")
    action = request.GET.get("action", "")
    if person:
        records = records.filter(actor_label=person)
    if action:
        records = records.filter(action=action)
    if request.GET.get("format") == "csv":
        return trail_csv(review, records.order_by("id"))
    page = Paginator(records.order_by("-id"), 50).get_page(request.GET.get("page"))
    for record in page:
        record.words = in_words(record.action)  # type: ignore[attr-defined]
    return render(
        request,
        "audit/trail.html",
        {
            "review": review,
            "page": page,
            "people": people,
            "actions": actions,
            "person": person,
            "action": action,
        },
    )


def trail_csv(review: Review, records: QuerySet[AuditRecord]) -> HttpResponse:
    """The trail as CSV: the words, and the action's code for anyone matching records."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["When", "Who", "Action", "Action code", "What", "From"])
    for r in records.iterator():
        when = r.created_at.isoformat()
        writer.writerow(
            [when, r.actor_label, in_words(r.action), r.action, r.summary, r.ip_address or ""]
        )
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    name = download_name(review.full_reference, "audit trail", extension="csv")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "no-store"
    return response
