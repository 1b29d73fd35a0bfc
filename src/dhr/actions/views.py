from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from dhr import access
from dhr.access import Can
from dhr.actions import exports, services
from dhr.actions.forms import (
    ActionForm,
    CloseForm,
    ConcludeForm,
    EvidenceDecisionForm,
    LessonForm,
    ProgressForm,
    RecommendationForm,
    WithdrawForm,
)
from dhr.actions.models import Action, ActionEvidence, Recommendation
from dhr.core.uploads import extension_for
from dhr.reviews import lifecycle
from dhr.reviews.models import Review, Stage
from dhr.reviews.views import apply_errors


def plan_rows(review: Review, can: access.ReviewAccess) -> list[dict[str, Any]]:
    """Each recommendation with its actions, their status, SMART gaps and what this user may do."""
    today = timezone.localdate()
    recommendations = review.recommendations.select_related(
        "agency", "withdrawn_by"
    ).prefetch_related("lessons", Prefetch("actions", queryset=services.plan_actions(review)))
    rows = []
    for rec in recommendations:
        actions = []
        for action in rec.actions.all() if not rec.is_withdrawn else []:
            actions.append(
                {
                    "action": action,
                    "status": action.current_status(today),
                    "problems": services.action_problems(action),
                    "may_update": access.acts_for_agency(can, action.lead_agency_id)
                    and not action.closed_at,
                    "may_read_evidence": access.may_read_evidence(can, action.lead_agency_id),
                }
            )
        rows.append({"rec": rec, "actions": actions})
    return rows


@login_required
def recommendation_list(request: HttpRequest, review_id: int) -> HttpResponse:
    review, can = access.access_review(request.user, review_id)
    form = RecommendationForm(request.POST or None, review=review) if can.has(Can.EDIT) else None
    if request.method == "POST":
        if form is None:
            raise PermissionDenied
        if form.is_valid():
            try:
                services.do_add_recommendation(
                    request.user,
                    review,
                    form.save(commit=False),
                    request,
                    lessons=form.cleaned_data["lessons"],
                )
            except ValidationError as error:
                apply_errors(form, error)
            else:
                messages.success(request, "Recommendation added")
                return redirect("actions:list", review.pk)
    sign_off_agencies = [
        agency
        for agency in services.membership_agencies(review).filter(pk__in=can.own_agency_ids)
        if can.has(Can.AGENCY_SIGN_OFF)
    ]
    return render(
        request,
        "actions/list.html",
        {
            "review": review,
            "form": form,
            "rows": plan_rows(review, can),
            "lessons": review.lessons.all(),
            "can": can,
            "sign_off_agencies": sign_off_agencies,
            "conclusion": getattr(review, "conclusion", None),
            "may_conclude": can.has(Can.MONITOR_ACTIONS) and review.stage == Stage.MONITORING,
        },
    )


@login_required
def lessons(request: HttpRequest, review_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.EDIT)
    form = LessonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.do_add_lesson(request.user, review, form.cleaned_data["text"], request)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, "Lesson added")
            return redirect("actions:lessons", review.pk)
    return render(
        request,
        "actions/lessons.html",
        {"review": review, "form": form, "lessons": review.lessons.all()},
    )


def form_page(request: HttpRequest, review: Review, form: Any, title: str, **extra: Any) -> Any:
    return render(
        request,
        "actions/form.html",
        {"form": form, "review": review, "title": title, **extra},
    )


@login_required
def recommendation_edit(
    request: HttpRequest, review_id: int, recommendation_id: int
) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.EDIT)
    rec = get_object_or_404(Recommendation, pk=recommendation_id, review=review)
    form = RecommendationForm(request.POST or None, instance=rec, review=review)
    if request.method == "POST" and form.is_valid():
        try:
            services.do_edit_recommendation(
                request.user,
                form.save(commit=False),
                form.changed_data,
                form.cleaned_data["lessons"],
                request,
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, f"Recommendation {rec.number} saved")
            return redirect("actions:list", review.pk)
    return form_page(request, review, form, f"Edit recommendation {rec.number}")


