from typing import Any

from django.core.management.base import BaseCommand

from dhr.accounts.mfa import current_code


class Command(BaseCommand):
    help = "Print the demo accounts' current sign-in code (their TOTP secret is public)."

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(current_code())
