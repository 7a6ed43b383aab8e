"""Who a request comes from, as far as limits and lockouts are concerned.

Behind a reverse proxy the client's address is in a header the proxy writes
(CLIENT_IP_HEADER, e.g. HTTP_X_FORWARDED_FOR). Each proxy appends the address it got the
request from, and anything before that was written by the client itself: with
TRUSTED_PROXY_COUNT proxies of our own, the client is the entry that many places from the
end, never the first, which anyone can forge.

One household or phone has a whole IPv6 /64 to choose addresses from, so limits count
an IPv6 client by its /64 network; IPv4 addresses count one by one.
"""

import ipaddress
import logging

from django.conf import settings

logger = logging.getLogger(__name__)


def _parsed(value):
    try:
        return ipaddress.ip_address(value.strip().strip("[]"))
    except ValueError:
        return None


def client_ip(request):
    """The client's address as the nearest trusted proxy saw it (REMOTE_ADDR without one)."""
    remote = _parsed(request.META.get("REMOTE_ADDR", ""))
    header = settings.CLIENT_IP_HEADER
    if header != "REMOTE_ADDR":
        entries = [entry for entry in request.META.get(header, "").split(",") if entry.strip()]
        proxies = max(1, settings.TRUSTED_PROXY_COUNT)
        if len(entries) >= proxies:
            address = _parsed(entries[-proxies])
            if address is not None:
                return address
        # A request that did not pass through the proxy as configured.
        logger.info("No client address in %s; using REMOTE_ADDR", header)
    return remote


def client_address(request):
    """The client as one address: an IPv4 address, or the first address of an IPv6 /64
    (which stands for the whole network). For django-axes, and for the limits below."""
    address = client_ip(request)
    if address is None:
        return ""
    if address.version == 6 and address.ipv4_mapped:
        return str(address.ipv4_mapped)
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/64", strict=False).network_address)
    return str(address)
