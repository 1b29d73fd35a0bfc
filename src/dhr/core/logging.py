"""Logging filters."""

from __future__ import annotations

import logging


class ForbiddenInOneLine(logging.Filter):
    """A 403 is a refusal working as intended, not a fault: Django logs it on
    django.request with the PermissionDenied's traceback; keep only its one line."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "status_code", None) == 403:
            record.exc_info = None
            record.exc_text = None
        return True
