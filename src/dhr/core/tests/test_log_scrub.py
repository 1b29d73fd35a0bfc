"""No credential reaches any log line: Django's own 405 and 500 lines included."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from conftest import World
from dhr.log_scrub import scrub
from dhr.schedule import services as schedule_services


@pytest.fixture
def log_output() -> Iterator[io.StringIO]:
    """Everything the configured handlers (root, django, django.server) write."""
    stream = io.StringIO()
    handlers = {
        h
        for name in ["", "django", "django.request", "django.server"]
        for h in logging.getLogger(name).handlers
        if isinstance(h, logging.StreamHandler) and h.name in {"console", "django.server"}
    }
    assert {h.name for h in handlers} == {"console", "django.server"}
    old = {h: h.setStream(stream) for h in handlers}
    yield stream
    for handler, previous in old.items():
        handler.setStream(previous)


@pytest.fixture
def feed_token(world: World) -> str:
    return schedule_services.do_create_calendar_token(world.users["panel_member"])


def test_a_405_on_a_feed_logs_no_token(
    log_output: io.StringIO, feed_token: str, world: World
) -> None:
    # Anonymous: sent to sign in before anything is read, and not told the path.
    response = Client().post(reverse("schedule:feed", args=[feed_token]))
    assert response.status_code == 302
    assert feed_token not in response["Location"]
    client = Client()
    client.force_login(world.users["panel_member"])
    response = client.post(reverse("schedule:feed", args=[feed_token]))
    assert response.status_code == 405
    written = log_output.getvalue()
    assert "Method Not Allowed (POST): /calendar/[token].ics" in written
    assert feed_token not in written


def test_a_500_on_a_feed_logs_no_token(
    log_output: io.StringIO, feed_token: str, monkeypatch: Any
) -> None:
    def broken(token: str) -> None:
        raise RuntimeError(f"database gone while reading /calendar/{token}.ics?token={token}")

    monkeypatch.setattr(schedule_services, "user_for_token", broken)
    client = Client(raise_request_exception=False)
    response = client.get(reverse("schedule:feed", args=[feed_token]))
    assert response.status_code == 500
    written = log_output.getvalue()
    assert "Internal Server Error: /calendar/[token].ics" in written
    assert "Traceback" in written and "RuntimeError" in written
    assert feed_token not in written
    assert feed_token[:12] not in written


SECRETS = {
    "reset link": "GET /accounts/password/reset/key/2b-cnv4qz-8c1a2Ff9e0Dd71aa/ HTTP/1.1",
    "invitation": "POST /invitations/Zk3vQ9pLm2Xy7Rt5Wq1e/ accepted",
    "query token": "GET /calendar/?token=Zk3vQ9pLm2Xy7Rt5Wq1e&x=1",
    "session cookie": "Cookie: csrftoken=abcDEF123456; sessionid=q8w7e6r5t4y3u2i1o0p9",
    "POST dump": "<QueryDict: {'login': ['ian@police.test'], 'password': ['Sw0rdfish-Zk3vQ9']}>",
    "form body": "login=ian%40police.test&password=Sw0rdfish-Zk3vQ9&remember=on",
    "totp code": "{'code': '493021'}",
    "bare token": "fetching /feeds/Zk3vQ9pLm2Xy7Rt5Wq1eRb8/ failed",
}
LEAKS = ["2b-cnv4qz-8c1a2Ff9e0Dd71aa", "Zk3vQ9", "abcDEF123456", "q8w7e6r5t4y3u2i1o0p9", "493021"]


@pytest.mark.parametrize("kind", sorted(SECRETS))
def test_no_credential_reaches_any_log(log_output: io.StringIO, kind: str) -> None:
    text = SECRETS[kind]
    for name in ["", "dhr.anything", "django.request", "django.server"]:
        logging.getLogger(name).warning("seen: %s", text)
    try:
        raise ValueError(text)
    except ValueError:
        logging.getLogger("django.request").exception("failed")
    written = log_output.getvalue()
    assert written.count("seen:") == 4
    for leak in LEAKS:
        assert leak not in written, f"{kind}: {leak}"


def test_ordinary_paths_are_logged_as_they_are() -> None:
    line = "GET /reviews/3/evidence/chronology/ /published/dhr-2025-01-northshire-louise/"
    assert scrub(line) == line
