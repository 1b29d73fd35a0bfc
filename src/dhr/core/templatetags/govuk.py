"""Template tags for GOV.UK Design System components.

Components are small templates under govuk/components/; these tags fill them
from Django objects (forms, messages, choices) so views and templates stay thin.
"""

from __future__ import annotations

from typing import Any

from django import template
from django.forms import BoundField, Form
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

WIDGET_CLASSES = {
    "textarea": "govuk-textarea",
    "select": "govuk-select",
    "clearablefile": "govuk-file-upload",
    "file": "govuk-file-upload",
}


@register.simple_tag
def govuk_widget(field: BoundField) -> str:
    """Render a field's widget with GOV.UK classes and the right aria-describedby."""
    base = WIDGET_CLASSES.get(field.widget_type, "govuk-input")
    classes = [base, field.field.widget.attrs.get("class", "")]
    if field.errors:
        classes.append(f"{base}--error")
    described = []
    if field.help_text:
        described.append(f"{field.auto_id}-hint")
    if field.errors:
        described.append(f"{field.auto_id}-error")
    attrs: dict[str, Any] = {"class": " ".join(c for c in classes if c)}
    if described:
        attrs["aria-describedby"] = " ".join(described)
    return field.as_widget(attrs=attrs)


@register.inclusion_tag("govuk/components/error_summary.html")
def govuk_error_summary(*forms: Form) -> dict[str, Any]:
    """The error summary at the top of a page: one link per error, to its field."""
    errors: list[tuple[str, str]] = []
    for form in forms:
        if form is None or not form.is_bound or not form.errors:
            continue
        for message in form.non_field_errors():
            errors.append(("", str(message)))
        for field in form:
            anchor = field.auto_id
            if field.widget_type == "govukdate":
                anchor = f"{field.auto_id}_day"
            elif field.widget_type in {"radioselect", "checkboxselectmultiple"}:
                anchor = f"{field.auto_id}_0"
            for message in field.errors:
                errors.append((anchor, str(message)))
    return {"errors": errors}


@register.inclusion_tag("govuk/components/tag.html")
def govuk_tag(text: str, colour: str = "") -> dict[str, Any]:
    return {"text": text, "colour": colour}


@register.simple_tag
def govuk_back_link(href: str, text: str = "Back") -> str:
    return format_html('<a href="{}" class="govuk-back-link">{}</a>', href, text)


@register.filter
def or_not_recorded(value: Any) -> Any:
    """Say plainly that something is missing rather than leave a blank."""
    if value in (None, "", []):
        return mark_safe('<span class="govuk-hint govuk-!-margin-0">Not recorded</span>')
    return value
