"""Rate limits count across every process: the cache is a database table that
every gunicorn worker and app server shares, not each process's memory."""

from __future__ import annotations

from typing import Any

from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory

from dhr.distribution import services as distribution


def rows_in_cache_table() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM dhr_cache")
        return int(cursor.fetchone()[0])


def test_what_one_process_counts_is_in_the_database_for_all(db: Any) -> None:
    cache.clear()
    cache.set("dhr:test:shared", 1)
    assert rows_in_cache_table() == 1


def test_unknown_link_guesses_are_counted_in_the_shared_cache(db: Any, settings: Any) -> None:
    settings.DHR_LINK_FAILURES_PER_HOUR = 3
    cache.clear()
    request = RequestFactory().get("/d/guess/", REMOTE_ADDR="203.0.113.9")
    assert [distribution.throttled(request) for _ in range(4)] == [False, False, False, True]
    assert rows_in_cache_table() == 1
