"""How every download is named: one safe slug of the whole reference, the
document and the version, for example dhr-2024-03-imr-northshire-police-v1.docx.

Plain strings in, so the core depends on no app.
"""

from __future__ import annotations

import re

from django.utils.text import slugify


def slug(text: str) -> str:
    """Words and numbers joined by hyphens: '/' and other punctuation separate, not vanish."""
    return slugify(re.sub(r"[\W_]+", " ", text))


def download_name(
    reference: str, *parts: str, version: int | None = None, extension: str = ""
) -> str:
    words = [slug(p) for p in (reference, *parts) if p]
    if version is not None:
        words.append(f"v{version}")
    stem = "-".join(w for w in words if w)[:150].strip("-") or "download"
    if extension and not extension.startswith("."):
        extension = "." + extension
    return stem + extension
