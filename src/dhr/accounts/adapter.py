from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context
from django.http import HttpRequest

from dhr.accounts.mfa import has_second_factor


class AccountAdapter(DefaultAccountAdapter):
    """Accounts are created by an administrator, never by self sign-up."""

    def is_open_for_signup(self, request: HttpRequest) -> bool:
        return False

    def is_reauthentication_required(self, *, app: str, **kwargs: Any) -> bool:
        """No password again to set up a first second factor.

        Someone with no app or key yet can do nothing else (RequireSecondFactor)
        and has just typed their password; asking again sent every invited
        newcomer round a loop before set-up, and guards nothing a thief of the
        session does not already hold. Once a factor exists, every change to
        how one signs in is asked for again, as allauth does.
        """
        request = getattr(context, "request", None)
        user = getattr(request, "user", None)
        if (
            app == "allauth.mfa"
            and user is not None
            and user.is_authenticated
            and not has_second_factor(user)
        ):
            return False
        return super().is_reauthentication_required(app=app, **kwargs)


def axes_username(request: Any, credentials: dict[str, Any] | None) -> str | None:
    """The account a sign-in attempt was for, so axes locks that account only."""
    username = (credentials or {}).get("email") or (credentials or {}).get("username")
    if not username and request is not None:
        username = request.POST.get("login")
    return str(username).strip().lower() if username else None
