"""Lists of meetings, as the overview's side column, a project's page, the upcoming
meetings and the meeting archive show them.

Made the short way, as the project cards and the status updates' cards are
(projects/cards.py, updates/cards.py): the columns a list shows, in the page's language,
are read as plain values, and the list is rendered by Jinja2
(templates/jinja2/events/_event_list.html). Fetched as model objects, with each meeting's
organiser and its projects (57 columns each), the overview's three upcoming meetings cost
more than all its other news.

Two queries however many meetings and projects: the meetings, the projects residents may
see of them. The overview's upcoming meetings and every list's projects are prepared
queries (config/prepared.py), compiled once. When a meeting is over, whether sign-up is
open and how its time is said are the model's own rules and tags, asked of a stand-in
Event holding the columns they read.
"""

from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.formats import localize
from django.utils.translation import get_language, ngettext

from config.addresses import address_of
from config.jinja2_pieces import rendered
from config.prepared import Prepared
from config.stand_ins import stand_in
from projects.models import (
    Project,
    columns_in_page_language,
    in_page_language,
    text_in_page_language,
)

from .models import Event
from .phrases import attendance, event_time, sign_up_by

# A list names the first projects of a meeting about many, and how many more there are.
PROJECTS_NAMED = 8
# What the model's rules and the tags read of a meeting, besides its texts.
RULE_COLUMNS = (
    "starts_at",
    "ends_at",
    "audience",
    "registration_url",
    "registration_deadline",
    "attendance",
)


@dataclass(slots=True)
class ListedMeeting:
    """One meeting as a list shows it, in the page's language."""

    event: Event  # a stand-in with RULE_COLUMNS and its outcome, for the model's rules
    url: str
    calendar_url: str
    title: str
    title_language: str  # the site's language where the title is not translated, else ""
    place: str
    is_over: bool
    sign_up_is_open: bool
    # (title, the language it is in where untranslated or "", address) of the first named
    projects: list = field(default_factory=list)
    project_count: int = 0  # of the projects residents see

    @property
    def more_projects(self):
        """How many projects there are beyond those named, in words ("and 3 more
        projects"); said here, as makemessages reads no plural from a Jinja2 template."""
        more = self.project_count - len(self.projects)
        if more <= 0:
            return ""
        return ngettext("and %(counter)s more project", "and %(counter)s more projects", more) % {
            "counter": localize(more)
        }


def meeting_rows(events):
    """The meetings' rows as a list reads them: their columns in the page's language and
    the site's."""
    return events.values(
        "pk",
        "place",
        *RULE_COLUMNS,
        *columns_in_page_language(get_language(), "title", "outcome"),
    )


def listed_meetings(events, with_projects=True):
    """ListedMeetings of a queryset of meetings (filtered, ordered and sliced as the
    caller likes), in its order. Without with_projects, their projects are not read (a
    project's page, whose meetings are all about it)."""
    return _listed(meeting_rows(events), with_projects)


# The overview's upcoming meetings, asked for by every overview made afresh: prepared.
_upcoming = Prepared(
    lambda now, count: meeting_rows(Event.objects.upcoming(now)[:count]), fixed=["count"]
)


def upcoming_meetings(count):
    """listed_meetings(Event.objects.upcoming()[:count])."""
    return _listed(_upcoming(now=timezone.now(), count=count), with_projects=True)


# The upcoming meetings of a project, on every project page made afresh: prepared.
_of_a_project = Prepared(
    lambda project, now: meeting_rows(Event.objects.filter(projects=project).upcoming(now))
)


def meetings_of_a_project(project):
    """listed_meetings(project.events.upcoming(), with_projects=False), for its key."""
    return _listed(_of_a_project(project=project, now=timezone.now()), with_projects=False)


# The projects residents may see of some meetings, by the title shown (in the page's
# language, else the site's).
_projects_of = Prepared(
    lambda meetings: (
        Project.objects.visible()
        .filter(events__in=meetings)
        .annotate(shown_title=in_page_language("title"))
        .order_by("shown_title", "pk")
        .values("events", "slug", *columns_in_page_language(get_language(), "title"))
    )
)


def _listed(rows, with_projects):
    """ListedMeetings of meeting_rows."""
    language = get_language()
    now = timezone.now()
    meetings = {}
    for row in rows:
        title, title_language = text_in_page_language(row, "title", language)
        # For the model's rules: its report (has_report) is the outcome in the page's
        # language, else the site's.
        event = stand_in(
            Event,
            {
                "pk": row["pk"],
                **{name: row[name] for name in RULE_COLUMNS},
                **{name: row[name] for name in columns_in_page_language(language, "outcome")},
            },
        )
        meetings[row["pk"]] = ListedMeeting(
            event=event,
            url=address_of("events:detail", row["pk"]),
            calendar_url=address_of("events:ics", row["pk"]),
            title=title,
            title_language=title_language,
            place=row["place"],
            is_over=event.is_over(now),
            sign_up_is_open=event.sign_up_is_open(now),
        )
    if meetings and with_projects:
        for row in _projects_of(meetings=list(meetings)):
            meeting = meetings[row["events"]]
            meeting.project_count += 1
            if len(meeting.projects) < PROJECTS_NAMED:
                title, title_language = text_in_page_language(row, "title", language)
                address = address_of("projects:detail", row["slug"])
                meeting.projects.append((title, title_language, address))
    return list(meetings.values())


def meeting_list(meetings, heading_level=3, hide_project=False, empty_text=""):
    """The HTML of a list of ListedMeetings; empty_text (or "No meetings are planned right
    now.") where there are none. heading_level is that of each meeting's title;
    hide_project leaves out their projects."""
    return rendered(
        "events/_event_list.html",
        {
            "meetings": list(meetings),
            "heading_level": heading_level,
            "hide_project": hide_project,
            "empty_text": empty_text,
            "event_time": event_time,
            "sign_up_by": sign_up_by,
            "attendance": attendance,
        },
    )
