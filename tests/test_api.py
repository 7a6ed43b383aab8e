"""The read-only JSON API: pages, the overview's filters, visibility, CORS, errors a
program can act on, and answers that are never stale."""

import json
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
import time_machine
from django.urls import reverse

from events.models import Event
from projects.models import Project
from tests.base import NOW, make_area, make_project, make_theme, make_update
from tests.test_open_data import build_projects, make_world
from tests.test_query_counts import count_queries

pytestmark = pytest.mark.django_db

PROJECTS = "/api/v1/projects/"


def get_json(client, url, expect=200, **params):
    response = client.get(url, params)
    assert response.status_code == expect, response.content[:300]
    assert response["Content-Type"] == "application/json"
    return json.loads(response.content)


def slugs(answer):
    return [row["slug"] for row in answer["results"]]


def relative(address):
    parts = urlsplit(address)
    return f"{parts.path}?{parts.query}"


def overview_slugs(client, **params):
    """The projects the overview lists for the same filters, on its first page."""
    response = client.get(reverse("projects:overview"), params)
    shown = response.context["page"].object_list
    return set(Project.objects.filter(pk__in=shown).values_list("slug", flat=True))


# Pages


def test_projects_come_fifty_to_a_page_with_the_addresses_of_the_next_and_previous(client):
    for number in range(53):
        make_project(f"Prosjekt {number:02}")

    first = get_json(client, PROJECTS, sort="title")
    second = get_json(client, relative(first["next"]))

    assert (first["count"], len(first["results"]), first["previous"]) == (53, 50, None)
    assert (len(second["results"]), second["next"]) == (3, None)
    assert relative(second["previous"]).endswith("page=1&sort=title")
    assert set(slugs(first)) | set(slugs(second)) == set(
        Project.objects.values_list("slug", flat=True)
    )
    assert second["licence"]["id"] == "CC-BY-4.0"


def test_a_page_after_the_last_is_not_found(client):
    make_project()

    answer = get_json(client, PROJECTS, expect=404, page=2)

    assert "1" in answer["error"]


def test_an_empty_list_has_an_empty_first_page(client):
    answer = get_json(client, PROJECTS)

    assert (answer["count"], answer["results"], answer["next"]) == (0, [], None)


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"page": "abc"}, 400),
        ({"page": "0"}, 400),
        ({"page": "-1"}, 400),
        ({"page": "1.5"}, 400),
        ({"page": "٣"}, 400),
        ({"page": "9" * 400}, 400),
        ({"page": "999999999"}, 404),
        ({"status": "<script>alert(1)</script>"}, 400),
        ({"status": "ongoing\x00"}, 400),
        ({"area": "finst-ikkje"}, 400),
        ({"theme": "x" * 5000}, 400),
        ({"q": "skule" * 100}, 400),
        ({"sort": "-id"}, 400),
    ],
)
def test_hostile_query_strings_get_a_json_answer_never_a_server_error(client, params, status):
    make_world()

    answer = get_json(client, PROJECTS, expect=status, **params)

    assert answer["error"]
    if status == 400:
        assert set(answer["parameters"]) <= set(params)


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/updates/?project=%3Cscript%3E",
        "/api/v1/events/?page=x",
        "/api/v1/updates/?area=%00",
    ],
)
def test_other_lists_refuse_bad_input_with_json_too(client, url):
    make_world()

    assert get_json(client, url, expect=400)["error"]


# Filters, as the overview's


@pytest.fixture
def villages(settings):
    # The overview's own context is read: no page from the cache.
    settings.PAGE_CACHE_ENABLED = False
    municipality = make_area("Lidal kommune", kind="municipality")
    village = make_area("Nedre Li", parent=municipality)
    elsewhere = make_area("Øvre Dal", slug="oevre-dal")
    theme = make_theme("Attraktive bygder")
    school = make_project("Ny skule", status="ongoing")
    school.areas.add(village)
    school.themes.add(theme)
    hall = make_project("Nytt kommunehus", status="planned")
    hall.areas.add(municipality)
    road = make_project("Betre veg", status="ongoing")
    road.areas.add(elsewhere)
    make_update(road, "Asfalt på skulevegen")
    plan = make_project("Lokal plan", status="ongoing")
    make_project("Tiltak i planen", parent=plan, status="planned").areas.add(village)
    make_project("Løynd skule", slug="loeynd-skule", is_published=False).areas.add(village)


@pytest.mark.parametrize(
    "params",
    [
        {"status": "ongoing"},
        {"status": "planned"},
        {"area": "lidal-kommune"},
        {"area": "nedre-li"},
        {"theme": "attraktive-bygder"},
        {"q": "skule"},
        {"status": "ongoing", "area": "lidal-kommune"},
    ],
)
def test_a_filtered_list_has_the_overviews_projects(client, villages, params):
    answer = get_json(client, PROJECTS, **params)

    assert set(slugs(answer)) == overview_slugs(client, **params)
    assert "loeynd-skule" not in slugs(answer)


def test_an_area_includes_the_villages_inside_it(client, villages):
    answer = get_json(client, PROJECTS, area="lidal-kommune", sort="title")

    assert slugs(answer) == ["ny-skule", "nytt-kommunehus", "tiltak-i-planen"]


