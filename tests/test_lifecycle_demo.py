"""The demo's reviews have notifications, decisions and stage histories that fit their stage."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from dhr.demo.loader import load_demo
from dhr.reviews import lifecycle
from dhr.reviews.models import Decision, Notification, Review, Stage, StageChange

AFTER_SET_UP = set(Stage) - {Stage.NOTIFICATION, Stage.DECISION, Stage.NOT_PROCEEDING}


def test_demo_lifecycles_are_consistent_and_load_once(db: Any) -> None:
    load_demo()
    counts = (Review.objects.count(), Notification.objects.count(), StageChange.objects.count())
    load_demo()
    assert (
        Review.objects.count(),
        Notification.objects.count(),
        StageChange.objects.count(),
    ) == counts
    stages = set()
    for review in Review.objects.all():
        stages.add(review.stage)
        assert Notification.objects.filter(review=review).exists(), review
        history = list(review.stage_changes.all())
        if review.stage == Stage.NOTIFICATION:
            assert history == []
        else:
            assert history[0].from_stage == Stage.NOTIFICATION, review
            assert history[-1].to_stage == review.stage, review
            for before, after in pairwise(history):
                assert before.to_stage == after.from_stage and before.at < after.at, review
            for change in history:
                assert (change.from_stage, change.to_stage) in lifecycle.RULES, change
                assert change.by is not None and change.reason
        if review.stage in AFTER_SET_UP:
            assert review.decision == Decision.PROCEED and review.decided_on, review
            assert review.decision_rationale and review.home_office_informed_on, review
        if review.stage == Stage.NOT_PROCEEDING:
            assert review.decision in {Decision.NOT_PROCEED, Decision.REFER}
            assert review.referred_to and review.home_office_informed_on
    assert stages >= {Stage.NOTIFICATION, Stage.DECISION, Stage.NOT_PROCEEDING, Stage.EVIDENCE}
