"""A review, who may see it, and its confidential documents.

The stage list is the whole life of a review; which moves are allowed lives in
dhr.reviews.lifecycle, not here.
"""

from __future__ import annotations

import re
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from dhr.core.limits import LONG_TEXT, SHORT_TEXT


class Stage(models.TextChoices):
    NOTIFICATION = "notification", "Notification"
    DECISION = "decision", "Decision"
    SET_UP = "set_up", "Set-up"
    EVIDENCE = "evidence", "Evidence"
    DRAFTING = "drafting", "Drafting"
    CSP_SIGN_OFF = "csp_sign_off", "CSP sign-off"
    SUBMITTED = "submitted", "Submitted to Home Office QA"
    REVISIONS = "revisions", "Revisions"
    APPROVED = "approved", "Approved for publication"
    PUBLISHED = "published", "Published"
    MONITORING = "monitoring", "Monitoring"
    CONCLUDED = "concluded", "Concluded"
    NOT_PROCEEDING = "not_proceeding", "Not proceeding"


# Stages at and after which the report has gone to the Home Office.
SUBMITTED_STAGES = {
    Stage.SUBMITTED,
    Stage.REVISIONS,
    Stage.APPROVED,
    Stage.PUBLISHED,
    Stage.MONITORING,
    Stage.CONCLUDED,
}


class Decision(models.TextChoices):
    PENDING = "pending", "Not yet decided"
    PROCEED = "proceed", "Proceed with a review"
    NOT_PROCEED = "not_proceed", "Do not proceed"
    REFER = "refer", "Refer to another type of review"


class ReviewType(models.TextChoices):
    """Other statutory reviews and proceedings that may run beside (or instead of) a DHR."""

    SAR = "sar", "Safeguarding adults review"
    CSPR = "cspr", "Child safeguarding practice review"
    MHHR = "mhhr", "Mental health homicide review"
    INQUEST = "inquest", "Inquest"
    CRIMINAL = "criminal", "Criminal proceedings"
    OTHER = "other", "Another type of review"


# The review types a CSP chair may refer a death to instead of holding a DHR.
REFERRAL_TYPES = [ReviewType.SAR, ReviewType.CSPR, ReviewType.MHHR, ReviewType.OTHER]
# What may be under way beside a DHR when the CSP is notified.
PROCEEDING_TYPES = [
    ReviewType.SAR,
    ReviewType.CSPR,
    ReviewType.MHHR,
    ReviewType.INQUEST,
    ReviewType.CRIMINAL,
]


# A reference typed as the hint shows it ("DHR 2024/03", "dardr-2024-03") loses
# its leading term: the term is the CSP's and is put back by full_reference.
LEADING_TERM = re.compile(r"^\s*(?:DHR|DARDR)(?![A-Za-z])[\s:./-]*", re.IGNORECASE)


def normalise_reference(value: str) -> str:
    """The bare reference, '2024/03', from what a user typed ('DHR 2024/03')."""
    text = " ".join(str(value).split())
    bare = LEADING_TERM.sub("", text).strip()
    return bare or text


