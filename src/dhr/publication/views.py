from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from dhr import access
from dhr.access import Can
from dhr.core.uploads import DOCX
from dhr.publication import documents, services
from dhr.publication.faq import build_faq, missing_facts
from dhr.publication.forms import PublicationForm, PublishForm, RecipientForm, WithdrawForm
from dhr.publication.models import DistributionRecipient, Publication
from dhr.reviews.views import apply_errors


@login_required
def publication_settings(request: HttpRequest, review_id: int) -> HttpResponse:
    """The coordinator's page: details, distribution list, checklist, publish."""
    review, _ = access.access_review(request.user, review_id, Can.PUBLISH)
    publication = services.publication_for(review)
    form = PublicationForm(
        request.POST if request.POST.get("form") == "details" else None, instance=publication
    )
    recipient_form = RecipientForm(
        request.POST if request.POST.get("form") == "recipient" else None
    )
    if request.method == "POST" and form.is_bound and form.is_valid():
        services.do_update_publication(
            request.user, form.save(commit=False), form.changed_data, request
        )
        messages.success(request, "Publication details saved")
        return redirect("publishing:settings", review.pk)
    if request.method == "POST" and recipient_form.is_bound and recipient_form.is_valid():
        try:
            services.do_add_recipient(
                request.user, review, recipient_form.cleaned_data["recipient"], request
            )
        except ValidationError as error:
            apply_errors(recipient_form, error)
        else:
            messages.success(request, "Recipient added")
            return redirect("publishing:settings", review.pk)
    return render(
        request,
        "publication/settings.html",
        {
            "review": review,
            "publication": publication,
            "form": form,
            "recipient_form": recipient_form,
            "publish_form": PublishForm(),
            "withdraw_form": WithdrawForm(),
            "missing": missing_facts(review),
            "recipients": review.distribution.all(),
        },
    )


@login_required
@require_POST
def publish(request: HttpRequest, review_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.PUBLISH)
    form = PublishForm(request.POST)
    form.is_valid()
    try:
        publication = services.do_publish(
            request.user, review, form.cleaned_data.get("accept_missing", False), request
        )
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect("publishing:settings", review.pk)
    messages.success(request, "The review is published")
    return redirect("publication:detail", publication.slug)


@login_required
@require_POST
def withdraw(request: HttpRequest, review_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.PUBLISH)
    publication = services.publication_for(review)
    form = WithdrawForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    try:
        services.do_withdraw(request.user, publication, reason, request)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, "The review has been withdrawn from the public pages")
    return redirect("publishing:settings", review.pk)


@login_required
@require_POST
def recipient_remove(request: HttpRequest, review_id: int, recipient_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.PUBLISH)
    entry = get_object_or_404(DistributionRecipient, pk=recipient_id, review=review)
    services.do_remove_recipient(request.user, entry, request)
    messages.success(request, "Recipient removed")
    return redirect("publishing:settings", review.pk)


@login_required
def faq_preview(request: HttpRequest, review_id: int) -> HttpResponse:
    """Members see the FAQ as it would be published, gaps and all."""
    review, _ = access.access_review(request.user, review_id)
    return render(
        request,
        "publication/faq_preview.html",
        {"review": review, "faq": build_faq(review), "missing": missing_facts(review)},
    )


def published(slug: str) -> Publication:
    """A publicly visible review, or 404: drafts and withdrawn reviews do not exist here."""
    return get_object_or_404(
        Publication.objects.select_related("review__csp"), slug=slug, is_published=True
    )


def public_index(request: HttpRequest) -> HttpResponse:
    publications = (
        Publication.objects.filter(is_published=True)
        .select_related("review__csp")
        .order_by("-published_on", "slug")
    )
    return render(request, "publication/index.html", {"publications": publications})


def public_detail(request: HttpRequest, slug: str) -> HttpResponse:
    publication = published(slug)
    return render(
        request,
        "publication/detail.html",
        {
            "publication": publication,
            "review": publication.review,
            "faq": build_faq(publication.review),
        },
    )


def public_faq_pdf(request: HttpRequest, slug: str) -> HttpResponse:
    publication = published(slug)
    response = HttpResponse(documents.faq_pdf(publication.review), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{slug}-faq.pdf"'
    return response


def public_faq_docx(request: HttpRequest, slug: str) -> HttpResponse:
    publication = published(slug)
    response = HttpResponse(documents.faq_docx(publication.review), content_type=DOCX)
    response["Content-Disposition"] = f'attachment; filename="{slug}-faq.docx"'
    return response
