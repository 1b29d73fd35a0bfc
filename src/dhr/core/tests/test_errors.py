"""403, 404, 500 and a refused form are styled GOV.UK pages that say what to do, with DEBUG off."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.http import HttpRequest, HttpResponse
from django.test import Client, RequestFactory
from django.urls import include, path

from conftest import World
from dhr.core import views


def boom(request: HttpRequest) -> HttpResponse:
    raise RuntimeError("a bug")


def refuse(request: HttpRequest) -> HttpResponse:
    raise PermissionDenied("not yours")


def suspicious(request: HttpRequest) -> HttpResponse:
    raise SuspiciousOperation("a session deleted mid-request")


urlpatterns = [
    path("boom/", boom),
    path("refuse/", refuse),
    path("suspicious/", suspicious),
    path("", include("dhr.urls")),
]
handler400 = "dhr.core.views.bad_request"
handler500 = "dhr.core.views.server_error"


@pytest.fixture(autouse=True)
def _production(settings: Any) -> None:
    settings.DEBUG = False


def styled(html: str) -> bool:
    """Our template: GOV.UK's stylesheet, the navigation and the footer."""
    return all(
        part in html
        for part in [
            "govuk-frontend.min.css",
            'id="navigation"',
            "Published reviews",
            "govuk-footer",
        ]
    )


def test_a_public_404_is_our_page_not_django_debug(client: Client, db: Any) -> None:
    response = client.get("/no-such-page/")
    html = response.content.decode()
    assert response.status_code == 404
    assert '<h1 class="govuk-heading-l">Page not found</h1>' in html
    assert "check it is correct" in html
    assert styled(html)
    assert "URLconf" not in html and "Traceback" not in html
    assert "Page not found – Domestic Homicide Reviews" in html


def test_a_signed_in_404_offers_the_way_back_to_your_reviews(client_for: Any, world: World) -> None:
    response = client_for("coordinator").get("/reviews/999999/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "Go to your reviews" in html and "Sign out" in html


def test_a_403_says_what_happened_and_is_logged_as_one_line(
    client_for: Any, world: World, caplog: Any
) -> None:
    client = client_for("other_csp_coordinator")
    with caplog.at_level(logging.WARNING, logger="django.request"):
        response = client.get(f"/reviews/{world.review.pk}/")
    html = response.content.decode()
    assert response.status_code == 403
    assert "You cannot see this page" in html
    assert "ask the review's coordinator" in html
    assert styled(html)
    assert "Louise" not in html  # nothing of the review leaks into the refusal
    forbidden = [r for r in caplog.records if r.getMessage().startswith("Forbidden")]
    assert [r.getMessage() for r in forbidden] == [
        f"Forbidden (Permission denied): /reviews/{world.review.pk}/"
    ]
    assert all(r.exc_info is None for r in forbidden)  # one line: no traceback


def test_the_403_filter_really_drops_the_traceback(caplog: Any, settings: Any) -> None:
    """Django attaches the PermissionDenied as exc_info; our filter removes it."""
    settings.ROOT_URLCONF = __name__
    with caplog.at_level(logging.WARNING, logger="django.request"):
        Client().get("/refuse/")
    (record,) = [r for r in caplog.records if r.name == "django.request"]
    assert record.exc_info is None
    assert "Traceback" not in caplog.text


def test_a_500_is_styled_and_needs_neither_request_context_nor_database(
    settings: Any,
) -> None:
    # No `db` fixture: any database query here would fail the test.
    settings.ROOT_URLCONF = __name__
    client = Client(raise_request_exception=False)
    response = client.get("/boom/")
    html = response.content.decode()
    assert response.status_code == 500
    assert "Sorry, there is a problem with the service" in html
    assert "Try again later" in html
    assert styled(html)
    assert "a bug" not in html and "Traceback" not in html

    direct = views.server_error(RequestFactory().get("/"))
    assert direct.status_code == 500 and styled(direct.content.decode())


def test_a_400_is_styled_and_needs_neither_request_context_nor_database(
    settings: Any,
) -> None:
    """A session deleted mid-request (signed out in another tab) ends in a 400:
    it must be our page, and must not touch the session or database again."""
    settings.ROOT_URLCONF = __name__
    response = Client().get("/suspicious/")
    html = response.content.decode()
    assert response.status_code == 400
    assert "Sorry, we could not do that" in html
    assert styled(html)
    assert "mid-request" not in html and "Traceback" not in html


def test_a_form_refused_by_csrf_is_our_page(world: World) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.users["coordinator"])
    response = client.post(f"/reviews/{world.review.pk}/stage/", {"stage": "drafting"})
    html = response.content.decode()
    assert response.status_code == 403
    assert "Your form has expired" in html and "Nothing was saved" in html
    assert styled(html)
