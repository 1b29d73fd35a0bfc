"""Hostile dates: every date field refuses them with a field error, never a 500,
and every page survives whatever date is stored.

Both tests are generated from the access matrix, so a new page with a date
field (or a new date column) is covered without a line here.
"""

from __future__ import annotations

import datetime
from typing import Any
from urllib.parse import urljoin

import lxml.html
import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from conftest import World
from dhr.core.forms import DATE_KINDS, GovukDateField
from dhr.evidence.models import ChronologyEntry, ChronologyImport
from dhr.people.models import Person
from dhr.schedule.models import Extension, Meeting, Pause
from dhr.schedule.services import do_create_calendar_token
from tests.matrix.evidence import health_import
from tests.test_access_matrix import MATRIX

# Who opens a page: the first of these the matrix allows.
PREFERENCE = [
    "coordinator",
    "independent_chair",
    "csp_chair",
    "panel_member",
    "imr_author",
    "home_office_qa",
    "administrator",
]

HOSTILE = {
    "overlong day": ("9" * 40, "1", "2020"),
    "overlong year": ("1", "1", "9" * 40),
    "negative": ("-1", "-1", "-2020"),
    "zeros": ("0", "0", "0000"),
    "31 February": ("31", "2", "2024"),
    "month 13": ("1", "13", "2020"),
    "year 9999": ("31", "12", "9999"),
    "year 0001": ("1", "1", "0001"),
    "five-digit year": ("1", "1", "20201"),
    "non-digits": ("a", "b", "cdef"),
    "arabic-indic digits": ("١", "١", "٢٠٢٠"),
    "superscript": ("²", "1", "2020"),
    "full-width digits": ("１", "１", "２０２０"),
    "spaces inside": ("1 2", "1", "2020"),
}


# The page crawl sends one value of each way a date used to break (an
# overflow, a year no page can draw, digits int() accepts); the field test
# below sends every value to every kind.
CRAWLED = ["overlong day", "year 9999", "arabic-indic digits"]


def role_for(row: Any) -> str | None:
    return next((r for r in PREFERENCE if r in row.allowed and r not in row.overrides), None)


def date_forms(html: str, page_url: str) -> list[tuple[str, str, dict[str, str], list[str]]]:
    """(method, action, other fields, date field prefixes) of each form with a date input."""
    found = []
    for form in lxml.html.fromstring(html).forms:
        prefixes = [
            name[: -len("_day")]
            for name in form.inputs.keys()  # noqa: SIM118 (lxml's InputGetter has no iterator)
            if name.endswith("_day")
        ]
        if not prefixes:
            continue
        fields = {
            el.name: el.value or ""
            for el in form.inputs
            if el.name and el.get("type") in {"hidden", "submit"}
        }
        action = urljoin(page_url, form.get("action") or page_url)
        found.append(((form.method or "GET").lower(), action, fields, prefixes))
    return found


def pages(world: World) -> list[tuple[str, str]]:
    out = []
    for name, row in sorted(MATRIX.items()):
        role = role_for(row)
        if row.method != "get" or role is None or row.public:
            continue
        try:
            with transaction.atomic():
                kwargs = row.kwargs(world) if row.kwargs else None
        except IntegrityError:  # two rows make the same object; the first one's page is enough
            continue
        out.append((reverse(name, kwargs=kwargs), role))
    return out


def test_every_date_field_refuses_hostile_dates(world: World) -> None:
    seen = 0
    for url, role in pages(world):
        client = Client(raise_request_exception=True)
        client.force_login(world.users[role])
        page = client.get(url)
        if page.status_code != 200 or "text/html" not in page["Content-Type"]:
            continue
        for method, action, fields, prefixes in date_forms(page.content.decode(), url):
            for kind in CRAWLED:
                day, month, year = HOSTILE[kind]
                data = dict(fields)
                for prefix in prefixes:
                    data |= {f"{prefix}_day": day, f"{prefix}_month": month}
                    data[f"{prefix}_year"] = year
                response = getattr(client, method)(action, data)
                where = f"{role} {method.upper()} {action} {kind}"
                assert response.status_code in {200, 400}, where  # the form again, with errors
                html = response.content.decode()
                for prefix in prefixes:
                    assert f'id="id_{prefix}-error"' in html, f"{where}: no error on {prefix}"
                seen += 1
    # Every form with dates in the project (a floor, so a broken crawl fails).
    assert seen >= 10 * len(CRAWLED)


