"""Thin views: each fetches through dhr.access, audits reads, then calls a service."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.text import slugify
from django.views.decorators.http import require_POST

from dhr import access
from dhr.access import Can, ReviewAccess
from dhr.reports import diff, exports, markup, outline, services
from dhr.reports.forms import (
    CommentForm,
    DismissForm,
    ExportForm,
    FamilyCommentForm,
    FreezeForm,
    ResolveForm,
    SectionForm,
    TickForm,
)
from dhr.reports.models import (
    FamilyComment,
    Report,
    ReportExport,
    ReportVersion,
    SectionComment,
    SectionText,
)
from dhr.reports.structure import OVERVIEW, SECTIONS, SUMMARY, spec
from dhr.reviews.models import Review
from dhr.reviews.views import apply_errors


def fetch(user: Any, review_id: int, kind: str, need: Can) -> tuple[Review, ReviewAccess, Report]:
    review, can = access.access_review(user, review_id, need)
    if kind not in SECTIONS:
        raise Http404("No such report.")
    return review, can, services.report_for(review, kind)


def version_of(report: Report, number: int) -> ReportVersion:
    return get_object_or_404(ReportVersion, report=report, number=number)


@login_required
def index(request: HttpRequest, review_id: int) -> HttpResponse:
    review, can = access.access_review(request.user, review_id, Can.DRAFTS)
    documents = []
    for kind in (OVERVIEW, SUMMARY):
        report = services.report_for(review, kind)
        texts = outline.current_texts(report)
        written = sum(1 for t in texts.values() if t.text.strip())
        documents.append(
            {
                "report": report,
                "sections": len(SECTIONS[kind]),
                "written": written,
                "open_comments": SectionComment.objects.filter(
                    report=report, resolved_at__isnull=True
                ).count(),
                "latest": services.latest_version(report),
            }
        )
    return render(
        request,
        "reports/index.html",
        {
            "review": review,
            "documents": documents,
            "problems": services.submission_problems(review),
            "can": can,
        },
    )


@login_required
def document(request: HttpRequest, review_id: int, kind: str) -> HttpResponse:
    review, can, report = fetch(request.user, review_id, kind, Can.DRAFTS)
    services.record_read(request.user, report, "the whole live draft", request)
    doc = outline.build_doc(report)
    texts = outline.current_texts(report)
    open_comments: dict[str, int] = {}
    for comment in SectionComment.objects.filter(report=report, resolved_at__isnull=True):
        open_comments[comment.key] = open_comments.get(comment.key, 0) + 1
    sections = exports.html_sections(doc)
    for section in sections:
        section["saved"] = texts.get(section["key"])
        section["open_comments"] = open_comments.get(section["key"], 0)
    return render(
        request,
        "reports/document.html",
        {"review": review, "report": report, "sections": sections, "can": can},
    )


def section_context(
    request: HttpRequest, review: Review, can: ReviewAccess, report: Report, key: str
) -> dict[str, Any]:
    section = spec(report.kind, key)
    if section is None:
        raise Http404("No such section.")
    history = list(
        SectionText.objects.filter(report=report, key=key).select_related("saved_by")[:50]
    )
    current = history[0] if history else None
    text = current.text if current else ""
    flags, dismissals = services.language_flags(report, key, text)
    comments = SectionComment.objects.filter(report=report, key=key).select_related(
        "author", "resolved_by", "on_text"
    )
    return {
        "review": review,
        "report": report,
        "section": section,
        "current": current,
        "html": markup.to_html(text, top=3),
        "blocks": exports.html_sections(
            outline.ReportDoc(
                "",
                "",
                "",
                "",
                [
                    {
                        "key": key,
                        "title": section.title,
                        "text": "",
                        "blocks": outline.live_blocks(review, section),
                    }
                ],
            )
        )[0]["blocks"],
        "history": history,
        "flags": [
            {"flag": f, "form": DismissForm(initial={"rule": f.rule, "words": f.text})}
            for f in flags
        ],
        "dismissals": dismissals,
        "comments": [{"comment": c, "form": ResolveForm(prefix=f"c{c.pk}")} for c in comments],
        "comment_form": CommentForm(),
        "can": can,
        "may_write": can.has(Can.WRITE_DRAFTS),
        "may_comment": can.has(Can.COMMENT_DRAFTS),
        "may_resolve": can.has(Can.FREEZE_REPORT),
        "pulls_from": spec(OVERVIEW, section.pulls) if section.pulls else None,
    }


@login_required
def section(request: HttpRequest, review_id: int, kind: str, key: str) -> HttpResponse:
    need = Can.WRITE_DRAFTS if request.method == "POST" else Can.DRAFTS
    review, can, report = fetch(request.user, review_id, kind, need)
    if spec(kind, key) is None:
        raise Http404("No such section.")
    context = section_context(request, review, can, report, key)
    current = context["current"]
    form = SectionForm(request.POST or None, initial={"text": current.text if current else ""})
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.do_save_section(
                request.user, report, key, form.cleaned_data["text"], request
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(
                request,
                f"Saved as version {saved.number}." if saved else "Nothing had changed.",
            )
            return redirect("reports:section", review.pk, kind, key)
    if request.method != "POST":
        services.record_read(
            request.user, report, f"the section '{context['section'].title}'", request
        )
    context["form"] = form
    return render(request, "reports/section.html", context)


@login_required
@require_POST
def section_pull(request: HttpRequest, review_id: int, kind: str, key: str) -> HttpResponse:
    review, _, report = fetch(request.user, review_id, kind, Can.WRITE_DRAFTS)
    try:
        saved = services.do_pull_section(request.user, report, key, request)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            "Started from the overview report's text."
            if saved
            else "The text was already the same.",
        )
    return redirect("reports:section", review.pk, kind, key)


@login_required
@require_POST
def comment(request: HttpRequest, review_id: int, kind: str, key: str) -> HttpResponse:
    review, can, report = fetch(request.user, review_id, kind, Can.COMMENT_DRAFTS)
    form = CommentForm(request.POST)
    if form.is_valid():
        try:
            services.do_comment(request.user, report, key, form.cleaned_data["text"], request)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, "Your comment was added.")
            return redirect("reports:section", review.pk, kind, key)
    context = section_context(request, review, can, report, key)
    context["comment_form"] = form
    context["form"] = SectionForm(
        initial={"text": context["current"].text if context["current"] else ""}
    )
    return render(request, "reports/section.html", context)


@login_required
@require_POST
def comment_resolve(
    request: HttpRequest, review_id: int, kind: str, comment_id: int
) -> HttpResponse:
    review, _, report = fetch(request.user, review_id, kind, Can.FREEZE_REPORT)
    found = get_object_or_404(SectionComment, pk=comment_id, report=report)
    form = ResolveForm(request.POST, prefix=f"c{found.pk}")
    if not form.is_valid():
        messages.error(request, "Say how the comment was resolved.")
    else:
        try:
            services.do_resolve_comment(
                request.user, found, form.cleaned_data["resolution"], request
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, "The comment is resolved.")
    return redirect("reports:section", review.pk, kind, found.key)


@login_required
@require_POST
def dismiss(request: HttpRequest, review_id: int, kind: str, key: str) -> HttpResponse:
    review, _, report = fetch(request.user, review_id, kind, Can.WRITE_DRAFTS)
    form = DismissForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Say why this wording is right here before dismissing the flag.")
    else:
        try:
            services.do_dismiss_flag(
                request.user, report, key, **form.cleaned_data, request=request
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, "The flag is dismissed; your reason is kept.")
    return redirect("reports:section", review.pk, kind, key)


@login_required
def versions(request: HttpRequest, review_id: int, kind: str) -> HttpResponse:
    review, can, report = fetch(request.user, review_id, kind, Can.DRAFTS)
    found = list(ReportVersion.objects.filter(report=report).select_related("frozen_by"))
    return render(
        request,
        "reports/versions.html",
        {
            "review": review,
            "report": report,
            "versions": found,
            "freeze_form": FreezeForm(),
            "export_form": ExportForm(),
            "may_freeze": can.has(Can.FREEZE_REPORT),
            "submitted": services.submitted_version(report),
        },
    )


@login_required
@require_POST
def freeze(request: HttpRequest, review_id: int, kind: str) -> HttpResponse:
    review, _, report = fetch(request.user, review_id, kind, Can.FREEZE_REPORT)
    form = FreezeForm(request.POST)
    if form.is_valid():
        try:
            version = services.do_freeze(request.user, report, form.cleaned_data["note"], request)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, f"Version {version.number} is frozen.")
            return redirect("reports:version", review.pk, kind, version.number)
    else:
        messages.error(request, " ".join(str(m) for e in form.errors.values() for m in e))
    return redirect("reports:versions", review.pk, kind)


def readable_version(
    request: HttpRequest, review_id: int, kind: str, number: int
) -> tuple[Review, ReviewAccess, Report, ReportVersion]:
    """A frozen version for the panel, or for the QA reader if it is the submitted one."""
    review, can, report = fetch(request.user, review_id, kind, Can.SUBMITTED_REPORT)
    version = version_of(report, number)
    submitted = services.submitted_version(report)
    if not access.may_read_report_version(
        can, submitted is not None and submitted.pk == version.pk
    ):
        raise PermissionDenied
    return review, can, report, version


@login_required
def version(request: HttpRequest, review_id: int, kind: str, number: int) -> HttpResponse:
    review, can, report, found = readable_version(request, review_id, kind, number)
    panel = can.has(Can.DRAFTS)
    form = FamilyCommentForm(review=review)
    if panel:
        services.record_read(request.user, report, f"frozen version {found.number}", request, found)
        doc = outline.build_doc(report, found)
        sections = exports.html_sections(doc)
    else:
        # The QA reader sees the submitted version anonymised, never the panel's text.
        sections = []
        services.record_read(
            request.user, report, f"the submitted version {found.number} (list)", request, found
        )
    return render(
        request,
        "reports/version.html",
        {
            "review": review,
            "report": report,
            "version": found,
            "sections": sections,
            "panel": panel,
            "family_comments": FamilyComment.objects.filter(version=found).select_related(
                "person", "recorded_by"
            )
            if panel
            else [],
            "family_form": form,
            "may_write": can.has(Can.WRITE_DRAFTS),
            "export_form": ExportForm(),
        },
    )


@login_required
@require_POST
def family_comment(request: HttpRequest, review_id: int, kind: str, number: int) -> HttpResponse:
    review, _, report = fetch(request.user, review_id, kind, Can.WRITE_DRAFTS)
    found = version_of(report, number)
    form = FamilyCommentForm(request.POST, review=review)
    if form.is_valid():
        try:
            services.do_family_comment(request.user, found, **form.cleaned_data, request=request)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, "The family's comments are recorded against this version.")
            return redirect("reports:version", review.pk, kind, number)
    return render(
        request,
        "reports/family_comment.html",
        {"review": review, "report": report, "version": found, "form": form},
    )


@login_required
def compare(request: HttpRequest, review_id: int, kind: str) -> HttpResponse:
    review, _, report = fetch(request.user, review_id, kind, Can.DRAFTS)
    found = list(ReportVersion.objects.filter(report=report).order_by("-number"))
    numbers = [v.number for v in found]

    def pick(name: str, default: int | None) -> int | None:
        value = request.GET.get(name, "")
        return int(value) if value.isdigit() and int(value) in numbers else default

    newer = pick("to", numbers[0] if numbers else None)
    older = pick("from", numbers[1] if len(numbers) > 1 else None)
    sections: list[diff.SectionDiff] = []
    error = ""
    if older is None or newer is None:
        error = (
            "Choose two frozen versions to compare."
            if len(numbers) > 1
            else ("There is only one frozen version so far, or none: freeze another to compare.")
        )
    else:
        a = next(v for v in found if v.number == older)
        b = next(v for v in found if v.number == newer)
        services.record_read(
            request.user, report, f"a comparison of versions {older} and {newer}", request
        )
        sections = diff.compare(a.sections, b.sections)
    return render(
        request,
        "reports/compare.html",
        {
            "review": review,
            "report": report,
            "numbers": numbers,
            "older": older,
            "newer": newer,
            "sections": sections,
            "error": error,
        },
    )


@login_required
def checklist(request: HttpRequest, review_id: int) -> HttpResponse:
    need = Can.FREEZE_REPORT if request.method == "POST" else Can.DRAFTS
    review, can = access.access_review(request.user, review_id, need)
    report = services.report_for(review, OVERVIEW)
    failed: TickForm | None = None
    if request.method == "POST":
        posted = TickForm(request.POST)
        if posted.is_valid():
            try:
                services.do_tick(request.user, report, **posted.cleaned_data, request=request)
            except ValidationError as error:
                apply_errors(posted, error)
                failed = posted
            else:
                messages.success(request, "The checklist is updated.")
                return redirect("reports:checklist", review.pk)
        else:
            failed = posted
    items = services.checklist(report)
    rows = []
    for item in items:
        form: TickForm | None = None
        if not item.computed and can.has(Can.FREEZE_REPORT):
            if failed is not None and failed.data.get("item") == item.key:
                form = failed
            else:
                form = TickForm(
                    initial={
                        "item": item.key,
                        "done": bool(item.tick and item.tick.done),
                        "note": item.tick.note if item.tick else "",
                    },
                    auto_id=f"id_{item.key}_%s",
                )
        rows.append({"item": item, "form": form})
    return render(
        request,
        "reports/checklist.html",
        {"review": review, "rows": rows, "failed": failed},
    )


@login_required
def submitted(request: HttpRequest, review_id: int) -> HttpResponse:
    review, can = access.access_review(request.user, review_id, Can.SUBMITTED_REPORT)
    rows = []
    for kind in (OVERVIEW, SUMMARY):
        report = services.report_for(review, kind)
        rows.append({"report": report, "version": services.submitted_version(report)})
    return render(
        request,
        "reports/submitted.html",
        {"review": review, "rows": rows, "panel": can.has(Can.DRAFTS)},
    )


@login_required
@require_POST
def export(request: HttpRequest, review_id: int, kind: str) -> HttpResponse:
    review, can, report = fetch(request.user, review_id, kind, Can.SUBMITTED_REPORT)
    form = ExportForm(request.POST)
    number = request.POST.get("version", "")
    found = version_of(report, int(number)) if number.isdigit() else None
    submitted = services.submitted_version(report)
    is_submitted = found is not None and submitted is not None and found.pk == submitted.pk
    # Outside the panel: only the submitted version, only anonymised.
    if not can.has(Can.DRAFTS) and (request.POST.get("copy") != "redacted" or not is_submitted):
        raise PermissionDenied
    if not form.is_valid():
        messages.error(request, "Choose a format and which copy.")
        return redirect("reports:versions", review.pk, kind)
    panel = form.cleaned_data["copy"] == "panel"
    made = services.do_request_export(
        request.user, report, found, form.cleaned_data["format"], panel, request
    )
    return redirect("reports:export_status", review.pk, made.pk)


def fetch_export(request: HttpRequest, review_id: int, export_id: int) -> ReportExport:
    review, can = access.access_review(request.user, review_id, Can.SUBMITTED_REPORT)
    found = get_object_or_404(
        ReportExport.objects.select_related("report", "version"),
        pk=export_id,
        report__review=review,
    )
    submitted = services.submitted_version(found.report)
    is_submitted = (
        found.version_id is not None and submitted is not None and found.version_id == submitted.pk
    )
    if not access.may_read_report_version(can, is_submitted and not found.panel):
        raise PermissionDenied
    return found


@login_required
def export_status(request: HttpRequest, review_id: int, export_id: int) -> HttpResponse:
    found = fetch_export(request, review_id, export_id)
    response = render(
        request,
        "reports/export.html",
        {"review": found.report.review, "export": found, "report": found.report},
    )
    if found.is_working:
        response["Refresh"] = "3"
    return response


@login_required
def export_download(request: HttpRequest, review_id: int, export_id: int) -> FileResponse:
    found = fetch_export(request, review_id, export_id)
    if not found.file:
        raise Http404("This export is not ready.")
    services.record_download(request.user, found, request)
    review = found.report.review
    name = slugify(f"{review.full_reference} {found.report.kind}") or f"review-{review.pk}"
    suffix = "-panel-copy" if found.panel else "-anonymised"
    content_type = (
        "application/pdf"
        if found.format == "pdf"
        else "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    response = FileResponse(
        found.file.open("rb"),
        as_attachment=True,
        filename=f"{name}{suffix}.{found.format}",
        content_type=content_type,
    )
    response["Cache-Control"] = "no-store"
    return response


def section_url(review: Review, kind: str, key: str) -> str:
    return reverse("reports:section", args=[review.pk, kind, key])
