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
"""

from __future__ import annotations

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse

from dhr.publication.models import Publication

SECONDS = 60
NONCE_MARK = "__dhr_csp_nonce__"


def key(publication: Publication | int) -> str:
    pk = publication if isinstance(publication, int) else publication.pk
    return f"public-page:{pk}"


def shareable(request: HttpRequest) -> bool:
    """A plain visitor: a GET with no cookie, so nothing on the page is theirs."""
    return request.method == "GET" and not request.COOKIES


def cached(request: HttpRequest, publication: Publication) -> HttpResponse | None:
    if not shareable(request):
        return None
    html = cache.get(key(publication))
    if html is None:
        return None
    return HttpResponse(html.replace(NONCE_MARK, str(request.csp_nonce)))  # type: ignore[attr-defined]


def keep(request: HttpRequest, publication: Publication, response: HttpResponse) -> None:
    if not shareable(request) or response.status_code != 200 or response.cookies:
        return
    nonce = str(request.csp_nonce)  # type: ignore[attr-defined]
    html = response.content.decode()
    cache.set(key(publication), html.replace(nonce, NONCE_MARK), SECONDS)


def forget(publication: Publication | int) -> None:
    cache.delete(key(publication))
