"""Legal holds and the Home Office's permission stop publication; public text never
names a person in the review's register (issue 12, safe publication)."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from conftest import World, approve_for_publication
from dhr.audit.models import AuditRecord
from dhr.people.models import Person
from dhr.publication import services
from dhr.publication.faq import build_faq
from dhr.publication.models import (
    DistributionRecipient,
    HoldEnd,
    HoldKind,
    HoldState,
    LegalHold,
    Publication,
)
from dhr.reviews.models import Stage
from dhr.signoffs.models import QaFeedback, QaOutcome, Submission

D = datetime.date


def date_fields(name: str, day: D) -> dict[str, str]:
    return {
        f"{name}_day": str(day.day),
        f"{name}_month": str(day.month),
        f"{name}_year": str(day.year),
    }


@pytest.fixture
def ready(world: World) -> World:
    """The world's review, approved by the Home Office and ready to publish."""
    approve_for_publication(world)
    return world


def hold(world: World, kind: str = HoldKind.RRO, **fields: Any) -> LegalHold:
    if kind == HoldKind.RRO:
        fields = {
            "court": "Northshire Crown Court",
            "made_on": D(2025, 2, 1),
            "scope": "The identities of the victim's children",
            "contact": "Example & Co Solicitors",
            **fields,
        }
    return services.do_add_hold(
        world.users["coordinator"], LegalHold(review=world.review, kind=kind, **fields)
    )


def publish(world: World) -> Publication:
    return services.do_publish(world.users["coordinator"], world.review, accept_missing=True)


def refusal(world: World) -> str:
    with pytest.raises(ValidationError) as refused:
        publish(world)
    return " ".join(refused.value.messages)


# --- Publication blocked --------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "fields", "words"),
    [
        (HoldKind.RRO, {}, "A reporting restriction order made by Northshire Crown Court"),
        (HoldKind.CRIMINAL, {"note": "Trial listed for May"}, "Criminal proceedings are live"),
        (HoldKind.INQUEST, {"note": "Coroner: HM Senior Coroner"}, "The inquest has not concluded"),
        (HoldKind.OTHER, {"note": "Family court proceedings"}, "A legal hold is recorded"),
    ],
)
def test_each_kind_of_hold_blocks_publication_and_says_why(
    ready: World, kind: str, fields: dict[str, Any], words: str
) -> None:
    hold(ready, kind, **fields)
    message = refusal(ready)
    assert words in message and "nothing of the review may be published" in message
    if fields.get("note"):
        assert fields["note"] in message
    assert not Publication.objects.filter(is_published=True).exists()
    ready.review.refresh_from_db()
    assert ready.review.stage == Stage.APPROVED
    assert not AuditRecord.objects.filter(action="publication.publish").exists()


def test_an_order_until_further_order_says_so(ready: World) -> None:
    hold(ready)
    assert "in force until further order" in refusal(ready)


def test_without_home_office_approval_publication_is_refused(world: World) -> None:
    assert "no quality assurance outcome is recorded" in refusal(world)
    submission = Submission.objects.create(
        review=world.review,
        round=1,
        submitted_on=D(2025, 6, 2),
        submitted_by=world.users["coordinator"],
    )
    QaFeedback.objects.create(
        submission=submission,
        outcome=QaOutcome.REVISIONS,
        letter_dated=D(2025, 7, 1),
        strengths="Clear",
        recorded_by=world.users["home_office_qa"],
    )
    assert "The Home Office has not given permission to publish" in refusal(world)
    assert "'Revisions required'" in refusal(world)
    # An approval of an earlier round is not permission: the latest round decides.
    approve_for_publication(world)
    Submission.objects.create(
        review=world.review,
        round=3,
        submitted_on=D(2025, 8, 2),
        submitted_by=world.users["coordinator"],
    )
    assert "no quality assurance outcome is recorded" in refusal(world)
    assert not Publication.objects.filter(is_published=True).exists()


