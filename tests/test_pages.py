"""Pages of their own: a small tree the process leader orders, in the menu or under a target
area, with pictures and documents; residents never see a draft or what sits under one."""

from html import unescape

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import translation
from django.utils.text import slugify

from pages.models import Page, PageImage
from projects.models import Document
from tests.admin_forms import inline_rows
from tests.base import made_afresh, make_process_leader, make_theme, upload

pytestmark = pytest.mark.django_db

PAGE_ADMIN_ADD = "/admin/pages/page/add/"


def nn(text):
    with translation.override("nn"):
        return translation.gettext(text)


def make_page(title="Slik arbeider vi", parent=None, is_published=True, **fields):
    slug = fields.pop("slug", slugify(title))
    return Page.objects.create(
        title=title, slug=slug, parent=parent, is_published=is_published, **fields
    )


def menu_links(response):
    nav = BeautifulSoup(response.text, "html.parser").select_one(".site-nav")
    return [link.get_text(strip=True) for link in nav.find_all("a")]


@pytest.fixture
def leader_client(client):
    client.force_login(make_process_leader())
    return client


# The rules of the tree.


def test_a_page_cannot_be_placed_under_itself_or_under_a_page_below_it():
    top = make_page("Om arbeidet")
    below = make_page("Metoden", parent=top)
    top.parent = below

    with pytest.raises(ValidationError) as refused:
        top.full_clean()

    assert "parent" in refused.value.message_dict


def test_only_a_page_at_the_top_can_be_in_the_menu():
    below = make_page("Metoden", parent=make_page("Om arbeidet"))
    below.in_menu = True

    with pytest.raises(ValidationError) as refused:
        below.full_clean()

    assert "in_menu" in refused.value.message_dict


# The editor.


def page_form(**fields):
    data = {
        "title": "Slik arbeider vi",
        "slug": "slik-arbeider-vi",
        "summary": "Metoden vår i fire steg.",
        "body": "<p>Vi startar med eit bygdemøte.</p>",
        "parent": "",
        "theme": "",
        "position": "1",
        "is_published": "on",
    }
    return data | fields | inline_rows("images", []) | inline_rows("documents", [])


def test_the_process_leader_adds_a_page_with_a_picture_and_a_link_to_a_document(leader_client):
    theme = make_theme("Attraktive bygder")
    data = page_form(theme=str(theme.pk), in_menu="on")
    data |= inline_rows(
        "images", [{"image": upload(), "alt_text": "Folk rundt eit bord", "position": "0"}]
    )
    data |= inline_rows(
        "documents",
        [
            {
                "title": "Vedtak i kommunestyret",
                "kind_of_document": "decision",
                "url": "https://innsyn.example.no/sak/2017-123",
                "is_published": "on",
                "position": "0",
            }
        ],
    )

    response = leader_client.post(PAGE_ADMIN_ADD, data)

    assert response.status_code == 302, response.context["errors"]
    page = Page.objects.get(slug="slik-arbeider-vi")
    assert (page.theme, page.in_menu) == (theme, True)
    assert page.images.get().alt_text == "Folk rundt eit bord"
    assert page.documents.get().url == "https://innsyn.example.no/sak/2017-123"
    shown = Client().get(page.get_absolute_url()).text
    assert "Vi startar med eit bygdemøte." in shown
    assert 'alt="Folk rundt eit bord"' in shown
    assert "Vedtak i kommunestyret" in shown


def test_a_picture_without_alt_text_is_refused_at_its_row_and_the_text_is_kept(leader_client):
    data = page_form() | inline_rows("images", [{"image": upload(), "position": "0"}])

    response = leader_client.post(PAGE_ADMIN_ADD, data)

    assert response.status_code == 200
    assert not Page.objects.exists()
    (row,) = response.context["inline_admin_formsets"][0].formset.forms
    assert "alt_text" in row.errors
    assert "Vi startar med eit bygdemøte." in response.text


def test_a_page_in_the_menu_below_another_is_refused_next_to_the_box(leader_client):
    top = make_page("Om arbeidet")

    response = leader_client.post(PAGE_ADMIN_ADD, page_form(parent=str(top.pk), in_menu="on"))

    assert response.status_code == 200
    assert "in_menu" in response.context["adminform"].form.errors
    assert not Page.objects.filter(slug="slik-arbeider-vi").exists()


def test_the_list_shows_the_tree_each_page_under_its_parent_in_order(leader_client):
    method = make_page("Metoden", position=2)
    make_page("Steg 2", parent=method, position=2)
    make_page("Steg 1", parent=method, position=1)
    make_page("Bakgrunn", position=1)

    text = leader_client.get("/admin/pages/page/").text
    rows = BeautifulSoup(text, "html.parser").select("#result_list tbody th")

    titles = [row.get_text(strip=True) for row in rows]
    assert titles == ["Bakgrunn", "Metoden", "Steg 1", "Steg 2"]
    depths = [row.select_one("span")["class"] for row in rows]
    assert (
        depths
        == [["framdrift-page-depth-0"], ["framdrift-page-depth-0"]]
        + [["framdrift-page-depth-1"]] * 2
    )


# What residents see.


