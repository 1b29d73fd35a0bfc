"""The rules of drafting: `check_*` validate, `do_*` change and write the audit record.

Every write goes through a `do_*` function here, inside one transaction with
its audit record; every read of the draft (real names) is recorded by
`record_read` before it is served.
"""

from __future__ import annotations

import datetime
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import F
from django.http import HttpRequest
from django.utils import timezone

from dhr.audit import services as audit
from dhr.organisations.models import Agency
from dhr.people.models import Person
from dhr.people.register import register_for_review
from dhr.redaction import Register
from dhr.reports import exports, language, outline
from dhr.reports.models import (
    ChecklistTick,
    ExportStatus,
    FamilyComment,
    LanguageDismissal,
    Report,
    ReportExport,
    ReportVersion,
    SectionComment,
    SectionText,
)
from dhr.reports.structure import OVERVIEW, SECTIONS, SUMMARY, SectionSpec, spec
from dhr.reviews.models import SUBMITTED_STAGES, Review, Stage, StageChange

log = logging.getLogger(__name__)
MAX_SECTION_CHARS = 400_000
MAX_COMMENT_CHARS = 10_000


def report_for(review: Review, kind: str) -> Report:
    if kind not in SECTIONS:
        raise ValidationError({"kind": f"'{kind}' is not a report: use overview or summary."})
    report, _ = Report.objects.get_or_create(review=review, kind=kind)
    return report


def record_read(
    actor: Any, report: Report, what: str, request: HttpRequest | None, target: Any = None
) -> None:
    """The draft carries real names: every read leaves a record first."""
    audit.record(
        actor,
        "report.view",
        f"Read {what} of the {report.get_kind_display().lower()}",
        review=report.review,
        target=target or report,
        request=request,
    )


# Sections -----------------------------------------------------------------


def section_spec(report: Report, key: str) -> SectionSpec:
    found = spec(report.kind, key)
    if found is None:
        raise ValidationError({"key": f"The {report.get_kind_display()} has no section '{key}'."})
    return found


def check_section_text(report: Report, key: str, text: str) -> None:
    section_spec(report, key)
    if len(text) > MAX_SECTION_CHARS:
        raise ValidationError(
            {
                "text": f"The section is {len(text):,} characters; "
                f"the limit is {MAX_SECTION_CHARS:,}."
            }
        )


def do_save_section(
    actor: Any, report: Report, key: str, text: str, request: HttpRequest | None = None
) -> SectionText | None:
    """Save a new version of a section's text; None when nothing changed."""
    text = text.replace("\r\n", "\n")
    check_section_text(report, key, text)
    with transaction.atomic():
        current = (
            SectionText.objects.select_for_update()
            .filter(report=report, key=key)
            .order_by("-number")
            .first()
        )
        if current is not None and current.text == text:
            return None
        saved = SectionText.objects.create(
            report=report,
            key=key,
            number=(current.number if current else 0) + 1,
            text=text,
            saved_by=actor,
        )
        audit.record(
            actor,
            "report.section_save",
            f"Saved version {saved.number} of '{section_spec(report, key).title}' in the "
            f"{report.get_kind_display().lower()}",
            review=report.review,
            target=saved,
            detail={"report": report.pk, "section": key, "number": saved.number},
            request=request,
        )
    return saved


def do_pull_section(
    actor: Any, summary: Report, key: str, request: HttpRequest | None = None
) -> SectionText | None:
    """Start an executive summary section from its overview section's current text."""
    section = section_spec(summary, key)
    if summary.kind != SUMMARY or not section.pulls:
        raise ValidationError({"key": "Only executive summary sections can take overview text."})
    overview = report_for(summary.review, OVERVIEW)
    source = outline.current_texts(overview).get(section.pulls)
    if source is None or not source.text.strip():
        raise ValidationError(
            {"key": "The overview report's matching section has no text yet to start from."}
        )
    return do_save_section(actor, summary, key, source.text, request)


# Versions -----------------------------------------------------------------


def do_freeze(
    actor: Any, report: Report, note: str = "", request: HttpRequest | None = None
) -> ReportVersion:
    """Freeze the whole report as it stands now, the record's sections included."""
    if len(note) > 500:
        raise ValidationError({"note": "Keep the note to 500 characters."})
    sections = outline.snapshot(report)
    if not any(s["text"].strip() for s in sections):
        raise ValidationError({"note": "Nothing has been written yet: write a section first."})
    with transaction.atomic():
        last = (
            ReportVersion.objects.select_for_update()
            .filter(report=report)
            .order_by("-number")
            .first()
        )
        version = ReportVersion.objects.create(
            report=report,
            number=(last.number if last else 0) + 1,
            note=note.strip(),
            sections=sections,
            frozen_by=actor,
        )
        audit.record(
            actor,
            "report.freeze",
            f"Froze version {version.number} of the {report.get_kind_display().lower()}",
            review=report.review,
            target=version,
            detail={"report": report.pk, "number": version.number, "note": version.note},
            request=request,
        )
    return version


