from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from dhr import access
from dhr.access import Can
from dhr.panel import services
from dhr.panel.forms import ImrRequestForm, PanelMemberForm
from dhr.panel.models import ImrRequest, PanelMember
from dhr.reviews.views import apply_errors


@login_required
def panel(request: HttpRequest, review_id: int) -> HttpResponse:
    review, can = access.access_review(request.user, review_id)
    may_edit = can.has(Can.EDIT)
    form = PanelMemberForm(request.POST or None, review=review) if may_edit else None
    if request.method == "POST":
        if form is None:
            raise access.PermissionDenied
        if form.is_valid():
            try:
                services.do_add_panel_member(request.user, review, form.save(commit=False), request)
            except ValidationError as error:
                apply_errors(form, error)
            else:
                messages.success(request, "Panel member added")
                return redirect("panel:panel", review.pk)
    return render(
        request,
        "panel/panel.html",
        {
            "review": review,
            "form": form,
            "imr_form": ImrRequestForm(review=review) if may_edit else None,
            "members": review.panel_members.select_related("agency"),
            "imr_requests": review.imr_requests.select_related("agency"),
        },
    )


@login_required
@require_POST
def panel_member_remove(request: HttpRequest, review_id: int, member_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.EDIT)
    member = get_object_or_404(PanelMember, pk=member_id, review=review)
    services.do_remove_panel_member(request.user, member, request)
    messages.success(request, "Panel member removed")
    return redirect("panel:panel", review.pk)


@login_required
def imr_requests(request: HttpRequest, review_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.EDIT)
    form = ImrRequestForm(request.POST or None, review=review)
    if request.method == "POST" and form.is_valid():
        try:
            services.do_add_imr_request(request.user, review, form.save(commit=False), request)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, "IMR request recorded")
            return redirect("panel:panel", review.pk)
    return render(
        request,
        "reviews/form.html",
        {"form": form, "review": review, "title": "Ask an agency for an IMR"},
    )


@login_required
@require_POST
def imr_request_remove(request: HttpRequest, review_id: int, imr_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.EDIT)
    imr = get_object_or_404(ImrRequest, pk=imr_id, review=review)
    services.do_remove_imr_request(request.user, imr, request)
    messages.success(request, "IMR request withdrawn")
    return redirect("panel:panel", review.pk)
