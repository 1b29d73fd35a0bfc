"""Staff pages (/reviews/<id>/distribution/) and the public link (/d/<token>/).

The public link needs no account: its token is the credential. Its pages are
never indexed or cached, send no referrer and set no cookies
(`middleware.LinkPageHeaders`); an expired or revoked link answers 410 and
says only that, and whom to ask; an unknown token is the site's plain 404.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from dhr import access
from dhr.access import Can
from dhr.distribution import services
from dhr.distribution.forms import IssueForm, RecipientDetailsForm, RecipientForm, RevokeForm
from dhr.distribution.models import (
    Issue,
    LinkState,
    LinkUse,
    Outcome,
    RecipientDetails,
    SecureLink,
)
from dhr.publication.models import DistributionRecipient
from dhr.reviews.views import apply_errors


def posted(request: HttpRequest) -> Any:
    """The form data of a POST (even an empty one, so its errors show), else None."""
    return request.POST if request.method == "POST" else None


def listing(review: Any) -> list[dict[str, Any]]:
    """Each recipient with its details, issues, links and their uses, in list order."""
    entries = list(review.distribution.all())
    details = {d.pk: d for d in RecipientDetails.objects.filter(recipient__in=entries)}
    issues = (
        Issue.objects.filter(review=review)
        .select_related("recorded_by", "link__revoked_by")
        .prefetch_related("documents__report", "documents__version")
    )
    uses: dict[int, list[LinkUse]] = {}
    for use in LinkUse.objects.filter(link__issue__review=review).order_by("-at", "-id"):
        uses.setdefault(use.link_id, []).append(use)
    by_entry: dict[int, list[dict[str, Any]]] = {}
    for issue in issues:
        link = getattr(issue, "link", None)
        by_entry.setdefault(issue.recipient_id, []).append(
            {
                "issue": issue,
                "documents": [services.document_label(d) for d in issue.documents.all()],
                "link": link,
                "uses": uses.get(link.pk, []) if link else [],
            }
        )
    return [
        {
            "entry": e,
            "details": details.get(e.pk) or RecipientDetails(recipient=e),
            "issues": by_entry.get(e.pk, []),
        }
        for e in entries
    ]


@login_required
def distribution(request: HttpRequest, review_id: int) -> HttpResponse:
    """The list, what went to whom, each link's state and every download. Viewers read;
    coordinators (Can.PUBLISH) add recipients."""
    review, review_access = access.access_review(request.user, review_id, Can.VIEW)
    can_publish = review_access.has(Can.PUBLISH)
    form = RecipientForm(posted(request))
    if request.method == "POST":
        access.access_review(request.user, review_id, Can.PUBLISH)
        if form.is_valid():
            try:
                services.do_add_recipient(
                    request.user,
                    review,
                    form.cleaned_data["name"],
                    form.cleaned_data["category"],
                    form.cleaned_data["email"],
                    request=request,
                )
            except ValidationError as error:
                apply_errors(form, error)
            else:
                messages.success(request, "Recipient added")
                return redirect("distribution:list", review.pk)
    return render(
        request,
        "distribution/list.html",
        {
            "review": review,
            "rows": listing(review),
            "can_publish": can_publish,
            "form": form,
            "suggestions": services.missing_suggestions(review) if can_publish else [],
            "documents": services.issuable_documents(review) if can_publish else [],
        },
    )


@login_required
@require_POST
def add_usual(request: HttpRequest, review_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.PUBLISH)
    added = services.do_add_usual(request.user, review, request)
    if added:
        messages.success(
            request, f"Added {len(added)} recipient{'s' if len(added) != 1 else ''} to the list"
        )
    else:
        messages.success(request, "Every usual recipient is already on the list")
    return redirect("distribution:list", review.pk)


def recipient_of(request: HttpRequest, review_id: int, recipient_id: int) -> tuple[Any, Any]:
    review, _ = access.access_review(request.user, review_id, Can.PUBLISH)
    entry = get_object_or_404(DistributionRecipient, pk=recipient_id, review=review)
    return review, entry


@login_required
def recipient(request: HttpRequest, review_id: int, recipient_id: int) -> HttpResponse:
    """Change a recipient's category and email."""
    review, entry = recipient_of(request, review_id, recipient_id)
    current = services.details_for(entry)
    form = RecipientDetailsForm(
        posted(request), initial={"category": current.category, "email": current.email}
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.do_update_recipient(
                request.user,
                entry,
                form.cleaned_data["category"],
                form.cleaned_data["email"],
                request,
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, f"Details of {entry.recipient} saved")
            return redirect("distribution:list", review.pk)
    return render(
        request, "distribution/recipient.html", {"review": review, "entry": entry, "form": form}
    )


@login_required
@require_POST
def recipient_remove(request: HttpRequest, review_id: int, recipient_id: int) -> HttpResponse:
    review, entry = recipient_of(request, review_id, recipient_id)
    try:
        services.do_remove_recipient(request.user, entry, request)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, f"{entry.recipient} removed from the list")
    return redirect("distribution:list", review.pk)


