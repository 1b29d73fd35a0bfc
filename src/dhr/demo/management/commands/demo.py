from typing import Any

from django.core.management.base import BaseCommand

from dhr.accounts.mfa import DEMO_TOTP_SECRET, current_code
from dhr.demo.loader import DEMO_PASSWORD, load_demo


class Command(BaseCommand):
    help = "Load the fictional demo partnership, reviews and one account per role (idempotent)."

    def handle(self, *args: Any, **options: Any) -> None:
        accounts = load_demo()
        self.stdout.write(f"Demo accounts (password for all: {DEMO_PASSWORD})")
        for account in accounts:
            self.stdout.write(f"  {account.role:<40} {account.email}")
        self.stdout.write(
            "Every account also needs a code from an authenticator app (demo only: the\n"
            f"secret is public). Add the secret {DEMO_TOTP_SECRET} to any TOTP app, e.g.\n"
            f"  otpauth://totp/dhr:demo?secret={DEMO_TOTP_SECRET}&issuer=dhr\n"
            "or print a current code with: dhr demo_code\n"
            f"Code right now: {current_code()}"
        )
