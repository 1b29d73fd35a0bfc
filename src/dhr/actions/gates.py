"""The lifecycle's conditions on the action plan: ready to submit, finished,
and the conclusion recorded. Provided to dhr.reviews.lifecycle when Django
starts (ActionsConfig.ready)."""

from __future__ import annotations

from dhr.actions.models import Conclusion
from dhr.actions.services import action_plan_problems, unfinished_actions
from dhr.reviews import lifecycle
from dhr.reviews.models import Review


def action_plan_ready(review: Review) -> str | None:
    return lifecycle.listed(action_plan_problems(review))


def actions_finished(review: Review) -> str | None:
    count = len(unfinished_actions(review))
    if count:
        noun = "action is" if count == 1 else "actions are"
        return (
            f"{count} {noun} neither evidenced nor closed with a reason: a review is concluded "
            "only once its action plan is implemented."
        )
    return None


def conclusion_recorded(review: Review) -> str | None:
    if not Conclusion.objects.filter(review=review).exists():
        return "Conclude from the action plan page, which records the date, who and why."
    return None


def provide_all() -> None:
    for condition in [action_plan_ready, actions_finished, conclusion_recorded]:
        lifecycle.provide(condition.__name__, condition)
