"""Request and response rules that hold for every page.

`RequestBodyGuard` decides, before anything reads a request's body, whether it
may be read at all: CSRF's check reads the form, and Django spools an upload to
disk while parsing it, so an anonymous user's 50 MB POST used to reach the
disk before any sign-in check. It runs as `process_view`, after the session
and user are known (neither reads the body) and before CSRF's own
`process_view`, so it must stay above `CsrfViewMiddleware` in `MIDDLEWARE`.

`NoStoreWhenSignedIn` keeps every page a signed-in user sees out of the
browser's cache (they carry real names); public pages stay cacheable.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.cache import add_never_cache_headers, patch_cache_control

View = TypeVar("View", bound=Callable[..., Any])

BODY_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


def accepts_uploads(view: View) -> View:
    """Mark a view that takes file uploads: its request bodies may be as large
    as `DHR_MAX_UPLOAD_BYTES` (other views get `DHR_MAX_FORM_BYTES`)."""
    view.accepts_uploads = True  # type: ignore[attr-defined]
    return view


def body_limit(request: HttpRequest, view: Callable[..., Any], signed_in: bool) -> int:
    """The largest body this route takes from this user, in bytes."""
    if not signed_in:
        return settings.DHR_MAX_ANONYMOUS_BYTES
    if getattr(view, "accepts_uploads", False):
        # The file plus the form's few fields and multipart framing.
        return settings.DHR_MAX_UPLOAD_BYTES + settings.DHR_MAX_FORM_BYTES
    return settings.DHR_MAX_FORM_BYTES


def is_public_form(path: str) -> bool:
    """Forms an anonymous user must be able to send: sign-in, password reset,
    the second factor during sign-in, accepting an invitation."""
    return path.startswith(tuple(settings.DHR_ANONYMOUS_POST_PREFIXES))


def too_large(limit: int) -> HttpResponse:
    megabytes = limit / (1024 * 1024)
    size = f"{megabytes:.0f} MB" if megabytes >= 1 else f"{limit // 1024} KB"
    return HttpResponse(
        f"The request is too large: this page accepts at most {size}.",
        status=413,
        content_type="text/plain; charset=utf-8",
    )


class RequestBodyGuard:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view: Callable[..., Any], args: Any, kwargs: Any
    ) -> HttpResponse | None:
        if request.method not in BODY_METHODS:
            return None
        signed_in = request.user.is_authenticated
        if not signed_in and not is_public_form(request.path):
            # What @login_required would say, without reading the body first;
            # no ?next= (a POST cannot be resumed, and the path may hold a token).
            return redirect(settings.LOGIN_URL)
        limit = body_limit(request, view, signed_in)
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return HttpResponse("Bad Content-Length.", status=400, content_type="text/plain")
        if length > limit:
            return too_large(limit)
        return None


class NoStoreWhenSignedIn:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            if "no-store" not in response.get("Cache-Control", ""):
                add_never_cache_headers(response)
                patch_cache_control(response, private=True)
            response["Pragma"] = "no-cache"
        return response
