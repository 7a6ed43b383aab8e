"""The site's own addresses.

Absolute links (share links, calendar files and feeds, emails) start with SITE_URL, never
with the request's Host: pages are kept for everyone, so a Host header one visitor sent
(any port passes ALLOWED_HOSTS) would otherwise reach every visitor after them.

Paths are in the site's language; those of the other languages redirect to them.
"""

import re
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponsePermanentRedirect
from django.urls import Resolver404, get_script_prefix, get_urlconf, resolve, reverse
from django.utils import translation
from django.utils.translation import get_language

# Stands in for the one argument when an address is first reversed: digits only, so that
# both the int and the slug converter take it.
STAND_IN = "90817263544536271809"
PLAIN = re.compile(r"[A-Za-z0-9_-]+")
_patterns = {}


def address_of(viewname, value=None):
    """reverse(viewname, args=[value]), for the addresses a page shows by the dozen (a
    card's project and areas, the menu's pages): reversed once per view, language and
    prefix, then filled in; without a value, reverse(viewname), kept the same way. A value
    that would need quoting is reversed as usual."""
    key = (viewname, value is None, get_language(), get_script_prefix(), get_urlconf())
    if value is None:
        address = _patterns.get(key)
        if address is None:
            address = _patterns[key] = reverse(viewname)
        return address
    value = str(value)
    if not PLAIN.fullmatch(value):
        return reverse(viewname, args=[value])
    pattern = _patterns.get(key)
    if pattern is None:
        pattern = _patterns[key] = reverse(viewname, args=[STAND_IN])
    return pattern.replace(STAND_IN, value)


def absolute_url(path):
    """SITE_URL followed by a path (and query) of the site, e.g. "/prosjekt/ny-skule/"."""
    return f"{settings.SITE_URL}{path}"


def site_host():
    """The site's host name, without scheme or port."""
    return urlsplit(settings.SITE_URL).hostname or "localhost"


class OtherLanguageAddressMiddleware:
    """Addresses are in the site's language (/prosjekt/ in Norwegian, /projekt/ in Swedish
    and Danish, /projects/ in English). An address of one of the other languages, printed
    on a leaflet before a setting changed, say, is answered with a permanent redirect to
    the same page's address in the site's language, its query kept. Asked only for what
    would otherwise be a 404."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in ("GET", "HEAD"):
            return response
        address = self.in_site_language(request.path_info, request.path)
        if address is None:
            return response
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(f"{address}?{query}" if query else address)

    def in_site_language(self, path_info, path):
        site_language = get_language()
        for language in settings.SITE_LANGUAGES:
            if language == site_language:
                continue
            with translation.override(language):
                try:
                    match = resolve(path_info)
                except Resolver404:
                    continue
            if not match.url_name:
                continue
            address = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
            if address != path:
                return address
        return None
