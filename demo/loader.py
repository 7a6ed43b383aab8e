"""Loading the demo region, in the language of a content module (demo/content). Every step
looks up before it creates, so a rerun adds nothing and changes nothing the process leader
may since have edited. Everything is saved one by one through the models' save(), so the
page cache's content generation moves on as it does for an edit in the admin."""

from collections import Counter
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify

from contacts.models import (
    ContactPerson,
    GroupMember,
    ProjectContact,
    SiteContact,
    SteeringGroup,
)
from events.models import Event
from figures.models import Indicator, Line, Measurement
from pages.models import Page, PageImage
from projects.models import (
    Area,
    Document,
    Funding,
    Milestone,
    Partner,
    Phase,
    Project,
    ProjectImage,
    ProjectLink,
    SiteSettings,
    Strategy,
    Theme,
)
from tips.models import Tip
from updates.models import StatusUpdate, StatusUpdateImage

from . import content, pictures
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
    "progress_from",
    "weight",
    "starts_on",
    "ends_on",
    "lead_organisation",
    "how_to_get_involved",
    "is_featured",
    "is_published",
}
# A document of no owner: the development work's own, in the document library only.
NO_OWNER = {"project": None, "update": None, "event": None, "page": None}


def picture_file(kind, seed, name):
    return ContentFile(pictures.drawn_jpeg(kind, seed, PICTURE_SIZE), name=name)


