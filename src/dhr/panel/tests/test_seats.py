"""One record of the panel: a member's account and their public seat (panel/seats.py)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from conftest import World, make_user
from dhr.panel.models import PanelMember
from dhr.reviews.models import ReviewMembership, ReviewRole


def test_adding_a_panel_member_on_the_members_page_lists_their_seat_on_the_panel(
    world: World, client_for: Any
) -> None:
    newcomer = make_user("nia@health.test", "Nia Health Trust panel member", job_title="Nurse")
    # Already the health trust's IMR author here, so one of the CSP's people.
    ReviewMembership.objects.create(
        review=world.review, user=newcomer, role=ReviewRole.IMR_AUTHOR, agency=world.health
    )
    client = client_for("coordinator")
    response = client.post(
        reverse("reviews:members", args=[world.review.pk]),
        {"user": newcomer.pk, "role": ReviewRole.PANEL_MEMBER, "agency": world.health.pk},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    seat = PanelMember.objects.get(review=world.review, agency=world.health)
    assert seat.public_label == "Northshire Health Trust"
    assert (seat.member_name, seat.role) == ("Nia Health Trust panel member", "Nurse")
    assert seat.membership is not None and seat.membership.user == newcomer
    page = client.get(reverse("panel:panel", args=[world.review.pk])).content.decode()
    assert "No panel members yet" not in page
    assert "Nia Health Trust panel member" in page


def test_the_fixture_chair_and_panel_member_each_hold_one_seat(world: World) -> None:
    seats = PanelMember.objects.filter(review=world.review)
    assert {(s.public_label, s.membership.user.email) for s in seats if s.membership} == {
        ("Independent Chair", "ivy@chairs.test"),
        ("Northshire Police", "pat@police.test"),
    }
    assert seats.count() == 2


def test_other_roles_get_no_seat(world: World) -> None:
    assert not PanelMember.objects.filter(
        membership__role__in=[ReviewRole.IMR_AUTHOR, ReviewRole.HOME_OFFICE_QA]
    ).exists()


def test_a_seat_typed_first_for_the_agency_is_taken_over_not_duplicated(world: World) -> None:
    typed = PanelMember.objects.create(
        review=world.review, agency=world.health, public_label="Health Trust safeguarding lead"
    )
    person = make_user("hal@health.test", "Hal Health")
    ReviewMembership.objects.create(
        review=world.review, user=person, role=ReviewRole.PANEL_MEMBER, agency=world.health
    )
    typed.refresh_from_db()
    assert typed.membership is not None and typed.membership.user == person
    assert typed.public_label == "Health Trust safeguarding lead"
    assert typed.member_name == "Hal Health"
    assert PanelMember.objects.filter(review=world.review, agency=world.health).count() == 1


def test_a_typed_seat_with_someone_elses_name_is_left_for_them(world: World) -> None:
    PanelMember.objects.create(
        review=world.review,
        agency=world.health,
        public_label="Health Trust",
        member_name="Somebody Else",
    )
    person = make_user("hal@health.test", "Hal Health")
    ReviewMembership.objects.create(
        review=world.review, user=person, role=ReviewRole.PANEL_MEMBER, agency=world.health
    )
    seats = PanelMember.objects.filter(review=world.review, agency=world.health)
    assert sorted(s.member_name for s in seats) == ["Hal Health", "Somebody Else"]


def test_a_seat_held_by_a_member_is_not_removed_from_the_panel_page(
    world: World, client_for: Any
) -> None:
    seat = PanelMember.objects.get(
        review=world.review, membership__user=world.users["panel_member"]
    )
    client = client_for("coordinator")
    response = client.post(
        reverse("panel:member_remove", args=[world.review.pk, seat.pk]), follow=True
    )
    assert PanelMember.objects.filter(pk=seat.pk).exists()
    assert "remove them on the Members page" in response.content.decode()


def test_removing_the_member_keeps_their_seat_unlinked_and_then_it_can_go(
    world: World, client_for: Any
) -> None:
    membership = ReviewMembership.objects.get(review=world.review, user=world.users["panel_member"])
    seat = membership.panel_seat
    client = client_for("coordinator")
    response = client.post(
        reverse("reviews:member_remove", args=[world.review.pk, membership.pk]), follow=True
    )
    assert "Their seat stays on the panel list" in response.content.decode()
    seat.refresh_from_db()
    assert seat.membership is None and seat.member_name == "Pat sits on Louise's panel"
    client.post(reverse("panel:member_remove", args=[world.review.pk, seat.pk]))
    assert not PanelMember.objects.filter(pk=seat.pk).exists()


def test_the_chair_who_edits_the_panel_is_not_sent_to_a_members_page_they_cannot_open(
    world: World, client_for: Any
) -> None:
    client = client_for("independent_chair")
    page = client.get(reverse("panel:panel", args=[world.review.pk])).content.decode()
    members = reverse("reviews:members", args=[world.review.pk])
    assert "Changed by the coordinator on the Members page" in page
    assert f'href="{members}"' not in page
    assert client.get(members).status_code == 403
