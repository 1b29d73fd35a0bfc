"""Issue 10, finding 4: the members page offers only the CSP's own people, never
every account of the installation; nothing of another CSP's people leaks."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from conftest import World, make_user
from dhr.accounts.models import CspMembership, CspRole
from dhr.reviews.models import Review, ReviewMembership, ReviewRole


def test_the_members_page_offers_only_the_csps_own_people(world: World, client: Any) -> None:
    stranger = make_user("sam@south.test", "Sam works only for Southshire")
    CspMembership.objects.create(user=stranger, csp=world.other_csp, role=CspRole.CSP_CHAIR)
    loner = make_user("lou@nowhere.test", "Lou has an account and no role anywhere")
    earlier = Review.objects.create(
        csp=world.csp, reference="2024/01", notified_on=world.review.notified_on
    )
    veteran = make_user("vic@north.test", "Vic sat on an earlier Northshire panel")
    ReviewMembership.objects.create(
        review=earlier, user=veteran, role=ReviewRole.PANEL_MEMBER, agency=world.police
    )
    client.force_login(world.users["coordinator"])
    url = reverse("reviews:members", args=[world.review.pk])
    page = client.get(url).content.decode()
    assert "Vic sat on an earlier Northshire panel" in page
    assert "Cora sees every Northshire review" in page
    for outsider in (stranger, loner, world.users["other_csp_coordinator"]):
        assert outsider.full_name not in page and outsider.email not in page
    response = client.post(url, {"user": stranger.pk, "role": "independent_chair"})
    text = response.content.decode()
    assert "Choose someone from this CSP&#x27;s people" in text
    assert stranger.full_name not in text and stranger.email not in text
    assert not ReviewMembership.objects.filter(user=stranger).exists()
    ok = client.post(url, {"user": veteran.pk, "role": "panel_member", "agency": world.police.pk})
    assert ok.status_code == 302
    assert ReviewMembership.objects.filter(review=world.review, user=veteran).exists()


def test_the_service_refuses_someone_outside_the_csp(world: World) -> None:
    import pytest
    from django.core.exceptions import ValidationError

    from dhr.reviews.services import do_add_member

    outsider = world.users["other_csp_coordinator"]
    with pytest.raises(ValidationError) as caught:
        do_add_member(world.users["coordinator"], world.review, outsider, "independent_chair", None)
    assert caught.value.message_dict["user"] == ["Choose someone from this CSP's people"]
    assert not ReviewMembership.objects.filter(user=outsider).exists()
