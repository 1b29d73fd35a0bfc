"""Check a finished PDF or Word file for names that redaction removed.

Redaction works on text; a published file also carries text in places nobody
reads on screen: metadata, XMP packets, earlier revisions of an edited PDF,
tracked deletions and comments in a .docx, text drawn under a black box. This
module looks in all of those for every string that redaction removed, and
reports each hit as a `Leak`.

Two rules shape everything here:

* A `Leak` never holds the matched string, only which removed string it was
  ("removed string 2 of 5"), because leaks are logged and shown on pages. For
  the same reason the names of zip parts and PDF keys are shown only when they
  do not themselves match a removed string, and parser errors (whose messages
  can quote content) are never copied into a leak.
* A file that cannot be read is a leak ("could not be read, so could not be
  checked"), never an exception and never a pass: a check that cannot look must
  not say the file is clean.
"""

from __future__ import annotations

import io
import re
import unicodedata

# Parts with a DTD are refused before parsing (_check_xml), so no entity can expand.
import xml.etree.ElementTree as ET  # nosec B405
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    PdfObject,
    StreamObject,
    TextStringObject,
    read_object,
)

# Zip bomb guards: a part that inflates past this is refused rather than read.
MAX_PART_BYTES = 200 * 1024 * 1024
MAX_PARTS = 10_000
# All parts of one file together, nested archives included.
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
# A docx inside a PDF inside a docx ... is followed this many levels deep.
MAX_NESTING = 3
# In binary data (images, fonts, compressed bytes) a short string turns up by
# chance: "ann" at word boundaries about once in every four megabytes of random
# bytes. Only removed strings at least this long are looked for there.
BINARY_MIN_LENGTH = 5

UNREADABLE = "could not be read, so could not be checked"
BAD_REDACTION = "a bad redaction: text under a drawn box"


@dataclass(frozen=True)
class Leak:
    """One place in a file where removed text survives, or that could not be checked.

    `where` names the place and `what` the check that found it. Neither ever
    contains the removed string itself: these reach logs and pages.
    """

    where: str
    what: str


@dataclass(frozen=True)
class _Needle:
    """A removed string, normalised, with the pattern that finds it at word boundaries."""

    number: int
    count: int
    text: str
    pattern: re.Pattern[str]

    @property
    def what(self) -> str:
        """The leak message: the string's position in the list, never the string."""
        return f"removed string {self.number} of {self.count}"


# Characters that render as nothing or as the same mark, so a name can hide
# behind them: soft hyphen, zero-width spaces and joiners, bidi controls, BOM.
_INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]"
)
_WHITESPACE = re.compile(r"\s+")
# Typographic apostrophes and dashes, so "O’Brien" matches "O'Brien".
_LOOKALIKES = str.maketrans("‘’ʼ′‛‐‑‒–—―−", "'''''-------")


def _normalise(text: str) -> str:
    """Fold text so that case, compatibility forms and spacing cannot hide a match."""
    text = unicodedata.normalize("NFKC", text)
    text = unicodedata.normalize("NFKC", text.casefold())
    text = _INVISIBLE.sub("", text).translate(_LOOKALIKES)
    return _WHITESPACE.sub(" ", text).strip()


def _needles(removed: Sequence[str]) -> list[_Needle]:
    """Normalise the removed strings, dropping blanks, keeping each one's position."""
    if isinstance(removed, str):
        # A bare string is a Sequence[str] too, and would be searched letter by letter.
        raise TypeError("removed must be a sequence of strings, not a string")
    needles = []
    for number, original in enumerate(removed, start=1):
        text = _normalise(original)
        if text:
            pattern = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
            needles.append(_Needle(number, len(removed), text, pattern))
    return needles


_UNPRINTABLE = re.compile(r"[^\w .,:;/\\()\[\]{}#@+=_'-]")


