"""Demo legal holds: the published review was held while the criminal trial ran,
and the hold was lifted, with its reason, before the review was published."""

from __future__ import annotations

import datetime

from django.utils import timezone

from dhr.accounts.models import User
from dhr.organisations.models import Csp
from dhr.publication.models import HoldEnd, HoldKind, LegalHold
from dhr.reviews.models import Review


def at(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10, 0)))


def load_demo(csp: Csp) -> None:
    review = Review.objects.filter(csp=csp, reference="2023/01").first()
    if review is None or LegalHold.objects.filter(review=review).exists():
        return
    coordinator = User.objects.get(email="coordinator@demo.dhr.test")
    LegalHold.objects.create(
        review=review,
        kind=HoldKind.CRIMINAL,
        note="Trial of the perpetrator for murder at Eastbridge Crown Court.",
        recorded_by=coordinator,
        recorded_at=at(datetime.date(2023, 2, 10)),
        ended=HoldEnd.LIFTED,
        ended_by=coordinator,
        ended_at=at(datetime.date(2024, 3, 18)),
        end_reason="The trial ended with a guilty verdict on 15 March 2024; sentence passed.",
    )
