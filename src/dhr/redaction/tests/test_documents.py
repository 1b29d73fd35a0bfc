"""Round trips through real .docx and .pdf files: nothing removed survives anywhere."""

import contextlib
import io
import re
import zipfile
import zlib

import docx
import pytest
from lxml import etree
from pypdf import PdfReader

from dhr.redaction import Policy, ScannedPageError, read_document, redact

NO_NER = Policy(use_ner=False)
SECRETS = ["Marie", "Doyle", "Mimi", "Nowicki", "Tomasz", "07700", "Larch Close", "Brambleside"]
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag):
    return f"{{{W}}}{tag}"


def _add_run(paragraph_el, text, wrapper=None, deleted=False):
    run = etree.SubElement(paragraph_el if wrapper is None else wrapper, _w("r"))
    t = etree.SubElement(run, _w("delText" if deleted else "t"))
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return run


def make_docx(path):
    d = docx.Document()
    d.add_heading("Overview report: MARIE DOYLE", level=1)
    p = d.add_paragraph("Marie Doyle lived at 14 Larch Close with Tomasz Nowicki. ")
    d.add_paragraph("Mimi rang 07700 900123 from Brambleside Academy.")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Date"
    table.cell(0, 1).text = "Event"
    table.cell(1, 0).text = "4 May 2021"
    table.cell(1, 1).text = "Mr Nowicki arrested"
    section = d.sections[0]
    section.header.paragraphs[0].text = "Confidential: Doyle DHR"
    section.footer.paragraphs[0].text = "Prepared for the family of Marie"
    # tracked changes: an insertion (kept, redacted) and a deletion (dropped)
    ins = etree.SubElement(p._p, _w("ins"), {_w("id"): "1", _w("author"): "Tomasz Nowicki"})
    _add_run(p._p, "Mimi agreed.", wrapper=ins)
    dele = etree.SubElement(p._p, _w("del"), {_w("id"): "2", _w("author"): "Tomasz Nowicki"})
    _add_run(p._p, "Doyle deleted text", wrapper=dele, deleted=True)
    # a comment
    d.add_comment(p.runs[0], text="Check with Tomasz Nowicki's solicitor", author="Mimi Doyle")
    d.core_properties.author = "Marie Doyle"
    d.core_properties.title = "DHR for Marie Doyle"
    d.core_properties.comments = "Nowicki"
    d.save(path)
    _add_footnote_and_textbox(path)


def _add_footnote_and_textbox(path):
    """python-docx cannot write footnotes or text boxes, so add the parts by hand."""
    src = zipfile.ZipFile(path)
    files = {n: src.read(n) for n in src.namelist()}
    src.close()
    files["word/footnotes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:footnotes xmlns:w="{W}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:r><w:t>Source: Tomasz Nowicki interview.</w:t></w:r></w:p>'
        "</w:footnote></w:footnotes>"
    ).encode()
    rels = files["word/_rels/document.xml.rels"].decode()
    rels = rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/footnotes" Target="footnotes.xml"/></Relationships>',
    )
    files["word/_rels/document.xml.rels"] = rels.encode()
    ct = files["[Content_Types].xml"].decode()
    ct = ct.replace(
        "</Types>",
        '<Override PartName="/word/footnotes.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
    )
    files["[Content_Types].xml"] = ct.encode()
    body = files["word/document.xml"].decode()
    box = (
        '<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>'
        "<w:txbxContent><w:p><w:r><w:t>Text box: Mimi Doyle</w:t></w:r></w:p></w:txbxContent>"
        "</v:textbox></v:shape></w:pict></w:r>"
        '<w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
    )
    body = body.replace("<w:sectPr", box + "<w:sectPr", 1)
    files["word/document.xml"] = body.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in files.items():
            out.writestr(name, data)


def all_parts_text(path):
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name).decode("utf-8", "replace") for name in zf.namelist()}


def test_docx_reading_sees_every_part(tmp_path, register):
    path = tmp_path / "report.docx"
    make_docx(path)
    doc = read_document(path)
    kinds = {p.kind for p in doc.parts}
    assert {
        "paragraph",
        "cell",
        "header",
        "footer",
        "footnote",
        "comment",
        "textbox",
        "property",
    } <= kinds
    assert "Mimi agreed." in doc.text  # tracked insertion read as accepted
    assert "deleted text" not in doc.text  # tracked deletion is not part of the text
    assert "Text box: Mimi Doyle" in doc.text