def test_publishing_from_the_page_shows_every_reason(ready: World, client: Any) -> None:
    hold(ready, HoldKind.INQUEST, note="Inquest opened and adjourned")
    client.force_login(ready.users["coordinator"])
    settings = reverse("publishing:settings", args=[ready.review.pk])
    page = client.get(settings).content.decode()
    assert 'id="publish-problems"' in page and "The inquest has not concluded" in page
    response = client.post(
        reverse("publishing:publish", args=[ready.review.pk]), {"accept_missing": "on"}, follow=True
    )
    assert "The inquest has not concluded" in response.content.decode()
    assert not Publication.objects.filter(is_published=True).exists()


def test_a_name_added_to_the_register_after_the_summary_was_saved_stops_publishing(
    ready: World,
) -> None:
    """The summary was checked when saved; the register has grown since."""
    publication = services.publication_for(ready.review)
    publication.summary = "Louise was killed by her partner, known to friends as Gaz."
    publication.save()
    adult = Person.objects.create(
        review=ready.review, name="Gareth Pollard", role="perpetrator", pseudonym="Adult B"
    )
    assert services.register_problems(ready.review) == []
    adult.aliases = "Gaz"
    adult.save()
    problems = services.publish_problems(ready.review)
    assert any(p.startswith("The public summary: This names a person") for p in problems)
    assert not any("Gaz" in p or "Gareth" in p for p in problems)
    with pytest.raises(ValidationError):
        services.check_publish(ready.review, accept_missing=True)


def test_once_lifted_the_review_publishes(ready: World) -> None:
    held = hold(ready, HoldKind.CRIMINAL, note="Trial")
    services.do_lift_hold(ready.users["coordinator"], held, "Verdict given on 3 June")
    publication = publish(ready)
    assert publication.is_published


def test_a_hold_recorded_on_a_published_review_takes_it_off_the_public_pages(
    ready: World, client: Any
) -> None:
    publication = publish(ready)
    hold(ready, HoldKind.CRIMINAL, note="Retrial ordered")
    publication.refresh_from_db()
    assert not publication.is_published
    assert client.get(reverse("publication:detail", args=[publication.slug])).status_code == 404
    withdrawal = AuditRecord.objects.get(action="publication.withdraw")
    assert withdrawal.summary.endswith("a legal hold was recorded")


# --- Lapse and lift -------------------------------------------------------------


def test_an_expired_order_is_lapsed_not_lifted_until_a_person_confirms(ready: World) -> None:
    today = timezone.localdate()
    order = hold(ready, made_on=D(2025, 1, 1), expires_on=today - datetime.timedelta(days=1))
    assert order.state() == HoldState.LAPSED and not order.ended
    assert "nobody has confirmed that it lapsed" in refusal(ready)
    assert order.state(today - datetime.timedelta(days=2)) == HoldState.ACTIVE
    services.do_confirm_lapse(ready.users["coordinator"], order, "Checked with the court")
    order.refresh_from_db()
    assert order.ended == HoldEnd.LAPSE_CONFIRMED and order.state() == HoldState.LAPSE_CONFIRMED
    assert order.ended_by == ready.users["coordinator"] and order.order_still_applies is False
    record = AuditRecord.objects.get(action="hold.confirm_lapse")
    assert record.review == ready.review and record.actor == ready.users["coordinator"]
    assert publish(ready).is_published


def test_an_order_still_in_force_cannot_be_confirmed_as_lapsed(ready: World, client: Any) -> None:
    order = hold(ready, expires_on=timezone.localdate() + datetime.timedelta(days=30))
    with pytest.raises(ValidationError):
        services.do_confirm_lapse(ready.users["coordinator"], order)
    client.force_login(ready.users["coordinator"])
    url = reverse("publishing:hold_confirm_lapse", args=[ready.review.pk, order.pk])
    client.post(url, {"checked": "on"})
    order.refresh_from_db()
    assert not order.ended
    assert not AuditRecord.objects.filter(action="hold.confirm_lapse").exists()


