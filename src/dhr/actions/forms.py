from __future__ import annotations

from typing import Any

from django import forms

from dhr.actions.models import Action, Recommendation
from dhr.core.forms import GovukDateField, limit_choices
from dhr.organisations.models import Agency
from dhr.reviews.models import Review


class RecommendationForm(forms.ModelForm):
    class Meta:
        model = Recommendation
        fields = ["text", "agency"]
        labels = {"text": "Recommendation", "agency": "Agency it is made to"}
        widgets = {"text": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args: Any, review: Review, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        limit_choices(self, "agency", Agency.objects.filter(csp=review.csp))


class ActionForm(forms.ModelForm):
    due_on = GovukDateField(label="By when")
    completed_on = GovukDateField(label="Date completed", required=False)

    class Meta:
        model = Action
        fields = [
            "what",
            "owner",
            "due_on",
            "intended_outcome",
            "monitoring",
            "status",
            "completed_on",
        ]
        widgets = {
            "what": forms.Textarea(attrs={"rows": 3}),
            "intended_outcome": forms.Textarea(attrs={"rows": 3}),
            "monitoring": forms.Textarea(attrs={"rows": 3}),
            "status": forms.RadioSelect,
        }
