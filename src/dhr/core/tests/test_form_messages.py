"""Every "this field is required" names its field, in GOV.UK's words, on real forms."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django import forms
from django.urls import reverse

from conftest import World
from dhr.core.forms import GovukDateField, required_message, the_label

# What a browser sends for a form left empty (a view that reads `request.POST or
# None` takes a POST with no keys at all as not submitted).
SUBMITTED_EMPTY = {"submitted": ""}


def summary(html: str) -> list[str]:
    """The messages in the page's error summary, in order."""
    block = html.split('govuk-error-summary__list">', 1)[1].split("</ul>", 1)[0]
    return [re.sub(r"<[^>]+>", "", item).strip() for item in re.findall(r"<li>(.*?)</li>", block)]


@pytest.mark.parametrize(
    ("label", "words"),
    [
        ("Date of the meeting", "the date of the meeting"),
        ("Community Safety Partnership", "the Community Safety Partnership"),
        ("CSP reference", "the CSP reference"),
        ("Who agreed it at the CSP", "who agreed it at the CSP"),
        ("Their role", "their role"),
        ("Victim's pseudonym", "the victim's pseudonym"),
    ],
)
def test_a_label_becomes_words_in_a_sentence(label: str, words: str) -> None:
    assert the_label(label) == words


def test_the_message_suits_the_kind_of_answer() -> None:
    assert required_message(forms.CharField(), "Start time") == "Enter the start time"
    assert required_message(GovukDateField(), "Date of death") == "Enter the date of death"
    assert required_message(forms.ChoiceField(), "Agency") == "Select the agency"
    assert required_message(forms.FileField(), "Upload a file") == "Choose a file"
    assert (
        required_message(forms.BooleanField(), "I have read it") == "Tick the box: I have read it"
    )
    assert (
        required_message(forms.ChoiceField(), "Did they live together?")
        == "Answer the question: Did they live together?"
    )


def test_a_form_with_its_own_wording_keeps_it() -> None:
    class Form(forms.Form):
        decided_on = GovukDateField(label="Date", error_messages={"required": "Enter when"})
        place = forms.CharField(label="Place or link")

    form = Form(data={})
    assert form["decided_on"].errors == ["Enter when"]
    assert form["place"].errors == ["Enter the place or link"]


def test_the_meeting_form_names_each_missing_field(client_for: Any, world: World) -> None:
    url = reverse("schedule:meeting_create", args=[world.review.pk])
    html = client_for("coordinator").post(url, SUBMITTED_EMPTY).content.decode()
    messages = summary(html)
    assert "Enter the date of the meeting" in messages
    assert "Enter the start time" in messages
    assert "Enter the place or link" in messages
    assert "This field is required" not in html
    # The same words by the field, not only in the summary.
    assert html.count("Enter the date of the meeting") == 2


def test_the_extension_form_names_each_missing_field(client_for: Any, world: World) -> None:
    url = reverse("schedule:extension_create", args=[world.review.pk])
    html = client_for("coordinator").post(url, SUBMITTED_EMPTY).content.decode()
    assert summary(html)[:3] == [
        "Enter the new date the overview report is due",
        "Enter the date the CSP agreed it",
        "Enter who agreed it at the CSP",
    ]
    assert "This field is required" not in html


def test_the_chronology_upload_names_agency_and_file(client_for: Any, world: World) -> None:
    url = reverse("evidence:chronology_upload", args=[world.review.pk])
    html = client_for("coordinator").post(url, SUBMITTED_EMPTY).content.decode()
    messages = summary(html)
    assert "Select the agency" in messages
    assert "Choose a file" in messages
    assert "This field is required" not in html


def test_the_terms_of_reference_form_names_each_missing_field(
    client_for: Any, world: World
) -> None:
    url = reverse("panel:terms_edit", args=[world.review.pk])
    html = client_for("coordinator").post(url, SUBMITTED_EMPTY).content.decode()
    messages = summary(html)
    assert "Enter the start of the period under review" in messages
    assert "Enter the subjects of the review" in messages
    assert "This field is required" not in html
