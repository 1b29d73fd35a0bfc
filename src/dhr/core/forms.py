"""Forms rendered with the GOV.UK Design System's markup, and its date input."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, cast

from django import forms
from django.forms.renderers import TemplatesSetting


def limit_choices(form: forms.BaseForm, name: str, queryset: Any) -> None:
    """Narrow a model choice field to the records this form may offer."""
    cast(forms.ModelChoiceField, form.fields[name]).queryset = queryset


class GovukFormRenderer(TemplatesSetting):
    """Render every form and field with our GOV.UK templates."""

    form_template_name = "govuk/forms/form.html"
    field_template_name = "govuk/forms/field.html"


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


class GovukDateField(forms.Field):
    """A date from three boxes, with the error messages GOV.UK recommends."""

    widget = GovukDateInput

    def to_python(self, value: Any) -> datetime.date | None:
        if isinstance(value, datetime.date):
            return value
        day, month, year = (str(v or "").strip() for v in (value or ["", "", ""]))
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
        if not (day.isdigit() and month.isdigit() and year.isdigit()) or len(year) != 4:
            raise forms.ValidationError(f"{label} must be a real date", code="invalid")
        try:
            return datetime.date(int(year), int(month), int(day))
        except ValueError:
            raise forms.ValidationError(f"{label} must be a real date", code="invalid") from None

    def prepare_value(self, value: Any) -> Any:
        return value
