"""The learning library: imported DHRD records, the search index, themes.

Only two kinds of material ever reach the index (`LibraryEntry`): published
reviews of this installation (and their recommendations) and the DHRD's
external records. The index is rebuilt from those sources by
`dhr.library.services`, never written by views.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models


class DhrdIncident(models.Model):
    """One row of the DHRD's incidents.csv (an external, published review)."""

    incident_id = models.CharField(max_length=20, unique=True)
    csp = models.CharField(max_length=200)
    region = models.CharField(max_length=40)
    death_year = models.PositiveSmallIntegerField(null=True, blank=True)
    death_month = models.DateField(
        null=True,
        blank=True,
        help_text="The first of the month; empty when only the year is known.",
    )
    cause_of_death = models.CharField(max_length=60, blank=True)
    location_of_death = models.CharField(max_length=30, blank=True)
    multiple_victims = models.BooleanField(null=True)
    # Case type and abuse flags by codebook name: True, False or None (unknown).
    flags = models.JSONField(default=dict)

    class Meta:
        ordering = ["incident_id"]

    def __str__(self) -> str:
        return self.incident_id


class DhrdVictim(models.Model):
    victim_id = models.CharField(max_length=20, unique=True)
    incident = models.ForeignKey(DhrdIncident, on_delete=models.CASCADE, related_name="victims")
    age_group = models.CharField(max_length=10, blank=True)
    sex = models.CharField(max_length=10, blank=True)
    sexual_orientation = models.CharField(max_length=30, blank=True)
    religion = models.CharField(max_length=20, blank=True)
    ethnicity = models.CharField(max_length=60, blank=True)
    relationship = models.CharField(max_length=40, blank=True)
    prev_offence_history = models.BooleanField(null=True)
    suicide = models.BooleanField(null=True)
    carer = models.BooleanField(null=True)
    mental_health_issues = models.BooleanField(null=True)
    mental_health = models.JSONField(default=dict)
    vulnerabilities = models.JSONField(default=dict)

    def __str__(self) -> str:
        return self.victim_id


class DhrdPerpetrator(models.Model):
    perpetrator_id = models.CharField(max_length=20, unique=True)
    incident = models.ForeignKey(
        DhrdIncident, on_delete=models.CASCADE, related_name="perpetrators"
    )
    age_group = models.CharField(max_length=10, blank=True)
    sex = models.CharField(max_length=10, blank=True)
    sexual_orientation = models.CharField(max_length=30, blank=True)
    ethnicity = models.CharField(max_length=60, blank=True)
    prev_offence_history = models.BooleanField(null=True)
    court_verdict = models.CharField(max_length=60, blank=True)
    carer = models.BooleanField(null=True)
    carer_for_victim = models.BooleanField(null=True)
    mental_health_issues = models.BooleanField(null=True)
    mental_health = models.JSONField(default=dict)
    vulnerabilities = models.JSONField(default=dict)

    def __str__(self) -> str:
        return self.perpetrator_id


class EntryKind(models.TextChoices):
    REVIEW = "review", "Published review"
    RECOMMENDATION = "recommendation", "Recommendation"
    DHRD = "dhrd", "DHRD record"


class LibraryEntry(models.Model):
    """One searchable document of the library, built from published material only."""

    key = models.CharField(max_length=60, unique=True)  # "dhrd:INC-0001", "review:7"
    kind = models.CharField(max_length=20, choices=EntryKind.choices)
    title = models.CharField(max_length=300)
    csp = models.CharField(max_length=200, blank=True)
    region = models.CharField(max_length=40, blank=True)
    death_year = models.PositiveSmallIntegerField(null=True, blank=True)
    death_month = models.DateField(null=True, blank=True)
    published_on = models.DateField(null=True, blank=True)
    url = models.CharField(max_length=300, blank=True)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    # The text's opening (its first 20,000 characters): ranked and quoted from,
    # so no search ever reads a whole report. Nullable only so that SQLite adds
    # the column in place (a table rebuild would break the FTS5 view over it).
    lead = models.TextField(null=True, blank=True, editable=False)  # noqa: DJ001
    publication = models.ForeignKey(
        "publication.Publication", on_delete=models.CASCADE, null=True, blank=True
    )
    recommendation = models.ForeignKey(
        "actions.Recommendation", on_delete=models.CASCADE, null=True, blank=True
    )
    incident = models.ForeignKey(DhrdIncident, on_delete=models.CASCADE, null=True, blank=True)
    # The record's facts for display and export (characteristics, actions…).
    facts = models.JSONField(default=dict)
    # PostgreSQL only (a GIN index is added by migration 0002 there): the whole
    # text for matching; `rank_vector` (title, summary, the text's opening) for
    # ranking, so ranking never reads a 60,000-word vector. Unused on SQLite,
    # which searches the FTS5 table `library_fts` instead.
    search_vector = SearchVectorField(null=True, editable=False)
    rank_vector = SearchVectorField(null=True, editable=False)

    class Meta:
        ordering = ["-published_on", "key"]
        indexes = [models.Index(fields=["kind"]), models.Index(fields=["death_month"])]

    def __str__(self) -> str:
        return self.title


class LibraryFacet(models.Model):
    """One (field, value) of an entry: facets are counted and filtered here."""

    entry = models.ForeignKey(LibraryEntry, on_delete=models.CASCADE, related_name="facets")
    field = models.CharField(max_length=30)
    value = models.CharField(max_length=200)

    class Meta:
        indexes = [models.Index(fields=["field", "value", "entry"])]
        constraints = [
            models.UniqueConstraint(fields=["entry", "field", "value"], name="facet_once")
        ]

    def __str__(self) -> str:
        return f"{self.field}={self.value}"


class Theme(models.Model):
    """A theme of the vocabulary, each one option of the Home Office library's
    "Filter by theme" list (home_office_filters.json)."""

    slug = models.SlugField(max_length=120, unique=True)
    label = models.CharField(max_length=200)
    group = models.CharField(max_length=60)
    home_office_option = models.CharField(max_length=200)

    class Meta:
        ordering = ["group", "label"]

    def __str__(self) -> str:
        return self.label


class TagSource(models.TextChoices):
    HAND = "hand", "Tagged by hand"
    SUGGESTION = "suggestion", "Accepted suggestion"


class ThemeTag(models.Model):
    """A theme on a review or on one of its recommendations, added by a person."""

    theme = models.ForeignKey(Theme, on_delete=models.CASCADE, related_name="tags")
    review = models.ForeignKey("reviews.Review", on_delete=models.CASCADE, related_name="themes")
    recommendation = models.ForeignKey(
        "actions.Recommendation",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="themes",
    )
    source = models.CharField(max_length=12, choices=TagSource.choices)
    matched_words = models.JSONField(default=list, blank=True)
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["theme", "review"],
                condition=models.Q(recommendation__isnull=True),
                name="theme_once_per_review",
            ),
            models.UniqueConstraint(
                fields=["theme", "recommendation"],
                condition=models.Q(recommendation__isnull=False),
                name="theme_once_per_recommendation",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.theme} on {self.recommendation or self.review}"
