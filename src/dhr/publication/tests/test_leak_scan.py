"""The leak scan finds removed names wherever a published PDF or .docx still holds
them, says where without repeating them, and never passes a file it could not read."""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable, Sequence

import fitz
import pytest
from docx import Document
from docx.oxml import parse_xml
from pypdf import PdfReader, PdfWriter
from weasyprint import HTML

from dhr.publication import leak_scan
from dhr.publication.leak_scan import (
    BAD_REDACTION,
    UNREADABLE,
    Leak,
    scan_docx,
    scan_file,
    scan_pdf,
)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def pdf(body: str, head: str = "", variant: str | None = None) -> bytes:
    html = f"<!DOCTYPE html><html lang='en-GB'><head>{head}</head><body>{body}</body></html>"
    return HTML(string=html).write_pdf(pdf_variant=variant)


def docx(build: Callable[..., object] | None = None) -> bytes:
    document = Document()
    document.core_properties.author = "DHR"
    document.add_paragraph("The panel met four times.")
    if build is not None:
        build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def zip_of(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def noise(size: int, seed: int) -> bytes:
    """Random-looking bytes, the same on every run."""
    return random.Random(seed).randbytes(size)


def assert_silent(leaks: Sequence[Leak], *secrets: str) -> None:
    """No leak message repeats a removed string, in any case or spacing."""
    for leak in leaks:
        shown = " ".join(f"{leak.where} {leak.what}".casefold().split())
        for secret in secrets:
            assert " ".join(secret.casefold().split()) not in shown, leak


def wheres(leaks: Sequence[Leak], what: str) -> list[str]:
    return [leak.where for leak in leaks if leak.what == what]


# --- PDF: text, metadata, matching ----------------------------------------------


def test_pdf_name_in_body_text_is_found() -> None:
    leaks = scan_pdf(pdf("<p>Mary Jones was seen by her GP.</p>"), ["Ann", "Mary Jones"])
    assert wheres(leaks, "removed string 2 of 2") == ["PDF page 1 text"]
    assert_silent(leaks, "Mary Jones")


def test_pdf_name_on_a_later_page_names_that_page() -> None:
    body = "<p>Clean.</p><p style='break-before: page'>Then Mary Jones moved.</p>"
    assert wheres(scan_pdf(pdf(body), ["Mary Jones"]), "removed string 1 of 1") == [
        "PDF page 2 text"
    ]


def test_pdf_name_only_in_title_is_found_in_metadata() -> None:
    data = pdf("<p>A clean body.</p>", head="<title>Review of Mary Jones</title>")
    leaks = scan_pdf(data, ["mary jones"])
    assert "PDF metadata /Title" in wheres(leaks, "removed string 1 of 1")
    assert_silent(leaks, "Mary Jones")


def test_pdf_name_only_in_author_meta_is_found_in_metadata() -> None:
    data = pdf("<p>A clean body.</p>", head="<meta name='author' content='Peter Grant'>")
    leaks = scan_pdf(data, ["Peter Grant"])
    assert "PDF metadata /Author" in wheres(leaks, "removed string 1 of 1")
    assert_silent(leaks, "Peter Grant")


def test_pdf_name_in_xmp_metadata_is_found() -> None:
    # A tagged PDF/UA file repeats the title in its XMP packet.
    data = pdf("<p>Clean.</p>", head="<title>Mary Jones</title>", variant="pdf/ua-1")
    leaks = scan_pdf(data, ["Mary Jones"])
    assert "PDF XMP metadata" in wheres(leaks, "removed string 1 of 1")


def test_pdf_name_with_other_case_and_spacing_is_found() -> None:
    body = "<p>Seen by MARY&nbsp;&nbsp; \n  jones on Monday.</p>"
    leaks = scan_pdf(pdf(body), ["  mary \u00a0Jones "])
    assert wheres(leaks, "removed string 1 of 1") == ["PDF page 1 text"]
    assert_silent(leaks, "Mary Jones")


def test_pdf_name_with_curly_apostrophe_and_soft_hyphen_is_found() -> None:
    body = "<p>Then Se\u00adan O\u2019Brien left.</p>"
    assert scan_pdf(pdf(body), ["Sean O'Brien"]) != []


def test_pdf_removed_string_matches_whole_words_only() -> None:
    data = pdf("<p>The Annual report and Joanna's notes.</p>", head="<title>Annual</title>")
    assert scan_pdf(data, ["Ann", "Joan"]) == []


def test_pdf_name_in_a_table_cell_beside_another_is_found() -> None:
    # Extractors join neighbouring cells ("Mary JonesAnnual"), which would hide
    # the name from a word-boundary match.
    cell = "<td style='padding:0'>"
    body = f"<table><tr>{cell}Mary Jones</td>{cell}Annual review</td></tr></table>"
    assert wheres(scan_pdf(pdf(body), ["Mary Jones"]), "removed string 1 of 1") == [
        "PDF page 1 text"
    ]


def test_pdf_clean_document_has_no_leaks() -> None:
    body = "<h1>Overview</h1><table><tr><td>Agency</td><td>Contact</td></tr></table><p>Adult A.</p>"
    data = pdf(body, head="<title>Review of Adult A</title>", variant="pdf/ua-1")
    assert scan_pdf(data, ["Mary Jones", "Peter Grant", "Ann"]) == []


def test_pdf_blank_removed_strings_are_ignored() -> None:
    assert scan_pdf(pdf("<p>Anything at all.</p>"), ["", "   ", "\u00a0\u200b"]) == []


# --- PDF: parts of the file no page shows ---------------------------------------


def test_pdf_name_in_an_attached_file_is_found_after_decompression() -> None:
    document = fitz.open()
    document.new_page().insert_text((72, 100), "Clean text.")
    document.embfile_add("notes.txt", b"Interview with Mary Jones, 3 May.")
    data = document.tobytes(deflate=True)
    assert b"Mary Jones" not in data  # compressed: a byte search would miss it
    leaks = scan_pdf(data, ["Mary Jones"])
    assert any("(stream)" in where for where in wheres(leaks, "removed string 1 of 1"))


def test_pdf_name_in_an_attached_word_file_is_found() -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf("<p>Clean.</p>"))))
    writer.add_attachment("statement.docx", docx(lambda d: d.add_paragraph("Mary Jones")))
    buffer = io.BytesIO()
    writer.write(buffer)
    leaks = scan_pdf(buffer.getvalue(), ["Mary Jones"])
    found = wheres(leaks, "removed string 1 of 1")
    assert any(w.endswith("(stream) > part word/document.xml") for w in found), found


