from __future__ import annotations

from typing import Any, cast

from django import forms

from dhr.core.limits import SHORT_TEXT
from dhr.people.models import Person, RegisterTermKind


class DecisionForm(forms.Form):
    redact = forms.TypedChoiceField(
        label="Decision",
        choices=[("yes", "Redact it"), ("no", "Publish it as it is")],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": "Choose whether to redact it"},
    )
    reason = forms.CharField(
        label="Reason (needed to publish it as it is)",
        required=False,
        max_length=SHORT_TEXT,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class WarningDecisionForm(forms.Form):
    keep = forms.TypedChoiceField(
        label="Decision",
        choices=[
            ("yes", "Publish it as it is"),
            ("no", "Change the draft (freeze a new version)"),
        ],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": "Choose what to do"},
    )
    reason = forms.CharField(
        label="Reason",
        max_length=SHORT_TEXT,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": "Say why, so the decision can be understood later"},
    )


class MissedForm(forms.Form):
    text = forms.CharField(
        label="Words the engine missed",
        help_text="Exactly as they appear. They are added to the review's register and "
        "redacted from every document of the review.",
        max_length=200,
        error_messages={"required": "Enter the words to redact"},
    )
    kind = forms.ChoiceField(
        label="What is it?",
        error_messages={"required": "Choose whose name it is, or what kind of detail it is"},
    )

    def __init__(self, *args: Any, people: list[Person], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.people = {f"person-{p.pk}": p for p in people}
        cast(forms.ChoiceField, self.fields["kind"]).choices = [
            ("", "Choose"),
            *[(key, f"Another name for {p.pseudonym or p.name}") for key, p in self.people.items()],
            *RegisterTermKind.choices,
        ]

    def person(self) -> Person | None:
        return self.people.get(self.cleaned_data["kind"])
