"""Every stage x stage move: the allowed ones succeed when their condition holds,
everything else is refused with a reason and changes nothing."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from conftest import World
from dhr.accounts.models import User
from dhr.actions.models import Action, ActionStatus, Conclusion, Lesson, Recommendation
from dhr.audit.models import AuditRecord
from dhr.panel.models import AgencyScope, ImrRequest
from dhr.publication.services import publication_for
from dhr.reports.models import ReportVersion
from dhr.reports.services import report_for
from dhr.reviews import lifecycle
from dhr.reviews.models import (
    Answer,
    Decision,
    Notification,
    NotificationMethod,
    NotifierType,
    Relationship,
    Review,
    ReviewMembership,
    ReviewRole,
    Stage,
    StageChange,
)
from dhr.signoffs import gates
from dhr.signoffs.models import CspSignOff, DevelopmentArea, QaFeedback, QaOutcome, Submission

S = Stage
# Written out here, apart from lifecycle.RULES, so that a change to the rules
# has to be made on purpose in both places.
ALLOWED = {
    (S.NOTIFICATION, S.DECISION),
    (S.DECISION, S.SET_UP),
    (S.DECISION, S.NOT_PROCEEDING),
    (S.NOT_PROCEEDING, S.DECISION),
    (S.SET_UP, S.EVIDENCE),
    (S.EVIDENCE, S.DRAFTING),
    (S.DRAFTING, S.CSP_SIGN_OFF),
    (S.CSP_SIGN_OFF, S.DRAFTING),
    (S.CSP_SIGN_OFF, S.SUBMITTED),
    (S.SUBMITTED, S.REVISIONS),
    (S.SUBMITTED, S.APPROVED),
    (S.REVISIONS, S.SUBMITTED),
    (S.APPROVED, S.PUBLISHED),
    (S.PUBLISHED, S.MONITORING),
    (S.MONITORING, S.CONCLUDED),
}
GRID = [(a, b) for a in Stage for b in Stage]


def test_the_rules_table_is_the_policy_written_here() -> None:
    assert set(lifecycle.RULES) == ALLOWED


def notify(review: Review) -> Notification:
    return Notification.objects.create(
        review=review,
        notifier_name="DS Example",
        notifier_type=NotifierType.POLICE,
        method=NotificationMethod.EMAIL,
        victim_age=40,
        relationship=Relationship.CURRENT_PARTNER,
        same_household=Answer.YES,
        death_from_abuse=Answer.YES,
        suicide_with_abuse_history=Answer.NO,
    )


def satisfy(review: Review, target: Stage) -> None:
    """Make the condition for moving into `target` hold."""
    notify(review)
    review.decision = Decision.NOT_PROCEED if target == S.NOT_PROCEEDING else Decision.PROCEED
    review.report_completed_on = datetime.date(2025, 6, 1)
    review.save()
    publication = publication_for(review)
    publication.is_published = True
    publication.save()
    chair = User.objects.get(email="chet@north.test")
    if target == S.SUBMITTED:
        CspSignOff.objects.create(review=review, signed_by=chair, signed_at=timezone.now())
        ready_action_plan(review)
        submit(review, 1)
    if target in {S.REVISIONS, S.APPROVED}:
        feedback(submit(review, 1), target)
    if target == S.CONCLUDED:
        Conclusion.objects.create(
            review=review, concluded_on=datetime.date(2026, 1, 5), concluded_by=chair, note="x"
        )
    freeze_reports(review)
    review.refresh_from_db()


def freeze_reports(review: Review) -> None:
    """The chair's frozen overview report and executive summary (submission needs both)."""
    chair = User.objects.order_by("id").first()
    for kind in ("overview", "summary"):
        report = report_for(review, kind)
        ReportVersion.objects.get_or_create(
            report=report, number=1, defaults={"sections": [], "frozen_by": chair}
        )


def submit(review: Review, round: int) -> Submission:
    chair = User.objects.get(email="chet@north.test")
    return Submission.objects.create(
        review=review, round=round, submitted_on=datetime.date(2025, 7, 1), submitted_by=chair
    )


def feedback(submission: Submission, outcome: str) -> QaFeedback:
    return QaFeedback.objects.create(
        submission=submission,
        outcome=outcome,
        letter_dated=datetime.date(2025, 9, 1),
        strengths="Clear",
        recorded_by=User.objects.get(email="quinn@ho.test"),
    )


