"""The people of a review, the family contact log, the genogram and the register.

Real names: every page is behind `Can.PEOPLE` (changes and the register behind
`Can.EDIT_PEOPLE`), and every read is audited.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from dhr import access
from dhr.access import Can
from dhr.core.downloads import download_name
from dhr.people import genogram, services
from dhr.people.forms import FamilyContactForm, PersonForm, RelationshipForm
from dhr.people.models import FamilyContact, Person, Relationship
from dhr.people.register import register_yaml
from dhr.people.subject_access import do_subject_access_export
from dhr.reviews.models import Review
from dhr.reviews.views import apply_errors


def _form_page(
    request: HttpRequest,
    review: Review,
    form: object,
    title: str,
    back: str,
    submit: str,
    person: Person | None = None,
) -> HttpResponse:
    return render(
        request,
        "people/form.html",
        {
            "form": form,
            "review": review,
            "title": title,
            "back": back,
            "submit_label": submit,
            "person": person,
        },
    )


@login_required
def people_list(request: HttpRequest, review_id: int) -> HttpResponse:
    review, can = access.access_review(request.user, review_id, Can.PEOPLE)
    services.record_view(request.user, review, "the people and relationships", request)
    people = list(Person.objects.filter(review=review).order_by("id"))
    public = services.labels_for(review, people)
    return render(
        request,
        "people/list.html",
        {
            "review": review,
            "can": can,
            "people": [(p, public[p.pk]) for p in people],
            "relationships": Relationship.objects.filter(review=review)
            .select_related("from_person", "to_person")
            .order_by("id"),
        },
    )


def _save_person(request: HttpRequest, review: Review, person: Person | None) -> HttpResponse:
    form = PersonForm(request.POST or None, instance=person)
    if request.method == "POST" and form.is_valid():
        try:
            services.do_save_person(
                request.user, review, form.save(commit=False), form.changed_data, request
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, "Person saved")
            return redirect("people:list", review.pk)
    return _form_page(
        request,
        review,
        form,
        "Add a person" if person is None else "Change a person's details",
        "people:list",
        "Save person",
        person,
    )


@login_required
def person_add(request: HttpRequest, review_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.EDIT_PEOPLE)
    return _save_person(request, review, None)


@login_required
def person_edit(request: HttpRequest, review_id: int, person_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.EDIT_PEOPLE)
    person = get_object_or_404(Person, pk=person_id, review=review)
    if request.method == "GET":
        services.record_view(request.user, review, f"person {person.pk} to change", request)
    return _save_person(request, review, person)


@login_required
def relationship_add(request: HttpRequest, review_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.EDIT_PEOPLE)
    if request.method == "GET":  # the form lists everyone by name
        services.record_view(request.user, review, "the people, to record a relationship", request)
    form = RelationshipForm(request.POST or None, review=review)
    if request.method == "POST" and form.is_valid():
        try:
            services.do_add_relationship(request.user, review, form.save(commit=False), request)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, "Relationship recorded")
            return redirect("people:list", review.pk)
    return _form_page(
        request, review, form, "Record a relationship", "people:list", "Save relationship"
    )


@login_required
@require_POST
def relationship_remove(request: HttpRequest, review_id: int, relationship_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.EDIT_PEOPLE)
    tie = get_object_or_404(Relationship, pk=relationship_id, review=review)
    services.do_remove_relationship(request.user, tie, request)
    messages.success(request, "Relationship removed")
    return redirect("people:list", review.pk)


@login_required
def contact_log(request: HttpRequest, review_id: int) -> HttpResponse:
    review, can = access.access_review(request.user, review_id, Can.PEOPLE)
    services.record_view(request.user, review, "the family contact log", request)
    contacts = (
        FamilyContact.objects.filter(review=review)
        .select_related("person")
        .order_by("contacted_on", "id")
    )
    return render(
        request,
        "people/contacts.html",
        {
            "review": review,
            "can": can,
            "contacts": contacts,
            "summary": services.family_summary(review),
            "pseudonyms_to_reconcile": services.pseudonyms_to_reconcile(review),
            "not_yet_contacted": services.not_yet_contacted(review),
        },
    )


def _save_contact(
    request: HttpRequest, review: Review, contact: FamilyContact | None
) -> HttpResponse:
    form = FamilyContactForm(request.POST or None, instance=contact, review=review)
    if request.method == "POST" and form.is_valid():
        try:
            services.do_save_contact(
                request.user, review, form.save(commit=False), form.changed_data, request
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, "Contact saved")
            return redirect("people:contacts", review.pk)
    return _form_page(
        request,
        review,
        form,
        "Log a contact with family, friends or colleagues"
        if contact is None
        else "Change a contact",
        "people:contacts",
        "Save contact",
    )


@login_required
def contact_add(request: HttpRequest, review_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.EDIT_PEOPLE)
    if request.method == "GET":  # the form lists everyone by name
        services.record_view(request.user, review, "the people, to log a contact", request)
    return _save_contact(request, review, None)


@login_required
def contact_edit(request: HttpRequest, review_id: int, contact_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.EDIT_PEOPLE)
    contact = get_object_or_404(FamilyContact, pk=contact_id, review=review)
    if request.method == "GET":
        services.record_view(request.user, review, f"contact {contact.pk} to change", request)
    return _save_contact(request, review, contact)


@login_required
def genogram_page(request: HttpRequest, review_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.PEOPLE)
    publishable = request.GET.get("publishable") == "1"
    services.record_view(
        request.user,
        review,
        "the genogram" + (" (publishable version)" if publishable else " (real names)"),
        request,
    )
    people, ties = services.genogram_data(review, publishable)
    people_lines, tie_lines = genogram.text_equivalent(people, ties)
    svg = genogram.render_svg(
        people,
        ties,
        title=f"Family and household diagram for {review.title}"
        + (" (publishable version)" if publishable else ""),
    )
    return render(
        request,
        "people/genogram.html",
        {
            "review": review,
            "publishable": publishable,
            "svg": svg,
            "people_lines": people_lines,
            "tie_lines": tie_lines,
        },
    )


@login_required
def genogram_svg(request: HttpRequest, review_id: int) -> HttpResponse:
    """The publishable genogram as an .svg file: pseudonyms only, never names."""
    review, _ = access.access_review(request.user, review_id, Can.PEOPLE)
    services.record_view(request.user, review, "the genogram (downloaded .svg)", request)
    people, ties = services.genogram_data(review, publishable=True)
    svg = genogram.render_svg(
        people, ties, title=f"Family and household diagram for {review.title}"
    )
    response = HttpResponse(
        '<?xml version="1.0" encoding="UTF-8"?>\n' + svg, content_type="image/svg+xml"
    )
    name = download_name(review.full_reference, "genogram", extension="svg")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_POST
def subject_access(request: HttpRequest, review_id: int, person_id: int) -> HttpResponse:
    """Everything held about one person, for their subject access request (audited)."""
    review, _ = access.access_review(request.user, review_id, Can.EDIT_PEOPLE)
    person = get_object_or_404(Person, pk=person_id, review=review)
    content = do_subject_access_export(request.user, person, request)
    response = HttpResponse(content, content_type="application/zip")
    name = download_name(review.full_reference, f"subject access {person.pk}", extension="zip")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
def register_download(request: HttpRequest, review_id: int) -> HttpResponse:
    """The redaction engine's case register: every real name, for redacting them."""
    review, _ = access.access_review(request.user, review_id, Can.EDIT_PEOPLE)
    services.record_view(request.user, review, "the redaction register (downloaded)", request)
    response = HttpResponse(register_yaml(review), content_type="application/yaml")
    name = download_name(review.full_reference, "redaction register", extension="yaml")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "no-store"
    return response