class Review(models.Model):
    csp = models.ForeignKey("organisations.Csp", on_delete=models.PROTECT, related_name="reviews")
    reference = models.CharField(
        max_length=40,
        help_text="The CSP's own reference, without DHR or DARDR in front.",
    )
    victim_pseudonym = models.CharField(
        max_length=80,
        help_text="The name used for the victim in everything published, chosen with the family.",
    )
    date_of_death = models.DateField(null=True, blank=True)
    notified_on = models.DateField(help_text="When the CSP was told of the death.")
    decision = models.CharField(max_length=12, choices=Decision.choices, default=Decision.PENDING)
    decided_on = models.DateField(null=True, blank=True)
    decision_rationale = models.TextField(blank=True, max_length=LONG_TEXT)
    referred_to = models.CharField(
        max_length=12,
        choices=[(t.value, t.label) for t in REFERRAL_TYPES],
        blank=True,
        help_text="When the CSP chair referred the death to another type of review.",
    )
    home_office_informed_on = models.DateField(
        null=True,
        blank=True,
        help_text="When the Home Office was told of the decision (required for either outcome).",
    )
    report_completed_on = models.DateField(
        null=True,
        blank=True,
        help_text="When the CSP signed off the completed overview report.",
    )
    delay_reason = models.TextField(
        blank=True,
        help_text="Why the review took longer than the agreed timescale, as it may be published.",
        max_length=LONG_TEXT,
    )
    stage = models.CharField(max_length=20, choices=Stage.choices, default=Stage.NOTIFICATION)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-notified_on", "reference"]
        constraints = [
            models.UniqueConstraint(fields=["csp", "reference"], name="review_reference_per_csp")
        ]

    def __str__(self) -> str:
        return f"{self.full_reference} ({self.victim_pseudonym})"

    def save(self, *args: Any, **kwargs: Any) -> None:
        # The one place a reference is normalised: every way of saving passes here.
        self.reference = normalise_reference(self.reference)
        super().save(*args, **kwargs)

    @property
    def full_reference(self) -> str:
        """'DHR 2024/03': the CSP's term and the bare reference."""
        return f"{self.csp.term} {self.reference}"

    @property
    def title(self) -> str:
        return f"{self.full_reference}: {self.victim_pseudonym}"


class NotifierType(models.TextChoices):
    POLICE = "police", "Police"
    OTHER_AGENCY = "other_agency", "Another agency or professional"
    FAMILY = "family", "Family member or friend"
    OTHER = "other", "Someone else"


class NotificationMethod(models.TextChoices):
    EMAIL = "email", "Email"
    PHONE = "phone", "Telephone"
    LETTER = "letter", "Letter"
    MEETING = "meeting", "In a meeting"
    OTHER = "other", "Another way"


class Relationship(models.TextChoices):
    """The victim's relationship to the suspected perpetrator, in section 9's terms."""

    CURRENT_PARTNER = "current_partner", "Current intimate partner"
    FORMER_PARTNER = "former_partner", "Former intimate partner"
    RELATIVE = "relative", "Relative (family member)"
    HOUSEHOLD = "household", "Member of the same household, not related"
    NONE_OTHER = "none_other", "None of these, or another relationship"
    UNKNOWN = "unknown", "Not known yet"


class Answer(models.TextChoices):
    YES = "yes", "Yes"
    NO = "no", "No"
    UNKNOWN = "unknown", "Not known yet"


class Notification(models.Model):
    """How the CSP heard of a death, and the basic facts it was told.

    The date the CSP was notified and the date of death live on the review
    (`notified_on`, `date_of_death`) so that there is one copy of each.
    """

    review = models.OneToOneField(Review, on_delete=models.CASCADE, related_name="notification")
    notifier_name = models.CharField(max_length=200, help_text="Who told the CSP.")
    notifier_organisation = models.CharField(max_length=200, blank=True)
    notifier_type = models.CharField(max_length=20, choices=NotifierType.choices)
    method = models.CharField(max_length=10, choices=NotificationMethod.choices)
    victim_age = models.PositiveSmallIntegerField(null=True, blank=True)
    relationship = models.CharField(max_length=20, choices=Relationship.choices)
    same_household = models.CharField(max_length=8, choices=Answer.choices)
    death_from_abuse = models.CharField(
        max_length=8,
        choices=Answer.choices,
        help_text="Whether the death resulted, or appears to have resulted, "
        "from violence, abuse or neglect.",
    )
    suicide_with_abuse_history = models.CharField(max_length=8, choices=Answer.choices)
    circumstances = models.TextField(blank=True, max_length=LONG_TEXT)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"Notification of {self.review}"


class OtherProceeding(models.Model):
    """Another review or proceeding under way when the CSP was notified."""

    notification = models.ForeignKey(
        Notification, on_delete=models.CASCADE, related_name="other_proceedings"
    )
    kind = models.CharField(max_length=12, choices=[(t.value, t.label) for t in PROCEEDING_TYPES])
    note = models.TextField(blank=True, max_length=SHORT_TEXT)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["notification", "kind"], name="other_proceeding_once_per_kind"
            )
        ]

    def __str__(self) -> str:
        return self.get_kind_display()