def latest_version(report: Report) -> ReportVersion | None:
    return ReportVersion.objects.filter(report=report).order_by("-number").first()


def last_submission(review: Review) -> StageChange | None:
    return (
        StageChange.objects.filter(review=review, to_stage=Stage.SUBMITTED)
        .order_by("-at", "-id")
        .first()
    )


def submitted_version(report: Report) -> ReportVersion | None:
    """The frozen version the Home Office received: the latest frozen before the last submission."""
    review = report.review
    if review.stage not in SUBMITTED_STAGES:
        return None
    versions = ReportVersion.objects.filter(report=report)
    change = last_submission(review)
    if change is not None:
        versions = versions.filter(frozen_at__lte=change.at)
    return versions.order_by("-number").first()


def submission_problems(review: Review) -> list[str]:
    """What stops submission to the Home Office, as far as the report goes."""
    frozen = set(
        ReportVersion.objects.filter(report__review=review).values_list("report__kind", flat=True)
    )
    problems = []
    if OVERVIEW not in frozen:
        problems.append("The independent chair has not frozen a version of the overview report.")
    if SUMMARY not in frozen:
        problems.append("The independent chair has not frozen a version of the executive summary.")
    return problems


# Comments -----------------------------------------------------------------


def check_comment_text(text: str, field: str = "text") -> str:
    text = text.strip()
    if not text:
        raise ValidationError({field: "Write the comment"})
    if len(text) > MAX_COMMENT_CHARS:
        raise ValidationError({field: f"Keep it to {MAX_COMMENT_CHARS:,} characters."})
    return text


def do_comment(
    actor: Any, report: Report, key: str, text: str, request: HttpRequest | None = None
) -> SectionComment:
    section = section_spec(report, key)
    text = check_comment_text(text)
    with transaction.atomic():
        comment = SectionComment.objects.create(
            report=report,
            key=key,
            on_text=outline.current_texts(report).get(key),
            author=actor,
            text=text,
        )
        audit.record(
            actor,
            "report.comment",
            f"Commented on '{section.title}' in the {report.get_kind_display().lower()}",
            review=report.review,
            target=comment,
            request=request,
        )
    return comment


def do_resolve_comment(
    actor: Any, comment: SectionComment, resolution: str, request: HttpRequest | None = None
) -> SectionComment:
    if comment.resolved_at is not None:
        raise ValidationError({"resolution": "This comment was already resolved."})
    comment.resolution = check_comment_text(resolution, "resolution")
    comment.resolved_by = actor
    comment.resolved_at = timezone.now()
    with transaction.atomic():
        comment.save(update_fields=["resolution", "resolved_by", "resolved_at"])
        audit.record(
            actor,
            "report.comment_resolve",
            f"Resolved a comment on '{section_spec(comment.report, comment.key).title}'",
            review=comment.report.review,
            target=comment,
            detail={"resolution": comment.resolution},
            request=request,
        )
    return comment


def check_family_comment(version: ReportVersion, person: Person | None, received_on: Any) -> None:
    if person is not None and person.review_id != version.report.review_id:
        raise ValidationError({"person": "Choose someone recorded for this review."})
    if received_on and received_on < version.frozen_at.date():
        raise ValidationError(
            {
                "received_on": f"The family cannot have commented before version "
                f"{version.number} was frozen on {version.frozen_at:%d %B %Y}."
            }
        )
    if received_on and received_on > timezone.localdate():
        raise ValidationError({"received_on": "The date cannot be in the future."})


def do_family_comment(
    actor: Any,
    version: ReportVersion,
    person: Person | None,
    received_on: datetime.date,
    text: str,
    response: str = "",
    request: HttpRequest | None = None,
) -> FamilyComment:
    check_family_comment(version, person, received_on)
    text = check_comment_text(text)
    with transaction.atomic():
        comment = FamilyComment.objects.create(
            version=version,
            person=person,
            received_on=received_on,
            text=text,
            response=response.strip(),
            recorded_by=actor,
        )
        audit.record(
            actor,
            "report.family_comment",
            f"Recorded the family's comments on version {version.number} of the "
            f"{version.report.get_kind_display().lower()}",
            review=version.report.review,
            target=comment,
            request=request,
        )
    return comment


# Language -----------------------------------------------------------------


