from __future__ import annotations

from typing import Any

from django import forms

from dhr.core.forms import GovukDateField
from dhr.reviews.models import ReviewDocument
from dhr.signoffs.models import QaOutcome


class WaiveForm(forms.Form):
    reason = forms.CharField(
        label="Why the review will not wait for this IMR",
        error_messages={"required": "Say why the review will not wait for this IMR"},
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
        help_text="For example: the agency had no contact in the period; a summary of "
        "involvement was provided instead. This is kept in the audit trail.",
    )


class CspSignOffForm(forms.Form):
    note = forms.CharField(
        label="Note (optional)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
        help_text="Anything the CSP wants recorded with its sign-off.",
    )


class SubmitForm(forms.Form):
    submitted_on = GovukDateField(kind="past", label="Date the pack was sent")
    documents = forms.ModelMultipleChoiceField(
        label="Documents in the pack",
        queryset=ReviewDocument.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="The action plan, and the frozen report and executive summary, go in "
        "every pack; choose any uploaded documents sent as well.",
    )
    covering_note = forms.CharField(
        label="Covering note (optional)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
    )

    def __init__(self, *args: Any, documents: list[ReviewDocument], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["documents"]
        assert isinstance(field, forms.ModelMultipleChoiceField)
        field.queryset = ReviewDocument.objects.filter(pk__in=[d.pk for d in documents])


class FeedbackForm(forms.Form):
    outcome = forms.ChoiceField(
        label="The panel's outcome",
        choices=QaOutcome.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose the panel's outcome"},
    )
    letter_dated = GovukDateField(kind="past", label="Date of the panel's letter")
    strengths = forms.CharField(
        label="Strengths the panel noted",
        error_messages={"required": "Enter the strengths the panel noted"},
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=20000,
    )
    areas = forms.CharField(
        label="Areas for development",
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=20000,
        help_text="One area a line; the chair answers each.",
    )


class AnswerForm(forms.Form):
    change_made = forms.CharField(
        label="What was changed",
        error_messages={"required": "Say what was changed in response"},
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=10000,
    )
    where = forms.CharField(
        label="Where in the report",
        error_messages={"required": "Say where in the report the change is"},
        max_length=300,
        help_text="Section, paragraph or page, for example 'Section 6, paragraphs 6.4 to 6.9'.",
    )
