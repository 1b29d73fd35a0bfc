from __future__ import annotations

from typing import Any

from django import forms

from dhr.organisations.models import Agency, AgencyType, SeniorManager

SECTOR_CHOICES = [
    ("statutory", "Statutory (a duty under section 9 of the 2004 Act)"),
    ("voluntary", "Voluntary"),
]


class AgencyForm(forms.ModelForm):
    sector = forms.ChoiceField(
        label="Statutory or voluntary", choices=SECTOR_CHOICES, widget=forms.RadioSelect
    )

    class Meta:
        model = Agency
        fields = ["name", "agency_type"]
        labels = {"name": "Agency name", "agency_type": "Type of agency"}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["sector"] = "statutory" if self.instance.statutory else "voluntary"
        self.fields["sector"].error_messages["required"] = (
            "Select whether the agency is statutory or voluntary"
        )
        self.fields["name"].error_messages["required"] = "Enter the agency's name"
        self.fields["agency_type"].error_messages["required"] = "Select the type of agency"

    def save(self, commit: bool = True) -> Agency:
        self.instance.statutory = self.cleaned_data["sector"] == "statutory"
        return super().save(commit=commit)


class AgencyFilterForm(forms.Form):
    type = forms.ChoiceField(
        label="Type of agency",
        choices=[("", "All types"), *AgencyType.choices],
        required=False,
    )


class SeniorManagerForm(forms.ModelForm):
    class Meta:
        model = SeniorManager
        fields = ["name", "job_title", "email", "phone", "active"]
        labels = {"active": "Still in post (letters can be addressed to them)"}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["name"].error_messages["required"] = "Enter the senior manager's name"
        self.fields["email"].error_messages["invalid"] = (
            "Enter an email address in the correct format, like name@example.com"
        )
