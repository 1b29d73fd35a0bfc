"""The coordinator's dashboard and its CSV export."""

from __future__ import annotations

import csv
import datetime
import io
from typing import Any

import pytest
import time_machine
from django.urls import reverse

from conftest import make_user
from dhr.reviews.models import Decision, Review, ReviewMembership, ReviewRole, Stage
from dhr.schedule.models import Extension, Pause, PauseKind

D = datetime.date
TODAY = datetime.datetime(2025, 9, 1, 9, tzinfo=datetime.UTC)


def review(world: Any, ref: str, **fields: Any) -> Review:
    defaults: dict[str, Any] = {
        "victim_pseudonym": "Adult",
        "notified_on": D(2025, 1, 6),
        "decision": Decision.PROCEED,
        "decided_on": D(2025, 2, 1),
        "stage": Stage.EVIDENCE,
    }
    defaults.update(fields)
    return Review.objects.create(csp=world.csp, reference=ref, **defaults)


@pytest.fixture
def reviews(world: Any) -> dict[str, Review]:
    # The world's review (approved, report not completed) is finished: submitted stages.
    made = {
        "overdue": review(world, "DHR 2025/10"),  # due 1 August 2025
        "soon": review(world, "DHR 2025/11", decided_on=D(2025, 3, 20)),  # due 20 September
        "on_track": review(world, "DHR 2025/12", decided_on=D(2025, 6, 1)),
        "pending": review(
            world,
            "DHR 2025/13",
            notified_on=D(2025, 8, 25),  # decision due 25 September
            decision=Decision.PENDING,
            decided_on=None,
            stage=Stage.NOTIFICATION,
        ),
        "quick": review(
            world,
            "DHR 2024/01",
            decided_on=D(2024, 1, 31),
            report_completed_on=D(2024, 7, 31),
            stage=Stage.PUBLISHED,
        ),
        "slow": review(
            world,
            "DHR 2023/01",
            decided_on=D(2023, 1, 31),
            report_completed_on=D(2024, 1, 30),
            stage=Stage.PUBLISHED,
        ),
        # Another CSP's overdue review, which Cora must never see.
        "other_csp": Review.objects.create(
            csp=world.other_csp,
            reference="DHR 2025/90",
            victim_pseudonym="Southshire adult",
            notified_on=D(2025, 1, 6),
            decision=Decision.PROCEED,
            decided_on=D(2025, 1, 10),
            stage=Stage.EVIDENCE,
        ),
        "very_slow": review(
            world,
            "DHR 2022/01",
            decided_on=D(2022, 1, 31),
            report_completed_on=D(2023, 6, 1),
            stage=Stage.PUBLISHED,
        ),
    }
    chair = make_user("chair2@chairs.test", "Chris chairs other reviews")
    ReviewMembership.objects.create(
        review=made["soon"], user=chair, role=ReviewRole.INDEPENDENT_CHAIR
    )
    # A name a spreadsheet would run as a formula.
    formula = make_user("chair3@chairs.test", '=HYPERLINK("http://evil.example")')
    ReviewMembership.objects.create(
        review=made["very_slow"], user=formula, role=ReviewRole.INDEPENDENT_CHAIR
    )
    return made


def get(client: Any, world: Any, name: str = "schedule:dashboard", **params: Any) -> Any:
    client.force_login(world.users["coordinator"])
    with time_machine.travel(TODAY):
        return client.get(reverse(name), params)


def test_overdue_reviews_come_first_with_days_and_a_status_in_words(
    client: Any, world: Any, reviews: dict[str, Review]
) -> None:
    response = get(client, world)
    rows = response.context["dashboard"].rows
    assert [r.review.full_reference for r in rows[:4]] == [
        "DHR 2025/10",
        "DHR 2025/11",
        "DHR 2025/13",
        "DHR 2025/12",
    ]
    assert rows[0].clock.days_remaining == -31
    html = response.content.decode()
    assert "31 days overdue" in html
    assert 'govuk-tag govuk-tag--red">Overdue' in html
    assert 'govuk-tag govuk-tag--yellow">Due soon' in html
    # Other CSPs' reviews never appear, though Southshire has an overdue one.
    assert all(r.review.csp_id == world.csp.pk for r in rows)
    assert reviews["other_csp"].pk not in {r.review.pk for r in rows}
    assert "DHR 2025/90" not in html and "Southshire adult" not in html


def test_counts_of_reports_completed_within_6_and_12_months(
    client: Any, world: Any, reviews: dict[str, Review]
) -> None:
    data = get(client, world).context["dashboard"]
    assert (data.completed, data.within_6, data.within_12) == (3, 1, 2)


def test_filters_by_stage_and_by_independent_chair(
    client: Any, world: Any, reviews: dict[str, Review]
) -> None:
    by_stage = get(client, world, stage=Stage.PUBLISHED).context["dashboard"].rows
    assert {r.review.full_reference for r in by_stage} == {
        "DHR 2024/01",
        "DHR 2023/01",
        "DHR 2022/01",
    }
    chair = ReviewMembership.objects.get(review=reviews["soon"]).user
    by_chair = get(client, world, chair=chair.pk).context["dashboard"].rows
    assert [r.review.full_reference for r in by_chair] == ["DHR 2025/11"]
    ivy = get(client, world, chair=world.users["independent_chair"].pk).context["dashboard"].rows
    assert [r.review.full_reference for r in ivy] == ["DHR 2025/01"]
    # Nonsense filters are ignored rather than failing.
    assert len(get(client, world, stage="nonsense", chair="x").context["dashboard"].rows) == 8