def test_confirming_a_lapse_on_the_page_needs_the_box_ticked(ready: World, client: Any) -> None:
    order = hold(ready, made_on=D(2025, 1, 1), expires_on=D(2025, 6, 1))
    hold(ready, HoldKind.INQUEST)
    client.force_login(ready.users["coordinator"])
    listing = client.get(reverse("publishing:holds", args=[ready.review.pk])).content.decode()
    assert "Lapsed: confirm<" in listing and 'govuk-tag--red">Active<' in listing
    assert "Confirm the lapse" in listing and "nobody has confirmed that it lapsed" in listing
    url = reverse("publishing:hold_confirm_lapse", args=[ready.review.pk, order.pk])
    page = client.post(url, {"note": "x"}).content.decode()
    assert "Confirm that you have checked the order expired and was not extended" in page
    order.refresh_from_db()
    assert not order.ended
    assert client.post(url, {"checked": "on"}).status_code == 302
    order.refresh_from_db()
    assert order.ended == HoldEnd.LAPSE_CONFIRMED
    listing = client.get(reverse("publishing:holds", args=[ready.review.pk])).content.decode()
    assert "Lapse confirmed by" in listing and "Confirm the lapse" not in listing


def test_lifting_needs_a_reason(ready: World, client: Any) -> None:
    held = hold(ready, HoldKind.CRIMINAL, note="Trial")
    with pytest.raises(ValidationError) as refused:
        services.do_lift_hold(ready.users["coordinator"], held, "   ")
    assert refused.value.message_dict == {"reason": ["Give the reason for lifting the hold"]}
    client.force_login(ready.users["coordinator"])
    url = reverse("publishing:hold_lift", args=[ready.review.pk, held.pk])
    page = client.post(url, {"reason": ""}).content.decode()
    assert "Give the reason for lifting the hold" in page
    held.refresh_from_db()
    assert not held.ended and not AuditRecord.objects.filter(action="hold.lift").exists()
    assert client.post(url, {"reason": "Verdict on 3 June"}).status_code == 302
    held.refresh_from_db()
    assert (held.ended, held.end_reason, held.ended_by) == (
        HoldEnd.LIFTED,
        "Verdict on 3 June",
        ready.users["coordinator"],
    )
    record = AuditRecord.objects.get(action="hold.lift")
    assert record.detail["reason"] == "Verdict on 3 June"
    # Lifted once: a second lift is refused, not recorded twice.
    with pytest.raises(ValidationError):
        services.do_lift_hold(ready.users["coordinator"], held, "Again")
    assert AuditRecord.objects.filter(action="hold.lift").count() == 1


def test_lifting_an_order_asks_whether_it_still_restricts_reporting(
    ready: World, client: Any
) -> None:
    order = hold(ready)
    client.force_login(ready.users["coordinator"])
    url = reverse("publishing:hold_lift", args=[ready.review.pk, order.pk])
    page = client.post(url, {"reason": "Publication agreed with the court"}).content.decode()
    assert "Choose whether the order still restricts what may be reported" in page
    client.post(url, {"reason": "Publication agreed with the court", "order_still_applies": "yes"})
    order.refresh_from_db()
    assert order.ended == HoldEnd.LIFTED and order.order_still_applies is True


# --- Adding a hold: the form ----------------------------------------------------


def test_an_order_needs_its_court_date_scope_and_end(ready: World, client: Any) -> None:
    client.force_login(ready.users["coordinator"])
    url = reverse("publishing:hold_add", args=[ready.review.pk])
    page = client.post(url, {"kind": "rro"}).content.decode()
    for message in [
        "Enter the court that made the order",
        "Enter the date the order was made",
        "Say what the order restricts",
        "Choose whether the order ends on a date or lasts until further order",
    ]:
        assert message in page, message
    page = client.post(
        url,
        {
            "kind": "rro",
            "court": "Northshire Crown Court",
            **date_fields("made_on", D(2025, 2, 1)),
            "scope": "The children",
            "expiry": "date",
        },
    ).content.decode()
    assert "Enter the date the order expires" in page
    assert not LegalHold.objects.exists() and not AuditRecord.objects.filter(action="hold.add")
    assert client.get(url).status_code == 200
    assert "Choose what stops publication" in client.post(url, {}).content.decode()
    assert "Say what the hold is" in client.post(url, {"kind": "other"}).content.decode()