class _Scan:
    """The removed strings, the leaks found so far, and the bytes read so far."""

    def __init__(self, removed: Sequence[str]) -> None:
        self.needles = _needles(removed)
        self.leaks: list[Leak] = []
        self.bytes_read = 0

    def add(self, where: str, what: str) -> None:
        """Record a leak once, however many times the same place is found."""
        leak = Leak(where, what)
        if leak not in self.leaks:
            self.leaks.append(leak)

    def text(self, where: str, text: str, *, binary: bool = False) -> None:
        """Report each removed string found in `text`.

        In binary data short strings are skipped: they match random bytes.
        """
        if not self.needles or not text:
            return
        folded = _normalise(text)
        for needle in self.needles:
            if binary and len(needle.text) < BINARY_MIN_LENGTH:
                continue
            if needle.text in folded and needle.pattern.search(folded):
                self.add(where, needle.what)

    def matches(self, text: str) -> bool:
        """Whether any removed string is in `text`."""
        folded = _normalise(text)
        return any(n.text in folded and n.pattern.search(folded) for n in self.needles)

    def label(self, name: str, fallback: str) -> str:
        """`name` made safe to show in a leak, or `fallback` if it holds a removed string.

        Part names and PDF keys come from the file, so they can hold the very
        name being looked for, or characters that would garble a log line.
        """
        shown = _UNPRINTABLE.sub("?", name)[:200]
        if self.matches(name) or self.matches(shown):
            return fallback
        return shown


# --- bytes of unknown kind --------------------------------------------------

_TEXT_BYTES = bytes(range(0x20, 0x7F)) + b"\t\n\r\f"
_ASCII_RUNS = re.compile(
    rb"(?:[\t\n\r\x20-\x7e]|[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
    rb"|[\xf0-\xf4][\x80-\xbf]{3}){4,}"
)
_UTF16_RUNS = re.compile(rb"(?:[\t\n\r\x20-\x7e\xa0-\xff]\x00){4,}")


def _looks_binary(data: bytes) -> bool:
    """Whether `data` is mostly not text, judged on its first 64 KiB.

    Text in a PDF content stream or an XML part is almost all printable ASCII;
    images, fonts and compressed data are not.
    """
    sample = data[:65536]
    if not sample:
        return False
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    other = len(sample.translate(None, _TEXT_BYTES))
    return other > len(sample) // 10


def _check_plain_bytes(scan: _Scan, where: str, data: bytes) -> None:
    """Search bytes that are not a container or XML, as text or as binary.

    Text is decoded as UTF-8 and Latin-1 (or UTF-16 with a byte order mark).
    Binary data is searched only in its runs of readable characters, in UTF-8
    and UTF-16LE, as the `strings` tool would: that is where metadata sits in
    an image or an embedded OLE object.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        scan.text(where, data.decode("utf-16", "replace"))
    elif not _looks_binary(data):
        scan.text(where, data.decode("utf-8", "replace"))
        if not data.isascii():
            scan.text(where, data.decode("latin-1"))
    else:
        runs = [m.group().decode("utf-8", "replace") for m in _ASCII_RUNS.finditer(data)]
        runs += [m.group().decode("utf-16-le", "replace") for m in _UTF16_RUNS.finditer(data)]
        scan.text(where, "\n\x00\n".join(runs), binary=True)


def _check_bytes(scan: _Scan, where: str, data: bytes, depth: int, name: str = "") -> None:
    """Search bytes of any kind: a nested zip or PDF, XML, text or binary.

    Attachments and embedded objects are whole files; a name in an attached
    .docx is as published as one in the body.
    """
    kind = _container_kind(data)
    if kind and depth >= MAX_NESTING:
        scan.add(where, "holds files nested too deeply to check")
    elif kind == "zip":
        _check_zip(scan, data, f"{where} >", depth + 1)
    elif kind == "pdf":
        _check_pdf(scan, data, f"{where} > PDF", depth + 1)
    elif _is_xml(data, name):
        _check_xml(scan, where, data)
    else:
        _check_plain_bytes(scan, where, data)


def _container_kind(data: bytes) -> str:
    """'zip' or 'pdf' if `data` is a file of that kind, else ''."""
    if data.startswith(b"PK\x03\x04"):
        return "zip"
    if b"%PDF-" in data[:1024]:
        return "pdf"
    return ""


# --- XML ----------------------------------------------------------------------

_XML_NAMES = (".xml", ".rels", ".vml")
_RUN_TEXT = {"t", "delText", "instrText"}
_RUN_MARKS = {"tab": " ", "br": " ", "cr": " ", "noBreakHyphen": "-"}


def _is_xml(data: bytes, name: str) -> bool:
    """Whether to parse `data` as XML: by its part name or its declaration."""
    head = data[:64].lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n").replace(b"\x00", b"")
    return name.lower().endswith(_XML_NAMES) or head.startswith((b"<?xml", b"<?xpacket"))


def _local(tag: object) -> str:
    """An element's name without its namespace ('t' for '{...main}t')."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _check_xml(scan: _Scan, where: str, data: bytes) -> None:
    """Search the text nodes and attribute values of an XML part.

    Also search each paragraph's run texts joined with nothing between them,
    because Word splits a word across runs wherever formatting or spell
    checking changes ("Jo" + "hn Smith"). Deleted text in tracked changes and
    field codes count as text: they are in the file.
    """
    ascii_view = data.replace(b"\x00", b"")  # UTF-16 and UTF-32 too
    if b"<!DOCTYPE" in ascii_view or b"<!ENTITY" in ascii_view:
        # Office parts and XMP never declare a DTD. Without one there are no
        # entities to expand or fetch, which is what makes parsing safe here
        # (defusedxml is not installed); a part that has one is not parsed.
        scan.add(where, "declares a DTD, which these files never do, so was not parsed")
        _check_plain_bytes(scan, where, data)
        return
    try:
        builder = ET.TreeBuilder(insert_comments=True, insert_pis=True)
        parser = ET.XMLParser(target=builder)  # noqa: S314 - no DTD, see above  # nosec B314
        root = ET.fromstring(data, parser=parser)  # noqa: S314  # nosec B314
    except ET.ParseError:
        scan.add(where, "could not be parsed as XML, so could not be checked")
        _check_plain_bytes(scan, where, data)
        return
    scan.text(where, " ".join(_xml_texts(root)))
    for element in root.iter():
        if _local(element.tag) == "p":
            scan.text(where, _paragraph_text(element))


