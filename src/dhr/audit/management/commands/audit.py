from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from dhr.audit.services import verify_chain


class Command(BaseCommand):
    help = "Check the audit trail: `dhr audit verify` recomputes every hash and link."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["verify"], help="verify: check the hash chain")

    def handle(self, *args: Any, **options: Any) -> None:
        result = verify_chain()
        for problem in result.problems:
            self.stderr.write(problem)
        if not result.ok:
            raise CommandError(
                f"Audit trail FAILED verification: {len(result.problems)} problem(s) "
                f"in {result.checked} records."
            )
        self.stdout.write(f"Audit trail verified: {result.checked} records, chain intact.")
