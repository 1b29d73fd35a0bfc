"""Lessons, recommendations and their SMART actions, from agreement to conclusion.

`check_*` raise `ValidationError` keyed to the field; `do_*` save and write
the audit record in one transaction.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max, Prefetch, QuerySet
from django.http import HttpRequest
from django.utils import timezone

from dhr.accounts.models import User
from dhr.actions import smart
from dhr.actions.models import (
    Action,
    ActionEvidence,
    ActionStatus,
    Conclusion,
    EvidenceDecision,
    Lesson,
    Milestone,
    Recommendation,
    RecommendationKind,
)
from dhr.audit import services as audit
from dhr.core.uploads import check_upload
from dhr.organisations.models import Agency
from dhr.reviews import lifecycle
from dhr.reviews.models import AGENCY_ROLES, Review, ReviewMembership, Stage

EVIDENCE_KINDS = ("docx", "pdf", "xlsx", "csv")
# Changing any of these changes what the agency agreed: its sign-off lapses.
AGREED_FIELDS = {"what", "lead_agency", "owner", "due_on", "intended_outcome", "monitoring"}


def agency_people(review: Review, agency: Agency | int | None) -> QuerySet[User]:
    """The users who represent an agency on a review: who may own its actions."""
    if agency is None:
        return User.objects.none()
    return User.objects.filter(
        review_memberships__review=review,
        review_memberships__agency=agency,
        review_memberships__role__in=AGENCY_ROLES,
        is_active=True,
    ).distinct()


def all_agency_people(review: Review) -> QuerySet[User]:
    return User.objects.filter(
        review_memberships__review=review,
        review_memberships__agency__isnull=False,
        review_memberships__role__in=AGENCY_ROLES,
        is_active=True,
    ).distinct()


def live_recommendations(review: Review) -> QuerySet[Recommendation]:
    return review.recommendations.filter(withdrawn_at__isnull=True)


def plan_actions(review: Review) -> QuerySet[Action]:
    """The actions of the review's standing recommendations, with what their status needs."""
    return (
        Action.objects.filter(
            recommendation__review=review, recommendation__withdrawn_at__isnull=True
        )
        .select_related("recommendation", "lead_agency", "owner", "signed_off_by")
        .prefetch_related("evidence", "milestones")
        .order_by("recommendation__number", "due_on", "id")
    )


# Lessons --------------------------------------------------------------------


def do_add_lesson(
    actor: Any, review: Review, text: str, request: HttpRequest | None = None
) -> Lesson:
    if not text.strip():
        raise ValidationError({"text": "Enter the lesson learned"})
    with transaction.atomic():
        highest = review.lessons.aggregate(n=Max("number"))["n"] or 0
        lesson = Lesson.objects.create(review=review, number=highest + 1, text=text.strip())
        audit.record(
            actor,
            "lesson.add",
            f"Added lesson {lesson.number}",
            review=review,
            target=lesson,
            request=request,
        )
    return lesson


# Recommendations -----------------------------------------------------------


def check_recommendation(review: Review, rec: Recommendation, lessons: Iterable[Lesson]) -> None:
    errors: dict[str, str] = {}
    if not rec.text.strip():
        errors["text"] = "Enter the recommendation"
    if rec.agency is not None and rec.agency.csp_id != review.csp_id:
        errors["agency"] = "Choose an agency from this CSP's directory"
    elif rec.kind == RecommendationKind.SINGLE and rec.agency is None:
        errors["agency"] = "Choose the agency a single-agency recommendation is made to"
    if any(lesson.review_id != review.pk for lesson in lessons):
        errors["lessons"] = "Choose lessons of this review"
    if errors:
        raise ValidationError(errors)