def test_csv_export_has_the_same_rows_and_cannot_run_formulas(
    client: Any, world: Any, reviews: dict[str, Review]
) -> None:
    response = get(client, world, "schedule:dashboard_csv", stage=Stage.PUBLISHED)
    assert response["Content-Type"].startswith("text/csv")
    table = list(csv.reader(io.StringIO(response.content.decode())))
    assert table[0][:3] == ["Reference", "Stage", "Independent chair"]
    assert len(table) == 4
    assert {row[0] for row in table[1:]} == {"DHR 2024/01", "DHR 2023/01", "DHR 2022/01"}
    chairs = {row[0]: row[2] for row in table[1:]}
    assert chairs["DHR 2022/01"] == '\'=HYPERLINK("http://evil.example")'
    overdue = get(client, world, "schedule:dashboard_csv", stage=Stage.EVIDENCE)
    rows = list(csv.reader(io.StringIO(overdue.content.decode())))
    assert rows[1][0] == "DHR 2025/10"
    assert rows[1][8] == "-31"  # a number, not escaped
    assert rows[1][9] == "Overdue"


def test_csv_cells_starting_a_formula_are_quoted() -> None:
    from dhr.schedule.dashboard import safe_cell

    assert safe_cell("=1+1") == "'=1+1"
    assert safe_cell("@SUM(A1)") == "'@SUM(A1)"
    assert safe_cell(-3) == "-3"
    assert safe_cell("DHR 1") == "DHR 1"


def test_a_coordinator_of_two_csps_chooses_one(client: Any, world: Any) -> None:
    from dhr.accounts.models import CspMembership, CspRole

    CspMembership.objects.create(
        user=world.users["coordinator"], csp=world.other_csp, role=CspRole.COORDINATOR
    )
    review(world, "DHR 2025/50").__class__.objects.filter(reference="2025/50").update(
        csp=world.other_csp
    )
    rows = get(client, world, csp="southshire").context["dashboard"].rows
    assert [r.review.full_reference for r in rows] == ["DHR 2025/50"]
    assert get(client, world, csp="nowhere").status_code == 403


def make_many(world: Any, count: int) -> None:
    chairs = [make_user(f"chair{i}@chairs.test", f"Chair {i}") for i in range(5)]
    Review.objects.bulk_create(
        Review(
            csp=world.csp,
            reference=f"DHR {i:05d}",
            victim_pseudonym="Adult",
            notified_on=D(2024, 1, 1) + datetime.timedelta(days=i % 500),
            decision=Decision.PROCEED,
            decided_on=D(2024, 2, 1) + datetime.timedelta(days=i % 500),
            report_completed_on=(D(2025, 1, 1) if i % 4 == 0 else None),
            stage=Stage.EVIDENCE if i % 4 else Stage.PUBLISHED,
        )
        for i in range(count)
    )
    ids = list(Review.objects.filter(csp=world.csp).values_list("pk", flat=True))
    Pause.objects.bulk_create(
        Pause(
            review_id=pk,
            kind=PauseKind.CRIMINAL,
            started_on=D(2024, 3, 1),
            ended_on=D(2024, 4, 1) if n % 2 else None,
            reason="Trial",
        )
        for n, pk in enumerate(ids[::3])
    )
    Extension.objects.bulk_create(
        Extension(
            review_id=pk,
            new_due_on=D(2025, 12, 1),
            agreed_on=D(2024, 6, 1),
            agreed_by_name="CSP chair",
            agreed_by_role="Chair",
            reason="Complexity",
        )
        for pk in ids[::5]
    )
    ReviewMembership.objects.bulk_create(
        ReviewMembership(review_id=pk, user=chairs[n % 5], role=ReviewRole.INDEPENDENT_CHAIR)
        for n, pk in enumerate(ids)
        if pk != world.review.pk
    )


# Measured: 12 for the whole request (session, user, savepoint pair, session
# save and the menu's CSP included); the dashboard itself is 6: CSPs, reviews,
# pauses, extensions, chairs, and the CSP list for the picker; then two for the
# overdue actions and outstanding IMRs beside them.
QUERY_BUDGET = 15  # one more since MFA: the enrolment check on every signed-in page


@pytest.mark.slow
def test_the_dashboard_of_2000_reviews_renders_in_a_fixed_number_of_queries(
    client: Any, world: Any, django_assert_max_num_queries: Any
) -> None:
    make_many(world, 2000)
    client.force_login(world.users["coordinator"])
    with time_machine.travel(TODAY), django_assert_max_num_queries(QUERY_BUDGET) as queries:
        response = client.get(reverse("schedule:dashboard"))
    assert response.status_code == 200
    assert len(response.context["dashboard"].rows) == 2001
    with time_machine.travel(TODAY), django_assert_max_num_queries(QUERY_BUDGET):
        csv_response = client.get(reverse("schedule:dashboard_csv"))
    assert csv_response.content.decode().count("\n") == 2002
    # The same number of queries for 20 reviews as for 2,000.
    few_queries = len(queries.captured_queries)
    Review.objects.exclude(pk=world.review.pk).exclude(
        pk__in=Review.objects.filter(csp=world.csp).order_by("pk").values("pk")[:20]
    ).delete()
    with time_machine.travel(TODAY), django_assert_max_num_queries(few_queries) as small:
        client.get(reverse("schedule:dashboard"))
    assert len(small.captured_queries) == few_queries
