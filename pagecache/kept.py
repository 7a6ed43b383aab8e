"""Where kept pages and pieces of pages live: the "pages" cache, and, when that is shared
by several app servers (Redis), a copy near at hand in each process.

Asking Redis costs a round trip on the network for every page from the page cache and
every piece of a page (a page made with fragments asks for a dozen or more). But what
is kept under a key never changes: every key names the code's version and the content
generation (pagecache.fragments, pagecache.middleware), and any change to public content
files what follows under new keys. So a process may keep a copy of what it has read or
written, and answer from it without asking again: the copy can be no staler than Redis
itself. It lives no longer than the entry may (until the next scheduled change,
pagecache.schedules), and at most PAGE_CACHE_NEAR_ENTRIES entries are copied per
process, the least recently used dropped first (Django's local-memory cache).

With the pages cache in local memory (one app server, no REDIS_URL) there is no near
copy: that cache is near already.
"""

from django.conf import settings
from django.core.cache import caches

from .schedules import seconds_to_keep


def shared():
    return caches[settings.PAGE_CACHE_ALIAS]


def near():
    """The process's own copy, or None where there is none."""
    alias = settings.PAGE_CACHE_NEAR_ALIAS
    return caches[alias] if alias else None


def kept_entry(request, key):
    """What is kept under key, or None. kept_entries() for one key, without building the
    lists and dicts: every page from the cache asks this (4 µs of some 230)."""
    copy = near()
    if copy is not None:
        value = copy.get(key)
        if value is not None:
            return value
    value = shared().get(key)
    if value is not None and copy is not None:
        keep_near(copy, request, {key: value})
    return value


def kept_entries(request, keys):
    """{key: value} for those of keys that are kept, asking the shared cache once at most."""
    keys = list(keys)
    copy = near()
    found = copy.get_many(keys) if copy is not None else {}
    missing = [key for key in keys if key not in found]
    if missing:
        from_shared = shared().get_many(missing)
        if copy is not None:
            keep_near(copy, request, from_shared)
        found |= from_shared
    return found


def keep(request, entries):
    """Keep {key: value} until the next scheduled change; nothing when that is now."""
    timeout = seconds_to_keep(request)
    if timeout <= 0 or not entries:
        return
    not_stored = set(shared().set_many(entries, timeout) or ())
    copy = near()
    if copy is not None:
        # Only what Redis took: while it is away nothing is kept (config/caches.py), and
        # once it is back the next page made is kept there for every server again.
        stored = {key: value for key, value in entries.items() if key not in not_stored}
        keep_near(copy, request, stored)


def keep_near(copy, request, entries):
    timeout = seconds_to_keep(request)
    if entries and timeout > 0:
        copy.set_many(entries, timeout)