def do_add_recommendation(
    actor: Any,
    review: Review,
    recommendation: Recommendation,
    request: HttpRequest | None = None,
    lessons: Iterable[Lesson] = (),
) -> Recommendation:
    lessons = list(lessons)
    check_recommendation(review, recommendation, lessons)
    with transaction.atomic():
        highest = review.recommendations.aggregate(n=Max("number"))["n"] or 0
        recommendation.review = review
        recommendation.number = highest + 1
        recommendation.save()
        recommendation.lessons.set(lessons)
        audit.record(
            actor,
            "recommendation.add",
            f"Added recommendation {recommendation.number}",
            review=review,
            target=recommendation,
            detail={"lessons": [lesson.number for lesson in lessons]},
            request=request,
        )
    return recommendation


def do_edit_recommendation(
    actor: Any,
    recommendation: Recommendation,
    changed: list[str],
    lessons: Iterable[Lesson],
    request: HttpRequest | None = None,
) -> Recommendation:
    """Save an edited recommendation; the audit keeps the text it replaced."""
    lessons = list(lessons)
    review = recommendation.review
    if recommendation.is_withdrawn:
        raise ValidationError({"text": "This recommendation was withdrawn: it cannot be edited"})
    check_recommendation(review, recommendation, lessons)
    before = Recommendation.objects.get(pk=recommendation.pk)
    with transaction.atomic():
        recommendation.save()
        recommendation.lessons.set(lessons)
        audit.record(
            actor,
            "recommendation.edit",
            f"Edited recommendation {recommendation.number}: " + (", ".join(changed) or "lessons"),
            review=review,
            target=recommendation,
            detail={
                "fields": changed,
                "previous_text": before.text,
                "lessons": [lesson.number for lesson in lessons],
            },
            request=request,
        )
    return recommendation


def do_withdraw_recommendation(
    actor: Any, recommendation: Recommendation, reason: str, request: HttpRequest | None = None
) -> Recommendation:
    if recommendation.is_withdrawn:
        raise ValidationError({"reason": "This recommendation is already withdrawn"})
    if not reason.strip():
        raise ValidationError({"reason": "Say why the recommendation is withdrawn"})
    with transaction.atomic():
        recommendation.withdrawn_at = timezone.now()
        recommendation.withdrawn_reason = reason.strip()
        recommendation.withdrawn_by = actor
        recommendation.save(update_fields=["withdrawn_at", "withdrawn_reason", "withdrawn_by"])
        audit.record(
            actor,
            "recommendation.withdraw",
            f"Withdrew recommendation {recommendation.number}",
            review=recommendation.review,
            target=recommendation,
            detail={"reason": reason.strip(), "text": recommendation.text},
            request=request,
        )
    return recommendation


# Actions --------------------------------------------------------------------


def action_problems(action: Action) -> list[smart.Problem]:
    """The SMART check of one action (see `smart.smart_problems`)."""
    review = action.recommendation.review
    owner_in_agency = bool(
        action.owner_id
        and action.lead_agency_id
        and agency_people(review, action.lead_agency_id).filter(pk=action.owner_id).exists()
    )
    return smart.smart_problems(
        what=action.what,
        lead_agency=str(action.lead_agency) if action.lead_agency_id else None,
        owner=action.owner.full_name if action.owner_id and action.owner else None,
        owner_in_agency=owner_in_agency,
        due_on=action.due_on,
        decided_on=review.decided_on,
        intended_outcome=action.intended_outcome,
        monitoring=action.monitoring,
    )


def check_action(action: Action) -> None:
    """What must hold for an action to be saved at all (SMART gaps are shown, not refused)."""
    review = action.recommendation.review
    if action.lead_agency is not None and action.lead_agency.csp_id != review.csp_id:
        raise ValidationError({"lead_agency": "Choose an agency from this CSP's directory"})
    if action.status == ActionStatus.COMPLETE and not action.completed_on:
        raise ValidationError({"completed_on": "Enter the date the action was completed"})
    if action.status != ActionStatus.COMPLETE and action.completed_on:
        raise ValidationError({"completed_on": "Only a complete action has a completion date"})
    if action.completed_on and action.completed_on > timezone.localdate():
        raise ValidationError({"completed_on": "The completion date cannot be in the future"})


