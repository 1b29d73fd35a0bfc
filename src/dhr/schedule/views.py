"""Thin views: each fetches through dhr.access, then calls a service."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from dhr import access
from dhr.access import Can
from dhr.core.downloads import download_name
from dhr.core.uploads import extension_for
from dhr.reviews.models import Stage
from dhr.reviews.views import apply_errors
from dhr.schedule import dashboard as dash
from dhr.schedule import ics, services
from dhr.schedule.forms import (
    AttendanceForm,
    CancelMeetingForm,
    EndPauseForm,
    ExtensionForm,
    MeetingForm,
    MinutesForm,
    OutcomeForm,
    PauseForm,
)
from dhr.schedule.models import Attendance, CalendarToken, Meeting, Pause
from dhr.schedule.timeline import entries_for, render_svg


@login_required
def review_schedule(request: HttpRequest, review_id: int) -> HttpResponse:
    review, can = access.access_review(request.user, review_id)
    pauses = list(review.pauses.all())
    extensions = list(review.extensions.all())
    on = services.today()
    clock = services.clock_for(review, on, pauses, extensions)
    return render(
        request,
        "schedule/review.html",
        {
            "review": review,
            "can_edit": can.has(Can.EDIT),
            "clock": clock,
            "pauses": pauses,
            "extensions": extensions,
            "svg": render_svg(review, clock, pauses, extensions, on),
            "entries": entries_for(review, clock, pauses, extensions, on),
            "end_form": EndPauseForm(),
        },
    )


def form_page(request: HttpRequest, review: object, form: object, title: str) -> HttpResponse:
    return render(request, "reviews/form.html", {"form": form, "review": review, "title": title})


@login_required
def pause_create(request: HttpRequest, review_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.EDIT)
    form = PauseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.do_add_pause(request.user, review, form.save(commit=False), request)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, "Pause recorded")
            return redirect("schedule:review", review.pk)
    return form_page(request, review, form, "Pause the review's clock")


@login_required
def pause_end(request: HttpRequest, review_id: int, pause_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.EDIT)
    pause = get_object_or_404(Pause, pk=pause_id, review=review)
    form = EndPauseForm(request.POST or None, initial={"ended_on": pause.ended_on})
    if request.method == "POST" and form.is_valid():
        try:
            services.do_end_pause(request.user, pause, form.cleaned_data["ended_on"], request)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, "End of the pause recorded")
            return redirect("schedule:review", review.pk)
    return form_page(request, review, form, f"End of the pause from {pause.started_on:%d %B %Y}")


@login_required
def extension_create(request: HttpRequest, review_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.EDIT)
    form = ExtensionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.do_add_extension(request.user, review, form.save(commit=False), request)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, "Extension recorded")
            return redirect("schedule:review", review.pk)
    return form_page(request, review, form, "Record an agreed extension")


@login_required
def meeting_list(request: HttpRequest, review_id: int) -> HttpResponse:
    review, can = access.access_review(request.user, review_id)
    meetings = review.meetings.prefetch_related("attendance")
    return render(
        request,
        "schedule/meetings.html",
        {
            "review": review,
            "can_edit": can.has(Can.EDIT),
            "meetings": meetings,
            "seats": services.missed_meetings(review),
            "now": timezone.now(),
        },
    )


@login_required
def meeting_create(request: HttpRequest, review_id: int) -> HttpResponse:
    review, _ = access.access_review(request.user, review_id, Can.EDIT)
    form = MeetingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        meeting = Meeting(
            starts_at=form.starts_at(),
            place=form.cleaned_data["place"],
            agenda=form.cleaned_data["agenda"],
        )
        try:
            services.do_add_meeting(request.user, review, meeting, request)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, "Meeting scheduled")
            return redirect("schedule:meeting", review.pk, meeting.pk)
    return form_page(request, review, form, "Schedule a panel meeting")


@login_required
def meeting_detail(request: HttpRequest, review_id: int, meeting_id: int) -> HttpResponse:
    review, can = access.access_review(request.user, review_id)
    meeting = get_object_or_404(Meeting, pk=meeting_id, review=review)
    seats = list(review.panel_members.select_related("agency"))
    current = {
        a.panel_member_id or 0: a.status
        for a in Attendance.objects.filter(meeting=meeting, panel_member__isnull=False)
    }
    may_edit = can.has(Can.EDIT)
    attendance_form = outcome_form = None
    if may_edit:
        attendance_form = AttendanceForm(
            request.POST if request.POST.get("form") == "attendance" else None,
            seats=seats,
            current=current,
        )
        outcome_form = OutcomeForm(request.POST if request.POST.get("form") == "outcome" else None)
    if request.method == "POST":
        if not may_edit or attendance_form is None or outcome_form is None:
            raise access.PermissionDenied
        if request.POST.get("form") == "attendance" and attendance_form.is_valid():
            try:
                services.do_record_attendance(
                    request.user, meeting, attendance_form.statuses(), request
                )
            except ValidationError as error:
                apply_errors(attendance_form, error)
            else:
                messages.success(request, "Attendance recorded")
                return redirect("schedule:meeting", review.pk, meeting.pk)
        elif request.POST.get("form") == "outcome" and outcome_form.is_valid():
            try:
                services.do_add_outcome(
                    request.user, meeting, outcome_form.save(commit=False), request
                )
            except ValidationError as error:
                apply_errors(outcome_form, error)
            else:
                messages.success(request, "Recorded")
                return redirect("schedule:meeting", review.pk, meeting.pk)
    return render(
        request,
        "schedule/meeting.html",
        {
            "review": review,
            "meeting": meeting,
            "can_edit": may_edit,
            "attendance": [(seat, current.get(seat.pk)) for seat in seats],
            "status_labels": dict(Attendance._meta.get_field("status").choices or []),
            "outcomes": meeting.outcomes.all(),
            "attendance_form": attendance_form,
            "outcome_form": outcome_form,
            "sees_minutes": can.has(Can.PEOPLE),
            "cancel_form": CancelMeetingForm() if may_edit else None,
        },
    )


def editable_meeting(request: HttpRequest, review_id: int, meeting_id: int) -> Meeting:
    review, _ = access.access_review(request.user, review_id, Can.EDIT)
    return get_object_or_404(Meeting.objects.select_related("review"), pk=meeting_id, review=review)


@login_required
def meeting_edit(request: HttpRequest, review_id: int, meeting_id: int) -> HttpResponse:
    meeting = editable_meeting(request, review_id, meeting_id)
    local = timezone.localtime(meeting.starts_at)
    initial = {
        "date": local.date(),
        "time": f"{local:%H:%M}",
        "place": meeting.place,
        "agenda": meeting.agenda,
    }
    form = MeetingForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        meeting.starts_at = form.starts_at()
        meeting.place = form.cleaned_data["place"]
        meeting.agenda = form.cleaned_data["agenda"]
        try:
            services.do_change_meeting(request.user, meeting, form.changed_data, request)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, "Meeting changed")
            return redirect("schedule:meeting", review_id, meeting.pk)
    return form_page(request, meeting.review, form, "Change the panel meeting")


@login_required
def meeting_cancel(request: HttpRequest, review_id: int, meeting_id: int) -> HttpResponse:
    meeting = editable_meeting(request, review_id, meeting_id)
    form = CancelMeetingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.do_cancel_meeting(request.user, meeting, form.cleaned_data["reason"], request)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, "Meeting cancelled")
            return redirect("schedule:meeting", review_id, meeting.pk)
    return form_page(request, meeting.review, form, "Cancel the panel meeting")


@login_required
def meeting_minutes(request: HttpRequest, review_id: int, meeting_id: int) -> HttpResponse:
    meeting = editable_meeting(request, review_id, meeting_id)
    form = MinutesForm(
        request.POST or None, request.FILES or None, initial={"minutes": meeting.minutes}
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.do_record_minutes(
                request.user,
                meeting,
                form.cleaned_data["minutes"],
                form.cleaned_data["file"],
                request,
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, "Minutes recorded")
            return redirect("schedule:meeting", review_id, meeting.pk)
    return form_page(request, meeting.review, form, "Minutes of the panel meeting")


@login_required
def meeting_minutes_file(request: HttpRequest, review_id: int, meeting_id: int) -> FileResponse:
    # Minutes discuss the case and its people: those who may see people read them.
    review, _ = access.access_review(request.user, review_id, Can.PEOPLE)
    meeting = get_object_or_404(Meeting, pk=meeting_id, review=review)
    if not meeting.minutes_file:
        raise Http404("No minutes file.")
    services.record_minutes_read(request.user, meeting, request)
    name = download_name(
        review.full_reference,
        "minutes",
        f"{timezone.localtime(meeting.starts_at):%Y-%m-%d}",
        extension=extension_for(meeting.minutes_type),
    )
    response = FileResponse(
        meeting.minutes_file.open("rb"),
        as_attachment=True,
        filename=name,
        content_type=meeting.minutes_type,
    )
    response["Cache-Control"] = "no-store"
    return response


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    csp, csps = access.access_dashboard(request.user, request.GET.get("csp") or None)
    stage, chair_id = read_filters(request)
    data = dash.build_dashboard(csp, services.today(), stage, chair_id)
    query = request.GET.urlencode()
    return render(
        request,
        "schedule/dashboard.html",
        {
            "dashboard": data,
            "csps": csps,
            "stages": Stage.choices,
            "stage": stage,
            "chair_id": chair_id,
            "export_url": reverse("schedule:dashboard_csv") + (f"?{query}" if query else ""),
            **outstanding_for(csp, services.today()),
        },
    )


def outstanding_for(csp: Any, on: Any) -> dict[str, Any]:
    """Overdue actions and outstanding IMRs across the CSP, beside the deadlines."""
    from dhr.actions.services import csp_overdue_actions
    from dhr.panel.models import ImrRequest

    return {
        "overdue_actions": csp_overdue_actions(csp, on),
        "outstanding_imrs": ImrRequest.objects.outstanding()
        .filter(review__csp=csp)
        .exclude(review__stage__in=services.FINISHED_STAGES)
        .select_related("review__csp", "agency")
        .order_by("due_on"),
    }


def read_filters(request: HttpRequest) -> tuple[str, int | None]:
    stage = request.GET.get("stage", "")
    if stage not in Stage.values:
        stage = ""
    chair = request.GET.get("chair", "")
    return stage, int(chair) if chair.isdigit() else None


@login_required
def dashboard_csv(request: HttpRequest) -> HttpResponse:
    csp, _ = access.access_dashboard(request.user, request.GET.get("csp") or None)
    stage, chair_id = read_filters(request)
    on = services.today()
    data = dash.build_dashboard(csp, on, stage, chair_id)
    response = HttpResponse(dash.dashboard_csv(data), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{csp.slug}-reviews-{on}.csv"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
@never_cache
def calendar_page(request: HttpRequest) -> HttpResponse:
    new_url = None
    if request.method == "POST":
        if request.POST.get("action") == "revoke":
            services.do_revoke_calendar_tokens(request.user, request)
            messages.success(request, "Calendar address revoked: it no longer works")
            return redirect("schedule:calendar")
        token = services.do_create_calendar_token(request.user, request)
        # Shown once: only the token's hash is kept.
        new_url = request.build_absolute_uri(reverse("schedule:feed", args=[token]))
    live = CalendarToken.objects.filter(
        user_id=request.user.pk or 0, revoked_at__isnull=True
    ).first()
    return render(request, "schedule/calendar.html", {"live": live, "new_url": new_url})


@require_safe
@never_cache
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """No session: the secret token in the address is the credential."""
    user = services.user_for_token(token)
    if user is None:
        raise Http404("No such calendar.")
    CalendarToken.objects.filter(token_hash=services.hash_token(token)).update(
        last_used_at=timezone.now()
    )
    response = HttpResponse(ics.build_feed(user), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="reviews.ics"'
    return response
