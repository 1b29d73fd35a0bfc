"""Every stage x stage move: the allowed ones succeed when their condition holds,
everything else is refused with a reason and changes nothing."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import pytest
from django.core.exceptions import ValidationError

from conftest import World
from dhr.actions.models import Action, ActionStatus, Recommendation
from dhr.audit.models import AuditRecord
from dhr.publication.services import publication_for
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
    review.refresh_from_db()


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


def no_report_date(review: Review) -> None:
    review.report_completed_on = None
    review.save()


def unpublished(review: Review) -> None:
    publication = publication_for(review)
    publication.is_published = False
    publication.save()
    review.refresh_from_db()


def open_actions(review: Review) -> None:
    rec = Recommendation.objects.create(review=review, number=9, text="Train GPs")
    for status in [ActionStatus.COMPLETE, ActionStatus.IN_PROGRESS, ActionStatus.NOT_STARTED]:
        Action.objects.create(
            recommendation=rec,
            what="x",
            owner="y",
            due_on=datetime.date(2026, 1, 1),
            intended_outcome="z",
            monitoring="w",
            status=status,
        )


BLOCKED: list[tuple[Stage, Stage, Callable[[Review], None], str]] = [
    (S.NOTIFICATION, S.DECISION, no_notification, "Record the notification"),
    (S.DECISION, S.SET_UP, decision(Decision.PENDING), "has not decided to hold a review"),
    (S.DECISION, S.SET_UP, decision(Decision.NOT_PROCEED), "has not decided to hold a review"),
    (S.DECISION, S.NOT_PROCEEDING, decision(Decision.PROCEED), "has not decided against"),
    (S.DECISION, S.NOT_PROCEEDING, decision(Decision.PENDING), "has not decided against"),
    (S.SET_UP, S.EVIDENCE, no_chair, "Appoint the independent chair"),
    (S.CSP_SIGN_OFF, S.SUBMITTED, no_report_date, "signed off the overview report"),
    (S.REVISIONS, S.SUBMITTED, no_report_date, "signed off the overview report"),
    (S.APPROVED, S.PUBLISHED, unpublished, "Publish the review from its publication page"),
    (S.MONITORING, S.CONCLUDED, open_actions, "2 actions are not complete yet"),
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
