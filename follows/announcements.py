"""What became public, announced once, with a notice for each follower it concerns.

The rules this module keeps:

- Only what residents can see counts, found with the pages' own querysets: status updates
  in StatusUpdate.objects.public() (never a draft, a scheduled one once its time has come,
  never one of an unpublished project), meetings in Event.objects.published(), documents
  in Document.objects.visible().
- Each thing is announced once: one Announcement per thing, unique in the database, however
  often and in however many workers this runs (a second run finds nothing; two at once make
  the same rows, and the database keeps one).
- Everything public without an announcement gets one, old things too: so what was public
  before anyone could follow is marked once (on the first run after deploying) and never
  mailed.
- A follower hears of a thing only if the follow that takes it in was confirmed before the
  thing became public (public_since), and if it became public at most NOTICE_MAX_AGE ago:
  nobody gets the site's past by signing up, nor years of a project's news when it is
  published late. A meeting is news while it is still to come.
- Whom a thing concerns: followers of the whole site always; followers of its project (a
  meeting's projects, the project of a document's update or meeting); followers of an area
  of the project, or the area an update is about, or any area above it (a municipality takes
  in its villages); followers of a target area of the project, or the one an update is
  about.
- A constant number of queries however many things and followers.
"""

import logging
from dataclasses import dataclass, field
from datetime import timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from events.models import Event
from projects.models import Area, Document, Project
from updates.models import StatusUpdate

from .models import Announcement, Follow, Notice

logger = logging.getLogger(__name__)

# What became public longer ago than this is announced without notices: the worker may have
# been down for a few days, but older news is no news.
NOTICE_MAX_AGE = timedelta(days=7)


@dataclass
class Reach:
    """Whom a thing concerns besides the whole site's followers: the ids of its projects, of
    the areas it is in or about (with every area above them) and of its target areas."""

    projects: set = field(default_factory=set)
    areas: set = field(default_factory=set)
    themes: set = field(default_factory=set)

    def takes_in(self, follow):
        """Whether `follow` (a Follow, or anything with its four ids) takes this thing in."""
        if follow.project_id:
            return follow.project_id in self.projects
        if follow.area_id:
            return follow.area_id in self.areas
        if follow.theme_id:
            return follow.theme_id in self.themes
        return True  # the whole site


class ReachFinder:
    """Works out the Reach of updates, meetings and documents, with the few queries for all
    of them made once: a project's areas and target areas, the area tree, a meeting's
    published projects."""

    def __init__(self, things):
        updates = [thing for thing in things if isinstance(thing, StatusUpdate)]
        events = [thing for thing in things if isinstance(thing, Event)]
        documents = [thing for thing in things if isinstance(thing, Document)]
        event_ids = {event.pk for event in events} | {d.event_id for d in documents if d.event_id}
        # A meeting's published projects: whom it concerns, and what its email names.
        self.projects_of_event, self.project_titles_of_event = {}, {}
        for event_id, project_id, title in (
            Event.projects.through.objects.filter(
                event__in=event_ids, project__in=Project.objects.visible().values("pk")
            )
            .order_by("project__title")
            .values_list("event_id", "project_id", "project__title")
        ):
            self.projects_of_event.setdefault(event_id, set()).add(project_id)
            self.project_titles_of_event.setdefault(event_id, []).append(title)
        project_ids = {u.project_id for u in updates if u.project_id}
        project_ids |= {d.project_id for d in documents if d.project_id}
        project_ids |= {d.update.project_id for d in documents if d.update_id}
        project_ids = project_ids.union(*self.projects_of_event.values())
        self.areas_of_project, self.themes_of_project = {}, {}
        if project_ids:
            for project_id, area_id in Project.areas.through.objects.filter(
                project__in=project_ids
            ).values_list("project_id", "area_id"):
                self.areas_of_project.setdefault(project_id, set()).add(area_id)
            for project_id, theme_id in Project.themes.through.objects.filter(
                project__in=project_ids
            ).values_list("project_id", "theme_id"):
                self.themes_of_project.setdefault(project_id, set()).add(theme_id)
        self.parent_of = dict(Area.objects.values_list("pk", "parent_id"))

    def with_areas_above(self, area_ids):
        found = set()
        for area_id in area_ids:
            while area_id and area_id not in found:  # a loop in the data ends here too
                found.add(area_id)
                area_id = self.parent_of.get(area_id)
        return found

    def of_projects(self, project_ids):
        reach = Reach(projects=set(project_ids))
        for project_id in project_ids:
            reach.areas |= self.areas_of_project.get(project_id, set())
            reach.themes |= self.themes_of_project.get(project_id, set())
        reach.areas = self.with_areas_above(reach.areas)
        return reach

    def of_update(self, update):
        if update.project_id:
            return self.of_projects({update.project_id})
        if update.area_id:
            return Reach(areas=self.with_areas_above({update.area_id}))
        if update.theme_id:
            return Reach(themes={update.theme_id})
        return Reach()

    def of_event(self, event_id):
        return self.of_projects(self.projects_of_event.get(event_id, set()))

    def of_document(self, document):
        if document.project_id:
            return self.of_projects({document.project_id})
        if document.update_id:
            return self.of_update(document.update)
        if document.event_id:
            return self.of_event(document.event_id)
        return Reach()  # of a page, or of the development work as a whole

    def of(self, thing):
        if isinstance(thing, StatusUpdate):
            return self.of_update(thing)
        if isinstance(thing, Event):
            return self.of_event(thing.pk)
        return self.of_document(thing)


