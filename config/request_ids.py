"""One id per request, from nginx to Django's log lines and back to the browser.

nginx makes an id for each request ($request_id) and passes it on as X-Request-ID. This
middleware, first in MIDDLEWARE, takes it when it looks like one (letters, digits, ".",
"_" and "-", 8 to 64 of them), so that nginx's access log and Django's lines can be
matched; anything else (a visitor can send any header) is replaced by an id of our own,
so that no one can write what they like into the log. The id is on every log line of the
request (config/logging.py) and on the response as X-Request-ID.

The page cache never keeps it: the header is set here, outside both halves of the page
cache, on pages made afresh and on pages from the cache alike, and the kept page holds
only the headers it chooses (pagecache/middleware.py), never this one.
"""

import re
import uuid

from django.core.signals import request_finished, request_started
from django.dispatch import receiver

from config.logging import current_request_id

HEADER = "X-Request-ID"
WELL_FORMED = re.compile(r"[A-Za-z0-9._-]{8,64}")


def request_id_for(request):
    """The id nginx gave the request, if it is well formed, else a new one."""
    # From META rather than request.headers, which would copy every header for this one.
    offered = request.META.get("HTTP_X_REQUEST_ID", "")
    if WELL_FORMED.fullmatch(offered):
        return offered
    return uuid.uuid4().hex


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        take_request_id(request)
        response = self.get_response(request)
        response[HEADER] = request.request_id
        return response


def take_request_id(request):
    request.request_id = request_id_for(request)
    # Kept until the request has finished, not only until the middleware returns: Django
    # logs "Not Found" and the like after the last middleware, and gunicorn its access line.
    current_request_id.set(request.request_id)


@receiver(request_started, dispatch_uid="request_ids.forget")
@receiver(request_finished, dispatch_uid="request_ids.forget_after")
def forget_request_id(**kwargs):
    # A thread serves the next request, or logs between requests, with no id left over.
    current_request_id.set("-")
