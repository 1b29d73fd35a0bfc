from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from dhr.core import hints
from dhr.core.forms import GovukDateField, limit_choices
from dhr.core.limits import LONG_TEXT, SHORT_TEXT
from dhr.organisations.models import Agency, SeniorManager
from dhr.panel import services
from dhr.panel.models import AgencyScope, Contact, ImrRequest, PanelMember
from dhr.reviews.models import Review


class PanelMemberForm(forms.ModelForm):
    class Meta:
        model = PanelMember
        fields = [
            "agency",
            "public_label",
            "member_name",
            "role",
            "is_independent_chair",
            "is_overview_author",
        ]
        labels = {
            "public_label": "Listed publicly as",
            "role": "Role",
            "is_independent_chair": "Independent chair",
            "is_overview_author": "Overview report author",
        }
        error_messages = {
            "public_label": {"required": "Enter how the panel member is listed publicly"},
        }

    def __init__(self, *args: Any, review: Review, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        limit_choices(self, "agency", Agency.objects.filter(csp=review.csp))
        self.fields["agency"].required = False
        self.fields["public_label"].required = False
        example = Agency.objects.filter(csp=review.csp).order_by("name").first()
        self.fields["public_label"].help_text = "Leave empty to use the agency's name." + (
            f" For example '{example.name}, Specialist Domestic Abuse Advisor'." if example else ""
        )


class SeniorManagerChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.agency.name}: {obj}"


