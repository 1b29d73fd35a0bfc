"""Recording a notification, the CSP chair's decision and stage moves, through the pages."""

from __future__ import annotations

import datetime
import html
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from conftest import World, approve_for_publication
from dhr.audit.models import AuditRecord
from dhr.reviews.models import Decision, Notification, OtherProceeding, Review, Stage, StageChange


def date_fields(name: str, day: datetime.date | None) -> dict[str, str]:
    if day is None:
        return {f"{name}_day": "", f"{name}_month": "", f"{name}_year": ""}
    return {
        f"{name}_day": str(day.day),
        f"{name}_month": str(day.month),
        f"{name}_year": str(day.year),
    }


def notification_data(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "csp": "",
        "reference": "DHR 2026/20",
        "victim_pseudonym": "Adult F",
        **date_fields("notified_on", datetime.date(2026, 10, 5)),
        **date_fields("date_of_death", datetime.date(2026, 9, 28)),
        "notifier_type": "police",
        "notifier_name": "DI Example, Major Crime Team",
        "notifier_organisation": "Northshire Police",
        "method": "email",
        "victim_age": "52",
        "relationship": "former_partner",
        "same_household": "no",
        "death_from_abuse": "yes",
        "suicide_with_abuse_history": "no",
        "circumstances": "Adult F was found at home; her former partner was arrested.",
        "proceeding_criminal": "on",
        "proceeding_criminal_note": "Charged with murder; trial listed for spring.",
        "proceeding_inquest": "on",
        "proceeding_inquest_note": "",
    }
    data.update(changes)
    return data


def test_coordinator_opens_a_review_from_a_notification(world: World, client: Any) -> None:
    client.force_login(world.users["coordinator"])
    response = client.post(reverse("reviews:notify"), notification_data(csp=world.csp.pk))
    review = Review.objects.get(reference="2026/20")
    assert response["Location"] == reverse("reviews:detail", args=[review.pk])
    assert review.notified_on == datetime.date(2026, 10, 5)
    assert review.date_of_death == datetime.date(2026, 9, 28)
    assert review.stage == Stage.NOTIFICATION
    notification = review.notification
    assert (notification.notifier_type, notification.victim_age) == ("police", 52)
    assert notification.recorded_by == world.users["coordinator"]
    assert {p.kind: p.note for p in notification.other_proceedings.all()} == {
        "criminal": "Charged with murder; trial listed for spring.",
        "inquest": "",
    }
    assert set(
        AuditRecord.objects.filter(review_id=review.pk).values_list("action", flat=True)
    ) == {"review.create", "review.notification"}
    page = client.get(reverse("reviews:detail", args=[review.pk])).content.decode()
    assert "DI Example, Major Crime Team, Northshire Police (Police)" in page
    assert "Charged with murder; trial listed for spring." in page
    assert "The criteria for a review appear to be met" in page


# A future date, fixed when the module is imported (the parametrised cases need it):
# a week ahead, so it is still in the future when the suite runs across midnight
# (with "tomorrow" six of these tests failed on a run that started at 23:58).
NEXT_WEEK = timezone.localdate() + datetime.timedelta(days=7)


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        (date_fields("notified_on", NEXT_WEEK), "notified_on_day", "must be today or in the past"),
        (
            date_fields("date_of_death", NEXT_WEEK),
            "date_of_death_day",
            "Date of death must be today or in the past",
        ),
        (
            date_fields("date_of_death", datetime.date(2026, 10, 6)),
            "date_of_death_day",
            "Date of death must be on or before the date the CSP was notified",
        ),
        ({"victim_age": "130"}, "victim_age", "Victim's age must be a whole number from 0 to 120"),
        ({"victim_age": "-1"}, "victim_age", "Victim's age must be a whole number from 0 to 120"),
        ({"victim_age": "thirty"}, "victim_age", "Victim's age must be a whole number, like 34"),
        ({"notifier_name": ""}, "notifier_name", "Enter who notified the CSP"),
        ({"relationship": ""}, "relationship_0", "Choose the relationship, or"),
        ({"relationship": "lover"}, "relationship_0", "Select a valid choice"),
        (
            {"proceeding_sar_note": "SAR panel meets in May"},
            "proceeding_sar",
            "Tick 'Safeguarding adults review under way' or remove its note",
        ),
        (
            date_fields("notified_on", None),
            "notified_on_day",
            "Enter the date the CSP was notified",
        ),
    ],
    ids=[
        "future notification",
        "future death",
        "death after notification",
        "age 130",
        "age -1",
        "age in words",
        "no notifier",
        "no relationship",
        "made-up relationship",
        "note without its box",
        "no notification date",
    ],
)
def test_bad_notification_gets_a_clear_error_and_saves_nothing(
    world: World, client: Any, changes: dict[str, Any], field: str, message: str
) -> None:
    client.force_login(world.users["coordinator"])
    response = client.post(
        reverse("reviews:notify"), notification_data(csp=world.csp.pk, **changes)
    )
    page = html.unescape(response.content.decode())
    assert response.status_code == 200
    assert message in page
    assert f'href="#id_{field}"' in page, "the error summary links to the field"
    assert not Review.objects.filter(reference="2026/20").exists()
    assert not Notification.objects.exists()
    assert not AuditRecord.objects.exists()


