from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from dhr.records.backup import BackupError, do_restore


class Command(BaseCommand):
    help = (
        "Restore a `dhr backup` zip into an empty installation, then verify the audit "
        "chain and every document's hash."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("source", type=Path, help="the zip written by `dhr backup`")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            result = do_restore(options["source"])
        except BackupError as error:
            raise CommandError(str(error)) from None
        for problem in result.problems:
            self.stderr.write(problem)
        if result.problems:
            raise CommandError(f"Restored, but {len(result.problems)} check(s) FAILED.")
        self.stdout.write(
            f"Restored and verified: {result.records} audit records, chain intact; "
            f"{result.documents} documents, every hash matches."
        )