@login_required
def issue(request: HttpRequest, review_id: int, recipient_id: int) -> HttpResponse:
    """Record what was sent to one recipient; a secure link's address is shown once, here."""
    review, entry = recipient_of(request, review_id, recipient_id)
    documents = services.issuable_documents(review)
    form = IssueForm(posted(request), documents=documents)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            made, token = services.do_issue(
                request.user,
                review,
                entry,
                data["sent_on"],
                data["method"],
                list(data["documents"]),
                data["note"],
                data["expires_in_days"],
                request,
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            if token is None:
                messages.success(request, f"Recorded what was sent to {entry.recipient}")
                return redirect("distribution:list", review.pk)
            # Not a redirect: the address exists only in this one response.
            return render(
                request,
                "distribution/link_made.html",
                {
                    "review": review,
                    "entry": entry,
                    "issue": made,
                    "link": made.link,
                    "address": request.build_absolute_uri(
                        reverse("distribution_link:link", args=[token])
                    ),
                    "email": services.details_for(entry).email,
                },
            )
    return render(
        request,
        "distribution/issue.html",
        {"review": review, "entry": entry, "form": form, "has_documents": documents.exists()},
    )


@login_required
def revoke(request: HttpRequest, review_id: int, link_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.PUBLISH)
    link = get_object_or_404(
        SecureLink.objects.select_related("issue__recipient"), pk=link_id, issue__review=review
    )
    form = RevokeForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.do_revoke(request.user, link, form.cleaned_data["reason"], request)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, f"The link of {link.issue.recipient} no longer works")
            return redirect("distribution:list", review.pk)
    return render(
        request, "distribution/revoke.html", {"review": review, "link": link, "form": form}
    )


# The public link ---------------------------------------------------------------


def refused(request: HttpRequest, link: SecureLink) -> HttpResponse | None:
    """410 Gone for an expired or revoked link, recorded; None while it works."""
    state = link.state()
    if state == LinkState.ACTIVE:
        return None
    outcome = Outcome.REVOKED if state == LinkState.REVOKED else Outcome.EXPIRED
    services.record_use(link, outcome, request=request)
    return render(
        request,
        "distribution/link_gone.html",
        {"revoked": state == LinkState.REVOKED},
        status=410,
    )


def open_link(request: HttpRequest, token: str) -> SecureLink:
    """The link a token opens, or 404 (audited, and counted against the address)."""
    link = services.link_for_token(token)
    if link is None:
        if not services.throttled(request):
            services.record_unknown(request)
        raise Http404("No such page.")
    return link


@require_GET
def link(request: HttpRequest, token: str) -> HttpResponse:
    """The recipient's page: the documents issued to them, nothing else."""
    found = open_link(request, token)
    gone = refused(request, found)
    if gone is not None:
        return gone
    services.record_use(found, Outcome.OPENED, request=request)
    documents = [
        {
            "label": services.document_label(d),
            "url": reverse("distribution_link:link_file", args=[token, d.pk]),
            "size": d.size,
        }
        for d in services.link_documents(found)
    ]
    return render(
        request,
        "distribution/link.html",
        {"documents": documents, "expires_at": found.expires_at, "link": found},
    )


@require_GET
def link_file(request: HttpRequest, token: str, export_id: int) -> HttpResponse | FileResponse:
    """One issued document, recorded before a byte is sent."""
    found = open_link(request, token)
    gone = refused(request, found)
    if gone is not None:
        return gone
    export = next((d for d in services.link_documents(found) if d.pk == export_id), None)
    if export is None:
        services.record_use(found, Outcome.NOT_ISSUED, request=request)
        raise Http404("No such document.")
    services.record_use(found, Outcome.DOWNLOADED, export, request)
    return FileResponse(
        export.file.open("rb"),
        as_attachment=True,
        filename=services.document_file_name(export),
        content_type="application/pdf"
        if export.format == "pdf"
        else "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )
