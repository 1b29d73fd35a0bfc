"""Reading and writing .txt, .docx and .pdf.

A `Document` is a list of text `Part`s (paragraphs, table cells, headers,
footers, footnotes, comments, text boxes, properties). Detection runs over
all of them; writing rebuilds a fresh file from the redacted parts only, so
nothing removed survives: no comments, tracked changes, custom XML,
embedded objects or metadata from the input, and PDFs are typeset afresh.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

SEPARATOR = "\n\n"
FORMATS = ("txt", "docx", "pdf")
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


class DocumentError(ValueError):
    """A document that cannot be read (the message says why)."""


@dataclass
class Part:
    kind: str
    text: str
    style: str | None = None
    where: tuple[Any, ...] = ()
    publish: bool = True


@dataclass
class Document:
    format: str
    parts: list[Part] = field(default_factory=list)
    name: str = ""

    @property
    def text(self) -> str:
        return SEPARATOR.join(p.text for p in self.parts)

    def boundaries(self) -> list[tuple[int, int]]:
        out = []
        pos = 0
        for p in self.parts:
            out.append((pos, pos + len(p.text)))
            pos += len(p.text) + len(SEPARATOR)
        return out

    def with_texts(self, texts: list[str]) -> Document:
        parts = [replace(p, text=t) for p, t in zip(self.parts, texts, strict=True)]
        return Document(self.format, parts, self.name)


def from_text(text: str, name: str = "") -> Document:
    return Document("txt", [Part("text", text)], name)


def read_document(path: str | Path) -> Document:
    p = Path(path)
    if not p.exists():
        raise DocumentError(f"{p}: no such file")
    fmt = p.suffix.lower().lstrip(".")
    if fmt == "txt" or fmt in ("md", "text", "csv"):
        try:
            return from_text(p.read_text(encoding="utf-8"), p.name)
        except UnicodeDecodeError as exc:
            raise DocumentError(f"{p}: not UTF-8 text ({exc})") from exc
    if fmt == "docx":
        return read_docx(p)
    if fmt == "pdf":
        return read_pdf(p)
    raise DocumentError(f"{p}: unsupported format {p.suffix!r}; use .txt, .docx or .pdf")


# --- docx ---------------------------------------------------------------------


def _run_text(el: Any) -> str:
    """Text of an element as accepted: no deleted runs, no nested text boxes."""
    out: list[str] = []

    def walk(node: Any) -> None:
        for child in node:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag in (f"{W}del", f"{W}txbxContent", MC_FALLBACK, f"{W}moveFrom"):
                continue
            if tag == f"{W}t":
                out.append(child.text or "")
            elif tag == f"{W}tab":
                out.append("\t")
            elif tag in (f"{W}br", f"{W}cr"):
                out.append("\n")
            elif tag == f"{W}noBreakHyphen":
                out.append("-")
            else:
                walk(child)

    walk(el)
    return "".join(out)


def _paragraphs_in(el: Any) -> Iterator[Any]:
    """Paragraphs of a part, not descending into text boxes."""
    for child in el:
        if not isinstance(child.tag, str):
            continue
        if child.tag == f"{W}p":
            yield child
        elif child.tag in (f"{W}txbxContent", MC_FALLBACK, f"{W}del"):
            continue
        else:
            yield from _paragraphs_in(child)


def _style_of(p: Any) -> str | None:
    el = p.find(f"{W}pPr/{W}pStyle")
    return el.get(f"{W}val") if el is not None else None


def _textboxes(p: Any) -> list[str]:
    seen: list[str] = []
    for box in p.iter(f"{W}txbxContent"):
        if any(anc.tag == MC_FALLBACK for anc in box.iterancestors()):
            continue
        text = "\n".join(_run_text(q) for q in _paragraphs_in(box))
        if text.strip() and text not in seen:
            seen.append(text)
    return seen


def read_docx(path: Path) -> Document:
    import docx
    from lxml import etree

    try:
        d = docx.Document(str(path))
    except Exception as exc:
        raise DocumentError(f"{path}: not a readable .docx ({exc})") from exc
    parts: list[Part] = []
    table_no = 0
    body = d.element.body
    for child in body:
        if child.tag == f"{W}p":
            parts.append(Part("paragraph", _run_text(child), _style_of(child)))
            parts += [Part("textbox", t) for t in _textboxes(child)]
        elif child.tag == f"{W}tbl":
            for r, row in enumerate(child.iter(f"{W}tr")):
                for c, cell in enumerate(row.iter(f"{W}tc")):
                    text = "\n".join(_run_text(q) for q in _paragraphs_in(cell))
                    parts.append(Part("cell", text, None, (table_no, r, c)))
            table_no += 1
        elif child.tag == f"{W}sdt":
            for q in _paragraphs_in(child):
                parts.append(Part("paragraph", _run_text(q), _style_of(q)))
    for s_no, section in enumerate(d.sections):
        for kind, hf in (
            ("header", section.header),
            ("header", section.first_page_header),
            ("header", section.even_page_header),
            ("footer", section.footer),
            ("footer", section.first_page_footer),
            ("footer", section.even_page_footer),
        ):
            if hf.is_linked_to_previous:
                continue
            text = "\n".join(_run_text(q) for q in _paragraphs_in(hf._element))
            if text.strip():
                parts.append(Part(kind, text, None, (s_no,)))
    # footnotes, endnotes, comments: parse their parts directly
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        for partname, tag, kind in (
            ("word/footnotes.xml", "footnote", "footnote"),
            ("word/endnotes.xml", "endnote", "endnote"),
            ("word/comments.xml", "comment", "comment"),
        ):
            if partname not in names:
                continue
            root = etree.fromstring(zf.read(partname))
            for note in root.iter(f"{W}{tag}"):
                if note.get(f"{W}type") in (
                    "separator",
                    "continuationSeparator",
                    "continuationNotice",
                ):
                    continue
                text = "\n".join(_run_text(q) for q in _paragraphs_in(note)).strip()
                if text:
                    parts.append(Part(kind, text, publish=kind != "comment"))
    cp = d.core_properties
    for attr in (
        "title",
        "subject",
        "author",
        "keywords",
        "comments",
        "last_modified_by",
        "category",
    ):
        value = getattr(cp, attr, None)
        if value:
            parts.append(Part("property", str(value), None, (attr,), publish=False))
    return Document("docx", parts, path.name)


def write_docx(doc: Document, out: Path | io.BytesIO) -> None:
    import docx

    new = docx.Document()
    styles = {s.name for s in new.styles}
    tables: dict[int, list[Part]] = {}
    order: list[tuple[str, Any]] = []
    for part in doc.parts:
        if not part.publish:
            continue
        if part.kind == "cell":
            t = part.where[0]
            if t not in tables:
                tables[t] = []
                order.append(("table", t))
            tables[t].append(part)
        elif part.kind in ("paragraph", "text", "textbox", "page"):
            order.append(("p", part))
    notes = [p for p in doc.parts if p.kind in ("footnote", "endnote") and p.publish]
    for kind, item in order:
        if kind == "table":
            cells = tables[item]
            rows = max(c.where[1] for c in cells) + 1
            cols = max(c.where[2] for c in cells) + 1
            table = new.add_table(rows=rows, cols=cols)
            table.style = "Table Grid" if "Table Grid" in styles else None
            for c in cells:
                table.cell(c.where[1], c.where[2]).text = c.text
        else:
            style = _docx_style(item.style, styles)
            for para in (
                item.text.split(SEPARATOR) if item.kind in ("text", "page") else [item.text]
            ):
                new.add_paragraph(para, style=style)
    if notes:
        new.add_heading("Notes", level=2)
        for i, note in enumerate(notes, start=1):
            new.add_paragraph(f"{i}. {note.text}")
    headers = [p for p in doc.parts if p.kind == "header" and p.publish]
    footers = [p for p in doc.parts if p.kind == "footer" and p.publish]
    section = new.sections[0]
    if headers:
        section.header.paragraphs[0].text = headers[0].text
    if footers:
        section.footer.paragraphs[0].text = footers[0].text
    cp = new.core_properties
    for attr in (
        "title",
        "subject",
        "author",
        "keywords",
        "comments",
        "last_modified_by",
        "category",
        "content_status",
        "identifier",
        "language",
        "version",
    ):
        setattr(cp, attr, "")
    cp.revision = 1
    import datetime as dt

    fixed = dt.datetime(2000, 1, 1)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    buffer = io.BytesIO()
    new.save(buffer)
    data = _scrub_docx(buffer.getvalue())
    if isinstance(out, Path):
        out.write_bytes(data)
    else:
        out.write(data)


APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"/>'
)


def _scrub_docx(data: bytes) -> bytes:
    """Drop the template's custom XML and thumbnail, and blank the app properties."""
    src = zipfile.ZipFile(io.BytesIO(data))
    dropped = [n for n in src.namelist() if n.startswith("customXml/") or "thumbnail" in n]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            name = info.filename
            if name in dropped:
                continue
            content = src.read(name)
            if name.endswith(".rels"):
                content = re.sub(
                    rb"<Relationship [^>]*(?:customXml|thumbnail)[^>]*/>", b"", content
                )
            elif name == "[Content_Types].xml":
                content = re.sub(rb"<Override [^>]*(?:customXml|thumbnail)[^>]*/>", b"", content)
            elif name == "docProps/app.xml":
                content = APP_XML.encode()
            dst.writestr(zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0)), content)
    return out.getvalue()


