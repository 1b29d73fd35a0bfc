"""The chair's letter commissioning an IMR: the CSP's template, filled from the review.

A template is plain text with a small set of placeholders in braces, such as
{agency} or {due_date}. Paragraphs are separated by a blank line. A template
is checked when it is saved, so a letter can always be generated from it:
unknown placeholders, and braces that open or close nothing, are refused.
Write {{ or }} for a brace on its own.
"""

from __future__ import annotations

import datetime
import io
import re
import string

from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.utils import timezone
from docx import Document
from docx.shared import Pt

from dhr.core import hints
from dhr.core.downloads import download_name
from dhr.panel.models import ImrRequest, LetterTemplate, PanelMember, TermsOfReference
from dhr.reviews.models import Review, ReviewMembership, ReviewRole

PLACEHOLDERS: dict[str, str] = {
    "agency": "the agency's name",
    "senior_manager": "the senior manager's name",
    "senior_manager_title": "the senior manager's job title",
    "csp": "the Community Safety Partnership's name",
    "term": "what the area calls a review: DHR or DARDR",
    "review_reference": "the review's reference without its term, for example 2026/01",
    "victim_pseudonym": "the name used for the victim",
    "due_date": "the date the IMR is due",
    "chair": "the independent chair's name",
    "terms_of_reference_period": (
        "the period under review in the latest agreed terms of reference (or the draft)"
    ),
}

DEFAULT_SUBJECT = "Request for an Individual Management Review: {term} {review_reference}"
DEFAULT_BODY = """Dear {senior_manager},

{csp} has decided to conduct a {term} following the death of {victim_pseudonym}. I have been \
appointed as the independent chair of the review.

The review panel has identified that {agency} had contact with the people the review is about. \
I am writing to ask you, as a senior manager of {agency}, to commission an Individual \
Management Review (IMR) and a chronology of your agency's contact for the period \
{terms_of_reference_period}.

The IMR should be written by someone who had no involvement with the case and does not line \
manage the staff involved. Please upload the IMR and the chronology to dhr, the review's secure \
system, rather than sending them by email.

Please provide the IMR by {due_date}.

Thank you for your agency's help with this review.

Yours sincerely,

{chair}
Independent chair, {term} {review_reference}"""


def long_date(day: datetime.date) -> str:
    """A date as GOV.UK writes it: 14 March 2026."""
    return f"{day.day} {day:%B %Y}"


def placeholder_list() -> str:
    return ", ".join("{" + name + "}" for name in PLACEHOLDERS)


def check_template_text(text: str, where: str) -> None:
    """Raise a ValidationError naming the problem if `text` cannot be filled safely."""
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError:
        raise ValidationError(
            f"The {where} has a {{ or }} that does not open or close a placeholder. "
            "Write {{ or }} for a brace on its own."
        ) from None
    unknown: list[str] = []
    for _literal, name, format_spec, conversion in parts:
        if name is None:
            continue
        if name not in PLACEHOLDERS or format_spec or conversion:
            shown = "{" + name + (f"!{conversion}" if conversion else "")
            shown += (f":{format_spec}" if format_spec else "") + "}"
            if shown not in unknown:
                unknown.append(shown)
    if unknown:
        raise ValidationError(
            f"The {where} uses {', '.join(unknown)}, which "
            f"{'is not a placeholder' if len(unknown) == 1 else 'are not placeholders'}. "
            f"Use only: {placeholder_list()}."
        )


def fill(text: str, values: dict[str, str]) -> str:
    check_template_text(text, "template")
    return text.format_map(values)


SAMPLE_VALUES = {
    "agency": "Example Agency",
    "senior_manager": "Alex Example",
    "senior_manager_title": "Director of Safeguarding",
    "term": "DHR",
    "review_reference": "2026/01",
    "victim_pseudonym": "Adult A",
    "due_date": "14 March 2026",
    "chair": "Sam Chair",
    "terms_of_reference_period": "1 January 2021 to 31 December 2025",
}


