"""check_upload against real, crafted files: each refusal says why."""

from __future__ import annotations

import io
import zipfile
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from docx import Document
from openpyxl import Workbook

from dhr.core.tests.hostile import raw_pdf
from dhr.core.uploads import CFB_MAGIC, DOCX, XLSX, check_upload


def docx_bytes() -> bytes:
    buffer = io.BytesIO()
    document = Document()
    document.add_paragraph("IMR body")
    document.save(buffer)
    return buffer.getvalue()


def xlsx_bytes() -> bytes:
    buffer = io.BytesIO()
    workbook = Workbook()
    workbook.active.append(["Date", "What happened"])
    workbook.save(buffer)
    return buffer.getvalue()


def rezip(
    content: bytes, extra: dict[str, bytes], replace: dict[str, bytes] | None = None
) -> bytes:
    out = io.BytesIO()
    replace = replace or {}
    with zipfile.ZipFile(io.BytesIO(content)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = replace.get(item.filename, src.read(item.filename))
            dst.writestr(item, data)
        for name, data in extra.items():
            dst.writestr(name, data)
    return out.getvalue()


def zip_bomb_xlsx(size: int = 400 * 1024 * 1024) -> bytes:
    """A real .xlsx whose sheet is padded with a huge run of zeros (about 1000:1)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(xlsx_bytes())) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst,
    ):
        for item in src.infolist():
            dst.writestr(item.filename, src.read(item.filename))
        with dst.open("xl/padding.bin", "w", force_zip64=True) as pad:
            block = b"\0" * (1024 * 1024)
            for _ in range(size // len(block)):
                pad.write(block)
    return out.getvalue()


def upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content)


def refusal(name: str, content: bytes, **kwargs: Any) -> str:
    with pytest.raises(ValidationError) as caught:
        check_upload(upload(name, content), **kwargs)
    return " ".join(caught.value.messages)


def test_real_files_are_recognised_by_content() -> None:
    assert check_upload(upload("imr.docx", docx_bytes())).content_type == DOCX
    assert check_upload(upload("chron.xlsx", xlsx_bytes())).content_type == XLSX
    assert check_upload(upload("imr.pdf", raw_pdf())).kind == "pdf"
    checked = check_upload(upload("chron.csv", "Date,Agency\n01/02/2024,Café\n".encode()))
    assert checked.kind == "csv" and len(checked.sha256) == 64


def test_extension_must_agree_with_content() -> None:
    message = refusal("imr.pdf", docx_bytes())
    assert "ends in .pdf" in message and "Word document" in message
    assert "ends in .docx" in refusal("chron.docx", xlsx_bytes())


def test_kind_outside_the_allowed_list_is_refused() -> None:
    message = refusal("chron.xlsx", xlsx_bytes(), allowed={"docx", "pdf"})
    assert "Excel workbook" in message and "must be a Word document (.docx) or a PDF" in message


def test_empty_and_oversized_files_are_refused() -> None:
    assert "empty" in refusal("a.pdf", b"")
    assert "must be smaller than 1 MB" in refusal(
        "a.pdf", b"%PDF-" + b"x" * (2 * 1024 * 1024), max_bytes=1024 * 1024
    )


def test_binary_that_is_not_utf8_is_not_a_csv() -> None:
    assert "not a type we accept" in refusal("x.csv", b"MZ\x90\x00\xff\xfe binary")
    assert "not a type we accept" in refusal("x.csv", "Date,Agency\n".encode("utf-16"))


def test_zip_bomb_xlsx_is_refused_before_it_is_inflated() -> None:
    content = zip_bomb_xlsx()
    assert len(content) < 2 * 1024 * 1024
    assert "zip bomb" in refusal("chronology.xlsx", content)


def test_highly_compressed_medium_archive_is_refused_by_ratio() -> None:
    message = refusal("chronology.xlsx", zip_bomb_xlsx(50 * 1024 * 1024))
    assert "times its size" in message


def test_archive_with_too_many_parts_is_refused() -> None:
    content = rezip(xlsx_bytes(), {f"xl/p{i}.xml": b"" for i in range(5_001)})
    assert "parts" in refusal("chronology.xlsx", content)


def test_macro_enabled_word_document_is_refused() -> None:
    types_xml = zipfile.ZipFile(io.BytesIO(docx_bytes())).read("[Content_Types].xml")
    docm = rezip(
        docx_bytes(),
        {"word/vbaProject.bin": b"\xd0\xcf\x11\xe0 macro"},
        replace={
            "[Content_Types].xml": types_xml.replace(
                b"wordprocessingml.document.main+xml",
                b"vnd.ms-word.document.macroEnabled.main+xml",
            )
        },
    )
    assert "contains macros" in refusal("imr.docm", docm)
    assert "contains macros" in refusal("imr.docx", docm)


def test_macro_project_alone_is_enough_to_refuse() -> None:
    content = rezip(xlsx_bytes(), {"xl/vbaProject.bin": b"macro"})
    assert "contains macros" in refusal("chronology.xlsx", content)


def test_macro_enabled_extension_is_refused_even_without_macros() -> None:
    assert "macro-enabled" in refusal("imr.docm", docx_bytes())


def test_password_protected_office_file_says_remove_the_password() -> None:
    message = refusal("imr.docx", CFB_MAGIC + b"\0" * 512)
    assert "Remove the password" in message


def test_damaged_zip_is_refused() -> None:
    assert "damaged" in refusal("imr.docx", b"PK\x03\x04 broken zip")


def test_plain_zip_is_not_an_office_file() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("notes.txt", "hello")
    assert "not a Word document" in refusal("imr.docx", out.getvalue())


def test_pdf_with_javascript_or_attachments_is_refused() -> None:
    """The byte matcher's own cases; the full set is in test_hostile_uploads."""
    script = raw_pdf(b"<< /Type /Action /S /JavaScript /JS (app.alert(1)) >>")
    assert "contains JavaScript" in refusal("imr.pdf", script)
    attached = raw_pdf(b"<< /Type /EmbeddedFile /Length 1 >>\nstream\nx\nendstream")
    assert "embedded files" in refusal("imr.pdf", attached)
