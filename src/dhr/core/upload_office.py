"""Office (.docx, .xlsx) checks by reading the package, not by matching bytes.

The zip is read from its real local headers and every part is inflated with a
cap on the bytes actually produced, so a central directory that lies about
sizes (a zip bomb that passes a directory check) is caught. The OOXML package
is then read as Word or Excel would: `[Content_Types].xml`, every `.rels`
relationship and the document's fields. Macros under any name or content type,
ActiveX, embedded OLE objects, external references and DDE fields are refused.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO

from django.core.exceptions import ValidationError
from lxml import etree

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")
LOCAL_SIGNATURE = b"PK\x03\x04"

MAX_ZIP_ENTRIES = 5_000
MAX_UNCOMPRESSED_BYTES = 300 * 1024 * 1024
MAX_COMPRESSION_RATIO = 150  # overall; real .xlsx files rarely pass 30
RATIO_APPLIES_ABOVE = 20 * 1024 * 1024  # small archives may compress very well
MAX_KEPT_PART_BYTES = 64 * 1024 * 1024  # a single XML part we read for fields

DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
MAIN_KINDS = {DOCX_MAIN: "docx", XLSX_MAIN: "xlsx"}
OFFICE_DOCUMENT_REL = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
)
CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
S_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"

MACRO_MARKERS = (
    "vbaproject",
    "vbadata",
    "macroenabled",
    "macrosheet",
    "intlmacrosheet",
    "sheet.binary",
    "keymapcustomizations",
    "attachedtoolbars",
    "wordvbadata",
)
ACTIVEX_MARKERS = ("activex",)
EMBEDDED_MARKERS = ("oleobject", "officedocument.package")
EMBEDDED_DOCUMENT_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "application/msword",
    "application/vnd.ms-excel",
    "application/vnd.ms-powerpoint",
    "application/x-msdownload",
}
EXTERNAL_ALLOWED = ("/hyperlink",)
DDE_FIELD = re.compile(r"^\s*(DDE|DDEAUTO|INCLUDETEXT)\b", re.IGNORECASE)
DDE_FORMULA = re.compile(r"[A-Za-z0-9_.\-]+\s*\|\s*'[^']*'\s*!|[A-Za-z0-9_.\-]+\|[^!]*!")

PLAIN_FILE = (
    "Save it as a plain Word document (.docx) or Excel workbook (.xlsx) and upload it again."
)
MACROS = "The file contains macros, which we do not accept. " + PLAIN_FILE
ACTIVEX = "The file contains ActiveX controls, which we do not accept. " + PLAIN_FILE
EMBEDDED = (
    "The file contains an embedded object (for example a spreadsheet or program inside "
    "the document), which we do not accept. Remove it, or paste it as a picture, and "
    "upload the file again."
)
EXTERNAL = (
    "The file refers to another file or address outside itself (an attached template, "
    "linked object, frame or data link), which we do not accept. Save a copy without the "
    "link and upload that."
)
DDE = (
    "The file contains a field that runs a command or fetches data from another program "
    "(DDE or INCLUDETEXT), which we do not accept. Remove the field and upload the file again."
)
LYING_ZIP = (
    "The file is damaged: its table of contents does not match what it holds, so it was "
    "refused. Save it again from Word or Excel and upload the new copy."
)
DAMAGED = "The file is damaged: it could not be opened."


class Refused(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class Package:
    parts: dict[str, bytes] = field(default_factory=dict)  # XML parts we read further
    names: list[str] = field(default_factory=list)


def office_kind(upload: IO[bytes], size: int) -> str:
    """Tell .docx from .xlsx by the main part the package declares; refuse anything active."""
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    try:
        return inspect_package(read_zip(data, size))
    except Refused as refusal:
        raise ValidationError(refusal.message) from None


def read_zip(data: bytes, size: int) -> Package:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        raise Refused(DAMAGED) from None
    with archive:
        infos = archive.infolist()
    check_directory(infos, size)
    package = Package()
    total = 0
    for info in infos:
        part = inflate(data, info, MAX_UNCOMPRESSED_BYTES - total, keep(info.filename))
        total += part.size
        if total > RATIO_APPLIES_ABOVE and total > MAX_COMPRESSION_RATIO * max(size, 1):
            raise Refused(
                f"The file expands to {total // max(size, 1):,} times its size; "
                "it looks like a zip bomb and was refused."
            )
        package.names.append(info.filename)
        if part.head.startswith(CFB_MAGIC):
            refuse_binary_part(info.filename)
        if part.content is not None:
            package.parts[info.filename] = part.content
    return package


def check_directory(infos: list[zipfile.ZipInfo], size: int) -> None:
    if len(infos) > MAX_ZIP_ENTRIES:
        raise Refused(
            f"The file holds {len(infos):,} parts (more than {MAX_ZIP_ENTRIES:,}); "
            "it looks like a zip bomb and was refused."
        )
    declared = sum(info.file_size for info in infos)
    if declared > MAX_UNCOMPRESSED_BYTES:
        raise Refused(
            f"The file would expand to {megabytes(declared)} (more than "
            f"{megabytes(MAX_UNCOMPRESSED_BYTES)}); it looks like a zip bomb and was refused."
        )
    if declared > RATIO_APPLIES_ABOVE and declared > MAX_COMPRESSION_RATIO * max(size, 1):
        raise Refused(
            f"The file would expand to {declared // max(size, 1):,} times its size; "
            "it looks like a zip bomb and was refused."
        )
    names = [info.filename for info in infos]
    if len({n.lower() for n in names}) != len(names):
        raise Refused(LYING_ZIP)
    for info in infos:
        if info.flag_bits & 0x1:
            raise Refused(
                "The file is protected with a password. Remove the password and upload it again."
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise Refused(LYING_ZIP)


@dataclass
class Part:
    size: int
    head: bytes
    content: bytes | None


def inflate(data: bytes, info: zipfile.ZipInfo, budget: int, kept: bool) -> Part:
    """Read one part from its own local header, inflating at most `budget` bytes.

    The central directory's sizes are not trusted: the compressed data runs
    until the deflate stream ends, and what it produces (counted, not
    declared) must match the declared size and CRC. Only parts read further
    (`kept`) are held in memory.
    """
    start = data_start(data, info)
    if info.compress_type == zipfile.ZIP_STORED:
        chunks: Iterator[bytes] = iter([data[start : start + info.compress_size]])
    else:
        chunks = deflate_chunks(data, start)
    size, crc, head, held = 0, 0, b"", []
    for chunk in chunks:
        size += len(chunk)
        if size > budget:
            raise Refused(
                f"The file expands to more than {megabytes(MAX_UNCOMPRESSED_BYTES)}; "
                "it looks like a zip bomb and was refused."
            )
        if kept and size > MAX_KEPT_PART_BYTES:
            raise Refused(f"The file is damaged: its part {info.filename} is too large.")
        crc = zlib.crc32(chunk, crc)
        head = head or chunk[:8]
        if kept:
            held.append(chunk)
    if size != info.file_size or crc != info.CRC:
        raise Refused(LYING_ZIP)
    return Part(size, head, b"".join(held) if kept else None)


def data_start(data: bytes, info: zipfile.ZipInfo) -> int:
    """Where the part's data begins, after a local header that must agree with the directory."""
    offset = info.header_offset
    header = data[offset : offset + LOCAL_HEADER.size]
    if len(header) < LOCAL_HEADER.size:
        raise Refused(LYING_ZIP)
    signature, _, flags, method, *_, name_len, extra_len = LOCAL_HEADER.unpack(header)
    start = offset + LOCAL_HEADER.size
    local_name = data[start : start + name_len]
    if signature != LOCAL_SIGNATURE or method != info.compress_type or flags & 0x1:
        raise Refused(LYING_ZIP)
    if local_name.decode("utf-8" if flags & 0x800 else "cp437", "replace") != info.filename:
        raise Refused(LYING_ZIP)
    return start + name_len + extra_len


