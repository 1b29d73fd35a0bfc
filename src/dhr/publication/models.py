"""Where and how a finished review is published, and who receives it."""

from __future__ import annotations

from django.db import models


class RestrictionState(models.TextChoices):
    UNKNOWN = "unknown", "Not yet recorded"
    NONE = "none", "No reporting restriction order applies"
    APPLIES = "applies", "A reporting restriction order applies"


class Publication(models.Model):
    review = models.OneToOneField(
        "reviews.Review", on_delete=models.CASCADE, related_name="publication"
    )
    slug = models.SlugField(max_length=120, unique=True)
    site_name = models.CharField(
        max_length=200,
        blank=True,
        help_text="Where the report is published, e.g. 'the Babergh District Council website'.",
    )
    site_url = models.URLField(blank=True)
    restriction = models.CharField(
        max_length=10, choices=RestrictionState.choices, default=RestrictionState.UNKNOWN
    )
    restriction_contact = models.CharField(
        max_length=300,
        blank=True,
        help_text="Who to contact about the reporting restriction order.",
    )
    summary = models.TextField(
        blank=True, help_text="A short public description of the review, already anonymised."
    )
    is_published = models.BooleanField(default=False)
    published_on = models.DateField(null=True, blank=True)

    def __str__(self) -> str:
        return f"Publication of {self.review}"


class DistributionRecipient(models.Model):
    """Someone the finished report is issued to (FAQ question 13)."""

    review = models.ForeignKey(
        "reviews.Review", on_delete=models.CASCADE, related_name="distribution"
    )
    recipient = models.CharField(max_length=300)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.recipient