def ready_action_plan(review: Review) -> Action:
    """One recommendation with one SMART action, agreed by its agency."""
    lesson = Lesson.objects.create(review=review, number=1, text="MARAC outcomes went unshared")
    rec = Recommendation.objects.create(review=review, number=1, text="Share MARAC outcomes")
    rec.lessons.set([lesson])
    pat = User.objects.get(email="pat@police.test")
    return Action.objects.create(
        recommendation=rec,
        what="Amend the MARAC protocol",
        lead_agency=review.csp.agencies.get(name="Northshire Police"),
        owner=pat,
        due_on=datetime.date(2026, 3, 31),
        intended_outcome="Every MARAC outcome reaches the GP within two working days",
        monitoring="Quarterly audit of 20 cases",
        signed_off_by=pat,
        signed_off_at=timezone.now(),
    )


def nothing_recorded(review: Review) -> bool:
    return (
        not StageChange.objects.filter(review=review).exists()
        and not AuditRecord.objects.filter(action="review.stage").exists()
    )


@pytest.mark.parametrize(("start", "target"), GRID, ids=[f"{a}->{b}" for a, b in GRID])
def test_every_move_on_the_grid(world: World, start: Stage, target: Stage) -> None:
    review = world.review
    review.stage = start
    review.save()
    satisfy(review, target)
    actor = world.users["coordinator"]
    if (start, target) in ALLOWED:
        change = lifecycle.do_move_stage(actor, review, target, "Panel agreed on 3 March")
        review.refresh_from_db()
        assert review.stage == target
        assert (change.from_stage, change.to_stage, change.by, change.reason) == (
            start,
            target,
            actor,
            "Panel agreed on 3 March",
        )
        record = AuditRecord.objects.get(action="review.stage")
        assert record.actor == actor
        assert record.detail["from"] == start and record.detail["to"] == target
        assert record.detail["reason"] == "Panel agreed on 3 March"
    else:
        with pytest.raises(ValidationError) as refused:
            lifecycle.do_move_stage(actor, review, target, "Panel agreed on 3 March")
        message = " ".join(refused.value.messages)
        assert f"cannot move from {start.label} to {target.label}" in message
        assert review.stage == start, "the object in memory is unchanged too"
        review.refresh_from_db()
        assert review.stage == start
        assert nothing_recorded(review)


def no_notification(review: Review) -> None:
    Notification.objects.filter(review=review).delete()


def decision(value: str) -> Callable[[Review], None]:
    def set_decision(review: Review) -> None:
        review.decision = value
        review.save()

    return set_decision


def no_chair(review: Review) -> None:
    ReviewMembership.objects.filter(review=review, role=ReviewRole.INDEPENDENT_CHAIR).delete()


def imr_awaited(review: Review) -> None:
    police = review.csp.agencies.get(name="Northshire Police")
    AgencyScope.objects.create(review=review, agency=police, included=True)


def imr_requested(review: Review) -> None:
    health = review.csp.agencies.get(name="Northshire Health Trust")
    ImrRequest.objects.create(review=review, agency=health, senior_manager_name="Head")


def no_frozen_report(review: Review) -> None:
    ReportVersion.objects.filter(report__review=review, report__kind="overview").delete()


def summary_not_frozen(review: Review) -> None:
    ReportVersion.objects.filter(report__review=review, report__kind="summary").delete()


def no_csp_sign_off(review: Review) -> None:
    CspSignOff.objects.filter(review=review).delete()


def sign_off_before_returned(review: Review) -> None:
    """Signed off, then returned to drafting and sent back: the old sign-off no longer counts."""
    CspSignOff.objects.filter(review=review).update(signed_at=timezone.now())
    StageChange.objects.create(
        review=review,
        from_stage=S.DRAFTING,
        to_stage=S.CSP_SIGN_OFF,
        at=timezone.now() + datetime.timedelta(minutes=1),
        reason="Sent back",
    )


def no_recommendations(review: Review) -> None:
    Recommendation.objects.filter(review=review).delete()


def recommendation_without_action(review: Review) -> None:
    Recommendation.objects.create(review=review, number=2, text="Review GP training")


def unsmart_action(review: Review) -> None:
    Action.objects.filter(recommendation__review=review).update(
        intended_outcome="Raise awareness", owner=None
    )


