"""The `dhr` console command.

`dhr detect` and `dhr redact` run the redaction engine directly (no Django,
no database); every other subcommand is a Django management command, so
`dhr demo`, `dhr audit verify`, `dhr migrate` and `dhr db_worker` all work.
"""

from __future__ import annotations

import os
import sys

ENGINE_COMMANDS = {"detect", "redact"}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in ENGINE_COMMANDS:
        from dhr.redaction.cli import main as engine_main

        return engine_main(args)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dhr.settings")
    from django.core.management import execute_from_command_line

    if not args:
        args = ["help"]
    if args[0] == "db_worker":
        recover_dead_jobs()
    execute_from_command_line(["dhr", *args])
    return 0


def recover_dead_jobs() -> None:
    """A worker starting up first puts back jobs whose worker was killed (dhr.jobs)."""
    import django

    django.setup()
    from dhr.jobs.recovery import recover_stale

    recover_stale()


if __name__ == "__main__":
    sys.exit(main())
