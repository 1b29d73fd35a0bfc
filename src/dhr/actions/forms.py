from __future__ import annotations

from typing import Any, cast

from django import forms

from dhr.accounts.models import User
from dhr.actions import smart
from dhr.actions.models import Action, ActionStatus, Lesson, Milestone, Recommendation
from dhr.core.forms import GovukDateField, limit_choices
from dhr.organisations.models import Agency
from dhr.reviews.models import Review


class OwnerField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return str(obj.full_name)


class MilestoneField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.due_on:%-d %B %Y}: {obj.what}"


class LessonForm(forms.ModelForm):
    class Meta:
        model = Lesson
        fields = ["text"]
        labels = {"text": "Lesson learned"}
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}


class RecommendationForm(forms.ModelForm):
    lessons = forms.ModelMultipleChoiceField(
        label="Lessons it rests on",
        queryset=Lesson.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Recommendation
        fields = ["text", "kind", "level", "agency", "lessons"]
        labels = {"text": "Recommendation", "agency": "Agency it is made to"}
        widgets = {
            "text": forms.Textarea(attrs={"rows": 4}),
            "kind": forms.RadioSelect,
            "level": forms.RadioSelect,
        }

    def __init__(self, *args: Any, review: Review, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        limit_choices(self, "agency", Agency.objects.filter(csp=review.csp))
        limit_choices(self, "lessons", review.lessons.all())


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        label="Why the recommendation is withdrawn",
        error_messages={"required": "Say why the recommendation is withdrawn"},
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
        help_text="Kept with the recommendation and in the audit trail.",
    )


class ActionForm(forms.ModelForm):
    due_on = GovukDateField(kind="planned", label="By when", required=False)
    owner = OwnerField(
        label="Named owner",
        queryset=User.objects.none(),
        required=False,
        help_text="Someone of the lead agency who is a member of this review.",
    )
    milestones = forms.CharField(
        label="Milestones (optional)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
        help_text="One a line: the date as DD/MM/YYYY, then what will be done by then.",
    )

    class Meta:
        model = Action
        fields = ["what", "lead_agency", "owner", "due_on", "intended_outcome", "monitoring"]
        labels = {"lead_agency": "Lead agency"}
        help_texts = {
            "intended_outcome": "What will be different, in terms that can be counted or "
            "checked: 'raise awareness' alone cannot be measured.",
        }
        widgets = {
            "what": forms.Textarea(attrs={"rows": 3}),
            "intended_outcome": forms.Textarea(attrs={"rows": 3}),
            "monitoring": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args: Any, review: Review, agencies: Any, people: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        limit_choices(self, "lead_agency", agencies)
        limit_choices(self, "owner", people)
        if self.instance.pk and not self.is_bound:
            self.initial["milestones"] = smart.format_milestones(
                [(m.due_on, m.what) for m in self.instance.milestones.all()]
            )

    def clean_milestones(self) -> list[tuple[Any, str]]:
        parsed, errors = smart.parse_milestones(self.cleaned_data.get("milestones", ""))
        if errors:
            raise forms.ValidationError(errors)
        return parsed


class ProgressForm(forms.Form):
    status = forms.ChoiceField(
        label="How is it going?",
        choices=ActionStatus.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose how the action is going"},
    )
    completed_on = GovukDateField(kind="past", label="Date completed (if complete)", required=False)
    note = forms.CharField(
        label="Progress note",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
    )
    milestones_done = MilestoneField(
        label="Milestones done",
        queryset=Milestone.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    evidence = forms.FileField(
        label="Evidence (optional)",
        required=False,
        help_text="Word, PDF, Excel or CSV: for example an audit report or a revised policy.",
    )
    evidence_description = forms.CharField(
        label="What the evidence shows", required=False, max_length=300
    )

    def __init__(self, *args: Any, action: Action, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(MilestoneField, self.fields["milestones_done"]).queryset = action.milestones.all()
        if not action.milestones.exists():
            del self.fields["milestones_done"]


class EvidenceDecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label="Your decision",
        error_messages={"required": "Choose whether to accept or return the evidence"},
        choices=[("accept", "Accept: the action is evidenced"), ("return", "Return it")],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label="Note",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
        help_text="Required when returning: say what is missing.",
    )


class CloseForm(forms.Form):
    reason = forms.CharField(
        label="Why the action is closed without evidence",
        error_messages={"required": "Say why the action is closed without evidence"},
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
    )


class ConcludeForm(forms.Form):
    concluded_on = GovukDateField(kind="past", label="Date the CSP concluded the review")
    note = forms.CharField(
        label="How the CSP assured itself the action plan is implemented",
        error_messages={"required": "Say how the CSP assured itself the plan is implemented"},
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=10000,
    )
