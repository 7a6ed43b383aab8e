"""RSS and Atom feeds of the news: what a feed reader gets, parsed back with the XML
library (feedparser is not among the dependencies)."""

import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from contacts.models import ContactPerson
from projects.models import SiteSettings, Status, Strategy
from tests.base import make_area, make_project, make_theme, make_update
from updates.models import StatusUpdate

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def rss_items(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    return channel, channel.findall("item")


def rss_titles(client, url):
    return [item.findtext("title") for item in rss_items(client, url)[1]]


def atom_entries(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    return feed, feed.findall(f"{ATOM}entry")


def test_all_news_lists_what_residents_see_and_nothing_else(client):
    project = make_project()
    hidden_project = make_project("Løyndom", slug="loyndom", is_published=False)
    make_update(project, title="Byggjestart")
    make_update(None, title="Nytt om heile arbeidet")
    make_update(project, title="Utkast", is_published=False)
    make_update(project, title="Seinare", published_at=timezone.now() + timedelta(days=2))
    make_update(hidden_project, title="Om eit upublisert prosjekt")

    assert sorted(rss_titles(client, "/aktuelt/rss/")) == ["Byggjestart", "Nytt om heile arbeidet"]


def test_an_item_links_to_the_updates_own_page_at_the_sites_address(client, settings):
    settings.SITE_URL = "https://framdrift.example.no"
    update = make_update(make_project(), title="Byggjestart")

    channel, [item] = rss_items(client, "/aktuelt/rss/")

    assert item.findtext("link") == f"https://framdrift.example.no/aktuelt/{update.pk}/"
    assert channel.findtext("link") == "https://framdrift.example.no/aktuelt/"
    assert channel.findtext("language") == "nn"
    guid = item.find("guid")
    assert guid.get("isPermaLink") == "false"
    assert guid.text == f"tag:framdrift.example.no,{update.created_at:%Y-%m-%d}:update-{update.pk}"


def test_dates_are_norwegian_time_and_the_newest_comes_first(client):
    project = make_project()
    summer = datetime(2026, 6, 1, 10, 0, tzinfo=UTC)
    make_update(project, title="Eldre", published_at=summer)
    make_update(project, title="Nyare", published_at=summer + timedelta(days=1))

    _channel, items = rss_items(client, "/aktuelt/rss/")

    assert [item.findtext("title") for item in items] == ["Nyare", "Eldre"]
    published = parsedate_to_datetime(items[1].findtext("pubDate"))
    assert published == summer
    assert items[1].findtext("pubDate").endswith("+0200")  # Oslo in summer


def test_titles_and_text_come_through_exactly_as_written(client):
    make_update(
        make_project(),
        title='Møte om «vegen» & "brua" <i>i morgon</i>',
        body="<p>Kom <strong>alle</strong>!</p><script>alert(1)</script>",
        byline="Bygdelaget",
    ).authors.add(ContactPerson.objects.create(name="Kari Nordmann"))

    _channel, [item] = rss_items(client, "/aktuelt/rss/")

    assert item.findtext("title") == 'Møte om «vegen» & "brua" <i>i morgon</i>'
    assert item.findtext("description") == "<p>Kom <strong>alle</strong>!</p>"


def test_the_atom_feed_names_authors_categories_and_when_it_changed(client):
    project = make_project("Ny skule")
    update = make_update(project, title="Ferdig", new_status="completed", byline="Bygdelaget")
    update.authors.add(ContactPerson.objects.create(name="Kari Nordmann"))

    feed, [entry] = atom_entries(client, "/aktuelt/atom/")

    assert SiteSettings.load().site_name in feed.findtext(f"{ATOM}title")
    assert entry.findtext(f"{ATOM}title") == "Ferdig"
    assert entry.find(f"{ATOM}link").get("href") == f"http://testserver/aktuelt/{update.pk}/"
    assert entry.findtext(f"{ATOM}author/{ATOM}name") == "Kari Nordmann, Bygdelaget"
    assert [c.get("term") for c in entry.findall(f"{ATOM}category")] == [
        "Ny skule",
        Status.COMPLETED.label,
    ]
    assert entry.findtext(f"{ATOM}id").startswith("tag:testserver,")
    assert entry.findtext(f"{ATOM}updated")


def test_a_projects_feed_has_its_own_news_only(client):
    school = make_project("Ny skule")
    road = make_project("Ny veg")
    make_update(school, title="Om skulen")
    make_update(road, title="Om vegen")
    make_update(None, title="Om alt")

    assert rss_titles(client, f"/prosjekt/{school.slug}/rss/") == ["Om skulen"]
    _feed, entries = atom_entries(client, f"/prosjekt/{road.slug}/atom/")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == ["Om vegen"]


def test_an_areas_feed_has_what_its_page_shows(client):
    municipality = make_area("Fjordvik kommune", kind="municipality")
    village = make_area("Nedre Li", parent=municipality)
    elsewhere = make_area("Berg")
    in_village = make_project("Ny skule")
    in_village.areas.add(village)
    make_update(in_village, title="Prosjekt i bygda")
    make_update(None, title="Om bygda", area=village)
    make_update(None, title="Om kommunen", area=municipality)
    make_update(None, title="Om Berg", area=elsewhere)

    titles = rss_titles(client, f"/omraade/{municipality.slug}/rss/")

    assert sorted(titles) == ["Om bygda", "Om kommunen", "Prosjekt i bygda"]
    assert sorted(rss_titles(client, f"/omraade/{village.slug}/rss/")) == [
        "Om bygda",
        "Prosjekt i bygda",
    ]


def test_a_target_areas_feed_has_its_news_and_its_projects(client):
    theme = make_theme("Attraktive bygder")
    other = make_theme("Næring", slug="naering")
    project = make_project("Ny skule")
    project.themes.add(theme)
    make_update(project, title="Prosjektnytt")
    make_update(None, title="Om satsinga", theme=theme)
    make_update(None, title="Om næring", theme=other)

    titles = rss_titles(client, f"/satsingsomraade/{theme.slug}/rss/")

    assert sorted(titles) == ["Om satsinga", "Prosjektnytt"]


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_unknown_and_unpublished_subjects_have_no_feed(client, kind):
    hidden = make_project("Løyndom", slug="loyndom", is_published=False)
    draft_strategy = Strategy.objects.create(name="Utkast", slug="utkast", is_published=False)
    hidden_theme = make_theme("Skjult", strategy=draft_strategy)

    for url in [
        f"/prosjekt/{hidden.slug}/{kind}/",
        f"/prosjekt/finst-ikkje/{kind}/",
        f"/omraade/finst-ikkje/{kind}/",
        f"/satsingsomraade/{hidden_theme.slug}/{kind}/",
        f"/satsingsomraade/finst-ikkje/{kind}/",
    ]:
        assert client.get(url).status_code == 404, url


def test_a_feed_keeps_the_latest_thirty(client):
    project = make_project()
    for number in range(35):
        make_update(project, title=f"Nytt {number}")

    assert len(rss_titles(client, "/aktuelt/rss/")) == 30


def test_a_kept_feed_shows_a_new_update_at_once(client):
    project = make_project()
    make_update(project, title="Første")
    assert client.get("/aktuelt/rss/")["X-Page-Cache"] == "miss"
    assert client.get("/aktuelt/rss/")["X-Page-Cache"] == "hit"

    make_update(project, title="Andre")

    assert rss_titles(client, "/aktuelt/rss/") == ["Andre", "Første"]


def test_a_scheduled_update_appears_in_the_feed_when_its_time_comes(client, time_machine):
    time_machine.move_to(datetime(2026, 6, 15, 12, 0, tzinfo=UTC), tick=False)
    project = make_project()
    make_update(project, title="Før", published_at=timezone.now() - timedelta(hours=1))
    make_update(project, title="Planlagd", published_at=timezone.now() + timedelta(hours=1))
    assert rss_titles(client, "/aktuelt/rss/") == ["Før"]

    time_machine.move_to(timezone.now() + timedelta(hours=2), tick=False)

    assert rss_titles(client, "/aktuelt/rss/") == ["Planlagd", "Før"]


def build_news(numbers, area, theme):
    for number in numbers:
        project = make_project(f"Prosjekt {area.pk}-{number}")
        project.areas.add(area)
        project.themes.add(theme)
        update = make_update(project, title=f"Nytt {number}", byline="Bygdelaget")
        update.authors.add(ContactPerson.objects.create(name=f"Person {number}"))
        make_update(None, title=f"Om bygda {number}", area=area)


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "feed",
    [
        "aktuelt/{kind}/",
        "omraade/{area}/{kind}/",
        "satsingsomraade/{theme}/{kind}/",
        "prosjekt/{project}/{kind}/",
    ],
)
def test_a_feed_costs_the_same_with_few_and_many_updates(client, feed, settings):
    settings.PAGE_CACHE_ENABLED = False
    settings.FRAGMENT_CACHE_ENABLED = False
    area, theme = make_area("Nedre Li"), make_theme("Attraktive bygder")
    build_news(range(2), area, theme)
    project = StatusUpdate.objects.filter(project__isnull=False).first().project
    names = {"area": area.slug, "theme": theme.slug, "project": project.slug}
    few = [queries_for(client, "/" + feed.format(kind=kind, **names)) for kind in ("rss", "atom")]

    build_news(range(2, 27), area, theme)
    for number in range(10):
        make_update(project, title=f"Meir {number}").authors.add(
            ContactPerson.objects.create(name=f"Skribent {number}")
        )
    many = [queries_for(client, "/" + feed.format(kind=kind, **names)) for kind in ("rss", "atom")]

    assert few == many
