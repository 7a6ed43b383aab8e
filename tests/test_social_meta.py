"""What a page's <head> tells feed readers, search engines and social media: the feeds
beside the page, the canonical address, and the card a shared link is shown with; and
the meetings calendar offered for subscribing."""

from html.parser import HTMLParser

import pytest
from django.urls import resolve
from django.utils import timezone

from events.models import Event
from projects.models import SiteSettings, Strategy
from tests.base import (
    make_area,
    make_process_leader,
    make_project,
    make_project_image,
    make_theme,
    make_update,
    make_update_image,
    upload,
)

pytestmark = pytest.mark.django_db


class HeadTags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.links, self.anchors = {}, [], []
        self.titles, self.descriptions, self.in_title = [], 0, False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "title":
            self.titles.append("")
            self.in_title = True
        if tag == "meta" and attrs.get("name") == "description":
            self.descriptions += 1
        if tag == "meta" and ("property" in attrs or "name" in attrs):
            self.meta[attrs.get("property") or attrs.get("name")] = attrs.get("content")
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "a":
            self.anchors.append(attrs)

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False

    def handle_data(self, data):
        if self.in_title:
            self.titles[-1] += data


def head_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    parser = HeadTags()
    parser.feed(response.content.decode())
    return parser


def fetch_media(rf, path):
    """A media address answered as the site answers it (DJANGO_SERVE_MEDIA in the tests)."""
    match = resolve(path)
    return match.func(rf.get(path), **match.kwargs)


def feeds_on(page):
    return {
        (link["type"], link["href"])
        for link in page.links
        if link.get("rel") == "alternate" and "xml" in link.get("type", "")
    }


def test_every_page_offers_all_news_as_rss_and_atom(client):
    for url in ["/", "/aktuelt/", "/moete/", "/kontakt/"]:
        assert feeds_on(head_of(client, url)) == {
            ("application/rss+xml", "/aktuelt/rss/"),
            ("application/atom+xml", "/aktuelt/atom/"),
        }, url


def test_a_project_area_and_target_area_page_offer_their_own_feed_which_works(client):
    project, area, theme = make_project(), make_area(), make_theme()
    for page_url, feed_start in [
        (project.get_absolute_url(), f"/prosjekt/{project.slug}/"),
        (area.get_absolute_url(), f"/omraade/{area.slug}/"),
        (theme.get_absolute_url(), f"/satsingsomraade/{theme.slug}/"),
    ]:
        feeds = feeds_on(head_of(client, page_url))
        assert ("application/rss+xml", f"{feed_start}rss/") in feeds
        assert ("application/atom+xml", f"{feed_start}atom/") in feeds
        for kind, href in feeds:
            response = client.get(href)
            assert (response.status_code, response["Content-Type"].split(";")[0]) == (200, kind)


def feed_titles(page):
    return {
        link.get("title")
        for link in page.links
        if link.get("rel") == "alternate" and "xml" in link.get("type", "")
    }


def test_the_feeds_offered_follow_the_language_and_the_projects_name_at_once(client, settings):
    # The feeds in the head are kept like a fragment (per language and content generation).
    settings.PAGE_CACHE_ENABLED = False
    settings.CONTENT_LANGUAGES = ["en"]
    settings.LANGUAGES = [("nn", "Nynorsk"), ("en", "English")]
    project = make_project("Ny skule", slug="ny-skule")
    assert "Nyheiter om Ny skule (RSS)" in feed_titles(head_of(client, "/prosjekt/ny-skule/"))

    english = head_of(client, "/en/projects/ny-skule/")
    assert ("application/rss+xml", "/en/projects/ny-skule/rss/") in feeds_on(english)
    assert ("application/atom+xml", "/en/news/atom/") in feeds_on(english)

    project.title = "Ny skule og barnehage"
    project.save()
    assert "Nyheiter om Ny skule og barnehage (RSS)" in feed_titles(
        head_of(client, "/prosjekt/ny-skule/")
    )


def test_a_staff_preview_of_a_draft_offers_no_feed_that_would_not_be_found(client):
    client.force_login(make_process_leader())
    draft = make_project("Utkast", is_published=False)
    hidden_theme = make_theme(
        "Skjult", strategy=Strategy.objects.create(name="S", slug="s", is_published=False)
    )

    for url in [draft.get_absolute_url(), hidden_theme.get_absolute_url()]:
        assert feeds_on(head_of(client, url)) == {
            ("application/rss+xml", "/aktuelt/rss/"),
            ("application/atom+xml", "/aktuelt/atom/"),
        }


