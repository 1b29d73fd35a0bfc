"""IMR waivers, the CSP chair's sign-off and the Home Office QA rounds.

`check_*` raise `ValidationError` keyed to the field; `do_*` save and write
the audit record in one transaction (stage moves go through the lifecycle).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.http import HttpRequest
from django.utils import timezone

from dhr.audit import services as audit
from dhr.organisations.models import Agency
from dhr.reviews import lifecycle
from dhr.reviews.models import AGENCY_KINDS, Review, ReviewDocument, Stage
from dhr.signoffs.models import (
    CspSignOff,
    DevelopmentArea,
    ImrWaiver,
    QaFeedback,
    QaOutcome,
    Submission,
)

# IMRs ---------------------------------------------------------------------------


def scoped_agencies(review: Review) -> list[Agency]:
    """Agencies whose IMR the review waits for: scoped in, or asked by letter."""
    from dhr.panel.models import AgencyScope, ImrRequest

    ids = set(
        AgencyScope.objects.filter(review=review, included=True).values_list("agency_id", flat=True)
    ) | set(ImrRequest.objects.filter(review=review).values_list("agency_id", flat=True))
    return list(Agency.objects.filter(pk__in=ids).order_by("name"))


def received_agency_ids(review: Review) -> set[int]:
    from dhr.evidence.models import ImrSubmission
    from dhr.panel.models import ImrRequest

    return set(
        ImrRequest.objects.filter(review=review, received_on__isnull=False).values_list(
            "agency_id", flat=True
        )
    ) | set(ImrSubmission.objects.filter(review=review).values_list("agency_id", flat=True))


def waivers(review: Review) -> dict[int, ImrWaiver]:
    return {
        w.agency_id: w for w in ImrWaiver.objects.filter(review=review).select_related("waived_by")
    }


def outstanding_imrs(review: Review) -> list[Agency]:
    """Scoped agencies whose IMR is neither received nor waived with a reason."""
    done = received_agency_ids(review) | set(waivers(review))
    return [agency for agency in scoped_agencies(review) if agency.pk not in done]


def do_waive_imr(
    actor: Any, review: Review, agency: Agency, reason: str, request: HttpRequest | None = None
) -> ImrWaiver:
    if agency.pk not in {a.pk for a in outstanding_imrs(review)}:
        raise ValidationError({"reason": f"The IMR from {agency} is not awaited"})
    if not reason.strip():
        raise ValidationError({"reason": "Say why the review will not wait for this IMR"})
    with transaction.atomic():
        waiver = ImrWaiver.objects.create(
            review=review, agency=agency, reason=reason.strip(), waived_by=actor
        )
        audit.record(
            actor,
            "imr.waive",
            f"Waived the IMR from {agency}",
            review=review,
            target=waiver,
            detail={"agency": agency.pk, "reason": reason.strip()},
            request=request,
        )
    return waiver


# The CSP chair's sign-off ---------------------------------------------------------


def entered_sign_off_at(review: Review) -> datetime.datetime | None:
    """When the review last moved into CSP sign-off (a sign-off must come after it)."""
    change = review.stage_changes.filter(to_stage=Stage.CSP_SIGN_OFF).order_by("-at").first()
    return change.at if change else None


def current_csp_sign_off(review: Review) -> CspSignOff | None:
    """The CSP chair's sign-off of the report as it now stands, if given."""
    sign_offs = CspSignOff.objects.filter(review=review).select_related("signed_by")
    since = entered_sign_off_at(review)
    if since is not None:
        sign_offs = sign_offs.filter(signed_at__gte=since)
    return sign_offs.order_by("-signed_at").first()


def check_csp_sign_off(review: Review) -> None:
    if review.stage != Stage.CSP_SIGN_OFF:
        raise ValidationError(
            {
                "note": "The report is not waiting for the CSP's sign-off (its stage is "
                f"{review.get_stage_display()})"
            }
        )
    if current_csp_sign_off(review) is not None:
        raise ValidationError({"note": "You have already signed off this report"})


def do_csp_sign_off(
    actor: Any, review: Review, note: str, request: HttpRequest | None = None
) -> CspSignOff:
    """The CSP chair signs off the report; the review's completion date is this day."""
    check_csp_sign_off(review)
    now = timezone.now()
    with transaction.atomic():
        sign_off = CspSignOff.objects.create(
            review=review, signed_by=actor, signed_at=now, note=note.strip()
        )
        review.report_completed_on = timezone.localdate(now)
        review.save(update_fields=["report_completed_on", "updated_at"])
        audit.record(
            actor,
            "review.csp_sign_off",
            "The CSP chair signed off the overview report",
            review=review,
            target=sign_off,
            detail={"note": note.strip()},
            request=request,
        )
    return sign_off


# Home Office QA -----------------------------------------------------------------

