"""Which stage a review may move to from which, and on what condition: in one place.

`RULES` is the whole policy. Each allowed move (from, to) has a condition: a
function of the review that returns `None` when the move may happen, or a
plain-English reason why it may not yet. Any move not in `RULES` is refused.
Every caller (the stage page, the CSP chair's decision, publishing) goes
through `do_move_stage`, which records a `StageChange` and an audit record in
one transaction, or raises `ValidationError` and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from dhr.audit import services as audit
from dhr.reviews.models import (
    Decision,
    Notification,
    Review,
    ReviewMembership,
    ReviewRole,
    Stage,
    StageChange,
)

Condition = Callable[[Review], str | None]


def always(review: Review) -> str | None:
    return None


def notification_recorded(review: Review) -> str | None:
    if not Notification.objects.filter(review=review).exists():
        return "Record the notification (who told the CSP, and the basic facts) first."
    return None


def decided_to_proceed(review: Review) -> str | None:
    if review.decision != Decision.PROCEED:
        return "The CSP chair has not decided to hold a review: record that decision first."
    return None


def decided_not_to_proceed(review: Review) -> str | None:
    if review.decision not in {Decision.NOT_PROCEED, Decision.REFER}:
        return (
            "The CSP chair has not decided against a review (or to refer the death to "
            "another type of review): record that decision first."
        )
    return None


def chair_appointed(review: Review) -> str | None:
    if not ReviewMembership.objects.filter(
        review=review, role=ReviewRole.INDEPENDENT_CHAIR
    ).exists():
        return "Appoint the independent chair (add them on the Members page) first."
    return None


def all_of(*conditions: Condition) -> Condition:
    """A condition that holds when each of `conditions` does; the first reason wins."""

    def condition(review: Review) -> str | None:
        for check in conditions:
            reason = check(review)
            if reason:
                return reason
        return None

    condition.__name__ = "_and_".join(c.__name__ for c in conditions)
    return condition


def listed(reasons: list[str], limit: int = 3) -> str | None:
    if not reasons:
        return None
    more = len(reasons) - limit
    return " ".join(reasons[:limit]) + (f" (and {more} more)" if more > 0 else "")


def reports_frozen(review: Review) -> str | None:
    """The chair has frozen the overview report and the executive summary (dhr.reports)."""
    from dhr.reports.services import submission_problems

    return " ".join(submission_problems(review)) or None


def publication_published(review: Review) -> str | None:
    if not getattr(getattr(review, "publication", None), "is_published", False):
        return "Publish the review from its publication page."
    return None


# Conditions on records that later apps own (IMR waivers and sign-offs, the
# action plan) are provided by those apps when Django starts (their
# AppConfig.ready calls `provide`), so the reviews app imports none of them and
# they import the lifecycle, not the other way round.
PROVIDED: dict[str, Condition] = {}


def provide(name: str, condition: Condition) -> None:
    PROVIDED[name] = condition


def provided(name: str) -> Condition:
    """A condition looked up by name when a move is checked, once apps are ready."""

    def condition(review: Review) -> str | None:
        return PROVIDED[name](review)

    condition.__name__ = name
    return condition


@dataclass(frozen=True)
class Rule:
    condition: Condition
    # What the move means, for the stage page.
    meaning: str


RULES: dict[tuple[Stage, Stage], Rule] = {
    (Stage.NOTIFICATION, Stage.DECISION): Rule(
        notification_recorded, "Send the notification to the CSP chair for a decision"
    ),
    (Stage.DECISION, Stage.SET_UP): Rule(decided_to_proceed, "Set up the review"),
    (Stage.DECISION, Stage.NOT_PROCEEDING): Rule(
        decided_not_to_proceed, "Close: no review will be held"
    ),
    (Stage.NOT_PROCEEDING, Stage.DECISION): Rule(
        always, "Reconsider the decision (for example after new information)"
    ),
    (Stage.SET_UP, Stage.EVIDENCE): Rule(chair_appointed, "Start gathering evidence"),
    (Stage.EVIDENCE, Stage.DRAFTING): Rule(
        provided("imrs_received_or_waived"), "Start drafting the overview report"
    ),
    (Stage.DRAFTING, Stage.CSP_SIGN_OFF): Rule(always, "Send the report for CSP sign-off"),
    (Stage.CSP_SIGN_OFF, Stage.DRAFTING): Rule(always, "Return the report for more drafting"),
    (Stage.CSP_SIGN_OFF, Stage.SUBMITTED): Rule(
        all_of(
            reports_frozen,
            provided("csp_chair_signed_off"),
            provided("action_plan_ready"),
            provided("submission_recorded"),
        ),
        "Submit the report to the Home Office QA panel",
    ),
    (Stage.SUBMITTED, Stage.REVISIONS): Rule(
        provided("qa_revisions"), "Revise the report after QA feedback"
    ),
    (Stage.SUBMITTED, Stage.APPROVED): Rule(
        provided("qa_approved"), "The Home Office approved publication"
    ),
    (Stage.REVISIONS, Stage.SUBMITTED): Rule(
        all_of(reports_frozen, provided("areas_answered"), provided("submission_recorded")),
        "Resubmit the revised report to the Home Office",
    ),
    (Stage.APPROVED, Stage.PUBLISHED): Rule(publication_published, "Published"),
    (Stage.PUBLISHED, Stage.MONITORING): Rule(always, "Monitor the action plan"),
    (Stage.MONITORING, Stage.CONCLUDED): Rule(
        all_of(provided("actions_finished"), provided("conclusion_recorded")), "Conclude the review"
    ),
}

# Checks that apply to every move, before the move's own condition (for
# example, another app's "a paused review does not move"). Each returns a
# reason when blocked, like the conditions above.
EVERY_MOVE: list[Condition] = []


def blocked_because(review: Review, condition: Condition) -> str | None:
    for check in [*EVERY_MOVE, condition]:
        reason = check(review)
        if reason:
            return reason
    return None


# Kept for callers written before RULES: the moves from each stage.
TRANSITIONS: dict[str, set[str]] = {
    s: {to for (frm, to) in RULES if frm == s} for s in Stage.values
}


@dataclass(frozen=True)
class Move:
    to: Stage
    meaning: str
    blocked_because: str | None

    @property
    def open(self) -> bool:
        return self.blocked_because is None


def moves_from(review: Review) -> list[Move]:
    """Every move RULES allows from the review's stage, each open or blocked with why."""
    return [
        Move(to, rule.meaning, blocked_because(review, rule.condition))
        for (frm, to), rule in RULES.items()
        if frm == review.stage
    ]


