"""Every required field's "missing" message reads as a sentence (issue 9).

core.forms builds GOV.UK's wording from the label ("Enter the date of the
meeting"); a label that is not a noun phrase or a clause ("Issued to", "Why
withdraw it") came out as "Enter the issued to". Such a field needs its own
`error_messages={"required": ...}`. Checked on each form class's declared
fields (fields a form changes in __init__ are not seen here).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

import pytest
from django import forms
from django.forms.utils import pretty_name

import dhr
from dhr.core.forms import GENERIC_REQUIRED, required_message

PREPOSITIONS = {"to", "as", "by", "of", "for", "with", "at", "in", "on", "from", "about"}
SUBJECTS = {"the", "a", "an", "this", "that", "it", "they", "their", "we", "you", "he", "she"}


def form_classes() -> list[type[forms.BaseForm]]:
    found = []
    for info in pkgutil.walk_packages(dhr.__path__, "dhr."):
        if info.name.rsplit(".", 1)[-1] != "forms":
            continue
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, forms.BaseForm) and cls.__module__ == module.__name__:
                found.append(cls)
    return found


def generated_messages() -> list[tuple[str, str]]:
    messages = []
    for cls in form_classes():
        for name, field in getattr(cls, "base_fields", {}).items():
            own = str(field.error_messages.get("required", GENERIC_REQUIRED))
            if not field.required or own != GENERIC_REQUIRED:
                continue
            if isinstance(field.widget, forms.HiddenInput):
                continue  # never shown: a person cannot leave it empty
            label = str(field.label) if field.label is not None else pretty_name(name)
            messages.append(
                (f"{cls.__module__}.{cls.__name__}.{name}", required_message(field, label))
            )
    return messages


def reads_badly(message: str) -> str | None:
    words = re.findall(r"[\w'-]+", message.lower())
    if words[-1] in PREPOSITIONS and len(words) < 6:  # "the person written to" is fine
        return "ends in a preposition"
    if len(words) > 2 and words[1] == "the" and words[2].endswith("ed"):
        return "'the' before a past participle"
    if "why" in words[:2] and len(words) > 2 and words[words.index("why") + 1] not in SUBJECTS:
        return "'why' without a subject"
    return None


def test_the_check_catches_the_labels_that_once_read_badly() -> None:
    assert reads_badly("Enter the issued to")
    assert reads_badly("Enter why withdraw it")
    assert reads_badly("Enter the listed publicly as")
    assert reads_badly("Enter the date of the meeting") is None
    assert reads_badly("Enter why the extension was agreed") is None


def test_forms_are_found() -> None:
    names = {cls.__name__ for cls in form_classes()}
    assert {"ActionForm", "MeetingForm", "WithdrawForm", "RecipientForm"} <= names


@pytest.mark.parametrize(("field", "message"), generated_messages())
def test_every_missing_answer_message_reads_as_a_sentence(field: str, message: str) -> None:
    assert reads_badly(message) is None, f"{field}: {message!r} ({reads_badly(message)})"
