"""A reporting restriction order recorded on the publication details becomes a
legal hold, which now carries the order's contact.

An unpublished review's order becomes an active hold: publication waits until a
coordinator checks the order and lifts the hold. A published review was
published while its order applied, so its hold is ended as lifted with the
order still applying (the FAQ keeps saying whom to contact). No user made these
records: `recorded_by` is empty and the note says where they came from.
"""

from __future__ import annotations

from typing import Any

from django.db import migrations
from django.utils import timezone

NOTE = (
    "Carried over from the publication details, recorded before legal holds were kept: "
    "add the order's court, date and scope."
)


def forwards(apps: Any, schema_editor: Any) -> None:
    Publication = apps.get_model("publication", "Publication")
    LegalHold = apps.get_model("publication", "LegalHold")
    now = timezone.now()
    for publication in Publication.objects.filter(restriction="applies"):
        hold = LegalHold(
            review_id=publication.review_id,
            kind="rro",
            contact=publication.restriction_contact,
            note=NOTE,
            recorded_at=now,
        )
        if publication.is_published:
            hold.ended = "lifted"
            hold.ended_at = now
            hold.end_reason = "Published while the order applied, before legal holds were kept."
            hold.order_still_applies = True
        hold.save()
        publication.restriction = "unknown"
        publication.save(update_fields=["restriction"])


def backwards(apps: Any, schema_editor: Any) -> None:
    Publication = apps.get_model("publication", "Publication")
    LegalHold = apps.get_model("publication", "LegalHold")
    for hold in LegalHold.objects.filter(kind="rro").order_by("recorded_at", "id"):
        Publication.objects.filter(review_id=hold.review_id).update(
            restriction="applies", restriction_contact=hold.contact
        )


class Migration(migrations.Migration):
    dependencies = [("publication", "0002_legal_holds")]

    operations = [migrations.RunPython(forwards, backwards)]
