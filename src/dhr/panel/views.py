from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from dhr import access
from dhr.access import Can
from dhr.core.templatetags.govuk import govuk_error_summary
from dhr.core.uploads import DOCX
from dhr.panel import letters, services
from dhr.panel.forms import (
    CommissionForm,
    DeclarationForm,
    ImrRequestChangeForm,
    ImrRequestForm,
    LetterTemplateForm,
    PanelMemberForm,
    ScopeForm,
    TermsOfReferenceForm,
)
from dhr.panel.models import ImrRequest, LetterTemplate, PanelMember
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
    csp_caps = access.csp_capabilities(request.user, review.csp)
    sees_independence = can.has(Can.EDIT) or can.has(Can.DECIDE)
    scopes = list(review.agency_scopes.all())
    return render(
        request,
        "panel/panel.html",
        {
            "review": review,
            "form": form,
            "may_edit": may_edit,
            "manages_members": can.has(Can.MANAGE_MEMBERS),
            "imr_form": ImrRequestForm(review=review) if may_edit else None,
            "members": review.panel_members.select_related("agency"),
            "imr_requests": review.imr_requests.select_related("agency"),
            "sees_independence": sees_independence,
            "declaration": services.current_declaration(review) if sees_independence else None,
            "independence_warning": (
                services.independence_warning(review) if sees_independence else ""
            ),
            "terms": letters.current_terms(review),
            "scoped": {
                "taking_part": sum(1 for s in scopes if s.included is True),
                "left_out": sum(1 for s in scopes if s.included is False),
                "undecided": review.csp.agencies.count()
                - sum(1 for s in scopes if s.included is not None),
            },
            "sees_directory": Can.VIEW in csp_caps,
            "edits_template": Can.EDIT in csp_caps,
        },
    )


@login_required
@require_POST
def panel_member_remove(request: HttpRequest, review_id: int, member_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.EDIT)
    member = get_object_or_404(PanelMember, pk=member_id, review=review)
    try:
        services.do_remove_panel_member(request.user, member, request)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
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


@login_required
def imr_request_edit(request: HttpRequest, review_id: int, imr_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.EDIT)
    imr = get_object_or_404(ImrRequest.objects.select_related("agency"), pk=imr_id, review=review)
    form = ImrRequestChangeForm(request.POST or None, instance=imr, review=review)
    if request.method == "POST" and form.is_valid():
        try:
            services.do_change_imr_request(request.user, form.save(commit=False), request)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, f"IMR request to {imr.agency.name} saved")
            return redirect("panel:panel", review.pk)
    return render(
        request,
        "reviews/form.html",
        {"form": form, "review": review, "title": f"IMR request to {imr.agency.name}"},
    )


def letter_response(request: HttpRequest, review_id: int, imr_id: int, kind: str) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.EDIT)
    imr = get_object_or_404(
        ImrRequest.objects.select_related("agency", "review__csp"), pk=imr_id, review=review
    )
    try:
        letters.check_can_generate(imr)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect("panel:imr_edit", review.pk, imr.pk)
    if kind == "docx":
        content, content_type = letters.letter_docx(imr), DOCX
    else:
        content, content_type = letters.letter_pdf(imr), "application/pdf"
    services.do_record_letter_download(request.user, imr, kind, request)
    response = HttpResponse(content, content_type=content_type)
    filename = letters.letter_filename(imr)
    response["Content-Disposition"] = f'attachment; filename="{filename}.{kind}"'
    return response


@login_required
def imr_letter_docx(request: HttpRequest, review_id: int, imr_id: int) -> HttpResponse:
    return letter_response(request, review_id, imr_id, "docx")


@login_required
def imr_letter_pdf(request: HttpRequest, review_id: int, imr_id: int) -> HttpResponse:
    return letter_response(request, review_id, imr_id, "pdf")


@login_required
def scoping(request: HttpRequest, review_id: int) -> HttpResponse:
    review, can = access.access_review(request.user, review_id)
    may_edit = can.has(Can.EDIT)
    scopes = {s.agency_id: s for s in review.agency_scopes.all()}
    agencies = list(review.csp.agencies.all())
    if request.method == "POST" and not may_edit:
        raise access.PermissionDenied
    data = request.POST if request.method == "POST" else None
    forms = [ScopeForm(data, agency=a, scope=scopes.get(a.pk)) for a in agencies]
    if request.method == "POST" and all([f.is_valid() for f in forms]):
        try:
            changed = services.do_save_scoping(
                request.user, review, [(f.agency, f.cleaned_data) for f in forms], request
            )
        except ValidationError as error:
            forms[0].add_error(None, error)
        else:
            messages.success(
                request,
                f"Scoping saved ({changed} {'agency' if changed == 1 else 'agencies'} changed)",
            )
            return redirect("panel:scoping", review.pk)
    return render(
        request,
        "panel/scoping.html",
        {
            "review": review,
            "forms": forms,
            "may_edit": may_edit,
            "errors": govuk_error_summary(*forms)["errors"] if data is not None else [],
        },
    )


