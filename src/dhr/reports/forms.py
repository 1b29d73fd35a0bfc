from __future__ import annotations

from typing import Any

from django import forms

from dhr.core.forms import GovukDateField, limit_choices
from dhr.people.models import Person
from dhr.reports.services import MANUAL_ITEMS, MAX_COMMENT_CHARS, MAX_SECTION_CHARS


class SectionForm(forms.Form):
    text = forms.CharField(
        label="Text",
        required=False,
        strip=False,
        max_length=MAX_SECTION_CHARS,
        widget=forms.Textarea(attrs={"rows": 18, "spellcheck": "true"}),
        help_text="Plain text with Markdown: a blank line between paragraphs, '## ' before a "
        "heading, '- ' before a list item, **bold**, *italic*. Saving keeps this as a new "
        "version; earlier versions stay.",
    )


class CommentForm(forms.Form):
    text = forms.CharField(
        label="Your comment",
        max_length=MAX_COMMENT_CHARS,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class ResolveForm(forms.Form):
    resolution = forms.CharField(
        label="How it was resolved",
        max_length=MAX_COMMENT_CHARS,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class DismissForm(forms.Form):
    rule = forms.CharField(widget=forms.HiddenInput)
    words = forms.CharField(widget=forms.HiddenInput, max_length=300)
    reason = forms.CharField(
        label="Why this wording is right here",
        error_messages={"required": "Say why this wording is right here"},
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class FreezeForm(forms.Form):
    note = forms.CharField(
        label="What this version is for (optional)",
        required=False,
        max_length=500,
        help_text="For example 'For the family to read' or 'As submitted to the Home Office'.",
    )


class FamilyCommentForm(forms.Form):
    person = forms.ModelChoiceField(
        label="Who commented",
        queryset=Person.objects.none(),
        required=False,
        empty_label="Not recorded",
    )
    received_on = GovukDateField(kind="past", label="When the comments were received")
    text = forms.CharField(
        label="Their comments",
        error_messages={"required": "Enter the family's comments"},
        max_length=MAX_COMMENT_CHARS,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    response = forms.CharField(
        label="What the panel did about them (optional)",
        required=False,
        max_length=MAX_COMMENT_CHARS,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args: Any, review: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        limit_choices(self, "person", Person.objects.filter(review=review).order_by("name"))


class TickForm(forms.Form):
    item = forms.ChoiceField(choices=list(MANUAL_ITEMS.items()), widget=forms.HiddenInput)
    done = forms.BooleanField(label="Done", required=False)
    note = forms.CharField(
        label="Where the report does this",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class ExportForm(forms.Form):
    format = forms.ChoiceField(
        label="Format",
        choices=[("pdf", "PDF (tagged, accessible)"), ("docx", "Word (.docx)")],
        widget=forms.RadioSelect,
        initial="pdf",
    )
    copy = forms.ChoiceField(
        label="Which copy",
        choices=[
            ("redacted", "Anonymised: for anyone outside the panel"),
            ("panel", "The panel's copy, with real names"),
        ],
        widget=forms.RadioSelect,
        initial="redacted",
    )
