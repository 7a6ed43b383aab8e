"""No page grows with the number of projects (issue 20): with a thousand, each public
page's HTML stays under 50 KB, a phone's budget; what must list many things does so a page
at a time, and a feed or the sitemap lists at most a fixed number."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import icalendar
import pytest
from bs4 import BeautifulSoup
from django.db import transaction
from django.test import override_settings
from django.urls import reverse

from events.models import Event
from feeds.sitemaps import SITEMAPS
from projects.models import Area, Project
from tests.many_projects import (
    GROUP_FOR_ALL,
    MEETING_ABOUT_ALL,
    OFFICER,
    add_projects,
    build_the_frame,
    feeds_and_sitemap,
    public_pages,
    the_places,
)
from updates.models import StatusUpdate

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("page-sizes")]

PAGE_BUDGET = 51_200  # bytes of HTML
PROJECTS = 1000
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def site_with_many_projects(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo and a thousand projects, as the benchmark measures, built once for the
    module in a transaction that is rolled back after it; each test runs inside it (in a
    savepoint of its own)."""
    media = tmp_path_factory.mktemp("media")
    with (
        django_db_blocker.unblock(),
        transaction.atomic(),
        override_settings(MEDIA_ROOT=media / "public", PRIVATE_MEDIA_ROOT=media / "private"),
    ):
        build_the_frame(demo=True)
        add_projects(0, PROJECTS)
        yield {"pages": public_pages(), "feeds": feeds_and_sitemap()}
        transaction.set_rollback(True)


def get(client, page):
    url, headers = page if isinstance(page, tuple) else (page, {})
    response = client.get(url, headers=headers)
    assert response.status_code == 200, url
    return response


# The addresses need the database, which collecting the tests cannot use: by name here,
# and test_every_public_page_is_named_here keeps the names those of public_pages().
PAGE_NAMES = [
    "overview",
    "overview, page 2",
    "overview filtered",
    "overview search",
    "overview searched in an area, by title",
    "overview results (htmx)",
    "project page",
    "news",
    "news filtered",
    "news of one project",
    "one update",
    "areas",
    "area page",
    "area page, page 2",
    "target areas",
    "target area page",
    "strategy page",
    "groups",
    "contacts",
    "about",
    "funding",
    "document library",
    "documents of one project",
    "document results (htmx)",
    "meetings",
    "meeting archive",
    "meeting about all projects",
    "free page",
    "key figures",
    "open data",
    "accessibility statement",
    "tip form",
    "follow form",
    "embedded projects",
    "embedded area",
    "embedded target area",
]


def test_every_public_page_is_named_here(site_with_many_projects):
    assert sorted(PAGE_NAMES) == sorted(site_with_many_projects["pages"])


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_with_1000_projects_every_page_is_under_50_kb(client, site_with_many_projects, name):
    size = len(get(client, site_with_many_projects["pages"][name]).content)

    assert size < PAGE_BUDGET, f"{name}: {size:,} bytes"


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_an_area_page_shows_its_projects_a_page_at_a_time(client, site_with_many_projects):
    municipality, *_others = the_places()
    area = reverse("projects:area", args=[municipality])
    in_it = Project.objects.visible().in_area(Area.objects.get(slug=municipality)).count()

    first = soup(get(client, area))
    following = first.select_one("nav.pagination a[rel=next]")["href"]
    second = soup(get(client, area + following))
    last = soup(get(client, f"{area}?page=999"))

    def cards(page):
        return [link["href"] for link in page.select(".cards .card__title a")]

    assert len(cards(first)) == len(cards(second)) == 12
    assert not set(cards(first)) & set(cards(second))
    assert len(cards(last)) == in_it % 12 or 12
    assert following == "?page=2#area-projects-title"
    count = first.select_one(".area-page .result-count").get_text()
    assert str(in_it) in "".join(count.split()).replace("\xa0", "")
    back = second.select_one("nav.pagination a[rel=prev]")["href"]
    assert back == f"{area}#area-projects-title"  # the first page at its own address