def test_correcting_a_notification_replaces_its_facts_and_proceedings(
    world: World, client: Any
) -> None:
    client.force_login(world.users["coordinator"])
    url = reverse("reviews:notification", args=[world.review.pk])
    assert client.post(url, notification_data()).status_code == 302
    form = client.get(url).context["form"]
    assert form.initial["victim_age"] == 52 and form.initial["proceeding_criminal"] is True
    data = notification_data(victim_age="53", proceeding_criminal="", proceeding_criminal_note="")
    assert client.post(url, data).status_code == 302
    notification = Notification.objects.get(review=world.review)
    assert notification.victim_age == 53
    assert list(OtherProceeding.objects.values_list("kind", flat=True)) == ["inquest"]
    actions = AuditRecord.objects.filter(action="review.notification")
    assert [a.summary for a in actions.order_by("id")] == [
        "Recorded the notification",
        "Corrected the notification",
    ]


def test_a_bad_correction_leaves_the_review_dates_alone(world: World, client: Any) -> None:
    client.force_login(world.users["coordinator"])
    url = reverse("reviews:notification", args=[world.review.pk])
    data = notification_data(**date_fields("notified_on", NEXT_WEEK))
    assert client.post(url, data).status_code == 200
    world.review.refresh_from_db()
    assert world.review.notified_on == datetime.date(2025, 1, 6)
    assert not Notification.objects.exists()


def review_awaiting_decision(world: World, client: Any, **facts: Any) -> Review:
    review = world.review
    review.stage, review.decision, review.decided_on = Stage.NOTIFICATION, Decision.PENDING, None
    review.save()
    client.force_login(world.users["coordinator"])
    url = reverse("reviews:notification", args=[review.pk])
    assert client.post(url, notification_data(**facts)).status_code == 302
    client.force_login(world.users["csp_chair"])
    return review


def decision_data(decision: str, rationale: str, **changes: Any) -> dict[str, Any]:
    return {
        "decision": decision,
        **date_fields("decided_on", datetime.date(2026, 10, 20)),
        "decision_rationale": rationale,
        "referred_to": "",
        **date_fields("home_office_informed_on", None),
        **changes,
    }


def test_chair_sees_the_reasoning_and_proceeding_sets_the_review_up(
    world: World, client: Any
) -> None:
    review = review_awaiting_decision(world, client, victim_age="15", relationship="relative")
    url = reverse("reviews:decision", args=[review.pk])
    page = client.get(url).content.decode()
    assert "The victim was 15: section 9 covers deaths of people aged 16 or over" in page
    assert "The criteria for a review are not met" in page
    assert "Criminal proceedings are under way" in page
    response = client.post(url, decision_data("proceed", "A joint review with the CSPR."))
    assert response.status_code == 302
    review.refresh_from_db()
    assert (review.decision, review.stage) == (Decision.PROCEED, Stage.SET_UP)
    record = AuditRecord.objects.get(action="review.decision")
    assert record.detail["assessment"] == "not_eligible", "the audit keeps what the check said"
    assert record.detail["rationale"] == "A joint review with the CSPR."
    moves = list(StageChange.objects.values_list("from_stage", "to_stage", "by__email"))
    assert moves == [
        ("notification", "decision", "chet@north.test"),
        ("decision", "set_up", "chet@north.test"),
    ]
    assert "Home Office not yet informed" in client.get(url).content.decode()


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (decision_data("proceed", ""), "decision_rationale", "Give the rationale for the decision"),
        (
            decision_data("not_proceed", ""),
            "decision_rationale",
            "Give the reason for not holding a review",
        ),
        (
            decision_data("not_proceed", "Not DHR."),
            "decision_rationale",
            "Explain the reason for not holding a review in a full sentence",
        ),
        (
            decision_data("refer", "The carer was paid and lived elsewhere: a SAR fits."),
            "referred_to",
            "Choose the type of review the death is referred to",
        ),
        (
            decision_data("proceed", "Met.", **date_fields("decided_on", NEXT_WEEK)),
            "decided_on_day",
            "Date of the decision must be today or in the past",
        ),
        (
            decision_data(
                "proceed", "Met.", **date_fields("decided_on", datetime.date(2026, 10, 1))
            ),
            "decided_on_day",
            "must be on or after the date the CSP was notified (5 October 2026)",
        ),
        (
            decision_data(
                "proceed",
                "Met.",
                **date_fields("home_office_informed_on", datetime.date(2026, 10, 19)),
            ),
            "home_office_informed_on_day",
            "must be on or after the date of the decision (20 October 2026)",
        ),
        ({"decision_rationale": "x"}, "decision_0", "Choose whether to hold a review"),
    ],
    ids=[
        "proceed without rationale",
        "not proceed without reason",
        "not proceed with a token reason",
        "refer without a type",
        "decided in the future",
        "decided before notification",
        "Home Office told before the decision",
        "no decision",
    ],
)
def test_bad_decision_is_refused_and_changes_nothing(
    world: World, client: Any, data: dict[str, Any], field: str, message: str
) -> None:
    review = review_awaiting_decision(world, client)
    response = client.post(reverse("reviews:decision", args=[review.pk]), data)
    page = response.content.decode()
    assert response.status_code == 200
    assert message in page
    assert f'href="#id_{field}"' in page
    review.refresh_from_db()
    assert (review.decision, review.stage, review.decided_on) == (
        Decision.PENDING,
        Stage.NOTIFICATION,
        None,
    )
    assert not StageChange.objects.exists()
    assert not AuditRecord.objects.filter(action="review.decision").exists()


