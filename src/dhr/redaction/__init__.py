"""The redaction engine: anonymise a review's documents, and prove it.

Plain Python, no Django. See docs/redaction.md for the contract.
"""

from .api import Result, detect, redact, redact_case
from .documents import (
    Document,
    DocumentError,
    Part,
    ScannedPageError,
    read_document,
    write_document,
)
from .model import LABELS, SOURCES, Finding, LeakReport, Policy
from .register import Detail, Person, Register, RegisterError, load_register

__all__ = [
    "LABELS",
    "SOURCES",
    "Detail",
    "Document",
    "DocumentError",
    "Finding",
    "LeakReport",
    "Part",
    "Person",
    "Policy",
    "Register",
    "RegisterError",
    "Result",
    "ScannedPageError",
    "detect",
    "load_register",
    "read_document",
    "redact",
    "redact_case",
    "write_document",
]
