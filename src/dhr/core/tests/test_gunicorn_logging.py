"""The access log never carries a calendar feed's secret token."""

from __future__ import annotations

import datetime
from types import SimpleNamespace

from gunicorn.config import Config

from dhr.gunicorn_logging import RedactingLogger


def test_access_log_hides_calendar_feed_tokens() -> None:
    logger = RedactingLogger(Config())
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": "/calendar/s3cr3t-t0ken.ics",
        "PATH_INFO": "/calendar/s3cr3t-t0ken.ics",
        "QUERY_STRING": "",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_REFERER": "https://dhr.example/calendar/s3cr3t-t0ken.ics",
        "REMOTE_ADDR": "10.0.0.1",
    }
    response = SimpleNamespace(status="200 OK", sent=10, headers=[])
    request = SimpleNamespace(headers=[])
    atoms = logger.atoms(response, request, environ, datetime.timedelta(seconds=1))
    assert "s3cr3t" not in repr(atoms)
    assert atoms["r"] == "GET /calendar/[token].ics HTTP/1.1"
    assert atoms["U"] == "/calendar/[token].ics"
    # Other paths are logged as they are.
    environ["RAW_URI"] = environ["PATH_INFO"] = "/reviews/3/"
    assert logger.atoms(response, request, environ, datetime.timedelta(0))["U"] == "/reviews/3/"
