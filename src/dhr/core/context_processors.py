from typing import Any

from django.conf import settings
from django.http import HttpRequest

from dhr.access import dashboard_csps


def service(request: HttpRequest) -> dict[str, Any]:
    return {"service_name": settings.DHR_SERVICE_NAME}


def navigation(request: HttpRequest) -> dict[str, Any]:
    """The CSP a coordinator or CSP chair works for, so the menu can offer its
    dashboard and agency directory. Access is still decided by each view."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_csp_id": None}
    return {"nav_csp_id": dashboard_csps(user).values_list("pk", flat=True).first()}
