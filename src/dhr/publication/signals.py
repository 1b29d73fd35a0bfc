"""A change to anything the public list shows starts a new list generation
(page_cache.py), so the cached list, searches and feed are not served stale."""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from dhr.actions.models import Recommendation
from dhr.library.models import ThemeTag
from dhr.publication import page_cache
from dhr.publication.models import Publication
from dhr.reviews.models import Review


@receiver([post_save, post_delete], sender=Publication)
@receiver([post_save, post_delete], sender=Review)
@receiver([post_save, post_delete], sender=Recommendation)
@receiver([post_save, post_delete], sender=ThemeTag)
def public_list_changed(sender: Any, **kwargs: Any) -> None:
    page_cache.new_generation()