def not_agreed(review: Review) -> None:
    Action.objects.filter(recommendation__review=review).update(signed_off_at=None)


def no_submission(review: Review) -> None:
    Submission.objects.filter(review=review).delete()


def unanswered_area(review: Review) -> None:
    Submission.objects.filter(review=review).update(round=2)
    area_feedback = feedback(submit(review, 1), QaOutcome.REVISIONS)
    DevelopmentArea.objects.create(feedback=area_feedback, number=1, text="Define coercion")


def no_feedback(review: Review) -> None:
    QaFeedback.objects.filter(submission__review=review).delete()


def other_outcome(review: Review) -> None:
    QaFeedback.objects.filter(submission__review=review).update(
        outcome=QaOutcome.REVISIONS
        if QaFeedback.objects.get(submission__review=review).outcome == QaOutcome.APPROVED
        else QaOutcome.APPROVED
    )


def no_conclusion(review: Review) -> None:
    Conclusion.objects.filter(review=review).delete()


def unpublished(review: Review) -> None:
    publication = publication_for(review)
    publication.is_published = False
    publication.save()
    review.refresh_from_db()


def open_actions(review: Review) -> None:
    """Complete but not evidenced, on track, and one closed with a reason (which counts)."""
    rec = Recommendation.objects.create(review=review, number=9, text="Train GPs")
    for status in [ActionStatus.COMPLETE, ActionStatus.ON_TRACK, ActionStatus.NOT_STARTED]:
        Action.objects.create(
            recommendation=rec,
            what="x",
            due_on=datetime.date(2026, 1, 1),
            intended_outcome="z",
            monitoring="w",
            status=status,
            completed_on=datetime.date(2025, 12, 1) if status == ActionStatus.COMPLETE else None,
            closed_at=timezone.now() if status == ActionStatus.NOT_STARTED else None,
            closed_reason="Superseded by national guidance"
            if status == ActionStatus.NOT_STARTED
            else "",
        )


BLOCKED: list[tuple[Stage, Stage, Callable[[Review], None], str]] = [
    (S.NOTIFICATION, S.DECISION, no_notification, "Record the notification"),
    (S.DECISION, S.SET_UP, decision(Decision.PENDING), "has not decided to hold a review"),
    (S.DECISION, S.SET_UP, decision(Decision.NOT_PROCEED), "has not decided to hold a review"),
    (S.DECISION, S.NOT_PROCEEDING, decision(Decision.PROCEED), "has not decided against"),
    (S.DECISION, S.NOT_PROCEEDING, decision(Decision.PENDING), "has not decided against"),
    (S.SET_UP, S.EVIDENCE, no_chair, "Appoint the independent chair"),
    (S.EVIDENCE, S.DRAFTING, imr_awaited, "IMRs still awaited from Northshire Police"),
    (S.EVIDENCE, S.DRAFTING, imr_requested, "IMRs still awaited from Northshire Health Trust"),
    (S.CSP_SIGN_OFF, S.SUBMITTED, summary_not_frozen, "not frozen a version of the executive"),
    (S.CSP_SIGN_OFF, S.SUBMITTED, no_csp_sign_off, "The CSP chair has not signed off"),
    (S.CSP_SIGN_OFF, S.SUBMITTED, no_recommendations, "no recommendations: add at least one"),
    (S.CSP_SIGN_OFF, S.SUBMITTED, recommendation_without_action, "2 has no SMART action"),
    (S.CSP_SIGN_OFF, S.SUBMITTED, unsmart_action, "No owner: name the person"),
    (S.CSP_SIGN_OFF, S.SUBMITTED, not_agreed, "Northshire Police has not agreed its action"),
    (S.CSP_SIGN_OFF, S.SUBMITTED, no_submission, "records the pack sent and the date"),
    (S.REVISIONS, S.SUBMITTED, unanswered_area, "1 area for development is not answered"),
    (S.REVISIONS, S.SUBMITTED, no_submission, "records the pack sent and the date"),
    (S.SUBMITTED, S.REVISIONS, no_feedback, "(revisions required) has not been recorded"),
    (S.SUBMITTED, S.REVISIONS, other_outcome, "(revisions required) has not been recorded"),
    (S.SUBMITTED, S.APPROVED, no_feedback, "(approved for publication) has not been recorded"),
    (S.SUBMITTED, S.APPROVED, other_outcome, "(approved for publication) has not been"),
    (S.CSP_SIGN_OFF, S.SUBMITTED, no_frozen_report, "frozen a version of the overview report"),
    (S.APPROVED, S.PUBLISHED, unpublished, "Publish the review from its publication page"),
    (S.MONITORING, S.CONCLUDED, open_actions, "2 actions are neither evidenced nor closed"),
    (S.MONITORING, S.CONCLUDED, no_conclusion, "Conclude from the action plan page"),
]


