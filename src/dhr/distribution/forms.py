from __future__ import annotations

from typing import Any

from django import forms

from dhr.core.forms import GovukDateField
from dhr.distribution.models import Category, Method
from dhr.distribution.services import (
    DEFAULT_EXPIRY_DAYS,
    MAX_EXPIRY_DAYS,
    document_label,
)
from dhr.reports.models import ReportExport

EMAIL_ERRORS = {
    "invalid": "Enter an email address in the correct format, like name@example.org",
    "max_length": "The email address must be 254 characters or fewer",
}


class RecipientForm(forms.Form):
    name = forms.CharField(
        label="Issued to",
        max_length=300,
        help_text="A role rather than a person's name, for example "
        "'Director of Adult Services, Northshire Council': the public FAQ lists it.",
        error_messages={
            "required": "Enter who the documents are issued to",
            "max_length": "Who the documents are issued to must be 300 characters or fewer",
        },
    )
    category = forms.ChoiceField(
        label="Kind of recipient",
        choices=Category.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose what kind of recipient this is",
            "invalid_choice": "Choose one of the kinds of recipient listed",
        },
    )
    email = forms.EmailField(
        label="Email address (optional)",
        required=False,
        help_text="Where to send a secure link. Not published.",
        error_messages=EMAIL_ERRORS,
    )


class RecipientDetailsForm(forms.Form):
    category = RecipientForm.base_fields["category"]
    email = RecipientForm.base_fields["email"]


class DocumentsField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return document_label(obj)


class IssueForm(forms.Form):
    documents = DocumentsField(
        label="What was sent",
        queryset=ReportExport.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        help_text="Anonymised exports of a frozen version. Make them from the report's "
        "versions page; the panel copy with real names is never sent.",
        error_messages={
            "required": "Choose at least one document that was sent",
            "invalid_choice": "Choose documents from the list",
            "invalid_pk_value": "Choose documents from the list",
        },
    )
    method = forms.ChoiceField(
        label="How it was sent",
        choices=Method.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose how the documents were sent",
            "invalid_choice": "Choose one of the ways of sending listed",
        },
    )
    sent_on = GovukDateField(kind="past", label="Date sent")
    expires_in_days = forms.IntegerField(
        label="For a secure link: days it works for",
        required=False,
        min_value=1,
        max_value=MAX_EXPIRY_DAYS,
        initial=DEFAULT_EXPIRY_DAYS,
        help_text=f"From now; {DEFAULT_EXPIRY_DAYS} days unless you choose otherwise "
        f"(at most {MAX_EXPIRY_DAYS}).",
        widget=forms.NumberInput(attrs={"class": "govuk-input--width-3"}),
        error_messages={
            "invalid": "Enter the number of days the link works for, like 14",
            "min_value": "The link must work for at least 1 day",
            "max_value": f"The link must work for {MAX_EXPIRY_DAYS} days or fewer",
        },
    )
    note = forms.CharField(
        label="Note (optional)",
        required=False,
        max_length=500,
        help_text="For example 'printed copy, signed for by the PA'.",
        error_messages={"max_length": "The note must be 500 characters or fewer"},
    )

    def __init__(self, *args: Any, documents: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["documents"]
        assert isinstance(field, forms.ModelMultipleChoiceField)
        field.queryset = documents


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label="Why revoke the link",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="For example 'sent to the wrong address'. Kept in the audit trail.",
        error_messages={
            "required": "Say why the link is being revoked",
            "max_length": "The reason must be 2,000 characters or fewer",
        },
    )