@pytest.mark.parametrize("kind", sorted(DATE_KINDS))
@pytest.mark.parametrize("value", sorted(HOSTILE))
def test_the_date_field_refuses_every_hostile_value(kind: str, value: str) -> None:
    field = GovukDateField(kind=kind, label="Date of death")
    with pytest.raises(ValidationError) as refused:
        field.clean(list(HOSTILE[value]))
    assert refused.value.messages[0].startswith("Date of death must ")


def all_date_columns() -> list[tuple[type[models.Model], list[str]]]:
    out = []
    for model in apps.get_models():
        if not model.__module__.startswith("dhr.") or model._meta.app_label == "audit":
            continue  # the audit trail is append-only and has no date the user enters
        names = [
            f.name
            for f in model._meta.concrete_fields
            if type(f) is models.DateField
            or (isinstance(f, models.DateTimeField) and not (f.auto_now or f.auto_now_add))
        ]
        # A date that a check constraint ties to another column (withdrawn with a
        # reason) cannot be set alone; the pages are probed through the others.
        tied = str([c.condition for c in model._meta.constraints if hasattr(c, "condition")])
        names = [n for n in names if n not in tied]
        if names:
            out.append((model, names))
    return out


EXTREMES = {
    "far future": (
        datetime.date(9999, 12, 31),
        datetime.datetime(9999, 12, 30, tzinfo=datetime.UTC),
    ),
    "far past": (datetime.date(1, 1, 1), datetime.datetime(1, 1, 2, tzinfo=datetime.UTC)),
}


@pytest.mark.parametrize("extreme", sorted(EXTREMES))
def test_every_page_survives_any_stored_date(world: World, extreme: str) -> None:
    listed = pages(world)  # creates each row's objects (meetings, pauses, actions…)

    Meeting.objects.create(review=world.review, starts_at=timezone.now(), place="Room 1")
    source = ChronologyImport.objects.get(pk=health_import(world)["import_id"])
    for row in (1, 2):
        ChronologyEntry.objects.create(
            review=world.review,
            agency=world.health,
            source=source,
            row_number=row,
            occurred_on=datetime.date(2024, 1, row),
            what_happened="Seen at A&E",
        )
    Person.objects.create(review=world.review, name="Marie Doyle", role="victim")
    Pause.objects.create(
        review=world.review, kind="inquest", started_on=datetime.date(2025, 2, 1), reason="x"
    )
    Extension.objects.create(
        review=world.review,
        new_due_on=datetime.date(2026, 1, 1),
        agreed_on=datetime.date(2025, 3, 1),
        agreed_by_name="Chet",
        agreed_by_role="CSP chair",
        reason="Inquest",
    )
    token = do_create_calendar_token(world.users["coordinator"])
    day, moment = EXTREMES[extreme]
    for model, names in all_date_columns():
        model._default_manager.update(  # type: ignore[attr-defined]
            **{
                n: (moment if isinstance(model._meta.get_field(n), models.DateTimeField) else day)
                for n in names
            }
        )
    urls = [(u, r) for u, r in listed] + [
        (reverse("schedule:dashboard"), "coordinator"),
        (reverse("schedule:feed", args=[token]), "coordinator"),
        (reverse("publication:index"), "coordinator"),
    ]
    client = Client(raise_request_exception=True)
    for url, role in urls:
        client.force_login(world.users[role])
        response = client.get(url)
        assert response.status_code < 500, f"{role} GET {url}"


def test_date_kinds_are_sensible() -> None:
    today = datetime.date(2026, 6, 1)
    assert DATE_KINDS["death"].bounds(today)[1] == today
    assert DATE_KINDS["planned"].bounds(today)[1] == datetime.date(2031, 6, 1)
    assert DATE_KINDS["birth"].bounds(today)[0] == datetime.date(1900, 1, 1)
