from __future__ import annotations

import datetime
import re
from typing import Any

from django import forms
from django.utils import timezone

from dhr.core.forms import GovukDateField
from dhr.core.limits import LONG_TEXT
from dhr.panel.models import PanelMember
from dhr.schedule.models import (
    AttendanceStatus,
    Extension,
    MeetingOutcome,
    OutcomeKind,
    Pause,
    PauseKind,
)
from dhr.schedule.services import PAUSE_END_ERROR


class PauseForm(forms.ModelForm):
    kind = forms.ChoiceField(
        choices=PauseKind.choices, widget=forms.RadioSelect, label="Why the review is paused"
    )
    started_on = GovukDateField(kind="planned", label="Date the pause started")
    ended_on = GovukDateField(
        kind="planned",
        label="Date the clock restarted",
        required=False,
        help_text="The first day the review's clock runs again: the pause stops the clock from "
        "its start date up to, not including, this date. Leave empty while still paused.",
    )

    class Meta:
        model = Pause
        fields = ["kind", "started_on", "ended_on", "reason"]
        labels = {"reason": "Details"}
        help_texts = {"reason": "For the record; not published."}
        widgets = {"reason": forms.Textarea(attrs={"rows": 3})}

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        started, ended = data.get("started_on"), data.get("ended_on")
        if started and ended and ended <= started:
            self.add_error("ended_on", PAUSE_END_ERROR)
        return data


class EndPauseForm(forms.Form):
    ended_on = GovukDateField(
        kind="planned",
        label="Date the clock restarted",
        help_text="The first day the review's clock runs again.",
    )


class ExtensionForm(forms.ModelForm):
    new_due_on = GovukDateField(kind="planned", label="New date the overview report is due")
    agreed_on = GovukDateField(kind="past", label="Date the CSP agreed it")

    class Meta:
        model = Extension
        fields = ["new_due_on", "agreed_on", "agreed_by_name", "agreed_by_role", "reason"]
        labels = {
            "agreed_by_name": "Who agreed it at the CSP",
            "agreed_by_role": "Their role",
            "reason": "Why the extension was agreed",
        }
        widgets = {"reason": forms.Textarea(attrs={"rows": 3})}


TIME = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")


class MeetingForm(forms.Form):
    date = GovukDateField(kind="planned", label="Date of the meeting")
    time = forms.CharField(
        label="Start time", max_length=5, help_text="24-hour clock, for example 14:30"
    )
    place = forms.CharField(
        label="Place or link", max_length=300, help_text="A room, or the link to join online."
    )
    agenda = forms.CharField(
        max_length=LONG_TEXT,
        label="Agenda",
        widget=forms.Textarea(attrs={"rows": 5}),
        required=False,
    )

    def clean_time(self) -> datetime.time:
        match = TIME.match(self.cleaned_data["time"].strip())
        if not match:
            raise forms.ValidationError("Enter the start time as hours and minutes, like 14:30")
        return datetime.time(int(match.group(1)), int(match.group(2)))

    def starts_at(self) -> datetime.datetime:
        naive = datetime.datetime.combine(self.cleaned_data["date"], self.cleaned_data["time"])
        return timezone.make_aware(naive)


class CancelMeetingForm(forms.Form):
    reason = forms.CharField(
        label="Why is the meeting cancelled?",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        error_messages={"required": "Enter why the meeting is cancelled"},
    )


class MinutesForm(forms.Form):
    minutes = forms.CharField(
        label="Minutes",
        widget=forms.Textarea(attrs={"rows": 10}),
        required=False,
        max_length=100_000,
    )
    file = forms.FileField(
        label="Minutes as a file", required=False, help_text="A Word document (.docx) or a PDF."
    )


class AttendanceForm(forms.Form):
    """One radio group per panel seat."""

    def __init__(
        self, *args: Any, seats: list[PanelMember], current: dict[int, str], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        choices = [*AttendanceStatus.choices, ("", "Not recorded")]
        self.seats = seats
        for seat in seats:
            self.fields[f"seat_{seat.pk}"] = forms.ChoiceField(
                label=seat.public_label + (f" ({seat.member_name})" if seat.member_name else ""),
                choices=choices,
                widget=forms.RadioSelect,
                required=False,
                initial=current.get(seat.pk, ""),
            )

    def statuses(self) -> dict[int, str]:
        return {seat.pk: self.cleaned_data.get(f"seat_{seat.pk}") or "" for seat in self.seats}


class OutcomeForm(forms.ModelForm):
    kind = forms.ChoiceField(choices=OutcomeKind.choices, widget=forms.RadioSelect, label="Type")
    due_on = GovukDateField(
        kind="planned", label="Due date", required=False, help_text="For an action."
    )

    class Meta:
        model = MeetingOutcome
        fields = ["kind", "text", "owner", "due_on"]
        labels = {"text": "Decision or action", "owner": "Owner"}
        help_texts = {"owner": "Who will do it (for an action)."}
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}
