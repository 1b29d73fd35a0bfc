"""gunicorn's access log without the calendar feeds' secret tokens.

A calendar feed's address is its only credential (`/calendar/<token>.ics`), so
a plain access log would hand out every user's feed to whoever reads the logs.
`make run` passes `--logger-class dhr.gunicorn_logging.RedactingLogger`; use it
in production too, or keep request paths out of the logs.
"""

from __future__ import annotations

import re
from typing import Any

from gunicorn.glogging import Logger

CALENDAR_TOKEN = re.compile(r"/calendar/[^/\s?]+\.ics")
REDACTED = "/calendar/[token].ics"


def redact_atoms(atoms: dict[str, Any]) -> dict[str, Any]:
    """Every string atom (request line, path, referer, headers) with feed tokens hidden."""
    return {
        key: CALENDAR_TOKEN.sub(REDACTED, value) if isinstance(value, str) else value
        for key, value in atoms.items()
    }


class RedactingLogger(Logger):
    def atoms(self, resp: Any, req: Any, environ: Any, request_time: Any) -> dict[str, Any]:
        return redact_atoms(super().atoms(resp, req, environ, request_time))
