"""The report as a Word document: real heading styles, a contents field, page numbers.

The contents is a TOC field (Word fills in page numbers when the field is
updated, which it offers on opening) whose stored result already lists every
section, so the list is there even before updating. Tables repeat their
header row on every page; figures carry their text alternative.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from dhr.reports import markup
from dhr.reports.outline import ReportDoc

Progress = Callable[[str, int, int], None]


def _field(paragraph: Any, instruction: str, shown: str = "") -> None:
    """A complex field (PAGE, TOC) in a paragraph, with `shown` as its current result."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    begin.set(qn("w:dirty"), "true")
    run._r.append(begin)
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    run = paragraph.add_run()
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run._r.append(separate)
    paragraph.add_run(shown)
    run = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


def _repeat_header(row: Any) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _alt_text(picture_run: Any, alt: str, title: str) -> None:
    for doc_pr in picture_run._r.iter(qn("wp:docPr")):
        doc_pr.set("descr", alt)
        doc_pr.set("title", title)


def add_markdown(document: Any, text: str, top: int) -> None:
    for block in markup.blocks(text):
        if block["kind"] == "heading":
            paragraph = document.add_heading(level=min(9, block["level"] + top - 1))
        else:
            style = {
                "bullet": "List Bullet",
                "number": "List Number",
                "quote": "Quote",
            }.get(block["kind"])
            paragraph = document.add_paragraph(style=style)
        for words, bold, italic in block["runs"]:
            run = paragraph.add_run(words)
            run.bold = bold or None
            run.italic = italic or None


def add_table(document: Any, block: dict[str, Any]) -> None:
    if block.get("caption"):
        document.add_paragraph(block["caption"], style="Caption")
    table = document.add_table(rows=1, cols=len(block["head"]))
    table.style = "Table Grid"
    header = table.rows[0]
    _repeat_header(header)
    for cell, text in zip(header.cells, block["head"], strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for values in block["rows"]:
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            cell.text = text or ""


def add_figure(document: Any, block: dict[str, Any]) -> None:
    from dhr.reports.exports import svg_to_png

    png = svg_to_png(block["svg"])
    paragraph = document.add_paragraph()
    run = paragraph.add_run()
    run.add_picture(io.BytesIO(png), width=Cm(16))
    _alt_text(run, block["alt"], block["caption"])
    document.add_paragraph(block["caption"], style="Caption")
    document.add_paragraph(block["alt"])


def write(doc: ReportDoc, progress: Progress | None = None) -> bytes:
    document = Document()
    props = document.core_properties
    props.title = doc.title
    props.author = doc.csp
    props.language = "en-GB"
    props.comments = ""
    props.subject = doc.reference
    props.keywords = ""
    props.last_modified_by = doc.csp
    document.styles["Normal"].font.size = Pt(11)
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    footer = section.footer.paragraphs[0]
    footer.add_run(f"{doc.title} – page ")
    _field(footer, "PAGE", "1")
    document.add_heading(doc.title, level=0)
    document.add_paragraph(doc.csp)
    document.add_paragraph(f"{doc.reference}. {doc.edition}.")
    document.add_paragraph(
        "Anonymised for readers outside the review panel."
        if doc.redacted
        else "CONFIDENTIAL: the review panel's copy, with real names. Not for publication."
    )
    document.add_heading("Contents", level=1)
    toc = document.add_paragraph()
    listing = "\n".join(f"{n}. {s['title']}" for n, s in enumerate(doc.sections, start=1))
    _field(toc, 'TOC \\o "1-1" \\h \\z \\u', listing)
    total = len(doc.sections)
    for number, part in enumerate(doc.sections, start=1):
        if progress:
            progress("writing Word sections", number - 1, total)
        document.add_page_break()
        document.add_heading(f"{number}. {part['title']}", level=1)
        add_markdown(document, part["text"], top=2)
        for block in part["blocks"]:
            if block["t"] == "p":
                document.add_paragraph(block["text"])
            elif block["t"] == "list":
                style = "List Number" if block["ordered"] else "List Bullet"
                for item in block["items"]:
                    document.add_paragraph(item, style=style)
            elif block["t"] == "table":
                add_table(document, block)
            elif block["t"] == "figure":
                add_figure(document, block)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
