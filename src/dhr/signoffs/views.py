from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from dhr import access
from dhr.access import Can
from dhr.organisations.models import Agency
from dhr.reviews import lifecycle
from dhr.reviews.views import apply_errors
from dhr.signoffs import services
from dhr.signoffs.forms import AnswerForm, CspSignOffForm, FeedbackForm, SubmitForm, WaiveForm
from dhr.signoffs.models import CspSignOff, DevelopmentArea


@login_required
def overview(request: HttpRequest, review_id: int) -> HttpResponse:
    review, can = access.access_review(request.user, review_id)
    received = services.received_agency_ids(review)
    waived = services.waivers(review)
    imrs = [
        {"agency": agency, "received": agency.pk in received, "waiver": waived.get(agency.pk)}
        for agency in services.scoped_agencies(review)
    ]
    return render(
        request,
        "signoffs/overview.html",
        {
            "review": review,
            "can": can,
            # IMRs are agency material: the QA reader sees only the QA rounds.
            "imrs": imrs if can.has(Can.AGENCY_MATERIAL) else None,
            "sign_off": services.current_csp_sign_off(review),
            "sign_offs": CspSignOff.objects.filter(review=review).select_related("signed_by"),
            "submissions": services.submissions(review),
            "pending": services.pending_submission(review),
            "answerable": services.answerable_areas(review),
            "moves": lifecycle.moves_from(review),
        },
    )


@login_required
def imr_waive(request: HttpRequest, review_id: int, agency_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.EDIT)
    agency = get_object_or_404(Agency, pk=agency_id, csp_id=review.csp_id)
    form = WaiveForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.do_waive_imr(
                request.user, review, agency, form.cleaned_data["reason"], request
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, f"The IMR from {agency} is waived")
            return redirect("signoffs:overview", review.pk)
    return render(
        request,
        "reviews/form.html",
        {
            "form": form,
            "review": review,
            "title": f"Waive the IMR from {agency}",
            "submit_label": "Waive the IMR",
        },
    )


@login_required
def csp_sign_off(request: HttpRequest, review_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.DECIDE)
    form = CspSignOffForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.do_csp_sign_off(request.user, review, form.cleaned_data["note"], request)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, "You signed off the overview report for the CSP")
            return redirect("signoffs:overview", review.pk)
    return render(
        request,
        "signoffs/csp_sign_off.html",
        {
            "form": form,
            "review": review,
            "title": "Sign off the overview report for the CSP",
            "sign_off": services.current_csp_sign_off(review),
        },
    )


@login_required
def submit(request: HttpRequest, review_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.SUBMIT)
    form = SubmitForm(request.POST or None, documents=services.pack_documents(review))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.do_submit(
                request.user,
                review,
                data["submitted_on"],
                data["documents"],
                data["covering_note"],
                request,
            )
        except ValidationError as error:
            apply_errors(form, error)
            review.refresh_from_db()
        else:
            messages.success(request, "Submission to the Home Office recorded")
            return redirect("signoffs:overview", review.pk)
    return render(
        request,
        "signoffs/submit.html",
        {
            "form": form,
            "review": review,
            "title": "Resubmit to the Home Office QA panel"
            if review.stage == "revisions"
            else "Submit to the Home Office QA panel",
            "moves": [m for m in lifecycle.moves_from(review) if m.to == "submitted"],
        },
    )


@login_required
def feedback(request: HttpRequest, review_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.QA_FEEDBACK)
    form = FeedbackForm(request.POST or None)
    pending = services.pending_submission(review)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.do_record_feedback(
                request.user,
                review,
                data["outcome"],
                data["letter_dated"],
                data["strengths"],
                services.parse_areas(data["areas"]),
                request,
            )
        except ValidationError as error:
            apply_errors(form, error)
            review.refresh_from_db()
        else:
            messages.success(request, "The QA panel's feedback is recorded")
            return redirect("signoffs:overview", review.pk)
    return render(
        request,
        "signoffs/feedback.html",
        {"form": form, "review": review, "pending": pending, "title": "Record QA feedback"},
    )


@login_required
def answer(request: HttpRequest, review_id: int, area_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.QA_RESPOND)
    area = (
        DevelopmentArea.objects.select_related("feedback__submission__review")
        .filter(pk=area_id, feedback__submission__review=review)
        .first()
    )
    if area is None:
        raise Http404("No such area for development.")
    form = AnswerForm(
        request.POST or None, initial={"change_made": area.change_made, "where": area.where}
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.do_answer_area(
                request.user,
                area,
                form.cleaned_data["change_made"],
                form.cleaned_data["where"],
                request,
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, f"Area for development {area.number} answered")
            return redirect("signoffs:overview", review.pk)
    return render(
        request,
        "signoffs/answer.html",
        {"form": form, "review": review, "area": area, "title": "Answer an area for development"},
    )
