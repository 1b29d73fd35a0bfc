"""References were stored as typed ("DHR 2024/03"); store the bare "2024/03".

A row whose bare reference would collide with another review of its CSP is
left as it was (the coordinator can correct it on the review's page).
"""

from __future__ import annotations

import re
from typing import Any

from django.db import migrations, models

LEADING_TERM = re.compile(r"^\s*(?:DHR|DARDR)(?![A-Za-z])[\s:./-]*", re.IGNORECASE)


def bare(value: str) -> str:
    text = " ".join(str(value).split())
    return LEADING_TERM.sub("", text).strip() or text


def forwards(apps: Any, schema_editor: Any) -> None:
    Review = apps.get_model("reviews", "Review")
    for review in Review.objects.all().only("pk", "csp_id", "reference"):
        new = bare(review.reference)
        if new == review.reference:
            continue
        taken = Review.objects.filter(csp_id=review.csp_id, reference=new).exclude(pk=review.pk)
        if not taken.exists():
            Review.objects.filter(pk=review.pk).update(reference=new)


class Migration(migrations.Migration):
    dependencies = [("reviews", "0002_lifecycle")]

    operations = [
        migrations.AlterField(
            model_name="review",
            name="reference",
            field=models.CharField(
                help_text="The CSP's own reference, without DHR or DARDR in front.",
                max_length=40,
            ),
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
