"""The FAQ as an accessible PDF (tagged, PDF/UA-1) and as a Word document."""

from __future__ import annotations

import io

from django.template.loader import render_to_string
from docx import Document
from docx.shared import Pt

from dhr.publication.faq import FaqAnswer, build_faq
from dhr.reviews.models import Review


def faq_title(review: Review) -> str:
    return f"{review.csp.term} {review.victim_pseudonym}: frequently asked questions"


def faq_pdf(review: Review) -> bytes:
    """Render the FAQ with WeasyPrint as a tagged PDF/UA-1 document."""
    from weasyprint import HTML

    html = render_to_string(
        "publication/faq_print.html",
        {"review": review, "faq": build_faq(review), "title": faq_title(review)},
    )
    return HTML(string=html, base_url=None).write_pdf(pdf_variant="pdf/ua-1")


def faq_docx(review: Review) -> bytes:
    """Build the FAQ as .docx with real headings and lists, for screen readers and editing."""
    document = Document()
    document.core_properties.title = faq_title(review)
    document.core_properties.author = review.csp.name
    document.core_properties.language = "en-GB"
    document.core_properties.comments = ""
    document.styles["Normal"].font.size = Pt(11)
    document.add_heading(faq_title(review), level=1)
    document.add_paragraph(review.csp.name)
    for answer in build_faq(review):
        add_answer(document, answer)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def add_answer(document: object, answer: FaqAnswer) -> None:
    document.add_heading(f"{answer.number}. {answer.question}", level=2)  # type: ignore[attr-defined]
    for text in answer.paragraphs:
        document.add_paragraph(text)  # type: ignore[attr-defined]
    for item in answer.items:
        document.add_paragraph(item, style="List Bullet")  # type: ignore[attr-defined]
    for text in answer.closing:
        document.add_paragraph(text)  # type: ignore[attr-defined]