def name_map(review: Review) -> dict[str, str]:
    """Each registered real name, alias and name part -> the pseudonym to write instead."""
    register = register_for_review(review)
    names: dict[str, str] = {}
    for person in register["people"]:
        pseudonym = person["pseudonym"]
        for name in [person["name"], *person["aliases"]]:
            names[name] = pseudonym
            for part in name.split():
                if len(part) > 2 and part[0].isupper():
                    names.setdefault(part, pseudonym)
    pseudonyms = {p["pseudonym"] for p in register["people"]}
    return {n: p for n, p in names.items() if n not in pseudonyms}


def dismissed(report: Report, key: str) -> set[tuple[str, str]]:
    return set(
        LanguageDismissal.objects.filter(report=report, key=key).values_list("rule", "words")
    )


def language_flags(
    report: Report, key: str, text: str, names: dict[str, str] | None = None
) -> tuple[list[language.Flag], list[LanguageDismissal]]:
    """The open flags of a section's text, and the dismissals kept for it."""
    names = name_map(report.review) if names is None else names
    flags = language.check(text, names)
    gone = dismissed(report, key)
    kept = list(LanguageDismissal.objects.filter(report=report, key=key).select_related("by"))
    return language.undismissed(flags, gone), kept


def do_dismiss_flag(
    actor: Any,
    report: Report,
    key: str,
    rule: str,
    words: str,
    reason: str,
    request: HttpRequest | None = None,
) -> LanguageDismissal:
    section = section_spec(report, key)
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": "Say why this wording is right here"})
    words = " ".join(words.casefold().split())[:300]
    if rule not in {r.id for r in language.RULES} | {"real_name"}:
        raise ValidationError({"rule": "No such language check."})
    with transaction.atomic():
        dismissal, created = LanguageDismissal.objects.get_or_create(
            report=report,
            key=key,
            rule=rule,
            words=words,
            defaults={"reason": reason, "by": actor},
        )
        if not created:
            raise ValidationError({"reason": "This flag was already dismissed."})
        audit.record(
            actor,
            "report.language_dismiss",
            f"Dismissed a language flag ({rule}) in '{section.title}'",
            review=report.review,
            target=dismissal,
            detail={"rule": rule, "reason": reason},
            request=request,
        )
    return dismissal


# The QA checklist ---------------------------------------------------------


@dataclass
class CheckItem:
    key: str
    label: str
    computed: bool  # False: the chair ticks it
    ok: bool
    detail: str
    tick: ChecklistTick | None = None


MANUAL_ITEMS = {
    "victim_voice": "The report gives a sense of who the victim was, in the family's words where "
    "they wished",
    "anonymised": "Nothing in the report identifies anyone beyond the agreed pseudonyms (jigsaw "
    "identification considered)",
    "plain_language": "The report is in plain language, with abbreviations explained",
    "smart_actions": "Every action is SMART and agreed at senior level by its agency",
}


def checklist(report: Report) -> list[CheckItem]:
    from dhr.reports import checks

    ticks = {t.item: t for t in ChecklistTick.objects.filter(report=report).select_related("by")}
    items = checks.computed_items(report)
    for key, label in MANUAL_ITEMS.items():
        tick = ticks.get(key)
        items.append(
            CheckItem(
                key,
                label,
                computed=False,
                ok=bool(tick and tick.done),
                detail=tick.note if tick else "Not yet ticked by the chair.",
                tick=tick,
            )
        )
    return items


def do_tick(
    actor: Any,
    report: Report,
    item: str,
    done: bool,
    note: str,
    request: HttpRequest | None = None,
) -> ChecklistTick:
    if item not in MANUAL_ITEMS:
        raise ValidationError({"item": "That item is worked out from the record, not ticked."})
    note = note.strip()
    if not note:
        raise ValidationError({"note": "Add a note saying where the report does this"})
    with transaction.atomic():
        tick, _ = ChecklistTick.objects.update_or_create(
            report=report, item=item, defaults={"done": done, "note": note, "by": actor}
        )
        audit.record(
            actor,
            "report.checklist",
            f"{'Ticked' if done else 'Unticked'} '{MANUAL_ITEMS[item]}'",
            review=report.review,
            target=tick,
            detail={"item": item, "done": done, "note": note},
            request=request,
        )
    return tick


# Exports ------------------------------------------------------------------


