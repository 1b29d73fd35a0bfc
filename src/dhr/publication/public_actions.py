"""The action plan on the public page, where the CSP chooses to show it.

What each action is, who leads it, by when, and its progress as the CSP's
monitoring records it today: the public can see whether the lessons were acted
on, not only that they were written down (seed question 11). Action text is
typed by agencies after publication too, so each is checked against the
register whenever the page is built; one that names a registered person is
withheld (the page says so) rather than shown, and publishing refuses it
(`services.register_problems`).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from dhr.actions.services import plan_actions
from dhr.publication.models import Publication
from dhr.publication.public_text import PublicTextChecker

WITHHELD = "Withheld from the public page until it is reworded."


@dataclass(frozen=True)
class PublicAction:
    recommendation: int
    what: str
    agency: str
    due_on: datetime.date | None
    status: str
    colour: str


def public_actions(publication: Publication) -> list[PublicAction]:
    if not publication.show_actions:
        return []
    checker = PublicTextChecker(publication.review)
    out = []
    for action in plan_actions(publication.review):
        status = action.current_status()
        named = checker.named(action.what) is not None
        out.append(
            PublicAction(
                recommendation=action.recommendation.number,
                what=WITHHELD if named else action.what,
                agency=action.lead_agency.name if action.lead_agency else "",
                due_on=action.due_on,
                status=status.label,
                colour=status.colour,
            )
        )
    return out
