"""Checks on every uploaded file, before anything is stored or opened.

A file's type is decided from its bytes, never from its name or what the
browser claims; the name's extension must then agree with the content. Office
files (.docx, .xlsx) are zip archives: their central directory is read first
(it is small and at the end of the file) so that zip bombs are refused before a
single entry is decompressed, and macro-enabled or password-protected files are
refused with a message that says what to do instead.

Every refusal is a ValidationError in plain English, shown to the user as is.
"""

from __future__ import annotations

import codecs
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePath
from typing import IO, Any

from django.conf import settings
from django.core.exceptions import ValidationError

from dhr.core.upload_office import office_kind
from dhr.core.upload_pdf import check_pdf

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV = "text/csv"

CONTENT_TYPES = {"pdf": PDF, "docx": DOCX, "xlsx": XLSX, "csv": CSV}


def extension_for(content_type: str) -> str:
    """The file extension to name a download of a stored, checked file."""
    for kind, known in CONTENT_TYPES.items():
        if known == content_type:
            return f".{kind}"
    return ".bin"


DESCRIPTIONS = {
    "docx": "a Word document (.docx)",
    "pdf": "a PDF",
    "xlsx": "an Excel workbook (.xlsx)",
    "csv": "a CSV file (.csv)",
}

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE2: encrypted Office files, .doc, .xls


@dataclass(frozen=True)
class CheckedUpload:
    kind: str  # "pdf", "docx", "xlsx" or "csv"
    content_type: str
    size: int
    sha256: str


def describe(kinds: Iterable[str]) -> str:
    names = [DESCRIPTIONS[k] for k in sorted(kinds, key=list(DESCRIPTIONS).index)]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def check_upload(
    upload: Any,
    allowed: Iterable[str] = ("docx", "pdf", "xlsx", "csv"),
    max_bytes: int | None = None,
) -> CheckedUpload:
    """Validate an uploaded file; return its detected kind, or raise ValidationError.

    `upload` is any seekable binary file with a `name` (a Django UploadedFile,
    a File from storage). It is left at position 0.
    """
    allowed = set(allowed)
    limit = max_bytes if max_bytes is not None else settings.DHR_MAX_UPLOAD_BYTES
    size = file_size(upload)
    if size == 0:
        raise ValidationError("The selected file is empty.")
    if size > limit:
        raise ValidationError(
            f"The selected file is {megabytes(size)}; it must be smaller than {megabytes(limit)}."
        )
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    kind = detect_kind(head, upload, allowed)
    upload.seek(0)
    if kind not in allowed:
        raise ValidationError(f"The selected file is {DESCRIPTIONS[kind]}; {expected(allowed)}.")
    check_extension(getattr(upload, "name", "") or "", kind)
    if kind == "pdf":
        check_pdf(upload)
    return CheckedUpload(kind, CONTENT_TYPES[kind], size, sha256_of(upload))


def expected(allowed: set[str]) -> str:
    return f"it must be {describe(allowed)}"


def file_size(upload: Any) -> int:
    size = getattr(upload, "size", None)
    if size is None:
        upload.seek(0, 2)
        size = upload.tell()
        upload.seek(0)
    return int(size)


def detect_kind(head: bytes, upload: IO[bytes], allowed: set[str]) -> str:
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(CFB_MAGIC):
        raise ValidationError(
            "The file is protected with a password, or saved in an old Word or Excel format "
            "(.doc or .xls). Remove the password, or save it as .docx or .xlsx, "
            "and upload it again."
        )
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return office_kind(upload, file_size(upload))
    if "csv" in allowed and is_utf8_text(upload):
        return "csv"
    raise ValidationError(f"The selected file is not a type we accept: {expected(allowed)}.")


def is_utf8_text(upload: IO[bytes]) -> bool:
    """True when the whole file decodes as UTF-8 and has no NUL bytes (a binary tell)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    upload.seek(0)
    try:
        while chunk := upload.read(64 * 1024):
            if b"\x00" in chunk:
                return False
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    finally:
        upload.seek(0)
    return True


EXTENSIONS = {"pdf": {".pdf"}, "docx": {".docx"}, "xlsx": {".xlsx"}, "csv": {".csv", ".txt"}}


def check_extension(name: str, kind: str) -> None:
    suffix = PurePath(name).suffix.lower()
    if suffix in {".docm", ".xlsm", ".dotm", ".xltm"}:
        raise ValidationError(
            "The file is macro-enabled, which we do not accept. Save it as a plain "
            "Word document (.docx) or Excel workbook (.xlsx) and upload it again."
        )
    if suffix not in EXTENSIONS[kind]:
        shown = f"ends in {suffix}" if suffix else "has no extension"
        raise ValidationError(
            f"The file's name {shown}, but its content is {DESCRIPTIONS[kind]}. "
            f"Check you chose the right file, or rename it to end in {sorted(EXTENSIONS[kind])[0]}."
        )


def sha256_of(upload: IO[bytes]) -> str:
    digest = hashlib.sha256()
    upload.seek(0)
    while chunk := upload.read(1024 * 1024):
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()
