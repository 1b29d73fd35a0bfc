"""The combined chronology: one order for every agency's entries, and likely duplicates.

Two agencies often record the same event (a police call-out that the hospital
also saw). An entry is marked a likely duplicate of an earlier one when both
fall on the same date, come from different agencies, and describe the event in
similar words: the Jaccard similarity of their word sets, without common
words, is at least DUPLICATE_THRESHOLD. Marking never hides or deletes an
entry; it is a prompt for the chair to look.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from django.db import transaction
from django.db.models import F, QuerySet

from dhr.evidence.models import ChronologyEntry

DUPLICATE_THRESHOLD = 0.6
# On a day with very many entries, each is compared with the WINDOW entries
# before it (in time order), not all of them: the work stays linear.
WINDOW = 300
STOPWORDS = frozenset(
    re.split(
        r"\s+",
        "a an the and or but of to in on at by for with from into was were is are be been "
        "had has have her his him she he they them their it its this that as after before "
        "then there who which what when while not no",
    )
)
WORD = re.compile(r"[a-z0-9]+")


def tokens(text: str) -> frozenset[str]:
    return frozenset(w for w in WORD.findall(text.casefold()) if w not in STOPWORDS)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def merged_order(entries: QuerySet[ChronologyEntry]) -> QuerySet[ChronologyEntry]:
    """Date order across agencies; an entry without a time comes first on its day."""
    return entries.order_by(
        "occurred_on", F("occurred_at").asc(nulls_first=True), "agency__name", "row_number", "id"
    )


def find_duplicates(day: list[tuple[int, int, str]]) -> dict[int, int]:
    """For one date's entries (id, agency id, text) in order: entry id -> earlier entry id."""
    found: dict[int, int] = {}
    if len({agency for _, agency, _ in day}) < 2:
        return found
    words = [(entry_id, agency, tokens(text)) for entry_id, agency, text in day]
    for index, (entry_id, agency, mine) in enumerate(words):
        for earlier_id, earlier_agency, theirs in words[max(0, index - WINDOW) : index]:
            if earlier_agency != agency and similarity(mine, theirs) >= DUPLICATE_THRESHOLD:
                found[entry_id] = found.get(earlier_id, earlier_id)
                break
    return found


def mark_duplicates(review_id: int) -> int:
    """Recompute every likely duplicate of a review; return how many entries are marked."""
    rows = (
        merged_order(ChronologyEntry.objects.filter(review_id=review_id))
        .values_list("id", "agency_id", "occurred_on", "what_happened", "duplicate_of_id")
        .iterator(chunk_size=5000)
    )
    current: dict[int, int | None] = {}
    wanted: dict[int, int] = {}
    for _, day_rows in itertools.groupby(rows, key=lambda r: r[2]):
        day = list(day_rows)
        current.update({r[0]: r[4] for r in day})
        wanted.update(find_duplicates([(r[0], r[1], r[3]) for r in day]))
    changed: list[Any] = [
        ChronologyEntry(id=entry_id, duplicate_of_id=wanted.get(entry_id))
        for entry_id, old in current.items()
        if wanted.get(entry_id) != old
    ]
    with transaction.atomic():
        ChronologyEntry.objects.bulk_update(changed, ["duplicate_of"], batch_size=1000)
    return len(wanted)
