"""Redis as a cache the site can do without.

Django's RedisCache raises when Redis cannot be reached, and every page that asks the
cache then fails with a 500. ResilientRedisCache acts instead as an empty cache that keeps
nothing while Redis is away: reads miss, writes are dropped, incr() and decr() raise
ValueError as for a missing key. Pages are made afresh meanwhile; nothing needs a restart
when Redis is back.

To keep requests fast while Redis is away, connecting and answering have short timeouts,
and after a failure no one in the process asks that Redis again for RETRY_AFTER_SECONDS
(a circuit breaker); then one request tries, and the others go on without Redis until it
has an answer. Each outage is logged once per process, with one more line when Redis is
back.

Only failures to reach Redis are forgiven (UNREACHABLE). A mistake in the code, such as a
value that cannot be pickled or incr() of a text, still raises.

A delete() or clear() dropped during an outage is not made up for later: entries kept
before the outage may come back with Redis. The page cache never relies on deleting:
its entries are filed under the content generation, which lives in the database.
"""

import logging
import threading
import time
from urllib.parse import urlsplit

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import BusyLoadingError
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

# Redis stopped, restarting, loading its data, unreachable over the network, or too slow.
UNREACHABLE = (RedisConnectionError, RedisTimeoutError, BusyLoadingError, OSError)

# Without them redis-py waits for as long as the operating system does (minutes, for a
# host that drops packets), and every request with it.
DEFAULT_CONNECT_TIMEOUT = 0.25
DEFAULT_SOCKET_TIMEOUT = 0.5
DEFAULT_RETRY_AFTER_SECONDS = 5

# Stands for "Redis was not asked" where None or False could be an answer.
_NOT_ASKED = object()


def described(location):
    """The server's address for the log, without a password."""
    parts = urlsplit(location)
    return parts._replace(netloc=parts.netloc.rpartition("@")[2], query="").geturl()


class Breaker:
    """Whether to ask one Redis server now. One per server and process, shared by its
    caches (the "default" and "pages" aliases) and threads, so that one outage is noticed,
    logged and waited out once."""

    def __init__(self, name):
        self.name = name
        self.lock = threading.Lock()
        self.down_since = None  # when this outage was noticed (time.monotonic())
        self.skip_until = 0.0

    def may_ask(self, retry_after):
        with self.lock:
            now = time.monotonic()
            if now < self.skip_until:
                return False
            if self.down_since is not None:
                # This caller tries; the others keep skipping until it knows.
                self.skip_until = now + retry_after
            return True

    def failed(self, error, retry_after):
        with self.lock:
            self.skip_until = time.monotonic() + retry_after
            if self.down_since is not None:
                return
            self.down_since = time.monotonic()
        logger.warning(
            "Redis at %s cannot be reached (%s): pages are made afresh and nothing is "
            "cached; trying again every %g s.",
            self.name,
            " ".join(str(error).split()) or type(error).__name__,
            retry_after,
        )

    def answered(self):
        if self.down_since is None:  # as nearly always: no lock needed
            return
        with self.lock:
            if self.down_since is None:
                return
            seconds = time.monotonic() - self.down_since
            self.down_since = None
            self.skip_until = 0.0
        # A warning as well, so that whoever filters the log by level sees both lines.
        logger.warning("Redis at %s is back after %.0f s: caching again.", self.name, seconds)


_breakers = {}
_breakers_lock = threading.Lock()


def breaker_for(servers):
    name = ", ".join(described(server) for server in servers)
    with _breakers_lock:
        return _breakers.setdefault(name, Breaker(name))


class ResilientRedisCache(RedisCache):
    """Django's RedisCache, as an empty cache that keeps nothing while Redis is away.

    OPTIONS are redis-py's connection options, as for RedisCache, plus
    RETRY_AFTER_SECONDS: how long Redis is left alone after a failure."""

    def __init__(self, server, params):
        options = dict(params.get("OPTIONS", {}))
        self.retry_after = float(options.pop("RETRY_AFTER_SECONDS", DEFAULT_RETRY_AFTER_SECONDS))
        options.setdefault("socket_connect_timeout", DEFAULT_CONNECT_TIMEOUT)
        options.setdefault("socket_timeout", DEFAULT_SOCKET_TIMEOUT)
        super().__init__(server, {**params, "OPTIONS": options})
        self.breaker = breaker_for(self._servers)

    def _ask(self, operation, *args, when_down):
        """operation(*args), or when_down if Redis cannot be reached or is being left alone."""
        if not self.breaker.may_ask(self.retry_after):
            return when_down
        try:
            result = operation(*args)
        except UNREACHABLE as error:
            self.breaker.failed(error, self.retry_after)
            return when_down
        self.breaker.answered()
        return result

    def get(self, key, default=None, version=None):
        return self._ask(super().get, key, default, version, when_down=default)

    def get_many(self, keys, version=None):
        return self._ask(super().get_many, keys, version, when_down={})

    def has_key(self, key, version=None):
        return self._ask(super().has_key, key, version, when_down=False)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._ask(super().set, key, value, timeout, version, when_down=None)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        # The keys that were not stored: all of them.
        return self._ask(super().set_many, data, timeout, version, when_down=list(data))

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        # Not stored: whoever counts on add() (a first count, a lock) must not think it was.
        return self._ask(super().add, key, value, timeout, version, when_down=False)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._ask(super().touch, key, timeout, version, when_down=False)

    def delete(self, key, version=None):
        return self._ask(super().delete, key, version, when_down=False)

    def delete_many(self, keys, version=None):
        self._ask(super().delete_many, keys, version, when_down=None)

    def clear(self):
        return self._ask(super().clear, when_down=False)

    def incr(self, key, delta=1, version=None):
        # decr() comes here too. As for a missing key, since none is kept.
        result = self._ask(super().incr, key, delta, version, when_down=_NOT_ASKED)
        if result is _NOT_ASKED:
            raise ValueError(f"Key {key!r} not found: Redis cannot be reached.")
        return result
