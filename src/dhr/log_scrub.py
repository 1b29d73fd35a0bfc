"""Keep credentials out of every log line.

A calendar feed's address is its only credential, as is a secure download
link's (/d/<token>/); a password-reset or invitation link is one for as long
as it lives, and a session id is one for half an hour. Django's own loggers
print request paths (405 warnings, 404 and 410 lines, 500 tracebacks,
runserver's request lines) and a traceback can print a POST dump,
so `ScrubCredentials` sits on the root logger and on every handler in
`settings.LOGGING` and rewrites each record's message, arguments and
traceback text before any handler formats it. gunicorn's access log uses the
same `scrub` (`gunicorn_logging.py`).

No Django imports: gunicorn loads this before Django is set up.
"""

from __future__ import annotations

import logging
import re

REDACTED = "[redacted]"

# (pattern, replacement) in order; each keeps the words around the secret so a
# log line still says which page was asked for.
PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # /calendar/<token>.ics: the feed's address is its credential.
    (re.compile(r"/calendar/[^/\s?#\"']+\.ics"), "/calendar/[token].ics"),
    # /d/<token>/: a secure download link's address is its credential.
    (re.compile(r"(/d/)[A-Za-z0-9_-]{16,}"), r"\1[token]"),
    # allauth's password reset: /accounts/password/reset/key/<uidb36>-<key>/
    (re.compile(r"(/password/reset/key/)[^/\s?#\"']+"), r"\1[token]"),
    # One-time links: /invitations/<token>/, /invite/<token>/, /accept/<token>/…
    (
        re.compile(r"(/(?:invitations?|invites?|accept|one-time|login-code)/)[^/\s?#\"']+"),
        r"\1[token]",
    ),
    # ?token=…, &key=…, password=… in query strings, form bodies and cookies.
    (
        re.compile(
            r"(?i)\b((?:[\w-]*token|key|code|secret|signature|sessionid|session|csrftoken"
            r"|password\d?|passwd|otp)=)[^&\s;\"',)]+"
        ),
        r"\1" + REDACTED,
    ),
    # 'password': ['…'] / "token": "…" in dict and QueryDict reprs (POST dumps).
    (
        re.compile(
            r"(?i)(['\"](?:[\w-]*password\d?|[\w-]*token|secret|code|key|sessionid|csrfmiddlewaretoken)"
            r"['\"]\s*:\s*\[?\s*)(['\"])(?:(?!\2).)*\2"
        ),
        r"\1\2" + REDACTED + r"\2",
    ),
    # Authorization / Cookie headers in a META dump.
    (
        re.compile(r"(?i)((?:HTTP_)?(?:AUTHORIZATION|COOKIE)['\"]?\s*[:=]\s*['\"]?)[^'\"\n]+"),
        r"\1" + REDACTED,
    ),
    # Any other token-shaped path segment: 20+ URL-safe characters mixing upper
    # case, lower case and digits (our slugs are lower case; ids are digits).
    (
        re.compile(r"(?<=/)(?=[\w-]*[A-Z])(?=[\w-]*[a-z])(?=[\w-]*\d)[\w-]{20,}(?=[/?.#\s\"']|$)"),
        "[token]",
    ),
]


def scrub(text: str) -> str:
    """`text` with every credential we know the shape of replaced."""
    for pattern, replacement in PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class ScrubCredentials(logging.Filter):
    """Rewrite a record so no handler can print a credential from it.

    The message is formatted once here (so a token passed as an argument is
    caught too) and the traceback is rendered and scrubbed into `exc_text`,
    which formatters print instead of rendering `exc_info` again.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_dhr_scrubbed", False):
            return True
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not hide the record
            message = f"{record.msg!r} {record.args!r}"
        record.msg = scrub(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        # Django's handlers can render the request again (AdminEmailHandler);
        # the scrubbed text above is all a log line may carry.
        if hasattr(record, "request"):
            record.request = None
        record._dhr_scrubbed = True
        return True