def test_adding_an_order_is_recorded_and_audited(ready: World, client: Any) -> None:
    client.force_login(ready.users["coordinator"])
    response = client.post(
        reverse("publishing:hold_add", args=[ready.review.pk]),
        {
            "kind": "rro",
            "court": "Northshire Crown Court",
            **date_fields("made_on", D(2025, 2, 1)),
            "scope": "The children",
            "expiry": "further_order",
            **date_fields("expires_on", D(2026, 2, 1)),  # ignored: until further order
            "contact": "Example & Co Solicitors",
        },
    )
    assert response.status_code == 302
    order = LegalHold.objects.get()
    assert (order.kind, order.court, order.expires_on, order.recorded_by) == (
        HoldKind.RRO,
        "Northshire Crown Court",
        None,
        ready.users["coordinator"],
    )
    record = AuditRecord.objects.get(action="hold.add")
    assert record.review == ready.review and record.detail["court"] == "Northshire Crown Court"
    page = client.get(reverse("publishing:holds", args=[ready.review.pk])).content.decode()
    assert "Northshire Crown Court" in page and "until further order" in page and "Lift" in page


def test_members_read_holds_but_only_coordinators_change_them(ready: World, client: Any) -> None:
    held = hold(ready, HoldKind.CRIMINAL, note="Trial listed")
    client.force_login(ready.users["panel_member"])
    page = client.get(reverse("publishing:holds", args=[ready.review.pk])).content.decode()
    assert "Trial listed" in page and "Add a hold" not in page and "Lift" not in page
    lift = reverse("publishing:hold_lift", args=[ready.review.pk, held.pk])
    assert client.post(lift, {"reason": "x"}).status_code == 403
    add = reverse("publishing:hold_add", args=[ready.review.pk])
    assert client.post(add, {"kind": "other", "note": "x"}).status_code == 403
    held.refresh_from_db()
    assert not held.ended and LegalHold.objects.count() == 1


# --- The FAQ reads the holds ----------------------------------------------------


def q15(world: World) -> str:
    answer = build_faq(world.review)[14]
    return " ".join(answer.paragraphs)


def test_the_faq_answer_on_the_order_follows_the_holds(ready: World) -> None:
    assert "has not been recorded" in q15(ready)
    order = hold(ready)
    assert "You will need to contact Example & Co Solicitors" in q15(ready)
    coordinator = ready.users["coordinator"]
    services.do_lift_hold(coordinator, order, "Discharged", order_still_applies=False)
    assert q15(ready) == "No reporting restriction order applies to this review."
    second = hold(ready, contact="Firm Two LLP")
    services.do_lift_hold(ready.users["coordinator"], second, "Agreed", order_still_applies=True)
    assert "You will need to contact Firm Two LLP" in q15(ready)


def test_the_restriction_choice_gives_way_to_a_recorded_order(ready: World, client: Any) -> None:
    client.force_login(ready.users["coordinator"])
    url = reverse("publishing:settings", args=[ready.review.pk])
    assert 'name="restriction"' in client.get(url).content.decode()
    hold(ready)
    page = client.get(url).content.decode()
    assert 'name="restriction"' not in page
    assert "one applies; contact Example &amp; Co Solicitors" in page


# --- Public text and the register -----------------------------------------------


@pytest.fixture
def people(ready: World) -> dict[str, Person]:
    return {
        "perpetrator": Person.objects.create(
            review=ready.review,
            name="Percy Perpson",
            aliases="Perce",
            role="perpetrator",
            pseudonym="Adult B",
        ),
        "victim": Person.objects.create(
            review=ready.review, name="Vera Victimson", aliases="Verity Vee", role="victim"
        ),
    }


