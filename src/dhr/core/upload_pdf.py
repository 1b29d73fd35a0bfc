"""PDF checks by parsing, not by matching bytes.

qpdf (through pikepdf) reads the file as a PDF reader would: it decrypts,
expands object streams and normalises names (`/J#61vaScript` is
`/JavaScript`), so every object is walked in the form a viewer would act on.
The file must parse without repair (a file that needs repair can mean one
thing to us and another to a viewer), must not be encrypted, and must not
also be a web page.
"""

from __future__ import annotations

import io
import re
from typing import IO, TypeGuard

import pikepdf
from django.core.exceptions import ValidationError

PRINT_IT = "Print it to a new PDF (or export it again) and upload that."

# Action types refused wherever they appear, with what they do in plain words.
REFUSED_ACTIONS = {
    "/JavaScript": "runs JavaScript",
    "/Launch": "starts a program or opens a file",
    "/SubmitForm": "sends form data to a web address",
    "/ImportData": "imports data from another file",
    "/GoToR": "opens another PDF file",
    "/GoToE": "opens an embedded PDF file",
    "/RichMediaExecute": "plays embedded media",
    "/Rendition": "plays embedded media",
    "/Movie": "plays embedded media",
    "/Sound": "plays embedded media",
}
# Action types refused when they run by themselves (on opening, on a page or
# field event) rather than when a reader follows a link.
AUTOMATIC_ONLY = {"/URI": "opens a web address by itself"}
AUTOMATIC_KEYS = {"/OpenAction", "/AA"}
SCRIPT_KEYS = {"/JS", "/JavaScript"}
ATTACHMENT_KEYS = {"/EmbeddedFiles", "/EmbeddedFile"}
ATTACHMENT_TYPES = {"/EmbeddedFile", "/FileAttachment", "/Filespec"}
MEDIA_TYPES = {"/RichMedia", "/Screen", "/Movie", "/Sound", "/3D"}
HTML_MARKERS = re.compile(
    rb"<\s*(!doctype\s+html|html|head|body|script|iframe|svg|object|embed|meta|form)[\s>/]",
    re.IGNORECASE,
)
MAX_DEPTH = 64


class Refused(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def check_pdf(upload: IO[bytes]) -> None:
    """Refuse a PDF with active content, external actions, attachments, XFA or encryption."""
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    try:
        inspect_pdf(data)
    except Refused as refusal:
        raise ValidationError(refusal.message) from None


def inspect_pdf(data: bytes) -> None:
    if HTML_MARKERS.search(data):
        raise Refused(
            "The file starts as a PDF but also holds web page code (HTML), so it was refused. "
            + PRINT_IT
        )
    try:
        pdf = pikepdf.open(io.BytesIO(data), attempt_recovery=False)
    except pikepdf.PasswordError:
        raise Refused(
            "The PDF is protected with a password. Remove the password (or print it to a new "
            "PDF) and upload it again."
        ) from None
    except (pikepdf.PdfError, ValueError, RuntimeError):
        raise Refused("The PDF is damaged and could not be read. " + PRINT_IT) from None
    with pdf:
        if pdf.is_encrypted:
            raise Refused(
                "The PDF is encrypted (protected against copying, printing or changes). "
                "Remove the protection (or print it to a new PDF) and upload it again."
            )
        catalog = pdf.Root
        acroform = catalog.get("/AcroForm")
        if isinstance(acroform, pikepdf.Dictionary) and "/XFA" in acroform:
            raise Refused(
                "The PDF contains an XFA form, which we do not accept. Print it to a new PDF "
                "(which flattens the form) and upload that."
            )
        if "/NeedsRendering" in catalog:
            raise Refused("The PDF contains an XFA form, which we do not accept. " + PRINT_IT)
        for obj in pdf.objects:
            walk(obj, 0)
        walk(pdf.trailer, 0)


def walk(obj: pikepdf.Object, depth: int) -> None:
    """Check one object and what is directly inside it (indirect objects are walked alone)."""
    if depth > MAX_DEPTH:
        raise Refused("The PDF is damaged: its objects nest too deeply. " + PRINT_IT)
    if isinstance(obj, pikepdf.Stream):
        check_dictionary(obj.stream_dict, depth)
    elif isinstance(obj, pikepdf.Dictionary):
        check_dictionary(obj, depth)
    elif isinstance(obj, pikepdf.Array):
        for item in obj:
            if is_direct_container(item):
                walk(item, depth + 1)


def check_dictionary(obj: pikepdf.Dictionary, depth: int) -> None:
    keys = set(obj.keys())
    if keys & SCRIPT_KEYS:
        raise Refused("The PDF contains JavaScript, which we do not accept. " + PRINT_IT)
    if keys & ATTACHMENT_KEYS or name_of(obj.get("/Type")) in ATTACHMENT_TYPES - {"/Filespec"}:
        refuse_attachment()
    subtype = name_of(obj.get("/Subtype"))
    if subtype == "/FileAttachment":
        refuse_attachment()
    if subtype in MEDIA_TYPES:
        raise Refused(
            "The PDF contains embedded media or 3D content, which we do not accept. " + PRINT_IT
        )
    if name_of(obj.get("/Type")) == "/Filespec" and ("/EF" in keys or "/RF" in keys):
        refuse_attachment()
    action = name_of(obj.get("/S"))
    if action in REFUSED_ACTIONS:
        refuse_action(REFUSED_ACTIONS[action])
    for key in keys & AUTOMATIC_KEYS:
        check_automatic(obj.get(key), 0)
    for key in keys:
        value = obj.get(key)
        if is_direct_container(value):
            walk(value, depth + 1)


def check_automatic(action: pikepdf.Object | None, depth: int) -> None:
    """An /OpenAction or /AA entry: actions that run without the reader choosing them."""
    if action is None or depth > MAX_DEPTH:
        return
    if isinstance(action, pikepdf.Array):
        for item in action:
            check_automatic(item, depth + 1)
        return
    if not isinstance(action, pikepdf.Dictionary):
        return
    kind = name_of(action.get("/S"))
    if kind in AUTOMATIC_ONLY:
        refuse_action(AUTOMATIC_ONLY[kind])
    if kind is None:  # an /AA dictionary: one action per event
        for key in list(action.keys()):
            check_automatic(action.get(key), depth + 1)
    check_automatic(action.get("/Next"), depth + 1)


def is_direct_container(value: object) -> TypeGuard[pikepdf.Object]:
    return isinstance(value, pikepdf.Dictionary | pikepdf.Array | pikepdf.Stream) and not (
        value.is_indirect
    )


def name_of(value: pikepdf.Object | None) -> str | None:
    return str(value) if isinstance(value, pikepdf.Name) else None


def refuse_action(what: str) -> None:
    raise Refused(f"The PDF contains an action that {what}, which we do not accept. " + PRINT_IT)


def refuse_attachment() -> None:
    raise Refused(
        "The PDF contains embedded files (attachments), which we do not accept. Export it "
        "again without attachments, or print it to a new PDF, and upload that."
    )