def do_save_action(
    actor: Any,
    recommendation: Recommendation,
    action: Action,
    changed: list[str],
    request: HttpRequest | None = None,
    milestones: list[tuple[datetime.date, str]] | None = None,
) -> Action:
    if recommendation.is_withdrawn:
        raise ValidationError({"what": "The recommendation was withdrawn: add no actions to it"})
    action.recommendation = recommendation
    check_action(action)
    adding = action.pk is None
    lapsed = bool(not adding and action.signed_off_at and AGREED_FIELDS & set(changed))
    with transaction.atomic():
        if lapsed:
            action.signed_off_at = None
            action.signed_off_by = None
        action.save()
        if milestones is not None:
            replace_milestones(action, milestones)
        audit.record(
            actor,
            "action.add" if adding else "action.update",
            (
                f"Added an action to recommendation {recommendation.number}"
                if adding
                else f"Changed an action of recommendation {recommendation.number}: "
                + ", ".join(changed)
                + (" (the agency's sign-off lapsed)" if lapsed else "")
            ),
            review=recommendation.review,
            target=action,
            detail={"fields": changed, "sign_off_lapsed": lapsed},
            request=request,
        )
    return action


def replace_milestones(action: Action, milestones: list[tuple[datetime.date, str]]) -> None:
    """Keep the done dates of milestones that are still there; the rest are replaced."""
    done = {(m.due_on, m.what): m.done_on for m in action.milestones.all()}
    action.milestones.all().delete()
    Milestone.objects.bulk_create(
        Milestone(action=action, due_on=d, what=w, done_on=done.get((d, w))) for d, w in milestones
    )


def check_progress(action: Action, status: str, completed_on: datetime.date | None) -> None:
    if action.closed_at:
        raise ValidationError({"status": "This action was closed: its progress is final"})
    if status not in ActionStatus.values:
        raise ValidationError({"status": "Choose how the action is going"})
    if status == ActionStatus.COMPLETE and completed_on is None:
        raise ValidationError({"completed_on": "Enter the date the action was completed"})
    if status != ActionStatus.COMPLETE and completed_on is not None:
        raise ValidationError({"completed_on": "Only a complete action has a completion date"})
    if completed_on and completed_on > timezone.localdate():
        raise ValidationError({"completed_on": "The completion date cannot be in the future"})


def do_update_progress(
    actor: Any,
    action: Action,
    status: str,
    note: str,
    completed_on: datetime.date | None,
    milestones_done: Iterable[int] = (),
    evidence: Any = None,
    evidence_description: str = "",
    request: HttpRequest | None = None,
) -> Action:
    """An owner reports progress (and may attach evidence), all or nothing."""
    check_progress(action, status, completed_on)
    review = action.recommendation.review
    if evidence is not None:
        lifecycle.check_accepts_uploads(review)
        checked = check_evidence(evidence, evidence_description)
    done_ids = set(milestones_done)
    today = timezone.localdate()
    with transaction.atomic():
        action.status = status
        action.completed_on = completed_on
        action.progress_note = note.strip()
        action.progress_at = timezone.now()
        action.save(update_fields=["status", "completed_on", "progress_note", "progress_at"])
        for milestone in action.milestones.all():
            done_on = (milestone.done_on or today) if milestone.pk in done_ids else None
            if done_on != milestone.done_on:
                milestone.done_on = done_on
                milestone.save(update_fields=["done_on"])
        audit.record(
            actor,
            "action.progress",
            f"Reported progress on an action of recommendation "
            f"{action.recommendation.number}: {ActionStatus(status).label}",
            review=review,
            target=action,
            detail={"status": status, "milestones_done": sorted(done_ids)},
            request=request,
        )
        if evidence is not None:
            store_evidence(actor, action, evidence, evidence_description, checked, request)
    return action


def check_evidence(upload: Any, description: str) -> Any:
    if not description.strip():
        raise ValidationError({"evidence_description": "Say what the evidence shows"})
    try:
        return check_upload(upload, allowed=EVIDENCE_KINDS)
    except ValidationError as error:
        raise ValidationError({"evidence": error.messages}) from None