# What goes in a pack besides the documents chosen: each source returns pack
# items ({"kind", "title", "version"}). dhr.reports adds the frozen report and
# executive summary here.
PACK_SOURCES: list[Callable[[Review], list[dict[str, Any]]]] = []


def action_plan_item(review: Review) -> list[dict[str, Any]]:
    from dhr.actions.services import live_recommendations, plan_actions

    recs, actions = live_recommendations(review).count(), plan_actions(review).count()
    return [
        {
            "kind": "action_plan",
            "title": "Recommendations and action plan (Appendices A and B)",
            "version": f"{recs} recommendation{'s' if recs != 1 else ''}, "
            f"{actions} action{'s' if actions != 1 else ''}, as of "
            f"{timezone.localdate():%-d %B %Y}",
            "document": None,
        }
    ]


def frozen_report_items(review: Review) -> list[dict[str, Any]]:
    """The latest frozen version of the overview report and of the executive summary."""
    from dhr.reports.models import ReportVersion

    items = []
    for report in review.reports.order_by("kind"):
        version = ReportVersion.objects.filter(report=report).order_by("-number").first()
        if version is not None:
            items.append(
                {
                    "kind": report.kind,
                    "title": report.get_kind_display(),
                    "version": f"version {version.number}, frozen "
                    f"{timezone.localtime(version.frozen_at):%-d %B %Y}",
                    "document": None,
                    "report_version": version.pk,
                }
            )
    return items


PACK_SOURCES.extend([frozen_report_items, action_plan_item])


def pack_documents(review: Review) -> list[ReviewDocument]:
    """Documents that may go in the pack: the report's files, never IMRs or chronologies."""
    return list(review.documents.exclude(kind__in=AGENCY_KINDS).order_by("-uploaded_at"))


def submissions(review: Review) -> list[Submission]:
    return list(
        Submission.objects.filter(review=review)
        .select_related("submitted_by", "feedback__recorded_by")
        .prefetch_related("feedback__areas__answered_by")
    )


def latest_submission(review: Review) -> Submission | None:
    return Submission.objects.filter(review=review).order_by("-round").first()


def feedback_of(submission: Submission | None) -> QaFeedback | None:
    if submission is None:
        return None
    return QaFeedback.objects.filter(submission=submission).first()


def pending_submission(review: Review) -> Submission | None:
    """The latest round, if the QA panel has not answered it yet."""
    submission = latest_submission(review)
    return submission if submission and feedback_of(submission) is None else None


def latest_feedback(review: Review) -> QaFeedback | None:
    return feedback_of(latest_submission(review))


def answered_feedback(review: Review) -> QaFeedback | None:
    """The latest feedback received (of the latest round that has one)."""
    return (
        QaFeedback.objects.filter(submission__review=review).order_by("-submission__round").first()
    )


def unanswered_areas(review: Review) -> list[DevelopmentArea]:
    feedback = answered_feedback(review)
    if feedback is None:
        return []
    return list(feedback.areas.filter(answered_at__isnull=True))


def answerable_areas(review: Review) -> list[DevelopmentArea]:
    """The areas the chair may answer now: the latest feedback's, while in revisions."""
    feedback = answered_feedback(review)
    if feedback is None or review.stage != Stage.REVISIONS:
        return []
    return list(feedback.areas.all())


def check_submit(review: Review, submitted_on: Any) -> None:
    if review.stage not in {Stage.CSP_SIGN_OFF, Stage.REVISIONS}:
        raise ValidationError(
            {
                "submitted_on": "Only a report signed off by the CSP, or revised after QA "
                f"feedback, is submitted (this review is at {review.get_stage_display()})"
            }
        )
    if not isinstance(submitted_on, datetime.date):
        raise ValidationError({"submitted_on": "Enter the date the pack was sent"})
    if submitted_on > timezone.localdate():
        raise ValidationError({"submitted_on": "The date sent cannot be in the future"})


def do_submit(
    actor: Any,
    review: Review,
    submitted_on: datetime.date,
    documents: Iterable[ReviewDocument],
    covering_note: str = "",
    request: HttpRequest | None = None,
) -> Submission:
    """Record the pack sent to the Home Office and move the review to Submitted, or nothing."""
    check_submit(review, submitted_on)
    documents = list(documents)
    if any(d.review_id != review.pk or d.kind in AGENCY_KINDS for d in documents):
        raise ValidationError({"documents": "Choose the report's documents of this review"})
    resubmission = review.stage == Stage.REVISIONS
    pack = [item for source in PACK_SOURCES for item in source(review)] + [
        {
            "kind": d.kind,
            "title": d.title,
            "version": f"uploaded {timezone.localtime(d.uploaded_at):%-d %B %Y %H:%M}",
            "document": d.pk,
        }
        for d in documents
    ]
    with transaction.atomic():
        number = (Submission.objects.filter(review=review).aggregate(n=Max("round"))["n"] or 0) + 1
        submission = Submission.objects.create(
            review=review,
            round=number,
            submitted_on=submitted_on,
            submitted_by=actor,
            pack=pack,
            covering_note=covering_note.strip(),
        )
        audit.record(
            actor,
            "qa.submit",
            ("Resubmitted" if resubmission else "Submitted")
            + f" the report to the Home Office QA panel (round {number})",
            review=review,
            target=submission,
            detail={"pack": pack, "submitted_on": submitted_on.isoformat()},
            request=request,
        )
        lifecycle.do_move_stage(
            actor,
            review,
            Stage.SUBMITTED,
            f"{'Resubmitted' if resubmission else 'Submitted'} to the Home Office QA panel on "
            f"{submitted_on:%-d %B %Y} (round {number})",
            request,
        )
    return submission


