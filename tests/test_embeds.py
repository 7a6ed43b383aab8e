"""Project lists and cards the municipality's main site shows in a frame: only published
projects, framable only by the sites in the site settings (and never any other page), the
policy current even from the page cache (the admin's side: tests/test_embed_admin.py)."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from embeds.origins import allowed_origins
from projects.models import SiteSettings, Strategy
from tests.base import (
    make_area,
    make_project,
    make_project_image,
    make_theme,
    make_update,
)

pytestmark = pytest.mark.django_db

MAIN_SITE = "https://www.lidal.kommune.no"


def soup(response):
    return BeautifulSoup(response.text, "html.parser")


def card_titles(response):
    return [title.get_text(strip=True) for title in soup(response).select(".embed-card__title")]


def policy(response):
    """The Content-Security-Policy header as {directive: [sources]}, the nonce left out."""
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = [source for source in sources if not source.startswith("'nonce-")]
    return directives


def allow_embedding_by(*lines):
    site_settings = SiteSettings.load()
    site_settings.embed_origins = "\n".join(lines)
    site_settings.save()


def make_lidal():
    """A village with a published project (with a picture), a draft and one elsewhere."""
    area = make_area("Lidal")
    school = make_project("Ny skule i Lidal", status="ongoing", progress=40)
    make_project_image(school)
    school.areas.add(area)
    make_project("Kladd i Lidal", is_published=False).areas.add(area)
    make_project("Ny kai i Berg")
    return area


@pytest.fixture
def lidal():
    return make_lidal()


# What the frames show


def test_the_list_of_all_projects_shows_the_published_ones_with_status_and_progress(client, lidal):
    response = client.get(reverse("embeds:projects"))

    assert sorted(card_titles(response)) == ["Ny kai i Berg", "Ny skule i Lidal"]
    (school,) = [
        card for card in soup(response).select("article.embed-card") if "skule" in card.h2.text
    ]
    assert school.select_one(".status--ongoing") and "40" in school.select_one(".progress").text
    assert school.find("img")["alt"] == "Skulen sett frå vegen"
    assert school.find("a")["href"] == reverse("projects:detail", args=["ny-skule-i-lidal"])


def test_an_areas_list_shows_its_published_projects_and_links_to_its_page(client, lidal):
    response = client.get(reverse("embeds:area", args=["lidal"]))

    assert card_titles(response) == ["Ny skule i Lidal"]
    page = soup(response)
    assert page.h1.get_text(strip=True).endswith("Lidal")
    assert page.select_one(".embed__footer a")["href"] == lidal.get_absolute_url()


def test_a_target_areas_list_shows_its_published_projects(client, lidal):
    theme = make_theme("Attraktive bygder")
    for project in make_project("Bustader i Lidal"), make_project("Kladd", is_published=False):
        project.themes.add(theme)

    response = client.get(reverse("embeds:theme", args=[theme.slug]))

    assert card_titles(response) == ["Bustader i Lidal"]


def test_a_long_list_is_cut_short_with_a_link_to_all_of_them(client, monkeypatch):
    monkeypatch.setattr("embeds.views.EMBEDDED_CARDS", 3)
    for number in range(5):
        make_project(f"Prosjekt {number}")

    response = client.get(reverse("embeds:projects"))

    assert len(card_titles(response)) == 3
    link = soup(response).select_one(".embed__footer a")
    assert "5" in link.get_text() and link["href"] == reverse("projects:overview")


def test_a_projects_card_shows_it_alone_with_its_name_as_the_heading(client, lidal):
    response = client.get(reverse("embeds:project", args=["ny-skule-i-lidal"]))

    page = soup(response)
    assert page.h1.get_text(strip=True) == "Ny skule i Lidal"
    assert page.select_one(".embed-card__summary").get_text() == "Kort om Ny skule i Lidal."
    # No header, menu or footer of the site: the card alone.
    assert not page.select(".site-header, nav, .site-footer")


def test_every_link_in_a_frame_opens_the_full_site_in_the_whole_window(client, lidal):
    page = soup(client.get(reverse("embeds:project", args=["ny-skule-i-lidal"])))

    assert page.head.find("base")["target"] == "_top"
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"


@pytest.mark.parametrize(
    "address",
    [
        lambda: reverse("embeds:project", args=["kladd-i-lidal"]),
        lambda: reverse("embeds:project", args=["finst-ikkje"]),
        lambda: reverse("embeds:area", args=["finst-ikkje"]),
        lambda: reverse("embeds:theme", args=["finst-ikkje"]),
    ],
    ids=["draft project", "unknown project", "unknown area", "unknown target area"],
)
def test_what_residents_cannot_see_is_not_found(client, lidal, address):
    assert client.get(address()).status_code == 404


def test_a_target_area_of_an_unpublished_strategy_is_not_found(client):
    draft = Strategy.objects.create(name="Ny strategi", slug="ny-strategi", is_published=False)
    theme = make_theme("Framtidsbygda", strategy=draft)
    make_project("Bustader").themes.add(theme)

    assert client.get(reverse("embeds:theme", args=[theme.slug])).status_code == 404


def test_a_frame_is_not_a_form_to_post_to(client, lidal):
    assert client.post(reverse("embeds:projects")).status_code == 405


# Who may frame them


def test_the_embeds_may_be_framed_by_the_site_itself_and_the_listed_sites_only(client, lidal):
    allow_embedding_by(MAIN_SITE, "http://localhost:8001")

    for address in [
        reverse("embeds:projects"),
        reverse("embeds:area", args=["lidal"]),
        reverse("embeds:project", args=["ny-skule-i-lidal"]),
    ]:
        response = client.get(address)
        assert policy(response)["frame-ancestors"] == ["'self'", MAIN_SITE, "http://localhost:8001"]
        assert "X-Frame-Options" not in response


def test_every_other_page_still_refuses_every_frame(client, lidal):
    allow_embedding_by(MAIN_SITE)

    for address in [
        "/",
        lidal.get_absolute_url(),
        reverse("projects:detail", args=["ny-kai-i-berg"]),
    ]:
        response = client.get(address)
        assert policy(response)["frame-ancestors"] == ["'none'"]
        assert response["X-Frame-Options"] == "DENY"


def test_the_embeds_keep_every_other_rule_of_the_sites_policy(client, lidal):
    allow_embedding_by(MAIN_SITE)

    embedded = policy(client.get(reverse("embeds:projects")))
    overview = policy(client.get("/"))

    assert embedded.pop("frame-ancestors") != overview.pop("frame-ancestors")
    assert embedded == overview


def test_with_no_sites_listed_only_the_site_itself_may_frame_them(client, lidal):
    response = client.get(reverse("embeds:projects"))

    assert policy(response)["frame-ancestors"] == ["'self'"]
    assert "X-Frame-Options" not in response


def test_a_stored_line_that_is_no_address_never_reaches_the_header(client, lidal):
    # Written past the form's check (from the shell, or before the check existed).
    allow_embedding_by("https://a.example; script-src *", "javascript:alert(1)", MAIN_SITE)

    response = client.get(reverse("embeds:projects"))

    assert policy(response)["frame-ancestors"] == ["'self'", MAIN_SITE]
    assert policy(response)["script-src"] == ["'self'"]


def test_a_changed_list_of_sites_is_in_the_header_at_once_with_the_page_cache_on(
    client, lidal, settings
):
    settings.PAGE_CACHE_ENABLED = True
    address = reverse("embeds:project", args=["ny-skule-i-lidal"])
    allow_embedding_by(MAIN_SITE)
    first, kept = client.get(address), client.get(address)
    assert (first["X-Page-Cache"], kept["X-Page-Cache"]) == ("miss", "hit")
    assert policy(kept)["frame-ancestors"] == ["'self'", MAIN_SITE]
    assert "X-Frame-Options" not in kept

    allow_embedding_by(MAIN_SITE, "https://www.berg.no")
    changed = client.get(address, headers={"If-None-Match": kept["ETag"]})

    # Not a 304: the browser's copy was allowed in fewer places.
    assert changed.status_code == 200
    assert policy(changed)["frame-ancestors"] == ["'self'", MAIN_SITE, "https://www.berg.no"]
    assert policy(client.get(address))["frame-ancestors"] == policy(changed)["frame-ancestors"]


def test_a_kept_page_from_the_cache_is_still_refused_to_frames(client, lidal, settings):
    settings.PAGE_CACHE_ENABLED = True
    allow_embedding_by(MAIN_SITE)
    client.get("/")
    kept = client.get("/")

    assert kept["X-Page-Cache"] == "hit"
    assert policy(kept)["frame-ancestors"] == ["'none'"] and kept["X-Frame-Options"] == "DENY"


def test_the_embeds_are_made_in_the_same_number_of_queries_for_few_or_many_projects(
    client, settings
):
    settings.PAGE_CACHE_ENABLED = False
    settings.FRAGMENT_CACHE_ENABLED = False
    area = make_area("Lidal")
    plan = make_project("Plan for Lidal", progress_from="weighted")
    plan.areas.add(area)

    def queries():
        counts = []
        for address in [reverse("embeds:projects"), reverse("embeds:area", args=["lidal"])]:
            with CaptureQueriesContext(connection) as captured:
                assert client.get(address).status_code == 200
            counts.append(len(captured))
        return counts

    def add_projects(first, count):
        for number in range(first, first + count):
            project = make_project(f"Tiltak {number}")
            make_project_image(project)
            make_update(project)
            project.areas.add(area)
            make_project(f"Deltiltak {project.pk}", parent=plan, progress=number).areas.add(area)

    add_projects(0, 2)
    few = queries()
    add_projects(2, 12)
    assert queries() == few


def test_addresses_are_kept_once_each_in_the_form_browsers_compare():
    listed = "https://Bærum.kommune.no/\n\n  https://bærum.kommune.no  \nhttp://[::1]:8000"

    assert allowed_origins(listed) == ["https://xn--brum-voa.kommune.no", "http://[::1]:8000"]
