from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from dhr.jobs.recovery import recover_stale


class Command(BaseCommand):
    help = (
        "Background jobs. `dhr jobs recover` puts jobs whose worker died back in the queue "
        "(run it from cron every minute; every worker also runs it when it starts)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["recover"])

    def handle(self, *args: Any, **options: Any) -> None:
        done = recover_stale()
        self.stdout.write(
            f"{len(done.requeued)} job(s) put back in the queue, {len(done.failed)} failed."
        )
