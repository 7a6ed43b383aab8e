"""Loading the demo region. Every step looks up before it creates, so a rerun adds nothing."""

from datetime import date, datetime, time, timedelta

from django.core.files.base import ContentFile
from django.utils import timezone

from contacts.models import ContactPerson, GroupMember, ProjectContact, SteeringGroup
from projects.models import Area, Partner, Phase, Project, ProjectImage, SiteSettings, Theme
from updates.models import StatusUpdate, StatusUpdateImage

from . import content, pictures

# Large enough for the widest rendition on a desktop screen.
PICTURE_SIZE = (1600, 1000)


def draw(kind, seed, size=None):
    size = size or PICTURE_SIZE
    if kind == "meeting":
        return pictures.meeting_room(seed, size)
    if kind == "village":
        return pictures.landscape(seed, size, houses=6, people=3, water=False)
    if kind == "trail":
        return pictures.landscape(seed, size, houses=1, people=2, water=False)
    return pictures.landscape(seed, size, houses=3)


def update_time(when, now):
    """A fixed date at noon, or a number of days from now (negative: in the past)."""
    if isinstance(when, int):
        # A few minutes back, so an update "from today" is already visible.
        return now - timedelta(minutes=5) + timedelta(days=when)
    return timezone.make_aware(datetime.combine(when, time(12, 0)))


class DemoLoader:
    def __init__(self):
        self.created = {}

    def _count(self, label, was_created):
        if was_created:
            self.created[label] = self.created.get(label, 0) + 1

    def load(self):
        self.site_settings()
        areas = self.areas()
        themes = self.themes()
        people = self.people()
        projects = {
            spec["slug"]: self.project(spec, areas, themes, people) for spec in content.PROJECTS
        }
        self.groups(projects)
        return self.created

    def site_settings(self):
        record = SiteSettings.load()
        if not SiteSettings.objects.exists():
            for field, value in content.SITE.items():
                setattr(record, field, value)
            record.save()
            self._count("site settings", True)

    def areas(self):
        areas = {}
        for slug, name, kind, parent, description in content.AREAS:
            areas[slug], created = Area.objects.get_or_create(
                slug=slug,
                defaults={
                    "name": name,
                    "kind": kind,
                    "parent": areas.get(parent),
                    "description": description,
                },
            )
            self._count("areas", created)
        return areas

    def themes(self):
        themes = {}
        for position, (slug, name, description) in enumerate(content.THEMES, start=1):
            themes[slug], created = Theme.objects.get_or_create(
                slug=slug, defaults={"name": name, "description": description, "position": position}
            )
            self._count("themes", created)
        return themes

    def people(self):
        people = {}
        for seed, (key, (name, title, organisation, phone, mobile, email)) in enumerate(
            content.PEOPLE.items()
        ):
            person, created = ContactPerson.objects.get_or_create(
                email=email,
                defaults={
                    "name": name,
                    "job_title": title,
                    "organisation": organisation,
                    "phone": phone,
                    "mobile": mobile,
                },
            )
            if created:
                initials = "".join(part[0] for part in name.split()[:2])
                person.photo = ContentFile(
                    pictures.jpeg(pictures.portrait(initials, seed)), name="portrett.jpg"
                )
                person.save()
            self._count("contact persons", created)
            people[key] = person
        return people

    def project(self, spec, areas, themes, people):
        fields = {
            key: value
            for key, value in spec.items()
            if key
            not in {
                "slug",
                "areas",
                "themes",
                "partners",
                "phases",
                "contacts",
                "pictures",
                "updates",
            }
        }
        project, created = Project.objects.get_or_create(
            slug=spec["slug"], defaults=fields | {"is_published": True}
        )
        self._count("projects", created)
        if not created:
            return project
        # The project's own status dates from its start, not from the day the demo was loaded.
        begun = timezone.make_aware(
            datetime.combine(spec.get("starts_on") or date(2025, 1, 1), time(9))
        )
        Project.objects.filter(pk=project.pk).update(status_changed_at=begun, created_at=begun)
        project.areas.set(areas[slug] for slug in spec["areas"])
        project.themes.set(themes[slug] for slug in spec["themes"])
        Partner.objects.bulk_create(
            Partner(project=project, name=name, sector=sector, position=index)
            for index, (name, sector) in enumerate(spec["partners"])
        )
        Phase.objects.bulk_create(
            Phase(project=project, name=name, starts_on=start, ends_on=end, description=text)
            for name, start, end, text in spec["phases"]
        )
        for index, (key, role) in enumerate(spec["contacts"]):
            ProjectContact.objects.create(
                project=project, person=people[key], role=role, position=index
            )
        for index, (kind, seed, alt_text, caption, credit) in enumerate(spec["pictures"]):
            ProjectImage(
                project=project,
                image=ContentFile(pictures.jpeg(draw(kind, seed)), name=f"{spec['slug']}.jpg"),
                alt_text=alt_text,
                caption=caption,
                credit=credit,
                is_cover=index == 0,
                position=index,
            ).save()
        now = timezone.now()
        for index, (when, title, body, new_status, new_progress, *rest) in enumerate(
            spec["updates"]
        ):
            update = StatusUpdate.objects.create(
                project=project,
                title=title,
                body=body,
                published_at=update_time(when, now),
                is_published=rest[0] if rest else True,
                new_status=new_status,
                new_progress=new_progress,
            )
            self._count("status updates", True)
            if index % 2 == 1 and spec["pictures"]:
                StatusUpdateImage(
                    update=update,
                    image=ContentFile(
                        pictures.jpeg(draw("meeting", 100 + index)),
                        name="oppdatering.jpg",
                    ),
                    alt_text="Folk samla rundt eit bord i eit møterom",
                    caption=title,
                    credit="Framdrift-demoen (teikning)",
                ).save()
        return project

    def groups(self, projects):
        for position, (slug, name, kind, description, members, project_slugs) in enumerate(
            content.GROUPS
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
            self._count("steering groups", created)
            if created:
                group.projects.set(projects[s] for s in project_slugs)
                GroupMember.objects.bulk_create(
                    GroupMember(
                        group=group, name=member, role=role, represents=represents, position=index
                    )
                    for index, (member, role, represents) in enumerate(members)
                )
