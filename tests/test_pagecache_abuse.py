"""What one visitor sends can never break or change the kept pages others get: the page
cache's own markers typed into content, htmx headers with other values, a foreign port in
Host, and time passing without anyone saving anything."""

import re
import urllib.request
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import timezone

from bench.servers import gunicorn, manage, site_environment
from pagecache.fresh import placeholder_mark
from tests.base import make_phase, make_process_leader, make_project, make_update
from tests.processes import make_site
from tests.test_events import make_event
from tests.test_tips import send, tip_data
from tips.models import Tip
from updates.models import StatusUpdate

pytestmark = pytest.mark.django_db

MARKERS = ["@@pagecache:field:x@@", "@@pagecache:nonce@@", "@@pagecache:field:form_token@@"]
OSLO = ZoneInfo("Europe/Oslo")


def visible_text(response):
    return BeautifulSoup(response.text, "html.parser").get_text(" ")


def nonces(response):
    return {
        tag["nonce"] for tag in BeautifulSoup(response.text, "html.parser").find_all(nonce=True)
    }


def assert_shown_as_written(response, text):
    assert response.status_code == 200
    assert text in visible_text(response)
    # Not the value of any placeholder: the page's own nonce is in no text.
    for nonce in nonces(response):
        assert nonce not in visible_text(response)
    assert placeholder_mark() not in response.text


@pytest.mark.parametrize("marker", MARKERS)
def test_the_page_caches_markers_typed_into_a_search_are_only_text(client, marker):
    make_project("Ny skule i Nedre Li")
    for _ in range(2):  # made afresh, then from the cache
        response = client.get("/", {"q": marker})
        assert response.status_code == 200
        assert (
            marker
            in BeautifulSoup(response.text, "html.parser").find("input", type="search")["value"]
        )
    assert response["X-Page-Cache"] == "hit"


@pytest.mark.parametrize("marker", MARKERS)
def test_markers_in_a_project_title_break_no_page(client, marker):
    title = f"Ny skule {marker} i Nedre Li"
    project = make_project(title, slug="ny-skule")
    make_event("Ope møte om skulen", starts_at=timezone.now() + timedelta(days=5), project=project)
    # With news, the project is named on the news page too (in its filter and by each item).
    make_update(project, title="Byggjestart")

    for url in [project.get_absolute_url(), "/", "/aktuelt/", "/tips/", "/tips/?prosjekt=ny-skule"]:
        for _ in range(2):
            assert_shown_as_written(client.get(url), title)


def test_a_tip_with_markers_published_as_an_update_breaks_no_page(client, settings):
    settings.TIP_MIN_FILL_SECONDS = 0
    project = make_project("Ny skule i Nedre Li", slug="ny-skule")
    message = "Taket er på plass @@pagecache:field:x@@ og @@pagecache:nonce@@"
    assert send(client, project=project.pk, message=message).status_code == 302
    tip = Tip.objects.get()

    leader = Client()
    leader.force_login(make_process_leader())
    leader.post(
        f"/admin/tips/tip/{tip.pk}/change/",
        {
            "project": project.pk,
            "state": "new",
            "handled_by": "",
            "internal_notes": "",
            "_make_update": "1",
        },
    )
    update = StatusUpdate.objects.get()
    update.title = "Meldt inn @@pagecache:nonce@@"
    update.is_published = True
    update.save()

    for url in [project.get_absolute_url(), "/aktuelt/", "/"]:
        for _ in range(2):
            assert_shown_as_written(client.get(url), "Meldt inn @@pagecache:nonce@@")
    assert_shown_as_written(client.get("/tips/?prosjekt=ny-skule"), "Ny skule i Nedre Li")
    assert message in visible_text(client.get(project.get_absolute_url()))


def test_a_tip_form_from_the_cache_still_works_after_markers_in_content(client, settings):
    settings.TIP_MIN_FILL_SECONDS = 0
    make_project("@@pagecache:field:form_token@@", slug="ny-skule")
    Client().get("/tips/")  # kept by someone else's visit
    page = client.get("/tips/")
    assert page["X-Page-Cache"] == "hit"
    token = BeautifulSoup(page.text, "html.parser").find("input", attrs={"name": "form_token"})
    assert client.post("/tips/", tip_data(form_token=token["value"])).status_code == 302


# htmx headers


@pytest.mark.parametrize(
    "headers",
    [
        {"HX-Request": "false"},
        {"HX-Request": "1"},
        {"HX-Request": "true", "HX-History-Restore-Request": "true"},
        {"HX-History-Restore-Request": "1"},
    ],
    ids=["HX-Request false", "HX-Request 1", "history restore", "restore without HX-Request"],
)
def test_odd_htmx_headers_never_put_a_whole_page_where_htmx_wants_its_part(client, headers):
    make_project("Ny skule i Nedre Li", status="ongoing")

    odd = client.get("/?status=ongoing", headers=headers)
    assert "<html" in odd.text  # what the view answers to these: the whole page

    for _ in range(2):
        part = client.get("/?status=ongoing", headers={"HX-Request": "true"})
        assert "<html" not in part.text and "Ny skule i Nedre Li" in part.text
    whole = client.get("/?status=ongoing")
    assert "<html" in whole.text
    assert {"HX-Request", "HX-History-Restore-Request"} <= {
        name.strip() for name in whole["Vary"].split(",")
    }


