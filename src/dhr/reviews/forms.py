from __future__ import annotations

from typing import Any, cast

from django import forms

from dhr.accounts.models import User
from dhr.core.forms import GovukDateField, limit_choices
from dhr.organisations.models import Agency, Csp
from dhr.reviews.models import AGENCY_KINDS, Decision, DocumentKind, Review, ReviewRole


class ReviewForm(forms.ModelForm):
    date_of_death = GovukDateField(label="Date of death", required=False)
    notified_on = GovukDateField(label="Date the CSP was notified")
    report_completed_on = GovukDateField(
        label="Date the overview report was completed",
        required=False,
        help_text="When the CSP signed off the completed overview report.",
    )

    class Meta:
        model = Review
        fields = [
            "reference",
            "victim_pseudonym",
            "date_of_death",
            "notified_on",
            "report_completed_on",
            "delay_reason",
        ]
        labels = {
            "victim_pseudonym": "Victim's pseudonym",
            "delay_reason": "Reason for delay",
        }
        widgets = {"delay_reason": forms.Textarea(attrs={"rows": 4})}


class NewReviewForm(ReviewForm):
    csp = forms.ModelChoiceField(queryset=Csp.objects.none(), label="Community Safety Partnership")

    class Meta(ReviewForm.Meta):
        fields = ["reference", "victim_pseudonym", "date_of_death", "notified_on"]

    def __init__(self, *args: Any, csps: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        limit_choices(self, "csp", csps)
        if csps.count() == 1:
            self.fields["csp"].initial = csps.first()
        self.order_fields(["csp"])

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        csp, reference = data.get("csp"), data.get("reference")
        if csp and reference and Review.objects.filter(csp=csp, reference=reference).exists():
            self.add_error("reference", "This CSP already has a review with that reference")
        return data


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[c for c in Decision.choices if c[0] != Decision.PENDING],
        widget=forms.RadioSelect,
        label="The CSP chair's decision",
    )
    decided_on = GovukDateField(label="Date of the decision")
    decision_rationale = forms.CharField(
        label="Rationale",
        widget=forms.Textarea(attrs={"rows": 5}),
        required=False,
        help_text="Required when not holding a review.",
    )


class MemberForm(forms.Form):
    user = forms.ModelChoiceField(queryset=User.objects.filter(is_active=True), label="Person")
    role = forms.ChoiceField(choices=ReviewRole.choices, widget=forms.RadioSelect)
    agency = forms.ModelChoiceField(
        queryset=Agency.objects.none(),
        required=False,
        help_text="For panel members and IMR authors: the agency they represent.",
    )

    def __init__(self, *args: Any, review: Review, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        limit_choices(self, "agency", Agency.objects.filter(csp=review.csp))


class DocumentForm(forms.Form):
    # IMRs and chronologies arrive through their own pages (dhr.evidence), which
    # version them and record the senior manager's sign-off.
    kind = forms.ChoiceField(
        choices=[c for c in DocumentKind.choices if c[0] not in AGENCY_KINDS],
        label="Type of document",
    )
    agency = forms.ModelChoiceField(
        queryset=Agency.objects.none(),
        required=False,
        help_text="For an IMR or chronology: the agency it comes from.",
    )
    title = forms.CharField(max_length=200)
    file = forms.FileField(label="Upload a file", help_text="A Word document (.docx) or a PDF.")

    def __init__(self, *args: Any, review: Review, agency_ids: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        agencies = Agency.objects.filter(csp=review.csp)
        if agency_ids is not None:
            agencies = agencies.filter(pk__in=agency_ids)
        limit_choices(self, "agency", agencies)


class StageForm(forms.Form):
    stage = forms.ChoiceField(choices=[], widget=forms.RadioSelect, label="Move the review to")
    reason = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), label="Why")

    def __init__(self, *args: Any, choices: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["stage"]).choices = choices
