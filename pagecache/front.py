"""The page cache's front door: a page from the cache without Django's request handling.

A resident's page usually comes from the page cache, and then Django's own work per
request (the handler, its signals, nine middleware passing the request on and the
response back) costs more than the page itself. config/wsgi.py therefore puts this in
front of Django's WSGI handler. For a plain GET whose page is kept, it does what that
path does, with the same code and the same objects, and nothing else:

- the request id (config.request_ids) and the page's language (config.languages);
- the key, the kept page and this visitor's values in it (CachedPageMiddleware.answer:
  CSRF token and cookie, CSP nonce and header, X-Frame-Options, the tip form's token);
- on the way out, the headers of the middleware before the page cache: ConditionalGet,
  Content-Language, Permissions-Policy, Django's SecurityMiddleware, X-Request-ID.

Everything else goes to Django unchanged: a page not kept, a request that would be
redirected to HTTPS or to its language's slash, a conditional request (Django answers
304), a body, a session or messages cookie, a Host not allowed, any other method, and
anything else this raises (logged as an error). tests/test_pagecache_front.py holds the
two paths to the same response, header by header. PAGE_CACHE_FRONT=false turns it off.
"""

import logging

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.core.handlers.wsgi import WSGIRequest, get_script_name
from django.middleware.http import ConditionalGetMiddleware
from django.middleware.security import SecurityMiddleware
from django.urls import set_script_prefix

from config.languages import enter_language, leave_language
from config.logging import current_request_id
from config.request_ids import HEADER as REQUEST_ID_HEADER
from config.request_ids import take_request_id
from security.middleware import PermissionsPolicyMiddleware

from .kept import kept_entry
from .middleware import CachedPageMiddleware

logger = logging.getLogger(__name__)

# What a page from the cache never answers: a conditional request (ConditionalGet's 304).
CONDITIONAL = ("HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE")


def _not_called(request):
    raise AssertionError("the front only answers from the cache")


class SentPage(list):
    """The page's body. The request id stays the thread's until the server has sent it and
    written its log line, as on Django's path (config/request_ids.py)."""

    def close(self):
        current_request_id.set("-")


class PageCacheFront:
    def __init__(self, application):
        self.application = application
        self.cached_pages = CachedPageMiddleware(_not_called)
        self.conditional_get = ConditionalGetMiddleware(_not_called)
        self.permissions_policy = PermissionsPolicyMiddleware(_not_called)
        self.security = SecurityMiddleware(_not_called)

    def __call__(self, environ, start_response):
        response = None
        if self.may_answer(environ):
            try:
                response = self.kept_page(environ)
            except DisallowedHost:
                pass  # Django refuses it with a 400, and a line in the security log
            except Exception:
                # A fault here must never cost a visitor the page: Django makes it.
                logger.exception("The page cache's front failed; Django answers")
        if response is None:
            return self.application(environ, start_response)
        start_response(
            f"{response.status_code} {response.reason_phrase}",
            [
                *response.items(),
                *(("Set-Cookie", cookie.OutputString()) for cookie in response.cookies.values()),
            ],
        )
        return SentPage([response.content])

    def may_answer(self, environ):
        return (
            settings.PAGE_CACHE_FRONT
            and settings.PAGE_CACHE_ENABLED
            and environ.get("REQUEST_METHOD") == "GET"
            and not any(environ.get(name) for name in CONDITIONAL)
            # A body (RequestSizeLimitMiddleware weighs it) is never a plain page request.
            and environ.get("CONTENT_LENGTH", "") in ("", "0")
            # Static files, media, the admin: at once, at no cost to them.
            and not environ.get("PATH_INFO", "").startswith(settings.PAGE_CACHE_EXCLUDE_PREFIXES)
        )

    def kept_page(self, environ):
        """The page from the cache as Django would send it, or None."""
        set_script_prefix(get_script_name(environ))  # as Django's handler does
        request = WSGIRequest(environ)
        # Left to Django, the request gets its id anew (request_started forgets this one).
        take_request_id(request)
        if self.security.process_request(request) is not None:  # to HTTPS
            return None
        if enter_language(request) is None:  # a language's prefix without its slash
            return None
        response = None
        try:
            response = self.answer(request)
        finally:
            leave_language(request, response)
        if response is None:
            return None
        # As the middleware before the page cache mark every response, in their order.
        response = self.permissions_policy.process_response(request, response)
        response = self.security.process_response(request, response)
        response[REQUEST_ID_HEADER] = request.request_id
        return response

    def answer(self, request):
        cached_pages = self.cached_pages
        if not cached_pages.may_use_cache(request):
            return None
        key = cached_pages.cache_key(request)
        entry = kept_entry(request, key) if key else None
        if entry is None:
            return None
        response = cached_pages.answer(request, entry)  # DisallowedHost: see __call__
        return self.conditional_get.process_response(request, response)