def _docx_style(style: str | None, available: set[str]) -> str | None:
    if not style:
        return None
    m = re.fullmatch(r"(?i)heading\s*(\d)", style)
    if m:
        name = f"Heading {m.group(1)}"
        return name if name in available else None
    if style.lower() == "title" and "Title" in available:
        return "Title"
    if style.lower().startswith("list") and "List Paragraph" in available:
        return "List Paragraph"
    return None


# --- pdf ----------------------------------------------------------------------


class ScannedPageError(DocumentError):
    """A PDF page with images but no text layer (OCR it first)."""


def read_pdf(path: Path) -> Document:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
    except (PdfReadError, OSError, ValueError) as exc:
        raise DocumentError(f"{path}: not a readable PDF ({exc})") from exc
    parts: list[Part] = []
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text() or ""
        if not text.strip():
            if _has_images(page):
                raise ScannedPageError(
                    f"{path}: page {number} is a scanned image with no text layer; "
                    "run OCR on it first (the engine cannot see its text, so it cannot redact it)"
                )
            continue
        parts.append(Part("page", text.strip("\n"), None, (number,)))
    meta: Any = reader.metadata or {}
    for key in ("/Title", "/Author", "/Subject", "/Keywords"):
        value = meta.get(key)
        if value:
            parts.append(Part("property", str(value), None, (key,), publish=False))
    return Document("pdf", parts, path.name)


