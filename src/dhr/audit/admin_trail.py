"""Changes made in Django's admin go to the audit trail.

Every admin add, change and delete writes a LogEntry inside the same
transaction as the change; this copies each one into the audit chain, so a
user giving themselves a CSP role (an inline on the user page), changing
someone's address or deleting an account is in the same sealed trail as
everything else. Bulk delete is switched off so every deletion is one logged
object.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.contrib.admin.models import ADDITION, CHANGE, DELETION, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_save

from dhr.audit.services import record

VERBS = {
    ADDITION: ("admin.add", "added"),
    CHANGE: ("admin.change", "changed"),
    DELETION: ("admin.delete", "deleted"),
}


def copy_admin_entry(sender: Any, instance: LogEntry, created: bool, **kwargs: Any) -> None:
    if not created or kwargs.get("raw"):
        return
    action, verb = VERBS[instance.action_flag]
    type_id = instance.content_type_id
    model = ContentType.objects.get_for_id(type_id).model_class() if type_id else None
    label = model._meta.label_lower if model else ""
    kind = model._meta.verbose_name if model else "object"
    change = instance.get_change_message()
    record(
        instance.user,
        action,
        f"In the admin site, {verb} {kind} “{instance.object_repr}”"
        + (f": {change}" if change and instance.action_flag == CHANGE else ""),
        detail={"change": instance.change_message or "", "object": instance.object_repr},
        object_ref=(label, str(instance.object_id or "")),
    )


def connect() -> None:
    post_save.connect(copy_admin_entry, sender=LogEntry, dispatch_uid="dhr.audit.admin_trail")
    admin.site.disable_action("delete_selected")
