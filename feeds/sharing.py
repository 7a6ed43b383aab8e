"""Addresses for other programs: feed readers, calendar apps, search engines and the
cards social media show of a shared link.

Every address here is absolute and starts with SITE_URL (config/addresses.py), never with
the Host a request named: feeds, the sitemap and pages are kept for everyone.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.utils.translation import get_language

from config.addresses import absolute_url

# og:locale names a language with its country.
OPEN_GRAPH_LOCALES = {"nn": "nn_NO", "nb": "nb_NO", "sv": "sv_SE", "da": "da_DK", "en": "en_GB"}


def open_graph_locale(language=None):
    return OPEN_GRAPH_LOCALES.get(language or get_language(), "nn_NO")


def absolute_file_url(url):
    """A stored file's URL made absolute; storage on another host gives one already."""
    if not url or urlsplit(url).scheme:
        return url
    return absolute_url(url)


def webcal_url(path):
    """The same address as a calendar subscription: calendar apps that see webcal:// add
    the calendar and fetch it again by themselves, rather than importing it once."""
    _scheme, rest = absolute_url(path).split("://", 1)
    return f"webcal://{rest}"


def site_address_parts():
    """(scheme, everything after it) of SITE_URL, for the sitemap's absolute addresses."""
    scheme, rest = settings.SITE_URL.split("://", 1)
    return scheme, rest
