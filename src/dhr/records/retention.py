"""Retention schedules: how long each kind of record is kept, and disposal.

A council keeps personal data no longer than it needs it (UK GDPR, storage
limitation) and must be able to say what it deleted and when. Each rule names
a kind of record, how long it is kept after the event that ends its use, and
why. `dhr retention` lists what is due; `dhr retention --apply` deletes it,
one audit record per item. The audit trail itself is never deleted: it is how
the council shows what was held and what became of it.

Only records whose loss harms no review are deleted automatically: files that
can be made again, invitations that ended, and download links that ended (the
issue they served stays, as does every use in the audit trail). A concluded
review's confidential record is a decision for the CSP: the schedule lists
reviews past their period for that decision and deletes nothing of them.

The periods are defaults; `DHR_RETENTION_DAYS` (a JSON object of rule to days)
sets a council's own.
"""

from __future__ import annotations

import datetime
import functools
import operator
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from dhr.audit import services as audit
from dhr.distribution.models import SecureLink
from dhr.publication.models import PublicFile
from dhr.reports.models import ExportStatus, ReportExport
from dhr.reviews.models import Invitation, Review, Stage

ACTOR = "the retention schedule"


@dataclass(frozen=True)
class Rule:
    key: str
    label: str
    days: int
    why: str
    due: Callable[[datetime.datetime], QuerySet[Any]]
    deletes: bool = True
    # Where a record of this kind names its review, for the audit record.
    review_id: str = "review_id"


def exports_due(cutoff: datetime.datetime) -> QuerySet[Any]:
    """Finished exports, unless issued to a recipient (the issue's record of what
    was sent, and the recipient's link, need the file)."""
    return ReportExport.objects.filter(
        status__in=[ExportStatus.DONE, ExportStatus.FAILED], finished_at__lt=cutoff
    ).filter(issues__isnull=True)


def invitations_due(cutoff: datetime.datetime) -> QuerySet[Any]:
    return Invitation.objects.filter(
        Q(accepted_at__lt=cutoff) | Q(revoked_at__lt=cutoff) | Q(expires_at__lt=cutoff)
    )


def links_due(cutoff: datetime.datetime) -> QuerySet[Any]:
    return SecureLink.objects.filter(Q(revoked_at__lt=cutoff) | Q(expires_at__lt=cutoff))


def ended_files_due(cutoff: datetime.datetime) -> QuerySet[Any]:
    """The public downloads of a review past its end date (no longer served)."""
    return PublicFile.objects.filter(publication__public_until__lt=cutoff.date())


def reviews_due(cutoff: datetime.datetime) -> QuerySet[Any]:
    """Concluded reviews whose conclusion is older than the period."""
    return Review.objects.filter(
        stage=Stage.CONCLUDED,
        stage_changes__to_stage=Stage.CONCLUDED,
        stage_changes__at__lt=cutoff,
    ).distinct()


RULES = [
    Rule(
        "report_exports",
        "Report exports (Word and PDF files)",
        30,
        "A copy can be made again from the report; the panel's copies hold real names.",
        exports_due,
        review_id="report.review_id",
    ),
    Rule(
        "invitations",
        "Invitations that were accepted, withdrawn or expired",
        90,
        "They hold a name and an email address and are no longer needed to join.",
        invitations_due,
    ),
    Rule(
        "distribution_links",
        "Download links that were withdrawn or expired",
        365,
        "The issue record and every use of the link stay in the audit trail.",
        links_due,
        review_id="issue.review_id",
    ),
    Rule(
        "ended_public_files",
        "Public FAQ downloads of reviews past their public end date",
        0,
        "No longer served once the CSP's period of publication ends.",
        ended_files_due,
        review_id="publication.review_id",
    ),
    Rule(
        "reviews",
        "Concluded reviews, for the CSP's retention decision",
        15 * 365,
        "Listed, never deleted automatically: disposal of a review is the CSP's decision.",
        reviews_due,
        deletes=False,
    ),
]


def unknown_overrides() -> list[str]:
    """Rule names in DHR_RETENTION_DAYS that match no rule: a typo there would
    otherwise keep the default period without a word."""
    known = {rule.key for rule in RULES}
    return sorted(set(getattr(settings, "DHR_RETENTION_DAYS", {}) or {}) - known)


def period(rule: Rule) -> int:
    overrides = getattr(settings, "DHR_RETENTION_DAYS", {}) or {}
    return int(overrides.get(rule.key, rule.days))


def due(rule: Rule, now: datetime.datetime | None = None) -> QuerySet[Any]:
    cutoff = (now or timezone.now()) - datetime.timedelta(days=period(rule))
    return rule.due(cutoff)


def dispose(rule: Rule, item: models.Model) -> None:
    """Delete one record (and its file) and leave the audit record of it."""
    review_id = operator.attrgetter(rule.review_id)(item)
    with transaction.atomic():
        audit.record(
            ACTOR,
            "retention.delete",
            f"Deleted under the retention schedule: {rule.label.lower()} ({item.pk})",
            review=Review.objects.filter(pk=review_id).first() if review_id else None,
            object_ref=(item._meta.label_lower, str(item.pk)),
            detail={"rule": rule.key, "days": period(rule)},
        )
        stored = getattr(item, "file", None)
        if stored:
            transaction.on_commit(functools.partial(stored.storage.delete, stored.name))
        item.delete()


def do_apply(now: datetime.datetime | None = None) -> dict[str, int]:
    """Dispose of everything due under every rule that deletes; counts by rule."""
    done: dict[str, int] = {}
    for rule in RULES:
        if not rule.deletes:
            continue
        done[rule.key] = 0
        for item in list(due(rule, now)):
            dispose(rule, item)
            done[rule.key] += 1
    return done