class StageChange(models.Model):
    """One move of a review from one stage to another: who, when and why."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="stage_changes")
    from_stage = models.CharField(max_length=20, choices=Stage.choices)
    to_stage = models.CharField(max_length=20, choices=Stage.choices)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True)
    at = models.DateTimeField(default=timezone.now)
    reason = models.TextField(max_length=SHORT_TEXT)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.get_from_stage_display()} to {self.get_to_stage_display()}"


class ReviewRole(models.TextChoices):
    INDEPENDENT_CHAIR = "independent_chair", "Independent chair"
    PANEL_MEMBER = "panel_member", "Panel member"
    IMR_AUTHOR = "imr_author", "IMR author"
    HOME_OFFICE_QA = "home_office_qa", "Home Office QA reader"


AGENCY_ROLES = {ReviewRole.PANEL_MEMBER, ReviewRole.IMR_AUTHOR}


class ReviewMembership(models.Model):
    """Explicit membership of one review with one role: the basis of all access."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="review_memberships"
    )
    role = models.CharField(max_length=20, choices=ReviewRole.choices)
    agency = models.ForeignKey(
        "organisations.Agency",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        help_text="The agency a panel member or IMR author represents.",
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["review", "user", "role"], name="review_membership_unique"
            ),
            models.CheckConstraint(
                condition=Q(role__in=["panel_member", "imr_author"], agency__isnull=False)
                | Q(role__in=["independent_chair", "home_office_qa"], agency__isnull=True),
                name="review_membership_agency_iff_agency_role",
            ),
        ]

    def __str__(self) -> str:
        agency = f" ({self.agency})" if self.agency_id else ""
        return f"{self.user} – {self.get_role_display()}{agency}"


class DocumentKind(models.TextChoices):
    IMR = "imr", "Individual Management Review"
    CHRONOLOGY = "chronology", "Agency chronology"
    DRAFT_REPORT = "draft_report", "Draft overview report"
    DRAFT_SUMMARY = "draft_summary", "Draft executive summary"
    SUBMITTED_REPORT = "submitted_report", "Overview report as submitted to the Home Office"


AGENCY_KINDS = {DocumentKind.IMR, DocumentKind.CHRONOLOGY}


def document_upload_to(instance: ReviewDocument, filename: str) -> str:
    # The stored name never carries the uploaded file name, which may identify
    # someone; the original name is kept in the row, behind access control.
    return f"reviews/{instance.review_id}/{instance.sha256}"


class ReviewDocument(models.Model):
    """A confidential document of a review (never public): IMRs, drafts, chronologies."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(max_length=20, choices=DocumentKind.choices)
    agency = models.ForeignKey(
        "organisations.Agency", on_delete=models.PROTECT, null=True, blank=True
    )
    title = models.CharField(max_length=200)
    original_name = models.CharField(max_length=255)
    file = models.FileField(upload_to=document_upload_to, max_length=300)
    content_type = models.CharField(max_length=100)
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-uploaded_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=["imr", "chronology"], agency__isnull=False)
                | ~Q(kind__in=["imr", "chronology"]),
                name="agency_documents_name_their_agency",
            )
        ]

    def __str__(self) -> str:
        return self.title


class Invitation(models.Model):
    """A coordinator's invitation to someone new to join one review in a role
    (issue 10, finding 4): no administrator and no Django admin involved.

    The link is emailed once; only the SHA-256 of its token is kept, so the
    database alone cannot be used to accept it. It works once, until it
    expires or is withdrawn.
    """

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField()
    name = models.CharField(max_length=200)
    role = models.CharField(max_length=20, choices=ReviewRole.choices)
    agency = models.ForeignKey(
        "organisations.Agency", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    token_hash = models.CharField(max_length=64, unique=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Invitation of {self.email} to {self.review}"

    @property
    def is_open(self) -> bool:
        return (
            self.accepted_at is None
            and self.revoked_at is None
            and self.expires_at > timezone.now()
        )