def test_a_group_or_person_working_with_every_project_names_a_few_and_counts_the_rest(
    client, site_with_many_projects
):
    groups = soup(get(client, reverse("projects:groups")))
    contacts = soup(get(client, reverse("projects:contacts")))

    over_all = next(
        group for group in groups.select(".groups-page__group") if GROUP_FOR_ALL in group.get_text()
    )
    named = over_all.select(".groups-page__projects a")
    assert len(named) == 8 and "992" in over_all.select_one(".groups-page__projects").text
    assert len(groups.select(".groups-page__group")) == 10
    assert groups.select_one("nav.pagination a[rel=next]")

    officer = next(
        person for person in contacts.select(".contact-list > div") if OFFICER in person.get_text()
    )
    assert len(officer.select(".contact-projects a")) == 8
    assert "992" in officer.select_one(".contact-projects").get_text()
    assert len(contacts.select(".contact-list > div")) == 24


def test_the_document_library_names_a_project_given_by_its_page_s_link_instead_of_listing_all(
    client, site_with_many_projects
):
    project = Project.objects.get(slug="prosjekt-3")
    library = reverse("projects:documents")

    everything = soup(get(client, library))
    one = soup(get(client, f"{library}?project={project.slug}&kind=plan"))

    assert not everything.select("select[name=project], .filters__project")
    assert [row.get_text(strip=True) for row in one.select(".document__title")] == [
        f"Plan for {project.title}"
    ]
    said = one.select_one(".filters__project")
    assert project.title in said.get_text()
    assert said.select_one("a")["href"] == f"{library}?kind=plan"
    kept = one.select_one("form.filters input[type=hidden][name=project]")
    assert kept["value"] == project.slug


def test_the_sitemap_lists_every_update_in_files_of_a_fixed_size_the_newest_first(
    client, site_with_many_projects, monkeypatch
):
    monkeypatch.setattr(SITEMAPS["updates"], "limit", 100)

    index = ET.fromstring(get(client, reverse("feeds:sitemap")).content)
    files = [urlsplit(loc.text) for loc in index.iter(f"{SITEMAP}loc")]
    of_updates = [file for file in files if file.path == "/sitemap-updates.xml"]

    def listed(file):
        response = client.get(file.path, dict([file.query.split("=")]) if file.query else {})
        root = ET.fromstring(response.content)
        return [urlsplit(loc.text).path for loc in root.iter(f"{SITEMAP}loc")]

    updates = [
        u.get_absolute_url() for u in StatusUpdate.objects.public().order_by("-published_at", "-pk")
    ]
    assert len(of_updates) == -(-len(updates) // 100)
    assert listed(of_updates[0]) == updates[:100]  # the newest first
    assert [path for file in of_updates for path in listed(file)] == updates
    # The index itself stays small: one line a file.
    assert len(get(client, reverse("feeds:sitemap")).content) < 50_000


@pytest.mark.parametrize(
    "name", ["news RSS", "news Atom", "project RSS", "area RSS", "target area Atom"]
)
def test_a_news_feed_holds_the_newest_few_so_it_stays_under_50_kb(
    client, site_with_many_projects, name
):
    size = len(get(client, site_with_many_projects["feeds"][name]).content)

    assert size < PAGE_BUDGET, f"{name}: {size:,} bytes"


def test_the_meetings_calendar_holds_at_most_a_fixed_number_the_coming_first(
    client, site_with_many_projects, monkeypatch
):
    monkeypatch.setattr("events.views.FEED_AT_MOST", 50)

    calendar = icalendar.Calendar.from_ical(get(client, reverse("events:feed")).content)

    meetings = calendar.walk("VEVENT")
    soonest = Event.objects.upcoming()[:50]
    assert [str(meeting["SUMMARY"]) for meeting in meetings] == [e.title for e in soonest]
    about_all = next(m for m in meetings if m["SUMMARY"] == MEETING_ABOUT_ALL)
    assert len(about_all["CATEGORIES"].cats) == 8
    assert "992" in str(about_all["DESCRIPTION"])