def test_referral_closes_the_review_and_the_home_office_date_can_follow(
    world: World, client: Any
) -> None:
    review = review_awaiting_decision(world, client, relationship="none_other")
    url = reverse("reviews:decision", args=[review.pk])
    reason = "The suspected perpetrator was a paid carer living elsewhere; a SAR will look at it."
    response = client.post(url, decision_data("refer", reason, referred_to="sar"))
    assert response.status_code == 302
    review.refresh_from_db()
    assert (review.stage, review.referred_to) == (Stage.NOT_PROCEEDING, "sar")
    detail = client.get(reverse("reviews:detail", args=[review.pk])).content.decode()
    assert "Home Office not yet informed" in detail
    assert "Safeguarding adults review" in detail
    # The decision itself is closed now; only the Home Office date may follow.
    page = client.get(url)
    assert "the coordinator moves the review back to Decision" in page.content.decode()
    assert "decision" not in page.context["form"].fields
    informed = date_fields("home_office_informed_on", datetime.date(2026, 10, 22))
    assert (
        client.post(url, {**decision_data("proceed", "Changed my mind"), **informed}).status_code
        == 302
    )
    review.refresh_from_db()
    assert review.decision == Decision.REFER, "a closed decision is not changed by a crafted post"
    assert review.home_office_informed_on == datetime.date(2026, 10, 22)
    assert AuditRecord.objects.filter(action="review.home_office_informed").exists()
    detail = client.get(reverse("reviews:detail", args=[review.pk])).content.decode()
    assert "Home Office not yet informed" not in detail


def test_home_office_date_later_is_checked(world: World, client: Any) -> None:
    client.force_login(world.users["csp_chair"])
    url = reverse("reviews:decision", args=[world.review.pk])
    response = client.post(url, date_fields("home_office_informed_on", NEXT_WEEK))
    assert (
        "Date the Home Office was informed must be today or in the past"
        in response.content.decode()
    )
    response = client.post(url, date_fields("home_office_informed_on", None))
    assert "Enter the date the Home Office was informed" in response.content.decode()
    world.review.refresh_from_db()
    assert world.review.home_office_informed_on is None


def test_a_decision_needs_the_notification_first(world: World, client: Any) -> None:
    review = world.review
    review.stage, review.decision = Stage.NOTIFICATION, Decision.PENDING
    review.save()
    client.force_login(world.users["csp_chair"])
    response = client.post(
        reverse("reviews:decision", args=[review.pk]),
        decision_data("proceed", "Intimate partner homicide."),
    )
    assert "Record the notification" in response.content.decode()
    review.refresh_from_db()
    assert (review.decision, review.stage) == (Decision.PENDING, Stage.NOTIFICATION)
    assert not AuditRecord.objects.exists()


