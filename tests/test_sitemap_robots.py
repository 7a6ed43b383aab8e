"""sitemap.xml and robots.txt: what search engines are told to read, and what not."""

import xml.etree.ElementTree as ET
from datetime import timedelta
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from events.models import Event
from feeds.sitemaps import SITEMAPS
from pages.models import Page
from projects.models import Strategy
from tests.base import make_area, make_project, make_theme, make_update

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def xml_at(client, address):
    split = urlsplit(address)
    response = client.get(split.path, {"p": split.query[2:]} if split.query else {})
    assert response.status_code == 200, address
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)


def section_files(client, index="/sitemap.xml"):
    """The addresses sitemap.xml, an index, lists."""
    root = xml_at(client, index)
    assert root.tag == f"{SITEMAP}sitemapindex"
    return [entry.findtext(f"{SITEMAP}loc") for entry in root.findall(f"{SITEMAP}sitemap")]


def sitemap_entries(client, index="/sitemap.xml"):
    """Every address in every file the index lists, with when it last changed."""
    entries = {}
    for address in section_files(client, index):
        for url in xml_at(client, address).findall(f"{SITEMAP}url"):
            entries[url.findtext(f"{SITEMAP}loc")] = url.findtext(f"{SITEMAP}lastmod")
    return entries


def paths_in(entries):
    return {urlsplit(address).path for address in entries}


def test_the_sitemap_lists_what_residents_can_see(client):
    project = make_project("Ny skule")
    hidden = make_project("Løyndom", slug="loyndom", is_published=False)
    area, theme = make_area("Nedre Li"), make_theme("Attraktive bygder")
    strategy = Strategy.objects.create(name="Strategi", slug="strategi")
    draft_strategy = Strategy.objects.create(name="Utkast", slug="utkast", is_published=False)
    hidden_theme = make_theme("Skjult", strategy=draft_strategy)
    update = make_update(project)
    draft = make_update(project, title="Utkast", is_published=False)
    scheduled = make_update(project, published_at=timezone.now() + timedelta(days=1))
    of_hidden = make_update(hidden)
    page = Page.objects.create(title="Om bygda", slug="om-bygda", is_published=True)
    hidden_page = Page.objects.create(title="Utkast", slug="utkast", is_published=False)
    event = Event.objects.create(title="Møte", place="Her", starts_at=timezone.now())
    hidden_event = Event.objects.create(
        title="Skjult", place="Her", starts_at=timezone.now(), is_published=False
    )

    paths = paths_in(sitemap_entries(client))

    for shown in [project, area, theme, strategy, update, page, event]:
        assert shown.get_absolute_url() in paths, shown
    for hidden_thing in [hidden, draft_strategy, hidden_theme, draft, scheduled, of_hidden]:
        assert hidden_thing.get_absolute_url() not in paths, hidden_thing
    for hidden_thing in [hidden_page, hidden_event]:
        assert hidden_thing.get_absolute_url() not in paths, hidden_thing
    for site_page in ["/", "/aktuelt/", "/satsingsomraade/", "/moete/", "/moete/arkiv/"]:
        assert site_page in paths


def test_sitemap_addresses_are_the_sites_own_with_when_they_changed(client, settings):
    settings.SITE_URL = "https://framdrift.example.no"
    project = make_project()
    make_update(project, published_at=timezone.now() - timedelta(minutes=5))

    entries = sitemap_entries(client)

    assert all(address.startswith("https://framdrift.example.no/") for address in entries)
    # The index's own addresses too, whatever Host the request named.
    files = section_files(client)
    assert files and all(f.startswith("https://framdrift.example.no/sitemap-") for f in files)
    lastmod = entries[f"https://framdrift.example.no{project.get_absolute_url()}"]
    assert lastmod.startswith(timezone.localdate().isoformat()[:4])


def count_sitemap_queries(client):
    with CaptureQueriesContext(connection) as queries:
        sitemap_entries(client)
    return len(queries)


def build(numbers):
    for number in numbers:
        project = make_project(f"Prosjekt {number}")
        project.areas.add(make_area(f"Bygd {number}"))
        project.themes.add(make_theme(f"Tema {number}"))
        make_update(project, title=f"Nytt {number}")
        Page.objects.create(title=f"Side {number}", slug=f"side-{number}", is_published=True)
        Event.objects.create(title=f"Møte {number}", place="Her", starts_at=timezone.now())


def test_the_sitemap_costs_the_same_with_few_and_many_pages(client, settings):
    settings.PAGE_CACHE_ENABLED = False
    build(range(3))
    few = count_sitemap_queries(client)

    build(range(3, 40))

    assert count_sitemap_queries(client) == few


def test_robots_txt_lets_search_engines_read_every_page_in_the_sitemap(client):
    project = make_project()
    make_update(project)
    robots = client.get("/robots.txt")
    assert robots.status_code == 200
    assert robots["Content-Type"].startswith("text/plain")
    parser = RobotFileParser()
    parser.parse(robots.content.decode().splitlines())

    for address in sitemap_entries(client):
        assert parser.can_fetch("Googlebot", address), address


def test_robots_txt_keeps_out_personal_pages_and_never_names_the_admin(client, settings):
    text = client.get("/robots.txt").content.decode()
    parser = RobotFileParser()
    parser.parse(text.splitlines())

    assert not parser.can_fetch("Googlebot", "http://testserver/tips/sendt/")
    assert settings.ADMIN_URL not in text
    assert "Sitemap: http://testserver/sitemap.xml" in text.splitlines()


def test_robots_txt_keeps_out_the_followers_own_pages(client):
    manage = reverse("follows:manage", args=["token"])
    parser = RobotFileParser()
    parser.parse(client.get("/robots.txt").content.decode().splitlines())

    assert not parser.can_fetch("Googlebot", f"http://testserver{manage}")
    assert parser.can_fetch("Googlebot", "http://testserver/")


def test_every_project_is_listed_in_files_of_at_most_a_fixed_number(client, monkeypatch):
    # ADDRESSES_PER_FILE is 1,000; five here, so that twelve projects take three files.
    monkeypatch.setattr(SITEMAPS["projects"], "limit", 5)
    projects = [
        make_project(f"Prosjekt {number}", slug=f"prosjekt-{number}") for number in range(12)
    ]

    files = [urlsplit(address) for address in section_files(client)]
    of_projects = [
        file.path + (f"?{file.query}" if file.query else "")
        for file in files
        if "projects" in file.path
    ]
    assert of_projects == [
        "/sitemap-projects.xml",
        "/sitemap-projects.xml?p=2",
        "/sitemap-projects.xml?p=3",
    ]
    # Sections with nothing in them are left out of the index.
    assert not [file for file in files if "strategies" in file.path]

    listed = []
    for address in of_projects:
        root = xml_at(client, address)
        urls = [urlsplit(loc.text).path for loc in root.iter(f"{SITEMAP}loc")]
        assert len(urls) <= 5
        listed += urls
    assert sorted(listed) == sorted(project.get_absolute_url() for project in projects)
    # Past the last file, and a page that is no number: not found, never an error.
    assert client.get("/sitemap-projects.xml", {"p": 4}).status_code == 404
    assert client.get("/sitemap-projects.xml", {"p": "x"}).status_code == 404
    assert client.get("/sitemap-nothing.xml").status_code == 404