def test_docx_round_trip_leaves_no_removed_text_in_any_part(tmp_path, register):
    path = tmp_path / "report.docx"
    make_docx(path)
    before = "\n".join(all_parts_text(path).values())
    assert all(s in before for s in SECRETS)  # the check below can fail
    result = redact(path, register, NO_NER)
    assert result.clean
    out = tmp_path / "report.redacted.docx"
    result.write(out)
    parts = all_parts_text(out)
    for name, text in parts.items():
        for secret in SECRETS:
            assert secret not in text, (secret, name)
    names = set(parts)
    assert "word/comments.xml" not in names
    assert not any(n.startswith("customXml") for n in names)
    assert not any("embeddings" in n for n in names)
    assert not re.search(r"<w:(ins|del)\b", parts["word/document.xml"])
    # the redacted content is there
    body = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Louise lived at [address 1] with Adult A." in body
    assert "Text box: Louise" in body
    assert "Source: Adult A interview." in body
    out_doc = docx.Document(str(out))
    assert out_doc.tables[0].cell(1, 1).text == "Adult A arrested"
    assert out_doc.sections[0].header.paragraphs[0].text == "Confidential: Louise DHR"
    assert out_doc.core_properties.author == ""


def _pdf_from_html(path, body, title="Report"):
    from weasyprint import HTML

    HTML(
        string=f"<html><head><title>{title}</title><meta name=author content='{title}'></head>"
        f"<body>{body}</body></html>"
    ).write_pdf(path)


def pdf_objects_text(path):
    """Every object of a PDF, streams decompressed, as one string."""
    reader = PdfReader(str(path))
    chunks = [page.extract_text() or "" for page in reader.pages]
    chunks.append(str(reader.metadata))
    raw = path.read_bytes()
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", raw, re.S):
        data = m.group(1)
        with contextlib.suppress(zlib.error):
            data = zlib.decompress(data)
        chunks.append(data.decode("latin-1"))
    for num in range(1, len(reader.xref_objStm) + 200):
        obj = None
        with contextlib.suppress(Exception):
            obj = reader.get_object(num)
        if obj is None:
            continue
        chunks.append(str(obj))
        if hasattr(obj, "get_data"):
            with contextlib.suppress(Exception):
                chunks.append(obj.get_data().decode("latin-1"))
    chunks.append(raw.decode("latin-1"))
    return "\n".join(chunks)


def test_pdf_round_trip_is_typeset_afresh_with_no_removed_string_in_any_object(tmp_path, register):
    src = tmp_path / "report.pdf"
    _pdf_from_html(
        src,
        "<h1>Marie Doyle</h1><p>Marie Doyle lived at 14 Larch Close with Tomasz Nowicki.</p>"
        "<p>Mimi rang 07700 900123 from Brambleside Academy.</p>",
        title="Marie Doyle Nowicki",
    )
    before = pdf_objects_text(src)
    assert "Nowicki" in before and "Marie Doyle" in before  # the search can find them
    result = redact(src, register, NO_NER)
    assert result.clean
    out = tmp_path / "report.redacted.pdf"
    result.write(out)
    after = pdf_objects_text(out)
    for secret in SECRETS:
        assert secret not in after, secret
    text = "".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "Louise lived at [address 1] with Adult A." in " ".join(text.split())


def test_a_scanned_pdf_page_without_text_is_refused(tmp_path):
    from PIL import Image

    png = io.BytesIO()
    Image.new("RGB", (40, 40), "white").save(png, "PNG")
    import base64

    data = base64.b64encode(png.getvalue()).decode()
    path = tmp_path / "scan.pdf"
    _pdf_from_html(path, f"<img src='data:image/png;base64,{data}' width=300>")
    with pytest.raises(ScannedPageError, match="page 1 is a scanned image with no text layer"):
        read_document(path)


def test_txt_output_round_trip(tmp_path, register):
    path = tmp_path / "note.txt"
    path.write_text("Marie Doyle rang 07700 900123.\n", encoding="utf-8")
    result = redact(path, register, NO_NER)
    out = result.write(tmp_path / "note.redacted.txt")
    assert out.read_text(encoding="utf-8") == "Louise rang [phone number].\n"


def test_docx_can_be_written_as_pdf_and_text(tmp_path, register):
    path = tmp_path / "report.docx"
    make_docx(path)
    result = redact(path, register, NO_NER)
    pdf = result.write(tmp_path / "out.pdf")
    txt = result.write(tmp_path / "out.txt")
    for secret in SECRETS:
        assert secret not in txt.read_text(encoding="utf-8")
        assert secret not in pdf_objects_text(pdf)
    assert "Check with" not in txt.read_text(encoding="utf-8")  # comments are not published
