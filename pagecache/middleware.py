"""A full-page cache for anonymous GET requests that is never stale.

- Pages are filed under the content generation (pagecache.models): any change to public
  content renews it, so the next request in every process renders afresh.
- An entry lives no longer than the next scheduled change (a status update published at
  a set time, a meeting that starts), so time alone also brings a fresh page.
- Values that must differ per request are stored as placeholders and filled in on the
  way out: the CSP nonce, the CSRF token (with its cookie, set as CsrfViewMiddleware sets
  it: pagecache.csrf.send_cookie), and the signed start time of the tip form.
- Logged-in users, requests with a session or messages, and anything but a plain 200
  response are never served from or stored in the cache.

The ETag is computed from the page with its placeholders, so a browser's conditional
request gets a 304 whenever the content is unchanged, with the cache on or off.
"""

import hashlib

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpResponse
from django.middleware.clickjacking import XFrameOptionsMiddleware
from django.middleware.csrf import CsrfViewMiddleware
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language

from security.middleware import ContentSecurityPolicyMiddleware

from .csrf import send_cookie
from .fragments import content_generation
from .fresh import placeholder_pattern, value_for, with_placeholders
from .kept import keep, kept_entry
from .version import code_version

CACHEABLE_TYPES = (
    "text/html",
    "text/calendar",
    "application/xml",
    "application/rss+xml",
    "application/atom+xml",
)
# What views' decorators mark a response with for the CSP and X-Frame-Options middleware
# (django.views.decorators.csp and .clickjacking), which run again on a kept page.
RESPONSE_MARKS = ("_csp_config", "_csp_ro_config", "xframe_options_exempt")
# What patch_cache_control(response, private=True, no_cache=True) writes on a response
# that had no Cache-Control, as a page from the cache has not.
ASK_AGAIN_EACH_TIME = "private, no-cache"
# The request headers by which htmx asks for part of a page rather than all of it.
HTMX_HEADERS = ("HX-Request", "HX-History-Restore-Request")


def wants_part_of_page(request):
    """Whether a view answers with the part htmx swaps in rather than the whole page: an
    htmx request that does not restore history, as django-htmx's request.htmx tells it
    (which HtmxMiddleware has not set yet when the cache is asked). Read from META, since
    request.headers copies every header of the request for these two."""
    return (
        request.META.get("HTTP_HX_REQUEST") == "true"
        and request.META.get("HTTP_HX_HISTORY_RESTORE_REQUEST") != "true"
    )


class PageCache:
    """What both halves of the page cache share: which requests and responses, the key,
    and entries."""

    def __init__(self, get_response):
        self.get_response = get_response

    # Which requests and responses

    def may_use_cache(self, request):
        if request.method not in ("GET", "HEAD"):
            return False
        if any(name in request.COOKIES for name in self.private_cookies()):
            return False
        return not request.path.startswith(settings.PAGE_CACHE_EXCLUDE_PREFIXES)

    def private_cookies(self):
        # A session means a logged-in user, or a page made for one resident (a sent tip);
        # "messages" is where Django keeps messages not shown yet.
        return (settings.SESSION_COOKIE_NAME, "messages")

    def may_store(self, request, response):
        session = getattr(request, "session", None)
        cache_control = response.get("Cache-Control", "")
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
            and response.get("Content-Type", "").startswith(CACHEABLE_TYPES)
            # A view that wrote to the session made a page for one person.
            and not (session is not None and session.modified)
        )

    def key(self, request, generation):
        # One entry per version of the code, generation, language, whole page or the part
        # htmx swaps in, and full address. The host is left out: absolute addresses on
        # pages come from SITE_URL, never from the request.
        htmx = "part" if wants_part_of_page(request) else "whole"
        address = hashlib.sha256(request.get_full_path().encode()).hexdigest()
        return f"page:{code_version()}:{generation}:{get_language()}:{htmx}:{address}"

    # Entries

    def entry_for(self, response, request):
        """The response as stored: per-request values replaced by placeholders."""
        text = with_placeholders(response.content.decode(response.charset), request)
        headers = {
            name: response[name]
            for name in ("Content-Type", "Content-Disposition", "Content-Language", "Vary")
            if name in response
        }
        # What a view's decorators set for the middleware after this one (the embeds'
        # frame-ancestors: embeds/views.py) goes with the page, and into its ETag: under
        # another policy it is another page to a browser.
        marks = {
            name: getattr(response, name) for name in RESPONSE_MARKS if hasattr(response, name)
        }
        tagged = f"{text}{marks!r}" if marks else text
        etag = f'W/"{hashlib.sha256(tagged.encode()).hexdigest()[:32]}"'
        # Stored as encoded pieces between the placeholders, so that a hit only joins bytes.
        pieces = placeholder_pattern().split(text)
        return {
            "pieces": [
                piece.encode(response.charset) if index % 2 == 0 else piece
                for index, piece in enumerate(pieces)
            ],
            "charset": response.charset,
            "headers": headers,
            "etag": etag,
            "has_csrf_token": "field:csrfmiddlewaretoken" in pieces[1::2],
            "marks": marks,
        }

    def response_from(self, entry, request):
        charset = entry["charset"]
        pieces = entry["pieces"]
        body = [pieces[0]]
        for index in range(1, len(pieces), 2):
            body.append(value_for(pieces[index], request).encode(charset))
            body.append(pieces[index + 1])
        content = b"".join(body)
        response = HttpResponse(content)
        response["Content-Length"] = len(content)
        for name, value in entry["headers"].items():
            response[name] = value
        # Read by the CSP and X-Frame-Options middleware, as on the page made afresh.
        for name, value in entry["marks"].items():
            setattr(response, name, value)
        self.add_validators(response, entry, request, fresh=True)
        self.tell(response, "hit")
        return response

    def tell(self, response, outcome):
        # Only where a setting asks (tests, the bench): anyone could otherwise learn from a
        # "hit" what someone else recently looked for, such as a search for a person's name.
        if settings.PAGE_CACHE_HEADER:
            response["X-Page-Cache"] = outcome

    def add_validators(self, response, entry, request, fresh=False):
        """fresh: the response was made here, with no Cache-Control of a view's to keep."""
        response["ETag"] = entry["etag"]
        # A browser's kept copy of a form holds the CSRF token of the cookie it had then:
        # without a cookie now, it must get the form anew rather than a 304.
        if entry["has_csrf_token"] and settings.CSRF_COOKIE_NAME not in request.COOKIES:
            request.META.pop("HTTP_IF_NONE_MATCH", None)
        # Browsers and proxies ask again each time (a 304 when nothing changed), so no
        # one keeps a stale status; "private" because forms carry one visitor's token.
        if fresh:
            response["Cache-Control"] = ASK_AGAIN_EACH_TIME
        else:
            patch_cache_control(response, private=True, no_cache=True)


