"""Forms rendered with the GOV.UK Design System's markup, and its date input."""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, cast

from django import forms
from django.core.exceptions import ValidationError
from django.forms.boundfield import BoundField
from django.forms.renderers import TemplatesSetting
from django.forms.utils import ErrorList
from django.utils import timezone

DAY_MONTH = re.compile(r"[0-9]{1,2}", re.ASCII)
YEAR = re.compile(r"[0-9]{4}", re.ASCII)


def limit_choices(form: forms.BaseForm, name: str, queryset: Any) -> None:
    """Narrow a model choice field to the records this form may offer."""
    cast(forms.ModelChoiceField, form.fields[name]).queryset = queryset


# Words a label may start with that need no "the" in front: "Enter who agreed it".
NO_ARTICLE = {"a", "an", "the", "your", "their", "his", "her", "its", "who", "how", "why", "what"}
NO_ARTICLE |= {"when", "where", "which", "whether", "by", "if"}
GENERIC_REQUIRED = str(forms.Field.default_error_messages["required"])


def the_label(label: str) -> str:
    """'Date of the meeting' -> 'the date of the meeting'; 'Community Safety
    Partnership' and 'CSP' keep their capitals; 'who notified' gets no 'the'."""
    words = label.rstrip("?:. ").split()
    if not words:
        return "this"
    first = words[0]
    proper = first.isupper() or (len(words) > 1 and words[1][:1].isupper())
    words[0] = first if proper else first[:1].lower() + first[1:]
    text = " ".join(words)
    return text if first.lower() in NO_ARTICLE else f"the {text}"


def required_message(field: forms.Field, label: str) -> str:
    """GOV.UK's wording for a missing answer, named for the field: "Enter the
    date of death", "Select the agency", "Choose a file"."""
    if isinstance(field, forms.FileField):
        return (
            "Choose a file"
            if label.lower().startswith("upload a")
            else f"Choose {the_label(label)}"
        )
    if isinstance(field.widget, forms.CheckboxInput):
        return f"Tick the box: {label}"
    if label.rstrip().endswith("?"):
        return f"Answer the question: {label.strip()}"
    if isinstance(field, forms.ChoiceField | forms.ModelChoiceField | forms.MultipleChoiceField):
        return f"Select {the_label(label)}"
    return f"Enter {the_label(label)}"


def too_long_message(label: str, limit: int, length: int) -> str:
    """GOV.UK's wording for too much text: "Notes must be 5,000 characters or fewer"."""
    name = label.rstrip("?:. ")
    name = name if name[:1].isupper() else name[:1].upper() + name[1:]
    return f"{name} must be {limit:,} characters or fewer (you entered {length:,})"


class GovukBoundField(BoundField):
    """A field whose "This field is required." names the field instead.

    Every form gets it through the renderer, so the error summary and the
    message by the field both say "Enter the date of the meeting" (and, for
    too much text, "Notes must be 5,000 characters or fewer"). A form that
    sets its own `error_messages={"required": ...}` keeps its own wording.
    """

    @property
    def errors(self) -> ErrorList:
        errors = super().errors
        for i, error in enumerate(errors.data):
            if not isinstance(error, ValidationError):
                continue
            if error.code == "required" and str(error.message) == GENERIC_REQUIRED:
                message = required_message(self.field, str(self.label))
                errors.data[i] = ValidationError(message, code="required")
            elif error.code == "max_length" and isinstance(error.params, dict):
                limit, length = error.params["limit_value"], error.params["show_value"]
                message = too_long_message(str(self.label), limit, length)
                errors.data[i] = ValidationError(message, code="max_length")
        return errors


class GovukFormRenderer(TemplatesSetting):
    """Render every form and field with our GOV.UK templates."""

    form_template_name = "govuk/forms/form.html"
    field_template_name = "govuk/forms/field.html"
    bound_field_class = GovukBoundField


class GovukDateInput(forms.MultiWidget):
    """The GOV.UK date input: three boxes, day, month and year."""

    template_name = "govuk/forms/date_input.html"
    parts = ("day", "month", "year")

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        widgets: Mapping[str, forms.Widget] = {
            "day": forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
            "month": forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
            "year": forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
        }
        super().__init__(dict(widgets), attrs)

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        """Name each box's id for its part (id_x_day), as GOV.UK's pattern and
        the error summary's links expect, rather than Django's id_x_0."""
        context = super().get_context(name, value, attrs)
        field_id = context["widget"]["attrs"].get("id")
        if field_id:
            for part, sub in zip(self.parts, context["widget"]["subwidgets"], strict=True):
                sub["attrs"]["id"] = f"{field_id}_{part}"
        return context

    def id_for_label(self, id_: str) -> str:
        return f"{id_}_day" if id_ else id_

    def decompress(self, value: Any) -> list[Any]:
        if isinstance(value, datetime.date):
            return [value.day, value.month, value.year]
        return [None, None, None]


