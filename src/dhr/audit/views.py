from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from dhr import access
from dhr.access import Can
from dhr.audit.models import AuditRecord


@login_required
def trail(request: HttpRequest, review_id: int) -> HttpResponse:
    """The review's audit trail for its coordinator, filterable by person and action."""
    review, _ = access.access_review(request.user, review_id, Can.VIEW_AUDIT)
    records = AuditRecord.objects.filter(review_id=review.pk)
    people = sorted(set(records.values_list("actor_label", flat=True)))
    actions = sorted(set(records.values_list("action", flat=True)))
    person = request.GET.get("person", "")
    action = request.GET.get("action", "")
    if person:
        records = records.filter(actor_label=person)
    if action:
        records = records.filter(action=action)
    page = Paginator(records.order_by("-id"), 50).get_page(request.GET.get("page"))
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