def test_every_rule_with_a_condition_has_a_blocked_case() -> None:
    rules = lifecycle.RULES.items()
    conditional = {k for k, rule in rules if rule.condition is not lifecycle.always}
    assert conditional == {(a, b) for a, b, _, _ in BLOCKED}


@pytest.mark.parametrize(
    ("start", "target", "unsatisfy", "message"),
    BLOCKED,
    ids=[f"{a}->{b}:{u.__name__}" for a, b, u, _ in BLOCKED],
)
def test_a_move_whose_condition_fails_says_why_and_changes_nothing(
    world: World, start: Stage, target: Stage, unsatisfy: Any, message: str
) -> None:
    review = world.review
    review.stage = start
    review.save()
    satisfy(review, target)
    unsatisfy(review)
    review.refresh_from_db()
    with pytest.raises(ValidationError) as refused:
        lifecycle.do_move_stage(world.users["coordinator"], review, target, "Because")
    assert message in " ".join(refused.value.messages)
    review.refresh_from_db()
    assert review.stage == start
    assert nothing_recorded(review)
    assert target not in lifecycle.allowed_next_stages(review)
    blocked = {m.to: m.blocked_because for m in lifecycle.moves_from(review)}
    assert message in (blocked[target] or "")


def test_a_move_needs_a_reason(world: World) -> None:
    world.review.stage = S.EVIDENCE
    world.review.save()
    with pytest.raises(ValidationError) as refused:
        lifecycle.do_move_stage(world.users["coordinator"], world.review, S.DRAFTING, "  ")
    assert refused.value.message_dict == {"reason": ["Say why the review is moving to this stage"]}
    world.review.refresh_from_db()
    assert world.review.stage == S.EVIDENCE and nothing_recorded(world.review)


def test_a_name_that_is_no_stage_is_refused(world: World) -> None:
    with pytest.raises(ValidationError, match="'archived' is not a stage"):
        lifecycle.do_move_stage(world.users["coordinator"], world.review, "archived", "x")


def test_final_stages_say_they_are_final(world: World) -> None:
    world.review.stage = S.CONCLUDED
    world.review.save()
    with pytest.raises(ValidationError, match="Concluded is a final stage"):
        lifecycle.do_move_stage(world.users["coordinator"], world.review, S.MONITORING, "x")
    assert lifecycle.moves_from(world.review) == []


def test_a_failed_audit_write_leaves_no_stage_change(world: World, monkeypatch: Any) -> None:
    world.review.stage = S.EVIDENCE
    world.review.save()

    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(lifecycle.audit, "record", broken)
    with pytest.raises(RuntimeError):
        lifecycle.do_move_stage(world.users["coordinator"], world.review, S.DRAFTING, "Ready")
    assert world.review.stage == S.EVIDENCE
    world.review.refresh_from_db()
    assert world.review.stage == S.EVIDENCE
    assert not StageChange.objects.exists()


def test_a_move_from_a_stale_copy_is_refused(world: World) -> None:
    world.review.stage = S.EVIDENCE
    world.review.save()
    stale = Review.objects.get(pk=world.review.pk)
    lifecycle.do_move_stage(world.users["coordinator"], world.review, S.DRAFTING, "Ready")
    with pytest.raises(ValidationError, match="changed this review's stage meanwhile"):
        lifecycle.do_move_stage(world.users["independent_chair"], stale, S.DRAFTING, "Ready")
    assert stale.stage == S.EVIDENCE
    assert StageChange.objects.count() == 1


def test_a_sign_off_before_the_report_was_returned_no_longer_counts(world: World) -> None:
    review = world.review
    review.stage = S.CSP_SIGN_OFF
    review.save()
    satisfy(review, S.SUBMITTED)
    assert gates.csp_chair_signed_off(review) is None
    sign_off_before_returned(review)
    assert "has not signed off the report" in (gates.csp_chair_signed_off(review) or "")
    assert S.SUBMITTED not in lifecycle.allowed_next_stages(review)
