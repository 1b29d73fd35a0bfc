"""Where and how a finished review is published, and who receives it."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone

from dhr.core.limits import SHORT_TEXT


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
    # Whether a reporting restriction order applies, as the coordinator records it
    # when none is held: a reporting restriction order is a LegalHold, and once
    # the review has one the FAQ reads the holds instead (services.restriction_facts).
    restriction = models.CharField(
        max_length=10, choices=RestrictionState.choices, default=RestrictionState.UNKNOWN
    )
    summary = models.TextField(
        blank=True,
        max_length=SHORT_TEXT,
        help_text="A short public description of the review, already anonymised.",
    )
    is_published = models.BooleanField(default=False)
    published_on = models.DateField(null=True, blank=True)
    public_until = models.DateField(
        null=True,
        blank=True,
        help_text="Some CSPs keep a report public for a set time; empty: no end date.",
    )
    show_actions = models.BooleanField(
        default=False,
        help_text="Show the action plan and each action's progress on the public page.",
    )
    # The FAQ content digest whose files were last asked of the worker
    # (public_files.request_render), so a stale download enqueues one render.
    files_requested = models.CharField(max_length=64, blank=True)

    def __str__(self) -> str:
        return f"Publication of {self.review}"

    def has_ended(self, today: datetime.date | None = None) -> bool:
        """Past its end date: the page says how to ask for the report, and the
        files are no longer served."""
        if self.public_until is None:
            return False
        return (today or timezone.localdate()) > self.public_until


def public_file_name(instance: PublicFile, filename: str) -> str:
    return f"public/{instance.publication_id}/{instance.digest[:16]}.{instance.kind}"


class PublicFile(models.Model):
    """A public download of the FAQ, rendered once by the worker and served as a
    file: rendering on each request let one visitor make the server typeset PDFs
    for ever (issue 10, finding 6). `digest` is of the FAQ content it was made
    from; a file whose digest is not the content's today is never served."""

    publication = models.ForeignKey(Publication, on_delete=models.CASCADE, related_name="files")
    kind = models.CharField(max_length=8, choices=[("pdf", "PDF"), ("docx", "Word document")])
    digest = models.CharField(max_length=64)
    file = models.FileField(upload_to=public_file_name, max_length=300)
    size = models.PositiveIntegerField()
    rendered_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["publication", "kind"], name="public_file_one_per_kind")
        ]

    def __str__(self) -> str:
        return f"{self.publication} ({self.kind})"


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


class HoldKind(models.TextChoices):
    RRO = "rro", "Reporting restriction order"
    CRIMINAL = "criminal", "Live criminal proceedings"
    INQUEST = "inquest", "Inquest"
    OTHER = "other", "Other"


class HoldEnd(models.TextChoices):
    LIFTED = "lifted", "Lifted"
    LAPSE_CONFIRMED = "lapse_confirmed", "Lapse confirmed"


class HoldState(models.TextChoices):
    """Worked out from the record and today's date, never stored."""

    ACTIVE = "active", "Active"
    LAPSED = "lapsed", "Lapsed: waiting for confirmation"
    LIFTED = "lifted", "Lifted"
    LAPSE_CONFIRMED = "lapse_confirmed", "Lapsed (confirmed)"


class LegalHold(models.Model):
    """Something that stops any of the review being published: a reporting
    restriction order, live criminal proceedings, an inquest, or another reason.

    A hold blocks publication until a person ends it: lifted (with a reason) or,
    for an order whose expiry date has passed, its lapse confirmed. An expiry
    date passing never ends a hold by itself.
    """

    review = models.ForeignKey(
        "reviews.Review", on_delete=models.CASCADE, related_name="legal_holds"
    )
    kind = models.CharField(max_length=10, choices=HoldKind.choices)
    # A reporting restriction order's details.
    court = models.CharField(max_length=200, blank=True)
    made_on = models.DateField(null=True, blank=True)
    scope = models.TextField(
        blank=True, max_length=SHORT_TEXT, help_text="What the order restricts."
    )
    expires_on = models.DateField(
        null=True, blank=True, help_text="Empty for an order made until further order."
    )
    contact = models.CharField(
        max_length=300,
        blank=True,
        help_text="Who to contact about the order, e.g. a solicitors' firm. Published in the FAQ.",
    )
    note = models.TextField(blank=True, max_length=SHORT_TEXT)
    # Empty only for an order carried over from the publication details by
    # migration 0003 (recorded before holds were kept).
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)
    ended = models.CharField(max_length=16, choices=HoldEnd.choices, blank=True)
    ended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    ended_at = models.DateTimeField(null=True, blank=True)
    end_reason = models.TextField(blank=True, max_length=SHORT_TEXT)
    # A reporting restriction order only: once the hold ends, does the order still
    # restrict what may be reported (publication agreed within its terms)? The
    # public FAQ's question 15 reads this.
    order_still_applies = models.BooleanField(null=True, blank=True)

    class Meta:
        ordering = ["recorded_at", "id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} on {self.review}"

    @property
    def is_rro(self) -> bool:
        return self.kind == HoldKind.RRO

    def state(self, today: datetime.date | None = None) -> HoldState:
        if self.ended:
            return HoldState(self.ended)
        today = today or timezone.localdate()
        if self.is_rro and self.expires_on is not None and self.expires_on < today:
            return HoldState.LAPSED
        return HoldState.ACTIVE

    @property
    def current_state(self) -> HoldState:
        return self.state()