class ImrRequestForm(forms.ModelForm):
    letter_sent_on = GovukDateField(kind="past", label="Date the letter was sent", required=False)
    due_on = GovukDateField(
        kind="planned",
        label="Date the IMR is due",
        required=False,
    )

    class Meta:
        model = ImrRequest
        fields = [
            "agency",
            "senior_manager",
            "senior_manager_name",
            "senior_manager_title",
            "letter_sent_on",
            "due_on",
        ]
        labels = {
            "senior_manager": "Senior manager from the agency directory",
            "senior_manager_name": "Name of the person written to",
            "senior_manager_title": "Their job title",
        }
        help_texts = {
            "senior_manager_name": "Leave empty to use the senior manager chosen above.",
            "senior_manager_title": "",
        }
        field_classes = {"senior_manager": SeniorManagerChoiceField}

    def __init__(self, *args: Any, review: Review, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        limit_choices(self, "agency", Agency.objects.filter(csp=review.csp))
        managers = SeniorManager.objects.filter(agency__csp=review.csp, active=True)
        if self.instance.senior_manager_id:
            managers = managers | SeniorManager.objects.filter(pk=self.instance.senior_manager_id)
        limit_choices(self, "senior_manager", managers.select_related("agency"))
        self.fields["senior_manager_name"].required = False
        self.fields["agency"].error_messages["required"] = "Choose the agency asked for an IMR"
        self.fields["due_on"].help_text = (
            "Needed before the letter can be generated. " + hints.date_example()
        )


class ImrRequestChangeForm(ImrRequestForm):
    received_on = GovukDateField(kind="past", label="Date the IMR was received", required=False)

    class Meta(ImrRequestForm.Meta):
        fields = [
            "senior_manager",
            "senior_manager_name",
            "senior_manager_title",
            "letter_sent_on",
            "due_on",
            "received_on",
        ]

    def __init__(self, *args: Any, review: Review, **kwargs: Any) -> None:
        forms.ModelForm.__init__(self, *args, **kwargs)
        managers = SeniorManager.objects.filter(agency=self.instance.agency, active=True)
        if self.instance.senior_manager_id:
            managers = managers | SeniorManager.objects.filter(pk=self.instance.senior_manager_id)
        limit_choices(self, "senior_manager", managers)
        self.fields["senior_manager_name"].required = False
        self.fields[
            "senior_manager_name"
        ].help_text = "Leave empty to use the senior manager chosen above."


INCLUDED_CHOICES = [("", "Not decided yet"), ("yes", "Taking part"), ("no", "Left out")]
INCLUDED_VALUES = {"": None, "yes": True, "no": False}


class ScopeForm(forms.Form):
    """One agency's row on the scoping page."""

    contact = forms.ChoiceField(
        label="Contact with the victim or perpetrator", choices=Contact.choices
    )
    included = forms.ChoiceField(
        label="Taking part in the review", choices=INCLUDED_CHOICES, required=False
    )
    exclusion_reason = forms.CharField(
        max_length=SHORT_TEXT,
        label="Reason it is left out",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Needed when the agency is left out.",
    )
    notes = forms.CharField(
        max_length=LONG_TEXT,
        label="Notes",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, data: Any, *, agency: Agency, scope: AgencyScope | None) -> None:
        initial = {"contact": Contact.UNKNOWN, "included": ""}
        if scope is not None:
            initial = {
                "contact": scope.contact,
                "included": {None: "", True: "yes", False: "no"}[scope.included],
                "exclusion_reason": scope.exclusion_reason,
                "notes": scope.notes,
            }
        super().__init__(data, prefix=f"agency-{agency.pk}", initial=initial)
        self.agency = agency
        self.scope = scope
        for name, field in self.fields.items():
            field.error_messages["required"] = f"{agency.name}: choose an answer for {name}"

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        data["included"] = INCLUDED_VALUES.get(data.get("included") or "")
        if "contact" in data:
            try:
                services.check_scope(
                    self.agency, data["included"], data.get("exclusion_reason", "")
                )
            except ValidationError as error:
                for field, messages in error.message_dict.items():
                    for message in messages:
                        self.add_error(field, message)
        return data


class DeclarationForm(forms.Form):
    chair_name = forms.CharField(label="Independent chair's name", max_length=150)
    declared_on = GovukDateField(kind="past", label="Date of the declaration")
    no_links = forms.BooleanField(
        label="I confirm I have no past or present link with any agency involved in this review",
        required=False,
    )

    def __init__(self, *args: Any, agencies: list[Agency], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.agencies = agencies
        self.fields["chair_name"].error_messages["required"] = "Enter the independent chair's name"
        self.fields["declared_on"].error_messages["required"] = "Enter the date of the declaration"
        for agency in agencies:
            self.fields[f"link_{agency.pk}"] = forms.CharField(
                label=f"Link with {agency.name}",
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
                help_text="Any past or present employment, contract, role or relationship.",
            )

    def links(self) -> dict[Agency, str]:
        return {a: self.cleaned_data.get(f"link_{a.pk}", "") for a in self.agencies}

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if "chair_name" in data and "declared_on" in data:
            try:
                services.check_declaration(
                    data["chair_name"],
                    data["declared_on"],
                    data.get("no_links", False),
                    self.links(),
                )
            except ValidationError as error:
                for field, messages in error.message_dict.items():
                    for message in messages:
                        self.add_error(field, message)
        return data


class TermsOfReferenceForm(forms.Form):
    period_start = GovukDateField(kind="history", label="Start of the period under review")
    period_end = GovukDateField(kind="history", label="End of the period under review")
    key_lines_of_enquiry = forms.CharField(
        max_length=LONG_TEXT,
        label="Key lines of enquiry",
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text="One line of enquiry per line.",
    )
    subjects = forms.CharField(
        max_length=LONG_TEXT,
        label="Subjects of the review",
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="The people the review is about, by pseudonym, one per line.",
    )
    agreed_on = GovukDateField(
        kind="past",
        label="Date the panel agreed these terms",
        required=False,
        help_text="Leave empty while they are a draft.",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        messages = {
            "period_start": "Enter the start of the period under review",
            "period_end": "Enter the end of the period under review",
            "key_lines_of_enquiry": "Enter at least one key line of enquiry",
            "subjects": "Enter the subjects of the review",
        }
        for name, message in messages.items():
            self.fields[name].error_messages["required"] = message


class LetterTemplateForm(forms.Form):
    subject = forms.CharField(label="Subject", max_length=300)
    body = forms.CharField(
        max_length=LONG_TEXT,
        label="Letter",
        widget=forms.Textarea(attrs={"rows": 20}),
        help_text="Separate paragraphs with a blank line. Placeholders in braces are filled "
        "from the review, for example {agency} or {due_date}.",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["subject"].error_messages["required"] = "Enter the letter's subject"
        self.fields["body"].error_messages["required"] = "Enter the letter's text"


class CommissionForm(forms.Form):
    due_on = GovukDateField(kind="planned", label="Date the IMRs are due")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["due_on"].help_text = hints.date_example()
        self.fields["due_on"].error_messages["required"] = "Enter the date the IMRs are due"
