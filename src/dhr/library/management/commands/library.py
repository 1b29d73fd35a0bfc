"""`dhr library import-dhrd DIR` and `dhr library reindex`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from dhr.library import dhrd
from dhr.library.importer import do_import_dhrd
from dhr.library.services import reindex_all


class Command(BaseCommand):
    help = "The learning library: import the DHRD, rebuild the search index."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        imp = sub.add_parser(
            "import-dhrd",
            help="Import the Domestic Homicide Review Dataset from a directory",
            description=(
                "Check incidents.csv, victims.csv and perpetrators.csv against the DHRD "
                "codebook and save them, keyed on their ids (a re-run changes nothing). "
                "Any bad row is reported (file, row, field, reason) and, by default, "
                "nothing is imported. Data: " + dhrd.CITATION
            ),
        )
        imp.add_argument("directory", help="the directory holding the three CSV files")
        imp.add_argument(
            "--skip-invalid",
            action="store_true",
            help="import the valid rows and report the rest, instead of importing nothing "
            "(rows joined to a skipped incident are skipped too; a bad header still stops)",
        )
        sub.add_parser(
            "reindex",
            help="Rebuild the search index from published reviews and the DHRD",
            description="Rebuild the library's search index from live publications and "
            "the imported DHRD records.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "reindex":
            count = reindex_all()
            self.stdout.write(f"Library index rebuilt: {count} entries.")
            return
        report = do_import_dhrd(Path(options["directory"]), options["skip_invalid"])
        for problem in report.problems:
            self.stderr.write(f"Skipped: {problem}")
        if not report.imported:
            raise CommandError(
                f"Nothing imported: {len(report.problems)} problem(s) in "
                f"{report.skipped_rows} row(s). Fix them, or use --skip-invalid to import "
                "the valid rows only."
            )
        parts = [
            f"{name}: {report.created[name]} new, {report.changed[name]} changed, "
            f"{report.unchanged[name]} unchanged"
            for name in report.created
        ]
        self.stdout.write("DHRD imported. " + "; ".join(parts) + ".")
        if report.problems:
            self.stdout.write(f"{report.skipped_rows} row(s) skipped (listed above).")
        self.stdout.write(f"Data: {dhrd.CITATION}")
