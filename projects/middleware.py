"""Before any page is made: projects whose scheduled status update's time has come are
brought up to date (projects/activity.py), so that no page shows a status time has
changed. A page from the page cache needs nothing: it was kept no longer than that time.
Files and the health checks show no project and are let through untouched."""

from contextlib import suppress

from django.conf import settings
from django.db import DatabaseError
from django.utils import timezone

from .activity import refresh_due

SHOWS_NO_PROJECT = ("/static/", "/media/", "/health/", "/i18n/")
# [content generation, the next due moment then], as this process last found them.
known = [None, None]


def forget_what_is_known():
    """The next page asks the database again (for tests counting the most a page costs)."""
    known[:] = (None, None)


class ScheduledActivityMiddleware:
    """Asks the database once per page made, or not at all where the page cache has read
    the content generation (request.content_generation): due times change only with
    content, so under the same generation, nothing is due before the moment last found."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.passed_by = (*SHOWS_NO_PROJECT, settings.STATIC_URL, settings.MEDIA_URL)

    def __call__(self, request):
        if not request.path.startswith(self.passed_by):
            self.bring_up_to_date(getattr(request, "content_generation", None))
        return self.get_response(request)

    def bring_up_to_date(self, generation):
        known_generation, next_due = known
        now = timezone.now()
        if generation and generation == known_generation and (next_due is None or now < next_due):
            return
        # Without the database the page's own queries meet the error too, and answer with
        # the 503 page (config/database_down.py).
        with suppress(DatabaseError):
            known[:] = (generation, refresh_due(now))
