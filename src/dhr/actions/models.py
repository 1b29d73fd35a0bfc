"""Lessons, recommendations (Appendix A) and the SMART action plan (Appendix B).

An action's stored `status` is the progress its owners report; what the page
shows (`Action.current_status`) is computed by `smart.action_status` from it,
the date, accepted evidence and closure, so "overdue" is never stale.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from dhr.actions import smart
from dhr.core.limits import LONG_TEXT, SHORT_TEXT


class Lesson(models.Model):
    """A lesson learned: what the review found, which recommendations rest on."""

    review = models.ForeignKey("reviews.Review", on_delete=models.CASCADE, related_name="lessons")
    number = models.PositiveSmallIntegerField()
    text = models.TextField("Lesson", max_length=LONG_TEXT)

    class Meta:
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(fields=["review", "number"], name="lesson_number_per_review")
        ]

    def __str__(self) -> str:
        return f"Lesson {self.number}"


class RecommendationKind(models.TextChoices):
    SINGLE = "single", "Single-agency"
    MULTI = "multi", "Multi-agency"


class RecommendationLevel(models.TextChoices):
    LOCAL = "local", "Local"
    REGIONAL = "regional", "Regional"
    NATIONAL = "national", "National"


class Recommendation(models.Model):
    review = models.ForeignKey(
        "reviews.Review", on_delete=models.CASCADE, related_name="recommendations"
    )
    number = models.PositiveSmallIntegerField()
    text = models.TextField(max_length=LONG_TEXT)
    kind = models.CharField(
        "Type", max_length=8, choices=RecommendationKind.choices, default=RecommendationKind.MULTI
    )
    level = models.CharField(
        max_length=8, choices=RecommendationLevel.choices, default=RecommendationLevel.LOCAL
    )
    agency = models.ForeignKey(
        "organisations.Agency",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        help_text="The agency a single-agency recommendation is made to.",
    )
    lessons = models.ManyToManyField(Lesson, blank=True, related_name="recommendations")
    # Withdrawn recommendations stay (with why) so the record and audit agree.
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawn_reason = models.TextField(blank=True, max_length=SHORT_TEXT)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(
                fields=["review", "number"], name="recommendation_number_per_review"
            ),
            models.CheckConstraint(
                condition=Q(withdrawn_at__isnull=True) | ~Q(withdrawn_reason=""),
                name="recommendation_withdrawn_with_reason",
            ),
        ]

    def __str__(self) -> str:
        return f"Recommendation {self.number}"

    @property
    def is_withdrawn(self) -> bool:
        return self.withdrawn_at is not None


class ActionStatus(models.TextChoices):
    """The progress an action's owners report (stored)."""

    NOT_STARTED = "not_started", "Not started"
    ON_TRACK = "on_track", "On track"
    AT_RISK = "at_risk", "At risk"
    COMPLETE = "complete", "Complete"


class Action(models.Model):
    """One SMART action: who does what, by when, to what end, monitored how."""

    recommendation = models.ForeignKey(
        Recommendation, on_delete=models.CASCADE, related_name="actions"
    )
    what = models.TextField("Action", max_length=LONG_TEXT)
    lead_agency = models.ForeignKey(
        "organisations.Agency",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="actions",
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="owned_actions",
        help_text="A named person of the lead agency.",
    )
    due_on = models.DateField("By when", null=True, blank=True)
    intended_outcome = models.TextField(blank=True, max_length=LONG_TEXT)
    monitoring = models.TextField(
        "How it will be monitored and evidenced", blank=True, max_length=LONG_TEXT
    )
    status = models.CharField(
        max_length=12, choices=ActionStatus.choices, default=ActionStatus.NOT_STARTED
    )
    progress_note = models.TextField(blank=True, max_length=LONG_TEXT)
    progress_at = models.DateTimeField(null=True, blank=True)
    completed_on = models.DateField(null=True, blank=True)
    # The lead agency's senior manager agreeing the action (FAQ question 10).
    signed_off_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    signed_off_at = models.DateTimeField(null=True, blank=True)
    # Closed without evidence, with why (for example superseded nationally).
    closed_reason = models.TextField(blank=True, max_length=SHORT_TEXT)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["due_on", "id"]

    def __str__(self) -> str:
        return self.what[:60]

    @property
    def is_evidenced(self) -> bool:
        return any(e.decision == EvidenceDecision.ACCEPTED for e in self.evidence.all())

    def current_status(self, today: datetime.date | None = None) -> smart.Status:
        return smart.action_status(
            self.status,
            self.due_on,
            evidenced=self.is_evidenced,
            closed=bool(self.closed_at),
            today=today or timezone.localdate(),
        )


class Milestone(models.Model):
    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="milestones")
    due_on = models.DateField()
    what = models.CharField(max_length=300)
    done_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["due_on", "id"]

    def __str__(self) -> str:
        return self.what


class EvidenceDecision(models.TextChoices):
    PENDING = "pending", "Waiting for the CSP"
    ACCEPTED = "accepted", "Accepted"
    RETURNED = "returned", "Returned"


def evidence_upload_to(instance: ActionEvidence, filename: str) -> str:
    # Never the uploaded name, which may identify someone.
    return f"actions/{instance.action.recommendation.review_id}/{instance.sha256}"


class ActionEvidence(models.Model):
    """A file an action's owners attach to show it was done; the CSP accepts or returns it."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="evidence")
    description = models.CharField(max_length=300)
    file = models.FileField(upload_to=evidence_upload_to, max_length=300)
    original_name = models.CharField(max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)
    decision = models.CharField(
        max_length=10, choices=EvidenceDecision.choices, default=EvidenceDecision.PENDING
    )
    decision_note = models.TextField(blank=True, max_length=SHORT_TEXT)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["uploaded_at", "id"]

    def __str__(self) -> str:
        return self.description


class Conclusion(models.Model):
    """The CSP formally concluding a review once its action plan is implemented (FAQ 11)."""

    review = models.OneToOneField(
        "reviews.Review", on_delete=models.CASCADE, related_name="conclusion"
    )
    concluded_on = models.DateField()
    concluded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    note = models.TextField(max_length=SHORT_TEXT)
    recorded_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Conclusion of {self.review}"
