"""The admin start page: what needs doing, one list per kind of work (issue 16).

What the start page promises:
- Each list costs one query however much there is: at most SHOWN rows, with the total
  counted in the same query (a window count). The page makes as many queries with 10
  projects as with 10,000.
- A list is shown only to someone who may view what it lists.
- Each list leads to its full change list, filtered the same way; each row to where the
  work is done.
- Lists are oldest or most urgent first: the project quiet the longest, the tip waiting
  the longest, the meeting soonest.

The start page reads from every app, so this module imports them; nothing in projects
imports it but the start page's template tag.
"""

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from django.conf import settings
from django.db.models import Count, F, Window
from django.urls import reverse
from django.utils import timezone

from events.models import Event
from figures.models import Indicator
from tips.models import Tip
from tips.recipients import nobody_to_tell
from updates.models import StatusUpdate

from .models import Project

# Rows shown per list; the rest are a "see all" link away.
SHOWN = 10


@dataclass
class TodoList:
    """One list of the start page: the first rows, how many there are, and where all are."""

    name: str
    rows: list
    total: int
    see_all_url: str

    @property
    def template_name(self):
        return f"admin/dashboard/{self.name}.html"

    @property
    def more(self):
        """Rows not shown."""
        return self.total - len(self.rows)


@dataclass
class StaleList(TodoList):
    stale_after_days: int = 0


@dataclass
class StartPage:
    lists: list = field(default_factory=list)
    # New tips would be emailed to nobody (tips/recipients.py): a warning for who sees tips.
    tips_reach_nobody: bool = False

    @property
    def is_all_done(self):
        return not any(todo.total for todo in self.lists)


def first_rows(queryset, limit=SHOWN):
    """The first rows and the number of all rows, from one query."""
    rows = list(queryset.annotate(todo_total=Window(Count("pk")))[:limit])
    return rows, (rows[0].todo_total if rows else 0)


def changelist(model, query=""):
    opts = model._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
    return f"{url}?{query}" if query else url


def end_of_week(now):
    """Midnight after this week's Sunday, in the site's time zone."""
    today = timezone.localdate(now)
    monday = today - timedelta(days=today.weekday())
    return datetime.combine(monday + timedelta(days=7), time.min, timezone.get_current_timezone())


def stale_projects(now):
    """Active projects quiet for longer than STALE_AFTER_DAYS, the quietest first."""
    projects = Project.objects.stale(now).order_by("last_activity_at", "pk")
    rows, total = first_rows(projects)
    today = timezone.localdate(now)
    for project in rows:
        project.quiet_days = (today - timezone.localdate(project.last_activity_at)).days
    return StaleList(
        "stale_projects",
        rows,
        total,
        changelist(Project, "stale=yes"),
        stale_after_days=settings.STALE_AFTER_DAYS,
    )


def new_tips(now):
    """Tips nobody has looked at yet, the one waiting longest first."""
    tips = Tip.objects.new().select_related("project").order_by("created_at", "pk")
    return TodoList("new_tips", *first_rows(tips), changelist(Tip, "state__exact=new"))


def draft_updates(now):
    """Status updates kept as drafts (updates.admin.StateFilter's "draft"), the last
    worked on first."""
    drafts = (
        StatusUpdate.objects.drafts()
        .select_related("project", "theme", "area")
        .order_by("-updated_at", "-pk")
    )
    return TodoList("draft_updates", *first_rows(drafts), changelist(StatusUpdate, "state=draft"))


def scheduled_updates(now):
    """Published status updates whose time has not come (StateFilter's "scheduled"), the
    next to appear first."""
    scheduled = (
        StatusUpdate.objects.scheduled(now)
        .select_related("project", "theme", "area")
        .order_by("published_at", "pk")
    )
    return TodoList(
        "scheduled_updates", *first_rows(scheduled), changelist(StatusUpdate, "state=scheduled")
    )


def meetings_this_week(now):
    """Meetings from now to the end of Sunday, drafts too: they may still need publishing."""
    meetings = (
        Event.objects.not_over(now)
        .filter(starts_at__lt=end_of_week(now))
        .prefetch_related("projects")
        .order_by("starts_at", "pk")
    )
    return TodoList("meetings_this_week", *first_rows(meetings), changelist(Event, "when=upcoming"))


def key_figures_due(now):
    """Key figures due for a new value, the longest without one first."""
    due = (
        Indicator.objects.with_last_measured_on()
        .due(timezone.localdate(now))
        .select_related("project", "theme")
        .order_by(F("last_measured_on").asc(nulls_first=True), "pk")
    )
    return TodoList("key_figures_due", *first_rows(due), changelist(Indicator, "due=yes"))


# Each list, and the permission needed to see it, in the order the page shows them.
LISTS = [
    (stale_projects, "projects.view_project"),
    (new_tips, "tips.view_tip"),
    (draft_updates, "updates.view_statusupdate"),
    (scheduled_updates, "updates.view_statusupdate"),
    (meetings_this_week, "events.view_event"),
    (key_figures_due, "figures.view_indicator"),
]


def start_page(user, now=None):
    """The lists the user may see, as the start page shows them."""
    now = now or timezone.now()
    return StartPage(
        [todo(now) for todo, permission in LISTS if user.has_perm(permission)],
        tips_reach_nobody=user.has_perm("tips.view_tip") and nobody_to_tell(),
    )
