"""The whole public review page, kept for a minute for visitors who carry no cookie.

Most of a public page's cost is rendering it, and every anonymous visitor sees
the same page. Django's page cache cannot be used: it would freeze the
Content-Security-Policy nonce of the first visitor into everyone's page, and
the browser would then refuse the page's script for all the rest. So the
rendered HTML is kept with the nonce taken out, and each response gets its own
nonce put back (reading `request.csp_nonce` is what makes django-csp send it).

Only a request with no cookie at all is served from, or stored in, the cache: a
signed-in person's page names them and carries their CSRF token, and a page
with a flash message is one person's. Whether the review is still published,
and not past its end date, is checked before the cache is read, so withdrawal
or a new legal hold takes effect at once; `forget` drops the page whenever the
public details change (`public_files.forget_page`).

The list, its searches and the Atom feed are kept the same way, under a key
that carries a generation: any saved or deleted publication, review or
recommendation (or theme tag) starts a new generation once its transaction
commits, so a withdrawn review leaves the list at once, and the date is in the
key, so a review past its end date does too. The generation lives in the
shared cache, so every worker and server sees the change.
"""

from __future__ import annotations

import datetime
import hashlib
import time
from collections.abc import Callable
from functools import wraps

from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from dhr.publication.models import Publication

SECONDS = 60
NONCE_MARK = "__dhr_csp_nonce__"
GENERATION = "public-generation"


def key(publication: Publication | int) -> str:
    pk = publication if isinstance(publication, int) else publication.pk
    return f"public-page:{pk}"


def shareable(request: HttpRequest) -> bool:
    """A plain visitor: a GET with no cookie, so nothing on the page is theirs."""
    return request.method == "GET" and not request.COOKIES


def cached(request: HttpRequest, publication: Publication) -> HttpResponse | None:
    if not shareable(request):
        return None
    return from_cache(request, key(publication))


def from_cache(request: HttpRequest, name: str) -> HttpResponse | None:
    kept = cache.get(name)
    if kept is None:
        return None
    html, content_type = kept
    if NONCE_MARK in html:  # reading the nonce is what puts it in the CSP header
        html = html.replace(NONCE_MARK, str(request.csp_nonce))  # type: ignore[attr-defined]
    return HttpResponse(html, content_type=content_type)


def keep(request: HttpRequest, publication: Publication, response: HttpResponse) -> None:
    to_cache(request, key(publication), response)


def to_cache(request: HttpRequest, name: str, response: HttpResponse) -> None:
    if not shareable(request) or response.status_code != 200 or response.cookies:
        return
    html = response.content.decode()
    nonce = getattr(request, "_csp_nonce", None)  # django-csp's, made if the page used one
    if nonce:
        html = html.replace(nonce, NONCE_MARK)
    cache.set(name, (html, response["Content-Type"]), SECONDS)


def forget(publication: Publication | int) -> None:
    cache.delete(key(publication))


def generation() -> str:
    return str(cache.get(GENERATION, "0"))


def new_generation() -> None:
    """After the transaction commits: a rollback changes nothing public, and a
    request in between must not keep the old list under the new generation."""
    transaction.on_commit(lambda: cache.set(GENERATION, time.time_ns(), None))


def list_key(request: HttpRequest, today: datetime.date) -> str:
    path = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    return f"public-list:{generation()}:{today.isoformat()}:{path}"


def shared_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Keep a list-like public page (the list, a search, the feed) for a minute."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if not shareable(request):
            return view(request, *args, **kwargs)
        name = list_key(request, timezone.localdate())
        kept = from_cache(request, name)
        if kept is not None:
            return kept
        response = view(request, *args, **kwargs)
        to_cache(request, name, response)
        return response

    return wrapper
