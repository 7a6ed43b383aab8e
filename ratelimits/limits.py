"""Fixed-window rate limits, e.g. at most 10 tips per client per hour, counted in the
database (ratelimits.models) so that one limit holds across all app server processes."""

import hashlib
import hmac
import re
import time

from django.conf import settings
from django.db import connection

from .clients import client_address
from .models import RateCount

PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
RATE = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*([smhd])\s*$")


def parse_rate(rate):
    """ "10/h" -> (10, 3600); "5/10m" -> (5, 600)."""
    match = RATE.match(rate)
    if not match:
        raise ValueError(f"A rate is a count per period, such as 10/h or 5/10m, not {rate!r}.")
    count, multiple, unit = match.groups()
    return int(count), int(multiple or 1) * PERIODS[unit]


def hashed(value):
    """A keyed hash: the same client gives the same value, but the address cannot be read
    back from it, not even by trying every IPv4 address, without the secret key."""
    key = hashlib.sha256(b"framdrift-client:" + settings.SECRET_KEY.encode()).digest()
    return hmac.new(key, value.encode(), hashlib.sha256).hexdigest()


def hashed_client(request):
    return hashed(client_address(request))


def count_and_check(scope, request, rate):
    """Count this request against the client's limit for `scope`; True when it is over."""
    limit, period = parse_rate(rate)
    return counted(scope, hashed_client(request), period) > limit


def counted(scope, client, period, now=None):
    """Add one to the client's count in the current window, in one statement that every
    process may run at once, and return the new count."""
    now = time.time() if now is None else now
    window = int(now // period)
    quote = connection.ops.quote_name
    table, count = quote(RateCount._meta.db_table), quote("count")
    key = ", ".join(map(quote, ["scope", "client", "window_number"]))
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({key}, {count}, {quote('expires_at')}) "
            f"VALUES (%s, %s, %s, 1, %s) ON CONFLICT ({key}) "
            f"DO UPDATE SET {count} = {table}.{count} + 1 RETURNING {count}",
            [scope, client, window, (window + 1) * period],
        )
        return cursor.fetchone()[0]


def prune(now=None):
    """Forget the counts of windows that are over (run by the worker's housekeeping)."""
    now = time.time() if now is None else now
    return RateCount.objects.filter(expires_at__lt=now).delete()[0]
