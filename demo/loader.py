"""Loading the demo region, in the language of a content module (demo/content). Every step
looks up before it creates, so a rerun adds nothing and changes nothing the process leader
may since have edited."""

from collections import Counter
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import timezone

from contacts.models import ContactPerson, GroupMember, ProjectContact, SteeringGroup
from events.models import Event
from figures.models import Indicator, Measurement
from projects.models import (
    Area,
    Document,
    Partner,
    Phase,
    Project,
    ProjectImage,
    SiteSettings,
    Theme,
)
from tips.models import Tip
from updates.models import StatusUpdate, StatusUpdateImage

from . import pictures
from .content import for_language
from .pdf import one_page

# The width of the widest rendition the site makes (projects/images.py); tests draw smaller.
PICTURE_SIZE = (1280, 800)
# Project fields taken from content as they are; the other keys are related objects.
PROJECT_FIELDS = {
    "title",
    "summary",
    "body",
    "status",
    "progress",
    "starts_on",
    "ends_on",
    "lead_organisation",
    "how_to_get_involved",
    "is_featured",
    "is_published",
}


def picture_file(kind, seed, name):
    return ContentFile(pictures.jpeg(pictures.draw(kind, seed, PICTURE_SIZE)), name=name)


def at_noon(day):
    return timezone.make_aware(datetime.combine(day, time(12, 0)))


def at_time(day, moment):
    """A day at a time of day, or None without a time."""
    return timezone.make_aware(datetime.combine(day, moment)) if moment else None


def update_time(when, now):
    """A fixed date at noon, or a number of days from now (negative: in the past)."""
    if isinstance(when, int):
        # A few minutes back, so an update "from today" is already visible.
        return now - timedelta(minutes=5) + timedelta(days=when)
    return at_noon(when)


