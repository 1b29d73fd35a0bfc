"""Recommendations (Appendix A) and the SMART action plan (Appendix B)."""

from __future__ import annotations

from django.db import models


class Recommendation(models.Model):
    review = models.ForeignKey(
        "reviews.Review", on_delete=models.CASCADE, related_name="recommendations"
    )
    number = models.PositiveSmallIntegerField()
    text = models.TextField()
    agency = models.ForeignKey(
        "organisations.Agency",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        help_text="Leave blank for a multi-agency or national recommendation.",
    )

    class Meta:
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(
                fields=["review", "number"], name="recommendation_number_per_review"
            )
        ]

    def __str__(self) -> str:
        return f"Recommendation {self.number}"


class ActionStatus(models.TextChoices):
    NOT_STARTED = "not_started", "Not started"
    IN_PROGRESS = "in_progress", "In progress"
    COMPLETE = "complete", "Complete"


class Action(models.Model):
    """One SMART action: who does what, by when, to what end, monitored how."""

    recommendation = models.ForeignKey(
        Recommendation, on_delete=models.CASCADE, related_name="actions"
    )
    what = models.TextField("Action")
    owner = models.CharField("Who", max_length=200)
    due_on = models.DateField("By when")
    intended_outcome = models.TextField()
    monitoring = models.TextField("How it will be monitored")
    status = models.CharField(
        max_length=12, choices=ActionStatus.choices, default=ActionStatus.NOT_STARTED
    )
    completed_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["due_on", "id"]

    def __str__(self) -> str:
        return self.what[:60]
