"""Residents find their way: the overview's filters, search, order and pages (with and
without JavaScript), the news, and the pages for areas, target areas, groups and people."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.utils import timezone

from projects.models import Area
from tests.base import (
    make_area,
    make_contact,
    make_group,
    make_project,
    make_theme,
    make_update,
)

pytestmark = pytest.mark.django_db

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL full-text search"
)
on_sqlite = pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite fallback")


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.text, "html.parser")


def titles(response):
    return [
        heading.get_text(strip=True) for heading in soup(response).select("#results .card__title")
    ]


@pytest.fixture
def region():
    """A municipality with two villages, two themes and projects in each."""
    lidal = make_area("Lidal", slug="lidal", kind=Area.Kind.MUNICIPALITY)
    berg = make_area("Berg", slug="berg", parent=lidal)
    holmane = make_area("Holmane", slug="holmane", parent=lidal)
    other = make_area("Fjordvik", slug="fjordvik", kind=Area.Kind.MUNICIPALITY)
    housing = make_theme("Bustader", slug="bustader", position=1)
    young = make_theme("Unge", slug="unge", position=2)
    projects = {
        "school": make_project("Ny skule i Berg", status="ongoing", starts_on="2024-01-01"),
        "houses": make_project(
            "Utleigebustader i Holmane",
            status="planned",
            starts_on="2025-05-01",
            summary="Seks nye bustader for unge familiar.",
        ),
        "quay": make_project("Kaia i Fjordvik", status="ongoing", starts_on="2020-03-01"),
        "club": make_project("Ungdomsklubb i Lidal", status="completed"),
    }
    projects["school"].areas.add(berg)
    projects["houses"].areas.add(holmane)
    projects["quay"].areas.add(other)
    projects["club"].areas.add(lidal)
    projects["houses"].themes.add(housing, young)
    projects["club"].themes.add(young)
    make_update(
        projects["quay"],
        title="Kaia er støypt",
        body="<p>Flaumen tok ikkje kaia.</p>",
        published_at=timezone.now(),
    )
    return projects


def test_each_filter_narrows_the_list(client, region):
    assert titles(client.get("/?status=ongoing")) == ["Kaia i Fjordvik", "Ny skule i Berg"]
    assert sorted(titles(client.get("/?theme=unge"))) == [
        "Ungdomsklubb i Lidal",
        "Utleigebustader i Holmane",
    ]
    assert titles(client.get("/?area=berg")) == ["Ny skule i Berg"]


def test_a_municipality_includes_what_is_filed_under_its_villages(client, region):
    assert sorted(titles(client.get("/?area=lidal"))) == [
        "Ny skule i Berg",
        "Ungdomsklubb i Lidal",
        "Utleigebustader i Holmane",
    ]


def test_filters_combine(client, region):
    assert titles(client.get("/?area=lidal&theme=unge&status=planned")) == [
        "Utleigebustader i Holmane"
    ]
    assert titles(client.get("/?area=lidal&status=ongoing&q=skule")) == ["Ny skule i Berg"]
    assert titles(client.get("/?area=fjordvik&theme=unge")) == []


def test_the_filters_stay_in_the_form_and_the_count_is_said(client, region):
    page = soup(client.get("/?area=lidal&status=ongoing"))
    assert page.find("select", attrs={"name": "area"}).find("option", selected=True)["value"] == (
        "lidal"
    )
    assert page.find(id="result-count").get_text(strip=True) == ("1 prosjekt passar med filtra.")
    assert page.find(id="result-count")["role"] == "status"
    assert page.find("a", string="Nullstill filtra")["href"] == "/"


def test_villages_are_listed_under_their_municipality_in_the_area_filter(client, region):
    options = [
        option.get_text()
        for option in soup(client.get("/"))
        .find("select", attrs={"name": "area"})
        .find_all("option")
    ]
    assert options == ["Alle område", "Fjordvik", "Lidal", "\u2003Berg", "\u2003Holmane"]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        (
            "title",
            [
                "Kaia i Fjordvik",
                "Ny skule i Berg",
                "Ungdomsklubb i Lidal",
                "Utleigebustader i Holmane",
            ],
        ),
        (
            "start",
            [
                "Utleigebustader i Holmane",
                "Ny skule i Berg",
                "Kaia i Fjordvik",
                "Ungdomsklubb i Lidal",
            ],
        ),
    ],
)
def test_the_list_can_be_ordered_by_title_or_start(client, region, sort, expected):
    assert titles(client.get(f"/?sort={sort}")) == expected


def test_by_default_the_most_recently_active_comes_first(client, region):
    assert titles(client.get("/"))[0] == "Kaia i Fjordvik"  # it has the newest update


@pytest.mark.parametrize(
    "query",
    [
        "status=<script>alert(1)</script>",
        "area=finst-ikkje&theme=%00",
        "sort=drop table&page=-1",
        "page=99999",
        "q=" + "x" * 5000,
        "q=%27%22%29%3B--&status=ongoing",
    ],
)
def test_hostile_or_unknown_parameters_give_a_page_never_an_error(client, region, query):
    response = client.get(f"/?{query}")
    assert response.status_code == 200
    assert "<script>alert(1)" not in response.text


def test_pages_of_projects_work_without_javascript(client, settings):
    import projects.views

    settings.DEBUG = False
    for number in range(30):
        make_project(f"Prosjekt {number:02}", slug=f"p-{number}")
    projects.views.PROJECTS_PER_PAGE, old = 24, projects.views.PROJECTS_PER_PAGE

    first = soup(client.get("/?sort=title"))
    assert len(first.select("#results .card")) == 24
    next_link = first.find("a", rel="next")
    assert next_link["href"] == "?sort=title&page=2"
    second = client.get("/" + next_link["href"])
    assert titles(second) == [f"Prosjekt {number:02}" for number in range(24, 30)]
    assert soup(second).find("a", rel="prev")["href"] == "?sort=title&page=1"
    projects.views.PROJECTS_PER_PAGE = old


def test_htmx_gets_only_the_results_and_the_count_others_the_whole_page(client, region):
    partial = client.get("/?status=ongoing", headers={"HX-Request": "true"})
    whole = client.get("/?status=ongoing")

    assert partial.status_code == 200
    assert partial.text.lstrip().startswith('<div id="results"')
    assert "<html" not in partial.text and "<header" not in partial.text
    assert 'data-hx-swap-oob="true"' in partial.text
    assert "2 prosjekt passar med filtra." in partial.text
    assert titles(partial) == titles(whole) == ["Kaia i Fjordvik", "Ny skule i Berg"]
    assert whole.text.lstrip().lower().startswith("<!doctype html>")
    assert "HX-Request" in partial["Vary"] and "HX-Request" in whole["Vary"]


def test_going_back_in_htmx_history_gets_the_whole_page(client, region):
    response = client.get(
        "/?status=ongoing",
        headers={"HX-Request": "true", "HX-History-Restore-Request": "true"},
    )
    assert "<html" in response.text


def test_the_htmx_script_is_served_by_the_site_with_a_nonce(client, region):
    page = soup(client.get("/"))
    script = page.find("script", src=lambda src: src and "htmx" in src)
    assert script["src"].startswith("/static/") and script.get("nonce")
    assert page.find("form", class_="filters")["data-hx-get"] == "/"


# Search


@on_sqlite
def test_the_plain_search_finds_every_word_in_texts_and_updates(client, region):
    assert titles(client.get("/?q=bustader unge")) == ["Utleigebustader i Holmane"]
    assert titles(client.get("/?q=FLAUMEN")) == ["Kaia i Fjordvik"]  # in a status update
    assert titles(client.get("/?q=bustader+kaia")) == []


@on_postgresql
def test_full_text_search_stems_norwegian_words(client, region):
    # "bustadene" is not written anywhere; its stem "bustad" is (bustader).
    assert titles(client.get("/?q=bustadene")) == ["Utleigebustader i Holmane"]
    # An inflected form that is only in a status update: "flaum" (written "Flaumen").
    assert titles(client.get("/?q=flaum")) == ["Kaia i Fjordvik"]


@on_postgresql
def test_search_folds_accents_so_kafe_finds_kafe_with_its_accent(client, region):
    make_project("Kafé på kaia", summary="Ein kafé for alle.", slug="kafe-pa-kaia")
    assert titles(client.get("/?q=kafe")) == ["Kafé på kaia"]
    assert titles(client.get("/?q=kafé")) == ["Kafé på kaia"]


@on_postgresql
@pytest.mark.parametrize(
    ("language", "title", "query"),
    [
        ("sv", "Nya bostäder för unga", "bostaden"),
        ("da", "Nye boliger til unge", "boligerne"),
        ("en", "New homes for young people", "home"),
        ("nb", "Nye boliger for unge", "boligene"),
    ],
)
def test_each_language_searches_with_its_own_stemming(client, settings, language, title, query):
    settings.LANGUAGE_CODE = language
    make_project(title, summary=title, slug="nytt")
    assert titles(client.get("/", {"q": query})) == [title]


@on_postgresql
def test_full_text_search_ranks_a_title_match_above_a_mention(client, region):
    make_project("Ungdomsbustader", summary="Bustader for unge.", slug="ungdomsbustader")
    make_project("Bustad for lærarar", summary="Ein bustad.", slug="laerarbustad")
    found = titles(client.get("/?q=bustad"))
    assert found[0] == "Bustad for lærarar"
    assert set(found) >= {"Utleigebustader i Holmane", "Bustad for lærarar"}


# News and the pages around the projects


def test_the_news_lists_every_published_update_newest_first_and_filters(client, region):
    make_update(region["school"], title="Grunnarbeidet er i gang", published_at=timezone.now())
    make_update(region["school"], title="Utkast", is_published=False)
    page = soup(client.get("/aktuelt/"))
    update_titles = [h.get_text(strip=True) for h in page.select(".update__title")]
    assert update_titles == ["Grunnarbeidet er i gang", "Kaia er støypt"]
    assert "Utkast" not in update_titles

    by_area = soup(client.get("/aktuelt/?area=lidal"))
    assert [h.get_text(strip=True) for h in by_area.select(".update__title")] == [
        "Grunnarbeidet er i gang"
    ]
    slug = region["quay"].slug
    by_project = soup(client.get(f"/aktuelt/?project={slug}"))
    assert [h.get_text(strip=True) for h in by_project.select(".update__title")] == [
        "Kaia er støypt"
    ]


def test_an_area_page_shows_its_projects_and_its_villages(client, region):
    page = soup(client.get("/omraade/lidal/"))
    assert page.h1.get_text() == "Lidal"
    cards = [h.get_text(strip=True) for h in page.select(".card__title")]
    assert sorted(cards) == ["Ny skule i Berg", "Ungdomsklubb i Lidal", "Utleigebustader i Holmane"]
    assert [a.get_text() for a in page.select(".link-list a")] == ["Berg", "Holmane"]
    assert client.get("/omraade/finst-ikkje/").status_code == 404


def test_target_areas_have_a_page_each_and_one_with_the_overall_goal(client, region):
    listing = soup(client.get("/satsingsomraade/"))
    assert [a.get_text() for a in listing.select(".theme-list h3 a")] == ["Bustader", "Unge"]
    theme = soup(client.get("/satsingsomraade/unge/"))
    assert theme.h1.get_text() == "Unge"
    assert sorted(h.get_text(strip=True) for h in theme.select(".card__title")) == [
        "Ungdomsklubb i Lidal",
        "Utleigebustader i Holmane",
    ]
    summary = theme.select(".status-summary__list li")
    assert len(summary) == 2  # one planned, one completed


def test_the_groups_and_contacts_pages_list_everyone_public(client, region):
    person = make_contact("Sunniva Lie", email="sunniva.lie@example.org")
    region["school"].contacts.create(person=person, role="process_leader")
    hidden = make_project("Hemmeleg", is_published=False, slug="hemmeleg")
    hidden.contacts.create(person=make_contact("Løynd Person"), role="process_leader")
    make_group(
        "Styringsgruppa for skulen",
        projects=[region["school"]],
        members=[("Kari", "chair", "Lidal kommune")],
    )

    contacts = soup(client.get("/kontakt/")).main.get_text(" ", strip=True)
    assert "Sunniva Lie" in contacts and "Løynd Person" not in contacts
    groups = soup(client.get("/grupper/")).main.get_text(" ", strip=True)
    assert "Styringsgruppa for skulen" in groups and "Lidal kommune" in groups