def deflate_chunks(data: bytes, start: int) -> Iterator[bytes]:
    """Inflate from `start` until the deflate stream says it has ended, a megabyte at a time."""
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    view = memoryview(data)
    position = start
    pending = b""
    try:
        while not inflater.eof:
            if not pending:
                pending = bytes(view[position : position + 1024 * 1024])
                position += len(pending)
                if not pending:
                    raise Refused(LYING_ZIP)
            chunk = inflater.decompress(pending, 1024 * 1024)
            pending = inflater.unconsumed_tail
            if chunk:
                yield chunk
    except zlib.error:
        raise Refused(LYING_ZIP) from None


def keep(name: str) -> bool:
    lowered = name.lower()
    return lowered.endswith((".xml", ".rels")) and (
        lowered == "[content_types].xml"
        or lowered.endswith(".rels")
        or lowered.startswith(("word/", "xl/worksheets/", "xl/externallinks/"))
    )


def refuse_binary_part(name: str) -> None:
    lowered = name.lower()
    if any(marker in lowered for marker in ACTIVEX_MARKERS):
        raise Refused(ACTIVEX)
    if "embeddings/" in lowered or "oleobject" in lowered:
        raise Refused(EMBEDDED)
    raise Refused(MACROS)


def inspect_package(package: Package) -> str:
    if "[Content_Types].xml" not in package.parts:
        raise Refused("The file is a zip archive, not a Word document or Excel workbook.")
    for name in package.names:
        check_part_name(name)
    types = content_types(package.parts["[Content_Types].xml"])
    for content_type in types.values():
        check_content_type(content_type)
    for name, content in package.parts.items():
        if name.lower().endswith(".rels"):
            check_relationships(content)
    kind = main_kind(package, types)
    for name, content in package.parts.items():
        lowered = name.lower()
        if lowered.startswith("word/") and lowered.endswith(".xml"):
            check_word_fields(content)
        elif lowered.startswith("xl/worksheets/") and lowered.endswith(".xml"):
            check_formulas(content)
        elif lowered.startswith("xl/externallinks/"):
            raise Refused(EXTERNAL)
    return kind


