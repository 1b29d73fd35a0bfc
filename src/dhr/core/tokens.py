"""Secrets in links: calendar feeds, invitations, distribution links.

A link's token is the credential, so the database keeps only its SHA-256:
someone who reads the database (or a backup) cannot use a link.
"""

from __future__ import annotations

import hashlib
import secrets

TOKEN_BYTES = 32


def new_token() -> str:
    """43 URL-safe characters: 256 bits from the operating system's random source."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