@dataclass(frozen=True)
class DateKind:
    """The dates a field may take, by what the date means.

    Bounds are a fixed date or a number of years from today (negative: ago).
    """

    earliest: datetime.date | int
    latest: datetime.date | int

    def bounds(self, today: datetime.date) -> tuple[datetime.date, datetime.date]:
        return self._resolve(self.earliest, today), self._resolve(self.latest, today)

    @staticmethod
    def _resolve(bound: datetime.date | int, today: datetime.date) -> datetime.date:
        if isinstance(bound, datetime.date):
            return bound
        try:
            return today.replace(year=today.year + bound)
        except ValueError:  # 29 February
            return today.replace(year=today.year + bound, day=28)


EARLIEST = datetime.date(1900, 1, 1)
# A review process began no earlier than this: DHRs are from 2011, and a CSP
# may record an older notification or a late-recorded event.
PROCESS_START = datetime.date(2000, 1, 1)

# Every date field says which of these it is (GovukDateField(kind=...)).
DATE_KINDS: dict[str, DateKind] = {
    # A life: births and deaths, never in the future.
    "birth": DateKind(EARLIEST, 0),
    "death": DateKind(EARLIEST, 0),
    # Events in the period under review (chronology, terms of reference).
    "history": DateKind(EARLIEST, 0),
    # Something that has happened in the review (notified, decided, received,
    # signed off, met, agreed, completed): not in the future.
    "past": DateKind(PROCESS_START, 0),
    # Something planned in the review (a due date, a meeting, a new deadline):
    # may be recorded late, and lies within a few years.
    "planned": DateKind(PROCESS_START, 5),
    # When a court order ends (a reporting restriction order protecting a child
    # may run until they are grown up): up to thirty years ahead.
    "order_end": DateKind(PROCESS_START, 30),
    # A search filter: any date a record above can hold.
    "filter": DateKind(EARLIEST, 5),
}


def long_date(day: datetime.date) -> str:
    return f"{day.day} {day:%B %Y}"


class GovukDateField(forms.Field):
    """A date from three boxes, with the error messages GOV.UK recommends,
    within the range its `kind` (a key of DATE_KINDS) allows."""

    widget = GovukDateInput

    def __init__(self, *, kind: str = "filter", **kwargs: Any) -> None:
        self.kind = DATE_KINDS[kind]
        super().__init__(**kwargs)

    def validate(self, value: Any) -> None:
        super().validate(value)
        if value is None:
            return
        label = self.label or "The date"
        earliest, latest = self.kind.bounds(timezone.localdate())
        if value > latest:
            if latest == timezone.localdate():
                raise forms.ValidationError(f"{label} must be today or in the past", code="future")
            raise forms.ValidationError(
                f"{label} must be on or before {long_date(latest)}", code="too_late"
            )
        if value < earliest:
            raise forms.ValidationError(
                f"{label} must be on or after {long_date(earliest)}", code="too_early"
            )

    def to_python(self, value: Any) -> datetime.date | None:
        if isinstance(value, datetime.date):
            return value
        if not isinstance(value, list | tuple) or len(value) != 3:
            value = ["", "", ""]
        day, month, year = (str(v or "").strip() for v in value)
        if not (day or month or year):
            return None
        label = self.label or "The date"
        missing = [
            name
            for name, v in zip(("day", "month", "year"), (day, month, year), strict=True)
            if not v
        ]
        if missing:
            raise forms.ValidationError(
                f"{label} must include a {' and '.join(missing)}", code="incomplete"
            )
        # ASCII digits only, and no more of them than a date has: int() takes
        # '١٢' and 10**100, and datetime.date then overflows instead of refusing.
        if not (DAY_MONTH.fullmatch(day) and DAY_MONTH.fullmatch(month) and YEAR.fullmatch(year)):
            raise forms.ValidationError(f"{label} must be a real date", code="invalid")
        try:
            return datetime.date(int(year), int(month), int(day))
        except ValueError:
            raise forms.ValidationError(f"{label} must be a real date", code="invalid") from None

    def prepare_value(self, value: Any) -> Any:
        return value
