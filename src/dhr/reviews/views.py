"""Thin views: each fetches through dhr.access, then calls a service."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from dhr import access
from dhr.access import Can
from dhr.core.downloads import download_name
from dhr.core.middleware import accepts_uploads
from dhr.core.uploads import extension_for
from dhr.reviews import invitations, lifecycle, services
from dhr.reviews.forms import (
    AcceptInvitationForm,
    DecisionForm,
    DocumentForm,
    HomeOfficeInformedForm,
    InviteForm,
    MemberForm,
    NewReviewFromNotificationForm,
    NotificationForm,
    ReviewForm,
    StageForm,
)
from dhr.reviews.models import (
    Decision,
    Invitation,
    Review,
    ReviewDocument,
    ReviewMembership,
    ReviewRole,
)


def apply_errors(form: object, error: ValidationError) -> None:
    """Show a service's ValidationError on the form, by field where it names one."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            for e in errors:
                form.add_error(field if field in form.fields else None, e)  # type: ignore[attr-defined]
    else:
        for message in error.messages:
            form.add_error(None, message)  # type: ignore[attr-defined]


@login_required
def review_list(request: HttpRequest) -> HttpResponse:
    reviews = access.visible_reviews(request.user).order_by("csp__name", "-notified_on")
    can_create = access.coordinated_csps(request.user).exists()
    return render(request, "reviews/list.html", {"reviews": reviews, "can_create": can_create})


@login_required
def review_notify(request: HttpRequest) -> HttpResponse:
    """Open a review from a notification: the review and its notification in one go."""
    csps = access.access_new_review(request.user)
    form = NewReviewFromNotificationForm(request.POST or None, csps=csps)
    if request.method == "POST" and form.is_valid():
        try:
            review = services.do_open_review_from_notification(
                request.user,
                form.cleaned_data["csp"],
                form.review_fields(),
                form.notification_fields(),
                form.proceedings(),
                request,
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, f"{review.title} opened from the notification")
            return redirect("reviews:detail", review.pk)
    return render(
        request,
        "reviews/notification.html",
        {"form": form, "title": "Record a notification", "submit_label": "Open the review"},
    )


@login_required
def review_notification(request: HttpRequest, review_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.EDIT)
    form = NotificationForm(request.POST or None, initial=NotificationForm.initial_for(review))
    if request.method == "POST" and form.is_valid():
        try:
            services.do_record_notification(
                request.user,
                review,
                form.review_fields(),
                form.notification_fields(),
                form.proceedings(),
                request,
            )
        except ValidationError as error:
            apply_errors(form, error)
            review.refresh_from_db()
        else:
            messages.success(request, "Notification recorded")
            return redirect("reviews:detail", review.pk)
    return render(
        request,
        "reviews/notification.html",
        {"form": form, "review": review, "title": "Notification"},
    )


def lifecycle_context(review: Review) -> dict[str, object]:
    """What the review and stage pages show of where the review is in its life."""
    notification = getattr(review, "notification", None)
    return {
        "notification": notification,
        "proceedings": notification.other_proceedings.all() if notification else [],
        "assessment": services.assessment_for(review),
        "moves": lifecycle.moves_from(review),
        "history": review.stage_changes.select_related("by"),
        "home_office_pending": review.decision != Decision.PENDING
        and review.home_office_informed_on is None,
    }


@login_required
def review_detail(request: HttpRequest, review_id: int) -> HttpResponse:
    review, can = access.access_review(request.user, review_id)
    return render(
        request,
        "reviews/detail.html",
        {
            "review": review,
            "can": can,
            "panel": review.panel_members.select_related("agency"),
            "imr_requests": review.imr_requests.select_related("agency"),
            "next_stages": lifecycle.allowed_next_stages(review),
            "stage_form": StageForm(choices=open_moves(review)) if can.has(Can.EDIT) else None,
            **lifecycle_context(review),
        },
    )


@login_required
def review_edit(request: HttpRequest, review_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.EDIT)
    form = ReviewForm(request.POST or None, instance=review)
    if request.method == "POST" and form.is_valid():
        services.do_update_review(request.user, form.save(commit=False), form.changed_data, request)
        messages.success(request, "Review details saved")
        return redirect("reviews:detail", review.pk)
    return render(
        request, "reviews/form.html", {"form": form, "review": review, "title": "Review details"}
    )


