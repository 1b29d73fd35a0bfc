"""An Atom feed of newly published reviews, for anyone who follows them (the
press, researchers, other CSPs). Only what the public page shows: the
pseudonym, the CSP, the date and the public summary."""

from __future__ import annotations

import datetime

from django.contrib.syndication.views import Feed
from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from dhr.publication.models import Publication

LATEST = 50


class NewPublications(Feed):
    feed_type = Atom1Feed
    title = "Published Domestic Homicide and Domestic Abuse Related Death Reviews"
    subtitle = "Anonymised reviews as each is published."

    def link(self) -> str:
        return reverse("publication:index")

    def items(self) -> QuerySet[Publication]:
        today = timezone.localdate()
        return (
            Publication.objects.filter(is_published=True)
            .filter(Q(public_until__isnull=True) | Q(public_until__gte=today))
            .select_related("review__csp")
            .order_by("-published_on", "-pk")[:LATEST]
        )

    def item_title(self, item: Publication) -> str:
        review = item.review
        return f"{review.csp.term_long}: {review.victim_pseudonym} ({review.csp.name})"

    def item_description(self, item: Publication) -> str:
        return item.summary

    def item_link(self, item: Publication) -> str:
        return reverse("publication:detail", args=[item.slug])

    def item_pubdate(self, item: Publication) -> datetime.datetime | None:
        if item.published_on is None:
            return None
        return datetime.datetime.combine(item.published_on, datetime.time(), tzinfo=datetime.UTC)

    def item_author_name(self, item: Publication) -> str:
        return item.review.csp.name
