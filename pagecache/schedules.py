"""Moments when public pages change by time alone, with no one saving anything.

Each entry of settings.PAGE_CACHE_SCHEDULES names a function (now) -> the next such
moment after now, or None. A cached page lives no longer than the earliest of them.
"""

import math
from datetime import datetime, time, timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.module_loading import import_string


def next_change(now):
    moments = [import_string(path)(now) for path in settings.PAGE_CACHE_SCHEDULES]
    return min((moment for moment in moments if moment is not None), default=None)


def seconds_until_next_change(longest):
    """Seconds a page made now may be kept: at most `longest`."""
    now = timezone.now()
    moment = next_change(now)
    if moment is None:
        return longest
    return max(0, min(longest, math.floor((moment - now).total_seconds())))


def seconds_to_keep(request):
    """How long a page or a piece of one made for this request may be kept; asked once
    per request, and only when something is to be kept."""
    if getattr(request, "seconds_to_keep", None) is None:
        request.seconds_to_keep = seconds_until_next_change(settings.PAGE_CACHE_SECONDS)
    return request.seconds_to_keep


def next_midnight(now):
    """The next midnight in the site's time zone: words that depend on the date ("now"
    on a phase, what the calendar feed still lists) change then."""
    today = timezone.localdate(now)
    return datetime.combine(
        today + timedelta(days=1), time.min, tzinfo=timezone.get_current_timezone()
    )
