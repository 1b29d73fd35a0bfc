from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from dhr.audit.anchors import anchor_head
from dhr.audit.services import verify_chain


class Command(BaseCommand):
    help = (
        "The audit trail. `dhr audit verify` recomputes every seal and link and compares "
        "the chain with the signed anchors; `dhr audit anchor` (from cron) writes a signed "
        "checkpoint of the newest record outside the database."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "action",
            choices=["verify", "anchor"],
            help="verify: check the chain; anchor: write a signed checkpoint of its head",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "anchor":
            name = anchor_head()
            self.stdout.write(
                f"Anchor written: {name}" if name else "Nothing new to anchor since the last one."
            )
            return
        result = verify_chain()
        for problem in result.problems:
            self.stderr.write(problem)
        if not result.ok:
            raise CommandError(
                f"Audit trail FAILED verification: {len(result.problems)} problem(s) "
                f"in {result.checked} records."
            )
        self.stdout.write(
            f"Audit trail verified: {result.checked} records, chain intact; "
            f"{result.anchored} records covered by a signed anchor."
        )
