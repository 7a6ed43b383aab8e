"""Meetings as iCalendar (RFC 5545), for residents' calendar apps.

Times are written in UTC: every calendar app shows them in its own time zone, and the
file needs no time-zone definition of its own. The icalendar library escapes commas,
semicolons and line breaks in the texts.

What has no property of its own (the projects by name, who can come, how to sign up) is
written at the end of the description; the projects are the categories too. URL stays
the meeting's page (a VEVENT has one URL), which has the sign-up link. Nothing in a
meeting's entry depends on the time it is fetched, so the feed keeps its caching rules.
"""

from datetime import UTC

import icalendar
from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.http import content_disposition_header
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from config.addresses import absolute_url, site_host

CONTENT_TYPE = "text/calendar; charset=utf-8"
# A meeting about every project names the first few: the feed must not grow with them.
PROJECTS_NAMED = 8


def event_uid(event, host):
    """Stable for the event's life, so a calendar app updates it rather than adds a copy."""
    return f"event-{event.pk}@{host}"


def organiser_contact(person):
    """The organiser as one line of text: name and the ways to reach them."""
    return ", ".join(
        part for part in (person.name, person.phone or person.mobile, person.email) if part
    )


def organiser_address(person):
    """ORGANIZER is an address to write to: only for an organiser with an email."""
    if not person.email:
        return None
    return icalendar.vCalAddress.new(person.email, cn=person.name)


def practical_lines(event):
    """What a calendar app has no property for, as lines below the description."""
    lines = []
    projects = event.shown_projects
    if projects:
        label = _("Project") if len(projects) == 1 else _("Projects")
        named = ", ".join(project.title for project in projects[:PROJECTS_NAMED])
        more = len(projects) - PROJECTS_NAMED
        if more > 0:
            named += " " + ngettext(
                "and %(counter)s more project", "and %(counter)s more projects", more
            ) % {"counter": more}
        lines.append(f"{label}: {named}")
    if event.is_by_invitation:
        lines.append(_("By invitation"))
    if event.registration_deadline:
        deadline = timezone.localtime(event.registration_deadline)
        lines.append(
            _("Sign up by %(date)s at %(time)s")
            % {
                "date": date_format(deadline, "DATE_FORMAT"),
                "time": time_format(deadline, "TIME_FORMAT"),
            }
        )
    if event.registration_url:
        lines.append(f"{_('Sign up')}: {event.registration_url}")
    if event.organiser:
        lines.append(f"{_('Organiser')}: {organiser_contact(event.organiser)}")
    return lines


def full_description(event):
    parts = [event.plain_description, "\n".join(practical_lines(event))]
    return "\n\n".join(part for part in parts if part)


def event_component(event):
    """One meeting; event best from EventQuerySet.with_projects(), so that a feed of many
    costs no query per meeting."""
    component = icalendar.Event.new(
        uid=event_uid(event, site_host()),
        summary=event.title,
        start=event.starts_at.astimezone(UTC),
        end=event.ends_at.astimezone(UTC) if event.ends_at else None,
        location=event.place,
        description=full_description(event) or None,
        categories=[project.title for project in event.shown_projects[:PROJECTS_NAMED]],
        organizer=organiser_address(event.organiser) if event.organiser else None,
        contacts=organiser_contact(event.organiser) if event.organiser else None,
        url=absolute_url(event.get_absolute_url()),
        # Without METHOD, DTSTAMP is when the event was last revised.
        stamp=event.updated_at.astimezone(UTC),
        created=event.created_at.astimezone(UTC),
        last_modified=event.updated_at.astimezone(UTC),
    )
    # The language each text is in, for calendar apps that read it aloud or translate:
    # the page's, or the site's where the text is not translated (RFC 5545 LANGUAGE).
    for name, field in (("SUMMARY", "title"), ("DESCRIPTION", "description")):
        if name in component:
            component[name].params["LANGUAGE"] = text_language(event, field)
    if "LOCATION" in component:
        component["LOCATION"].params["LANGUAGE"] = settings.LANGUAGE_CODE
    return component


def text_language(event, field):
    language = get_language()
    if language != settings.LANGUAGE_CODE and not getattr(event, f"{field}_{language}", None):
        return settings.LANGUAGE_CODE
    return language


def _prodid():
    return f"-//Framdrift//Framdrift//{get_language().upper()}"


def event_file(event):
    """One meeting to add to a calendar. It has no calendar name on purpose: given one,
    some calendar apps (Outlook) open the file as a calendar of its own instead."""
    calendar = icalendar.Calendar.new(prodid=_prodid(), subcomponents=[event_component(event)])
    del calendar["UID"]  # new() invents one for each call; a file of one event needs none
    return calendar


def feed_calendar(events, path, name, refresh_interval):
    """The calendar residents subscribe to, named for their calendar app's list, with how
    often to fetch it again."""
    calendar = icalendar.Calendar.new(
        prodid=_prodid(),
        name=name,
        uid=f"events@{site_host()}",
        url=absolute_url(path),
        refresh_interval=refresh_interval,
        subcomponents=[event_component(event) for event in events],
    )
    calendar.add("X-WR-TIMEZONE", settings.TIME_ZONE)
    return calendar


def calendar_response(calendar, filename=None):
    """The calendar as a file: a download when named, else for subscribing."""
    response = HttpResponse(calendar.to_ical(), content_type=CONTENT_TYPE)
    if filename:
        response["Content-Disposition"] = content_disposition_header(True, filename)
    return response