@login_required
def review_decision(request: HttpRequest, review_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.DECIDE)
    decision_open = review.stage in services.DECISION_OPEN_STAGES
    form: DecisionForm | HomeOfficeInformedForm
    if decision_open:
        form = DecisionForm(
            request.POST or None,
            initial={
                "decision": review.decision if review.decision != Decision.PENDING else None,
                "decided_on": review.decided_on,
                "decision_rationale": review.decision_rationale,
                "referred_to": review.referred_to,
                "home_office_informed_on": review.home_office_informed_on,
            },
        )
    else:
        form = HomeOfficeInformedForm(
            request.POST or None,
            initial={"home_office_informed_on": review.home_office_informed_on},
        )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if isinstance(form, DecisionForm):
                services.do_record_decision(
                    request.user,
                    review,
                    data["decision"],
                    data["decided_on"],
                    data["decision_rationale"],
                    request,
                    referred_to=data["referred_to"],
                    home_office_informed_on=data["home_office_informed_on"],
                )
            else:
                services.do_record_home_office_informed(
                    request.user, review, data["home_office_informed_on"], request
                )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(
                request, "Decision recorded" if decision_open else "Home Office date recorded"
            )
            return redirect("reviews:detail", review.pk)
    return render(
        request,
        "reviews/decision.html",
        {
            "form": form,
            "review": review,
            "decision_open": decision_open,
            "title": "Decision whether to hold a review",
            **lifecycle_context(review),
        },
    )


def open_moves(review: Review) -> list[tuple[str, str]]:
    return [
        (move.to.value, f"{move.to.label}: {move.meaning}")
        for move in lifecycle.moves_from(review)
        if move.open
    ]


@login_required
def review_stage(request: HttpRequest, review_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.EDIT)
    form = StageForm(request.POST or None, choices=open_moves(review))
    if request.method == "POST" and form.is_valid():
        try:
            lifecycle.do_move_stage(
                request.user,
                review,
                form.cleaned_data["stage"],
                form.cleaned_data["reason"],
                request,
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, f"Review moved to {review.get_stage_display()}")
            return redirect("reviews:detail", review.pk)
    return render(
        request,
        "reviews/stage.html",
        {"form": form, "review": review, "title": "Change stage", **lifecycle_context(review)},
    )


@login_required
def member_list(request: HttpRequest, review_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.MANAGE_MEMBERS)
    form = MemberForm(request.POST or None, review=review)
    if request.method == "POST" and form.is_valid():
        try:
            services.do_add_member(
                request.user,
                review,
                form.cleaned_data["user"],
                form.cleaned_data["role"],
                form.cleaned_data["agency"],
                request,
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, "Member added")
            return redirect("reviews:members", review.pk)
    return members_page(request, review, form, InviteForm(review=review))


def members_page(
    request: HttpRequest, review: Review, form: MemberForm, invite_form: InviteForm
) -> HttpResponse:
    memberships = review.memberships.select_related("user", "agency").order_by("role")
    open_invitations = [i for i in review.invitations.select_related("agency") if i.is_open]
    return render(
        request,
        "reviews/members.html",
        {
            "review": review,
            "form": form,
            "invite_form": invite_form,
            "memberships": memberships,
            "invitations": open_invitations,
        },
    )


@login_required
@require_POST
def member_invite(request: HttpRequest, review_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.MANAGE_MEMBERS)
    form = InviteForm(request.POST, review=review)
    if form.is_valid():
        data = form.cleaned_data
        try:
            invitations.do_invite(
                request.user,
                review,
                data["email"],
                data["name"],
                data["role"],
                data["agency"],
                request,
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, f"Invitation sent to {data['email']}")
            return redirect("reviews:members", review.pk)
    return members_page(request, review, MemberForm(review=review), form)


@login_required
@require_POST
def invitation_revoke(request: HttpRequest, review_id: int, invitation_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.MANAGE_MEMBERS)
    invitation = get_object_or_404(Invitation, pk=invitation_id, review=review)
    try:
        invitations.do_revoke(request.user, invitation, request)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, "Invitation withdrawn")
    return redirect("reviews:members", review.pk)


