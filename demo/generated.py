"""Many generated projects, for trying the site and its benchmarks at size.

Rows go in with bulk_create. The first new project's pictures are saved one by one, through
the picture pipeline (cleaning and renditions) as an upload would; the others get copies of
those stored files under names of their own: rendering every picture again took most of the
time (10,000 projects: half an hour, against a few minutes with copies).

Their texts are Nynorsk in every language: they are there to be many, not to be read. They
go into the villages and themes of whichever demo is loaded.
"""

from datetime import date, datetime, time, timedelta

from django.core.files.base import ContentFile
from django.utils import timezone

from contacts.models import ContactPerson, GroupMember, ProjectContact, SteeringGroup
from projects.images import rendition_name, rendition_widths
from projects.models import Area, Project, ProjectImage, Status, Theme
from updates.models import StatusUpdate

from . import pictures

UPDATES_PER_PROJECT = 10
PICTURES_PER_PROJECT = 4
MEMBERS_PER_GROUP = 12
CONTACTS_PER_PROJECT = 2
# Small, so a thousand projects' pictures go through the pipeline in reasonable time.
PICTURE_SIZE = (640, 400)
# (kind, alternative text): drawn once, then stored for every generated project.
PICTURES = [
    ("fjord", "Fjordlandskap med høge fjell, hus langs strandkanten og ein kvit båt"),
    ("village", "Bygd i ei grøn li med hus, ein veg gjennom bygda og folk som går"),
    ("quay", "Kai med eit stort gult pakkhus og raude naust ved fjorden"),
    ("trail", "Sti gjennom ei grøn eng mot høge fjell, med turgåarar med ryggsekk"),
]
STATUSES = [
    Status.ONGOING,
    Status.PLANNED,
    Status.ONGOING,
    Status.IDEA,
    Status.COMPLETED,
    Status.ONGOING,
    Status.PAUSED,
    Status.CANCELLED,
]
TOPICS = [
    "Nytt naust",
    "Utbetring av kaia",
    "Nytt tak på samfunnshuset",
    "Turveg langs elva",
    "Fiber til grendene",
    "Ny leikeplass",
    "Badeplass ved fjorden",
    "Bustadfelt",
]
# The newest update says what its status means; the older ones are everyday news.
NEWEST_TITLES = {
    Status.IDEA: "Ideen er lagd fram for bygda",
    Status.PLANNED: "Planen er klar og finansiert",
    Status.ONGOING: "Arbeidet går etter planen",
    Status.PAUSED: "Arbeidet er sett på pause",
    Status.COMPLETED: "Prosjektet er fullført",
    Status.CANCELLED: "Prosjektet er avlyst",
}
UPDATE_TITLES = [
    "Referat frå arbeidsgruppa",
    "Dugnaden samla mange",
    "Søknad om tilskot er send",
    "Avtale med entreprenør",
    "Innspel frå bygdemøtet",
    "Tilskotet er innvilga",
    "Synfaring med kommunen",
    "Arbeidsgruppa er sett saman",
    "Ope møte i grendahuset",
]
FIRST_NAMES = [
    "Anne",
    "Bjørn",
    "Camilla",
    "Dag",
    "Eva",
    "Frode",
    "Guro",
    "Hans",
    "Inger",
    "Jostein",
]
LAST_NAMES = ["Aske", "Brenne", "Dalen", "Eikrem", "Fure", "Grov", "Hovland", "Kleiven", "Lunde"]
REPRESENTS = ["Næringslivet", "Ungdomen", "Laga", "Kommunen", "Bygda", "Skulen", "Eldrerådet"]


def slug_for(number):
    return f"generert-prosjekt-{number:04d}"


def _name(number, index):
    seed = number * 7 + index * 3
    return f"{FIRST_NAMES[seed % len(FIRST_NAMES)]} {LAST_NAMES[(seed // 3) % len(LAST_NAMES)]}"


def generate_projects(count):
    """Make generated projects 1..count that do not exist yet.

    Returns (how many were made, how many were already there).
    """
    wanted = {slug_for(n): n for n in range(1, count + 1)}
    existing = set(Project.objects.filter(slug__in=wanted).values_list("slug", flat=True))
    numbers = [n for slug, n in wanted.items() if slug not in existing]
    if not numbers:
        return 0, len(existing)
    now = timezone.now()
    villages = list(Area.objects.filter(kind=Area.Kind.VILLAGE))
    themes = list(Theme.objects.all())

    projects = Project.objects.bulk_create(_project(n, villages) for n in numbers)
    Through = Project.areas.through
    Through.objects.bulk_create(
        Through(project=p, area=villages[n % len(villages)])
        for n, p in zip(numbers, projects, strict=True)
        if villages
    )
    ThemeThrough = Project.themes.through
    ThemeThrough.objects.bulk_create(
        ThemeThrough(project=p, theme=themes[n % len(themes)])
        for n, p in zip(numbers, projects, strict=True)
        if themes
    )
    StatusUpdate.objects.bulk_create(
        update for n, p in zip(numbers, projects, strict=True) for update in _updates(n, p, now)
    )
    # Rows written in bulk skip what saving one does: the status residents see.
    Project.objects.filter(pk__in=[p.pk for p in projects]).refresh_activity()
    _groups(numbers, projects)
    _contacts(numbers, projects)

    _pictures(projects)
    return len(numbers), len(existing)


