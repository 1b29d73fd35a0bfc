"""The engine's entry points: detect, redact, redact_case."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Union

from .documents import Document, from_text, read_document, write_document
from .engine import CaseDetector, Progress, Pseudonymiser, Tagged, apply, leak_check
from .matching import collector_held_off
from .model import Finding, LeakReport, Policy
from .register import Register

DocumentLike = Union[str, "os.PathLike[str]", Document]


@dataclass
class Result:
    output: str
    document: Document
    mapping: dict[str, str]
    findings: list[Finding]
    leak_report: LeakReport
    replaced: list[tuple[int, int]] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return self.leak_report.clean

    def write(self, path: str | Path, fmt: str | None = None) -> Path:
        return write_document(self.document, path, fmt)

    def to_dict(self) -> dict[str, Any]:
        return {
            "clean": self.clean,
            "findings": [f.to_dict() for f in self.findings],
            "leak_report": self.leak_report.to_dict(),
        }


def as_document(document: DocumentLike) -> Document:
    if isinstance(document, Document):
        return document
    if isinstance(document, os.PathLike):
        return read_document(Path(document))
    if (
        isinstance(document, str)
        and "\n" not in document
        and len(document) < 1024
        and document.lower().endswith((".txt", ".docx", ".pdf"))
        and Path(document).exists()
    ):
        return read_document(document)
    return from_text(document)


def detect(
    text: str,
    register: Register | None = None,
    policy: Policy | None = None,
    progress: Progress | None = None,
) -> list[Finding]:
    """Every finding in `text` (offsets into it), sorted, non-overlapping."""
    detector = CaseDetector(register or Register(), policy or Policy(), progress)
    return [t.finding for t in detector.detect_case([text])[0]]


def _split_at_parts(doc: Document, tagged: list[Tagged]) -> list[list[Tagged]]:
    """Findings per part, offsets relative to the part (cut at part edges)."""
    bounds = doc.boundaries()
    per: list[list[Tagged]] = [[] for _ in bounds]
    import bisect

    starts = [b[0] for b in bounds]
    for t in tagged:
        f = t.finding
        i = max(0, bisect.bisect_right(starts, f.start) - 1)
        while i < len(bounds) and bounds[i][0] < f.end:
            b0, b1 = bounds[i]
            s, e = max(f.start, b0), min(f.end, b1)
            if e > s:
                piece = Finding(
                    s - b0,
                    e - b0,
                    f.label,
                    f.text[s - f.start : e - f.start],
                    f.source,
                    f.confidence,
                )
                per[i].append(Tagged(piece, t.key))
            i += 1
    return per


def redact_case(
    documents: Sequence[DocumentLike],
    register: Register | None = None,
    policy: Policy | None = None,
    progress: Progress | None = None,
) -> list[Result]:
    """Redact the documents of one case with one consistent mapping;
    a name found in any document is found in all of them."""
    with collector_held_off():  # the pseudonyms and the leak check's too
        return _redact_case(documents, register or Register(), policy or Policy(), progress)


def _redact_case(
    documents: Sequence[DocumentLike],
    register: Register,
    policy: Policy,
    progress: Progress | None,
) -> list[Result]:
    docs = [as_document(d) for d in documents]
    texts = [d.text for d in docs]
    detector = CaseDetector(register, policy, progress)
    tagged_all = detector.detect_case(texts)
    pseudo = Pseudonymiser(register, policy, texts, detector.coded)
    results = []
    for doc, _text, tagged in zip(docs, texts, tagged_all, strict=True):
        per_part = _split_at_parts(doc, tagged)
        new_texts = []
        replaced: list[tuple[int, int]] = []
        offset = 0
        for part, part_tagged in zip(doc.parts, per_part, strict=True):
            out, spans = apply(part.text, part_tagged, pseudo, policy)
            new_texts.append(out)
            replaced += [(s + offset, e + offset) for s, e in spans]
            offset += len(out) + 2
        new_doc = doc.with_texts(new_texts)
        output = new_doc.text
        report = leak_check(detector, output, replaced, policy)
        results.append(
            Result(
                output=output,
                document=new_doc,
                mapping=pseudo.mapping,
                findings=[t.finding for t in tagged],
                leak_report=report,
                replaced=replaced,
            )
        )
    if progress is not None:
        progress("redacted", len(docs), len(docs))
    return results


def redact(
    document: DocumentLike,
    register: Register | None = None,
    policy: Policy | None = None,
    progress: Progress | None = None,
) -> Result:
    """Redact one document (text, path or Document)."""
    return redact_case([document], register, policy, progress)[0]