def test_a_shared_project_shows_its_cover_picture_title_and_summary(client, settings, rf):
    settings.SITE_URL = "https://framdrift.example.no"
    project = make_project("Ny skule", summary="Ein ny skule for heile bygda.")
    make_project_image(project, alt_text="Fyrste bilete", image=upload(width=900, height=600))
    make_project_image(
        project, alt_text="Skulen", is_cover=True, image=upload(width=1600, height=900)
    )

    meta = head_of(client, project.get_absolute_url()).meta

    assert meta["og:title"] == "Ny skule"
    assert meta["og:description"] == "Ein ny skule for heile bygda."
    assert meta["og:url"] == f"https://framdrift.example.no{project.get_absolute_url()}"
    assert meta["og:site_name"] == SiteSettings.load().site_name
    assert meta["og:locale"] == "nn_NO"
    assert meta["og:type"] == "website"
    assert meta["twitter:card"] == "summary_large_image"
    assert meta["og:image:alt"] == "Skulen"
    assert (meta["og:image:width"], meta["og:image:height"]) == ("1280", "720")
    assert meta["og:image"].startswith("https://framdrift.example.no/media/")
    # The picture is there to fetch, at the address the card names.
    picture = fetch_media(rf, meta["og:image"].removeprefix("https://framdrift.example.no"))
    assert picture.status_code == 200
    assert picture["Content-Type"] == "image/jpeg"
    assert b"".join(picture.streaming_content)[:3] == b"\xff\xd8\xff"


def test_each_page_has_one_title_and_one_description_its_own_or_the_sites(client):
    site = SiteSettings.load()
    site.tagline = "Kva som skjer i bygdene"
    site.save()
    project = make_project('Skule "no" <b>ny</b>', slug="skule", summary="Ein ny skule & meir.")

    overview = head_of(client, "/")
    project_page = head_of(client, project.get_absolute_url())

    assert overview.titles == [f"Alle prosjekt – {site.site_name}"]
    assert overview.meta["description"] == "Kva som skjer i bygdene"
    assert project_page.titles == [f'Skule "no" <b>ny</b> – {site.site_name}']
    assert project_page.meta["description"] == "Ein ny skule & meir."
    assert (overview.descriptions, project_page.descriptions) == (1, 1)


def test_the_canonical_address_is_the_pages_own_at_the_sites_address(client, settings):
    settings.SITE_URL = "https://framdrift.example.no"
    project = make_project()

    page = head_of(client, f"{project.get_absolute_url()}?utm_source=facebook")
    second_page = head_of(client, "/aktuelt/?page=2&area=x")

    [canonical] = [link["href"] for link in page.links if link.get("rel") == "canonical"]
    assert canonical == f"https://framdrift.example.no{project.get_absolute_url()}"
    [canonical] = [link["href"] for link in second_page.links if link.get("rel") == "canonical"]
    assert canonical == "https://framdrift.example.no/aktuelt/?page=2"


def test_text_with_quotes_and_tags_stays_inside_its_attribute(client):
    project = make_project(
        'Skule "no" <script>alert(1)</script>', slug="skule", summary='Kort "om" <b>alt</b> & meir'
    )

    response = client.get(project.get_absolute_url())
    meta = head_of(client, project.get_absolute_url()).meta

    assert meta["og:title"] == 'Skule "no" <script>alert(1)</script>'
    assert meta["og:description"] == 'Kort "om" <b>alt</b> & meir'
    assert b"<script>alert(1)" not in response.content


def test_an_update_page_is_an_article_with_its_first_picture_and_its_text(client):
    update = make_update(make_project(), title="Byggjestart", body="<p>Gravinga</p><p>tok til.</p>")
    make_update_image(update, alt_text="Gravemaskin", image=upload(width=800, height=500))

    meta = head_of(client, update.get_absolute_url()).meta

    assert (meta["og:type"], meta["og:title"]) == ("article", "Byggjestart")
    assert meta["og:description"] == "Gravinga tok til."
    assert meta["og:image:alt"] == "Gravemaskin"
    assert (meta["og:image:width"], meta["og:image:height"]) == ("800", "500")
    assert meta["article:published_time"] == timezone.localtime(update.published_at).isoformat()


def test_without_a_picture_the_card_shows_the_logo_or_no_image(client):
    assert "og:image" not in head_of(client, "/").meta
    assert head_of(client, "/").meta["twitter:card"] == "summary"

    settings_record = SiteSettings.load()
    settings_record.logo = upload("logo.jpg", width=200, height=200)
    settings_record.save()

    meta = head_of(client, "/").meta
    assert meta["og:image"].startswith("http://testserver/media/")
    assert meta["twitter:card"] == "summary"


def test_the_meetings_pages_offer_the_calendar_to_subscribe_to_and_to_download(client):
    event = Event.objects.create(
        title="Ope møte", place="Grendehuset", starts_at=timezone.now() + timezone.timedelta(days=3)
    )

    upcoming = head_of(client, "/moete/")
    detail = head_of(client, event.get_absolute_url())

    hrefs = [anchor.get("href") for anchor in upcoming.anchors]
    assert "webcal://testserver/moete/kalender.ics" in hrefs
    assert any(a.get("href") == "/moete/kalender.ics" and "download" in a for a in upcoming.anchors)
    assert "webcal://testserver/moete/kalender.ics" in [a.get("href") for a in detail.anchors]
    # The subscription's address serves every meeting to come.
    calendar = client.get("/moete/kalender.ics")
    assert calendar.status_code == 200
    assert b"Ope m\xc3\xb8te" in calendar.content


def test_the_webcal_link_names_the_sites_own_address(client, settings):
    settings.SITE_URL = "https://framdrift.example.no"

    hrefs = [anchor.get("href") for anchor in head_of(client, "/moete/").anchors]

    assert "webcal://framdrift.example.no/moete/kalender.ics" in hrefs