def test_a_page_in_the_menu_is_in_the_main_navigation_in_its_order(client):
    make_page("Bakgrunn", in_menu=True, position=2)
    make_page("Slik arbeider vi", in_menu=True, position=1)
    make_page("Ikkje i menyen")

    links = menu_links(client.get("/"))

    assert links.index("Slik arbeider vi") < links.index("Bakgrunn")
    assert "Ikkje i menyen" not in links


def test_a_page_shows_the_way_up_and_the_pages_under_it(client):
    top = make_page("Om arbeidet")
    page = make_page("Metoden", parent=top, summary="Fire steg frå idé til tiltak.")
    make_page("Steg 1: Bygdemøtet", parent=page)
    make_page("Utkast", parent=page, is_published=False)

    response = client.get(page.get_absolute_url())

    crumbs = BeautifulSoup(response.text, "html.parser").select(".breadcrumbs li")
    assert [crumb.get_text(strip=True) for crumb in crumbs][-2:] == ["Om arbeidet", "Metoden"]
    assert "Steg 1: Bygdemøtet" in response.text
    assert "Utkast" not in response.text


def test_a_target_area_lists_the_pages_placed_under_it(client):
    theme = make_theme("Attraktive bygder")
    make_page("Bakgrunn for satsinga", theme=theme, summary="Kvifor bygdene?")
    make_page("Ikkje publisert", theme=theme, is_published=False)

    text = client.get(theme.get_absolute_url()).text

    assert "Bakgrunn for satsinga" in text and "Kvifor bygdene?" in text
    assert "Ikkje publisert" not in text


def test_an_unpublished_page_and_every_page_under_it_are_hidden_from_residents(client):
    theme = make_theme("Attraktive bygder")
    draft = make_page("Utkast", is_published=False, in_menu=True, theme=theme)
    below = make_page("Under utkastet", parent=draft, theme=theme)
    deeper = make_page("Endå djupare", parent=below)

    for page in (draft, below, deeper):
        assert client.get(page.get_absolute_url()).status_code == 404
    assert "Utkast" not in menu_links(client.get("/"))
    theme_page = client.get(theme.get_absolute_url()).text
    assert "Under utkastet" not in theme_page


def test_staff_preview_an_unpublished_page_with_a_banner_saying_why(leader_client):
    draft = make_page("Utkast", is_published=False)
    below = make_page("Under utkastet", parent=draft)

    draft_page = leader_client.get(draft.get_absolute_url())
    below_page = leader_client.get(below.get_absolute_url())

    assert draft_page.status_code == below_page.status_code == 200
    assert "banner--preview" in draft_page.text and "banner--preview" in below_page.text
    assert nn(
        "A page above this one is not published, so residents cannot see this one either."
    ) in unescape(below_page.text)


# Cost and freshness.


def page_queries(client, url):
    response, queries = made_afresh(client, url)
    assert response.status_code == 200
    return queries


def test_the_menu_costs_the_same_with_2_and_20_pages(client):
    for number in range(2):
        make_page(f"Side {number}", in_menu=True, position=number)
    with_few = page_queries(client, "/")

    for number in range(2, 20):
        make_page(f"Side {number}", in_menu=True, position=number)
    with_many = page_queries(client, "/")

    assert with_few == with_many


def test_a_page_costs_the_same_with_few_and_many_pictures_documents_and_pages_under_it(client):
    def build(name, size):
        top = make_page(f"{name} topp")
        page = make_page(name, parent=make_page(f"{name} midt", parent=top))
        for index in range(size):
            PageImage.objects.create(
                page=page, image=upload(width=120, height=80), alt_text=f"Bilete {index}"
            )
            Document.objects.create(
                page=page, title=f"Dokument {index}", url=f"https://example.org/{index}"
            )
            make_page(f"{name} under {index}", parent=page)
        return page

    small, large = build("Liten", 2), build("Stor", 20)

    assert page_queries(client, small.get_absolute_url()) == page_queries(
        client, large.get_absolute_url()
    )


def test_a_page_changed_in_the_editor_shows_at_once_with_the_page_cache_on(
    client, leader_client, settings
):
    settings.PAGE_CACHE_ENABLED = True
    page = make_page("Slik arbeider vi", in_menu=True)
    client.get(page.get_absolute_url())
    client.get("/")
    assert "Slik arbeider vi" in client.get(page.get_absolute_url()).text

    response = leader_client.post(
        f"/admin/pages/page/{page.pk}/change/",
        page_form(title="Metoden vår", slug=page.slug, in_menu="on"),
    )
    assert response.status_code == 302, response.context["errors"]

    assert "Metoden vår" in client.get(page.get_absolute_url()).text
    assert "Metoden vår" in menu_links(client.get("/"))


def test_a_page_changed_in_the_editor_is_in_its_history(leader_client):
    page = make_page("Slik arbeider vi")
    response = leader_client.post(
        f"/admin/pages/page/{page.pk}/change/",
        page_form(title="Metoden vår", slug=page.slug)
        | inline_rows(
            "images", [{"image": upload(), "alt_text": "Eit bygdemøte", "position": "0"}]
        ),
    )
    assert response.status_code == 302, response.context["errors"]

    history = leader_client.get(f"/admin/pages/page/{page.pk}/history/")

    assert history.status_code == 200
    assert "Metoden vår" in history.text and "Eit bygdemøte" in history.text