def parse_areas(text: str) -> list[str]:
    """Areas for development, one a line (blank lines and list markers ignored)."""
    return [line.strip().lstrip("-•*").strip() for line in text.splitlines() if line.strip()]


def check_feedback(
    review: Review, outcome: str, letter_dated: Any, strengths: str, areas: list[str]
) -> Submission:
    submission = pending_submission(review)
    if submission is None or review.stage != Stage.SUBMITTED:
        raise ValidationError({"outcome": "There is no submission waiting for feedback"})
    errors: dict[str, str] = {}
    if outcome not in QaOutcome.values:
        errors["outcome"] = "Choose the panel's outcome"
    if not isinstance(letter_dated, datetime.date):
        errors["letter_dated"] = "Enter the date of the panel's letter"
    elif letter_dated < submission.submitted_on:
        errors["letter_dated"] = (
            "The letter cannot be dated before the submission "
            f"({submission.submitted_on:%-d %B %Y})"
        )
    elif letter_dated > timezone.localdate():
        errors["letter_dated"] = "The letter's date cannot be in the future"
    if not strengths.strip():
        errors["strengths"] = "Enter the strengths the panel noted"
    if outcome == QaOutcome.REVISIONS and not areas:
        errors["areas"] = "List each area for development the panel asked for, one a line"
    if errors:
        raise ValidationError(errors)
    return submission


def do_record_feedback(
    actor: Any,
    review: Review,
    outcome: str,
    letter_dated: datetime.date,
    strengths: str,
    areas: list[str],
    request: HttpRequest | None = None,
) -> QaFeedback:
    """The QA reader records the panel's letter; the review moves to its outcome."""
    submission = check_feedback(review, outcome, letter_dated, strengths, areas)
    with transaction.atomic():
        feedback = QaFeedback.objects.create(
            submission=submission,
            outcome=outcome,
            letter_dated=letter_dated,
            strengths=strengths.strip(),
            recorded_by=actor,
        )
        DevelopmentArea.objects.bulk_create(
            DevelopmentArea(feedback=feedback, number=n, text=text)
            for n, text in enumerate(areas, start=1)
        )
        audit.record(
            actor,
            "qa.feedback",
            f"Recorded the Home Office QA panel's feedback on round {submission.round}: "
            f"{QaOutcome(outcome).label.lower()}",
            review=review,
            target=feedback,
            detail={"outcome": outcome, "areas": len(areas)},
            request=request,
        )
        target = Stage.APPROVED if outcome == QaOutcome.APPROVED else Stage.REVISIONS
        lifecycle.do_move_stage(
            actor,
            review,
            target,
            f"Home Office QA panel's letter of {letter_dated:%-d %B %Y}: "
            f"{QaOutcome(outcome).label.lower()}",
            request,
        )
    return feedback


def check_answer(area: DevelopmentArea, change_made: str, where: str) -> None:
    review = area.feedback.submission.review
    if answered_feedback(review) != area.feedback or review.stage != Stage.REVISIONS:
        raise ValidationError(
            {"change_made": "This feedback has been answered by a resubmission already"}
        )
    errors = {}
    if not change_made.strip():
        errors["change_made"] = "Say what was changed in response"
    if not where.strip():
        errors["where"] = "Say where in the report the change is (section, paragraph or page)"
    if errors:
        raise ValidationError(errors)


def do_answer_area(
    actor: Any,
    area: DevelopmentArea,
    change_made: str,
    where: str,
    request: HttpRequest | None = None,
) -> DevelopmentArea:
    check_answer(area, change_made, where)
    with transaction.atomic():
        area.change_made = change_made.strip()
        area.where = where.strip()[:300]
        area.answered_by = actor
        area.answered_at = timezone.now()
        area.save(update_fields=["change_made", "where", "answered_by", "answered_at"])
        audit.record(
            actor,
            "qa.answer",
            f"Answered area for development {area.number}",
            review=area.feedback.submission.review,
            target=area,
            detail={"where": area.where},
            request=request,
        )
    return area
