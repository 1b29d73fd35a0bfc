from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from dhr.records import retention


class Command(BaseCommand):
    help = (
        "List what the retention schedule says is due for disposal; with --apply, "
        "delete it (one audit record per item). Run daily from cron with --apply."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--apply", action="store_true", help="delete what is due (default: only list it)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        unknown = retention.unknown_overrides()
        if unknown:
            rules = ", ".join(rule.key for rule in retention.RULES)
            raise CommandError(
                f"DHR_RETENTION_DAYS names no such rule: {', '.join(unknown)}. Rules: {rules}"
            )
        for rule in retention.RULES:
            count = retention.due(rule).count()
            kept = "" if rule.deletes else " (listed for a decision, never deleted here)"
            self.stdout.write(
                f"{rule.label}: kept {retention.period(rule)} days; {count} due{kept}"
            )
            if not rule.deletes:
                for review in retention.due(rule):
                    self.stdout.write(f"  {review.full_reference} ({review.csp.name})")
        if options["apply"]:
            done = retention.do_apply()
            self.stdout.write("Deleted: " + ", ".join(f"{key} {n}" for key, n in done.items()))
        else:
            self.stdout.write("Nothing deleted: run with --apply to delete what is due.")