def check_part_name(name: str) -> None:
    lowered = name.lower()
    if any(marker in lowered for marker in ("vbaproject", "vbadata", "macrosheet")):
        raise Refused(MACROS)
    if "activex" in lowered:
        raise Refused(ACTIVEX)
    if "embeddings/" in lowered or "oleobject" in lowered:
        raise Refused(EMBEDDED)
    if lowered.startswith("xl/externallinks/"):
        raise Refused(EXTERNAL)


def check_content_type(content_type: str) -> None:
    lowered = content_type.lower().strip()
    if any(marker in lowered for marker in MACRO_MARKERS):
        raise Refused(MACROS)
    if any(marker in lowered for marker in ACTIVEX_MARKERS):
        raise Refused(ACTIVEX)
    if any(marker in lowered for marker in EMBEDDED_MARKERS) or lowered in EMBEDDED_DOCUMENT_TYPES:
        raise Refused(EMBEDDED)
    if "externallink" in lowered:
        raise Refused(EXTERNAL)


# Relationship types refused even when they point inside the package, by the
# last segment of the type's address.
REFUSED_RELATIONSHIPS = {
    "vbaproject": MACROS,
    "vbaprojectsignature": MACROS,
    "wordvbadata": MACROS,
    "keymapcustomizations": MACROS,
    "attachedtoolbars": MACROS,
    "xlmacrosheet": MACROS,
    "xlintlmacrosheet": MACROS,
    "activexcontrol": ACTIVEX,
    "activexcontrolbinary": ACTIVEX,
    "control": ACTIVEX,
    "oleobject": EMBEDDED,
    "package": EMBEDDED,
    "externallink": EXTERNAL,
    "externallinkpath": EXTERNAL,
}


def check_relationship_type(rel_type: str) -> None:
    refused = REFUSED_RELATIONSHIPS.get(rel_type.lower().rstrip("/").rsplit("/", 1)[-1])
    if refused:
        raise Refused(refused)


def parse(content: bytes) -> etree._Element:
    """Parse one XML part without DTDs or entities (OOXML never uses them)."""
    if b"<!DOCTYPE" in content or b"<!ENTITY" in content:
        raise Refused(DAMAGED)
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True
    )
    try:
        return etree.fromstring(content, parser)
    except etree.XMLSyntaxError:
        raise Refused(DAMAGED) from None


def content_types(content: bytes) -> dict[str, str]:
    """Part name (or `*.ext` for defaults) -> content type."""
    root = parse(content)
    found: dict[str, str] = {}
    for element in root:
        content_type = element.get("ContentType", "")
        if element.tag == f"{CT_NS}Default":
            found["*." + element.get("Extension", "").lower()] = content_type
        elif element.tag == f"{CT_NS}Override":
            found[element.get("PartName", "").lstrip("/")] = content_type
    return found


def check_relationships(content: bytes) -> None:
    for rel in parse(content).iter(f"{REL_NS}Relationship"):
        rel_type = rel.get("Type", "").lower()
        if rel.get("TargetMode", "").lower() == "external" and not rel_type.endswith(
            EXTERNAL_ALLOWED
        ):
            raise Refused(EXTERNAL)
        check_relationship_type(rel_type)
        target = rel.get("Target", "").lower()
        if target.endswith(".bin") and "printersettings" not in target:
            check_part_name(target)


def main_kind(package: Package, types: dict[str, str]) -> str:
    rels = package.parts.get("_rels/.rels")
    if rels is None:
        raise Refused(DAMAGED)
    for rel in parse(rels).iter(f"{REL_NS}Relationship"):
        if rel.get("Type") in OFFICE_DOCUMENT_REL:
            target = rel.get("Target", "").lstrip("/")
            declared = types.get(target) or types.get("*." + target.rsplit(".", 1)[-1].lower())
            if declared in MAIN_KINDS and target in package.names:
                return MAIN_KINDS[declared]
    raise Refused(
        "The file is an Office file of a kind we do not accept: "
        "use a Word document (.docx) or an Excel workbook (.xlsx)."
    )


def check_word_fields(content: bytes) -> None:
    """Refuse DDE fields however the field code is split across runs."""
    root = parse(content)
    code: list[str] = []
    for element in root.iter(f"{W_NS}fldSimple", f"{W_NS}fldChar", f"{W_NS}instrText"):
        if element.tag == f"{W_NS}fldSimple":
            check_field_code(element.get(f"{W_NS}instr", ""))
        elif element.tag == f"{W_NS}instrText":
            code.append(element.text or "")
        else:
            kind = element.get(f"{W_NS}fldCharType")
            if kind in ("separate", "end"):
                check_field_code("".join(code))
            if kind in ("begin", "separate", "end"):
                code = []
    check_field_code("".join(code))


def check_field_code(code: str) -> None:
    if DDE_FIELD.search(code.replace("\u00a0", " ")):
        raise Refused(DDE)


def check_formulas(content: bytes) -> None:
    for formula in parse(content).iter(f"{S_NS}f"):
        if formula.text and DDE_FORMULA.search(formula.text):
            raise Refused(DDE)


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"
