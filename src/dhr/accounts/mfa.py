"""The second factor every signed-in user must have (allauth.mfa).

`RequireSecondFactor` (accounts/middleware.py) sends a signed-in user without a
TOTP app or security key to set one up before any other page; once enrolled,
allauth asks for a code at every sign-in. The demo accounts share a fixed,
public TOTP secret so `make run` users can sign in (`dhr demo` prints it with
a current code); it is for the demo only and tests use it too.
"""

from __future__ import annotations

import time
from typing import Any

from allauth.mfa.adapter import get_adapter
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value

# Public on purpose: the demo's and the tests' authenticator app. Never used
# for a real account (`dhr demo` only ever enrols the demo accounts with it).
DEMO_TOTP_SECRET = "DHRDEMOTOTPSECRETDHRDEMOTOTPSECR"  # noqa: S105  # nosec B105
SECOND_FACTORS = [Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN]


def has_second_factor(user: Any) -> bool:
    return Authenticator.objects.filter(user=user, type__in=SECOND_FACTORS).exists()


def enrol_totp(user: Any, secret: str = DEMO_TOTP_SECRET) -> None:
    """Give `user` a TOTP authenticator with `secret`, and recovery codes (idempotent)."""
    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, secret)
    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.RECOVERY_CODES).exists():
        RecoveryCodes.activate(user)


def current_code(secret: str = DEMO_TOTP_SECRET, at: float | None = None) -> str:
    """The code an authenticator app with `secret` shows now."""
    from allauth.mfa import app_settings

    counter = int(time.time() if at is None else at) // app_settings.TOTP_PERIOD
    return format_hotp_value(hotp_value(secret, counter))


def lasting_code(secret: str = DEMO_TOTP_SECRET, margin: float = 5.0) -> str:
    """The current code, first waiting out the period if it ends within `margin`
    seconds: a code typed in by a script or test just before its period ends is
    refused by the time it arrives (allauth allows no drift by default)."""
    from allauth.mfa import app_settings

    left = app_settings.TOTP_PERIOD - time.time() % app_settings.TOTP_PERIOD
    if left < margin:
        time.sleep(left + 0.1)
    return current_code(secret)


def otpauth_uri(user: Any, secret: str = DEMO_TOTP_SECRET) -> str:
    """What an authenticator app scans (or is given) to add the account."""
    return get_adapter().build_totp_url(user, secret)
