"""The demo's clock records load once and show on the review pages."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from dhr.demo.loader import load_demo
from dhr.reviews.models import Review
from dhr.schedule.models import Attendance, Extension, Meeting, Pause


@pytest.mark.django_db
def test_demo_schedule_loads_once_and_renders(client: Any) -> None:
    load_demo()
    counts = [m.objects.count() for m in (Pause, Extension, Meeting, Attendance)]
    load_demo()
    assert [m.objects.count() for m in (Pause, Extension, Meeting, Attendance)] == counts
    assert counts[0] == 2 and counts[1] == 3 and counts[2] == 3 and counts[3] > 0
    from dhr.accounts.models import User

    client.force_login(User.objects.get(email="coordinator@demo.dhr.test"))
    for review in Review.objects.all():
        assert client.get(reverse("reviews:detail", args=[review.pk])).status_code == 200
        assert client.get(reverse("schedule:review", args=[review.pk])).status_code == 200
    assert client.get(reverse("schedule:dashboard")).status_code == 200
    evidence = Review.objects.get(reference="2025/02")
    page = client.get(reverse("schedule:meetings", args=[evidence.pk])).content.decode()
    assert "Missed meetings" in page
