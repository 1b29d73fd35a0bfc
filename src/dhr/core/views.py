from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect


def home(request: HttpRequest) -> HttpResponse:
    """Signed-in people go to their reviews; everyone else to the published ones."""
    if request.user.is_authenticated:
        return redirect("reviews:list")
    return redirect("publication:index")


def healthz(request: HttpRequest) -> HttpResponse:
    """For a load balancer: the app is up and can reach its database."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok", content_type="text/plain")
