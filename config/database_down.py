"""While the database is unreachable, every page answers 503 with a short page of its own.

The page (templates/503.html) is rendered without the request, so no context processor
runs: they read the site settings from the database, the very thing that is down. Pages
of the page cache cannot stand in meanwhile, as it asks the database which pages are
current. PostgreSQL connections are health-checked (CONN_HEALTH_CHECKS), so when the
database is back the next request of every app server process connects afresh: nothing
needs a restart.
"""

import logging
import sys

from django.conf import settings
from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError
from django.dispatch import receiver
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import patch_cache_control
from django.utils.csp import CSP, build_policy
from django.utils.log import log_response

logger = logging.getLogger(__name__)

# What Django raises (wrapping psycopg's or sqlite3's own) when the database cannot be
# reached, refuses more connections, or drops one mid-request.
DATABASE_DOWN = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def unavailable(request, error):
    """The 503 page, logged as one warning line instead of Django's error with traceback."""
    if hasattr(request, "session"):
        # Emptied in memory only, so that SessionMiddleware need not load it from the
        # database for this response; it saves no session with a 5xx, so whoever was
        # logged in stays so.
        request.session.clear()
    response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    patch_cache_control(response, no_store=True)
    # Set here, for a page that bypasses the middleware which would set them.
    if settings.SECURE_CSP:
        response[str(CSP.HEADER_ENFORCE)] = build_policy(settings.SECURE_CSP)
    response["X-Frame-Options"] = settings.X_FRAME_OPTIONS
    log_response(
        "Database unavailable, %s answered 503: %s",
        request.path,
        " ".join(str(error).split()),
        response=response,
        request=request,
        logger=logger,
        level="warning",
    )
    return response


class DatabaseDownMiddleware:
    """Early in MIDDLEWARE, so that it also covers the middleware after it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        error = getattr(request, "_database_error", None)
        if error is not None and response.status_code == 500:
            # Raised by a middleware rather than a view: Django made it a 500 on the way.
            return unavailable(request, error)
        return response

    def process_exception(self, request, exception):
        # Views, templates and their context processors (the admin's too).
        if isinstance(exception, DATABASE_DOWN):
            return unavailable(request, exception)
        return None


@receiver(got_request_exception)
def remember_database_error(sender, request=None, **kwargs):
    """Sent while Django turns an exception into a 500: note it if the database failed."""
    error = sys.exc_info()[1]
    if request is not None and isinstance(error, DATABASE_DOWN):
        request._database_error = error
