from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import ProtectedError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.views.decorators.http import require_POST

from dhr import access
from dhr.access import Can
from dhr.core.downloads import download_name
from dhr.publication import page_cache, public_files, public_search, services
from dhr.publication.faq import FaqAnswer, build_faq, missing_facts
from dhr.publication.forms import (
    ConfirmLapseForm,
    HoldForm,
    LiftForm,
    PublicationForm,
    PublicSearchForm,
    PublishForm,
    RecipientForm,
    WithdrawForm,
)
from dhr.publication.holds import blocking_holds, describe, holds_of, restriction_facts
from dhr.publication.models import (
    DistributionRecipient,
    HoldKind,
    HoldState,
    LegalHold,
    Publication,
)
from dhr.publication.public_actions import public_actions
from dhr.redaction_review import services as redaction_review
from dhr.redaction_review.models import RedactionRound
from dhr.reports.structure import OVERVIEW, SUMMARY
from dhr.reviews.models import Review
from dhr.reviews.views import apply_errors

PUBLIC_PAGE_SIZE = 20


@login_required
def publication_settings(request: HttpRequest, review_id: int) -> HttpResponse:
    """The coordinator's page: details, distribution list, checklist, publish."""
    review, _ = access.access_review(request.user, review_id, Can.PUBLISH)
    publication = services.publication_for(review)
    has_order = LegalHold.objects.filter(review=review, kind=HoldKind.RRO).exists()
    form = PublicationForm(
        request.POST if request.POST.get("form") == "details" else None,
        instance=publication,
        has_order=has_order,
    )
    recipient_form = RecipientForm(
        request.POST if request.POST.get("form") == "recipient" else None, csp=review.csp
    )
    if request.method == "POST" and form.is_bound and form.is_valid():
        try:
            services.do_update_publication(
                request.user, form.save(commit=False), form.changed_data, request
            )
        except ValidationError as error:
            apply_errors(form, error)
            publication.refresh_from_db()  # the page shows what is saved
        else:
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
            "problems": services.publish_problems(review),
            "blocking": blocking_holds(review),
            "restriction": restriction_facts(review, publication),
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
    try:
        services.do_remove_recipient(request.user, entry, request)
    except ProtectedError:
        # dhr.distribution keeps a recipient who was sent documents, with the record.
        messages.error(request, f"{entry.recipient} has been sent documents, so stays on the list")
        return redirect("publishing:settings", review.pk)
    messages.success(request, "Recipient removed")
    return redirect("publishing:settings", review.pk)


@login_required
def holds(request: HttpRequest, review_id: int) -> HttpResponse:
    """The review's legal holds: everyone who can see the review reads them;
    coordinators (Can.PUBLISH) add, lift and confirm."""
    review, review_access = access.access_review(request.user, review_id)
    today = timezone.localdate()
    rows = [(hold, hold.state(today), describe(hold, today)) for hold in holds_of(review)]
    return render(
        request,
        "publication/holds.html",
        {
            "review": review,
            "rows": rows,
            "blocking": any(state in BLOCKING for _, state, _ in rows),
            "can_change": review_access.has(Can.PUBLISH),
            "permission": services.home_office_permission(review),
            "states": HoldState,
        },
    )


BLOCKING = {HoldState.ACTIVE, HoldState.LAPSED}


@login_required
def hold_add(request: HttpRequest, review_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.PUBLISH)
    form = HoldForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        was_published = Publication.objects.filter(review=review, is_published=True).exists()
        try:
            services.do_add_hold(request.user, form.hold(review), request)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, "Legal hold recorded: nothing of the review can be published")
            if was_published:
                messages.warning(request, "The review has been taken off the public pages")
            return redirect("publishing:holds", review.pk)
    return render(request, "publication/hold_add.html", {"review": review, "form": form})


def _hold(review_id: int, hold_id: int, request: HttpRequest) -> tuple[Review, LegalHold]:
    review, _ = access.access_review(request.user, review_id, Can.PUBLISH)
    return review, get_object_or_404(LegalHold, pk=hold_id, review=review)


@login_required
def hold_lift(request: HttpRequest, review_id: int, hold_id: int) -> HttpResponse:
    review, hold = _hold(review_id, hold_id, request)
    if hold.ended:
        messages.error(request, "This hold has already ended")
        return redirect("publishing:holds", review.pk)
    form = LiftForm(request.POST if request.method == "POST" else None, hold=hold)
    if request.method == "POST" and form.is_valid():
        try:
            services.do_lift_hold(
                request.user, hold, form.cleaned_data["reason"], form.still_applies(), request
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, "Hold lifted")
            return redirect("publishing:holds", review.pk)
    return render(
        request,
        "publication/hold_lift.html",
        {"review": review, "hold": hold, "form": form, "description": describe(hold)},
    )


@login_required
def hold_confirm_lapse(request: HttpRequest, review_id: int, hold_id: int) -> HttpResponse:
    review, hold = _hold(review_id, hold_id, request)
    if hold.state() != HoldState.LAPSED:
        messages.error(
            request, "Only a reporting restriction order whose expiry date has passed can lapse"
        )
        return redirect("publishing:holds", review.pk)
    form = ConfirmLapseForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            services.do_confirm_lapse(request.user, hold, form.cleaned_data["note"], request)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, "Lapse confirmed: the order no longer holds publication")
            return redirect("publishing:holds", review.pk)
    return render(
        request,
        "publication/hold_confirm_lapse.html",
        {"review": review, "hold": hold, "form": form, "description": describe(hold)},
    )


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


