"""Access rows for legal holds on publication: members read them, coordinators change them."""

from __future__ import annotations

import datetime
from typing import Any

from conftest import World
from dhr.publication.models import HoldKind, LegalHold
from tests.matrix import COORDINATOR, VIEWERS, Row, review_kwargs


def active_hold(w: World) -> dict[str, Any]:
    hold = LegalHold.objects.create(
        review=w.review,
        kind=HoldKind.CRIMINAL,
        note="Trial listed",
        recorded_by=w.users["coordinator"],
    )
    return {"review_id": w.review.pk, "hold_id": hold.pk}


def lapsed_order(w: World) -> dict[str, Any]:
    hold = LegalHold.objects.create(
        review=w.review,
        kind=HoldKind.RRO,
        court="Northshire Crown Court",
        made_on=datetime.date(2025, 2, 1),
        scope="The children's identities",
        expires_on=datetime.date(2025, 6, 1),
        recorded_by=w.users["coordinator"],
    )
    return {"review_id": w.review.pk, "hold_id": hold.pk}


ROWS: dict[str, Row] = {
    "publishing:holds": Row(review_kwargs, VIEWERS),
    "publishing:hold_add": Row(review_kwargs, COORDINATOR),
    "publishing:hold_lift": Row(active_hold, COORDINATOR),
    "publishing:hold_confirm_lapse": Row(lapsed_order, COORDINATOR),
}
