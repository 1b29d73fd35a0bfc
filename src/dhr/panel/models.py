"""The review panel and the agencies asked for Individual Management Reviews."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.db.models import F, Q

from dhr.core.limits import LONG_TEXT, SHORT_TEXT


class PanelMember(models.Model):
    """A seat on the panel, listed publicly by role and agency, not by name."""

    review = models.ForeignKey(
        "reviews.Review", on_delete=models.CASCADE, related_name="panel_members"
    )
    agency = models.ForeignKey(
        "organisations.Agency", on_delete=models.PROTECT, null=True, blank=True
    )
    public_label = models.CharField(
        max_length=200,
        help_text=(
            "How the seat is listed in the published FAQ, for example "
            "'Suffolk Constabulary' or 'GP Practice manager as panel member'."
        ),
    )
    member_name = models.CharField(
        max_length=150, blank=True, help_text="Not published; for the coordinator's records."
    )
    role = models.CharField(
        max_length=150,
        blank=True,
        help_text="Their job or role, for example 'Detective Inspector, Public Protection'.",
    )
    is_independent_chair = models.BooleanField(default=False)
    membership = models.OneToOneField(
        "reviews.ReviewMembership",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="panel_seat",
        help_text="The member's account on this review, when they have one (panel/seats.py).",
    )
    is_overview_author = models.BooleanField(default=False)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["-is_independent_chair", "position", "id"]

    def __str__(self) -> str:
        return self.public_label


class ImrRequestQuerySet(models.QuerySet["ImrRequest"]):
    def outstanding(self) -> ImrRequestQuerySet:
        """Requests with a due date whose IMR has not arrived."""
        return self.filter(due_on__isnull=False, received_on__isnull=True)

    def overdue(self, on: datetime.date) -> ImrRequestQuerySet:
        return self.outstanding().filter(due_on__lt=on)


class ImrRequest(models.Model):
    """The chair's letter to an agency's senior manager commissioning its IMR."""

    review = models.ForeignKey(
        "reviews.Review", on_delete=models.CASCADE, related_name="imr_requests"
    )
    agency = models.ForeignKey("organisations.Agency", on_delete=models.PROTECT)
    senior_manager = models.ForeignKey(
        "organisations.SeniorManager",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="imr_requests",
        help_text="From the agency directory; the name and title below keep the history.",
    )
    senior_manager_name = models.CharField(max_length=150)
    senior_manager_title = models.CharField(max_length=150, blank=True)
    # The dates reminders are built on: due_on is when the IMR is due, letter_sent_on
    # when the chair's letter went, received_on when the IMR arrived (None: outstanding).
    letter_sent_on = models.DateField(null=True, blank=True)
    due_on = models.DateField(null=True, blank=True)
    received_on = models.DateField(null=True, blank=True)

    objects = ImrRequestQuerySet.as_manager()

    class Meta:
        ordering = ["agency__name"]
        constraints = [
            models.UniqueConstraint(fields=["review", "agency"], name="one_imr_request_per_agency"),
            models.CheckConstraint(
                condition=Q(due_on__isnull=True)
                | Q(letter_sent_on__isnull=True)
                | Q(due_on__gte=F("letter_sent_on")),
                name="imr_due_not_before_sent",
            ),
            models.CheckConstraint(
                condition=Q(received_on__isnull=True)
                | Q(letter_sent_on__isnull=True)
                | Q(received_on__gte=F("letter_sent_on")),
                name="imr_received_not_before_sent",
            ),
        ]

    def __str__(self) -> str:
        return f"IMR from {self.agency}"


class Contact(models.TextChoices):
    VICTIM = "victim", "With the victim"
    PERPETRATOR = "perpetrator", "With the perpetrator"
    BOTH = "both", "With both"
    NONE = "none", "With neither"
    UNKNOWN = "unknown", "Not known yet"


class AgencyScope(models.Model):
    """Scoping: whether an agency had contact with the people and whether it takes part."""

    review = models.ForeignKey(
        "reviews.Review", on_delete=models.CASCADE, related_name="agency_scopes"
    )
    agency = models.ForeignKey(
        "organisations.Agency", on_delete=models.CASCADE, related_name="scopes"
    )
    contact = models.CharField(max_length=12, choices=Contact.choices, default=Contact.UNKNOWN)
    included = models.BooleanField(null=True, help_text="None: not decided yet.")
    exclusion_reason = models.TextField(blank=True, max_length=SHORT_TEXT)
    notes = models.TextField(blank=True, max_length=LONG_TEXT)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["agency__name"]
        constraints = [
            models.UniqueConstraint(fields=["review", "agency"], name="one_scope_per_agency"),
            models.CheckConstraint(
                condition=~Q(included=False) | ~Q(exclusion_reason=""),
                name="scope_exclusion_has_reason",
            ),
        ]

    def __str__(self) -> str:
        return f"Scoping of {self.agency}"


class IndependenceDeclaration(models.Model):
    """The independent chair's declaration of any link with an agency involved.

    The latest declaration for a review is the current one; earlier ones stay
    as history.
    """

    review = models.ForeignKey(
        "reviews.Review", on_delete=models.CASCADE, related_name="independence_declarations"
    )
    chair_member = models.ForeignKey(
        PanelMember, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    chair_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    chair_name = models.CharField(max_length=150)
    declared_on = models.DateField()
    no_links = models.BooleanField(
        default=False, help_text="The chair confirms no past or present link with any agency."
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-declared_on", "-recorded_at", "-id"]

    def __str__(self) -> str:
        return f"Declaration of independence by {self.chair_name}"

    @property
    def has_links(self) -> bool:
        return not self.no_links


class DeclaredLink(models.Model):
    """A past or present link the chair declared with one agency."""

    declaration = models.ForeignKey(
        IndependenceDeclaration, on_delete=models.CASCADE, related_name="links"
    )
    agency = models.ForeignKey("organisations.Agency", on_delete=models.PROTECT)
    description = models.TextField(max_length=SHORT_TEXT)

    class Meta:
        ordering = ["agency__name"]

    def __str__(self) -> str:
        return f"Link with {self.agency}"


class TermsOfReference(models.Model):
    """One version of the terms of reference; the highest version is current."""

    review = models.ForeignKey(
        "reviews.Review", on_delete=models.CASCADE, related_name="terms_of_reference"
    )
    version = models.PositiveSmallIntegerField()
    period_start = models.DateField()
    period_end = models.DateField()
    key_lines_of_enquiry = models.TextField(
        help_text="One line of enquiry per line.", max_length=LONG_TEXT
    )
    subjects = models.TextField(
        help_text="The people the review is about, by pseudonym, one per line.",
        max_length=LONG_TEXT,
    )
    agreed_on = models.DateField(null=True, blank=True, help_text="Empty: still a draft.")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(fields=["review", "version"], name="one_tor_per_version"),
            models.CheckConstraint(
                condition=Q(period_end__gte=F("period_start")), name="tor_period_in_order"
            ),
        ]

    def __str__(self) -> str:
        return f"Terms of reference version {self.version}"

    @property
    def is_draft(self) -> bool:
        return self.agreed_on is None

    @property
    def lines_of_enquiry(self) -> list[str]:
        return [line.strip() for line in self.key_lines_of_enquiry.splitlines() if line.strip()]

    @property
    def subject_list(self) -> list[str]:
        return [line.strip() for line in self.subjects.splitlines() if line.strip()]


class LetterTemplate(models.Model):
    """A CSP's own wording for the chair's letter commissioning an IMR."""

    csp = models.OneToOneField(
        "organisations.Csp", on_delete=models.CASCADE, related_name="letter_template"
    )
    subject = models.CharField(max_length=300)
    body = models.TextField(max_length=LONG_TEXT)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    def __str__(self) -> str:
        return f"IMR letter template for {self.csp}"