def test_unfiltered_the_list_has_sub_projects_too_each_naming_its_plan(client, villages):
    rows = {row["slug"]: row for row in get_json(client, PROJECTS)["results"]}

    assert rows["tiltak-i-planen"]["part_of"] == "lokal-plan"
    assert "loeynd-skule" not in rows
    assert len(rows) == Project.objects.visible().count()


# One project, updates, meetings, areas and target areas


def test_one_project_in_full_and_an_unpublished_one_not_at_all(client):
    school = make_world()

    answer = get_json(client, f"{PROJECTS}{school.slug}/")
    hidden = get_json(client, f"{PROJECTS}loeynd-prosjekt/", expect=404)

    assert answer["title"] == "Ny skule i Nedre Li"
    assert [row["source"] for row in answer["funding"]] == ["Fylkeskommunen"]
    assert answer["licence"]["url"] == "https://creativecommons.org/licenses/by/4.0/"
    assert hidden["error"]


def test_updates_are_the_public_ones_and_filter_by_project_area_and_theme(client):
    school = make_world()

    every = get_json(client, "/api/v1/updates/")
    of_school = get_json(client, "/api/v1/updates/", project=school.slug)
    in_municipality = get_json(client, "/api/v1/updates/", area="lidal-kommune")
    of_theme = get_json(client, "/api/v1/updates/", theme="attraktive-bygder")

    titles = ["Byggjestart på tomta"]
    assert [row["title"] for row in every["results"]] == titles
    assert [row["title"] for row in of_school["results"]] == titles
    assert [row["title"] for row in in_municipality["results"]] == titles
    assert [row["title"] for row in of_theme["results"]] == titles
    assert get_json(client, "/api/v1/updates/", expect=400, project="loeynd-prosjekt")


def test_meetings_areas_and_target_areas_are_those_the_pages_show(client):
    make_world()

    events = get_json(client, "/api/v1/events/")
    areas = get_json(client, "/api/v1/areas/")
    themes = get_json(client, "/api/v1/themes/")

    assert [row["title"] for row in events["results"]] == ["Ope møte om skulen"]
    assert [(row["slug"], row["part_of"]) for row in areas["results"]] == [
        ("lidal-kommune", None),
        ("nedre-li", "lidal-kommune"),
    ]
    assert [row["slug"] for row in themes["results"]] == ["attraktive-bygder"]


def test_the_start_address_names_every_endpoint(client):
    answer = get_json(client, "/api/v1/")

    for address in answer["endpoints"].values():
        assert client.get(urlsplit(address).path).status_code == 200


# Open to every site, never stale


def test_any_site_may_read_the_api_from_a_browser(client):
    response = client.get(PROJECTS, headers={"origin": "https://www.lidal.kommune.no"})

    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response


def test_a_preflight_is_answered_for_get_only(client):
    response = client.options(
        PROJECTS,
        headers={
            "origin": "https://www.lidal.kommune.no",
            "access-control-request-method": "GET",
            "access-control-request-headers": "accept-language",
        },
    )

    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    assert response["Access-Control-Allow-Headers"] == "accept-language"


def test_a_write_is_refused_with_json(client):
    response = client.post(PROJECTS, {"title": "Nytt"})

    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, OPTIONS"
    assert json.loads(response.content)["error"]
    assert response["Access-Control-Allow-Origin"] == "*"


def test_an_edited_project_shows_in_the_api_at_once(client, settings):
    settings.PAGE_CACHE_ENABLED = True
    school = make_project("Ny skule")
    assert slugs(get_json(client, PROJECTS)) == ["ny-skule"]
    assert get_json(client, f"{PROJECTS}ny-skule/")["title"] == "Ny skule"

    school.title = "Ny skule og barnehage"
    school.save()
    make_project("Løynd", is_published=False)

    assert get_json(client, f"{PROJECTS}ny-skule/")["title"] == "Ny skule og barnehage"
    assert [row["title"] for row in get_json(client, PROJECTS)["results"]] == [
        "Ny skule og barnehage"
    ]


def test_a_scheduled_update_appears_in_the_api_when_its_time_comes(client):
    make_update(make_project(), "Snart", published_at=NOW + timedelta(hours=1))
    with time_machine.travel(NOW, tick=False) as traveller:
        assert get_json(client, "/api/v1/updates/")["count"] == 0
        assert get_json(client, "/api/v1/updates/")["count"] == 0  # kept, until then

        traveller.move_to(NOW + timedelta(hours=1, seconds=1))

        assert get_json(client, "/api/v1/updates/")["count"] == 1


def test_staff_get_no_more_than_residents(admin_client):
    make_world()

    assert "loeynd-prosjekt" not in slugs(get_json(admin_client, PROJECTS))
    assert get_json(admin_client, f"{PROJECTS}loeynd-prosjekt/", expect=404)


# What it costs


LISTS = [
    PROJECTS,
    f"{PROJECTS}?area=grend-0",
    f"{PROJECTS}?q=prosjekt",
    f"{PROJECTS}prosjekt-1/",
    "/api/v1/updates/",
    "/api/v1/events/",
    "/api/v1/areas/",
    "/api/v1/themes/",
]


def test_every_list_costs_the_same_number_of_queries_with_3_and_30_projects(client):
    def costs():
        return {url: count_queries(client, url) for url in LISTS}

    build_projects(0, 3)
    with_few = costs()

    build_projects(3, 30)
    Event.objects.create(title="Eitt til", starts_at=NOW, place="Her")
    with_many = costs()

    assert with_few == with_many