def do_request_export(
    actor: Any,
    report: Report,
    version: ReportVersion | None,
    fmt: str,
    panel: bool,
    request: HttpRequest | None = None,
) -> ReportExport:
    """Queue an export for the background worker; the page shows its progress."""
    if fmt not in {"docx", "pdf"}:
        raise ValidationError({"format": "Choose Word (.docx) or PDF."})
    with transaction.atomic():
        export = ReportExport.objects.create(
            report=report,
            version=version,
            format=fmt,
            panel=panel,
            token=secrets.token_hex(16),
            requested_by=actor,
            total=100,
        )
        audit.record(
            actor,
            "report.export_panel" if panel else "report.export",
            f"Asked for {'the panel' if panel else 'an anonymised'} {fmt} copy of the "
            f"{report.get_kind_display().lower()}"
            + (f" version {version.number}" if version else " (live draft)"),
            review=report.review,
            target=export,
            detail={"format": fmt, "panel": panel, "version": version.number if version else None},
            request=request,
        )
        # The task row is written in this transaction (database backend): both or neither.
        enqueue_export(export)
    return export


def enqueue_export(export: ReportExport) -> None:
    from dhr.reports.tasks import render_export

    render_export.enqueue(export.pk)


def agency_terms(review: Review) -> list[str]:
    names = list(Agency.objects.filter(csp=review.csp).values_list("name", flat=True))
    return [review.csp.name, *names]


def produce(
    report: Report,
    version: ReportVersion | None,
    fmt: str,
    panel: bool,
    progress: Callable[[str, int, int], None] | None = None,
    use_ner: bool = True,
) -> bytes:
    """The document's bytes: the panel's copy as written, anyone else's through the engine."""
    doc = outline.build_doc(report, version)
    if not panel:
        doc = redact_for_export(report.review, doc, progress, use_ner)
    if progress:
        progress("writing the file", 0, 1)
    if fmt == "pdf":
        return exports.to_pdf(doc)
    return exports.to_docx(doc)


def redact_for_export(
    review: Review,
    doc: outline.ReportDoc,
    progress: Callable[[str, int, int], None] | None = None,
    use_ner: bool = True,
) -> outline.ReportDoc:
    """The document through the redaction engine with the review's register."""
    register = Register.from_dict(register_for_review(review))

    def redaction_progress(step: str, done: int, total: int) -> None:
        if progress:
            progress(f"anonymising ({step})", done, total)

    return exports.redact_doc(
        doc, register, agency_terms(review), redaction_progress, use_ner=use_ner
    )


def set_progress(export_id: int, step: str, done: int) -> None:
    ReportExport.objects.filter(pk=export_id).update(
        step=step[:200], done=min(done, 99), progress_at=timezone.now()
    )


def run_export(export_id: int) -> None:
    """The background task: claim the row, write the file, keep progress.

    A row already RUNNING means this job was put back in the queue because its
    worker died part way (dhr.jobs.recovery): start it again from the beginning.
    Nothing is half-written: the file is saved and the row marked done only at
    the end, and a second run replaces the first's file rather than adding to it.
    """
    claimed = ReportExport.objects.filter(
        pk=export_id, status__in=[ExportStatus.PENDING, ExportStatus.RUNNING]
    ).update(status=ExportStatus.RUNNING, progress_at=timezone.now(), done=1, step="starting")
    if not claimed:
        return  # it is finished
    export = ReportExport.objects.select_related("report__review__csp", "version").get(pk=export_id)
    # Redaction is most of the work: 5-70%; writing the file 70-99%.
    bands = {"anonymising": (5, 70), "writing": (70, 99)}

    def progress(step: str, done: int, total: int) -> None:
        low, high = bands["anonymising" if step.startswith("anonymising") else "writing"]
        set_progress(export_id, step, low + (high - low) * done // max(total, 1))

    try:
        content = produce(export.report, export.version, export.format, export.panel, progress)
    except exports.LeakError as error:
        finish_export(export_id, ExportStatus.FAILED, str(error))
        return
    except Exception:
        log.exception("Report export %s failed", export_id)
        finish_export(
            export_id,
            ExportStatus.FAILED,
            "The export failed part way. Try again; if it fails again, tell your administrator.",
        )
        return
    export.file.save("export", ContentFile(content), save=False)
    ReportExport.objects.filter(pk=export_id).update(file=export.file.name, size=len(content))
    finish_export(export_id, ExportStatus.DONE, "")


def finish_export(export_id: int, status: str, message: str) -> None:
    ReportExport.objects.filter(pk=export_id).update(
        status=status,
        message=message,
        done=F("total") if status == ExportStatus.DONE else F("done"),
        step="finished" if status == ExportStatus.DONE else "stopped",
        finished_at=timezone.now(),
        progress_at=timezone.now(),
    )


def record_download(actor: Any, export: ReportExport, request: HttpRequest | None) -> None:
    audit.record(
        actor,
        "report.download_panel" if export.panel else "report.download",
        f"Downloaded {'the panel copy (real names)' if export.panel else 'an anonymised copy'} "
        f"of the {export.report.get_kind_display().lower()} as {export.format}",
        review=export.report.review,
        target=export,
        request=request,
    )
