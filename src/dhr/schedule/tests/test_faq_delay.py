"""The public FAQ's answer on delay comes from the recorded pauses and extensions."""

from __future__ import annotations

import datetime
from typing import Any

from dhr.publication.faq import build_faq, missing_facts
from dhr.schedule.models import Extension, Pause, PauseKind

D = datetime.date


def delay_answer(review: Any) -> Any:
    return build_faq(review)[8]


def late(world: Any) -> Any:
    review = world.review
    review.report_completed_on = D(2026, 3, 1)  # 13 months after the decision
    review.save()
    return review


def test_pauses_and_extensions_answer_why_it_took_longer(world: Any) -> None:
    review = late(world)
    Pause.objects.create(
        review=review,
        kind=PauseKind.CRIMINAL,
        started_on=D(2025, 3, 3),
        ended_on=D(2025, 9, 12),
        reason="The trial of the perpetrator, named in the file",
    )
    Pause.objects.create(
        review=review,
        kind=PauseKind.INQUEST,
        started_on=D(2025, 10, 1),
        ended_on=D(2025, 10, 20),
        reason="Private detail",
    )
    Extension.objects.create(
        review=review,
        new_due_on=D(2026, 3, 31),
        agreed_on=D(2025, 9, 15),
        agreed_by_name="Chester Cspchair",
        agreed_by_role="Chair",
        reason="Internal reason",
    )
    answer = delay_answer(review)
    text = " ".join(answer.paragraphs)
    assert answer.question.startswith("Why has it taken")
    assert (
        "The review was paused 2 times: for criminal proceedings from March 2025 to "
        "September 2025; for an inquest in October 2025." in text
    )
    assert "paused for 212 days" in text  # 193 + 19: each end date is a running day
    assert (
        "In September 2025 the Community Safety Partnership formally agreed to extend the "
        "timescale for the overview report to March 2026." in text
    )
    # Free-text reasons and the names of who agreed stay internal.
    assert "perpetrator" not in text and "Chester" not in text and "Internal" not in text
    assert "The reason for the delay has not been recorded." not in text
    assert "Reason for the delay (question 9)" not in missing_facts(review)


def test_with_no_pauses_extensions_or_reason_it_says_so_plainly(world: Any) -> None:
    review = late(world)
    answer = delay_answer(review)
    assert "No pause of the review or extension of its timescale was recorded." in (
        answer.paragraphs
    )
    assert "The reason for the delay has not been recorded." in answer.paragraphs
    assert "Reason for the delay (question 9)" in answer.missing


def test_the_recorded_reason_still_follows_the_pauses(world: Any) -> None:
    review = late(world)
    review.delay_reason = "The panel waited for the inquest."
    review.save()
    Pause.objects.create(
        review=review, kind=PauseKind.INQUEST, started_on=D(2025, 4, 1), reason="x"
    )
    answer = delay_answer(review)
    assert answer.paragraphs[-1] == "The panel waited for the inquest."
    assert "from April 2025, and remains paused" in answer.paragraphs[1]
