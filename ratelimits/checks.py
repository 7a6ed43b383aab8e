"""Deployment checks (`manage.py check --deploy`) for the Redis the page cache uses.

Nothing that must last is in Redis (see CACHES in config/settings.py), but whoever can
write to it decides what pages residents are served: on another machine it needs a
password.
"""

import ipaddress
from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.core.cache.backends.redis import RedisCache
from django.core.checks import Tags, Warning, register
from django.utils.module_loading import import_string

LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}


def is_loopback(host):
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a name other than localhost: another machine, as far as we know


def redis_addresses():
    """Each Redis server address the caches use (a LOCATION may list several)."""
    for config in settings.CACHES.values():
        try:
            backend = import_string(config["BACKEND"])
        except ImportError:
            continue
        if not issubclass(backend, RedisCache):
            continue
        location = config.get("LOCATION", "")
        servers = location.split(",") if isinstance(location, str) else location
        yield from (server.strip() for server in servers if server.strip())


def unprotected_remote_host(address):
    """The host of a Redis URL on another machine that gives no password, else None."""
    url = urlsplit(address)
    if url.scheme == "unix" or not url.hostname or is_loopback(url.hostname):
        return None
    if url.password or parse_qs(url.query).get("password"):
        return None
    return url.hostname


@register(Tags.security, deploy=True)
def remote_redis_has_a_password(app_configs, **kwargs):
    problems = []
    for address in redis_addresses():
        host = unprotected_remote_host(address)
        if host is None:
            continue
        problems.append(
            Warning(
                f"REDIS_URL points at {host}, another machine, without a password: anyone "
                "who can reach it can change the pages the site serves from its cache.",
                hint="Set requirepass (or an ACL user) in redis.conf and give the password "
                "in REDIS_URL, percent-encoded: redis://:PASSWORD@10.0.0.5:6379/0",
                id="framdrift.W030",
            )
        )
    return problems
