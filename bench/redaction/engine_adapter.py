"""The only place the benchmark touches dhr's redaction API (docs/redaction.md).

If the engine's API moves, fix it here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from bench.redaction.corpus import Case
from bench.redaction.evaluate import Span

REGISTER_ROLES = {"victim": "victim", "perpetrator": "perpetrator"}  # others: family


def available() -> bool:
    try:
        import dhr.redaction  # noqa: F401
    except ImportError:
        return False
    return True


def make_register(case: Case | list[dict[str, Any]]) -> Any:
    """The engine's Register for a case (or for ``Case.register_people()`` output)."""
    from dhr.redaction import Person, Register

    people = case.register_people() if isinstance(case, Case) else case
    return Register(
        people=[
            Person(
                name=str(p["name"]),
                aliases=[str(a) for a in p["aliases"]],
                role=REGISTER_ROLES.get(str(p["role"]), "family"),
                pseudonym=str(p["pseudonym"]),
            )
            for p in people
        ]
    )


def policy() -> Any:
    """The engine's default policy, or with $BENCH_NER_MODEL (a spaCy package or
    folder, such as one ner_finetune.py trained) as its NER model."""
    from dhr.redaction import Policy

    model = os.environ.get("BENCH_NER_MODEL")
    return Policy(ner_model=model) if model else Policy()


def detect(text: str, register: Any = None) -> list[Span]:
    from dhr.redaction import detect as engine_detect

    found = engine_detect(text, register=register, policy=policy())
    return [Span(f.start, f.end, f.label) for f in found]


@dataclass
class CaseRedaction:
    """redact_case's results for one case: per document, findings and their surface texts."""

    findings: list[list[Span]]
    texts: list[list[str]]
    mapping: dict[str, str]


def redact_case(case: Case, register: Any = None) -> CaseRedaction:
    from dhr.redaction import redact_case as engine_redact_case

    results = engine_redact_case([d.text for d in case.documents], register, policy())
    mapping: dict[str, str] = {}
    for r in results:
        mapping.update(r.mapping)
    return CaseRedaction(
        findings=[[Span(f.start, f.end, f.label) for f in r.findings] for r in results],
        texts=[[f.text for f in r.findings] for r in results],
        mapping=mapping,
    )


def redact(text: str, register: Any = None) -> str:
    from dhr.redaction import redact as engine_redact

    return str(engine_redact(text, register, policy()).output)


def warm_up() -> None:
    """Load the spaCy model outside the timed part (a text whose names the
    patterns explain no longer loads it, so load it by name too), and the
    look-alike letters' table, which only a text with a letter outside ASCII
    loads (the first such document was paying for it)."""
    from dhr.redaction.normalise import confusable_letters
    from dhr.redaction.spacy_model import load_model

    load_model()
    confusable_letters()
    detect("Warm-up: Anna Smith rang 07700 900123 from IP4 1AA.")
