"""A site with many projects, each with what residents see of one (news, pictures, a
document, contacts, a group, a meeting, funding), written in bulk: a thousand one by one
would take minutes. For the tests that a page neither costs more queries nor grows in
size with the number of projects (tests/test_query_counts.py, tests/test_page_sizes.py)."""

from datetime import timedelta
from decimal import Decimal
from unittest import mock

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from contacts.models import ContactPerson, GroupMember, ProjectContact, SteeringGroup
from demo.content import for_language
from events.models import Event
from pages.models import Page
from projects.models import (
    Area,
    Document,
    Funding,
    Project,
    ProjectImage,
    SiteSettings,
    Strategy,
    Theme,
)
from updates.models import StatusUpdate

STATUSES = ["ongoing", "planned", "idea", "completed", "paused"]
VILLAGES = ["Berg", "Dal", "Fjell", "Strand"]
THEMES = ["Bustader", "Samferdsel"]
GROUP_FOR_ALL = "Styringsgruppa for alle prosjekta"
OFFICER = "Aase Aakre"
MEETING_ABOUT_ALL = "Folkemøte om alle prosjekta"
# Every picture row names one file, as long as an upload's stored name: pages only ever
# print its addresses.
SHARED_PICTURE = "projects/2026/06/4f6c0a3e9d2b4c1f8e7a6b5c4d3e2f1a.jpg"
PICTURE_ALT_TEXT = "Fjordlandskap med høge fjell, hus langs strandkanten og ein kvit båt"
SHARED_DOCUMENT = "documents/delt-dokument.pdf"
TOPICS = ["Utbetring av kaia ved fjorden", "Ny leikeplass ved skulen", "Turveg langs elva"]
SUMMARY = (
    "Bygdefolket, grendalaget og kommunen gjer dette saman: planen er klar, pengane er "
    "søkte, og dugnaden tek til når snøen har gått. Alle som vil, kan vere med."
)


def build_the_frame(demo=False):
    """What the projects are filed under, and what is about all of them.

    With demo=True, the demo of the site's language (its areas, strategies, people,
    groups, meetings and pages), so that pages weigh what the demo's do, as in the
    benchmark; otherwise a municipality (lidal) with four villages, a strategy with two
    target areas and a free page, around the demo's texts for the site. Either way news
    about the whole work, a group and a contact person for every project, and a meeting
    about all of them."""
    if demo:
        # Small pictures keep it quick; the pages are the same.
        with mock.patch("demo.loader.PICTURE_SIZE", (160, 100)):
            call_command("load_demo", language=settings.LANGUAGE_CODE, verbosity=0)
    else:
        build_a_small_frame()
    StatusUpdate.objects.create(
        title="Nytt om heile arbeidet",
        body="<p>Alt går etter planen.</p>",
        published_at=timezone.now() - timedelta(days=1),
    )
    SteeringGroup.objects.create(name=GROUP_FOR_ALL, slug="for-alle-prosjekta")
    # Named to come first in the list of contact persons.
    ContactPerson.objects.create(name=OFFICER, email="radgjevar@example.org")
    Event.objects.create(
        title=MEETING_ABOUT_ALL, starts_at=timezone.now() + timedelta(days=2), place="Kommunehuset"
    )


def build_a_small_frame():
    demo = for_language("nn")
    SiteSettings(**{key: value for key, value in demo.SITE.items() if key != "overall_goal"}).save()
    municipality = Area.objects.create(name="Lidal kommune", slug="lidal", kind="municipality")
    for village in VILLAGES:
        Area.objects.create(name=village, slug=village.lower(), kind="village", parent=municipality)
    _slug, name, goal, starts_on, ends_on = demo.STRATEGIES[0]
    strategy = Strategy.objects.create(
        name=name, slug="utviklingsstrategien", goal=goal, starts_on=starts_on, ends_on=ends_on
    )
    for position, theme in enumerate(THEMES):
        Theme.objects.create(name=theme, slug=theme.lower(), strategy=strategy, position=position)
    Page.objects.create(title="Slik arbeider vi", slug="slik-arbeider-vi", is_published=True)


