"""The site's own address, from SITE_URL, for every absolute link it writes: share links,
calendar files and feeds, emails.

Never from the request: pages are kept for everyone, so a Host header one visitor sent
(any port passes ALLOWED_HOSTS) would otherwise reach every visitor after them.
"""

from urllib.parse import urlsplit

from django.conf import settings


def absolute_url(path):
    """SITE_URL followed by a path (and query) of the site, e.g. "/prosjekt/ny-skule/"."""
    return f"{settings.SITE_URL}{path}"


def site_host():
    """The site's host name, without scheme or port."""
    return urlsplit(settings.SITE_URL).hostname or "localhost"
