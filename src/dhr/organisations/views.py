"""The CSP's agency directory: the coordinator keeps it, the CSP chair reads it."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from dhr import access
from dhr.access import Can
from dhr.organisations import services
from dhr.organisations.forms import AgencyFilterForm, AgencyForm, SeniorManagerForm
from dhr.organisations.models import Agency, Csp, SeniorManager
from dhr.reviews.views import apply_errors


@login_required
def agency_list(request: HttpRequest, csp_id: int) -> HttpResponse:
    csp, can = access.access_csp(request.user, csp_id)
    filters = AgencyFilterForm(request.GET or None)
    agencies = csp.agencies.annotate(
        managers=Count("senior_managers", filter=Q(senior_managers__active=True))
    )
    chosen = ""
    if filters.is_valid() and filters.cleaned_data["type"]:
        chosen = filters.cleaned_data["type"]
        agencies = agencies.filter(agency_type=chosen)
    return render(
        request,
        "organisations/agency_list.html",
        {
            "csp": csp,
            "agencies": agencies,
            "filters": filters,
            "chosen": chosen,
            "may_edit": Can.EDIT in can,
        },
    )


def csp_agency(csp: Csp, agency_id: int) -> Agency:
    return get_object_or_404(Agency, pk=agency_id, csp=csp)


@login_required
def agency_detail(request: HttpRequest, csp_id: int, agency_id: int) -> HttpResponse:
    csp, can = access.access_csp(request.user, csp_id)
    agency = csp_agency(csp, agency_id)
    return render(
        request,
        "organisations/agency_detail.html",
        {
            "csp": csp,
            "agency": agency,
            "managers": agency.senior_managers.all(),
            "may_edit": Can.EDIT in can,
        },
    )


@login_required
def agency_create(request: HttpRequest, csp_id: int) -> HttpResponse:
    csp, _ = access.access_csp(request.user, csp_id, Can.EDIT)
    return agency_form(request, csp, Agency(csp=csp), "Add an agency")


@login_required
def agency_edit(request: HttpRequest, csp_id: int, agency_id: int) -> HttpResponse:
    csp, _ = access.access_csp(request.user, csp_id, Can.EDIT)
    agency = csp_agency(csp, agency_id)
    return agency_form(request, csp, agency, f"Change {agency.name}")


def agency_form(request: HttpRequest, csp: Csp, agency: Agency, title: str) -> HttpResponse:
    form = AgencyForm(request.POST or None, instance=agency)
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.do_save_agency(request.user, csp, form.save(commit=False), request)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, f"{saved.name} saved")
            return redirect("organisations:agency_detail", csp.pk, saved.pk)
    return render(
        request,
        "organisations/form.html",
        {"form": form, "csp": csp, "title": title, "back": agency.pk},
    )


@login_required
def manager_create(request: HttpRequest, csp_id: int, agency_id: int) -> HttpResponse:
    csp, _ = access.access_csp(request.user, csp_id, Can.EDIT)
    agency = csp_agency(csp, agency_id)
    return manager_form(request, csp, agency, SeniorManager(agency=agency), "Add a senior manager")


@login_required
def manager_edit(
    request: HttpRequest, csp_id: int, agency_id: int, manager_id: int
) -> HttpResponse:
    csp, _ = access.access_csp(request.user, csp_id, Can.EDIT)
    agency = csp_agency(csp, agency_id)
    manager = get_object_or_404(SeniorManager, pk=manager_id, agency=agency)
    return manager_form(request, csp, agency, manager, f"Change {manager.name}")


def manager_form(
    request: HttpRequest, csp: Csp, agency: Agency, manager: SeniorManager, title: str
) -> HttpResponse:
    form = SeniorManagerForm(request.POST or None, instance=manager)
    if request.method == "POST" and form.is_valid():
        try:
            services.do_save_senior_manager(request.user, agency, form.save(commit=False), request)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, f"Senior manager saved for {agency.name}")
            return redirect("organisations:agency_detail", csp.pk, agency.pk)
    return render(
        request,
        "organisations/form.html",
        {"form": form, "csp": csp, "agency": agency, "title": title, "back": agency.pk},
    )
