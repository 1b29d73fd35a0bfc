"""The statutory clock's records, panel meetings, calendar tokens and sent reminders.

The clock itself (dates in, deadlines out) is plain Python in dhr.schedule.clock.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from dhr.core.limits import LONG_TEXT, SHORT_TEXT


class PauseKind(models.TextChoices):
    CRIMINAL = "criminal_proceedings", "Criminal proceedings"
    INQUEST = "inquest", "Inquest"
    FAMILY = "family_circumstances", "Family circumstances"
    OTHER = "other", "Other"


class Pause(models.Model):
    """A period in which the review's clock stood still, and why."""

    review = models.ForeignKey("reviews.Review", on_delete=models.CASCADE, related_name="pauses")
    kind = models.CharField(max_length=24, choices=PauseKind.choices)
    started_on = models.DateField()
    # The day the clock runs again: paused from started_on up to, not including, ended_on.
    ended_on = models.DateField(null=True, blank=True, help_text="Leave empty while paused.")
    reason = models.TextField(max_length=SHORT_TEXT)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["started_on", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True) | Q(ended_on__gt=models.F("started_on")),
                name="pause_restarts_after_it_starts",
                violation_error_message="The clock must restart after the day the pause started",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} from {self.started_on}"


class Extension(models.Model):
    """A new date for the overview report, formally agreed by the CSP. Never deleted."""

    review = models.ForeignKey(
        "reviews.Review", on_delete=models.CASCADE, related_name="extensions"
    )
    new_due_on = models.DateField()
    agreed_on = models.DateField()
    agreed_by_name = models.CharField(max_length=150)
    agreed_by_role = models.CharField(max_length=150)
    reason = models.TextField(max_length=SHORT_TEXT)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["agreed_on", "id"]

    def __str__(self) -> str:
        return f"Extended to {self.new_due_on}"


def minutes_upload_to(instance: Meeting, filename: str) -> str:
    # As for every upload: the stored name never carries the uploaded name.
    return f"reviews/{instance.review_id}/minutes-{instance.minutes_sha256}"


class Meeting(models.Model):
    review = models.ForeignKey("reviews.Review", on_delete=models.CASCADE, related_name="meetings")
    starts_at = models.DateTimeField()
    place = models.CharField(max_length=300, help_text="A room, or a link to an online meeting.")
    agenda = models.TextField(blank=True, max_length=LONG_TEXT)
    notes = models.TextField(blank=True, max_length=LONG_TEXT)
    minutes = models.TextField(blank=True, help_text="The minutes, as agreed.", max_length=100_000)
    minutes_file = models.FileField(upload_to=minutes_upload_to, max_length=300, blank=True)
    minutes_name = models.CharField(max_length=255, blank=True)
    minutes_type = models.CharField(max_length=100, blank=True)
    minutes_sha256 = models.CharField(max_length=64, blank=True)
    # A cancelled meeting keeps its record, with who cancelled it and why.
    cancelled_at = models.DateTimeField(null=True, blank=True)
    cancelled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    cancel_reason = models.TextField(blank=True, max_length=SHORT_TEXT)

    class Meta:
        ordering = ["starts_at", "id"]

    def __str__(self) -> str:
        return f"Panel meeting {self.starts_at:%d %B %Y}"

    @property
    def is_cancelled(self) -> bool:
        return self.cancelled_at is not None


class AttendanceStatus(models.TextChoices):
    ATTENDED = "attended", "Attended"
    APOLOGIES = "apologies", "Sent apologies"
    ABSENT = "absent", "Absent"


class Attendance(models.Model):
    """Whether a panel seat (or an agency without a seat) was at a meeting."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendance")
    panel_member = models.ForeignKey(
        "panel.PanelMember", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    agency = models.ForeignKey(
        "organisations.Agency", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    status = models.CharField(max_length=10, choices=AttendanceStatus.choices)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(panel_member__isnull=False, agency__isnull=True)
                | Q(panel_member__isnull=True, agency__isnull=False),
                name="attendance_of_a_seat_or_an_agency",
            ),
            models.UniqueConstraint(
                fields=["meeting", "panel_member"], name="attendance_once_per_seat"
            ),
            models.UniqueConstraint(
                fields=["meeting", "agency"], name="attendance_once_per_agency"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.panel_member or self.agency}: {self.get_status_display()}"


class OutcomeKind(models.TextChoices):
    DECISION = "decision", "Decision"
    ACTION = "action", "Action arising"


class MeetingOutcome(models.Model):
    """A decision taken at a meeting, or an action arising with its owner and date."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="outcomes")
    kind = models.CharField(max_length=10, choices=OutcomeKind.choices)
    text = models.TextField(max_length=LONG_TEXT)
    owner = models.CharField(max_length=200, blank=True)
    due_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["kind", "id"]

    def __str__(self) -> str:
        return self.text[:60]


class CalendarToken(models.Model):
    """A secret address for one user's calendar feed. Only its SHA-256 is stored."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_tokens"
    )
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Calendar feed of {self.user}"


class ReminderSent(models.Model):
    """One reminder for one event to one person. The unique constraint makes it once only.

    A row is inserted before the email is sent, in the same transaction; a
    second worker's insert for the same event waits for the first and then
    fails on the constraint, so it never sends.
    """

    review = models.ForeignKey("reviews.Review", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=10)  # dhr.schedule.clock.DeadlineKind
    due_on = models.DateField()
    offset_days = models.IntegerField(help_text="Days before the due date; -1 when it has passed.")
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["review", "kind", "due_on", "offset_days", "recipient"],
                name="reminder_once_per_event_and_recipient",
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} due {self.due_on} ({self.offset_days}) to {self.recipient_id}"
