from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from django.http import HttpRequest


class AccountAdapter(DefaultAccountAdapter):
    """Accounts are created by an administrator, never by self sign-up."""

    def is_open_for_signup(self, request: HttpRequest) -> bool:
        return False


def axes_username(request: Any, credentials: dict[str, Any] | None) -> str | None:
    """The account a sign-in attempt was for, so axes locks that account only."""
    username = (credentials or {}).get("email") or (credentials or {}).get("username")
    if not username and request is not None:
        username = request.POST.get("login")
    return str(username).strip().lower() if username else None
