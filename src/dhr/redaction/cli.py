"""`dhr detect` and `dhr redact`: the engine from the command line.

`main(args)` receives the subcommand as args[0] (see dhr/cli.py).
Exit codes: 0 done (and clean), 1 the leak check failed, 2 bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from .api import redact
from .documents import FORMATS, DocumentError, read_document
from .engine import CaseDetector
from .model import Policy
from .register import Register, RegisterError, load_register

LONG_DOCUMENT_CHARS = 20_000


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dhr", description="Find and remove identifying details from a review's documents."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    detect = sub.add_parser(
        "detect",
        help="list what identifies someone in a document",
        description="List every finding (people, UK identifiers, addresses, institutions, "
        "places) with its character offsets, label and source.",
    )
    detect.add_argument("file", type=Path, help="a .txt, .docx or .pdf document")
    detect.add_argument("--register", type=Path, help="case register (.yaml or .csv)")
    detect.add_argument("--json", action="store_true", help="print a JSON list of findings")
    detect.add_argument("--no-ner", action="store_true", help="skip spaCy name recognition")
    detect.add_argument("--redact-courts", action="store_true", help=COURTS_HELP)
    redact_p = sub.add_parser(
        "redact",
        help="write a redacted copy of a document",
        description="Write a redacted copy (names pseudonymised, identifiers replaced by "
        "typed placeholders), re-scan it, and exit 1 if anything is still found.",
    )
    redact_p.add_argument("file", type=Path, help="a .txt, .docx or .pdf document")
    redact_p.add_argument("--register", type=Path, help="case register (.yaml or .csv)")
    redact_p.add_argument("--out", type=Path, help="output file (default FILE.redacted.EXT)")
    redact_p.add_argument("--format", choices=FORMATS, help="output format (default: the input's)")
    redact_p.add_argument(
        "--mapping", type=Path, help="write the original -> replacement mapping here (JSON)"
    )
    redact_p.add_argument("--no-ner", action="store_true", help="skip spaCy name recognition")
    redact_p.add_argument("--redact-courts", action="store_true", help=COURTS_HELP)
    redact_p.add_argument("--quiet", action="store_true", help="no progress or summary")
    return parser


COURTS_HELP = (
    "treat a court of law and its town ('Hull Crown Court') as the place of the trial, "
    "not as a public body named like the police"
)


class _Progress:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.last = 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if done < total and now - self.last < 0.5:
            return
        self.last = now
        pct = 100 * done // max(total, 1)
        end = "\n" if done >= total else ""
        print(f"\r{stage}: {pct}%", end=end, file=sys.stderr, flush=True)


def main(args: list[str]) -> int:
    ns = _parser().parse_args(args)
    try:
        register = load_register(ns.register) if ns.register else Register()
        document = read_document(ns.file)
    except (RegisterError, DocumentError) as exc:
        print(f"dhr {ns.command}: {exc}", file=sys.stderr)
        return 2
    policy = Policy(use_ner=not ns.no_ner, redact_courts=ns.redact_courts)
    long_doc = len(document.text) > LONG_DOCUMENT_CHARS
    if ns.command == "detect":
        progress = _Progress(long_doc)
        detector = CaseDetector(register, policy, progress)
        findings = [t.finding for t in detector.detect_case([document.text])[0]]
        if ns.json:
            keys = ("start", "end", "label", "text", "source", "confidence")
            print(json.dumps([{k: f.to_dict()[k] for k in keys} for f in findings], indent=1))
        else:
            for f in findings:
                print(f"{f.start}-{f.end}\t{f.label}\t{f.source}\t{f.confidence:.2f}\t{f.text!r}")
            print(f"{len(findings)} findings", file=sys.stderr)
        return 0
    out = ns.out or ns.file.with_name(f"{ns.file.stem}.redacted.{ns.format or document.format}")
    if out.resolve() == ns.file.resolve():
        print("dhr redact: --out must not overwrite the input", file=sys.stderr)
        return 2
    result = redact(document, register, policy, _Progress(long_doc and not ns.quiet))
    try:
        result.write(out, ns.format)
    except DocumentError as exc:
        print(f"dhr redact: {exc}", file=sys.stderr)
        return 2
    if ns.mapping:
        ns.mapping.write_text(
            json.dumps(result.mapping, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    if not ns.quiet:
        print(f"wrote {out} ({len(result.findings)} findings redacted)", file=sys.stderr)
    if not result.clean:
        print("LEAK CHECK FAILED: still found in the output:", file=sys.stderr)
        for f in result.leak_report.locations:
            print(f"  {f.start}-{f.end} {f.label} ({f.source}): {f.text!r}", file=sys.stderr)
        return 1
    return 0