@login_required
def recommendation_withdraw(
    request: HttpRequest, review_id: int, recommendation_id: int
) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.EDIT)
    rec = get_object_or_404(Recommendation, pk=recommendation_id, review=review)
    form = WithdrawForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.do_withdraw_recommendation(
                request.user, rec, form.cleaned_data["reason"], request
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, f"Recommendation {rec.number} withdrawn")
            return redirect("actions:list", review.pk)
    return form_page(
        request,
        review,
        form,
        f"Withdraw recommendation {rec.number}",
        submit_label="Withdraw the recommendation",
        quote=rec.text,
    )


def _save_action(
    request: HttpRequest, review: Review, recommendation: Recommendation, action: Action | None
) -> HttpResponse:
    form = ActionForm(
        request.POST or None,
        instance=action,
        review=review,
        agencies=services.membership_agencies(review),
        # Anyone of an agency on the review; the SMART check names an owner of
        # another agency than the lead's.
        people=services.all_agency_people(review),
    )
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.do_save_action(
                request.user,
                recommendation,
                form.save(commit=False),
                form.changed_data,
                request,
                milestones=form.cleaned_data["milestones"],
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            problems = services.action_problems(saved)
            if problems:
                messages.warning(
                    request,
                    "Action saved, but it is not SMART yet: "
                    + "; ".join(p.message for p in problems),
                )
            else:
                messages.success(request, "Action saved")
            return redirect("actions:list", review.pk)
    return form_page(
        request,
        review,
        form,
        f"Action for recommendation {recommendation.number}",
        quote=recommendation.text,
        problems=services.action_problems(action) if action else [],
    )


@login_required
def action_create(request: HttpRequest, review_id: int, recommendation_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.EDIT)
    recommendation = get_object_or_404(Recommendation, pk=recommendation_id, review=review)
    return _save_action(request, review, recommendation, None)


@login_required
def action_edit(request: HttpRequest, review_id: int, action_id: int) -> HttpResponse:
    action, _ = access.access_action(request.user, review_id, action_id, Can.EDIT)
    return _save_action(request, action.recommendation.review, action.recommendation, action)


@login_required
def action_progress(request: HttpRequest, review_id: int, action_id: int) -> HttpResponse:
    """The lead agency's people report progress and attach evidence (their own actions only)."""
    action, can = access.access_action(request.user, review_id, action_id, Can.AGENCY_ACTIONS)
    review = action.recommendation.review
    form = ProgressForm(
        request.POST or None,
        request.FILES or None,
        action=action,
        initial={
            "status": action.status,
            "completed_on": action.completed_on,
            "note": action.progress_note,
            "milestones_done": [m.pk for m in action.milestones.all() if m.done_on],
        },
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.do_update_progress(
                request.user,
                action,
                data["status"],
                data["note"],
                data["completed_on"],
                [m.pk for m in data.get("milestones_done") or []],
                data["evidence"],
                data["evidence_description"],
                request,
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, "Progress saved")
            return redirect("actions:list", review.pk)
    return render(
        request,
        "actions/progress.html",
        {
            "form": form,
            "review": review,
            "action": action,
            "status": action.current_status(),
            "evidence": action.evidence.select_related("uploaded_by", "decided_by"),
            "can": can,
            "title": f"Progress on an action of recommendation {action.recommendation.number}",
            "concluded": review.stage == Stage.CONCLUDED,
        },
    )


@login_required
def action_close(request: HttpRequest, review_id: int, action_id: int) -> HttpResponse:
    action, _ = access.access_action(request.user, review_id, action_id, Can.MONITOR_ACTIONS)
    review = action.recommendation.review
    form = CloseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.do_close_action(request.user, action, form.cleaned_data["reason"], request)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, "Action closed")
            return redirect("actions:list", review.pk)
    return form_page(
        request,
        review,
        form,
        "Close an action without evidence",
        submit_label="Close the action",
        quote=action.what,
    )


def access_evidence(
    request: HttpRequest, review_id: int, evidence_id: int, need: Can = Can.VIEW
) -> tuple[ActionEvidence, access.ReviewAccess]:
    review, can = access.access_review(request.user, review_id, need)
    evidence = (
        ActionEvidence.objects.select_related("action__recommendation__review")
        .filter(pk=evidence_id, action__recommendation__review=review)
        .first()
    )
    if evidence is None:
        raise Http404("No such evidence.")
    if not access.may_read_evidence(can, evidence.action.lead_agency_id):
        raise PermissionDenied
    return evidence, can


@login_required
def evidence_download(request: HttpRequest, review_id: int, evidence_id: int) -> FileResponse:
    evidence, _ = access_evidence(request, review_id, evidence_id)
    services.record_evidence_read(request.user, evidence, request)
    response = FileResponse(
        evidence.file.open("rb"),
        as_attachment=True,
        filename=f"action-evidence-{evidence.pk}{extension_for(evidence.content_type)}",
        content_type=evidence.content_type,
    )
    response["Cache-Control"] = "no-store"
    return response


@login_required
def evidence_decide(request: HttpRequest, review_id: int, evidence_id: int) -> HttpResponse:
    evidence, _ = access_evidence(request, review_id, evidence_id, Can.MONITOR_ACTIONS)
    review = evidence.action.recommendation.review
    form = EvidenceDecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.do_decide_evidence(
                request.user,
                evidence,
                form.cleaned_data["decision"] == "accept",
                form.cleaned_data["note"],
                request,
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, "Decision recorded")
            return redirect("actions:list", review.pk)
    return form_page(
        request,
        review,
        form,
        "Accept or return evidence",
        submit_label="Record the decision",
        quote=f"{evidence.description} (for: {evidence.action.what})",
        evidence=evidence,
    )


@login_required
def agency_sign_off(request: HttpRequest, review_id: int, agency_id: int) -> HttpResponse:
    review, agency = access.access_agency_sign_off(request.user, review_id, agency_id)
    actions = list(services.agency_actions(review, agency))
    if request.method == "POST":
        try:
            count = services.do_sign_off_agency_actions(request.user, review, agency, request)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, f"You agreed {count} action{'s' if count != 1 else ''}")
            return redirect("actions:list", review.pk)
    return render(
        request,
        "actions/agency_sign_off.html",
        {
            "review": review,
            "agency": agency,
            "rows": [(a, services.action_problems(a)) for a in actions],
            "waiting": [a for a in actions if a.signed_off_at is None],
            "title": f"Agree {agency}'s actions",
        },
    )


