from __future__ import annotations

from typing import Any

from django import forms

from dhr.core.forms import GovukDateField, limit_choices
from dhr.organisations.models import Agency
from dhr.people.models import Person


class AgencyFileForm(forms.Form):
    agency = forms.ModelChoiceField(queryset=Agency.objects.none(), label="Agency")
    file = forms.FileField(label="Upload a file")

    def __init__(self, *args: Any, agencies: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        limit_choices(self, "agency", agencies)
        if agencies.count() == 1:
            self.fields["agency"].initial = agencies.first()


class ImrUploadForm(AgencyFileForm):
    note = forms.CharField(
        max_length=500,
        required=False,
        label="Note (optional)",
        help_text="For example, what changed since the last version.",
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = "A Word document (.docx) or a PDF."


class ChronologyUploadForm(AgencyFileForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = (
            "The chronology template filled in: an Excel workbook (.xlsx) or a CSV file "
            "saved as 'CSV UTF-8'."
        )


class SignOffForm(forms.Form):
    senior_manager_name = forms.CharField(max_length=150, label="Senior manager's name")
    senior_manager_title = forms.CharField(max_length=150, label="Senior manager's job title")
    signed_off_on = GovukDateField(label="Date of sign-off")


class ChronologyFilterForm(forms.Form):
    agency = forms.ModelChoiceField(queryset=Agency.objects.none(), required=False, label="Agency")
    person = forms.ModelChoiceField(
        queryset=Person.objects.none(), required=False, label="Person involved"
    )
    start = GovukDateField(label="From", required=False)
    end = GovukDateField(label="To", required=False)

    def __init__(self, *args: Any, agencies: Any, people: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        limit_choices(self, "agency", agencies)
        limit_choices(self, "person", people)
        self.fields["agency"].empty_label = "All agencies"  # type: ignore[attr-defined]
        self.fields["person"].empty_label = "Everyone"  # type: ignore[attr-defined]
        self.fields["person"].label_from_instance = person_label  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("start"), data.get("end")
        if start and end and start > end:
            self.add_error("end", "'To' must be the same as or after 'From'")
        return data


def person_label(person: Person) -> str:
    return f"{person.name} ({person.get_role_display()})"
