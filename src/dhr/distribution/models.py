"""Who the final documents went to, how, and the secure links they download them by.

The distribution list itself is `publication.DistributionRecipient` (a name in
order, which the public FAQ lists); this app adds to each entry its category
and email (`RecipientDetails`), every issue of documents to it (`Issue`: date,
method, which frozen exports, who recorded it), the secure download link an
issue may carry (`SecureLink`: only the token's SHA-256 is stored) and every
use of a link, refused or not (`LinkUse`).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from dhr.core.limits import SHORT_TEXT


class Category(models.TextChoices):
    AGENCY = "agency", "Senior manager of a participating agency"
    CSP_CHAIR = "csp_chair", "Chair of the Community Safety Partnership"
    PCC = "pcc", "Police and Crime Commissioner"
    HOME_OFFICE = "home_office", "Home Office quality assurance team"
    DA_COMMISSIONER = "da_commissioner", "Domestic Abuse Commissioner"
    FAMILY = "family", "The family"
    OTHER = "other", "Other"


class Method(models.TextChoices):
    SECURE_LINK = "link", "Secure download link"
    EMAIL = "email", "Email attachment"
    POST = "post", "Post"
    BY_HAND = "hand", "By hand"


class RecipientDetails(models.Model):
    """What the distribution list's plain name does not say: the category and an email."""

    recipient = models.OneToOneField(
        "publication.DistributionRecipient",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="details",
    )
    category = models.CharField(max_length=20, choices=Category.choices, default=Category.OTHER)
    email = models.EmailField(blank=True)
    agency = models.ForeignKey(
        "organisations.Agency",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="For an agency's senior manager: which agency.",
    )

    def __str__(self) -> str:
        return f"{self.recipient} ({self.get_category_display()})"


class Issue(models.Model):
    """One sending of documents to one recipient."""

    review = models.ForeignKey(
        "reviews.Review", on_delete=models.CASCADE, related_name="distribution_issues"
    )
    # PROTECT: a recipient who was sent documents stays on the list, with the record.
    recipient = models.ForeignKey(
        "publication.DistributionRecipient", on_delete=models.PROTECT, related_name="issues"
    )
    sent_on = models.DateField()
    method = models.CharField(max_length=10, choices=Method.choices)
    documents = models.ManyToManyField("reports.ReportExport", related_name="issues")
    note = models.CharField(max_length=500, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-sent_on", "-id"]

    def __str__(self) -> str:
        return f"Sent to {self.recipient} on {self.sent_on}"


class LinkState(models.TextChoices):
    ACTIVE = "active", "Active"
    EXPIRED = "expired", "Expired"
    REVOKED = "revoked", "Revoked"


class SecureLink(models.Model):
    """The address a recipient downloads their issued documents from.

    The token is shown once, when the link is made; only its SHA-256 is kept.
    """

    issue = models.OneToOneField(Issue, on_delete=models.CASCADE, related_name="link")
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    revoke_reason = models.TextField(blank=True, max_length=SHORT_TEXT)

    def __str__(self) -> str:
        return f"Link for {self.issue.recipient}"

    def state(self, now: object = None) -> str:
        if self.revoked_at is not None:
            return LinkState.REVOKED
        if (now or timezone.now()) >= self.expires_at:  # type: ignore[operator]
            return LinkState.EXPIRED
        return LinkState.ACTIVE

    @property
    def state_label(self) -> str:
        return LinkState(self.state()).label


class Outcome(models.TextChoices):
    OPENED = "opened", "Opened the link"
    DOWNLOADED = "downloaded", "Downloaded"
    EXPIRED = "expired", "Refused: the link had expired"
    REVOKED = "revoked", "Refused: the link had been revoked"
    NOT_ISSUED = "not_issued", "Refused: a document not issued to them"


class LinkUse(models.Model):
    """Every time a link was used, refused or not (also in the audit trail)."""

    link = models.ForeignKey(SecureLink, on_delete=models.CASCADE, related_name="uses")
    at = models.DateTimeField(auto_now_add=True)
    outcome = models.CharField(max_length=12, choices=Outcome.choices)
    export = models.ForeignKey(
        "reports.ReportExport", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    file_name = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.get_outcome_display()} at {self.at}"