def test_pdf_name_in_a_utf16_bookmark_is_found() -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf("<p>Clean.</p>"))))
    writer.add_outline_item(title="Zo\u00eb \u015cmith", page_number=0)  # not PDFDocEncoding
    buffer = io.BytesIO()
    writer.write(buffer)
    assert b"mith" not in buffer.getvalue()  # stored as UTF-16BE
    leaks = scan_pdf(buffer.getvalue(), ["ZOË ŜMITH"])
    assert any(w.startswith("PDF object") for w in wheres(leaks, "removed string 1 of 1"))
    assert_silent(leaks, "Zoë Ŝmith")


def incremental_retitle(data: bytes, title: str) -> bytes:
    """Save a new title the way an editor's quick save does: appended, old objects kept."""
    writer = PdfWriter(io.BytesIO(data), incremental=True)
    writer.add_metadata({"/Title": title})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_pdf_name_in_an_earlier_revision_is_found() -> None:
    document = fitz.open()
    document.new_page().insert_text((72, 100), "Clean text.")
    document.set_metadata({"title": "Notes on Mary Jones"})
    data = incremental_retitle(document.tobytes(), "Notes")
    assert PdfReader(io.BytesIO(data)).metadata.title == "Notes"  # type: ignore[union-attr]
    leaks = scan_pdf(data, ["Mary Jones"])
    assert any("earlier revision" in w for w in wheres(leaks, "removed string 1 of 1"))


def test_pdf_name_in_an_earlier_revision_inside_an_object_stream_is_found() -> None:
    # WeasyPrint packs the information dictionary into an object stream.
    data = incremental_retitle(pdf("<p>Clean.</p>", head="<title>Mary Jones</title>"), "Notes")
    leaks = scan_pdf(data, ["Mary Jones"])
    assert any("earlier revision" in w for w in wheres(leaks, "removed string 1 of 1"))


