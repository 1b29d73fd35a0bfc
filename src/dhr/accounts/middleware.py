"""Middleware that needs the accounts app: the second factor every signed-in
user must have before any other page (kept out of dhr.core, which imports no
other app)."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

from dhr.accounts.mfa import has_second_factor

# Pages a signed-in user without a second factor may still open: allauth's
# own (set-up, sign-out, password), static files, the public pages and the
# secure download links (/d/: a recipient needs no account).
SECOND_FACTOR_EXEMPT = (
    "/accounts/",
    "/static/",
    "/assets/",
    "/healthz/",
    "/favicon.ico",
    "/published/",
    "/d/",
)


class RequireSecondFactor:
    """Send a signed-in user with no TOTP app or security key to set one up
    before any other page. Every role that sees confidential material, and the
    administrator who grants roles, needs one (`DHR_REQUIRE_MFA`); allauth asks
    for the code at sign-in once enrolled."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if (
            settings.DHR_REQUIRE_MFA
            and user is not None
            and user.is_authenticated
            and not request.path.startswith(SECOND_FACTOR_EXEMPT)
        ) and not has_second_factor(user):
            return redirect("mfa_activate_totp")
        return self.get_response(request)
