"""The address a request really came from, behind our own reverse proxies.

Behind a proxy every request's `REMOTE_ADDR` is the proxy's, so a lock-out
keyed on it locks everyone out at once. `X-Forwarded-For` can name the client,
but anyone can send that header: only the entries our own proxies appended
can be believed. Each proxy appends the address it received the request from,
so with `DHR_PROXY_COUNT` proxies in front of the app the client is the
`DHR_PROXY_COUNT`-th entry from the right; everything to its left was written
by the client. The header is read only when the request came from one of
`DHR_TRUSTED_PROXIES` (addresses or networks), so a client that reaches the
app directly cannot name itself.
"""

from __future__ import annotations

import ipaddress
from typing import Any

from django.conf import settings


def trusted(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    networks = [ipaddress.ip_network(net, strict=False) for net in settings.DHR_TRUSTED_PROXIES]
    return any(ip in net for net in networks)


def valid(address: str) -> str | None:
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


def client_address(request: Any) -> str | None:
    """The client's address (axes' AXES_CLIENT_IP_CALLABLE, the audit trail)."""
    remote = request.META.get("REMOTE_ADDR") or ""
    hops = settings.DHR_PROXY_COUNT
    if not hops or not trusted(remote):
        return valid(remote)
    forwarded = [
        a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if a.strip()
    ]
    if len(forwarded) < hops:
        # Fewer entries than proxies: the request skipped one; trust nothing in it.
        return valid(remote)
    return valid(forwarded[-hops]) or valid(remote)