class CachedPageMiddleware(PageCache):
    """Early in MIDDLEWARE (after the database-down guard and ConditionalGetMiddleware):
    answers from the cache before sessions, users and messages are looked at, since a
    cached page needs none of them. The middleware that marks each response runs for it
    all the same (the same objects as for a page made afresh): the CSP header with this
    response's nonce, X-Frame-Options; and the CSRF cookie as CsrfViewMiddleware sets it
    (pagecache.csrf.send_cookie)."""

    def __init__(self, get_response):
        super().__init__(get_response)
        self.csrf = CsrfViewMiddleware(get_response)
        self.csp = ContentSecurityPolicyMiddleware(get_response)
        self.frame_options = XFrameOptionsMiddleware(get_response)

    def __call__(self, request):
        if not self.may_use_cache(request):
            return self.get_response(request)
        key = self.cache_key(request)
        if key is None:
            return self.get_response(request)
        # PageCacheMiddleware, last in MIDDLEWARE, files the page made under this key.
        request.page_cache_key = key
        entry = kept_entry(request, key) if key else None
        if entry is None:
            return self.get_response(request)
        return self.answer(request, entry)

    def cache_key(self, request):
        """The key this request's page is kept under: "" when the page cache is off, None
        without a database (the view then answers as it can: config/database_down.py)."""
        try:
            # Asked once: pieces of pages (pagecache.fragments) use the same generation.
            generation = content_generation(request)
        except DatabaseError:
            return None
        if not settings.PAGE_CACHE_ENABLED:
            # Nothing is kept, yet PageCacheMiddleware gives the page its validators.
            return ""
        return self.key(request, generation)

    def answer(self, request, entry):
        """The kept page as this visitor gets it. Raises DisallowedHost for a Host not in
        ALLOWED_HOSTS (Django answers 400), as CommonMiddleware would have."""
        request.get_host()
        self.csrf.process_request(request)
        self.csp.process_request(request)
        response = self.response_from(entry, request)
        for middleware in (self.csp, self.frame_options):
            response = middleware.process_response(request, response)
        if settings.CSRF_USE_SESSIONS:  # the secret goes into a session: Django's way
            return self.csrf.process_response(request, response)
        return send_cookie(request, response)


class PageCacheMiddleware(PageCache):
    """Last in MIDDLEWARE, so that the page it stores is the view's own, before the
    middleware above adds anything for one visitor; gives every page its validators."""

    def __call__(self, request):
        key = getattr(request, "page_cache_key", None)
        response = self.get_response(request)
        if key is None or not self.may_store(request, response):
            return response
        entry = self.entry_for(response, request)
        self.add_validators(response, entry, request)
        if key:  # "" when the page cache is off
            keep(request, {key: entry})
            self.tell(response, "miss")
        return response