@login_required
def conclude(request: HttpRequest, review_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.MONITOR_ACTIONS)
    form = ConcludeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.do_conclude(
                request.user,
                review,
                form.cleaned_data["concluded_on"],
                form.cleaned_data["note"],
                request,
            )
        except ValidationError as error:
            apply_errors(form, error)
            review.refresh_from_db()
        else:
            messages.success(request, "The review is concluded")
            return redirect("actions:list", review.pk)
    blocked = [m.blocked_because for m in lifecycle.moves_from(review) if m.to == Stage.CONCLUDED]
    return form_page(
        request,
        review,
        form,
        "Conclude the review",
        submit_label="Conclude the review",
        blocked=[b for b in blocked if b and not b.startswith("Conclude from")],
        not_monitoring=review.stage != Stage.MONITORING,
    )


@login_required
def plan_docx(request: HttpRequest, review_id: int) -> HttpResponse:
    review, can = access.access_review(request.user, review_id)
    return export_response(review, can, "docx")


@login_required
def plan_xlsx(request: HttpRequest, review_id: int) -> HttpResponse:
    review, can = access.access_review(request.user, review_id)
    return export_response(review, can, "xlsx")


def export_response(review: Review, can: access.ReviewAccess, kind: str) -> HttpResponse:
    # Those who may not see real names get the redacted plan only.
    redacted = not can.has(Can.PEOPLE)
    if kind == "docx":
        data, content_type = exports.action_plan_docx(review, redacted), exports.DOCX
    else:
        data, content_type = exports.action_plan_xlsx(review, redacted), exports.XLSX
    response = HttpResponse(data, content_type=content_type)
    name = exports.file_stem(review)
    response["Content-Disposition"] = f'attachment; filename="{name}-action-plan.{kind}"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
def csp_actions_csv(request: HttpRequest, csp_id: int) -> HttpResponse:
    csp, _ = access.access_csp(request.user, csp_id, Can.VIEW)
    response = HttpResponse(exports.csp_actions_csv(csp), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{csp.slug}-actions.csv"'
    response["Cache-Control"] = "no-store"
    return response
