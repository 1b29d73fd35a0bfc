"""Writing a report out: redacted through the engine, then as .docx or tagged PDF.

The draft holds real names. `redact_doc` passes every string of a
`ReportDoc` (section text, table cells, list items, figure text) through the
redaction engine in one call, with the review's register (people, aliases,
pseudonyms, dates of birth), so one person keeps one pseudonym across the
whole report; then `assert_no_registered_names` refuses the result if any
registered name or alias is still there, whatever the engine said.
Figures are the genogram's publishable drawing (pseudonyms only) and the
timeline (agencies only), each with a text alternative.
"""

from __future__ import annotations

import base64
import copy
import io
import re
from collections.abc import Callable, Iterator
from typing import Any

from django.template.loader import render_to_string

from dhr.redaction import Document, Part, Policy, Register, redact_case
from dhr.reports import markup
from dhr.reports.outline import ReportDoc

Progress = Callable[[str, int, int], None]


class LeakError(Exception):
    """A registered name survived redaction: the export is refused."""


# --- redaction ------------------------------------------------------------


def _slots(doc: ReportDoc) -> Iterator[tuple[Any, Any]]:
    """Every (container, key) holding text a reader sees, in document order."""
    for section in doc.sections:
        yield section, "text"
        for block in section["blocks"]:
            if block["t"] == "p":
                yield block, "text"
            elif block["t"] == "list":
                for i in range(len(block["items"])):
                    yield block["items"], i
            elif block["t"] == "table":
                yield block, "caption"
                for i in range(len(block["head"])):
                    yield block["head"], i
                for row in block["rows"]:
                    for i in range(len(row)):
                        yield row, i
            elif block["t"] == "figure":
                yield block, "alt"
                yield block, "caption"


def register_names(register: Register) -> list[str]:
    names = []
    for person in register.people:
        names += [person.name, *person.aliases]
    return [n for n in names if n.strip()]


def allowed_terms(register: Register, extra: list[str]) -> list[str]:
    """Pseudonyms and agency names stay as they are (the engine must not rename 'Louise')."""
    pseudonyms = [p.pseudonym for p in register.people if p.pseudonym]
    return [
        t for t in dict.fromkeys([*pseudonyms, *extra]) if t and t not in register_names(register)
    ]


def redact_doc(
    doc: ReportDoc,
    register: Register,
    allow: list[str],
    progress: Progress | None = None,
    use_ner: bool = True,
) -> ReportDoc:
    """A copy of `doc` with every person and identifying detail replaced."""
    out = copy.deepcopy(doc)
    slots = list(_slots(out))
    texts = [str(container[key] or "") for container, key in slots]
    source = Document("txt", [Part("text", text) for text in texts], name="report")
    policy = Policy(allow=tuple(allowed_terms(register, allow)), use_ner=use_ner)
    result = redact_case([source], register, policy, progress)[0]
    for (container, key), part in zip(slots, result.document.parts, strict=True):
        container[key] = part.text
    out.redacted = True
    assert_no_registered_names(out, register)
    return out


def assert_no_registered_names(doc: ReportDoc, register: Register) -> None:
    names = register_names(register)
    if not names:
        return
    pattern = re.compile(
        r"(?<!\w)(?:"
        + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        + r")(?!\w)",
        re.IGNORECASE,
    )
    for section in doc.sections:
        for container, key in _slots(ReportDoc("", "", "", "", [section])):
            if pattern.search(str(container[key] or "")):
                raise LeakError(
                    f"A registered name is still in the section '{section['title']}' after "
                    "redaction: the export was stopped. Tell the redaction engine's maintainers."
                )


# --- PDF ------------------------------------------------------------------


def svg_data_uri(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def html_sections(doc: ReportDoc) -> list[dict[str, Any]]:
    """Sections with their text as safe HTML, for the page and the PDF."""
    out = []
    for number, section in enumerate(doc.sections, start=1):
        blocks = []
        for block in section["blocks"]:
            if block["t"] == "figure":
                block = {**block, "src": svg_data_uri(block["svg"])}
            blocks.append(block)
        out.append(
            {
                **section,
                "number": number,
                "anchor": f"section-{section['key']}",
                "html": markup.to_html(section["text"], top=3),
                "blocks": blocks,
            }
        )
    return out


def to_html(doc: ReportDoc) -> str:
    return render_to_string("reports/print.html", {"doc": doc, "sections": html_sections(doc)})


def to_pdf(doc: ReportDoc) -> bytes:
    """Tagged PDF/UA-1: language, title, headings, contents with page numbers, table headers."""
    from weasyprint import HTML

    pdf: bytes = HTML(string=to_html(doc), base_url=None).write_pdf(pdf_variant="pdf/ua-1")
    return pdf


# --- Word -----------------------------------------------------------------


def svg_to_png(svg: str, width_px: int = 1400) -> bytes:
    """An SVG as PNG for Word (python-docx takes no SVG): WeasyPrint draws, pdfium rasterises."""
    import pypdfium2
    from weasyprint import HTML

    page = (
        "<html><head><style>@page{size:auto;margin:0}body{margin:0}img{display:block;width:100%}"
        f"</style></head><body><img src='{svg_data_uri(svg)}' alt=''></body></html>"
    )
    pdf = HTML(string=page).write_pdf()
    document = pypdfium2.PdfDocument(pdf)
    try:
        first = document[0]
        scale = width_px / first.get_width()
        image = first.render(scale=scale).to_pil()
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        return buffer.getvalue()
    finally:
        document.close()


def to_docx(doc: ReportDoc, progress: Progress | None = None) -> bytes:
    from dhr.reports import word

    return word.write(doc, progress)
