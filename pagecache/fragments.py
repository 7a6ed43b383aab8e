"""Pieces of pages kept for everyone, logged in or not, with the page cache on or off.

A page the page cache cannot answer (a filter combination no one asked for yet, an htmx
swap of the results, a logged-in process leader) is made afresh, but most of what it
shows is the same as on other pages or for other visitors: the header and footer, the
card of each project, the filter form, a project's page below its title. Those are kept
here (and values that are costly to find, like the order of the projects matching a
query), under the same rules that keep whole pages fresh: filed
under the content generation, which every change renews, and never kept past the next
scheduled change (pagecache.schedules). FRAGMENT_CACHE=false turns them off.
"""

import hashlib

from django.conf import settings
from django.utils.translation import get_language

from .kept import keep, kept_entries, kept_entry
from .models import ContentGeneration
from .version import code_version


def content_generation(request):
    """The generation this request sees; asked once per request (CachedPageMiddleware
    has usually asked already)."""
    if getattr(request, "content_generation", None) is None:
        request.content_generation = ContentGeneration.objects.current()
    return request.content_generation


def fragment_key(request, name, *vary_on):
    parts = ":".join(str(part) for part in vary_on)
    digest = hashlib.sha256(parts.encode()).hexdigest()[:32]
    if getattr(request, "fragment_key_prefix", None) is None:
        request.fragment_key_prefix = f"fragment:{code_version()}:{content_generation(request)}"
    return f"{request.fragment_key_prefix}:{get_language()}:{name}:{digest}"


def remembered(request, name, make, *vary_on):
    """make(), or what it gave when last asked under the same generation."""
    if request is None or not settings.FRAGMENT_CACHE_ENABLED:
        return make()
    key = fragment_key(request, name, *vary_on)
    value = kept_entry(request, key)
    if value is None:
        value = make()
        keep(request, {key: value})
    return value


def remembered_each(request, name, wanted, make_missing):
    """{item: piece} for each item of `wanted` (tuples of what a piece varies on): the
    kept ones in one round trip to the cache, the rest from make_missing(items), which
    returns {item: piece} for those it could make, and kept for the next page."""
    wanted = list(wanted)
    if request is None or not settings.FRAGMENT_CACHE_ENABLED:
        return make_missing(wanted)
    keys = {item: fragment_key(request, name, *item) for item in wanted}
    kept = kept_entries(request, keys.values())
    pieces = {item: kept[key] for item, key in keys.items() if key in kept}
    missing = [item for item in wanted if item not in pieces]
    if missing:
        made = make_missing(missing)
        pieces |= made
        keep(request, {keys[item]: piece for item, piece in made.items()})
    return pieces