def details(**fields: str) -> dict[str, str]:
    return {
        "form": "details",
        "site_name": "the Northshire Council website",
        "site_url": "",
        "restriction": "none",
        "summary": "A review of the death of Louise.",
        **fields,
    }


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("summary", "The review of Louise's death at the hands of PERCY  perpson."),
        ("summary", "Louise and percy\n\n   PERPSON lived together."),
        ("summary", "Louise, whom friends called VERITY\r\n\tvee."),
        ("summary", "Louise was killed by Perce."),
        ("site_name", "the vera victimson memorial website"),
    ],
)
def test_a_registered_name_in_public_text_is_refused_and_nothing_saved(
    ready: World, people: dict[str, Person], client: Any, field: str, text: str
) -> None:
    client.force_login(ready.users["coordinator"])
    url = reverse("publishing:settings", args=[ready.review.pk])
    response = client.post(url, details(**{field: text}))
    assert response.status_code == 200
    page = response.content.decode()
    assert f'id="id_{field}-error"' in page
    role = "the perpetrator" if "erc" in text.lower() else "the victim"
    assert f"This names a person in the review&#x27;s register ({role})" in page
    publication = Publication.objects.get()
    assert publication.summary == "" and publication.site_name != text
    assert not AuditRecord.objects.filter(action="publication.update").exists()
    # The name is never echoed into the audit trail.
    for record in AuditRecord.objects.all():
        assert "percy" not in f"{record.summary} {record.detail}".lower()
        assert "vera" not in f"{record.summary} {record.detail}".lower()


def test_the_error_gives_the_pseudonym_and_clean_text_saves(
    ready: World, people: dict[str, Person]
) -> None:
    publication = services.publication_for(ready.review)
    publication.summary = "Adult B killed Louise; percy  PERPSON was convicted."
    with pytest.raises(ValidationError) as refused:
        services.do_update_publication(ready.users["coordinator"], publication, ["summary"])
    assert refused.value.message_dict == {
        "summary": [
            "This names a person in the review's register (the perpetrator): "
            "use their pseudonym, Adult B"
        ]
    }
    publication.summary = "Adult B killed Louise in 2024; a percentage of agencies knew."
    services.do_update_publication(ready.users["coordinator"], publication, ["summary"])
    publication.refresh_from_db()
    assert publication.summary.startswith("Adult B killed Louise")


def test_a_recipient_or_order_contact_naming_a_person_is_refused(
    ready: World, people: dict[str, Person], client: Any
) -> None:
    client.force_login(ready.users["coordinator"])
    settings = reverse("publishing:settings", args=[ready.review.pk])
    page = client.post(
        settings, {"form": "recipient", "recipient": "VERA   victimson's mother"}
    ).content.decode()
    assert 'id="id_recipient-error"' in page and "(the victim)" in page
    assert not DistributionRecipient.objects.exists()
    page = client.post(
        reverse("publishing:hold_add", args=[ready.review.pk]),
        {
            "kind": "rro",
            "court": "Northshire Crown Court",
            **date_fields("made_on", D(2025, 2, 1)),
            "scope": "The children",
            "expiry": "further_order",
            "contact": "Percy\nPerpson's solicitors",
        },
    ).content.decode()
    assert 'id="id_contact-error"' in page and "(the perpetrator)" in page
    assert not LegalHold.objects.exists()
    assert not AuditRecord.objects.filter(action__in=["hold.add", "distribution.add"]).exists()


# --- The demo -------------------------------------------------------------------


def test_the_demo_published_review_has_permission_and_a_lifted_hold(db: Any) -> None:
    from dhr.demo.loader import load_demo
    from dhr.reviews.models import Review

    load_demo()
    review = Review.objects.get(reference="2023/01")
    assert services.home_office_permission(review) is None
    holds = list(LegalHold.objects.filter(review=review))
    assert [h.state() for h in holds] == [HoldState.LIFTED] and holds[0].end_reason
    assert services.publish_problems(review) == [
        "Only a review the Home Office has approved for publication can be published "
        "(this one is at: Published)."
    ]