def test_reconsidering_a_decision_goes_back_through_the_decision_stage(
    world: World, client: Any
) -> None:
    review = review_awaiting_decision(world, client, relationship="none_other")
    url = reverse("reviews:decision", args=[review.pk])
    reason = "Not related and not in the same household, as far as the police know."
    assert client.post(url, decision_data("not_proceed", reason)).status_code == 302
    client.force_login(world.users["coordinator"])
    stage_url = reverse("reviews:stage", args=[review.pk])
    response = client.post(stage_url, {"stage": "decision", "reason": "He had moved in in May."})
    assert response.status_code == 302
    client.force_login(world.users["csp_chair"])
    assert (
        client.post(url, decision_data("proceed", "He was a household member.")).status_code == 302
    )
    review.refresh_from_db()
    assert (review.decision, review.stage) == (Decision.PROCEED, Stage.SET_UP)
    assert list(StageChange.objects.values_list("to_stage", flat=True)) == [
        "decision",
        "not_proceeding",
        "decision",
        "set_up",
    ]


def test_stage_page_moves_and_refuses_with_reasons(world: World, client: Any) -> None:
    review = world.review
    review.stage = Stage.CSP_SIGN_OFF
    review.save()
    client.force_login(world.users["independent_chair"])
    url = reverse("reviews:stage", args=[review.pk])
    page = client.get(url)
    assert [c[0] for c in page.context["form"].fields["stage"].widget.choices] == ["drafting"]
    text = page.content.decode()
    assert "Submitted to Home Office QA</strong>: not open yet. The independent chair" in text
    response = client.post(url, {"stage": "submitted", "reason": "Signed off"})
    assert "has not frozen a version of the overview report" in response.content.decode()
    response = client.post(url, {"stage": "concluded", "reason": "Done"})
    assert "cannot move from CSP sign-off to Concluded" in response.content.decode()
    response = client.post(url, {"stage": "drafting", "reason": ""})
    assert "Say why the review is moving to this stage" in response.content.decode()
    review.refresh_from_db()
    assert review.stage == Stage.CSP_SIGN_OFF and not StageChange.objects.exists()
    response = client.post(url, {"stage": "drafting", "reason": "Panel asked for changes"})
    assert response.status_code == 302
    detail = client.get(reverse("reviews:detail", args=[review.pk])).content.decode()
    assert "Panel asked for changes" in detail and "Stage history" in detail
    assert "Ivy chairs Louise&#x27;s review" in detail


def test_panel_members_see_the_history_but_no_move_form(world: World, client: Any) -> None:
    client.force_login(world.users["panel_member"])
    page = client.get(reverse("reviews:detail", args=[world.review.pk])).content.decode()
    assert "Stage history" in page and "Move the review" not in page


def test_publishing_records_the_stage_change(world: World, client: Any) -> None:
    approve_for_publication(world)
    client.force_login(world.users["coordinator"])
    client.post(reverse("publishing:publish", args=[world.review.pk]), {"accept_missing": "on"})
    change = StageChange.objects.get()
    assert (change.from_stage, change.to_stage, change.reason) == (
        "approved",
        "published",
        "Published",
    )


def test_review_details_refuse_impossible_dates(world: World, client: Any) -> None:
    client.force_login(world.users["coordinator"])
    data = {
        "reference": world.review.reference,
        "victim_pseudonym": "Louise",
        **date_fields("date_of_death", datetime.date(2025, 2, 1)),
        **date_fields("notified_on", datetime.date(2025, 1, 6)),
        **date_fields("report_completed_on", None),
        "delay_reason": "",
    }
    response = client.post(reverse("reviews:edit", args=[world.review.pk]), data)
    assert "Date of death must be on or before the date the CSP was notified" in (
        response.content.decode()
    )
    data.update(date_fields("notified_on", NEXT_WEEK))
    response = client.post(reverse("reviews:edit", args=[world.review.pk]), data)
    assert "Date the CSP was notified must be today or in the past" in response.content.decode()
    world.review.refresh_from_db()
    assert (world.review.date_of_death, world.review.notified_on) == (
        None,
        datetime.date(2025, 1, 6),
    )


def test_a_check_on_every_move_blocks_each_move_with_its_reason(
    world: World, monkeypatch: Any
) -> None:
    from dhr.reviews import lifecycle

    world.review.stage = Stage.EVIDENCE
    world.review.save()
    monkeypatch.setattr(lifecycle, "EVERY_MOVE", [lambda review: "The review is paused."])
    assert [m.blocked_because for m in lifecycle.moves_from(world.review)] == [
        "The review is paused."
    ]
    with pytest.raises(ValidationError, match="The review is paused"):
        lifecycle.do_move_stage(world.users["coordinator"], world.review, Stage.DRAFTING, "x")
