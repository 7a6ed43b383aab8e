"""Which language a page is shown in, and the same page's address in another language.

The site speaks its own language (LANGUAGE_CODE) at addresses without a prefix. Each
content language (CONTENT_LANGUAGES) lives under its code: /en/projects/... The prefix
is taken off the path and added to the script prefix for the request, so the URL
patterns are the same for every language and every address reversed on the page keeps
its language. The browser's language and cookies play no part: a page's address says
what it is in.
"""

from contextlib import contextmanager

from django.conf import settings
from django.http import HttpResponsePermanentRedirect
from django.urls import (
    NoReverseMatch,
    Resolver404,
    get_script_prefix,
    resolve,
    reverse,
    set_script_prefix,
)
from django.utils import translation

# Addresses that are the same in every language, never under a language's prefix.
UNPREFIXED = ("/static/", "/media/", "/i18n/", "/csp-report/", "/favicon.ico")


def content_languages():
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def enter_language(request):
    """Takes the language from the request's address and switches to it for this thread:
    the prefix moves from request.path_info to the script prefix. Returns the language, or
    None for a language's bare prefix (/en), which needs its slash first. Each call that
    returns a language is followed by leave_language()."""
    language = settings.LANGUAGE_CODE
    request.site_script_prefix = get_script_prefix()
    first, slash, rest = request.path_info.lstrip("/").partition("/")
    if first in content_languages():
        if not slash:
            return None
        if not f"/{rest}".startswith((f"/{settings.ADMIN_URL}", *UNPREFIXED)):
            language = first
            request.path_info = f"/{rest}"
            set_script_prefix(f"{request.site_script_prefix}{first}/")
    translation.activate(language)
    request.LANGUAGE_CODE = language
    return language


def leave_language(request, response):
    """Language and script prefix are per thread: whatever runs next in it starts from the
    site's own. The response says which language it is in, unless it said so itself."""
    set_script_prefix(request.site_script_prefix)
    translation.deactivate()
    if response is not None:
        response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)


class SiteLanguageMiddleware:
    """Before the page cache: the language is part of what a kept page is kept under."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if enter_language(request) is None:
            return HttpResponsePermanentRedirect(f"{request.path}/")
        response = None
        try:
            response = self.get_response(request)
        finally:
            leave_language(request, response)
        return response


@contextmanager
def addresses_in(language, site_script_prefix="/"):
    """Within: URLs reversed are the language's addresses, under its prefix if it has one."""
    before = get_script_prefix()
    prefix = (
        site_script_prefix
        if language == settings.LANGUAGE_CODE
        else f"{site_script_prefix}{language}/"
    )
    set_script_prefix(prefix)
    try:
        with translation.override(language):
            yield
    finally:
        set_script_prefix(before)


def same_page_in(request, language):
    """This page's address in another language in use, its query kept; None where the
    page has no address of its own (a 404)."""
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    if not match.url_name:
        return None
    try:
        with addresses_in(language, getattr(request, "site_script_prefix", "/")):
            address = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
    except NoReverseMatch:
        return None
    query = request.META.get("QUERY_STRING", "")
    return f"{address}?{query}" if query else address


def language_versions(request):
    """[(code, name in its own language, address, is this page)] for every language in
    use, where there is more than one."""
    if len(settings.LANGUAGES) < 2:
        return []
    current = translation.get_language()
    versions = []
    for code, _name in settings.LANGUAGES:
        address = same_page_in(request, code)
        if address is not None:
            info = translation.get_language_info(code)
            versions.append((code, info["name_local"], address, code == current))
    return versions