class DemoLoader:
    """Loads a language's demo content into the database and counts what it made and what
    was there. language: a code of settings.SITE_LANGUAGES, by default the site's own;
    demo.content.NoDemoContent if the demo is not written in it."""

    def __init__(self, language=None, now=None):
        self.content = for_language(language or settings.LANGUAGE_CODE)
        self.created = Counter()
        self.existing = Counter()
        self.now = now or timezone.now()

    def _tally(self, label, was_created):
        (self.created if was_created else self.existing)[label] += 1

    def load(self):
        self.site_settings()
        areas = self.areas()
        themes = self.themes()
        people = self.people()
        projects = {
            spec["slug"]: self.project(spec, areas, themes, people)
            for spec in self.content.PROJECTS
        }
        self.groups(projects)
        self.tips(projects)
        self.events(projects)
        self.indicators(projects, themes)
        return self

    def site_settings(self):
        exists = SiteSettings.objects.exists()
        if not exists:
            # The overall goal is a strategy's since issue 17 (self.strategies).
            SiteSettings(
                **{key: value for key, value in self.content.SITE.items() if key != "overall_goal"}
            ).save()
        self._tally("site settings", not exists)

    def areas(self):
        areas = {}
        for slug, name, kind, parent, description in self.content.AREAS:
            areas[slug], created = Area.objects.get_or_create(
                slug=slug,
                defaults={
                    "name": name,
                    "kind": kind,
                    "parent": areas.get(parent),
                    "description": description,
                },
            )
            self._tally("areas", created)
        return areas

    def themes(self):
        themes = {}
        for position, (slug, name, description) in enumerate(self.content.THEMES, start=1):
            themes[slug], created = Theme.objects.get_or_create(
                slug=slug, defaults={"name": name, "description": description, "position": position}
            )
            self._tally("themes", created)
        return themes

    def people(self):
        people = {}
        for seed, (key, (name, title, organisation, phone, mobile, email)) in enumerate(
            self.content.PEOPLE.items()
        ):
            person = ContactPerson.objects.filter(email=email).first()
            created = person is None
            if created:
                initials = "".join(part[0] for part in name.split()[:2])
                person = ContactPerson(
                    name=name,
                    job_title=title,
                    organisation=organisation,
                    phone=phone,
                    mobile=mobile,
                    email=email,
                    photo=ContentFile(
                        pictures.jpeg(pictures.portrait(initials, seed)), name=f"{key}.jpg"
                    ),
                )
                person.save()
            self._tally("contact persons", created)
            people[key] = person
        return people

    def project(self, spec, areas, themes, people):
        fields = {key: value for key, value in spec.items() if key in PROJECT_FIELDS}
        project, created = Project.objects.get_or_create(
            slug=spec["slug"], defaults={"is_published": True} | fields
        )
        self._tally("projects", created)
        if created:
            # The project's own status and dates go back to its start, not to the day the
            # demo was loaded, so its status updates (all later) decide what residents see.
            begun = at_noon(spec["starts_on"] or date(2025, 1, 1))
            Project.objects.filter(pk=project.pk).update(
                status_changed_at=begun, created_at=begun, updated_at=begun
            )
            project.areas.set(areas[slug] for slug in spec["areas"])
            project.themes.set(themes[slug] for slug in spec["themes"])
        if not project.partners.exists():
            Partner.objects.bulk_create(
                Partner(project=project, name=name, sector=sector, position=index)
                for index, (name, sector) in enumerate(spec["partners"])
            )
        for name, starts_on, ends_on, description in spec["phases"]:
            _, made = Phase.objects.get_or_create(
                project=project,
                name=name,
                defaults={"starts_on": starts_on, "ends_on": ends_on, "description": description},
            )
            self._tally("phases", made)
        for index, (key, role) in enumerate(spec["contacts"]):
            ProjectContact.objects.get_or_create(
                project=project, person=people[key], role=role, defaults={"position": index}
            )
        self.project_pictures(project, spec)
        self.documents(project, spec)
        for item in spec["updates"]:
            self.status_update(project, item)
        return project

    def project_pictures(self, project, spec):
        if project.images.exists():
            self.existing["pictures"] += project.images.count()
            return
        for index, (kind, seed, alt_text, caption, credit) in enumerate(spec["pictures"]):
            ProjectImage(
                project=project,
                image=picture_file(kind, seed, f"{spec['slug']}.jpg"),
                alt_text=alt_text,
                caption=caption,
                credit=credit,
                is_cover=index == 0,
                position=index,
            ).save()
            self._tally("pictures", True)

    def documents(self, project, spec):
        for index, (title, heading, paragraphs) in enumerate(spec.get("documents", [])):
            if project.documents.filter(title=title).exists():
                self._tally("documents", False)
                continue
            Document(
                project=project,
                title=title,
                file=ContentFile(one_page(heading, paragraphs), name=f"{spec['slug']}.pdf"),
                position=index,
            ).save()
            self._tally("documents", True)

    def status_update(self, project, item):
        # Keyed on project and title only: an update dated relative to today would get a
        # new date on every run, and so a duplicate.
        existing = project.updates.filter(title=item["title"]).first()
        if existing:
            self._tally("status updates", False)
            self.existing["update pictures"] += existing.images.count()
            return
        update = StatusUpdate.objects.create(
            project=project,
            title=item["title"],
            body=item["body"],
            published_at=update_time(item["when"], self.now),
            is_published=item["is_published"],
            new_status=item["new_status"],
            new_progress=item["new_progress"],
        )
        self._tally("status updates", True)
        if item["picture"]:
            kind, seed, alt_text, caption, credit = item["picture"]
            StatusUpdateImage(
                update=update,
                image=picture_file(kind, seed, f"{project.slug}.jpg"),
                alt_text=alt_text,
                caption=caption,
                credit=credit,
            ).save()
            self._tally("update pictures", True)

    def tips(self, projects):
        if Tip.objects.exists():
            self.existing["tips"] += Tip.objects.count()
            return
        now = timezone.now()
        for slug, days_ago, message, name, email, answer, involve, state in self.content.TIPS:
            Tip.objects.create(
                project=projects.get(slug),
                created_at=now - timedelta(days=days_ago),
                message=message,
                name=name,
                email=email,
                wants_answer=answer,
                wants_to_help=involve,
                state=state,
            )
            self._tally("tips", True)

    def groups(self, projects):
        for position, (slug, name, kind, description, members, project_slugs) in enumerate(
            self.content.GROUPS
        ):
            group, created = SteeringGroup.objects.get_or_create(
                slug=slug,
                defaults={
                    "name": name,
                    "kind": kind,
                    "description": description,
                    "position": position,
                },
            )
            self._tally("steering groups", created)
            if created:
                group.projects.set(projects[s] for s in project_slugs)
            if not group.members.exists():
                GroupMember.objects.bulk_create(
                    GroupMember(
                        group=group, name=member, role=role, represents=represents, position=index
                    )
                    for index, (member, role, represents) in enumerate(members)
                )
                self.created["group members"] += len(members)
            else:
                self.existing["group members"] += group.members.count()

    def events(self, projects):
        """The meetings not there yet, found by title. Days count from the day the demo is
        loaded; a meeting whose project is not in projects (slug -> project) gets none."""
        today = timezone.localdate(self.now)
        for title, slug, days, starts, ends, place, description in self.content.EVENTS:
            day = today + timedelta(days=days)
            event, created = Event.objects.get_or_create(
                title=title,
                defaults={
                    "starts_at": at_time(day, starts),
                    "ends_at": at_time(day, ends),
                    "place": place,
                    "description": description,
                },
            )
            if created and slug and slug in projects:
                event.projects.set([projects[slug]])
            self._tally("meetings", created)

    def indicators(self, projects, themes):
        """The key figures of the given projects and themes (slug -> object) not there yet;
        the rest are skipped. Measurements are added only with their indicator, so a rerun
        keeps what the process leader may since have edited."""
        owners = {"project": projects, "theme": themes}
        for kind, slug, fields, values in self.content.INDICATORS:
            owner = owners[kind].get(slug)
            if owner is None:
                continue
            indicator, created = Indicator.objects.get_or_create(
                **{kind: owner}, name=fields["name"], defaults=fields
            )
            self._tally("key figures", created)
            if not created:
                continue
            Measurement.objects.bulk_create(
                Measurement(indicator=indicator, measured_on=day, value=Decimal(value), note=note)
                for day, value, note in values
            )


def load_demo_events(projects, now, language=None):
    """Only the meetings, with the projects given (slug -> project), counted from now.
    Returns (created, existing)."""
    loader = DemoLoader(language, now=now)
    loader.events(projects)
    return loader.created["meetings"], loader.existing["meetings"]


def load_demo_figures(projects, themes, language=None):
    """Only the key figures of the projects and themes given (slug -> object). Returns
    (created, existing), counting indicators."""
    loader = DemoLoader(language)
    loader.indicators(projects, themes)
    return loader.created["key figures"], loader.existing["key figures"]
