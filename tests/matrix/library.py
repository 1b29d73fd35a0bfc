"""Access rows for the learning library and its API.

Everything under /library/ and /api/library/ is public: it holds only published,
anonymised reviews and the public DHRD records. Tagging a review with themes is
for the coordinators of the review's CSP.
"""

from __future__ import annotations

from typing import Any

from conftest import World
from dhr.library.models import DhrdIncident, LibraryEntry, Theme, ThemeTag
from tests.matrix import COORDINATOR, EVERYONE, Row, review_kwargs


def record(w: World) -> dict[str, Any]:
    incident = DhrdIncident.objects.create(incident_id="INC-0001", csp="Lincoln", region="East")
    LibraryEntry.objects.create(key="dhrd:INC-0001", kind="dhrd", title="x", incident=incident)
    return {"incident_id": "INC-0001"}


def entry(w: World) -> dict[str, Any]:
    LibraryEntry.objects.create(key="dhrd:INC-0002", kind="dhrd", title="x")
    return {"key": "dhrd:INC-0002"}


def tag(w: World) -> dict[str, Any]:
    t = ThemeTag.objects.create(
        theme=Theme.objects.first(), review=w.review, source="hand", added_by=w.users["coordinator"]
    )
    return {"review_id": w.review.pk, "tag_id": t.pk}


ROWS: dict[str, Row] = {
    "library:search": Row(None, EVERYONE, public=True),
    "library:export_csv": Row(None, EVERYONE, public=True),
    "library:export_json": Row(None, EVERYONE, public=True),
    "library:record": Row(record, EVERYONE, public=True),
    "library:recommendations": Row(None, EVERYONE, public=True),
    "library:charts": Row(None, EVERYONE, public=True),
    "library_api:openapi": Row(None, EVERYONE, public=True),
    "library_api:entries": Row(None, EVERYONE, public=True),
    "library_api:entry": Row(entry, EVERYONE, public=True),
    "library_api:facets": Row(None, EVERYONE, public=True),
    "library_api:themes": Row(None, EVERYONE, public=True),
    "library_review:themes": Row(review_kwargs, COORDINATOR),
    "library_review:add": Row(review_kwargs, COORDINATOR, method="post", ok=302),
    "library_review:remove": Row(tag, COORDINATOR, method="post", ok=302),
}