def store_evidence(
    actor: Any,
    action: Action,
    upload: Any,
    description: str,
    checked: Any,
    request: HttpRequest | None,
) -> ActionEvidence:
    evidence = ActionEvidence(
        action=action,
        description=description.strip()[:300],
        original_name=(getattr(upload, "name", "") or "evidence")[:255],
        content_type=checked.content_type,
        size=checked.size,
        sha256=checked.sha256,
        uploaded_by=actor,
    )
    evidence.file.save(checked.sha256, upload, save=False)
    evidence.save()
    audit.record(
        actor,
        "action.evidence",
        f"Attached evidence to an action of recommendation {action.recommendation.number}",
        review=action.recommendation.review,
        target=evidence,
        detail={"sha256": checked.sha256, "size": checked.size},
        request=request,
    )
    return evidence


def do_decide_evidence(
    actor: Any,
    evidence: ActionEvidence,
    accept: bool,
    note: str,
    request: HttpRequest | None = None,
) -> ActionEvidence:
    """The CSP accepts evidence (the action is evidenced) or returns it, saying why."""
    if evidence.decision != EvidenceDecision.PENDING:
        raise ValidationError({"decision": "This evidence has already been decided"})
    if not accept and not note.strip():
        raise ValidationError({"note": "Say why the evidence is returned and what is needed"})
    with transaction.atomic():
        evidence.decision = EvidenceDecision.ACCEPTED if accept else EvidenceDecision.RETURNED
        evidence.decision_note = note.strip()
        evidence.decided_by = actor
        evidence.decided_at = timezone.now()
        evidence.save(update_fields=["decision", "decision_note", "decided_by", "decided_at"])
        audit.record(
            actor,
            "action.evidence_decision",
            ("Accepted" if accept else "Returned")
            + f" evidence for an action of recommendation {evidence.action.recommendation.number}",
            review=evidence.action.recommendation.review,
            target=evidence,
            detail={"accepted": accept, "note": note.strip()},
            request=request,
        )
    return evidence


def record_evidence_read(actor: Any, evidence: ActionEvidence, request: HttpRequest) -> None:
    audit.record(
        actor,
        "action.evidence_read",
        f"Downloaded evidence: {evidence.description}",
        review=evidence.action.recommendation.review,
        target=evidence,
        request=request,
    )


def do_close_action(
    actor: Any, action: Action, reason: str, request: HttpRequest | None = None
) -> Action:
    """The CSP closes an action without evidence (for example superseded), saying why."""
    if action.closed_at:
        raise ValidationError({"reason": "This action is already closed"})
    if not reason.strip():
        raise ValidationError({"reason": "Say why the action is closed without evidence"})
    with transaction.atomic():
        action.closed_reason = reason.strip()
        action.closed_by = actor
        action.closed_at = timezone.now()
        action.save(update_fields=["closed_reason", "closed_by", "closed_at"])
        audit.record(
            actor,
            "action.close",
            f"Closed an action of recommendation {action.recommendation.number}",
            review=action.recommendation.review,
            target=action,
            detail={"reason": reason.strip()},
            request=request,
        )
    return action


def agency_actions(review: Review, agency: Agency) -> QuerySet[Action]:
    return plan_actions(review).filter(lead_agency=agency)


def do_sign_off_agency_actions(
    actor: Any, review: Review, agency: Agency, request: HttpRequest | None = None
) -> int:
    """The agency's senior representative agrees every one of its actions, each SMART first."""
    actions = list(agency_actions(review, agency).filter(signed_off_at__isnull=True))
    if not actions:
        raise ValidationError({"agency": f"{agency} has no actions waiting to be agreed"})
    for action in actions:
        problems = action_problems(action)
        if problems:
            raise ValidationError(
                {
                    "agency": f"An action of recommendation {action.recommendation.number} "
                    f"is not SMART yet ({problems[0].message}): ask the chair to complete it "
                    "before agreeing it"
                }
            )
    now = timezone.now()
    with transaction.atomic():
        Action.objects.filter(pk__in=[a.pk for a in actions]).update(
            signed_off_by=actor, signed_off_at=now
        )
        audit.record(
            actor,
            "action.sign_off",
            f"Agreed {len(actions)} action{'s' if len(actions) != 1 else ''} for {agency}",
            review=review,
            target=agency,
            detail={"actions": [a.pk for a in actions]},
            request=request,
        )
    return len(actions)