@login_required
def independence(request: HttpRequest, review_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.EDIT)
    agencies = services.involved_agencies(review)
    _, _, name = services.default_chair(review)
    form = DeclarationForm(
        request.POST or None,
        agencies=agencies,
        initial={"chair_name": name if name != "The independent chair" else ""},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.do_declare_independence(
                request.user,
                review,
                chair_name=data["chair_name"],
                declared_on=data["declared_on"],
                no_links=data["no_links"],
                links=form.links(),
                request=request,
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, "Declaration of independence recorded")
            return redirect("panel:panel", review.pk)
    return render(
        request,
        "reviews/form.html",
        {
            "form": form,
            "review": review,
            "title": "Declaration of independence",
            "submit_label": "Record declaration",
        },
    )


@login_required
def terms(request: HttpRequest, review_id: int) -> HttpResponse:
    review, can = access.access_review(request.user, review_id)
    versions = list(review.terms_of_reference.select_related("created_by"))
    return render(
        request,
        "panel/terms.html",
        {
            "review": review,
            "terms": versions[0] if versions else None,
            "versions": versions,
            "is_current": True,
            "may_edit": can.has(Can.EDIT),
        },
    )


@login_required
def terms_version(request: HttpRequest, review_id: int, version: int) -> HttpResponse:
    review, can = access.access_review(request.user, review_id)
    versions = list(review.terms_of_reference.select_related("created_by"))
    chosen = next((v for v in versions if v.version == version), None)
    if chosen is None:
        raise Http404("No such version.")
    return render(
        request,
        "panel/terms.html",
        {
            "review": review,
            "terms": chosen,
            "versions": versions,
            "is_current": chosen is versions[0],
            "may_edit": can.has(Can.EDIT),
        },
    )


@login_required
def terms_edit(request: HttpRequest, review_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.EDIT)
    current = letters.current_terms(review)
    initial = {}
    if current is not None:
        initial = {name: getattr(current, name) for name in services.TOR_FIELDS}
    form = TermsOfReferenceForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.do_new_terms_version(request.user, review, form.cleaned_data, request)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, f"Terms of reference version {saved.version} saved")
            return redirect("panel:terms", review.pk)
    title = (
        f"Change the terms of reference (version {current.version + 1})"
        if current
        else "Write the terms of reference"
    )
    return render(
        request,
        "reviews/form.html",
        {"form": form, "review": review, "title": title, "submit_label": "Save as a new version"},
    )


@login_required
def letter_template(request: HttpRequest, csp_id: int) -> HttpResponse:
    csp, _ = access.access_csp(request.user, csp_id, Can.EDIT)
    saved = LetterTemplate.objects.filter(csp=csp).first()
    subject, body = (
        (saved.subject, saved.body) if saved else (letters.DEFAULT_SUBJECT, letters.DEFAULT_BODY)
    )
    form = LetterTemplateForm(request.POST or None, initial={"subject": subject, "body": body})
    if request.method == "POST" and form.is_valid():
        try:
            services.do_save_letter_template(
                request.user, csp, form.cleaned_data["subject"], form.cleaned_data["body"], request
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, "IMR letter template saved")
            return redirect("panel_csp:letter_template", csp.pk)
    return render(
        request,
        "panel/letter_template.html",
        {
            "csp": csp,
            "form": form,
            "saved": saved,
            "placeholders": letters.PLACEHOLDERS,
            "sample": letters.sample_letter(csp.name, subject, body),
        },
    )


@login_required
def imr_commission(request: HttpRequest, review_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.EDIT)
    ready, missing = services.agencies_to_commission(review)
    form = CommissionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            created, missing = services.do_commission_taking_part(
                request.user, review, form.cleaned_data["due_on"], request
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(
                request,
                f"{len(created)} {'agency' if len(created) == 1 else 'agencies'} asked for an IMR",
            )
            for agency in missing:
                messages.warning(
                    request,
                    f"{agency.name} has no senior manager in the directory: add one, then ask it",
                )
            return redirect("panel:panel", review.pk)
    return render(
        request,
        "panel/commission.html",
        {"review": review, "form": form, "ready": ready, "missing": missing},
    )


@login_required
@require_POST
def imr_mark_sent(request: HttpRequest, review_id: int, imr_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.EDIT)
    imr = get_object_or_404(ImrRequest.objects.select_related("agency"), pk=imr_id, review=review)
    try:
        services.do_mark_letter_sent(request.user, imr, request)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, f"Letter to {imr.agency.name} recorded as sent today")
    return redirect("panel:panel", review.pk)
