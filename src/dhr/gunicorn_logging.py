"""gunicorn's access and error logs without credentials (feed tokens, reset links).

A calendar feed's address is its only credential (`/calendar/<token>.ics`), so
a plain access log would hand out every user's feed to whoever reads the logs.
`make run` passes `--logger-class dhr.gunicorn_logging.RedactingLogger`; use it
in production too, or keep request paths out of the logs.
"""

from __future__ import annotations

from typing import Any

from gunicorn.glogging import Logger

from dhr.log_scrub import ScrubCredentials, scrub


def redact_atoms(atoms: dict[str, Any]) -> dict[str, Any]:
    """Every string atom (request line, path, referer, headers) with feed tokens hidden."""
    return {key: scrub(value) if isinstance(value, str) else value for key, value in atoms.items()}


class RedactingLogger(Logger):
    def setup(self, cfg: Any) -> None:
        """gunicorn's error log (worker tracebacks) gets the same filter as Django's."""
        super().setup(cfg)
        for handler in self.error_log.handlers + self.access_log.handlers:
            handler.addFilter(ScrubCredentials())

    def atoms(self, resp: Any, req: Any, environ: Any, request_time: Any) -> dict[str, Any]:
        return redact_atoms(super().atoms(resp, req, environ, request_time))
