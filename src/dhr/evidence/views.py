"""Thin views: each fetches through dhr.access, audits reads, then calls a service."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from dhr import access
from dhr.access import Can, ReviewAccess
from dhr.core.downloads import download_name
from dhr.core.middleware import accepts_uploads
from dhr.core.uploads import DOCX
from dhr.evidence import exports, merge, services, timeline
from dhr.evidence.forms import (
    ChronologyFilterForm,
    ChronologyUploadForm,
    ImrUploadForm,
    MatchNameForm,
    SignOffForm,
)
from dhr.evidence.models import (
    ChronologyEntry,
    ChronologyImport,
    HeldName,
    ImportStatus,
    ImrSubmission,
)
from dhr.organisations.models import Agency
from dhr.panel.models import ImrRequest
from dhr.people.models import Person
from dhr.reviews.models import Review
from dhr.reviews.views import apply_errors

EXTENSIONS = {"application/pdf": ".pdf", "text/csv": ".csv"}
PER_PAGE = 100
STALLED_AFTER = datetime.timedelta(minutes=5)


def agencies_for(review: Review, can: ReviewAccess) -> QuerySet[Agency]:
    return access.visible_agencies(can, Agency.objects.filter(csp=review.csp)).order_by("name")


def extension(content_type: str) -> str:
    if content_type in EXTENSIONS:
        return EXTENSIONS[content_type]
    return ".xlsx" if "spreadsheet" in content_type else ".docx"


def private_file(file: Any, filename: str, content_type: str) -> FileResponse:
    response = FileResponse(
        file.open("rb"), as_attachment=True, filename=filename, content_type=content_type
    )
    response["Cache-Control"] = "no-store"
    return response


@login_required
def index(request: HttpRequest, review_id: int) -> HttpResponse:
    review, can = access.access_review(request.user, review_id, Can.AGENCY_MATERIAL)
    agencies = agencies_for(review, can)
    submissions = access.visible_agency_material(
        can, ImrSubmission.objects.filter(review=review)
    ).select_related("agency", "uploaded_by", "sign_off")
    imports = access.visible_agency_material(
        can, ChronologyImport.objects.filter(review=review)
    ).select_related("agency", "uploaded_by")
    services.record_chronology_read(
        request.user,
        review,
        "Viewed the list of IMRs and chronologies received",
        request,
        action="evidence.view",
    )
    requested = set(ImrRequest.objects.filter(review=review).values_list("agency_id", flat=True))
    rows = []
    for agency in agencies:
        imrs = [s for s in submissions if s.agency_id == agency.pk]
        chronologies = [i for i in imports if i.agency_id == agency.pk]
        if imrs or chronologies or agency.pk in requested or can.agency_ids is not None:
            rows.append({"agency": agency, "imrs": imrs, "chronologies": chronologies[:3]})
    return render(
        request,
        "evidence/index.html",
        {
            "review": review,
            "rows": rows,
            "may_upload": can.has(Can.UPLOAD_AGENCY_MATERIAL),
            "may_record_sign_off": can.has(Can.RECORD_SIGN_OFF),
            "names_waiting": (
                HeldName.objects.filter(review=review, person__isnull=True).count()
                if can.has(Can.EDIT_PEOPLE)
                else 0
            ),
        },
    )


@login_required
@accepts_uploads
def imr_upload(request: HttpRequest, review_id: int) -> HttpResponse:
    review, can = access.access_review(request.user, review_id, Can.UPLOAD_AGENCY_MATERIAL)
    form = ImrUploadForm(
        request.POST or None, request.FILES or None, agencies=agencies_for(review, can)
    )
    if request.method == "POST" and form.is_valid():
        agency = form.cleaned_data["agency"]
        access.access_agency_material(
            request.user, review_id, agency.pk, Can.UPLOAD_AGENCY_MATERIAL
        )
        try:
            submission = services.do_upload_imr(
                request.user,
                review,
                agency,
                form.cleaned_data["file"],
                form.cleaned_data["note"],
                request,
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(
                request, f"Version {submission.version} of the IMR from {agency} uploaded"
            )
            return redirect("evidence:index", review.pk)
    return render(
        request,
        "evidence/form.html",
        {"review": review, "form": form, "title": "Upload an IMR", "submit_label": "Upload"},
    )


@login_required
def imr_download(request: HttpRequest, review_id: int, submission_id: int) -> FileResponse:
    submission, _ = access.access_agency_object(
        request.user,
        review_id,
        ImrSubmission.objects.select_related("review", "agency"),
        submission_id,
    )
    services.record_imr_read(request.user, submission, request)
    name = download_name(
        submission.review.full_reference,
        "imr",
        submission.agency.name,
        version=submission.version,
        extension=extension(submission.content_type),
    )
    return private_file(submission.file, name, submission.content_type)


@login_required
def imr_sign_off(request: HttpRequest, review_id: int, submission_id: int) -> HttpResponse:
    """The coordinator records the agency's senior manager's sign-off of one IMR version."""
    submission, _ = access.access_agency_object(
        request.user,
        review_id,
        ImrSubmission.objects.select_related("review", "agency"),
        submission_id,
        Can.RECORD_SIGN_OFF,
    )
    commissioned = ImrRequest.objects.filter(
        review_id=review_id, agency_id=submission.agency_id
    ).first()
    initial = {}
    if commissioned:
        initial = {
            "senior_manager": commissioned.senior_manager_id,
            "senior_manager_name": commissioned.senior_manager_name,
            "senior_manager_title": commissioned.senior_manager_title,
        }
    form = SignOffForm(request.POST or None, initial=initial, agency=submission.agency)
    if request.method == "POST" and form.is_valid():
        try:
            services.do_record_sign_off(
                request.user,
                submission,
                form.cleaned_data["senior_manager_name"],
                form.cleaned_data["senior_manager_title"],
                form.cleaned_data["signed_off_on"],
                request,
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, "Sign-off recorded")
            return redirect("evidence:index", review_id)
    return render(
        request,
        "evidence/form.html",
        {
            "review": submission.review,
            "form": form,
            "title": f"Record the senior manager's sign-off: {submission}",
            "submit_label": "Record sign-off",
        },
    )


@login_required
def chronology_template_xlsx(request: HttpRequest, review_id: int) -> HttpResponse:
    access.access_review(request.user, review_id, Can.AGENCY_MATERIAL)
    return attachment(
        exports.template_xlsx(),
        "chronology-template.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


@login_required
def chronology_template_csv(request: HttpRequest, review_id: int) -> HttpResponse:
    access.access_review(request.user, review_id, Can.AGENCY_MATERIAL)
    return attachment(exports.template_csv(), "chronology-template.csv", "text/csv; charset=utf-8")


def attachment(content: bytes, filename: str, content_type: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
@accepts_uploads
def chronology_upload(request: HttpRequest, review_id: int) -> HttpResponse:
    review, can = access.access_review(request.user, review_id, Can.UPLOAD_AGENCY_MATERIAL)
    form = ChronologyUploadForm(
        request.POST or None, request.FILES or None, agencies=agencies_for(review, can)
    )
    if request.method == "POST" and form.is_valid():
        agency = form.cleaned_data["agency"]
        access.access_agency_material(
            request.user, review_id, agency.pk, Can.UPLOAD_AGENCY_MATERIAL
        )
        try:
            imported = services.do_start_import(
                request.user, review, agency, form.cleaned_data["file"], request
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            return redirect("evidence:chronology_import", review.pk, imported.pk)
    return render(
        request,
        "evidence/chronology_upload.html",
        {"review": review, "form": form, "title": "Upload a chronology"},
    )


@login_required
def chronology_import(request: HttpRequest, review_id: int, import_id: int) -> HttpResponse:
    imported, can = access.access_agency_object(
        request.user,
        review_id,
        ChronologyImport.objects.select_related("review", "agency", "uploaded_by"),
        import_id,
    )
    if not imported.is_working:
        # The result shows rows of the agency's file (in its errors): a read.
        services.record_chronology_read(
            request.user,
            imported.review,
            f"Viewed the result of importing a chronology from {imported.agency}",
            request,
            target=imported,
        )
    response = render(
        request,
        "evidence/import.html",
        {
            "review": imported.review,
            "imported": imported,
            "may_decide": can.has(Can.UPLOAD_AGENCY_MATERIAL),
            "errors_hidden": max(imported.error_count - len(imported.errors), 0),
            "stalled": imported.status == ImportStatus.PENDING
            and timezone.now() - imported.uploaded_at > STALLED_AFTER,
            "stuck": services.is_stuck(imported),
        },
    )
    if imported.is_working and not services.is_stuck(imported):
        response["Refresh"] = "3"
    return response


def act_on_import(
    request: HttpRequest, review_id: int, import_id: int, action: Callable[..., None]
) -> HttpResponse:
    """A decision on an import by someone who may upload for its agency; back to its page."""
    imported, _ = access.access_agency_object(
        request.user,
        review_id,
        ChronologyImport.objects.select_related("review", "agency"),
        import_id,
        Can.UPLOAD_AGENCY_MATERIAL,
    )
    try:
        action(request.user, imported, request)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("evidence:chronology_import", review_id, imported.pk)


@login_required
@require_POST
def chronology_accept(request: HttpRequest, review_id: int, import_id: int) -> HttpResponse:
    return act_on_import(request, review_id, import_id, services.do_accept_valid_rows)


@login_required
@require_POST
def chronology_restart(request: HttpRequest, review_id: int, import_id: int) -> HttpResponse:
    return act_on_import(request, review_id, import_id, services.do_restart_import)


@login_required
def chronology_file(request: HttpRequest, review_id: int, import_id: int) -> FileResponse:
    imported, _ = access.access_agency_object(
        request.user,
        review_id,
        ChronologyImport.objects.select_related("review", "agency"),
        import_id,
    )
    services.record_chronology_read(
        request.user,
        imported.review,
        f"Downloaded the chronology file uploaded by {imported.agency}",
        request,
        target=imported,
    )
    name = download_name(
        imported.review.full_reference,
        "chronology",
        imported.agency.name,
        f"{imported.uploaded_at:%Y-%m-%d}",
        str(imported.pk),
        extension=extension(imported.content_type),
    )
    return private_file(imported.file, name, imported.content_type)


# The combined chronology --------------------------------------------------


def filtered(
    request: HttpRequest, review: Review, can: ReviewAccess
) -> tuple[ChronologyFilterForm, QuerySet[ChronologyEntry], str, dict[str, Any]]:
    """The visible entries narrowed by the GET filters, their description and values."""
    agencies = agencies_for(review, can)
    # The review's people (real names) only for roles that may see them: an IMR
    # author gets no "Person involved" list, filter or name (issue 10, finding 1).
    people = Person.objects.filter(review=review) if can.has(Can.PEOPLE) else None
    form = ChronologyFilterForm(
        request.GET if filter_keys(request) else None, agencies=agencies, people=people
    )
    entries = access.visible_agency_material(can, ChronologyEntry.objects.filter(review=review))
    parts, applied = [], {}
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        if data["agency"]:
            entries = entries.filter(agency=data["agency"])
            parts.append(f"agency {data['agency'].name}")
            applied["agency"] = data["agency"].pk
        if data.get("person"):
            entries = entries.filter(people=data["person"])
            parts.append(f"involving {data['person'].name}")
            applied["person"] = data["person"].pk
        if data["start"]:
            entries = entries.filter(occurred_on__gte=data["start"])
            parts.append(f"from {data['start']:%d %B %Y}")
            applied["start"] = data["start"]
        if data["end"]:
            entries = entries.filter(occurred_on__lte=data["end"])
            parts.append(f"to {data['end']:%d %B %Y}")
            applied["end"] = data["end"]
    description = "All entries you can see" + (": " + ", ".join(parts) if parts else "")
    return form, merge.merged_order(entries), description, applied


def filter_keys(request: HttpRequest) -> bool:
    return any(key != "page" for key in request.GET)


def with_visible_duplicates(entries: list[ChronologyEntry], can: ReviewAccess) -> None:
    """Mark a duplicate only when the user may see the other agency's entry too."""
    for entry in entries:
        original = entry.duplicate_of
        entry.visible_duplicate = (  # type: ignore[attr-defined]
            original if original is not None and can.sees_agency(original.agency_id) else None
        )
        if entry.visible_duplicate is None:  # type: ignore[attr-defined]
            entry.duplicate_of_id = None
            entry.duplicate_of = None


