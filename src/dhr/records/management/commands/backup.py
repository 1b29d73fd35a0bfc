from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from dhr.records.backup import do_backup


class Command(BaseCommand):
    help = "Back up the database and every document into one zip, with a manifest of hashes."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("out", type=Path, help="the zip file to write, e.g. dhr-2026-12-03.zip")

    def handle(self, *args: Any, **options: Any) -> None:
        manifest = do_backup(options["out"])
        self.stdout.write(
            f"Backed up to {options['out']}: {len(manifest['documents'])} documents, "
            f"{manifest['audit']['count']} audit records "
            f"(head {manifest['audit']['last_hash'][:12]})."
        )
