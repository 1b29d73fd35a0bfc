"""`dhr send_reminders`: run daily from cron.

By default it enqueues the `send_reminders` task for a `dhr db_worker`;
`--now` sends in this process instead. Either way each reminder goes once.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from dhr.schedule.reminders import run_reminders, send_reminders


class Command(BaseCommand):
    help = "Email reminders of review deadlines that are near or have passed (once each)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--now", action="store_true", help="Send in this process instead of enqueueing."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["now"]:
            sent = run_reminders()
            self.stdout.write(f"Sent {sent} reminder email{'s' if sent != 1 else ''}.")
        else:
            result = send_reminders.enqueue()
            self.stdout.write(f"Enqueued the reminder task ({result.id}) for a db_worker.")
