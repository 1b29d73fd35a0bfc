from typing import Any

from django.apps import AppConfig


def unlock_after_password_reset(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    """A user locked out by failed sign-ins recovers by email: resetting the
    password through the emailed link clears the account's failed attempts
    (at every address), so the new password works at once."""
    from axes.utils import reset

    reset(username=user.email.strip().lower())


def first_factor_counts_as_confirmation(
    sender: Any, request: Any, user: Any, authenticator: Any, **kwargs: Any
) -> None:
    """Entering the new app's code (or touching the new key) to turn on a first
    second factor proves possession of it: count it as confirming who they are,
    so the recovery codes shown next do not ask for the password again
    (set-up itself asks for none: accounts/adapter.py)."""
    from allauth.account.internal.flows.login import record_authentication
    from allauth.mfa.models import Authenticator

    from dhr.accounts.mfa import SECOND_FACTORS

    if request is None or authenticator.type not in SECOND_FACTORS:
        return
    if Authenticator.objects.filter(user=user, type__in=SECOND_FACTORS).count() != 1:
        return
    record_authentication(
        request, user, "mfa", id=authenticator.pk, type=authenticator.type, reauthenticated=True
    )


class AccountsConfig(AppConfig):
    name = "dhr.accounts"

    def ready(self) -> None:
        from allauth.account.signals import password_reset

        password_reset.connect(unlock_after_password_reset, dispatch_uid="dhr-unlock-on-reset")

        from allauth.mfa.signals import authenticator_added

        authenticator_added.connect(
            first_factor_counts_as_confirmation, dispatch_uid="dhr-first-factor-confirms"
        )