def portrait_file(name, seed, file_name):
    initials = "".join(part[0] for part in name.split()[:2])
    return ContentFile(pictures.portrait_jpeg(initials, seed), name=file_name)


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
        self.content = content.for_language(language or settings.LANGUAGE_CODE)
        self.created = Counter()
        self.existing = Counter()
        self.now = now or timezone.now()
        self.today = timezone.localdate(self.now)

    def _tally(self, label, was_created):
        (self.created if was_created else self.existing)[label] += 1

    def _newer(self, name):
        """One of content.NEWER_NAMES: empty in a language not yet written to it."""
        return getattr(self.content, name, [])

    def day(self, when):
        """A date as it is, or a number of days from the day the demo is loaded."""
        if isinstance(when, int):
            return self.today + timedelta(days=when)
        return when

    def load(self):
        self.site_settings()
        strategies = self.strategies()
        areas = self.areas()
        themes = self.themes(strategies)
        people = self.people()
        self.site_contacts(people)
        projects = {}
        for spec in self.content.PROJECTS:
            projects[spec["slug"]] = self.project(spec, areas, themes, people, projects)
        self.groups(projects)
        self.tips(projects)
        self.events(projects, people)
        self.indicators(projects, themes)
        self.news(areas, themes, people)
        self.pages(themes)
        self.site_documents()
        return self

    def site_settings(self):
        exists = SiteSettings.objects.exists()
        if not exists:
            # An overall goal left in SITE is a strategy's since issue 17 (self.strategies).
            SiteSettings(
                **{key: value for key, value in self.content.SITE.items() if key != "overall_goal"}
            ).save()
        self._tally("site settings", not exists)

    def strategies(self):
        strategies = {}
        for position, (slug, name, goal, starts_on, ends_on) in enumerate(
            self._newer("STRATEGIES"), start=1
        ):
            strategies[slug], created = Strategy.objects.get_or_create(
                slug=slug,
                defaults={
                    "name": name,
                    "goal": goal,
                    "starts_on": starts_on,
                    "ends_on": ends_on,
                    "position": position,
                },
            )
            self._tally("strategies", created)
        return strategies

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

    def themes(self, strategies):
        themes = {}
        for position, (slug, name, description, *strategy) in enumerate(
            self.content.THEMES, start=1
        ):
            themes[slug], created = Theme.objects.get_or_create(
                slug=slug,
                defaults={
                    "name": name,
                    "description": description,
                    "position": position,
                    "strategy": strategies.get(strategy[0]) if strategy else None,
                },
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
                person = ContactPerson(
                    name=name,
                    job_title=title,
                    organisation=organisation,
                    phone=phone,
                    mobile=mobile,
                    email=email,
                    photo=portrait_file(name, seed, f"{key}.jpg"),
                )
                person.save()
            self._tally("contact persons", created)
            people[key] = person
        return people

    def site_contacts(self, people):
        for position, (key, role, role_other) in enumerate(self._newer("SITE_CONTACTS")):
            _, created = SiteContact.objects.get_or_create(
                person=people[key],
                role=role,
                defaults={"role_other": role_other, "position": position},
            )
            self._tally("site contacts", created)

    def project(self, spec, areas, themes, people, projects):
        """One project of PROJECTS; projects: those loaded before it (slug -> project),
        among them its parent if it is a sub-project."""
        fields = {key: value for key, value in spec.items() if key in PROJECT_FIELDS}
        if spec.get("parent"):
            fields["parent"] = projects[spec["parent"]]
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
            for index, (name, sector) in enumerate(spec["partners"]):
                Partner(project=project, name=name, sector=sector, position=index).save()
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
        for index, document in enumerate(spec.get("documents", [])):
            self.document(document, index, project=project)
        self.milestones(project, spec.get("milestones", []))
        self.funding(project, spec.get("funding", []))
        self.links(project, spec.get("links", []))
        for item in spec["updates"]:
            self.status_update(item, project=project, people=people)
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

    def document(self, spec, position=0, **owner):
        """A document of the owner given (project=, update=, event= or page=; none: of the
        development work as a whole), unless it has one of that title already. spec:
        content.document(...), or an older (title, heading, paragraphs)."""
        if isinstance(spec, tuple):
            title, heading, paragraphs = spec
            spec = content.document(title, "other", pdf=(heading, paragraphs))
        owner = NO_OWNER | owner
        if Document.objects.filter(title=spec["title"], **owner).exists():
            self._tally("documents", False)
            return
        document = Document(
            **owner,
            title=spec["title"],
            kind_of_document=spec["kind"],
            url=spec["url"],
            dated=self.day(spec["dated"]) if spec["dated"] is not None else None,
            description=spec["description"],
            position=position,
        )
        if spec["pdf"]:
            heading, paragraphs = spec["pdf"]
            name = f"{slugify(spec['title'])[:60] or 'dokument'}.pdf"
            document.file = ContentFile(one_page(heading, paragraphs), name=name)
        document.save()
        self._tally("documents", True)

    def milestones(self, project, specs):
        for spec in specs:
            _, created = Milestone.objects.get_or_create(
                project=project,
                title=spec["title"],
                defaults={
                    "kind": spec["kind"],
                    "planned_on": self._maybe_day(spec["planned"]),
                    "happened_on": self._maybe_day(spec["happened"]),
                    "until": self._maybe_day(spec["until"]),
                    "description": spec["description"],
                    "case_number": spec["case_number"],
                    "case_url": spec["case_url"],
                },
            )
            self._tally("milestones", created)

    def _maybe_day(self, when):
        return None if when is None else self.day(when)

    def funding(self, project, rows):
        for position, (source, kind, amount, currency, from_year, to_year) in enumerate(rows):
            _, created = Funding.objects.get_or_create(
                project=project,
                source=source,
                defaults={
                    "kind": kind,
                    "amount": amount,
                    "currency": currency,
                    "from_year": from_year,
                    "to_year": to_year,
                    "position": position,
                },
            )
            self._tally("funding sources", created)

    def links(self, project, rows):
        for position, (kind, title, url, still) in enumerate(rows):
            if project.links.filter(url=url).exists():
                self._tally("project links", False)
                continue
            link = ProjectLink(project=project, kind=kind, title=title, url=url, position=position)
            if still:
                picture_kind, seed, alt_text = still
                link.still = picture_file(picture_kind, seed, f"{project.slug}-video.jpg")
                link.still_alt_text = alt_text
            link.save()
            self._tally("project links", True)

    def status_update(self, item, project=None, theme=None, area=None, people=None):
        """A status update of a project, or about a target area, an area or (none of
        them) the whole development work. Keyed on what it is about and its title only:
        an update dated relative to today would get a new date on every run, and so a
        duplicate."""
        existing = StatusUpdate.objects.filter(
            project=project, theme=theme, area=area, title=item["title"]
        ).first()
        if existing:
            self._tally("status updates", False)
            self.existing["update pictures"] += existing.images.count()
            update = existing
        else:
            update = StatusUpdate(
                project=project,
                theme=theme,
                area=area,
                title=item["title"],
                body=item["body"],
                published_at=update_time(item["when"], self.now),
                is_published=item["is_published"],
                new_status=item["new_status"],
                new_progress=item["new_progress"],
                byline=item.get("byline", ""),
            )
            update.save()
            self._tally("status updates", True)
            if item.get("authors"):
                update.authors.set(people[key] for key in item["authors"])
            if item["picture"]:
                kind, seed, alt_text, caption, credit = item["picture"]
                name = project.slug if project else "aktuelt"
                StatusUpdateImage(
                    update=update,
                    image=picture_file(kind, seed, f"{name}.jpg"),
                    alt_text=alt_text,
                    caption=caption,
                    credit=credit,
                ).save()
                self._tally("update pictures", True)
        for index, document in enumerate(item.get("documents", [])):
            self.document(document, index, update=update)

    def news(self, areas, themes, people):
        """The status updates about no single project (NEWS)."""
        for item in self._newer("NEWS"):
            self.status_update(
                item,
                theme=themes[item["theme"]] if item["theme"] else None,
                area=areas[item["area"]] if item["area"] else None,
                people=people,
            )

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
            if group.members.exists():
                self.existing["group members"] += group.members.count()
                continue
            for index, spec in enumerate(members):
                self.group_member(group, spec, index)

    def group_member(self, group, spec, position):
        if isinstance(spec, tuple):
            spec = content.member(*spec)
        member = GroupMember(
            group=group,
            name=spec["name"],
            role=spec["role"],
            role_other=spec["role_other"],
            represents=spec["represents"],
            term_starts_on=spec["term_starts_on"],
            term_ends_on=spec["term_ends_on"],
            position=position,
        )
        if spec["portrait"] is not None:
            member.portrait = portrait_file(
                spec["name"], spec["portrait"], f"{group.slug}-{position}.jpg"
            )
        member.save()
        self._tally("group members", True)

    def events(self, projects, people=None):
        """The meetings not there yet, found by title, with the documents they lack. Days
        count from the day the demo is loaded; a meeting's projects not in projects (slug ->
        project) are left out, as its organiser is without people (key -> person)."""
        people = people or {}
        for spec in self.content.EVENTS:
            if isinstance(spec, tuple):
                spec = content.meeting(*spec)
            day = self.today + timedelta(days=spec["days"])
            deadline = None
            if spec["sign_up_by"]:
                days, moment = spec["sign_up_by"]
                deadline = at_time(self.today + timedelta(days=days), moment)
            event, created = Event.objects.get_or_create(
                title=spec["title"],
                defaults={
                    "starts_at": at_time(day, spec["starts"]),
                    "ends_at": at_time(day, spec["ends"]),
                    "place": spec["place"],
                    "description": spec["description"],
                    "audience": spec["audience"],
                    "organiser": people.get(spec["organiser"]),
                    "registration_url": spec["sign_up"],
                    "registration_deadline": deadline,
                    "outcome": spec["outcome"],
                    "attendance": spec["attendance"],
                },
            )
            if created:
                event.projects.set(projects[slug] for slug in spec["projects"] if slug in projects)
            self._tally("meetings", created)
            for index, document in enumerate(spec["documents"]):
                self.document(document, index, event=event)

    def indicators(self, projects, themes):
        """The key figures of the given projects and themes (slug -> object) not there yet;
        the rest are skipped. Values and further series are added only with their key
        figure, so a rerun keeps what the process leader may since have edited."""
        owners = {"project": projects, "theme": themes}
        for kind, slug, fields, values, *further in self.content.INDICATORS:
            owner = owners[kind].get(slug)
            if owner is None:
                continue
            indicator, created = Indicator.objects.get_or_create(
                **{kind: owner}, name=fields["name"], defaults=fields
            )
            self._tally("key figures", created)
            if not created:
                if series := indicator.lines.count():
                    self.existing["key figure series"] += series
                continue
            self.measurements(indicator, values)
            for position, (name, line_kind, line_values) in enumerate(
                further[0] if further else [], start=1
            ):
                line = Line(indicator=indicator, name=name, kind=line_kind, position=position)
                line.save()
                self._tally("key figure series", True)
                self.measurements(indicator, line_values, line)

    def measurements(self, indicator, values, line=None):
        for day, value, note in values:
            Measurement(
                indicator=indicator, line=line, measured_on=day, value=Decimal(value), note=note
            ).save()

    def pages(self, themes):
        """The pages not there yet, found by slug, each after the page it is under; the
        pictures and documents only with a new page, the documents it lacks."""
        pages = {}
        for position, spec in enumerate(self._newer("PAGES"), start=1):
            page, created = Page.objects.get_or_create(
                slug=spec["slug"],
                defaults={
                    "title": spec["title"],
                    "summary": spec["summary"],
                    "body": spec["body"],
                    "parent": pages.get(spec["parent"]),
                    "theme": themes.get(spec["theme"]),
                    "in_menu": spec["in_menu"],
                    "position": position,
                    "is_published": True,
                },
            )
            pages[spec["slug"]] = page
            self._tally("pages", created)
            if not created:
                if pictures_there := page.images.count():
                    self.existing["page pictures"] += pictures_there
            else:
                for index, (kind, seed, alt_text, caption, credit) in enumerate(spec["pictures"]):
                    PageImage(
                        page=page,
                        image=picture_file(kind, seed, f"{page.slug}.jpg"),
                        alt_text=alt_text,
                        caption=caption,
                        credit=credit,
                        position=index,
                    ).save()
                    self._tally("page pictures", True)
            for index, document in enumerate(spec["documents"]):
                self.document(document, index, page=page)

    def site_documents(self):
        for index, document in enumerate(self._newer("SITE_DOCUMENTS")):
            self.document(document, index)


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