def add_projects(first, last):
    """Projects numbered first..last-1, each with all that residents can see of one."""
    now = timezone.now()
    villages = list(Area.objects.filter(kind="village").order_by("name"))
    themes = list(Theme.objects.order_by("position"))
    numbers = range(first, last)
    projects = Project.objects.bulk_create(
        Project(
            # As long as residents' projects are named and summed up (the demo's).
            title=f"{TOPICS[number % len(TOPICS)]} (prosjekt nummer {number})",
            slug=f"prosjekt-{number}",
            summary=SUMMARY,
            body="<p>Bygda og kommunen gjer dette saman.</p>",
            status=STATUSES[number % len(STATUSES)],
            progress=number % 100,
            is_featured=number == 0,
            is_published=True,
        )
        for number in numbers
    )
    Project.areas.through.objects.bulk_create(
        Project.areas.through(project=project, area=villages[index % len(villages)])
        for index, project in enumerate(projects)
    )
    Project.themes.through.objects.bulk_create(
        Project.themes.through(project=project, theme=themes[index % len(themes)])
        for index, project in enumerate(projects)
    )
    StatusUpdate.objects.bulk_create(
        StatusUpdate(
            project=project,
            title=f"{title} for {project.slug}",
            body="<p>Arbeidet går framover, og neste steg er avtalt.</p>",
            published_at=now - timedelta(hours=index * 2 + hours_ago),
            new_status=project.status if hours_ago else "",
            is_published=True,
        )
        for index, project in enumerate(projects)
        for title, hours_ago in [("Nytt", 1), ("Status", 30)]
    )
    ProjectImage.objects.bulk_create(
        ProjectImage(
            project=project,
            image=SHARED_PICTURE,
            width=640,
            height=400,
            alt_text=PICTURE_ALT_TEXT,
            is_cover=position == 0,
            position=position,
        )
        for project in projects
        for position in range(2)
    )
    Document.objects.bulk_create(
        Document(
            project=project,
            title=f"Plan for {project.title}",
            file=SHARED_DOCUMENT,
            kind_of_document="plan",
        )
        for project in projects
    )
    Funding.objects.bulk_create(
        Funding(project=project, source="Fylket", amount=Decimal(100_000), kind="region")
        for project in projects
    )
    people = ContactPerson.objects.bulk_create(
        ContactPerson(name=f"Kontakt {project.pk}", email=f"k{project.pk}@example.org")
        for project in projects
    )
    officer = ContactPerson.objects.get(name=OFFICER)
    ProjectContact.objects.bulk_create(
        ProjectContact(project=project, person=person, role=role)
        for project, own in zip(projects, people, strict=True)
        for person, role in [(own, "project_leader"), (officer, "contact")]
    )
    groups = SteeringGroup.objects.bulk_create(
        # After the group for all (position 0), as the process leader would order them.
        SteeringGroup(
            name=f"Arbeidsgruppa for {project.title}", slug=f"gruppe-{project.pk}", position=1
        )
        for project in projects
    )
    GroupMember.objects.bulk_create(
        GroupMember(group=group, name=f"Medlem {index}", position=index)
        for group in groups
        for index in range(3)
    )
    over_all = SteeringGroup.objects.get(name=GROUP_FOR_ALL)
    SteeringGroup.projects.through.objects.bulk_create(
        SteeringGroup.projects.through(steeringgroup=group, project=project)
        for project, own in zip(projects, groups, strict=True)
        for group in [own, over_all]
    )
    meetings = Event.objects.bulk_create(
        Event(
            title=f"Dugnad for {project.title}",
            starts_at=now + timedelta(days=3, hours=index),
            place="Grendehuset",
        )
        for index, project in enumerate(projects)
    )
    about_all = Event.objects.get(title=MEETING_ABOUT_ALL)
    Event.projects.through.objects.bulk_create(
        Event.projects.through(event=event, project=project)
        for project, own in zip(projects, meetings, strict=True)
        for event in [own, about_all]
    )
    # Rows written in bulk skip what saving one does: the status residents see.
    Project.objects.filter(pk__in=[project.pk for project in projects]).refresh_activity()
    analyze_as_autovacuum_would()


