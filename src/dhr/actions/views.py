from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from dhr import access
from dhr.access import Can
from dhr.actions import services
from dhr.actions.forms import ActionForm, RecommendationForm
from dhr.actions.models import Action, Recommendation
from dhr.reviews.views import apply_errors


@login_required
def recommendation_list(request: HttpRequest, review_id: int) -> HttpResponse:
    review, can = access.access_review(request.user, review_id)
    form = RecommendationForm(request.POST or None, review=review) if can.has(Can.EDIT) else None
    if request.method == "POST":
        if form is None:
            raise access.PermissionDenied
        if form.is_valid():
            try:
                services.do_add_recommendation(
                    request.user, review, form.save(commit=False), request
                )
            except ValidationError as error:
                apply_errors(form, error)
            else:
                messages.success(request, "Recommendation added")
                return redirect("actions:list", review.pk)
    recommendations = review.recommendations.select_related("agency").prefetch_related(
        Prefetch("actions", queryset=Action.objects.order_by("due_on", "id"))
    )
    return render(
        request,
        "actions/list.html",
        {"review": review, "form": form, "recommendations": recommendations, "can": can},
    )


def _save_action(
    request: HttpRequest, review_id: int, recommendation: Recommendation, action: Action | None
) -> HttpResponse:
    form = ActionForm(request.POST or None, instance=action)
    if request.method == "POST" and form.is_valid():
        try:
            services.do_save_action(
                request.user, recommendation, form.save(commit=False), form.changed_data, request
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, "Action saved")
            return redirect("actions:list", review_id)
    return render(
        request,
        "reviews/form.html",
        {
            "form": form,
            "review": recommendation.review,
            "title": f"Action for recommendation {recommendation.number}",
        },
    )


@login_required
def action_create(request: HttpRequest, review_id: int, recommendation_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.EDIT)
    recommendation = get_object_or_404(Recommendation, pk=recommendation_id, review=review)
    return _save_action(request, review.pk, recommendation, None)


@login_required
def action_edit(request: HttpRequest, review_id: int, action_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.EDIT)
    action = get_object_or_404(Action, pk=action_id, recommendation__review=review)
    return _save_action(request, review.pk, action.recommendation, action)
