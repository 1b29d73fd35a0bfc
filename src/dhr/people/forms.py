from __future__ import annotations

from typing import Any, cast

from django import forms
from django.core.exceptions import ValidationError

from dhr.core.forms import GovukDateField, limit_choices
from dhr.people import services
from dhr.people.models import (
    ContactMethod,
    FamilyContact,
    Person,
    PersonRole,
    Relationship,
)
from dhr.reviews.models import Review


class PersonForm(forms.ModelForm):
    date_of_birth = GovukDateField(kind="birth", label="Date of birth", required=False)

    class Meta:
        model = Person
        fields = [
            "name",
            "aliases",
            "role",
            "pseudonym",
            "date_of_birth",
            "sex",
            "ethnicity",
            "is_deceased",
            "notes",
        ]
        labels = {
            "name": "Full name",
            "aliases": "Other names",
            "role": "Role in the review",
            "is_deceased": "This person has died",
        }
        widgets = {"role": forms.RadioSelect, "notes": forms.Textarea(attrs={"rows": 3})}
        error_messages = {
            "name": {"required": "Enter the person's full name"},
            "role": {"required": "Select the person's role in the review"},
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _radios(self, "role", PersonRole.choices)


def _radios(form: forms.BaseForm, name: str, choices: list[tuple[str, str]]) -> None:
    """Radios offer only real answers: no '---------' button."""
    cast(forms.ChoiceField, form.fields[name]).choices = choices


class RelationshipForm(forms.ModelForm):
    class Meta:
        model = Relationship
        fields = ["from_person", "kind", "to_person", "lives_together", "notes"]
        labels = {
            "from_person": "First person",
            "kind": "Is",
            "to_person": "Second person",
            "lives_together": "They live together (the same household)",
        }
        help_texts = {"kind": "Read as: first person is ... of / to the second person."}
        error_messages = {
            "from_person": {"required": "Select the first person"},
            "kind": {"required": "Select the relationship"},
            "to_person": {"required": "Select the second person"},
        }

    def __init__(self, *args: Any, review: Review, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.review = review
        for name in ("from_person", "to_person"):
            limit_choices(self, name, Person.objects.filter(review=review))

    def clean(self) -> dict[str, Any]:
        """The service's checks, here, so its messages replace Django's constraint errors."""
        data = super().clean() or {}
        if self.errors:
            return data
        tie = Relationship(
            review=self.review,
            from_person=data.get("from_person"),
            to_person=data.get("to_person"),
            kind=data.get("kind") or "",
        )
        try:
            services.check_relationship(self.review, tie)
        except ValidationError as error:
            for field, messages in error.message_dict.items():
                for message in messages:
                    self.add_error(field if field in self.fields else None, message)
        return data


class FamilyContactForm(forms.ModelForm):
    contacted_on = GovukDateField(
        kind="past",
        label="Date of contact",
        error_messages={"required": "Enter the date of contact"},
    )
    leaflet_given_on = GovukDateField(
        kind="past", label="Date the leaflet was given", required=False
    )
    met_panel_on = GovukDateField(kind="past", label="Date they met the panel", required=False)
    read_draft_on = GovukDateField(
        kind="past", label="Date they read the draft report", required=False
    )

    class Meta:
        model = FamilyContact
        fields = [
            "person",
            "contacted_on",
            "method",
            "contacted_by",
            "leaflet_given",
            "leaflet_given_on",
            "advocate_offered",
            "advocate_accepted",
            "advocate_organisation",
            "contributed_to_terms",
            "met_panel_on",
            "read_draft_on",
            "victim_pseudonym_chosen",
            "declined",
            "notes",
        ]
        labels = {
            "person": "Who was contacted",
            "method": "How",
            "contacted_by": "Contacted by",
            "leaflet_given": "Home Office leaflet for families given",
            "advocate_offered": "Specialist advocate offered",
            "advocate_accepted": "Specialist advocate accepted",
            "advocate_organisation": "Advocacy organisation",
            "contributed_to_terms": "Contributed to the terms of reference",
            "victim_pseudonym_chosen": "Pseudonym they chose or agreed for the victim",
            "declined": "Declined to be involved",
        }
        help_texts = {"advocate_organisation": "For example AAFDA."}
        widgets = {"method": forms.RadioSelect, "notes": forms.Textarea(attrs={"rows": 3})}
        error_messages = {
            "person": {"required": "Select who was contacted"},
            "method": {"required": "Select how they were contacted"},
            "contacted_by": {"required": "Enter who made the contact"},
        }

    def __init__(self, *args: Any, review: Review, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _radios(self, "method", ContactMethod.choices)
        limit_choices(
            self,
            "person",
            Person.objects.filter(review=review)
            .exclude(role__in=services.NOT_FAMILY)
            .order_by("name"),
        )
