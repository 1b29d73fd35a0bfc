"""Sign-offs after the evidence: IMRs waived, the CSP chair's sign-off, Home Office QA.

A submission is one round: the pack sent (which documents and versions) and
the date; the QA panel's feedback answers it; each area for development is an
item the independent chair answers; a resubmission is the next round.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from dhr.core.limits import LONG_TEXT, SHORT_TEXT


class ImrWaiver(models.Model):
    """The panel decided not to wait for an agency's IMR, and why."""

    review = models.ForeignKey("reviews.Review", on_delete=models.CASCADE, related_name="+")
    agency = models.ForeignKey("organisations.Agency", on_delete=models.PROTECT, related_name="+")
    reason = models.TextField(max_length=SHORT_TEXT)
    waived_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    waived_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["review", "agency"], name="one_imr_waiver_per_agency"),
            models.CheckConstraint(condition=~Q(reason=""), name="imr_waiver_has_reason"),
        ]

    def __str__(self) -> str:
        return f"IMR from {self.agency} waived"


class CspSignOff(models.Model):
    """The CSP chair's own sign-off of the overview report: who and when, never typed in."""

    review = models.ForeignKey(
        "reviews.Review", on_delete=models.CASCADE, related_name="csp_sign_offs"
    )
    signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    signed_at = models.DateTimeField()
    note = models.TextField(blank=True, max_length=SHORT_TEXT)

    class Meta:
        ordering = ["signed_at", "id"]

    def __str__(self) -> str:
        return f"CSP sign-off of {self.review}"


class Submission(models.Model):
    """One round sent to the Home Office QA panel: the pack and the date."""

    review = models.ForeignKey(
        "reviews.Review", on_delete=models.CASCADE, related_name="qa_submissions"
    )
    round = models.PositiveSmallIntegerField()
    submitted_on = models.DateField()
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    # [{"kind": ..., "title": ..., "version": ..., "document": id or None}], as sent.
    pack = models.JSONField(default=list)
    covering_note = models.TextField(blank=True, max_length=LONG_TEXT)
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["round"]
        constraints = [
            models.UniqueConstraint(fields=["review", "round"], name="one_submission_per_round")
        ]

    def __str__(self) -> str:
        return f"Submission {self.round} of {self.review}"


class QaOutcome(models.TextChoices):
    APPROVED = "approved", "Approved for publication"
    REVISIONS = "revisions", "Revisions required"


class QaFeedback(models.Model):
    """The QA panel's letter answering one submission."""

    submission = models.OneToOneField(Submission, on_delete=models.CASCADE, related_name="feedback")
    outcome = models.CharField(max_length=10, choices=QaOutcome.choices)
    letter_dated = models.DateField()
    strengths = models.TextField(max_length=LONG_TEXT)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"QA feedback on {self.submission}"


class DevelopmentArea(models.Model):
    """One area for (final) development the QA panel raised, and the chair's answer."""

    feedback = models.ForeignKey(QaFeedback, on_delete=models.CASCADE, related_name="areas")
    number = models.PositiveSmallIntegerField()
    text = models.TextField(max_length=LONG_TEXT)
    change_made = models.TextField(blank=True, max_length=LONG_TEXT)
    where = models.CharField(
        max_length=300, blank=True, help_text="Where in the report: section, paragraph or page."
    )
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(fields=["feedback", "number"], name="area_number_per_feedback")
        ]

    def __str__(self) -> str:
        return f"Area for development {self.number}"

    @property
    def answered(self) -> bool:
        return self.answered_at is not None
