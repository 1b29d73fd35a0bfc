"""A pause's end date is now the day the clock runs again (not paused itself).

A pause recorded as starting and ending on the same day meant one day: it now
ends the next day, so it still stops the clock for one day.
"""

import datetime
from typing import Any

from django.db import migrations, models


def one_day_pauses(apps: Any, schema_editor: Any) -> None:
    Pause = apps.get_model("schedule", "Pause")
    for pause in Pause.objects.filter(ended_on=models.F("started_on")):
        pause.ended_on = pause.started_on + datetime.timedelta(days=1)
        pause.save(update_fields=["ended_on"])


class Migration(migrations.Migration):
    dependencies = [("schedule", "0001_initial")]

    operations = [
        migrations.RemoveConstraint(model_name="pause", name="pause_ends_after_it_starts"),
        migrations.RunPython(one_day_pauses, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="pause",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("ended_on__isnull", True),
                    ("ended_on__gt", models.F("started_on")),
                    _connector="OR",
                ),
                name="pause_restarts_after_it_starts",
                violation_error_message="The clock must restart after the day the pause started",
            ),
        ),
    ]