def _xml_texts(root: ET.Element) -> Iterator[str]:
    """Every text node, tail, comment and attribute value under `root`."""
    for element in root.iter():
        yield from element.attrib.values()
        if element.text:
            yield element.text
        if element.tail:
            yield element.tail


def _paragraph_text(paragraph: ET.Element) -> str:
    """A paragraph's run texts as a reader sees them: joined, tabs and breaks as spaces."""
    parts = []
    for element in paragraph.iter():
        name = _local(element.tag)
        if name in _RUN_TEXT and element.text:
            parts.append(element.text)
        elif name in _RUN_MARKS:
            parts.append(_RUN_MARKS[name])
    return "".join(parts)


# --- zip (docx) -----------------------------------------------------------------


def scan_docx(data: bytes, removed: Sequence[str]) -> list[Leak]:
    """Return every place in a .docx where a removed string survives.

    Every part of the zip is searched, not only the body: core and app
    properties, custom properties, comments, headers, footers, footnotes,
    relationships, media and embedded files. A file that is not a readable zip
    is a leak.
    """
    scan = _Scan(removed)
    _check_zip(scan, data, "docx", depth=0)
    return scan.leaks


def _check_zip(scan: _Scan, data: bytes, prefix: str, depth: int) -> None:
    """Open `data` as a zip with a real parser and search every part.

    The raw bytes of a zip are compressed, so searching them would find
    nothing; every part is inflated, within the size limits, and searched.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except Exception:  # zipfile raises many kinds on bad input
        scan.add(f"{prefix} file", UNREADABLE)
        return
    with archive:
        parts = archive.infolist()
        if len(parts) > MAX_PARTS:
            scan.add(f"{prefix} file", f"has more than {MAX_PARTS:,} parts, too many to check")
            return
        if archive.comment:
            _check_plain_bytes(scan, f"{prefix} zip comment", archive.comment)
        for number, info in enumerate(parts, start=1):
            _check_part(scan, archive, info, f"{prefix} part", number, depth)


def _check_part(
    scan: _Scan,
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    prefix: str,
    number: int,
    depth: int,
) -> None:
    """Search one zip part: its name, its comment and its inflated bytes."""
    where = f"{prefix} {scan.label(info.filename, f'number {number}')}"
    scan.text(f"{prefix} number {number} (its name)", info.filename)
    if info.comment:
        _check_plain_bytes(scan, f"{where} (zip comment)", info.comment)
    if info.is_dir():
        return
    data = _read_part(scan, archive, info, where)
    if data is not None:
        _check_bytes(scan, where, data, depth, name=info.filename)


def _read_part(
    scan: _Scan, archive: zipfile.ZipFile, info: zipfile.ZipInfo, where: str
) -> bytes | None:
    """Inflate a part, refusing (as a leak) one that is, or turns out to be, too big.

    The size in the zip's directory can lie, so reading stops one byte past
    the limit whatever it says.
    """
    too_big = f"is over {MAX_PART_BYTES // (1024 * 1024)} MB uncompressed, too large to check"
    if info.file_size > MAX_PART_BYTES:
        scan.add(where, too_big)
        return None
    try:
        with archive.open(info) as part:
            data = part.read(MAX_PART_BYTES + 1)
    except Exception:  # bad CRC, zlib errors, encryption, unknown methods
        scan.add(where, UNREADABLE)
        return None
    if len(data) > MAX_PART_BYTES:
        scan.add(where, too_big)
        return None
    scan.bytes_read += len(data)
    if scan.bytes_read > MAX_TOTAL_BYTES:
        scan.add(where, "takes the file past 1 GB uncompressed, too large to check")
        return None
    return data


# --- PDF ------------------------------------------------------------------------


def scan_pdf(data: bytes, removed: Sequence[str]) -> list[Leak]:
    """Return every place in a PDF where a removed string survives.

    Searched: each page's extracted text, every object in the file after
    decompression (those of earlier revisions too), the document information
    dictionary, the XMP metadata, bytes outside any object, and attached
    files; and x-ray's check for text left under drawn boxes. A PDF that
    cannot be parsed is a leak.
    """
    scan = _Scan(removed)
    _check_pdf(scan, data, "PDF", depth=0)
    return scan.leaks


def _check_pdf(scan: _Scan, data: bytes, prefix: str, depth: int) -> None:
    """Run every PDF check on `data`, labelling places with `prefix`.

    Each check runs even if another failed, and a check that fails part way
    is a leak: what it had not reached is unchecked.
    """
    reader = _open_pdf(scan, data, prefix)
    if reader is None:
        return
    document = _open_mupdf(scan, data, prefix)
    steps: dict[str, Callable[[], None]] = {
        "page text": lambda: _check_page_text(scan, reader, document, prefix),
        "metadata": lambda: _check_metadata(scan, reader, prefix),
        "objects": lambda: _check_objects(scan, reader, prefix, depth),
        "earlier revisions": lambda: _check_other_revisions(scan, reader, data, prefix, depth),
        "drawn boxes": lambda: _check_bad_redactions(scan, document, prefix),
    }
    try:
        for name, step in steps.items():
            try:
                step()
            except Exception:  # any parser failure means "not checked", not "clean"
                scan.add(f"{prefix} file ({name})", UNREADABLE)
    finally:
        if document is not None:
            document.close()


def _open_pdf(scan: _Scan, data: bytes, prefix: str) -> PdfReader | None:
    """Parse the PDF, or record it as unreadable.

    An encrypted PDF is opened with the empty password (permissions-only
    encryption); one that needs a real password cannot be checked. A PDF with
    no pages is treated as unreadable: a parser that gave up can look like one.
    """
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            scan.add(f"{prefix} file", "is encrypted, so could not be checked")
            return None
        if len(reader.pages) == 0:
            scan.add(f"{prefix} file", UNREADABLE)
            return None
    except Exception:  # pypdf raises many kinds on bad input
        scan.add(f"{prefix} file", UNREADABLE)
        return None
    return reader


def _open_mupdf(scan: _Scan, data: bytes, prefix: str) -> Any:
    """Open the PDF with PyMuPDF (x-ray's engine), or record that it could not be.

    PyMuPDF comes with x-ray and is imported here, not at the top, so that
    only a scan loads it.
    """
    import fitz

    try:
        document = fitz.Document(stream=data, filetype="pdf")
        if document.needs_pass and not document.authenticate(""):
            document.close()
            raise ValueError("needs a password")
    except Exception:  # MuPDF raises its own kinds
        scan.add(f"{prefix} file (page text and drawn boxes)", UNREADABLE)
        return None
    return document


def _check_page_text(scan: _Scan, reader: PdfReader, document: Any, prefix: str) -> None:
    """Search each page's text as two independent extractors see it.

    pypdf and MuPDF read text differently at the edges, and a name that one
    garbles the other may not. Both also run a table cell into the next
    ("SmithAnnual"), which hides a name from a word-boundary match, so MuPDF's
    characters are joined once more with a space wherever there is a gap.
    (pdfplumber would do that too, but takes about a second a page.)
    """
    for number, page in enumerate(reader.pages, start=1):
        where = f"{prefix} page {number} text"
        try:
            scan.text(where, page.extract_text())
        except Exception:  # an unreadable page is an unchecked page
            scan.add(where, UNREADABLE)
    for number, mupdf_page in enumerate(document or (), start=1):
        where = f"{prefix} page {number} text"
        try:
            scan.text(where, mupdf_page.get_text())
            scan.text(where, _gapped_text(mupdf_page.get_text("rawdict")))
        except Exception:
            scan.add(where, UNREADABLE)


def _gapped_text(page: dict[str, Any]) -> str:
    """A page's text from MuPDF's characters, with a space wherever glyphs stand apart.

    A gap wider than a point, or a tenth of the font size, is a space to a
    reader even where the file has none (neighbouring table cells); letter
    spacing is narrower.
    """
    lines = []
    for block in page.get("blocks", []):
        for line in block.get("lines", []):
            parts: list[str] = []
            right = None
            for span in line["spans"]:
                gap = max(1.0, span["size"] / 10)
                for char in span["chars"]:
                    left, _, new_right, _ = char["bbox"]
                    if right is not None and left - right > gap:
                        parts.append(" ")
                    parts.append(char["c"])
                    right = new_right
            lines.append("".join(parts))
    return "\n".join(lines)


def _metadata_refs(reader: PdfReader) -> set[tuple[int, int]]:
    """The objects that the metadata check covers, to leave out of the object check."""
    refs = set()
    for holder, key in (
        (reader.trailer, "/Info"),
        (_resolve(reader.trailer.get("/Root")), "/Metadata"),
    ):
        value = holder.get(key) if isinstance(holder, DictionaryObject) else None
        if isinstance(value, IndirectObject):
            refs.add((value.idnum, value.generation))
    return refs


def _resolve(value: Any) -> Any:
    """Follow one indirect reference."""
    return value.get_object() if isinstance(value, IndirectObject) else value


def _check_metadata(scan: _Scan, reader: PdfReader, prefix: str) -> None:
    """Search the document information dictionary, key by key, and the XMP packet.

    Titles and authors are set once, often before redaction, and a viewer
    shows them in its title bar and properties; WeasyPrint fills both from
    the HTML's <title> and <meta>.
    """
    info = _resolve(reader.trailer.get("/Info"))
    if isinstance(info, DictionaryObject):
        for key, value in info.items():
            where = f"{prefix} metadata {scan.label(str(key), 'entry')}"
            scan.text(where, " ".join([str(key), *_object_strings(_resolve(value))]))
    root = _resolve(reader.trailer.get("/Root"))
    metadata = _resolve(root.get("/Metadata")) if isinstance(root, DictionaryObject) else None
    if isinstance(metadata, StreamObject):
        _check_xml(scan, f"{prefix} XMP metadata", metadata.get_data())


def _check_objects(scan: _Scan, reader: PdfReader, prefix: str, depth: int) -> None:
    """Search every object the cross-reference table lists, and the trailer.

    Text that no page shows still ships in the file: bookmarks, annotations,
    form fields, alt text, unused objects, decompressed content streams. The
    metadata objects are left to `_check_metadata`, which names their keys.
    """
    skip = _metadata_refs(reader)
    trailer = {k: v for k, v in reader.trailer.items() if k != "/Info"}
    scan.text(f"{prefix} trailer", " ".join(_object_strings(DictionaryObject(trailer))))
    for number, generation in _listed_objects(reader):
        if (number, generation) in skip:
            continue
        where = f"{prefix} object {number} {generation}"
        try:
            obj = reader.get_object(IndirectObject(number, generation, reader))
        except Exception:  # a broken object is an unchecked one
            scan.add(where, UNREADABLE)
            continue
        if obj is not None:
            _check_pdf_object(scan, reader, where, obj, depth)


def _listed_objects(reader: PdfReader) -> list[tuple[int, int]]:
    """(number, generation) of every in-use object in the cross-reference data."""
    listed = {(num, gen) for gen, table in reader.xref.items() for num in table}
    listed |= {(num, 0) for num in reader.xref_objStm}
    free = {
        (num, gen) for gen, table in reader.xref_free_entry.items() for num, f in table.items() if f
    }
    return sorted(listed - free)


def _check_pdf_object(
    scan: _Scan, reader: PdfReader, where: str, obj: PdfObject, depth: int
) -> None:
    """Search one object's strings and names, and its stream data if it has any.

    An object stream is searched object by object rather than as bytes, so
    each hit names the object it is in (and metadata is reported once, by
    `_check_metadata`, not again as part of the stream holding it).
    """
    scan.text(where, " ".join(_object_strings(obj)))
    if not isinstance(obj, StreamObject):
        return
    stream_where = f"{where} (stream)"
    data = _stream_data(obj)
    if data is None:
        scan.add(stream_where, UNREADABLE)
    elif obj.get("/Type") == "/ObjStm":
        _check_object_stream(scan, reader, where, obj, data, depth)
    else:
        _check_bytes(scan, stream_where, data, depth)


def _stream_data(stream: StreamObject) -> bytes | None:
    """A stream's decompressed data, or None if it cannot be decompressed.

    An image whose codec pypdf lacks (JBIG2, say) is searched as stored: its
    pixels cannot hold searchable text, but its metadata might.
    """
    try:
        return stream.get_data()
    except Exception:  # filters raise many kinds
        if stream.get("/Subtype") == "/Image":
            return bytes(getattr(stream, "_data", b""))
        return None


def _object_strings(obj: Any, depth: int = 0) -> Iterator[str]:
    """Every string and name in an object, without following references.

    References are not followed because every object is visited on its own;
    following them would visit objects many times and could loop.
    """
    if depth > 64:
        return
    if isinstance(obj, NameObject):
        yield str(obj)[1:]
    elif isinstance(obj, TextStringObject):
        yield str(obj)
    elif isinstance(obj, ByteStringObject):
        yield _decode_pdf_bytes(bytes(obj))
    elif isinstance(obj, DictionaryObject):
        for key, value in obj.items():
            yield from _object_strings(key, depth + 1)
            yield from _object_strings(value, depth + 1)
    elif isinstance(obj, ArrayObject):
        for item in obj:
            yield from _object_strings(item, depth + 1)


def _decode_pdf_bytes(data: bytes) -> str:
    """Decode a string pypdf left as bytes: UTF-16BE or UTF-8 with a BOM, else Latin-1."""
    if data.startswith(b"\xfe\xff"):
        return data[2:].decode("utf-16-be", "replace")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    return data.decode("latin-1")


def _check_object_stream(
    scan: _Scan, reader: PdfReader, where: str, stream: StreamObject, data: bytes, depth: int
) -> None:
    """Search the objects packed in an object stream that the xref does not list.

    Listed ones are searched by `_check_objects`. The rest belong to earlier
    revisions: an edit saved incrementally writes a new object stream and
    leaves the old one, with the old text, in the file.
    """
    number = stream.indirect_reference.idnum if stream.indirect_reference else -1
    try:
        members = _object_stream_members(reader, stream, data)
    except Exception:  # a damaged header means unchecked members
        scan.add(f"{where} (object stream)", UNREADABLE)
        return
    for member_number, obj in members:
        if reader.xref_objStm.get(member_number, (None, None))[0] != number:
            member_where = (
                f"{where} > object {member_number}, not in the current cross-reference "
                "table (an earlier revision or an orphan)"
            )
            _check_pdf_object(scan, reader, member_where, obj, depth)


def _object_stream_members(
    reader: PdfReader, stream: StreamObject, data: bytes
) -> list[tuple[int, PdfObject]]:
    """Parse an object stream: N pairs of (object number, offset), then the objects."""
    first = int(stream["/First"])  # type: ignore[call-overload]
    header = data[:first].split()
    members = []
    for index in range(0, len(header) - 1, 2):
        buffer = io.BytesIO(data)
        buffer.seek(first + int(header[index + 1]))
        members.append((int(header[index]), read_object(buffer, reader)))
    return members


# "N G obj" at the start of the file or after whitespace, as writers put it
# (not, say, inside a literal string shown on a page: "(1 0 obj)").
_OBJECT_HEADER = re.compile(
    rb"(?<![^\s\x00])(\d{1,10})[\s\x00]+(\d{1,5})[\s\x00]+obj(?![A-Za-z0-9])"
)


def _check_other_revisions(
    scan: _Scan, reader: PdfReader, data: bytes, prefix: str, depth: int
) -> None:
    """Search objects the cross-reference table no longer points to, and bytes between objects.

    Saving an edit incrementally appends new versions of changed objects and
    a new table; the old versions, with the text they held, stay in the file
    and any text editor shows them. So every "N G obj" in the raw bytes that
    the table does not point to is parsed and searched too; so is whatever
    lies outside all objects (comments, data after %%EOF).
    """
    current = {
        _skip_whitespace(data, offset)
        for table in reader.xref.values()
        for offset in table.values()
    }
    spans = []
    for match in _OBJECT_HEADER.finditer(data):
        end = data.find(b"endobj", match.end())
        spans.append((match.start(), len(data) if end < 0 else end + 6))
        if match.start() in current:
            continue
        where = (
            f"{prefix} object {int(match[1])} {int(match[2])} at byte {match.start()}, "
            "not in the current cross-reference table (an earlier revision or an orphan)"
        )
        if reader.is_encrypted:
            # Its strings are still enciphered; searching them would find noise.
            scan.add(where, "is encrypted, so could not be checked")
            continue
        try:
            reader.stream.seek(_skip_whitespace(data, match.end()))
            obj = read_object(reader.stream, reader)
        except Exception:  # unparsable leftovers are unchecked leftovers
            scan.add(where, UNREADABLE)
            continue
        _check_pdf_object(scan, reader, where, obj, depth)
    _check_between_objects(scan, data, spans, prefix)


def _skip_whitespace(data: bytes, offset: int) -> int:
    """The first offset at or after `offset` that is not whitespace."""
    while offset < len(data) and data[offset : offset + 1] in b" \t\r\n\f\x00":
        offset += 1
    return offset


def _check_between_objects(
    scan: _Scan, data: bytes, spans: list[tuple[int, int]], prefix: str
) -> None:
    """Search the raw bytes that lie outside every object, gap by gap."""
    position = 0
    for start, end in sorted(spans):
        if start > position:
            _check_plain_bytes(scan, f"{prefix} bytes outside any object", data[position:start])
        position = max(position, end)
    if position < len(data):
        _check_plain_bytes(scan, f"{prefix} bytes outside any object", data[position:])


def _check_bad_redactions(scan: _Scan, document: Any, prefix: str) -> None:
    """Report every box x-ray finds drawn over text that is still in the file.

    Such text is invisible on screen but anyone can select and copy it. The
    text x-ray returns is never kept, only the page and the box.

    x-ray's `inspect` is a coroutine (0.4.0), and it drops all its findings
    when every one looks like a date, which would hide a date of birth; so
    its per-page check is called directly.
    """
    from xray.pdf_utils import get_bad_redactions

    for number, page in enumerate(document or (), start=1):
        try:
            found = get_bad_redactions(page)
        except Exception:
            scan.add(f"{prefix} page {number}", "could not be checked for bad redactions")
            continue
        for redaction in found:
            x0, y0, x1, y1 = (round(v) for v in redaction["bbox"][:4])
            where = f"{prefix} page {number}, box at x {x0}-{x1}, y {y0}-{y1} pt"
            scan.add(where, BAD_REDACTION)


# --- entry point ----------------------------------------------------------------

_SCANNERS: dict[str, Callable[[bytes, Sequence[str]], list[Leak]]] = {
    "pdf": scan_pdf,
    "docx": scan_docx,
}


def scan_file(kind: str, data: bytes, removed: Sequence[str]) -> list[Leak]:
    """Scan a file of `kind` ("pdf" or "docx"); other kinds cannot be checked, so they raise.

    Raising (rather than returning no leaks) keeps a new kind of download from
    being published unchecked by mistake.
    """
    scanner = _SCANNERS.get(kind)
    if scanner is None:
        raise ValueError(f"cannot check files of kind {kind!r}: only 'pdf' and 'docx'")
    return scanner(data, removed)
