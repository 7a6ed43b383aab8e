"""Many generated projects, for trying the site and its benchmark at size."""

from datetime import date, timedelta

from django.core.files.base import ContentFile
from django.utils import timezone

from contacts.models import ContactPerson, GroupMember, ProjectContact, SteeringGroup
from projects.models import Area, Project, ProjectImage, Status, Theme
from updates.models import StatusUpdate

from . import pictures

UPDATES_PER_PROJECT = 10
PICTURES_PER_PROJECT = 4
MEMBERS_PER_GROUP = 12
CONTACTS_PER_PROJECT = 2
STATUSES = [
    Status.IDEA,
    Status.PLANNED,
    Status.ONGOING,
    Status.ONGOING,
    Status.PAUSED,
    Status.COMPLETED,
]
TOPICS = ["Bustadfelt", "Kai", "Samfunnshus", "Turveg", "Fiber", "Barnehage", "Leikeplass", "Naust"]
REPRESENTS = ["Næringslivet", "Ungdomen", "Laga", "Kommunen", "Bygda", "Skulen"]


def slug_for(number):
    return f"generert-prosjekt-{number:04d}"


def generate_projects(count):
    """Make generated projects 1..count that do not exist yet; returns how many were made."""
    wanted = {slug_for(n): n for n in range(1, count + 1)}
    existing = set(Project.objects.filter(slug__in=wanted).values_list("slug", flat=True))
    missing = [n for slug, n in wanted.items() if slug not in existing]
    if not missing:
        return 0
    villages = list(Area.objects.filter(kind=Area.Kind.VILLAGE)) or [None]
    themes = list(Theme.objects.all()) or [None]
    # Pictures are drawn once and reused: the pipeline still cleans and renders each upload.
    picture_bytes = [
        pictures.jpeg(pictures.landscape(seed, size=(640, 400), houses=seed % 4 + 1))
        for seed in range(PICTURES_PER_PROJECT)
    ]
    now = timezone.now()
    for number in missing:
        topic = TOPICS[number % len(TOPICS)]
        project = Project.objects.create(
            slug=slug_for(number),
            title=f"{topic} {number}",
            summary=f"Generert prosjekt nummer {number} om {topic.lower()}.",
            body=f"<p>Laga for å prøve nettstaden med mange prosjekt (nummer {number}).</p>",
            status=STATUSES[number % len(STATUSES)],
            progress=(number * 7) % 101,
            starts_on=date(2020, 1, 1) + timedelta(days=number % 1500),
            lead_organisation="Generert organisasjon",
            is_published=True,
        )
        village, theme = villages[number % len(villages)], themes[number % len(themes)]
        if village:
            project.areas.add(village)
        if theme:
            project.themes.add(theme)
        StatusUpdate.objects.bulk_create(
            StatusUpdate(
                project=project,
                title=f"Oppdatering {index + 1} for {topic.lower()} {number}",
                body="<p>Arbeidet går etter planen.</p>",
                published_at=now - timedelta(days=(number % 90) + index * 30, minutes=5),
                new_progress=max(0, project.progress - index * 10),
            )
            for index in range(UPDATES_PER_PROJECT)
        )
        for index, content in enumerate(picture_bytes):
            ProjectImage(
                project=project,
                image=ContentFile(content, name="generert.jpg"),
                alt_text=f"Illustrasjon av ei fjordbygd, bilete {index + 1}",
                is_cover=index == 0,
                position=index,
            ).save()
        group = SteeringGroup.objects.create(
            slug=f"styringsgruppe-{number:04d}", name=f"Styringsgruppe for {topic.lower()} {number}"
        )
        group.projects.add(project)
        GroupMember.objects.bulk_create(
            GroupMember(
                group=group,
                name=f"Medlem {index + 1}",
                role="chair" if index == 0 else "member",
                represents=REPRESENTS[index % len(REPRESENTS)],
                position=index,
            )
            for index in range(MEMBERS_PER_GROUP)
        )
        for index in range(CONTACTS_PER_PROJECT):
            person = ContactPerson.objects.create(
                name=f"Kontakt {number}-{index + 1}",
                organisation="Generert organisasjon",
                phone=f"+47 555 {number % 100:02d} {index:03d}",
                email=f"kontakt-{number}-{index + 1}@example.org",
            )
            ProjectContact.objects.create(project=project, person=person, position=index)
    return len(missing)