def paragraphs_of(text: str) -> list[str]:
    """Paragraphs are separated by a blank line; single line breaks stay inside one."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [p.strip() for p in re.split(r"\n[ \t]*\n", text) if p.strip()]


def sample_letter(csp_name: str, subject: str, body: str) -> tuple[str, list[str]]:
    """A template filled with example values, to show the CSP what its letter reads like."""
    values = {
        **SAMPLE_VALUES,
        "csp": csp_name,
        "review_reference": hints.reference_example(),
        "due_date": hints.long_date_example(),
    }
    return fill(subject, values), paragraphs_of(fill(body, values))


def template_for(review: Review) -> tuple[str, str]:
    """The CSP's subject and body, or the default wording."""
    saved = LetterTemplate.objects.filter(csp_id=review.csp_id).first()
    if saved is None:
        return DEFAULT_SUBJECT, DEFAULT_BODY
    return saved.subject, saved.body


def chair_name(review: Review) -> str:
    member = PanelMember.objects.filter(review=review, is_independent_chair=True).first()
    if member is not None and member.member_name:
        return member.member_name
    membership = (
        ReviewMembership.objects.filter(review=review, role=ReviewRole.INDEPENDENT_CHAIR)
        .select_related("user")
        .first()
    )
    if membership is not None:
        return membership.user.full_name
    return "The independent chair"


def current_terms(review: Review) -> TermsOfReference | None:
    return TermsOfReference.objects.filter(review=review).order_by("-version").first()


def letter_terms(review: Review) -> TermsOfReference | None:
    """The latest agreed terms of reference, or the current draft if none is agreed."""
    agreed = (
        TermsOfReference.objects.filter(review=review, agreed_on__isnull=False)
        .order_by("-version")
        .first()
    )
    return agreed or current_terms(review)


def period_text(review: Review) -> str:
    terms = letter_terms(review)
    if terms is None:
        return "to be set in the terms of reference"
    return f"{long_date(terms.period_start)} to {long_date(terms.period_end)}"


def check_can_generate(imr: ImrRequest) -> None:
    if imr.due_on is None:
        raise ValidationError(
            {
                "due_on": f"Enter the date the IMR from {imr.agency.name} is due "
                "before generating its letter"
            }
        )


def letter_values(imr: ImrRequest) -> dict[str, str]:
    check_can_generate(imr)
    assert imr.due_on is not None
    review = imr.review
    return {
        "agency": imr.agency.name,
        "senior_manager": imr.senior_manager_name,
        "senior_manager_title": imr.senior_manager_title,
        "csp": review.csp.name,
        "term": review.csp.term,
        "review_reference": review.reference,
        "victim_pseudonym": review.victim_pseudonym,
        "due_date": long_date(imr.due_on),
        "chair": chair_name(review),
        "terms_of_reference_period": period_text(review),
    }


class Letter:
    """One filled-in letter, ready to write as .docx or PDF."""

    def __init__(self, imr: ImrRequest) -> None:
        values = letter_values(imr)
        subject, body = template_for(imr.review)
        self.imr = imr
        self.subject = fill(subject, values)
        self.paragraphs = paragraphs_of(fill(body, values))
        self.dated = long_date(imr.letter_sent_on or timezone.localdate())
        self.address = [
            line
            for line in (imr.senior_manager_name, imr.senior_manager_title, imr.agency.name)
            if line
        ]
        self.csp = imr.review.csp.name


def letter_filename(imr: ImrRequest) -> str:
    """For example dhr-2025-01-imr-letter-northshire-police (no extension)."""
    return download_name(imr.review.full_reference, "imr letter", imr.agency.name)


def letter_docx(imr: ImrRequest) -> bytes:
    letter = Letter(imr)
    document = Document()
    document.core_properties.title = letter.subject
    document.core_properties.author = letter.csp
    document.core_properties.language = "en-GB"
    document.styles["Normal"].font.size = Pt(11)
    document.add_paragraph(letter.csp)
    document.add_paragraph(letter.dated)
    address = document.add_paragraph()
    for number, line in enumerate(letter.address):
        run = address.add_run(line)
        if number < len(letter.address) - 1:
            run.add_break()
    document.add_heading(letter.subject, level=1)
    for paragraph in letter.paragraphs:
        lines = paragraph.split("\n")
        block = document.add_paragraph()
        for number, line in enumerate(lines):
            run = block.add_run(line)
            if number < len(lines) - 1:
                run.add_break()
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def letter_pdf(imr: ImrRequest) -> bytes:
    """The same letter as a tagged PDF/UA-1 document (WeasyPrint)."""
    from weasyprint import HTML

    letter = Letter(imr)
    html = render_to_string("panel/letter_print.html", {"letter": letter})
    return HTML(string=html, base_url=None).write_pdf(pdf_variant="pdf/ua-1")