def invitation_accept(request: HttpRequest, token: str) -> HttpResponse:
    """The one-time link (public: the token is the credential). Reveals nothing
    of the review beyond its reference and the CSP, and only to the token's holder."""
    invitation = invitations.find_invitation(token)
    if invitation is None:
        return render(request, "reviews/invitation_gone.html", {"why": "unknown"}, status=404)
    if not invitation.is_open:
        why = (
            "used"
            if invitation.accepted_at
            else "withdrawn"
            if invitation.revoked_at
            else "expired"
        )
        return render(
            request,
            "reviews/invitation_gone.html",
            {"why": why, "invitation": invitation},
            status=410,
        )
    user = request.user if request.user.is_authenticated else None
    existing = user is None and invitations.account_for(invitation) is not None
    form = AcceptInvitationForm(
        request.POST if request.method == "POST" and user is None else None,
        initial={"full_name": invitation.name},
    )
    error = ""
    if request.method == "POST" and not existing and (user is not None or form.is_valid()):
        try:
            accepted = invitations.do_accept(
                invitation,
                user,
                form.cleaned_data.get("full_name", "") if user is None else "",
                form.cleaned_data.get("password", "") if user is None else "",
                request,
            )
        except ValidationError as problem:
            if user is None:
                apply_errors(form, problem)
            else:
                error = " ".join(problem.messages)
        else:
            if user is None:
                login(request, accepted, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(request, "Invitation accepted")
            return redirect("reviews:detail", invitation.review.pk)
    response = render(
        request,
        "reviews/invitation_accept.html",
        {
            "invitation": invitation,
            "form": form,
            "signed_in": user,
            "existing": existing,
            "error": error,
            "token": token,
        },
    )
    # The site's Referrer-Policy (same-origin) keeps the token from other sites;
    # "no-referrer" would make the browser send "Origin: null" with the form,
    # which Django's CSRF check refuses.
    response["X-Robots-Tag"] = "noindex"
    return response


@login_required
@require_POST
def member_remove(request: HttpRequest, review_id: int, membership_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.MANAGE_MEMBERS)
    membership = get_object_or_404(ReviewMembership, pk=membership_id, review=review)
    services.do_remove_member(request.user, membership, request)
    if membership.role in {ReviewRole.PANEL_MEMBER, ReviewRole.INDEPENDENT_CHAIR}:
        messages.success(
            request,
            "Member removed. Their seat stays on the panel list, as they sat on the panel: "
            "remove it on the Panel page if it should not be listed.",
        )
    else:
        messages.success(request, "Member removed")
    return redirect("reviews:members", review.pk)


@login_required
@accepts_uploads
def document_list(request: HttpRequest, review_id: int) -> HttpResponse:
    review, can = access.access_review(request.user, review_id)
    documents = [
        d
        for d in review.documents.select_related("agency", "uploaded_by")
        if access.can_see_document(can, d)
    ]
    may_upload = can.has(Can.EDIT)  # IMRs and chronologies: dhr.evidence's pages
    form = None
    if may_upload:
        form = DocumentForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        if form is None:
            raise access.PermissionDenied
        if form.is_valid():
            data = form.cleaned_data
            access.check_can_upload(can, data["kind"], None)
            try:
                services.do_upload_document(
                    request.user,
                    review,
                    data["kind"],
                    None,
                    data["title"],
                    data["file"],
                    request,
                )
            except ValidationError as error:
                apply_errors(form, error)
            else:
                messages.success(request, "Document uploaded")
                return redirect("reviews:documents", review.pk)
    return render(
        request,
        "reviews/documents.html",
        {"review": review, "documents": documents, "form": form},
    )


@login_required
def document_download(request: HttpRequest, review_id: int, document_id: int) -> FileResponse:
    document: ReviewDocument = access.access_document(request.user, review_id, document_id)
    services.record_document_read(request.user, document, request)
    # The stored type was checked on upload; name the download for it.
    extension = extension_for(document.content_type)
    response = FileResponse(
        document.file.open("rb"),
        as_attachment=True,
        filename=download_name(
            document.review.full_reference,
            document.get_kind_display(),
            str(document.pk),
            extension=extension,
        ),
        content_type=document.content_type,
    )
    response["Cache-Control"] = "no-store"
    return response
