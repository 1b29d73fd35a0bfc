from __future__ import annotations

from typing import Any

from django import forms

from dhr.core.forms import GovukDateField, limit_choices
from dhr.organisations.models import Agency, SeniorManager
from dhr.people.models import Person, PersonRole


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
        label="Note",
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
    senior_manager = forms.ModelChoiceField(
        queryset=SeniorManager.objects.none(),
        required=False,
        label="Senior manager",
        help_text="From the agency directory. Choose 'Someone else' to type a name below.",
    )
    senior_manager_name = forms.CharField(
        max_length=150, required=False, label="Senior manager's name, if someone else"
    )
    senior_manager_title = forms.CharField(
        max_length=150, required=False, label="Their job title, if someone else"
    )
    signed_off_on = GovukDateField(kind="past", label="Date of sign-off")

    def __init__(self, *args: Any, agency: Agency, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        managers = SeniorManager.objects.filter(agency=agency, active=True)
        limit_choices(self, "senior_manager", managers)
        self.fields["senior_manager"].empty_label = "Someone else"  # type: ignore[attr-defined]
        if managers.count() == 1 and not self.is_bound:
            self.fields["senior_manager"].initial = managers.first()
        self.fields["signed_off_on"].error_messages["required"] = "Enter the date of sign-off"

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        manager = data.get("senior_manager")
        if manager is not None:
            data["senior_manager_name"] = manager.name
            data["senior_manager_title"] = manager.job_title
        else:
            if not data.get("senior_manager_name"):
                self.add_error(
                    "senior_manager_name",
                    "Choose the senior manager, or enter the name of the one who signed it off",
                )
            if not data.get("senior_manager_title"):
                self.add_error("senior_manager_title", "Enter the senior manager's job title")
        return data


class ChronologyFilterForm(forms.Form):
    agency = forms.ModelChoiceField(queryset=Agency.objects.none(), required=False, label="Agency")
    person = forms.ModelChoiceField(
        queryset=Person.objects.none(), required=False, label="Person involved"
    )
    start = GovukDateField(kind="filter", label="From", required=False)
    end = GovukDateField(kind="filter", label="To", required=False)

    def __init__(self, *args: Any, agencies: Any, people: Any, **kwargs: Any) -> None:
        """`people` None: the user may not see the review's people, so no such field."""
        super().__init__(*args, **kwargs)
        limit_choices(self, "agency", agencies)
        self.fields["agency"].empty_label = "All agencies"  # type: ignore[attr-defined]
        if people is None:
            del self.fields["person"]
            return
        limit_choices(self, "person", people)
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


class MatchNameForm(forms.Form):
    """Match a name an agency used to a person of the review, or add them."""

    NEW = "new"
    person = forms.ChoiceField(
        label="Who is this?",
        widget=forms.RadioSelect,
        error_messages={"required": "Choose the person this name means, or add a new person"},
    )
    new_name = forms.CharField(
        max_length=150,
        required=False,
        label="Full name of the new person",
        help_text="Leave as the agency wrote it, or give the full name.",
    )
    new_role = forms.ChoiceField(
        choices=[("", "Choose a role"), *PersonRole.choices],
        required=False,
        label="Their part in the review",
    )

    def __init__(self, *args: Any, people: Any, held_name: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = [(str(p.pk), person_label(p)) for p in people]
        choices.append((self.NEW, "Someone not yet recorded: add them"))
        self.fields["person"].choices = choices  # type: ignore[attr-defined]
        self.fields["new_name"].initial = held_name

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("person") == self.NEW:
            if not (data.get("new_name") or "").strip():
                self.add_error("new_name", "Enter the full name of the new person")
            if not data.get("new_role"):
                self.add_error("new_role", "Choose the new person's part in the review")
        return data
