from typing import Any

from django.conf import settings
from django.http import HttpRequest

from dhr.accounts.models import CspMembership


def service(request: HttpRequest) -> dict[str, Any]:
    return {"service_name": settings.DHR_SERVICE_NAME}


def navigation(request: HttpRequest) -> dict[str, Any]:
    """The CSP a coordinator or CSP chair works for, so the menu can offer its
    dashboard and agency directory. Access is still decided by each view."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_csp_id": None}
    csp_id = (
        CspMembership.objects.filter(user=user)
        .order_by("csp__name")
        .values_list("csp_id", flat=True)
        .first()
    )
    return {"nav_csp_id": csp_id}