def _has_images(page: Any) -> bool:
    try:
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        for obj in xobjects.values():
            if obj.get_object().get("/Subtype") == "/Image":
                return True
        return bool(page.images)
    except Exception:  # pragma: no cover - malformed resources count as images
        return True


PDF_CSS = """
@page { size: A4; margin: 2cm; }
body { font-family: sans-serif; font-size: 11pt; line-height: 1.4; }
p { margin: 0 0 0.6em 0; white-space: pre-wrap; }
h1, h2, h3 { font-size: 13pt; }
table { border-collapse: collapse; margin-bottom: 1em; }
td { border: 1px solid #555; padding: 2px 4px; white-space: pre-wrap; }
.page { break-after: page; }
"""


def write_pdf(doc: Document, out: Path | io.BytesIO) -> None:
    from weasyprint import HTML

    body: list[str] = []
    tables: dict[int, list[Part]] = {}
    for part in doc.parts:
        if not part.publish or part.kind in ("header", "footer", "property", "comment"):
            continue
        if part.kind == "cell":
            t = part.where[0]
            if t not in tables:
                tables[t] = []
                body.append(f"\x00table{t}\x00")
            tables[t].append(part)
            continue
        paras = [q for q in re.split(r"\n[ \t]*\n", part.text) if q.strip()]
        is_heading = bool(part.style and part.style.lower().startswith(("heading", "title")))
        tag = "h2" if is_heading else "p"
        body.extend(f"<{tag}>{html.escape(q)}</{tag}>" for q in paras)
    rendered = []
    for chunk in body:
        m = re.fullmatch(r"\x00table(\d+)\x00", chunk)
        if not m:
            rendered.append(chunk)
            continue
        cells = tables[int(m.group(1))]
        rows: dict[int, list[Part]] = {}
        for c in cells:
            rows.setdefault(c.where[1], []).append(c)
        trs = "".join(
            "<tr>" + "".join(f"<td>{html.escape(c.text)}</td>" for c in row) + "</tr>"
            for _, row in sorted(rows.items())
        )
        rendered.append(f"<table>{trs}</table>")
    page = (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<style>{PDF_CSS}</style></head><body>{''.join(rendered)}</body></html>"
    )
    HTML(string=page).write_pdf(out)


def write_document(doc: Document, path: str | Path, fmt: str | None = None) -> Path:
    p = Path(path)
    fmt = (fmt or p.suffix.lower().lstrip(".") or doc.format).lower()
    if fmt not in FORMATS:
        raise DocumentError(f"{p}: unsupported output format {fmt!r}; use txt, docx or pdf")
    if fmt == "txt":
        published = [part.text for part in doc.parts if part.publish]
        text = SEPARATOR.join(published)
        p.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    elif fmt == "docx":
        write_docx(doc, p)
    else:
        write_pdf(doc, p)
    return p
