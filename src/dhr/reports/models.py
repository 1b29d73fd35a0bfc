"""The overview report and executive summary, drafted in the app.

A `Report` is one document of a review (overview report or executive
summary). Its sections are fixed by `structure.py`; each save of a section's
text is a new `SectionText` (the highest number is current). The chair
freezes a `ReportVersion`: a snapshot of every section, including what the
record showed at that moment, so a frozen version never changes after. The
drafts hold real names: only the panel sees them; every export for anyone
else goes through the redaction engine.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from dhr.core.limits import LONG_TEXT, SHORT_TEXT
from dhr.reports.structure import OVERVIEW, SUMMARY


class ReportKind(models.TextChoices):
    OVERVIEW = OVERVIEW, "Overview report"
    SUMMARY = SUMMARY, "Executive summary"


class Report(models.Model):
    review = models.ForeignKey("reviews.Review", on_delete=models.CASCADE, related_name="reports")
    kind = models.CharField(max_length=10, choices=ReportKind.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["review", "kind"]
        constraints = [
            models.UniqueConstraint(fields=["review", "kind"], name="one_report_per_kind")
        ]

    def __str__(self) -> str:
        return self.get_kind_display()


class SectionText(models.Model):
    """One saved version of one section's text (Markdown, never HTML)."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="section_texts")
    key = models.CharField(max_length=40)
    number = models.PositiveIntegerField()
    text = models.TextField(blank=True, max_length=200_000)
    saved_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    saved_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["report", "key", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["report", "key", "number"], name="section_text_number_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.key} version {self.number}"


class ReportVersion(models.Model):
    """A frozen version of the whole report: every section as it stood, record included."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    note = models.CharField(max_length=500, blank=True)
    sections = models.JSONField(help_text="[{key, title, text, blocks}] at the moment of freezing.")
    frozen_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    frozen_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["report", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["report", "number"], name="report_version_unique")
        ]

    def __str__(self) -> str:
        return f"{self.report} version {self.number}"


class SectionComment(models.Model):
    """A panel member's comment on a section; the chair resolves it."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="comments")
    key = models.CharField(max_length=40)
    on_text = models.ForeignKey(
        SectionText,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="comments",
        help_text="The version of the section the comment was made on.",
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    text = models.TextField(max_length=LONG_TEXT)
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolution = models.TextField(blank=True, max_length=LONG_TEXT)

    class Meta:
        ordering = ["report", "key", "created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(resolved_at__isnull=True) | ~Q(resolution=""),
                name="comment_resolved_with_reply",
            )
        ]

    def __str__(self) -> str:
        return f"Comment on {self.key}"


class FamilyComment(models.Model):
    """What the family said about the draft, against the frozen version they read."""

    version = models.ForeignKey(
        ReportVersion, on_delete=models.PROTECT, related_name="family_comments"
    )
    person = models.ForeignKey(
        "people.Person", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    received_on = models.DateField()
    text = models.TextField(max_length=LONG_TEXT)
    response = models.TextField(
        blank=True, help_text="What the panel did about it.", max_length=LONG_TEXT
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["version", "received_on", "id"]

    def __str__(self) -> str:
        return f"Family comment on {self.version}"


class ChecklistTick(models.Model):
    """The chair's own answer to a QA checklist item the record cannot answer."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="ticks")
    item = models.CharField(max_length=40)
    done = models.BooleanField(default=False)
    note = models.TextField(max_length=SHORT_TEXT)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["report", "item"], name="one_tick_per_item")]

    def __str__(self) -> str:
        return f"{self.item}: {'done' if self.done else 'not done'}"


class LanguageDismissal(models.Model):
    """A language flag the authors judged acceptable here, and why (kept)."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="dismissals")
    key = models.CharField(max_length=40)
    rule = models.CharField(max_length=40)
    words = models.CharField(max_length=300)
    reason = models.TextField(max_length=SHORT_TEXT)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["report", "key", "at"]
        constraints = [
            models.UniqueConstraint(
                fields=["report", "key", "rule", "words"], name="dismissal_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.rule} in {self.key}: dismissed"


class ExportStatus(models.TextChoices):
    PENDING = "pending", "Waiting to start"
    RUNNING = "running", "Being written"
    DONE = "done", "Ready"
    FAILED = "failed", "Failed"


def export_upload_to(instance: ReportExport, filename: str) -> str:
    # Never a name that says whose review it is.
    return f"reports/{instance.report.review_id}/export-{instance.pk}-{instance.token}"


class ReportExport(models.Model):
    """One requested export (.docx or PDF), written by a background task with progress."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="exports")
    version = models.ForeignKey(
        ReportVersion,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="exports",
        help_text="Empty: the live draft.",
    )
    format = models.CharField(max_length=4, choices=[("docx", "Word (.docx)"), ("pdf", "PDF")])
    panel = models.BooleanField(
        default=False, help_text="The panel's copy with real names; otherwise redacted."
    )
    status = models.CharField(
        max_length=10, choices=ExportStatus.choices, default=ExportStatus.PENDING
    )
    step = models.CharField(max_length=200, blank=True)
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    message = models.TextField(blank=True)
    token = models.CharField(max_length=32)
    file = models.FileField(upload_to=export_upload_to, max_length=300, blank=True)
    size = models.PositiveBigIntegerField(default=0)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    requested_at = models.DateTimeField(auto_now_add=True)
    progress_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-requested_at", "-id"]

    def __str__(self) -> str:
        return f"Export {self.pk} of {self.report}"

    @property
    def is_working(self) -> bool:
        return self.status in {ExportStatus.PENDING, ExportStatus.RUNNING}

    @property
    def percent(self) -> int:
        return int(100 * self.done / self.total) if self.total else 0
