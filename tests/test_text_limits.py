"""Every text a person types is limited to what its use needs (issue 10, finding 6).

Unlimited fields let one request of a few megabytes make each page and
document showing the text slow. The limits live on the models (forms take
them) or on the form's own fields; the error reads as GOV.UK's does.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.apps import apps
from django.db import models
from django.urls import reverse
from test_form_messages import form_classes

from conftest import World
from dhr.actions.models import Lesson
from dhr.core.forms import too_long_message
from dhr.core.limits import LONG_TEXT

# Written by the system, never typed into a form: imported chronology rows
# (limited by the importer), the library's copies of published text, job messages.
NOT_TYPED = {
    ("evidence", "chronologyimport", "message"),
    ("evidence", "chronologyentry", "what_happened"),
    ("evidence", "chronologyentry", "action_taken"),
    ("evidence", "chronologyentry", "comment"),
    ("reports", "reportexport", "message"),
    ("redaction_review", "redactionround", "message"),
    ("redaction_review", "redactionround", "files_message"),
    ("library", "libraryentry", "summary"),
    ("library", "libraryentry", "body"),
    ("library", "libraryentry", "lead"),
}


def test_every_typed_model_text_field_has_a_limit() -> None:
    unlimited = [
        (model._meta.app_label, model._meta.model_name, field.name)
        for model in apps.get_app_configs()
        for model in model.get_models()
        if model.__module__.startswith("dhr.")
        for field in model._meta.get_fields()
        if isinstance(field, models.TextField) and not field.max_length
    ]
    assert sorted(set(unlimited) - NOT_TYPED) == []


def test_every_form_text_field_has_a_limit() -> None:
    unlimited = [
        f"{cls.__module__}.{cls.__name__}.{name}"
        for cls in form_classes()
        for name, field in getattr(cls, "base_fields", {}).items()
        if isinstance(field, forms.CharField)
        and not isinstance(field.widget, forms.HiddenInput)
        and not field.max_length
    ]
    assert unlimited == []


def test_too_long_text_is_refused_with_the_limit_and_nothing_is_saved(
    world: World, client: Any
) -> None:
    client.force_login(world.users["coordinator"])
    url = reverse("actions:lessons", args=[world.review.pk])
    response = client.post(url, {"text": "x" * (LONG_TEXT + 1)})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Lesson learned must be 20,000 characters or fewer (you entered 20,001)" in page
    assert 'maxlength="20000"' in page  # the browser stops typing at the limit too
    assert not Lesson.objects.filter(review=world.review).exists()
    client.post(url, {"text": "x" * LONG_TEXT})
    assert Lesson.objects.filter(review=world.review).count() == 1


def test_the_message_names_the_field() -> None:
    assert too_long_message("notes", 5000, 5001) == (
        "Notes must be 5,000 characters or fewer (you entered 5,001)"
    )