def allowed_next_stages(review: Review) -> list[Stage]:
    """The stages the review may move to now (their conditions hold)."""
    return [move.to for move in moves_from(review) if move.open]


def check_move_stage(review: Review, target: str, reason: str = "x") -> None:
    """Raise ValidationError, saying why, unless the move is allowed now."""
    if target not in Stage.values:
        raise ValidationError({"stage": f"'{target}' is not a stage."})
    current = Stage(review.stage)
    rule = RULES.get((current, Stage(target)))
    if rule is None:
        raise ValidationError(
            {
                "stage": f"A review cannot move from {current.label} to {Stage(target).label}."
                + (
                    " It can move to: "
                    + ", ".join(Stage(to).label for (frm, to) in RULES if frm == current)
                    + "."
                    if TRANSITIONS[current]
                    else f" {current.label} is a final stage."
                )
            }
        )
    blocked = blocked_because(review, rule.condition)
    if blocked:
        raise ValidationError({"stage": blocked})
    if not reason.strip():
        raise ValidationError({"reason": "Say why the review is moving to this stage"})


def do_move_stage(
    actor: Any, review: Review, target: str, reason: str, request: HttpRequest | None = None
) -> StageChange:
    """Move the review, recording who moved it and why, or raise and change nothing."""
    check_move_stage(review, target, reason)
    previous = review.stage
    try:
        with transaction.atomic():
            # Lock the row: of two people moving the same review at once, the
            # second sees the first's move and is refused, not silently applied.
            current = Review.objects.select_for_update().values_list("stage", flat=True)
            if current.get(pk=review.pk) != previous:
                raise ValidationError(
                    {"stage": "Someone else changed this review's stage meanwhile: reload it."}
                )
            review.stage = target
            review.save(update_fields=["stage", "updated_at"])
            change = record_change(actor, review, previous, target, reason, request)
    except Exception:
        review.stage = previous
        raise
    return change


def record_change(
    actor: Any,
    review: Review,
    previous: str,
    target: str,
    reason: str,
    request: HttpRequest | None,
) -> StageChange:
    change = StageChange.objects.create(
        review=review,
        from_stage=previous,
        to_stage=target,
        by=actor if getattr(actor, "is_authenticated", False) else None,
        at=timezone.now(),
        reason=reason.strip(),
    )
    audit.record(
        actor,
        "review.stage",
        f"Moved from {Stage(previous).label} to {Stage(target).label}",
        review=review,
        target=review,
        detail={"from": previous, "to": target, "reason": reason.strip(), "change": change.pk},
        request=request,
    )
    return change


def check_accepts_uploads(review: Review, field: str = "file") -> None:
    """Refuse any new file on a concluded review: its record is closed."""
    if review.stage == Stage.CONCLUDED:
        raise ValidationError(
            {
                field: f"{review.full_reference} was concluded: its record is closed and takes "
                "no new files. Ask the CSP coordinator if something must be added."
            }
        )


# The names used before RULES existed (dhr.publication calls do_transition).
check_transition = check_move_stage
do_transition = do_move_stage