@page_cache.shared_page
def public_index(request: HttpRequest) -> HttpResponse:
    """The list of published reviews, searched and filtered (public_search.py)."""
    form = PublicSearchForm(
        request.GET or None,
        years=public_search.year_choices(),
        csps=public_search.csp_choices(),
        themes=public_search.theme_choices(),
    )
    filters = public_search.Filters()
    if form.is_bound and form.is_valid():
        filters = public_search.Filters(**form.cleaned_data)
    found = public_search.search(filters) if not form.errors else public_search.listed().none()
    page = Paginator(found, PUBLIC_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "publication/index.html",
        {
            "form": form,
            "page": page,
            "publications": page.object_list,
            "searched": any(vars(filters).values()),
            "query": query.urlencode(),
        },
    )


def ended(request: HttpRequest, publication: Publication, status: int = 200) -> HttpResponse:
    """Past its end date: what the review was, and how to ask for the report."""
    return render(
        request,
        "publication/ended.html",
        {"publication": publication, "review": publication.review},
        status=status,
    )


def public_detail(request: HttpRequest, slug: str) -> HttpResponse:
    publication = published(slug)
    if publication.has_ended():
        return ended(request, publication)
    kept = page_cache.cached(request, publication)
    if kept is not None:
        return kept

    def answers() -> list[FaqAnswer]:
        """Built only when the page's cached FAQ has lapsed (public_files.PAGE_SECONDS)."""
        faq = build_faq(publication.review)
        public_files.ensure(publication, faq)
        return faq

    response = render(
        request,
        "publication/detail.html",
        {
            "publication": publication,
            "review": publication.review,
            "faq": SimpleLazyObject(answers),
            "faq_seconds": public_files.PAGE_SECONDS,
            "reports": SimpleLazyObject(lambda: public_reports(publication.review)),
            "actions": public_actions(publication),
        },
    )
    page_cache.keep(request, publication, response)
    return response


# The public names of the two reports, in their URLs and file names.
PUBLIC_REPORTS = {"executive-summary": SUMMARY, "overview-report": OVERVIEW}


def public_reports(review: Review) -> list[dict[str, object]]:
    """The released reports, executive summary first, with its text for the page."""
    out: list[dict[str, object]] = []
    for name, kind in PUBLIC_REPORTS.items():
        round = redaction_review.published_round(review, kind)
        if round is not None:
            out.append(
                {
                    "name": name,
                    "title": round.report.get_kind_display(),
                    "round": round,
                    "files": {f.kind: f for f in round.files.all()},
                    "sections": redaction_review.release_html(round) if kind == SUMMARY else [],
                }
            )
    return out


def released(slug: str, name: str) -> tuple[Publication, RedactionRound]:
    publication = published(slug)
    kind = PUBLIC_REPORTS.get(name)
    round = redaction_review.published_round(publication.review, kind) if kind else None
    if round is None:
        raise Http404("No such report.")
    return publication, round


def public_report(request: HttpRequest, slug: str, kind: str) -> HttpResponse:
    """A released report as an accessible web page, from the signed-off text."""
    publication, round = released(slug, kind)
    if publication.has_ended():
        return ended(request, publication, status=410)
    return render(
        request,
        "publication/report.html",
        {
            "publication": publication,
            "review": publication.review,
            "title": round.report.get_kind_display(),
            "name": kind,
            "files": {f.kind: f for f in round.files.all()},
            "sections": redaction_review.release_html(round),
        },
    )


def public_report_pdf(request: HttpRequest, slug: str, kind: str) -> HttpResponseBase:
    return public_report_file(request, slug, kind, "pdf")


def public_report_docx(request: HttpRequest, slug: str, kind: str) -> HttpResponseBase:
    return public_report_file(request, slug, kind, "docx")


def public_report_file(request: HttpRequest, slug: str, name: str, ext: str) -> HttpResponseBase:
    """A released file exactly as it was checked: never written on request."""
    publication, round = released(slug, name)
    if publication.has_ended():
        return ended(request, publication, status=410)
    stored = redaction_review.released_file(round, ext)
    if stored is None:
        raise Http404("No such file.")
    return FileResponse(
        stored.file.open("rb"),
        as_attachment=True,
        filename=download_name(slug, name, extension=ext),
        content_type=public_files.FORMATS[ext][1],
    )


def public_faq_pdf(request: HttpRequest, slug: str) -> HttpResponseBase:
    return public_faq_file(request, slug, "pdf")


def public_faq_docx(request: HttpRequest, slug: str) -> HttpResponseBase:
    return public_faq_file(request, slug, "docx")


def public_faq_file(request: HttpRequest, slug: str, kind: str) -> HttpResponseBase:
    """Serve the stored file made from today's content, never render here
    (public_files.py); a stale or missing file is asked for and the visitor
    told to try again."""
    publication = published(slug)
    if publication.has_ended():
        return ended(request, publication, status=410)
    digest = public_files.content_digest(publication.review)
    stored = public_files.current_file(publication, kind, digest)
    if stored is None:
        public_files.request_render(publication, digest)
        response = render(
            request,
            "publication/file_pending.html",
            {"publication": publication, "review": publication.review},
            status=503,
        )
        response["Retry-After"] = "60"
        return response
    return FileResponse(
        stored.file.open("rb"),
        as_attachment=True,
        filename=download_name(slug, "faq", extension=kind),
        content_type=public_files.FORMATS[kind][1],
    )
