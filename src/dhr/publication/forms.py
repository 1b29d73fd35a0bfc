from __future__ import annotations

import re
from typing import Any

from django import forms

from dhr.core.forms import GovukDateField
from dhr.core.limits import SHORT_TEXT
from dhr.organisations.models import Csp, Terminology
from dhr.publication.models import HoldKind, LegalHold, Publication, RestrictionState
from dhr.reviews.models import Review


class PublicationForm(forms.ModelForm):
    def __init__(self, *args: Any, has_order: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        csp = self.instance.review.csp
        where = csp.website_name or f"the {csp.name} website"
        self.fields["site_name"].help_text = f"Where the report is published, e.g. '{where}'."
        restriction = self.fields["restriction"]
        assert isinstance(restriction, forms.ChoiceField)
        # An order that applies is recorded as a legal hold, with its contact.
        restriction.choices = [
            (RestrictionState.UNKNOWN.value, "Not yet recorded"),
            (RestrictionState.NONE.value, "No court has made a reporting restriction order"),
        ]
        restriction.help_text = (
            "If a court has made one, record it under Legal holds instead: publication waits "
            "for it, and the public FAQ gives its contact."
        )
        if has_order:
            del self.fields["restriction"]

    site_url = forms.URLField(
        max_length=200, required=False, assume_scheme="https", label="Web address of the CSP's page"
    )
    public_until = GovukDateField(
        kind="planned",
        required=False,
        label="Keep on the public site until (optional)",
        help_text=(
            "If the CSP keeps reports public for a set time, for example 12 months or 2 years. "
            "After this date the page says how to ask for the report, and the downloads stop."
        ),
    )

    class Meta:
        model = Publication
        fields = ["site_name", "site_url", "restriction", "summary", "public_until", "show_actions"]
        labels = {
            "site_name": "Published on",
            "site_url": "Web address of the CSP's page",
            "restriction": "Reporting restriction order",
            "summary": "Public summary",
            "show_actions": "Show the action plan and its progress on the public page",
        }
        widgets = {
            "restriction": forms.RadioSelect,
            "summary": forms.Textarea(attrs={"rows": 4}),
        }


class RecipientForm(forms.Form):
    recipient = forms.CharField(
        max_length=300,
        label="Issued to",
        error_messages={"required": "Enter who the report is issued to"},
    )

    def __init__(self, *args: Any, csp: Csp, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields[
            "recipient"
        ].help_text = f"For example '{area_of(csp)} Police and Crime Commissioner'."


def area_of(csp: Csp) -> str:
    """'Eastbridge' from 'Eastbridge Community Safety Partnership' or 'Eastbridge CSP'."""
    name = re.sub(r"\s*(Community Safety Partnership|CSP)$", "", csp.name.strip(), flags=re.I)
    return name or csp.name


class PublishForm(forms.Form):
    accept_missing = forms.BooleanField(
        required=False,
        label="I have checked the missing facts listed above and the review may be published",
    )


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        max_length=SHORT_TEXT,
        widget=forms.Textarea(attrs={"rows": 3}),
        label="Why the review is withdrawn from the public pages",
        error_messages={"required": "Say why the review is withdrawn from the public pages"},
    )


EXPIRY_CHOICES = [
    ("date", "On a date"),
    ("further_order", "Until further order"),
]


class HoldForm(forms.Form):
    """A legal hold. The order's details are asked for, and needed, only for a
    reporting restriction order."""

    kind = forms.ChoiceField(
        label="What stops publication",
        choices=HoldKind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose what stops publication"},
    )
    court = forms.CharField(
        label="Court that made the order",
        required=False,
        max_length=200,
        error_messages={"max_length": "The court must be 200 characters or fewer"},
        help_text="Reporting restriction order only. For example, 'Ipswich Crown Court'.",
    )
    made_on = GovukDateField(
        kind="past",
        label="Date the order was made",
        required=False,
        help_text="Reporting restriction order only. For example, 27 3 2025.",
    )
    scope = forms.CharField(
        label="What the order restricts",
        required=False,
        max_length=SHORT_TEXT,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Reporting restriction order only: whom or what it protects, as the order says.",
    )
    expiry = forms.ChoiceField(
        label="When the order ends",
        choices=EXPIRY_CHOICES,
        required=False,
        widget=forms.RadioSelect,
        help_text="Reporting restriction order only.",
    )
    expires_on = GovukDateField(
        kind="order_end",
        label="Date the order expires",
        required=False,
        help_text="If it ends on a date. Publication still waits until someone confirms it lapsed.",
    )
    contact = forms.CharField(
        label="Contact for the order",
        required=False,
        max_length=300,
        error_messages={"max_length": "The contact must be 300 characters or fewer"},
        help_text="Published in the public FAQ, for example the solicitors' firm named on the "
        "order. Never a person's own name from the review.",
    )
    note = forms.CharField(
        label="Note",
        required=False,
        max_length=SHORT_TEXT,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="For example, the case and court for criminal proceedings, or the coroner "
        "for an inquest. Needed for 'Other'. Not published.",
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("kind") != HoldKind.RRO:
            return data
        if not (data.get("court") or "").strip() and "court" not in self.errors:
            self.add_error("court", "Enter the court that made the order")
        if data.get("made_on") is None and "made_on" not in self.errors:
            self.add_error("made_on", "Enter the date the order was made")
        if not (data.get("scope") or "").strip() and "scope" not in self.errors:
            self.add_error("scope", "Say what the order restricts")
        expiry = data.get("expiry")
        if not expiry:
            self.add_error(
                "expiry", "Choose whether the order ends on a date or lasts until further order"
            )
        elif expiry == "date" and data.get("expires_on") is None:
            if "expires_on" not in self.errors:
                self.add_error("expires_on", "Enter the date the order expires")
        elif expiry == "further_order":
            data["expires_on"] = None
        return data

    def hold(self, review: Review) -> LegalHold:
        data = self.cleaned_data
        return LegalHold(
            review=review,
            kind=data["kind"],
            court=data.get("court", "").strip(),
            made_on=data.get("made_on"),
            scope=data.get("scope", "").strip(),
            expires_on=data.get("expires_on") if data.get("expiry") == "date" else None,
            contact=data.get("contact", "").strip(),
            note=data.get("note", "").strip(),
        )


class LiftForm(forms.Form):
    reason = forms.CharField(
        label="Why the hold is lifted",
        max_length=SHORT_TEXT,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Give the reason for lifting the hold"},
        help_text="For example, 'The trial ended on 3 June 2026 with a verdict'. Kept in the "
        "audit trail.",
    )
    order_still_applies = forms.ChoiceField(
        label="Does the order still restrict what may be reported?",
        choices=[
            ("yes", "Yes: the review may be published within its terms"),
            ("no", "No: the court has discharged it, or it has ended"),
        ],
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose whether the order still restricts what may be reported"
        },
        help_text="The public FAQ says whom to contact about an order that still applies.",
    )

    def __init__(self, *args: Any, hold: LegalHold, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not hold.is_rro:
            del self.fields["order_still_applies"]

    def still_applies(self) -> bool | None:
        value = self.cleaned_data.get("order_still_applies")
        return None if value is None else value == "yes"


class ConfirmLapseForm(forms.Form):
    checked = forms.BooleanField(
        label="I have checked that the order expired and was not extended or renewed",
        error_messages={
            "required": "Confirm that you have checked the order expired and was not extended"
        },
    )
    note = forms.CharField(
        label="Note (optional)",
        required=False,
        max_length=SHORT_TEXT,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="For example, how you checked. Kept in the audit trail.",
    )


class PublicSearchForm(forms.Form):
    """The public list's search and filters: every choice is one that has
    published reviews behind it; anything else is refused with a plain message."""

    q = forms.CharField(required=False, max_length=200, label="Search published reviews")
    year = forms.ChoiceField(required=False, label="Year published")
    csp = forms.ChoiceField(required=False, label="Community Safety Partnership")
    kind = forms.ChoiceField(required=False, label="Type of review")
    theme = forms.ChoiceField(required=False, label="Theme")

    def __init__(
        self,
        *args: Any,
        years: list[tuple[str, str]],
        csps: list[tuple[str, str]],
        themes: list[tuple[str, str]],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        options = {
            "year": (years, "Any year", "Select a year from the list"),
            "csp": (csps, "Any partnership", "Select a partnership from the list"),
            "kind": (list(Terminology.choices), "Either", "Select a type of review from the list"),
            "theme": (themes, "Any theme", "Select a theme from the list"),
        }
        for name, (choices, anything, refused) in options.items():
            field = self.fields[name]
            assert isinstance(field, forms.ChoiceField)
            field.choices = [("", anything), *choices]
            field.error_messages["invalid_choice"] = refused
        self.fields["q"].error_messages["max_length"] = "Search must be 200 characters or fewer"
