"""Fixtures for IMRs and chronologies: people of the review, tasks run at once."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import World
from dhr.people.models import Person, PersonRole


@pytest.fixture(autouse=True)
def _tasks_run_at_once(settings: Any) -> None:
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def people(world: World) -> dict[str, Person]:
    return {
        "louise": Person.objects.create(
            review=world.review,
            name="Louise Example",
            aliases="Lou, Lou Example",
            role=PersonRole.VICTIM,
            pseudonym="Louise",
        ),
        "mark": Person.objects.create(
            review=world.review, name="Mark Sample", role=PersonRole.PERPETRATOR
        ),
    }
