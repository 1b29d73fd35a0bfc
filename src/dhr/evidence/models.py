"""What agencies send a review: IMRs (with their sign-off) and chronologies.

All of it is confidential: an agency's material is seen by that agency's IMR
author and by the chair, coordinator and panel of the review, and by nobody
else (dhr.access decides). Files are stored through Django's storage under a
name that carries nothing of the uploaded file's name.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models


def evidence_upload_to(instance: Any, filename: str) -> str:
    # As for ReviewDocument: the stored name never carries the uploaded name,
    # which may identify someone; the original name is kept in the row.
    return f"reviews/{instance.review_id}/{instance.sha256}"


class StoredFile(models.Model):
    """The columns every stored upload has."""

    review = models.ForeignKey("reviews.Review", on_delete=models.CASCADE, related_name="+")
    agency = models.ForeignKey("organisations.Agency", on_delete=models.PROTECT, related_name="+")
    file = models.FileField(upload_to=evidence_upload_to, max_length=300)
    original_name = models.CharField(max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True


class ImrSubmission(StoredFile):
    """One version of an agency's Individual Management Review."""

    version = models.PositiveIntegerField()
    note = models.CharField(
        max_length=500, blank=True, help_text="For example, what changed since the last version."
    )

    class Meta:
        ordering = ["agency__name", "-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["review", "agency", "version"], name="imr_version_unique"
            )
        ]

    def __str__(self) -> str:
        return f"IMR from {self.agency} (version {self.version})"


class SignOff(models.Model):
    """The agency's senior manager signing off one version of its IMR."""

    submission = models.OneToOneField(
        ImrSubmission, on_delete=models.CASCADE, related_name="sign_off"
    )
    senior_manager_name = models.CharField(max_length=150)
    senior_manager_title = models.CharField(max_length=150)
    signed_off_on = models.DateField()
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Signed off by {self.senior_manager_name} on {self.signed_off_on}"


class ImportStatus(models.TextChoices):
    PENDING = "pending", "Waiting to be checked"
    RUNNING = "running", "Being checked"
    NEEDS_DECISION = "needs_decision", "Has errors: your decision needed"
    IMPORTED = "imported", "Imported"
    FAILED = "failed", "Not imported"


class ChronologyImport(StoredFile):
    """One uploaded chronology file of one agency, and what checking it found."""

    status = models.CharField(
        max_length=20, choices=ImportStatus.choices, default=ImportStatus.PENDING
    )
    rows_checked = models.PositiveIntegerField(default=0)
    rows_valid = models.PositiveIntegerField(default=0)
    rows_saved = models.PositiveIntegerField(default=0)
    error_count = models.PositiveIntegerField(default=0)
    names_held = models.PositiveIntegerField(
        default=0,
        help_text="Names the review's people list did not know: held for the coordinator.",
    )
    errors = models.JSONField(
        default=list, blank=True, help_text="The first errors found: row, column, message."
    )
    message = models.TextField(blank=True, help_text="Why the whole file was refused.")
    accepted_valid_rows = models.BooleanField(default=False)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    finished_at = models.DateTimeField(null=True, blank=True)
    progress_at = models.DateTimeField(
        null=True, blank=True, help_text="When a worker last reported progress on this file."
    )

    class Meta:
        ordering = ["-uploaded_at", "-id"]

    def __str__(self) -> str:
        return f"Chronology from {self.agency} ({self.uploaded_at:%d %b %Y})"

    @property
    def is_working(self) -> bool:
        return self.status in {ImportStatus.PENDING, ImportStatus.RUNNING}


class ChronologyEntry(models.Model):
    """One event in an agency's chronology, linked to the people it involved."""

    review = models.ForeignKey(
        "reviews.Review", on_delete=models.CASCADE, related_name="chronology_entries"
    )
    agency = models.ForeignKey("organisations.Agency", on_delete=models.PROTECT, related_name="+")
    source = models.ForeignKey(ChronologyImport, on_delete=models.CASCADE, related_name="entries")
    row_number = models.PositiveIntegerField(help_text="The row in the uploaded file.")
    occurred_on = models.DateField()
    occurred_at = models.TimeField(null=True, blank=True)
    source_record = models.CharField(max_length=200, blank=True)
    people_named = models.CharField(
        max_length=500, blank=True, help_text="People involved, as the agency wrote them."
    )
    people = models.ManyToManyField("people.Person", blank=True, related_name="+")
    what_happened = models.TextField()
    action_taken = models.TextField(blank=True)
    comment = models.TextField(blank=True)
    duplicate_of = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="duplicates",
        help_text="The first entry, from another agency, that seems to record the same event.",
    )

    class Meta:
        ordering = ["occurred_on", "occurred_at", "agency__name", "row_number"]
        indexes = [
            models.Index(fields=["review", "occurred_on", "occurred_at"], name="chron_entry_order")
        ]

    def __str__(self) -> str:
        return f"{self.occurred_on} {self.agency}: {self.what_happened[:60]}"


class HeldName(models.Model):
    """A name in an agency's chronology that matched none of the review's people.

    An agency names people as it knows them, and its IMR author may not see
    the review's people, so an unknown name never blocks the import: the rows
    are saved and the name is held here until the coordinator matches it to a
    person of the review (or adds one). Then the agency's entries that name it
    are linked to that person, and later imports match it directly.
    """

    review = models.ForeignKey("reviews.Review", on_delete=models.CASCADE, related_name="+")
    agency = models.ForeignKey("organisations.Agency", on_delete=models.PROTECT, related_name="+")
    name = models.CharField(max_length=200, help_text="As the agency wrote it, first seen.")
    key = models.CharField(max_length=200, help_text="The name normalised for matching.")
    person = models.ForeignKey(
        "people.Person", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    matched_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    matched_at = models.DateTimeField(null=True, blank=True)
    first_seen = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["agency__name", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["review", "agency", "key"], name="held_name_once_per_agency"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.agency})"
