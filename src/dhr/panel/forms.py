from __future__ import annotations

from typing import Any

from django import forms

from dhr.core.forms import GovukDateField, limit_choices
from dhr.organisations.models import Agency
from dhr.panel.models import ImrRequest, PanelMember
from dhr.reviews.models import Review


class PanelMemberForm(forms.ModelForm):
    class Meta:
        model = PanelMember
        fields = [
            "agency",
            "public_label",
            "member_name",
            "is_independent_chair",
            "is_overview_author",
        ]
        labels = {
            "public_label": "Listed publicly as",
            "is_independent_chair": "Independent chair",
            "is_overview_author": "Overview report author",
        }

    def __init__(self, *args: Any, review: Review, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        limit_choices(self, "agency", Agency.objects.filter(csp=review.csp))
        self.fields["agency"].required = False
        self.fields["public_label"].required = False
        self.fields["public_label"].help_text = (
            "Leave empty to use the agency's name. For example "
            "'Suffolk County Council, Specialist Domestic Abuse Advisor'."
        )


class ImrRequestForm(forms.ModelForm):
    letter_sent_on = GovukDateField(label="Date the letter was sent", required=False)
    due_on = GovukDateField(label="Date the IMR is due", required=False)

    class Meta:
        model = ImrRequest
        fields = [
            "agency",
            "senior_manager_name",
            "senior_manager_title",
            "letter_sent_on",
            "due_on",
        ]
        labels = {"senior_manager_name": "Senior manager written to"}

    def __init__(self, *args: Any, review: Review, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        limit_choices(self, "agency", Agency.objects.filter(csp=review.csp))
