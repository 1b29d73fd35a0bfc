from django.conf import settings
from django.db import connection
from django.http import (
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseForbidden,
    HttpResponseServerError,
)
from django.shortcuts import redirect
from django.template import loader
from django.templatetags.static import static


def home(request: HttpRequest) -> HttpResponse:
    """Signed-in people go to their reviews; everyone else to the published ones."""
    if request.user.is_authenticated:
        return redirect("reviews:list")
    return redirect("publication:index")


def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers ask for /favicon.ico where a page names no icon (the Atom feed,
    a PDF): GOV.UK's icon, rather than a 404 in every such page's console."""
    return redirect(static("govuk/assets/images/favicon.ico"), permanent=True)


def healthz(request: HttpRequest) -> HttpResponse:
    """For a load balancer: the app is up and can reach its database."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok", content_type="text/plain")


def server_error(request: HttpRequest) -> HttpResponse:
    """The 500 page, styled but rendered with no request: the database or the
    session may be what failed, so no context processor runs."""
    page = loader.get_template("500.html").render({"service_name": settings.DHR_SERVICE_NAME})
    return HttpResponseServerError(page)


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """The 400 page, styled and rendered like the 500 one with no request: the
    usual cause is a session that broke mid-request, so nothing may rely on it."""
    page = loader.get_template("400.html").render({"service_name": settings.DHR_SERVICE_NAME})
    return HttpResponseBadRequest(page)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A refused form (expired or missing CSRF token) as a styled page; Django
    has already logged the reason as one line on django.security.csrf."""
    page = loader.get_template("403.html").render({"csrf_failure": True}, request)
    return HttpResponseForbidden(page)