def with_related(entries: QuerySet[ChronologyEntry]) -> QuerySet[ChronologyEntry]:
    return entries.select_related("agency", "duplicate_of__agency").prefetch_related("people")


@login_required
def chronology(request: HttpRequest, review_id: int) -> HttpResponse:
    review, can = access.access_review(request.user, review_id, Can.AGENCY_MATERIAL)
    form, entries, description, applied = filtered(request, review, can)
    page = Paginator(with_related(entries), PER_PAGE).get_page(request.GET.get("page"))
    rows = list(page.object_list)
    with_visible_duplicates(rows, can)
    services.record_chronology_read(
        request.user,
        review,
        f"Viewed the combined chronology ({description}), page {page.number}",
        request,
        detail={"filters": applied, "page": page.number},
    )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "evidence/chronology.html",
        {
            "review": review,
            "form": form,
            "page": page,
            "rows": rows,
            "description": description,
            "timeline": timeline.build(entries),
            "query": query.urlencode(),
            "sees_people": can.has(Can.PEOPLE),
        },
    )


@login_required
def chronology_xlsx(request: HttpRequest, review_id: int) -> HttpResponse:
    review, can = access.access_review(request.user, review_id, Can.AGENCY_MATERIAL)
    _, entries, description, applied = filtered(request, review, can)
    services.record_chronology_read(
        request.user,
        review,
        f"Exported the combined chronology as Excel ({description})",
        request,
        detail={"filters": applied, "format": "xlsx"},
    )
    content = exports.chronology_xlsx(
        visible(with_related(entries), can), f"{review.title}: combined chronology. {description}."
    )
    return attachment(
        content,
        download_name(review.full_reference, "chronology", extension="xlsx"),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


@login_required
def chronology_docx(request: HttpRequest, review_id: int) -> HttpResponse:
    review, can = access.access_review(request.user, review_id, Can.AGENCY_MATERIAL)
    _, entries, description, applied = filtered(request, review, can)
    count = entries.count()
    if count > exports.MAX_DOCX_ENTRIES:
        messages.error(
            request,
            f"A Word export holds at most {exports.MAX_DOCX_ENTRIES:,} entries and these filters "
            f"give {count:,}: narrow them (by agency or period), or export as Excel.",
        )
        url = reverse("evidence:chronology", args=[review.pk])
        return redirect(f"{url}?{urlencode(request.GET)}" if request.GET else url)
    services.record_chronology_read(
        request.user,
        review,
        f"Exported the combined chronology as Word ({description})",
        request,
        detail={"filters": applied, "format": "docx"},
    )
    content = exports.chronology_docx(
        visible(with_related(entries), can),
        f"{review.title}: combined chronology",
        description + ".",
    )
    return attachment(
        content,
        download_name(review.full_reference, "chronology", extension="docx"),
        DOCX,
    )


def visible(entries: QuerySet[ChronologyEntry], can: ReviewAccess) -> Any:
    for chunk in Paginator(entries, 2000):
        rows = list(chunk.object_list)
        with_visible_duplicates(rows, can)
        yield from rows


# Names held for the coordinator ----------------------------------------------


@login_required
def held_names(request: HttpRequest, review_id: int) -> HttpResponse:
    """Names agencies used that the review's people list did not know."""
    review, _ = access.access_review(request.user, review_id, Can.EDIT_PEOPLE)
    names = list(HeldName.objects.filter(review=review).select_related("agency", "person"))
    services.record_chronology_read(
        request.user,
        review,
        "Viewed the names held from agencies' chronologies",
        request,
    )
    return render(
        request,
        "evidence/held_names.html",
        {
            "review": review,
            "waiting": [n for n in names if n.person_id is None],
            "matched": [n for n in names if n.person_id is not None],
        },
    )


@login_required
def held_name(request: HttpRequest, review_id: int, name_id: int) -> HttpResponse:
    """Match one held name to a person of the review, or add them as a new person."""
    review, _ = access.access_review(request.user, review_id, Can.EDIT_PEOPLE)
    held = HeldName.objects.filter(pk=name_id, review=review).select_related("agency").first()
    if held is None:
        raise Http404("No such name.")
    people = Person.objects.filter(review=review)
    form = MatchNameForm(request.POST or None, people=people, held_name=held.name)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if data["person"] == MatchNameForm.NEW:
                person = Person(name=data["new_name"].strip(), role=data["new_role"])
                linked = services.do_add_person_for_name(request.user, held, person, request)
            else:
                person = people.get(pk=int(data["person"]))
                linked = services.do_match_name(request.user, held, person, request)
        except ValidationError as error:
            if hasattr(error, "error_dict") and "name" in error.error_dict:
                error = ValidationError({"new_name": error.error_dict["name"]})
            apply_errors(form, error)
        else:
            messages.success(
                request,
                f"'{held.name}' from {held.agency} is {person.name}: "
                f"{linked} entr{'y' if linked == 1 else 'ies'} linked",
            )
            return redirect("evidence:held_names", review.pk)
    return render(
        request,
        "evidence/held_name.html",
        {"review": review, "held": held, "form": form},
    )
