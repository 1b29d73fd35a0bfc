"""`dhr report export "DHR 2024/03" [--document …] [--format …] [--out FILE] [--panel]`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.text import slugify

from dhr.audit import services as audit
from dhr.reports import exports, outline, services
from dhr.reports.models import ReportVersion
from dhr.reports.structure import OVERVIEW, SUMMARY
from dhr.reviews.models import Review

DOCUMENTS = {"report": OVERVIEW, "summary": SUMMARY, "action-plan": "action-plan"}


def find_review(reference: str, csp: str | None) -> Review:
    wanted = " ".join(reference.split()).casefold()
    reviews = Review.objects.select_related("csp")
    if csp:
        reviews = reviews.filter(csp__slug=csp)
    found = [
        r
        for r in reviews
        if wanted in {r.reference.casefold(), r.full_reference.casefold(), str(r.pk)}
    ]
    if not found:
        raise CommandError(f"No review with the reference '{reference}'.")
    if len(found) > 1:
        slugs = ", ".join(sorted(r.csp.slug for r in found))
        raise CommandError(
            f"'{reference}' is a reference in more than one CSP ({slugs}): add --csp SLUG."
        )
    return found[0]


class Command(BaseCommand):
    help = (
        "Export a review's overview report, executive summary or action plan. The file is "
        "anonymised through the redaction engine unless --panel is given (audited)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["export"])
        parser.add_argument("reference", help="The review's reference, e.g. 'DHR 2024/03'")
        parser.add_argument("--document", choices=list(DOCUMENTS), default="report")
        parser.add_argument("--format", choices=["docx", "pdf"], default="pdf")
        parser.add_argument("--out", help="The file to write (default: a name from the reference)")
        parser.add_argument("--csp", help="The CSP's slug, when two CSPs share a reference")
        parser.add_argument(
            "--frozen",
            type=int,
            dest="report_version",
            help="A frozen version's number (default: the latest frozen, else the live draft)",
        )
        parser.add_argument(
            "--panel",
            action="store_true",
            help="The panel's copy with real names, not anonymised (recorded in the audit trail)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        review = find_review(options["reference"], options["csp"])
        document, fmt, panel = options["document"], options["format"], options["panel"]
        out = Path(
            options["out"]
            or f"{slugify(review.full_reference)}-{document}{'-panel' if panel else ''}.{fmt}"
        )
        if panel:
            audit.record(
                "command line",
                "report.export_panel",
                f"Exported the panel copy (real names) of the {document} from the command line",
                review=review,
                target=review,
                detail={"document": document, "format": fmt, "out": str(out)},
            )
        if document == "action-plan":
            content = self.action_plan(review, fmt, panel)
        else:
            content = self.report(
                review, DOCUMENTS[document], options["report_version"], fmt, panel
            )
        out.write_bytes(content)
        self.stdout.write(
            f"Wrote {out} ({len(content):,} bytes, {'panel copy' if panel else 'anonymised'})."
        )

    def report(self, review: Review, kind: str, number: int | None, fmt: str, panel: bool) -> bytes:
        report = services.report_for(review, kind)
        versions = ReportVersion.objects.filter(report=report).order_by("-number")
        version = versions.filter(number=number).first() if number else versions.first()
        if number and version is None:
            raise CommandError(f"The {report.get_kind_display()} has no version {number}.")
        self.stderr.write(
            f"Exporting {'version ' + str(version.number) if version else 'the live draft'} "
            f"of the {report.get_kind_display().lower()}…"
        )

        def progress(step: str, done: int, total: int) -> None:
            if sys.stderr.isatty():
                self.stderr.write(f"\r{step}: {done}/{total}", ending="")

        try:
            return services.produce(report, version, fmt, panel, progress)
        except exports.LeakError as error:
            raise CommandError(str(error)) from error

    def action_plan(self, review: Review, fmt: str, panel: bool) -> bytes:
        if fmt == "docx":
            try:
                from dhr.actions.exports import action_plan_docx
            except ImportError:
                pass
            else:
                return bytes(action_plan_docx(review, redacted=not panel))
        report = services.report_for(review, OVERVIEW)
        doc = outline.build_doc(report)
        doc.title = f"{review.csp.term} {review.victim_pseudonym}: action plan (Appendix B)"
        doc.sections = [s for s in doc.sections if s["key"] == "action_plan"]
        if not panel:
            doc = services.redact_for_export(review, doc)
        return exports.to_pdf(doc) if fmt == "pdf" else exports.to_docx(doc)
