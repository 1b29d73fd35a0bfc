from __future__ import annotations

from django import forms

from dhr.publication.models import Publication


class PublicationForm(forms.ModelForm):
    site_url = forms.URLField(
        required=False, assume_scheme="https", label="Web address of the CSP's page"
    )

    class Meta:
        model = Publication
        fields = ["site_name", "site_url", "restriction", "restriction_contact", "summary"]
        labels = {
            "site_name": "Published on",
            "site_url": "Web address of the CSP's page",
            "restriction": "Reporting restriction order",
            "restriction_contact": "Contact for the reporting restriction order",
            "summary": "Public summary",
        }
        widgets = {
            "restriction": forms.RadioSelect,
            "summary": forms.Textarea(attrs={"rows": 4}),
        }


class RecipientForm(forms.Form):
    recipient = forms.CharField(
        max_length=300,
        label="Issued to",
        help_text="For example 'Suffolk Police and Crime Commissioner'.",
    )


class PublishForm(forms.Form):
    accept_missing = forms.BooleanField(
        required=False,
        label="I have checked the missing facts listed above and the review may be published",
    )


class WithdrawForm(forms.Form):
    reason = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), label="Why withdraw it")
