"""A redaction round: one frozen report version through the engine, the
reviewers' decisions on what it found, two sign-offs, and the files released
from the signed-off text.

Findings hold real names (they are what was found), so a round is seen only
by those who may see the review's people. Anything that changes what would be
published (a decision, a missed string) clears the sign-offs: a sign-off is of
one exact text.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from dhr.core.limits import SHORT_TEXT


class RoundStatus(models.TextChoices):
    DETECTING = "detecting", "Being checked by the redaction engine"
    OPEN = "open", "Waiting for review"
    SIGNED_OFF = "signed_off", "Signed off"
    FAILED = "failed", "The engine stopped"
    SUPERSEDED = "superseded", "Replaced by a later round"


class FilesStatus(models.TextChoices):
    NONE = "none", "Not yet written"
    WORKING = "working", "Being written and checked"
    CLEAN = "clean", "Written and checked: nothing removed was found"
    BLOCKED = "blocked", "Blocked: the check found something that was removed"


class RedactionRound(models.Model):
    review = models.ForeignKey(
        "reviews.Review", on_delete=models.CASCADE, related_name="redaction_rounds"
    )
    report = models.ForeignKey(
        "reports.Report", on_delete=models.CASCADE, related_name="redaction_rounds"
    )
    # The source: a frozen version drafted here, or an uploaded document.
    version = models.ForeignKey(
        "reports.ReportVersion",
        on_delete=models.CASCADE,
        related_name="redaction_rounds",
        null=True,
        blank=True,
    )
    document = models.ForeignKey(
        "reviews.ReviewDocument",
        on_delete=models.CASCADE,
        related_name="redaction_rounds",
        null=True,
        blank=True,
    )
    status = models.CharField(
        max_length=12, choices=RoundStatus.choices, default=RoundStatus.DETECTING
    )
    step = models.CharField(max_length=200, blank=True)
    percent = models.PositiveSmallIntegerField(default=0)
    message = models.TextField(blank=True)
    # [{id, slot, start, end, label, text, source, confidence, reason, replacement}]
    findings = models.JSONField(default=list)
    # [{id, slot, kind, excerpt, why}] on the redacted text
    warnings = models.JSONField(default=list)
    files_status = models.CharField(
        max_length=10, choices=FilesStatus.choices, default=FilesStatus.NONE
    )
    files_message = models.TextField(blank=True)
    # The signed-off text as the public page shows it: the report's sections
    # with the decisions applied, written with the files.
    released = models.JSONField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    progress_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(version__isnull=False, document__isnull=True)
                | models.Q(version__isnull=True, document__isnull=False),
                name="redaction_round_has_one_source",
            )
        ]

    def __str__(self) -> str:
        return f"Redaction round {self.pk} of {self.report}"

    @property
    def source(self) -> str:
        """What was checked, in words for the pages."""
        if self.version is not None:
            return f"version {self.version.number}"
        return "the uploaded document"

    @property
    def is_working(self) -> bool:
        return self.status == RoundStatus.DETECTING or self.files_status == FilesStatus.WORKING


class FindingDecision(models.Model):
    """A reviewer's decision on one finding; a finding with none is redacted."""

    round = models.ForeignKey(RedactionRound, on_delete=models.CASCADE, related_name="decisions")
    finding = models.PositiveIntegerField()
    redact = models.BooleanField()
    reason = models.TextField(max_length=SHORT_TEXT, blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["round", "finding"], name="one_decision_per_finding")
        ]

    def __str__(self) -> str:
        return f"Decision on finding {self.finding} of round {self.round_id}"


class WarningDecision(models.Model):
    """What the reviewers decided about a detail that could identify someone."""

    round = models.ForeignKey(
        RedactionRound, on_delete=models.CASCADE, related_name="warning_decisions"
    )
    warning = models.PositiveIntegerField()
    keep = models.BooleanField(help_text="Publish as it is; otherwise the draft is to change.")
    reason = models.TextField(max_length=SHORT_TEXT)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["round", "warning"], name="one_decision_per_warning")
        ]

    def __str__(self) -> str:
        return f"Decision on warning {self.warning} of round {self.round_id}"


class RedactionSignOff(models.Model):
    round = models.ForeignKey(RedactionRound, on_delete=models.CASCADE, related_name="sign_offs")
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["round", "by"], name="one_sign_off_per_person")
        ]

    def __str__(self) -> str:
        return f"Sign-off of round {self.round_id}"


def released_file_name(instance: ReleasedFile, filename: str) -> str:
    # Never a name that says whose review it is.
    return f"released/{instance.round_id}/{instance.digest[:16]}.{instance.kind}"


class ReleasedFile(models.Model):
    """A public file (tagged PDF or .docx) written from a signed-off round and
    checked: served on the public page only while its round's files are clean."""

    round = models.ForeignKey(RedactionRound, on_delete=models.CASCADE, related_name="files")
    kind = models.CharField(max_length=8, choices=[("pdf", "PDF"), ("docx", "Word document")])
    digest = models.CharField(max_length=64)
    file = models.FileField(upload_to=released_file_name, max_length=300)
    size = models.PositiveIntegerField()
    written_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["round", "kind"], name="one_released_file_per_kind")
        ]

    def __str__(self) -> str:
        return f"Released {self.kind} of round {self.round_id}"