def fetch(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read().decode()


@pytest.mark.own_servers
def test_odd_htmx_headers_across_two_app_server_workers_sharing_redis(tmp_path, redis_url):
    database_url = f"sqlite:///{tmp_path / 'site.sqlite3'}"
    make_site(database_url)
    env = site_environment(
        database_url, DJANGO_DEBUG="true", REDIS_URL=redis_url, MEDIA_ROOT=str(tmp_path / "media")
    )
    manage("shell", "--no-imports", "-c", "from django.core.cache import caches\n"
           "caches['pages'].clear()", env=env)  # fmt: skip
    with gunicorn(env, workers=2, probe="/static/css/site.css") as site:
        url = site + "/?status=ongoing"
        for _ in range(4):  # each worker in turn
            fetch(url, {"HX-Request": "false"})
            fetch(url, {"HX-History-Restore-Request": "1"})
        for _ in range(6):
            part = fetch(url, {"HX-Request": "true"})
            assert "<html" not in part and "Ny skule i Nedre Li" in part
            assert "<html" in fetch(url)


# Host


def test_a_foreign_port_in_host_reaches_no_one_elses_page(client, settings):
    settings.SITE_URL = "https://framdrift.example.org"
    project = make_project("Ny skule i Nedre Li", slug="ny-skule")
    event = make_event("Ope møte", starts_at=timezone.now() + timedelta(days=5), project=project)

    for url in [
        project.get_absolute_url(),
        "/moete/kalender.ics",
        f"/moete/{event.pk}/kalender.ics",
    ]:
        client.get(url, HTTP_HOST="testserver:6666")
        for response in (client.get(url), client.get(url, HTTP_HOST="testserver:6666")):
            # The foreign host as an address would show; bare digits can stand in a token.
            assert "testserver:6666" not in response.content.decode(), url
            assert "https://framdrift.example.org/" in response.content.decode(), url

    share = BeautifulSoup(client.get(project.get_absolute_url()).text, "html.parser")
    assert share.find(attrs={"data-copy-link": True})["data-copy-link"] == (
        "https://framdrift.example.org/prosjekt/ny-skule/"
    )


# Time


def test_a_phase_marked_now_stops_being_now_at_midnight(client):
    project = make_project("Ny skule i Nedre Li", slug="ny-skule")
    make_phase(project, "Planlegging", starts_on=date(2026, 3, 1), ends_on=date(2026, 6, 15))
    make_phase(project, "Bygging", starts_on=date(2026, 6, 16))

    def current_phase():
        response = client.get(project.get_absolute_url())
        page = BeautifulSoup(response.text, "html.parser")
        now = page.find(attrs={"aria-current": "step"})
        flag = now.select_one(".flag--current").get_text(strip=True)
        return response["X-Page-Cache"], now.h3.get_text(" ", strip=True), flag

    late_evening = datetime(2026, 6, 15, 23, 58, tzinfo=OSLO)
    with time_machine.travel(late_evening, tick=False) as traveller:
        assert current_phase() == ("miss", "Planlegging", "No")
        assert current_phase() == ("hit", "Planlegging", "No")
        traveller.move_to(late_evening + timedelta(minutes=2, seconds=1))
        assert current_phase() == ("miss", "Bygging", "No")


def test_the_calendar_feed_drops_a_meeting_a_year_old_at_midnight(client):
    year_ago = datetime(2025, 6, 15, 18, 0, tzinfo=OSLO)
    make_event("Fjorårets møte", starts_at=year_ago)
    with time_machine.travel(datetime(2026, 6, 15, 23, 59, tzinfo=OSLO), tick=False) as traveller:
        assert "Fjorårets møte" in client.get("/moete/kalender.ics").content.decode()
        traveller.move_to(datetime(2026, 6, 16, 0, 0, 1, tzinfo=OSLO))
        assert "Fjorårets møte" not in client.get("/moete/kalender.ics").content.decode()


# What the header tells


def test_whether_a_page_came_from_the_cache_is_told_only_when_asked_for(client, settings):
    make_project("Ny skule i Nedre Li")
    settings.PAGE_CACHE_HEADER = False
    client.get("/", {"q": "Kari Nordmann"})
    second = client.get("/", {"q": "Kari Nordmann"})
    assert "X-Page-Cache" not in second
    assert not any(re.match(r"(?i)x-.*cache", name) for name in second.headers)
