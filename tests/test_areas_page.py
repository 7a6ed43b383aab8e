"""The areas page (issue 18): every municipality and village as a tree, each with how many
published projects its own page lists, reached from the menu, the overview and each card."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from projects.models import Area
from tests.base import made_afresh, make_area, make_project

pytestmark = pytest.mark.django_db

AREAS = reverse("projects:areas")


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.text, "html.parser")


def tree(list_element):
    """[(name, count text, [inner...])] from the page's nested lists."""
    return [
        (
            item.select_one(":scope > .area-tree__link").get_text(strip=True),
            item.select_one(":scope > .area-tree__count").get_text(strip=True),
            tree(inner) if (inner := item.select_one(":scope > .area-tree")) else [],
        )
        for item in list_element.select(":scope > .area-tree__item")
    ]


@pytest.fixture
def region():
    region = make_area("Fjordregionen", slug="fjordregionen", kind=Area.Kind.REGION)
    lidal = make_area("Lidal", slug="lidal", kind=Area.Kind.MUNICIPALITY, parent=region)
    berg = make_area("Berg", slug="berg", parent=lidal)
    dal = make_area("Øvre Dal", slug="ovre-dal", parent=lidal)
    vik = make_area("Vik", slug="vik", kind=Area.Kind.MUNICIPALITY, parent=region)
    make_project("Ny skule i Berg").areas.add(berg)
    make_project("Skulebuss").areas.add(berg, dal)  # one project, two villages
    make_project("Ny kommuneplan").areas.add(lidal, berg)  # and its municipality
    make_project("Hemmeleg plan", is_published=False).areas.add(dal)
    make_project("Kaia i Vik").areas.add(vik)
    return {"lidal": lidal, "berg": berg, "dal": dal, "vik": vik}


def test_areas_are_a_tree_with_the_projects_each_one_s_page_lists(client, region):
    page = soup(client.get(AREAS))

    assert page.h1.get_text() == "Område"
    assert tree(page.select_one("main .area-tree")) == [
        (
            "Fjordregionen",
            "4 prosjekt",
            [
                (
                    "Lidal",
                    "3 prosjekt",
                    [("Berg", "3 prosjekt", []), ("Øvre Dal", "1 prosjekt", [])],
                ),
                ("Vik", "1 prosjekt", []),
            ],
        )
    ]


def test_each_count_is_what_the_area_s_own_page_lists(client, region):
    page = soup(client.get(AREAS))

    for link in page.select(".area-tree__link"):
        count = link.find_next_sibling(class_="area-tree__count").get_text(strip=True)
        cards = soup(client.get(link["href"])).select(".card")
        assert count == f"{len(cards)} prosjekt", link["href"]


def test_each_area_links_to_its_page(client, region):
    links = {
        link.get_text(strip=True): link["href"] for link in soup(client.get(AREAS)).select("main a")
    }
    assert links["Berg"] == region["berg"].get_absolute_url() == "/omraade/berg/"
    assert links["Vik"] == region["vik"].get_absolute_url()


def test_the_menu_leads_to_the_areas_and_says_when_one_is_there(client, region):
    menu = soup(client.get(AREAS)).select_one(".site-nav")

    current = menu.select('a[aria-current="page"]')
    assert [(link.get_text(), link["href"]) for link in current] == [("Område", AREAS)]
    assert AREAS in [link["href"] for link in soup(client.get("/")).select(".site-nav a")]


def test_a_card_s_place_leads_to_its_area_page(client, region):
    card = next(
        card
        for card in soup(client.get("/")).select(".card")
        if "Skulebuss" in card.select_one(".card__title").get_text()
    )
    places = [(link.get_text(), link["href"]) for link in card.select(".card__area")]
    assert places == [("Berg", "/omraade/berg/"), ("Øvre Dal", "/omraade/ovre-dal/")]


def test_without_areas_the_page_says_so(client):
    page = soup(client.get(AREAS))
    assert not page.select(".area-tree") and page.select_one("main p:not(.lead)")


def count_queries(client):
    response, queries = made_afresh(client, AREAS)
    assert response.status_code == 200
    return queries


def test_the_page_costs_the_same_with_few_and_many_areas_and_projects(client, region):
    with_few = count_queries(client)

    for number in range(30):
        village = make_area(f"Bygd {number}", slug=f"bygd-{number}", parent=region["vik"])
        for project_number in range(3):
            make_project(f"Prosjekt {number}-{project_number}").areas.add(village, region["lidal"])
    with_many = count_queries(client)

    assert with_many == with_few
