"""Headers for the public download link (/d/<token>/…), whatever the answer.

The token in the address is the credential, so the page must not be indexed,
cached, sent on as a referrer, or leave a cookie behind. Sits above the
session and CSRF middleware so that the cookies they would set (for a
signed-in visitor) are dropped on the way out.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

LINK_PREFIX = "/d/"


class LinkPageHeaders:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.path.startswith(LINK_PREFIX):
            response.cookies.clear()
            response["Cache-Control"] = "no-store, private"
            response["Pragma"] = "no-cache"
            response["X-Robots-Tag"] = "noindex, nofollow, noarchive"
            response["Referrer-Policy"] = "no-referrer"
        return response
