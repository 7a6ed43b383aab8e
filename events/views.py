"""Meetings residents can come to: what is coming, what has been, one meeting, and the
same as iCalendar for their own calendars."""

from datetime import timedelta

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from projects.models import SiteSettings

from .calendar import calendar_response, event_file, feed_calendar
from .lists import listed_meetings
from .models import Event

EVENTS_PER_PAGE = 20
# Calendar apps that honour it fetch the feed again twice a day.
FEED_REFRESH = timedelta(hours=12)
# A calendar app fetches the whole feed each time: at most this many meetings (some
# 300 KB), those to come before those held.
FEED_AT_MOST = 500


@require_safe
def upcoming(request):
    """Meetings to come, soonest first, a page at a time: with many projects come many
    meetings."""
    events = Event.objects.upcoming()
    page = Paginator(events, EVENTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "events/upcoming.html",
        {
            "page": page,
            "meetings": listed_meetings(page.object_list),
            "breadcrumbs": [{"title": _("Upcoming meetings")}],
        },
    )


@require_safe
def archive(request):
    """Meetings that are over, newest first, a page at a time."""
    events = Event.objects.past()
    # get_page turns a page number that is not one, or too high, into a page that is.
    page = Paginator(events, EVENTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "events/archive.html",
        {
            "page": page,
            "meetings": listed_meetings(page.object_list),
            "breadcrumbs": [
                {"title": _("Upcoming meetings"), "url": reverse("events:upcoming")},
                {"title": _("Meeting archive")},
            ],
        },
    )


@require_safe
def detail(request, pk):
    event = get_object_or_404(Event.objects.published().in_full(), pk=pk)
    if event.is_over():
        parent = {"title": _("Meeting archive"), "url": reverse("events:archive")}
    else:
        parent = {"title": _("Upcoming meetings"), "url": reverse("events:upcoming")}
    return render(
        request,
        "events/event_detail.html",
        {"event": event, "breadcrumbs": [parent, {"title": event.title}]},
    )


@require_safe
def event_ics(request, pk):
    """One meeting as a file to open in a calendar app."""
    event = get_object_or_404(Event.objects.published().with_projects(), pk=pk)
    # Named as the meetings' address names them in the page's language: moete-7.ics.
    name = reverse("events:upcoming").strip("/").rsplit("/", 1)[-1]
    return calendar_response(event_file(event), filename=f"{name}-{event.pk}.ics")


@require_safe
def feed(request):
    """The published meetings to come and of the last year, for subscribing: the soonest
    to come, and then the latest held, FEED_AT_MOST in all."""
    now = timezone.now()
    in_feed = Event.objects.in_feed(now).with_projects()
    coming = list(in_feed.not_over(now)[:FEED_AT_MOST])
    # Asked for whether or not there is room for them: a fixed number of queries.
    held = list(in_feed.over(now).order_by("-starts_at", "-pk")[:FEED_AT_MOST])
    calendar = feed_calendar(
        [*reversed(held[: FEED_AT_MOST - len(coming)]), *coming],
        request.get_full_path(),
        SiteSettings.load().site_name,
        FEED_REFRESH,
    )
    return calendar_response(calendar)
