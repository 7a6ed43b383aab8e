"""How a meeting's time, sign-up deadline and attendance are said to residents: in the lists
of meetings (events.lists), and as template tags on a meeting's page
(events/templatetags/meetings.py)."""

from datetime import datetime

from django.template.defaultfilters import capfirst
from django.utils import timezone
from django.utils.formats import date_format, number_format, time_format
from django.utils.html import format_html
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from config.written_once import written_once


def _day_and_time(moment, start_of_sentence=True):
    text = _("%(weekday)s %(date)s at %(time)s") % {
        "weekday": date_format(moment, "l"),
        "date": date_format(moment, "DATE_FORMAT"),
        "time": time_format(moment, "TIME_FORMAT"),
    }
    return capfirst(text) if start_of_sentence else text


def _time_element(moment, text):
    # Whole seconds: the HTML checker refuses more than three decimals.
    return format_html('<time datetime="{}">{}</time>', moment.isoformat(timespec="seconds"), text)


def event_time(event):
    """Start and end in the site's time zone, each in a <time> element machines can read;
    the end is only a time of day when the meeting ends the day it starts."""
    starts = timezone.localtime(event.starts_at).isoformat()
    ends = timezone.localtime(event.ends_at).isoformat() if event.ends_at else None
    return _written_event_time(get_language(), starts, ends)


# A meeting's time is written once per language and process: it took over 0.1 ms, and
# the overview shows three meetings, a project page its own, the meetings page a dozen.
# The key is the local time as written (wall clock and offset), which is all the words
# and the machine-readable time say; settings that change formats forget them.
@written_once()
def _written_event_time(language, starts, ends):
    starts = datetime.fromisoformat(starts)
    start = _time_element(starts, _day_and_time(starts))
    if ends is None:
        return start
    ends = datetime.fromisoformat(ends)
    if starts.date() == ends.date():
        return format_html("{}–{}", start, _time_element(ends, time_format(ends, "TIME_FORMAT")))
    return format_html("{} – {}", start, _time_element(ends, _day_and_time(ends)))


def sign_up_by(event):
    """“Sign up by Tuesday 3 March 2026 at 12:00”, the deadline machine-readable too."""
    deadline = timezone.localtime(event.registration_deadline)
    return format_html(
        _("Sign up by {moment}"),
        moment=_time_element(deadline, _day_and_time(deadline, start_of_sentence=False)),
    )


def attendance(event):
    """“About 230 took part”, the number as the site's language writes it."""
    return ngettext("About %(count)s took part", "About %(count)s took part", event.attendance) % {
        "count": number_format(event.attendance, force_grouping=True)
    }
