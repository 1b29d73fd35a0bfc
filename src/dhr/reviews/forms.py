from __future__ import annotations

from typing import Any, cast

from django import forms

from dhr.accounts.models import User
from dhr.core import hints
from dhr.core.forms import GovukDateField, limit_choices
from dhr.core.limits import LONG_TEXT, SHORT_TEXT
from dhr.organisations.models import Agency, Csp
from dhr.reviews.models import (
    AGENCY_KINDS,
    PROCEEDING_TYPES,
    REFERRAL_TYPES,
    Answer,
    Decision,
    DocumentKind,
    NotificationMethod,
    NotifierType,
    Relationship,
    Review,
    ReviewRole,
    Stage,
    normalise_reference,
)
from dhr.reviews.services import csp_people, review_date_errors


class ReviewForm(forms.ModelForm):
    date_of_death = GovukDateField(kind="death", label="Date of death", required=False)
    notified_on = GovukDateField(kind="past", label="Date the CSP was notified")

    class Meta:
        model = Review
        fields = [
            "reference",
            "victim_pseudonym",
            "date_of_death",
            "notified_on",
            "delay_reason",
        ]
        labels = {
            "victim_pseudonym": "Victim's pseudonym",
            "delay_reason": "Reason for delay",
        }
        widgets = {"delay_reason": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        term = self.instance.csp.term if self.instance.csp_id else "DHR"
        self.fields["reference"].help_text = reference_hint(term)

    def clean_reference(self) -> str:
        return normalise_reference(self.cleaned_data["reference"])

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        errors = review_date_errors(data.get("notified_on"), data.get("date_of_death"))
        for name, message in errors.items():
            self.add_error(name, message)
        return data


def reference_hint(term: str) -> str:
    return (
        f"The CSP's own reference, for example {hints.reference_example()}; "
        f"{term} is put in front of it for you."
    )


MAX_AGE = 120


class NotificationForm(forms.Form):
    """How the CSP heard of a death, and the basic facts it was told."""

    notified_on = GovukDateField(
        kind="past",
        label="Date the CSP was notified",
        error_messages={"required": "Enter the date the CSP was notified"},
    )
    notifier_type = forms.ChoiceField(
        choices=NotifierType.choices,
        widget=forms.RadioSelect,
        label="Who notified the CSP",
        error_messages={"required": "Choose who notified the CSP"},
    )
    notifier_name = forms.CharField(
        max_length=200,
        label="Name or role of the person who notified the CSP",
        help_text="For example: DI Example, Major Crime Team.",
        error_messages={"required": "Enter who notified the CSP"},
    )
    notifier_organisation = forms.CharField(
        max_length=200, required=False, label="Their organisation"
    )
    method = forms.ChoiceField(
        choices=NotificationMethod.choices,
        widget=forms.RadioSelect,
        label="How the CSP was notified",
        error_messages={"required": "Choose how the CSP was notified"},
    )
    date_of_death = GovukDateField(kind="death", label="Date of death", required=False)
    victim_age = forms.IntegerField(
        required=False,
        label="Victim's age at death",
        help_text="Leave empty if not known yet.",
        widget=forms.TextInput(attrs={"inputmode": "numeric", "class": "govuk-input--width-3"}),
        error_messages={
            "invalid": "Victim's age must be a whole number, like 34",
        },
    )
    relationship = forms.ChoiceField(
        choices=Relationship.choices,
        widget=forms.RadioSelect,
        label="The victim's relationship to the suspected perpetrator",
        error_messages={"required": "Choose the relationship, or 'Not known yet'"},
    )
    same_household = forms.ChoiceField(
        choices=Answer.choices,
        widget=forms.RadioSelect,
        label="Did they live in the same household?",
        error_messages={"required": "Say whether they lived in the same household"},
    )
    death_from_abuse = forms.ChoiceField(
        choices=Answer.choices,
        widget=forms.RadioSelect,
        label="Did the death result, or appear to result, from violence, abuse or neglect?",
        error_messages={"required": "Say whether the death appears to result from abuse"},
    )
    suicide_with_abuse_history = forms.ChoiceField(
        choices=Answer.choices,
        widget=forms.RadioSelect,
        label="Is it a suspected suicide with a history of domestic abuse?",
        error_messages={"required": "Say whether it is a suspected suicide after abuse"},
    )
    circumstances = forms.CharField(
        max_length=LONG_TEXT,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        label="What the CSP was told",
        help_text="The basic facts only; use initials or roles, not names.",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for kind in PROCEEDING_TYPES:
            self.fields[f"proceeding_{kind.value}"] = forms.BooleanField(
                required=False, label=f"{kind.label} under way"
            )
            self.fields[f"proceeding_{kind.value}_note"] = forms.CharField(
                required=False,
                max_length=1000,
                label=f"Note on the {kind.label.lower()}",
                help_text="Who leads it, and anything the review must fit around.",
            )

    GROUPS = [
        ("The review", ["csp", "reference", "victim_pseudonym"]),
        (
            "Who notified the CSP",
            ["notified_on", "notifier_type", "notifier_name", "notifier_organisation", "method"],
        ),
        (
            "What the CSP was told",
            [
                "date_of_death",
                "victim_age",
                "relationship",
                "same_household",
                "death_from_abuse",
                "suicide_with_abuse_history",
                "circumstances",
            ],
        ),
    ]

    def groups(self) -> list[tuple[str, list[forms.BoundField]]]:
        """The fields under their headings, for the page."""
        groups = [
            (heading, [self[name] for name in names if name in self.fields])
            for heading, names in self.GROUPS
        ]
        proceedings = [
            self[f"proceeding_{kind.value}{suffix}"]
            for kind in PROCEEDING_TYPES
            for suffix in ("", "_note")
        ]
        groups.append(("Other reviews and proceedings under way", proceedings))
        return [(heading, fields) for heading, fields in groups if fields]

    def clean_victim_age(self) -> int | None:
        age = self.cleaned_data.get("victim_age")
        if age is not None and not 0 <= age <= MAX_AGE:
            raise forms.ValidationError(f"Victim's age must be a whole number from 0 to {MAX_AGE}")
        return age

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for kind in PROCEEDING_TYPES:
            note = (data.get(f"proceeding_{kind.value}_note") or "").strip()
            if note and not data.get(f"proceeding_{kind.value}"):
                self.add_error(
                    f"proceeding_{kind.value}",
                    f"Tick '{kind.label} under way' or remove its note",
                )
        return data

    def review_fields(self) -> dict[str, Any]:
        return {
            "notified_on": self.cleaned_data["notified_on"],
            "date_of_death": self.cleaned_data["date_of_death"],
        }

    def notification_fields(self) -> dict[str, Any]:
        names = [
            "notifier_type",
            "notifier_name",
            "notifier_organisation",
            "method",
            "victim_age",
            "relationship",
            "same_household",
            "death_from_abuse",
            "suicide_with_abuse_history",
            "circumstances",
        ]
        return {name: self.cleaned_data[name] for name in names}

    def proceedings(self) -> dict[str, str]:
        return {
            kind.value: self.cleaned_data[f"proceeding_{kind.value}_note"].strip()
            for kind in PROCEEDING_TYPES
            if self.cleaned_data.get(f"proceeding_{kind.value}")
        }

    @staticmethod
    def initial_for(review: Review) -> dict[str, Any]:
        initial: dict[str, Any] = {
            "notified_on": review.notified_on,
            "date_of_death": review.date_of_death,
        }
        notification = getattr(review, "notification", None)
        if notification is not None:
            for name in NotificationForm.base_fields:
                if hasattr(notification, name):
                    initial[name] = getattr(notification, name)
            for proceeding in notification.other_proceedings.all():
                initial[f"proceeding_{proceeding.kind}"] = True
                initial[f"proceeding_{proceeding.kind}_note"] = proceeding.note
        return initial


class NewReviewFromNotificationForm(NotificationForm):
    """Open a review from a notification: the review's names, then the notification."""

    csp = forms.ModelChoiceField(queryset=Csp.objects.none(), label="Community Safety Partnership")
    reference = forms.CharField(max_length=40)
    victim_pseudonym = forms.CharField(
        max_length=80,
        label="Victim's pseudonym",
        help_text="A name to use for the victim until one is chosen with the family.",
    )

    def __init__(self, *args: Any, csps: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        limit_choices(self, "csp", csps)
        if csps.count() == 1:
            self.fields["csp"].initial = csps.first()
        self.order_fields(["csp", "reference", "victim_pseudonym"])
        terms = sorted({csp.term for csp in csps}) or ["DHR"]
        self.fields["reference"].help_text = reference_hint(" or ".join(terms))

    def clean_reference(self) -> str:
        return normalise_reference(self.cleaned_data["reference"])

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        csp, reference = data.get("csp"), data.get("reference")
        if csp and reference and Review.objects.filter(csp=csp, reference=reference).exists():
            self.add_error("reference", "This CSP already has a review with that reference")
        return data

    def review_fields(self) -> dict[str, Any]:
        return {
            **super().review_fields(),
            "reference": self.cleaned_data["reference"],
            "victim_pseudonym": self.cleaned_data["victim_pseudonym"],
        }


class ServiceCheckedCharField(forms.CharField):
    """Shown as required, but an empty value reaches the service, whose message
    depends on other fields (for example, the reason for not holding a review)."""

    def validate(self, value: Any) -> None:
        pass


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[c for c in Decision.choices if c[0] != Decision.PENDING],
        widget=forms.RadioSelect,
        label="The CSP chair's decision",
        error_messages={"required": "Choose whether to hold a review"},
    )
    referred_to = forms.ChoiceField(
        choices=[("", "Choose a type of review")] + [(t.value, t.label) for t in REFERRAL_TYPES],
        required=False,
        label="Type of review the death is referred to",
        help_text="Only when referring the death to another type of review.",
    )
    decided_on = GovukDateField(
        kind="past",
        label="Date of the decision",
        error_messages={"required": "Enter the date of the decision"},
    )
    decision_rationale = ServiceCheckedCharField(
        max_length=LONG_TEXT,
        label="Rationale",
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="Why, with reference to the criteria above. Required for every decision; "
        "when no review will be held, the Home Office reads this reason.",
    )
    home_office_informed_on = GovukDateField(
        kind="past",
        label="Date the Home Office was informed",
        required=False,
        help_text="The Home Office must be told of the decision either way. "
        "Leave empty if it has not been told yet; you can record it later.",
    )


class HomeOfficeInformedForm(forms.Form):
    home_office_informed_on = GovukDateField(
        kind="past",
        label="Date the Home Office was informed",
        error_messages={"required": "Enter the date the Home Office was informed"},
    )


class MemberForm(forms.Form):
    user = forms.ModelChoiceField(
        queryset=User.objects.none(),
        label="Person",
        help_text="The CSP's own people: its coordinators and chairs, and members of its reviews.",
        error_messages={"invalid_choice": "Choose someone from this CSP's people"},
    )
    role = forms.ChoiceField(choices=ReviewRole.choices, widget=forms.RadioSelect)
    agency = forms.ModelChoiceField(
        queryset=Agency.objects.none(),
        required=False,
        help_text="For panel members and IMR authors: the agency they represent.",
    )

    def __init__(self, *args: Any, review: Review, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Never every account: only people the CSP already works with (issue 10, finding 4).
        limit_choices(self, "user", csp_people(review.csp))
        limit_choices(self, "agency", Agency.objects.filter(csp=review.csp))


class InviteForm(forms.Form):
    """Someone new to the CSP: they get an email with a one-time link."""

    name = forms.CharField(
        max_length=200,
        label="Full name",
        error_messages={"required": "Enter the full name of the person to invite"},
    )
    email = forms.EmailField(
        max_length=254,
        label="Email address",
        help_text="The invitation link is sent here; it works once, for 7 days.",
        error_messages={
            "required": "Enter the email address to send the invitation to",
            "invalid": "Enter an email address in the correct format, like name@example.org",
        },
    )
    role = forms.ChoiceField(
        choices=ReviewRole.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Select the role on this review"},
    )
    agency = forms.ModelChoiceField(
        queryset=Agency.objects.none(),
        required=False,
        help_text="For panel members and IMR authors: the agency they represent.",
    )

    def __init__(self, *args: Any, review: Review, **kwargs: Any) -> None:
        kwargs.setdefault("prefix", "invite")  # beside MemberForm: ids must differ
        super().__init__(*args, **kwargs)
        limit_choices(self, "agency", Agency.objects.filter(csp=review.csp))


class AcceptInvitationForm(forms.Form):
    full_name = forms.CharField(max_length=200, error_messages={"required": "Enter your full name"})
    password = forms.CharField(
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        max_length=200,
        label="Choose a password",
        error_messages={"required": "Choose a password"},
    )
    password_again = forms.CharField(
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        max_length=200,
        label="Type the password again",
        error_messages={"required": "Type the password again"},
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("password") and data.get("password_again") != data.get("password"):
            self.add_error("password_again", "The two passwords are not the same")
        return data


class DocumentForm(forms.Form):
    # IMRs and chronologies arrive through their own pages (dhr.evidence), which
    # version them and record the senior manager's sign-off; none of the kinds
    # here belongs to an agency.
    kind = forms.ChoiceField(
        choices=[c for c in DocumentKind.choices if c[0] not in AGENCY_KINDS],
        label="Type of document",
    )
    title = forms.CharField(max_length=200)
    file = forms.FileField(label="Upload a file", help_text="A Word document (.docx) or a PDF.")


class StageForm(forms.Form):
    """Any stage is accepted here so that the lifecycle, not the form, says why a move
    is refused; only the moves open now are offered."""

    stage = forms.ChoiceField(
        choices=Stage.choices,
        widget=forms.RadioSelect,
        label="Move the review to",
        error_messages={"required": "Choose the stage to move the review to"},
    )
    reason = forms.CharField(
        max_length=SHORT_TEXT,
        widget=forms.Textarea(attrs={"rows": 3}),
        label="Why",
        error_messages={"required": "Say why the review is moving to this stage"},
    )

    def __init__(self, *args: Any, choices: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.RadioSelect, self.fields["stage"].widget).choices = choices
