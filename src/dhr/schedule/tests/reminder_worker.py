"""A reminder worker in its own process, for the two-process idempotence test.

    python reminder_worker.py seed
    python reminder_worker.py run <epoch start time> <YYYY-MM-DD>

The database comes from DATABASE_URL; emails go to the console (stdout).
"""

from __future__ import annotations

import datetime
import os
import sys
import time
from typing import Any


def main(argv: list[str]) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dhr.settings")
    import django

    django.setup()
    if argv[0] == "seed":
        seed()
    else:
        run(float(argv[1]), datetime.date.fromisoformat(argv[2]))


def seed() -> None:
    from dhr.accounts.models import CspMembership, CspRole, User
    from dhr.organisations.models import Csp
    from dhr.reviews.models import Decision, Review, ReviewMembership, ReviewRole, Stage

    csp = Csp.objects.create(name="Northshire CSP", slug="northshire")
    cora = User.objects.create_user("cora@north.test", None, full_name="Cora")
    ivy = User.objects.create_user("ivy@chairs.test", None, full_name="Ivy")
    CspMembership.objects.create(user=cora, csp=csp, role=CspRole.COORDINATOR)
    review = Review.objects.create(
        csp=csp,
        reference="2025/01",
        victim_pseudonym="Louise",
        notified_on=datetime.date(2025, 1, 6),
        decision=Decision.PROCEED,
        decided_on=datetime.date(2025, 1, 30),
        stage=Stage.EVIDENCE,
    )
    ReviewMembership.objects.create(review=review, user=ivy, role=ReviewRole.INDEPENDENT_CHAIR)


def run(start_at: float, on: datetime.date) -> None:
    from dhr.schedule import reminders, sending

    real_send = sending.send_mail

    def slow_send(*args: Any, **kwargs: Any) -> Any:
        time.sleep(0.5)  # hold the transaction open so the other worker collides
        return real_send(*args, **kwargs)

    sending.send_mail = slow_send
    time.sleep(max(0.0, start_at - time.time()))
    sent = reminders.run_reminders(on)
    sys.stdout.write(f"SENT {sent}\n")


if __name__ == "__main__":
    main(sys.argv[1:])