# The lifecycle's questions -----------------------------------------------------


def action_plan_problems(review: Review) -> list[str]:
    """Why the action plan cannot go to the Home Office yet (empty: it can)."""
    recommendations = list(
        live_recommendations(review).prefetch_related(
            Prefetch("actions", queryset=plan_actions(review))
        )
    )
    if not recommendations:
        return ["The action plan has no recommendations: add at least one."]
    problems: list[str] = []
    for rec in recommendations:
        actions = list(rec.actions.all())
        if not actions:
            problems.append(f"Recommendation {rec.number} has no SMART action.")
        for action in actions:
            gaps = action_problems(action)
            if gaps:
                problems.append(
                    f"An action of recommendation {rec.number} is not SMART: "
                    + "; ".join(p.message for p in gaps)
                    + "."
                )
            elif action.signed_off_at is None:
                problems.append(
                    f"{action.lead_agency} has not agreed its action for recommendation "
                    f"{rec.number}."
                )
    return problems


def unfinished_actions(review: Review, today: datetime.date | None = None) -> list[Action]:
    """Actions neither evidenced nor closed with a reason: they hold up the conclusion."""
    return [a for a in plan_actions(review) if not a.current_status(today).finished]


def overdue_actions(actions: QuerySet[Action], today: datetime.date) -> QuerySet[Action]:
    """Open actions past their date (the ORM form of `smart.action_status`'s overdue)."""
    return (
        actions.filter(
            due_on__lt=today,
            closed_at__isnull=True,
            recommendation__withdrawn_at__isnull=True,
        )
        .exclude(status=ActionStatus.COMPLETE)
        .exclude(evidence__decision=EvidenceDecision.ACCEPTED)
    )


def csp_overdue_actions(csp: Any, on: datetime.date) -> QuerySet[Action]:
    """Every overdue action of a CSP's reviews (not concluded), oldest first, for the dashboard."""
    return (
        overdue_actions(Action.objects.filter(recommendation__review__csp=csp), on)
        .exclude(recommendation__review__stage=Stage.CONCLUDED)
        .select_related("recommendation__review__csp", "lead_agency", "owner")
        .distinct()
        .order_by("due_on", "id")
    )


def do_conclude(
    actor: Any,
    review: Review,
    concluded_on: datetime.date,
    note: str,
    request: HttpRequest | None = None,
) -> Conclusion:
    """Record the CSP's conclusion and move the review to Concluded, or change nothing."""
    errors: dict[str, str] = {}
    if not note.strip():
        errors["note"] = "Say how the CSP assured itself the action plan is implemented"
    if concluded_on > timezone.localdate():
        errors["concluded_on"] = "The date of conclusion cannot be in the future"
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        conclusion = Conclusion.objects.create(
            review=review, concluded_on=concluded_on, concluded_by=actor, note=note.strip()
        )
        audit.record(
            actor,
            "review.conclude",
            f"Concluded the review on {concluded_on:%-d %B %Y}",
            review=review,
            target=conclusion,
            detail={"note": note.strip()},
            request=request,
        )
        lifecycle.do_move_stage(actor, review, Stage.CONCLUDED, note, request)
    return conclusion


def membership_agencies(review: Review) -> QuerySet[Agency]:
    """The agencies with people on the review: who may lead actions."""
    return Agency.objects.filter(
        pk__in=ReviewMembership.objects.filter(review=review, agency__isnull=False).values(
            "agency_id"
        )
    )