def test_pdf_name_after_the_end_of_file_marker_is_found() -> None:
    data = pdf("<p>Clean.</p>") + b"\n% draft by Mary Jones\n"
    leaks = scan_pdf(data, ["Mary Jones"])
    assert wheres(leaks, "removed string 1 of 1") == ["PDF bytes outside any object"]


# --- PDF: unreadable files and bad redactions ----------------------------------


@pytest.mark.parametrize(
    "data",
    [b"", b"not a pdf at all", noise(4096, seed=1), b"%PDF-1.7\n" + noise(2048, seed=2)],
    ids=["empty", "text", "random", "header-then-junk"],
)
def test_pdf_that_cannot_be_parsed_is_a_leak(data: bytes) -> None:
    assert scan_pdf(data, ["Mary Jones"]) == [Leak("PDF file", UNREADABLE)]


def test_pdf_cut_short_is_a_leak() -> None:
    data = pdf("<p>Clean.</p>")
    assert Leak("PDF file", UNREADABLE) in scan_pdf(data[: len(data) // 2], [])


def boxed_pdf(hidden: str) -> bytes:
    """Text with a black rectangle drawn over it: hidden on screen, still in the file."""
    document = fitz.open()
    page = document.new_page()
    page.insert_text((72, 140), "Visible line above.", fontsize=12)
    page.insert_text((72, 200), hidden, fontsize=12)
    page.draw_rect(fitz.Rect(68, 186, 300, 205), color=(0, 0, 0), fill=(0, 0, 0))
    return document.tobytes()


def test_pdf_text_under_a_drawn_box_is_reported_by_xray() -> None:
    leaks = scan_pdf(boxed_pdf("Lives at 4 Elm Road"), [])
    assert [leak.what for leak in leaks] == [BAD_REDACTION]
    assert leaks[0].where.startswith("PDF page 1, box at ")
    assert_silent(leaks, "Elm Road", "Lives at")


def test_pdf_removed_name_under_a_drawn_box_is_found_twice_and_never_shown() -> None:
    leaks = scan_pdf(boxed_pdf("Mary Jones"), ["Mary Jones"])
    assert {leak.what for leak in leaks} == {BAD_REDACTION, "removed string 1 of 1"}
    assert_silent(leaks, "Mary Jones")


def test_pdf_text_beside_a_drawn_box_is_not_a_bad_redaction() -> None:
    document = fitz.open()
    page = document.new_page()
    page.draw_rect(fitz.Rect(68, 186, 300, 205), color=(0, 0, 0), fill=(0, 0, 0))
    page.insert_text((72, 240), "Text below the box.", fontsize=12)
    assert scan_pdf(document.tobytes(), []) == []


def test_pdf_styled_weasyprint_output_is_not_a_bad_redaction() -> None:
    # Dark boxes with light text on top, highlights and shaded cells are drawn
    # under the text: not redactions, and x-ray must not call them so.
    body = (
        "<h1 style='background:#0b0c0c;color:#fff;padding:6px'>Title bar</h1>"
        "<p><mark>Highlighted</mark> and <code style='background:#eee'>code</code></p>"
        "<table><tr><td style='background:#1d70b8;color:#fff'>Shaded cell</td></tr></table>"
    )
    assert scan_pdf(pdf(body, variant="pdf/ua-1"), []) == []


# --- docx -------------------------------------------------------------------------


def test_docx_name_in_body_is_found() -> None:
    data = docx(lambda d: d.add_paragraph("Mary Jones called the police."))
    leaks = scan_docx(data, ["Ann", "Mary Jones"])
    assert wheres(leaks, "removed string 2 of 2") == ["docx part word/document.xml"]
    assert_silent(leaks, "Mary Jones")


def test_docx_name_in_table_cell_is_found() -> None:
    def build(document: object) -> None:
        table = document.add_table(rows=1, cols=2)  # type: ignore[attr-defined]
        table.cell(0, 0).text = "Mary Jones"
        table.cell(0, 1).text = "Annual review"

    assert wheres(scan_docx(docx(build), ["Mary Jones"]), "removed string 1 of 1") == [
        "docx part word/document.xml"
    ]


def test_docx_name_split_across_runs_is_found() -> None:
    def build(document: object) -> None:
        paragraph = document.add_paragraph("Seen by ")  # type: ignore[attr-defined]
        paragraph.add_run("Jo").bold = True
        paragraph.add_run("hn Smi")
        paragraph.add_run("th").italic = True

    data = docx(build)
    assert b"John Smith" not in zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
    leaks = scan_docx(data, ["John Smith"])
    assert wheres(leaks, "removed string 1 of 1") == ["docx part word/document.xml"]
    assert_silent(leaks, "John Smith")


def test_docx_name_with_invisible_characters_is_found() -> None:
    data = docx(lambda d: d.add_paragraph("Seen by Mary\u200b Jo\u00adnes today."))
    assert scan_docx(data, ["Mary Jones"]) != []


def test_docx_runs_in_different_paragraphs_are_not_joined_into_a_name() -> None:
    def build(document: object) -> None:
        document.add_paragraph("Jo")  # type: ignore[attr-defined]
        document.add_paragraph("hn Smith")  # type: ignore[attr-defined]

    assert scan_docx(docx(build), ["John Smith"]) == []


def test_docx_name_in_header_is_found() -> None:
    def build(document: object) -> None:
        header = document.sections[0].header  # type: ignore[attr-defined]
        header.paragraphs[0].text = "Draft prepared for Mary Jones"

    leaks = scan_docx(docx(build), ["Mary Jones"])
    found = wheres(leaks, "removed string 1 of 1")
    assert len(found) == 1 and found[0].startswith("docx part word/header")


@pytest.mark.parametrize("field", ["author", "title", "comments", "last_modified_by"])
def test_docx_name_in_core_properties_is_found(field: str) -> None:
    data = docx(lambda d: setattr(d.core_properties, field, "Mary Jones"))
    leaks = scan_docx(data, ["MARY JONES"])
    assert wheres(leaks, "removed string 1 of 1") == ["docx part docProps/core.xml"]
    assert_silent(leaks, "Mary Jones")


def test_docx_name_in_a_comment_and_its_author_is_found() -> None:
    def build(document: object) -> None:
        run = document.add_paragraph("Needs checking.").runs[0]  # type: ignore[attr-defined]
        document.add_comment(run, text="Ask Mary Jones", author="Peter Grant")  # type: ignore[attr-defined]

    leaks = scan_docx(docx(build), ["Mary Jones", "Peter Grant"])
    assert wheres(leaks, "removed string 1 of 2") == ["docx part word/comments.xml"]
    assert "docx part word/comments.xml" in wheres(leaks, "removed string 2 of 2")


def test_docx_name_in_a_tracked_deletion_is_found() -> None:
    deletion = (
        f'<w:del xmlns:w="{W_NS}" w:id="1" w:author="Editor" w:date="2026-01-01T00:00:00Z">'
        "<w:r><w:delText>Mary Jones</w:delText></w:r></w:del>"
    )

    def build(document: object) -> None:
        paragraph = document.add_paragraph("Seen by ")  # type: ignore[attr-defined]
        paragraph._p.append(parse_xml(deletion))
        paragraph.add_run("Adult B")

    assert scan_docx(docx(build), ["Mary Jones"]) != []


def test_docx_clean_document_has_no_leaks() -> None:
    def build(document: object) -> None:
        document.sections[0].header.paragraphs[0].text = "Annual review"  # type: ignore[attr-defined]
        document.add_table(rows=1, cols=1).cell(0, 0).text = "Adult A"  # type: ignore[attr-defined]

    assert scan_docx(docx(build), ["Mary Jones", "Ann"]) == []


def test_docx_name_in_an_embedded_document_is_found() -> None:
    inner = docx(lambda d: d.add_paragraph("Statement of Mary Jones"))
    parts = dict(read_parts(docx()))
    parts["word/embeddings/statement.docx"] = inner
    leaks = scan_docx(zip_of(parts), ["Mary Jones"])
    assert wheres(leaks, "removed string 1 of 1") == [
        "docx part word/embeddings/statement.docx > part word/document.xml"
    ]


def read_parts(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(name, archive.read(name)) for name in archive.namelist()]


def test_docx_part_named_after_a_removed_name_is_found_and_its_name_not_shown() -> None:
    parts = dict(read_parts(docx()))
    parts["word/media/Mary Jones.png"] = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    leaks = scan_docx(zip_of(parts), ["Mary Jones"])
    assert wheres(leaks, "removed string 1 of 1") != []
    assert_silent(leaks, "Mary Jones")


def test_docx_long_name_in_image_metadata_is_found() -> None:
    parts = dict(read_parts(docx()))
    parts["word/media/image1.png"] = (
        b"\x89PNG\r\n\x1a\n"
        + noise(512, seed=3)
        + b"tEXtAuthor\x00Mary Jones\x00"
        + noise(512, seed=4)
    )
    leaks = scan_docx(zip_of(parts), ["Mary Jones"])
    assert wheres(leaks, "removed string 1 of 1") == ["docx part word/media/image1.png"]


def test_docx_short_name_is_not_looked_for_in_binary_parts() -> None:
    # Three letters turn up by chance in random bytes; a binary part would
    # otherwise block publication for no reason.
    parts = dict(read_parts(docx()))
    parts["word/media/image1.png"] = (
        b"\x89PNG\r\n\x1a\n" + noise(512, seed=5) + b"\x00\x01(Ann)\x00"
    )
    assert scan_docx(zip_of(parts), ["Ann"]) == []


def test_docx_xml_part_with_a_dtd_is_a_leak() -> None:
    parts = dict(read_parts(docx()))
    parts["customXml/item1.xml"] = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e "x">]><r>&e;</r>'
    leaks = scan_docx(zip_of(parts), [])
    assert [leak.where for leak in leaks] == ["docx part customXml/item1.xml"]


@pytest.mark.parametrize(
    "data",
    [b"", b"PK\x03\x04 not really a zip", noise(2048, seed=6)],
    ids=["empty", "zip-signature-then-junk", "random"],
)
def test_docx_corrupt_zip_is_a_leak(data: bytes) -> None:
    assert scan_docx(data, ["Mary Jones"]) == [Leak("docx file", UNREADABLE)]


def test_docx_part_with_damaged_compressed_data_is_a_leak() -> None:
    text = b"<a>Mary Jones " + noise(2000, seed=7).hex().encode() + b"</a>"
    data = bytearray(zip_of({"word/document.xml": text}))
    start = data.index(b"word/document.xml") + len(b"word/document.xml")
    data[start + 20 : start + 60] = noise(40, seed=8)
    leaks = scan_docx(bytes(data), ["Mary Jones"])
    assert Leak("docx part word/document.xml", UNREADABLE) in leaks


def test_docx_part_over_the_size_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(leak_scan, "MAX_PART_BYTES", 10_000)
    data = zip_of({"word/document.xml": b"<a>" + b"x" * 20_000 + b"</a>"})
    leaks = scan_docx(data, ["Mary Jones"])
    assert [leak.where for leak in leaks] == ["docx part word/document.xml"]
    assert "too large" in leaks[0].what


def test_docx_archive_with_too_many_parts_is_refused() -> None:
    data = zip_of({f"p/{n}.txt": b"" for n in range(leak_scan.MAX_PARTS + 1)})
    leaks = scan_docx(data, [])
    assert len(leaks) == 1 and "too many" in leaks[0].what


# --- scan_file --------------------------------------------------------------------


def test_scan_file_runs_the_scanner_for_its_kind() -> None:
    assert scan_file("pdf", b"junk", []) == [Leak("PDF file", UNREADABLE)]
    assert scan_file("docx", b"junk", []) == [Leak("docx file", UNREADABLE)]


@pytest.mark.parametrize("kind", ["odt", "PDF", "", "doc"])
def test_scan_file_refuses_kinds_it_cannot_check(kind: str) -> None:
    with pytest.raises(ValueError, match="cannot check"):
        scan_file(kind, b"", [])


def test_a_single_string_is_refused_as_the_removed_list() -> None:
    with pytest.raises(TypeError):
        scan_pdf(b"", "Mary Jones")