UPDATE_FIELDS = ["project", "theme", "area", "published_at", "updated_at"]


def update_public_since(update):
    # Its own time, or when it was last saved if later: a draft ticked as published today,
    # dated last week, became public today.
    return max(update.published_at, update.updated_at)


# The Announcement field that holds each kind of thing.
FIELD_OF = {StatusUpdate: "update", Event: "event", Document: "document"}


@dataclass
class Found:
    """Something public with no announcement yet."""

    thing: object
    public_since: object
    is_news: bool

    def announcement(self):
        field = FIELD_OF[type(self.thing)]
        return Announcement(**{field: self.thing}, public_since=self.public_since)


def unannounced(now):
    """Every public update, meeting and document without an announcement, in three queries."""
    since = now - NOTICE_MAX_AGE
    found = []
    # Only what the reach and the time need: on the first run this is the whole history.
    updates = StatusUpdate.objects.public(now).filter(announcement__isnull=True)
    for update in updates.only(*UPDATE_FIELDS):
        public_since = min(update_public_since(update), now)
        found.append(Found(update, public_since, public_since >= since))
    events = Event.objects.published().filter(announcement__isnull=True)
    for event in events.only("updated_at", "starts_at", "ends_at"):
        # A meeting says nothing of when it was published; its last change comes closest.
        public_since = min(event.updated_at, now)
        found.append(Found(event, public_since, public_since >= since and not event.is_over(now)))
    documents = Document.objects.visible(now).filter(announcement__isnull=True)
    document_fields = ["added_at", *Document.OWNER_FIELDS]
    documents = documents.select_related("update").only(
        *document_fields, *(f"update__{name}" for name in UPDATE_FIELDS)
    )
    for document in documents:
        public_since = document.added_at
        if document.update_id:  # public with its update, not before
            public_since = max(public_since, update_public_since(document.update))
        public_since = min(public_since, now)
        found.append(Found(document, public_since, public_since >= since))
    return found


def confirmed_follows_of(reaches, confirmed_before):
    """The confirmed follows that may take in any of these reaches, in one query."""
    projects = set().union(*(reach.projects for reach in reaches))
    areas = set().union(*(reach.areas for reach in reaches))
    themes = set().union(*(reach.themes for reach in reaches))
    whole_site = Q(project__isnull=True, area__isnull=True, theme__isnull=True)
    return (
        Follow.objects.confirmed()
        .filter(whole_site | Q(project__in=projects) | Q(area__in=areas) | Q(theme__in=themes))
        .filter(confirmed_at__lt=confirmed_before)
        .only("follower_id", "project_id", "area_id", "theme_id", "confirmed_at")
    )


def announce_what_became_public(now=None):
    """Announce what became public since the last look, and make the notices of those it
    concerns; returns how many notices were made."""
    now = now or timezone.now()
    found = unannounced(now)
    if not found:
        return 0
    news = [item for item in found if item.is_news]
    with transaction.atomic():
        # ignore_conflicts: another worker that looked at the same moment made the same rows.
        Announcement.objects.bulk_create(
            [item.announcement() for item in found], ignore_conflicts=True, batch_size=500
        )
        notices = notices_for(news) if news else []
        Notice.objects.bulk_create(notices, ignore_conflicts=True, batch_size=500)
    logger.info("Announced %s things that became public: %s notices", len(found), len(notices))
    return len(notices)


def notices_for(news):
    """One Notice per follower and news item, for the followers whose follow taking it in was
    confirmed before it became public."""
    finder = ReachFinder([item.thing for item in news])
    reaches = [finder.of(item.thing) for item in news]
    latest = max(item.public_since for item in news)
    follows = list(confirmed_follows_of(reaches, confirmed_before=latest))
    if not follows:
        return []
    announcement_ids = announcement_ids_of([item.thing for item in news])
    notices = []
    for item, reach in zip(news, reaches, strict=True):
        followers = {
            follow.follower_id
            for follow in follows
            if follow.confirmed_at < item.public_since and reach.takes_in(follow)
        }
        announcement_id = announcement_ids[type(item.thing), item.thing.pk]
        notices += [
            Notice(follower_id=follower_id, announcement_id=announcement_id)
            for follower_id in sorted(followers)
        ]
    return notices


def announcement_ids_of(things):
    """{(model, pk): announcement id}, in one query (bulk_create with ignore_conflicts does
    not say which rows it made)."""
    ids = {model: set() for model in FIELD_OF}
    for thing in things:
        ids[type(thing)].add(thing.pk)
    wanted = Q()
    for model, name in FIELD_OF.items():
        wanted |= Q(**{f"{name}__in": ids[model]})
    rows = Announcement.objects.filter(wanted).values_list(
        "pk", *(f"{name}_id" for name in FIELD_OF.values())
    )
    found = {}
    for pk, *thing_ids in rows:
        for model, thing_id in zip(FIELD_OF, thing_ids, strict=True):
            if thing_id:  # exactly one is set
                found[model, thing_id] = pk
    return found
