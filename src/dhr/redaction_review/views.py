"""Thin views: each fetches through dhr.access, then calls a service."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from dhr import access
from dhr.access import Can
from dhr.people.models import Person
from dhr.redaction_review import services, uploads
from dhr.redaction_review.forms import DecisionForm, MissedForm, WarningDecisionForm
from dhr.redaction_review.models import RedactionRound
from dhr.reports.services import latest_version, record_read, report_for
from dhr.reports.structure import SECTIONS
from dhr.reviews.models import ReviewDocument
from dhr.reviews.views import apply_errors


def round_url(round: RedactionRound, anchor: str = "") -> str:
    url = reverse("redaction_review:round", args=[round.review_id, round.pk])
    return f"{url}#{anchor}" if anchor else url


@login_required
def index(request: HttpRequest, review_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.REDACT)
    documents = []
    for kind in services.KINDS:
        report = report_for(review, kind)
        documents.append(
            {
                "report": report,
                "latest": latest_version(report),
                "round": services.current_round(report),
                "ready": services.release_problem(review, kind) is None,
            }
        )
    return render(
        request,
        "redaction_review/index.html",
        {
            "review": review,
            "documents": documents,
            "uploads": uploads.reports_uploaded(review),
            "problems": services.release_problems(review),
        },
    )


@login_required
@require_POST
def start(request: HttpRequest, review_id: int, kind: str) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.REDACT)
    if kind not in SECTIONS:
        raise Http404("No such report.")
    try:
        round = services.do_start_round(request.user, review, kind, request)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect("redaction_review:index", review.pk)
    return redirect(round_url(round))


@login_required
@require_POST
def start_upload(request: HttpRequest, review_id: int, document_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.REDACT)
    document = ReviewDocument.objects.filter(pk=document_id, review=review).first()
    if document is None:
        raise Http404("No such document.")
    try:
        round = services.do_start_upload_round(request.user, document, request)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect("redaction_review:index", review.pk)
    return redirect(round_url(round))


def marked_slots(round: RedactionRound, decisions: dict[int, Any]) -> list[dict[str, Any]]:
    """Each text of the report cut into plain runs and findings, for highlighting."""
    texts = services.slot_texts(services.source_doc(round))
    by_slot: dict[int, list[dict[str, Any]]] = {}
    for f in round.findings:
        by_slot.setdefault(f["slot"], []).append(f)
    slots = []
    for slot, text in enumerate(texts):
        found = by_slot.get(slot)
        if not found:
            continue
        runs: list[dict[str, Any]] = []
        last = 0
        for f in found:
            runs.append({"text": text[last : f["start"]]})
            decision = decisions.get(f["id"])
            runs.append({"finding": f, "rejected": decision is not None and not decision.redact})
            last = f["end"]
        runs.append({"text": text[last:]})
        slots.append({"slot": slot, "runs": runs})
    return slots


@login_required
def round_page(request: HttpRequest, review_id: int, round_id: int) -> HttpResponse:
    round = access.access_redaction_round(request.user, review_id, round_id)
    what = f"the redaction findings ({round.source})"
    record_read(request.user, round.report, what, request, round)
    decisions = {d.finding: d for d in round.decisions.select_related("by")}
    warning_decisions = {d.warning: d for d in round.warning_decisions.select_related("by")}
    mapping: dict[str, str] = {}
    for f in round.findings:
        mapping.setdefault(f["replacement"], f["label"])
    response = render(
        request,
        "redaction_review/round.html",
        {
            "review": round.review,
            "round": round,
            "slots": marked_slots(round, decisions) if round.findings else [],
            "findings": [{**f, "decision": decisions.get(f["id"])} for f in round.findings],
            "warnings": [{**w, "decision": warning_decisions.get(w["id"])} for w in round.warnings],
            "pseudonym_map": pseudonym_map(round),
            "sign_offs": list(round.sign_offs.select_related("by")),
            "needed": services.SIGN_OFFS_NEEDED,
            "sign_off_problems": services.sign_off_problems(round, request.user),
        },
    )
    if round.is_working:
        response["Refresh"] = "3"
    return response


def pseudonym_map(round: RedactionRound) -> list[tuple[str, list[str]]]:
    """Each replacement and the strings it stands for, as the reviewers check it."""
    found: dict[str, list[str]] = {}
    for f in round.findings:
        names = found.setdefault(f["replacement"], [])
        if f["text"] not in names:
            names.append(f["text"])
    return sorted(found.items())


@login_required
def decide(request: HttpRequest, review_id: int, round_id: int, finding_id: int) -> HttpResponse:
    round = access.access_redaction_round(request.user, review_id, round_id)
    try:
        finding = services.finding_of(round, finding_id)
    except ValidationError as error:
        raise Http404("No such finding.") from error
    if request.method == "GET":
        record_read(request.user, round.report, "a redaction finding", request, round)
    current = round.decisions.filter(finding=finding_id).first()
    initial = {"redact": "yes" if current is None or current.redact else "no"}
    if current is not None:
        initial["reason"] = current.reason
    form = DecisionForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.do_decide(
                request.user,
                round,
                finding_id,
                form.cleaned_data["redact"],
                form.cleaned_data["reason"],
                request,
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            return redirect(round_url(round, f"finding-{finding_id}"))
    texts = services.slot_texts(services.source_doc(round))
    text = texts[finding["slot"]]
    context = {
        "before": text[max(0, finding["start"] - 200) : finding["start"]],
        "after": text[finding["end"] : finding["end"] + 200],
    }
    return render(
        request,
        "redaction_review/decide.html",
        {"review": round.review, "round": round, "finding": finding, "form": form, **context},
    )


@login_required
def warning(request: HttpRequest, review_id: int, round_id: int, warning_id: int) -> HttpResponse:
    round = access.access_redaction_round(request.user, review_id, round_id)
    found = next((w for w in round.warnings if w["id"] == warning_id), None)
    if found is None:
        raise Http404("No such warning.")
    form = WarningDecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.do_decide_warning(
                request.user,
                round,
                warning_id,
                form.cleaned_data["keep"],
                form.cleaned_data["reason"],
                request,
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            return redirect(round_url(round, f"warning-{warning_id}"))
    return render(
        request,
        "redaction_review/warning.html",
        {"review": round.review, "round": round, "warning": found, "form": form},
    )


@login_required
def missed(request: HttpRequest, review_id: int, round_id: int) -> HttpResponse:
    round = access.access_redaction_round(request.user, review_id, round_id)
    people = list(Person.objects.filter(review=round.review).order_by("id"))
    form = MissedForm(request.POST or None, people=people)
    if request.method == "POST" and form.is_valid():
        try:
            new = services.do_add_missed(
                request.user,
                round,
                form.cleaned_data["text"],
                form.cleaned_data["kind"],
                form.person(),
                request,
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(
                request,
                "Added to the review's register. The report is being checked again; "
                "your decisions so far are kept.",
            )
            return redirect(round_url(new))
    return render(
        request,
        "redaction_review/missed.html",
        {"review": round.review, "round": round, "form": form},
    )


@login_required
@require_POST
def sign_off(request: HttpRequest, review_id: int, round_id: int) -> HttpResponse:
    round = access.access_redaction_round(request.user, review_id, round_id)
    try:
        services.do_sign_off(request.user, round, request)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, "Signed off.")
    return redirect(round_url(round, "sign-off"))