def _pictures(projects):
    """Drawn once and stored through the pipeline for the first project; the others get
    copies of its stored files (the picture and each rendition), each under its own name,
    so that removing one project's picture leaves the others' in place."""
    drawn = [
        pictures.drawn_jpeg(kind, seed, PICTURE_SIZE)
        for seed, (kind, _) in enumerate(PICTURES[:PICTURES_PER_PROJECT])
    ]
    first, *others = projects
    stored = []
    for index, data in enumerate(drawn):
        image = _picture_of(first, index, image=ContentFile(data, name="generert.jpg"))
        image.save()
        stored.append(image)
    ProjectImage.objects.bulk_create(
        _picture_of(
            project,
            index,
            image=_copy_of(original.image),
            width=original.width,
            height=original.height,
        )
        for project in others
        for index, original in enumerate(stored)
    )


def _picture_of(project, index, **picture):
    return ProjectImage(
        project=project,
        alt_text=PICTURES[index][1],
        caption=f"Illustrasjon {index + 1} til {project.title.lower()}",
        credit="Framdrift-demo (illustrasjon)",
        is_cover=index == 0,
        position=index,
        **picture,
    )


def _copy_of(picture):
    """A copy of a stored, cleaned picture and its renditions under a new name; the name."""
    storage = picture.storage
    field = ProjectImage._meta.get_field("image")
    with storage.open(picture.name) as original:
        name = storage.save(field.generate_filename(None, "generert.jpg"), original)
    for width in rendition_widths(picture.width):
        for extension in ("webp", "jpg"):
            wanted = rendition_name(name, width, extension)
            with storage.open(rendition_name(picture.name, width, extension)) as rendition:
                if storage.save(wanted, rendition) != wanted:
                    raise RuntimeError(f"{wanted} was stored under another name")
    return name


def _project(number, villages):
    topic = TOPICS[number % len(TOPICS)]
    place = villages[number % len(villages)].name if villages else "bygda"
    status = STATUSES[number % len(STATUSES)]
    starts_on = date(2018, 1, 1) + timedelta(days=(number * 37) % 2500)
    has_progress = status not in (Status.IDEA, Status.CANCELLED)
    return Project(
        slug=slug_for(number),
        title=f"{topic} i {place} (nr. {number})",
        summary=f"Generert prosjekt nummer {number}: {topic.lower()} i {place}.",
        body=(
            f"<p>Dette prosjektet er laga av demoen for å prøve nettstaden med mange prosjekt. "
            f"Det handlar om {topic.lower()} i {place}.</p>"
            "<p>Grendalaget og kommunen samarbeider, og bygdefolket er med på dugnad.</p>"
        ),
        status=status,
        progress=100 if status == Status.COMPLETED else (number * 7) % 95 if has_progress else None,
        starts_on=starts_on,
        lead_organisation=f"{place} grendalag",
        how_to_get_involved="<p>Ta kontakt med ein av kontaktpersonane.</p>",
        is_published=True,
        status_changed_at=timezone.make_aware(datetime.combine(starts_on, time(9))),
    )


def _updates(number, project, now):
    """Ten updates a month apart, the newest one setting the project's status."""
    for index in range(UPDATES_PER_PROJECT):
        newest = index == 0
        progress = None
        if project.progress is not None:
            progress = max(0, project.progress - index * 8)
        title = (
            NEWEST_TITLES[project.status]
            if newest
            else UPDATE_TITLES[(number + index) % len(UPDATE_TITLES)]
        )
        yield StatusUpdate(
            project=project,
            title=title,
            body=f"<p>{title}.</p><p>Ei generert oppdatering, laga for å prøve nettstaden.</p>",
            published_at=now - timedelta(days=(number % 60) + index * 30, minutes=5),
            new_status=project.status if newest else "",
            new_progress=progress,
        )


def _groups(numbers, projects):
    slugs = {f"generert-gruppe-{n:04d}": (n, p) for n, p in zip(numbers, projects, strict=True)}
    found = {g.slug: g for g in SteeringGroup.objects.filter(slug__in=slugs)}
    made = SteeringGroup.objects.bulk_create(
        SteeringGroup(
            slug=slug,
            name=f"Styringsgruppa for {project.title.lower()}",
            description="<p>Styringsgruppa følgjer arbeidet og godkjenner budsjettet.</p>",
        )
        for slug, (_, project) in slugs.items()
        if slug not in found
    )
    groups = found | {g.slug: g for g in made}
    Through = SteeringGroup.projects.through
    Through.objects.bulk_create(
        Through(steeringgroup=groups[slug], project=project) for slug, (_, project) in slugs.items()
    )
    GroupMember.objects.bulk_create(
        GroupMember(
            group=group,
            name=_name(number, index),
            role="chair" if index == 0 else "secretary" if index == 1 else "member",
            represents=REPRESENTS[index % len(REPRESENTS)],
            position=index,
        )
        for group in made
        for number in [slugs[group.slug][0]]
        for index in range(MEMBERS_PER_GROUP)
    )


def _contacts(numbers, projects):
    emails = {
        f"generert-{n:04d}-{index + 1}@example.org": (n, index)
        for n in numbers
        for index in range(CONTACTS_PER_PROJECT)
    }
    found = {c.email: c for c in ContactPerson.objects.filter(email__in=emails)}
    made = ContactPerson.objects.bulk_create(
        ContactPerson(
            name=_name(n, 20 + index),
            job_title="Prosjektleiar" if index == 0 else "Kontaktperson",
            organisation="Generert grendalag",
            phone=f"+47 555 {n % 100:02d} {index:03d}",
            email=email,
        )
        for email, (n, index) in emails.items()
        if email not in found
    )
    people = found | {c.email: c for c in made}
    by_number = dict(zip(numbers, projects, strict=True))
    ProjectContact.objects.bulk_create(
        ProjectContact(
            project=by_number[n],
            person=people[email],
            role="project_leader" if index == 0 else "contact",
            position=index,
        )
        for email, (n, index) in emails.items()
    )
