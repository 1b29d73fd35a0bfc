"""Keep the library index in step with publication.

Any save or delete of a publication, a recommendation, an action or a theme
tag rebuilds that review's entries once the transaction commits; unpublished
reviews then have none. Withdrawal is a save with `is_published=False`.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from dhr.actions.models import Action, Recommendation
from dhr.library.models import ThemeTag
from dhr.publication.models import Publication
from dhr.redaction_review.models import FilesStatus, RedactionRound


def refresh_review(review_id: int | None) -> None:
    if review_id is None:
        return
    publication_id = (
        Publication.objects.filter(review_id=review_id).values_list("pk", flat=True).first()
    )
    if publication_id is None:
        return

    def run() -> None:
        from dhr.library.services import index_publication

        index_publication(publication_id)

    transaction.on_commit(run)


@receiver([post_save, post_delete], sender=Publication)
def publication_changed(sender: Any, instance: Publication, **kwargs: Any) -> None:
    from dhr.library.services import index_publication

    pk = instance.pk
    transaction.on_commit(lambda: index_publication(pk))


@receiver([post_save, post_delete], sender=Recommendation)
def recommendation_changed(sender: Any, instance: Recommendation, **kwargs: Any) -> None:
    refresh_review(instance.review_id)


@receiver([post_save, post_delete], sender=Action)
def action_changed(sender: Any, instance: Action, **kwargs: Any) -> None:
    review_id = (
        Recommendation.objects.filter(pk=instance.recommendation_id)
        .values_list("review_id", flat=True)
        .first()
    )
    refresh_review(review_id)


@receiver([post_save, post_delete], sender=ThemeTag)
def tag_changed(sender: Any, instance: ThemeTag, **kwargs: Any) -> None:
    refresh_review(instance.review_id)


@receiver(post_save, sender=RedactionRound)
def release_changed(sender: Any, instance: RedactionRound, **kwargs: Any) -> None:
    """A report released for publication: its text joins the review's entry."""
    if instance.files_status == FilesStatus.CLEAN:
        refresh_review(instance.review_id)