def analyze_as_autovacuum_would():
    """PostgreSQL plans from its statistics of each table. After a thousand rows written at
    once, production's autovacuum analyzes the tables; these rows are in a transaction it
    cannot see, and it may have last analyzed the tables while an earlier test left them
    empty. Planned for empty tables, a page's count ran nested scans for minutes in CI. So
    the tables are analyzed here, in the transaction, which counts its own rows."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def the_places():
    """(municipality, village, target area, strategy) whose pages the tests visit: each
    has generated projects in it (add_projects files them under every village)."""
    village = Area.objects.filter(kind="village", parent__isnull=False).order_by("name").first()
    municipality = village.parent
    theme = Theme.objects.visible().filter(strategy__isnull=False).order_by("position").first()
    return municipality.slug, village.slug, theme.slug, theme.strategy.slug


def public_pages():
    """Every public page (and the parts htmx asks for) of such a site, by name."""
    municipality, village, theme, strategy = the_places()
    project = Project.objects.get(slug="prosjekt-3")
    news = reverse("projects:news")
    documents = reverse("projects:documents")
    area = reverse("projects:area", args=[municipality])
    return {
        "overview": "/",
        "overview, page 2": "/?page=2",
        "overview filtered": f"/?status=ongoing&area={municipality}",
        "overview search": "/?q=nummer",
        "overview searched in an area, by title": f"/?q=nummer&area={village}&sort=title",
        "overview results (htmx)": ("/?status=ongoing", {"HX-Request": "true"}),
        "project page": project.get_absolute_url(),
        "news": news,
        "news filtered": f"{news}?area={municipality}&q=framover",
        "news of one project": f"{news}?project={project.slug}",
        "one update": StatusUpdate.objects.filter(project=project).first().get_absolute_url(),
        "areas": reverse("projects:areas"),
        "area page": area,
        "area page, page 2": f"{area}?page=2",
        "target areas": reverse("projects:themes"),
        "target area page": reverse("projects:theme", args=[theme]),
        "strategy page": reverse("projects:strategy", args=[strategy]),
        "groups": reverse("projects:groups"),
        "contacts": reverse("projects:contacts"),
        "about": reverse("projects:about"),
        "funding": reverse("projects:funding"),
        "document library": documents,
        "documents of one project": f"{documents}?project={project.slug}",
        "document results (htmx)": (f"{documents}?kind=plan", {"HX-Request": "true"}),
        "meetings": reverse("events:upcoming"),
        "meeting archive": reverse("events:archive"),
        "meeting about all projects": Event.objects.get(title=MEETING_ABOUT_ALL).get_absolute_url(),
        "free page": Page.objects.visible().order_by("pk").first().get_absolute_url(),
        "key figures": reverse("figures:index"),
        "open data": reverse("opendata:page"),
        "accessibility statement": reverse("projects:accessibility"),
        "tip form": reverse("tips:send"),
        "follow form": reverse("follows:follow"),
        "embedded projects": reverse("embeds:projects"),
        "embedded area": reverse("embeds:area", args=[municipality]),
        "embedded target area": reverse("embeds:theme", args=[theme]),
    }


def feeds_and_sitemap():
    """What programs read: feeds, the sitemap, the meetings calendar."""
    municipality, _village, theme, _strategy = the_places()
    return {
        "news RSS": reverse("feeds:news_rss"),
        "news Atom": reverse("feeds:news_atom"),
        "project RSS": reverse("feeds:project_rss", args=["prosjekt-3"]),
        "area RSS": reverse("feeds:area_rss", args=[municipality]),
        "target area Atom": reverse("feeds:theme_atom", args=[theme]),
        "sitemap": reverse("feeds:sitemap"),
        "sitemap of projects": reverse("feeds:sitemap_section", args=["projects"]),
        "sitemap of news": reverse("feeds:sitemap_section", args=["updates"]),
        "meetings calendar": reverse("events:feed"),
    }
