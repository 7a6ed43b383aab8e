"""Meetings: what is coming and what has been, one meeting's page, the calendar files
residents add to their own calendars, and the process leader's editor."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.utils import translation

from demo.loader import load_demo_events
from events.lists import listed_meetings, meeting_list
from events.models import Event, next_change
from events.phrases import event_time
from projects.models import SiteSettings
from tests.admin_forms import management_form
from tests.base import NOW, made_afresh, make_process_leader, make_project

pytestmark = pytest.mark.django_db

OSLO = ZoneInfo("Europe/Oslo")


def make_event(title="Ope møte om skulen", starts_at=None, hours=2, project=None, **fields):
    starts_at = starts_at or NOW + timedelta(days=5)
    fields.setdefault("place", "Grendehuset på Lidal")
    ends_at = fields.pop("ends_at", starts_at + timedelta(hours=hours) if hours else None)
    event = Event.objects.create(title=title, starts_at=starts_at, ends_at=ends_at, **fields)
    if project is not None:
        event.projects.add(project)
    return event


@pytest.fixture
def frozen(monkeypatch):
    """The pages read the clock; tests stop it at NOW."""
    monkeypatch.setattr("django.utils.timezone.now", lambda: NOW)
    return NOW


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.text, "html.parser")


def titles(page):
    return [link.get_text(strip=True) for link in page.select(".event-list__title a")]


def parse(response):
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


# The split at now


def test_a_meeting_going_on_is_upcoming_and_one_over_is_past():
    going_on = make_event("Går no", starts_at=NOW - timedelta(hours=1), hours=2)
    later = make_event("Seinare", starts_at=NOW + timedelta(days=2))
    soon = make_event("Snart", starts_at=NOW + timedelta(days=1))
    over = make_event("Ferdig", starts_at=NOW - timedelta(days=3))
    older = make_event("Eldre", starts_at=NOW - timedelta(days=9))
    started_no_end = make_event("Utan slutt", starts_at=NOW - timedelta(minutes=1), hours=0)

    assert list(Event.objects.upcoming(NOW)) == [going_on, soon, later]
    assert list(Event.objects.past(NOW)) == [started_no_end, over, older]
    assert not going_on.is_over(NOW) and started_no_end.is_over(NOW)


def test_the_page_cache_is_told_when_the_next_meeting_is_over():
    make_event(starts_at=NOW - timedelta(hours=1), hours=3)
    make_event(starts_at=NOW + timedelta(minutes=30), hours=0)
    make_event(starts_at=NOW + timedelta(minutes=10), is_published=False)
    assert next_change(NOW) == NOW + timedelta(minutes=30)
    assert next_change(NOW + timedelta(days=1)) is None


def test_drafts_and_meetings_of_unpublished_projects_are_hidden_and_own_ones_shown():
    shown = make_event("Om prosjektet", project=make_project("Synleg"))
    alone = make_event("Utan prosjekt")
    make_event("Kladd", is_published=False)
    make_event("Løynd", project=make_project("Ikkje publisert", is_published=False))

    assert set(Event.objects.upcoming(NOW)) == {shown, alone}
    assert set(Event.objects.published()) == {shown, alone}


def test_a_meeting_must_end_after_it_starts():
    event = Event(title="Baklengs", place="Berg", starts_at=NOW, ends_at=NOW - timedelta(hours=1))
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert list(error.value.message_dict) == ["ends_at"]


def test_the_description_becomes_plain_text_for_calendars():
    event = Event(description="<p>Kaffi &amp; kake</p><ul><li><p>Eitt</p></li></ul><p>A<br>B</p>")
    assert event.plain_description == "Kaffi & kake\n\n• Eitt\n\nA\nB"


# Pages


def test_the_upcoming_page_lists_meetings_soonest_first_with_time_place_and_links(client, frozen):
    project = make_project("Ny skule i Nedre Li")
    later = make_event("Dugnad", starts_at=NOW + timedelta(days=9), hours=0)
    first = make_event(
        "Ope møte", starts_at=datetime(2026, 6, 20, 18, 0, tzinfo=OSLO), project=project
    )
    make_event("Ferdig", starts_at=NOW - timedelta(days=2))

    page = soup(client.get("/moete/"))

    assert titles(page) == ["Ope møte", "Dugnad"]
    item = page.select(".event-list__item")[0]
    times = [tag["datetime"] for tag in item.select("time")]
    assert times == ["2026-06-20T18:00:00+02:00", "2026-06-20T20:00:00+02:00"]
    assert "Grendehuset på Lidal" in item.get_text()
    assert item.find("a", href=project.get_absolute_url()).get_text() == project.title
    assert item.find("a", href=f"/moete/{first.pk}/kalender.ics")
    assert not page.select(".event-list__item")[1].find("a", href=project.get_absolute_url())
    assert page.find("a", href="/moete/arkiv/") and page.find("a", href="/moete/kalender.ics")
    assert page.find("link", rel="alternate", type="text/calendar")["href"] == "/moete/kalender.ics"
    headings = [tag.name for tag in page.find("main").find_all(["h1", "h2", "h3"])]
    assert headings == ["h1", "h2", "h2"]
    assert page.find("a", href=f"/moete/{later.pk}/").get_text() == "Dugnad"


def test_the_upcoming_page_says_so_when_nothing_is_planned(client, frozen):
    make_event("Ferdig", starts_at=NOW - timedelta(days=2))
    page = soup(client.get("/moete/"))
    assert not page.select(".event-list") and page.select_one(".event-list__empty")


def test_the_list_takes_a_heading_level_and_can_leave_out_the_project(frozen):
    make_event("Om skulen", project=make_project("Skulen"))
    meetings = listed_meetings(Event.objects.upcoming())
    page = BeautifulSoup(meeting_list(meetings), "html.parser")
    assert page.select_one("h3.event-list__title") and page.find("a", string="Skulen")
    page = BeautifulSoup(meeting_list(meetings, heading_level=4, hide_project=True), "html.parser")
    assert page.select_one("h4.event-list__title") and not page.find("a", string="Skulen")


def test_the_archive_pages_through_past_meetings_newest_first(client, frozen):
    for day in range(1, 26):
        make_event(f"Møte {day}", starts_at=NOW - timedelta(days=day))
    make_event("Kjem", starts_at=NOW + timedelta(days=1))

    first = soup(client.get("/moete/arkiv/"))
    assert titles(first) == [f"Møte {day}" for day in range(1, 21)]
    assert first.select_one(".pagination a[rel=next]")["href"] == "?page=2"
    second = soup(client.get("/moete/arkiv/?page=2"))
    assert titles(second) == [f"Møte {day}" for day in range(21, 26)]
    # Page numbers that are not one, or too high, give a page that is rather than an error.
    assert titles(soup(client.get("/moete/arkiv/?page=tull"))) == titles(first)
    assert titles(soup(client.get("/moete/arkiv/?page=99"))) == titles(second)


def test_a_meeting_page_shows_the_description_breadcrumbs_and_calendar_link(client, frozen):
    event = make_event(description="<p>Kaffi og kake.</p>", project=make_project("Skulen"))

    page = soup(client.get(event.get_absolute_url()))

    assert page.find("h1").get_text() == event.title
    assert page.select_one(".rich-text").get_text() == "Kaffi og kake."
    crumbs = page.select(".breadcrumbs li")
    assert crumbs[1].find("a")["href"] == "/moete/" and crumbs[-1].get_text() == event.title
    assert page.find("a", href=f"/moete/{event.pk}/kalender.ics")
    assert page.find("a", href="/prosjekt/skulen/")


def test_a_past_meeting_sits_under_the_archive_in_the_breadcrumbs(client, frozen):
    event = make_event(starts_at=NOW - timedelta(days=3))
    crumbs = soup(client.get(event.get_absolute_url())).select(".breadcrumbs li")
    assert crumbs[1].find("a")["href"] == "/moete/arkiv/"


def test_hidden_meetings_are_not_found_nor_their_calendar_files(client, frozen):
    draft = make_event(is_published=False)
    secret = make_event(project=make_project("Løynd", is_published=False))
    for event in [draft, secret]:
        assert client.get(event.get_absolute_url()).status_code == 404
        assert client.get(f"/moete/{event.pk}/kalender.ics").status_code == 404


# Calendar files


def test_one_meeting_as_a_calendar_file_reads_back_as_written(client, frozen):
    title = "Møte om skule, barnehage; og vegen\nvidare"
    starts_at = datetime(2026, 6, 20, 18, 0, tzinfo=OSLO)
    event = make_event(
        title, starts_at=starts_at, place="Berg samfunnshus, storsalen", description="<p>Kom!</p>"
    )

    response = client.get(f"/moete/{event.pk}/kalender.ics")

    assert response["Content-Disposition"] == f'attachment; filename="moete-{event.pk}.ics"'
    calendar = parse(response)
    [entry] = calendar.events
    assert str(entry["SUMMARY"]) == title
    assert entry.start.astimezone(OSLO) == starts_at
    assert entry.end.astimezone(OSLO) == datetime(2026, 6, 20, 20, 0, tzinfo=OSLO)
    assert str(entry["LOCATION"]) == "Berg samfunnshus, storsalen"
    assert str(entry["DESCRIPTION"]) == "Kom!"
    # In the site's language, said so for calendar apps that read aloud or translate.
    assert entry["SUMMARY"].params["LANGUAGE"] == entry["DESCRIPTION"].params["LANGUAGE"] == "nn"
    assert str(calendar["PRODID"]).endswith("//NN")
    assert str(entry["URL"]) == f"http://testserver/moete/{event.pk}/"
    assert str(entry["UID"]) == f"event-{event.pk}@testserver"
    assert entry["DTSTAMP"].dt == event.updated_at
    # A calendar name would make some apps open it as a calendar of its own.
    assert "X-WR-CALNAME" not in calendar and "UID" not in calendar


def test_a_meeting_keeps_its_uid_across_downloads_and_the_feed(client, frozen):
    event = make_event()
    first = parse(client.get(f"/moete/{event.pk}/kalender.ics")).events[0]["UID"]
    event.title = "Nytt namn"
    event.save()
    again = parse(client.get(f"/moete/{event.pk}/kalender.ics")).events[0]["UID"]
    in_feed = parse(client.get("/moete/kalender.ics")).events[0]["UID"]
    assert first == again == in_feed


def test_the_feed_holds_every_published_meeting_to_come_and_of_the_last_year(client, frozen):
    SiteSettings(site_name="Framdrift i Fjordregionen").save()
    shown = [
        make_event("Kjem", starts_at=NOW + timedelta(days=3)),
        make_event("Utan prosjekt, seinare", starts_at=NOW + timedelta(days=40), hours=0),
        make_event("Var", starts_at=NOW - timedelta(days=30), project=make_project("Synleg")),
    ]
    make_event("Kladd", is_published=False)
    make_event("Løynd", project=make_project("Ikkje publisert", is_published=False))
    make_event("For lenge sidan", starts_at=NOW - timedelta(days=400))

    calendar = parse(client.get("/moete/kalender.ics"))

    assert {str(entry["SUMMARY"]) for entry in calendar.events} == {e.title for e in shown}
    assert str(calendar["X-WR-CALNAME"]) == "Framdrift i Fjordregionen"
    assert [str(entry["SUMMARY"]) for entry in calendar.events] == ["Var", "Kjem", shown[1].title]
    assert "DTEND" not in calendar.events[2]


# Cost


def count_queries(client, url):
    response, queries = made_afresh(client, url)
    assert response.status_code == 200
    return queries


@pytest.mark.parametrize("url", ["/moete/", "/moete/arkiv/", "/moete/kalender.ics"])
def test_the_meeting_pages_cost_the_same_with_2_and_20_meetings(client, frozen, url):
    def add(count):
        for number in range(count):
            project = make_project(f"Prosjekt {url} {number}", slug=f"p{Event.objects.count()}")
            for days in (2, -2):
                make_event(f"Møte {number}", starts_at=NOW + timedelta(days=days), project=project)

    add(2)
    with_few = count_queries(client, url)
    add(18)
    assert count_queries(client, url) == with_few


# The process leader's editor


@pytest.fixture
def leader(client):
    client.force_login(make_process_leader())
    return client


def admin_form(**fields):
    return {
        "title": "Ope møte om sentrumsplanen",
        "projects": [],
        "audience": "open",
        "starts_at_0": "2026-06-20",
        "starts_at_1": "18:00:00",
        "ends_at_0": "2026-06-20",
        "ends_at_1": "20:00:00",
        "place": "Berg samfunnshus",
        "description": "<p>Velkomen.</p>",
        "is_published": "on",
        **management_form("documents"),
    } | fields


def test_the_process_leader_lists_and_filters_meetings(leader, frozen):
    make_event("Kjem", starts_at=NOW + timedelta(days=2))
    make_event("Var", starts_at=NOW - timedelta(days=2))

    page = leader.get("/admin/events/event/").text
    assert "Kjem" in page and "Var" in page
    upcoming = leader.get("/admin/events/event/?when=upcoming").text
    assert "Kjem" in upcoming and "Var" not in upcoming
    past = leader.get("/admin/events/event/?when=past").text
    assert "Var" in past and "Kjem" not in past
    assert "Kjem" not in leader.get("/admin/events/event/?q=samfunnshus").text


def test_the_process_leader_adds_a_meeting_in_oslo_time(leader):
    assert leader.get("/admin/events/event/add/").status_code == 200
    response = leader.post("/admin/events/event/add/", admin_form())
    assert response.status_code == 302
    event = Event.objects.get()
    assert event.starts_at == datetime(2026, 6, 20, 18, 0, tzinfo=OSLO)


def test_the_editor_refuses_a_meeting_that_ends_before_it_starts(leader):
    response = leader.post("/admin/events/event/add/", admin_form(ends_at_1="17:00:00"))
    assert response.status_code == 200
    assert list(response.context["adminform"].form.errors) == ["ends_at"]
    assert not Event.objects.exists()


# Demo


def test_the_demo_meetings_load_once_with_some_to_come_and_some_held():
    projects = {
        slug: make_project(slug, slug=slug) for slug in ["utviklingsplan-berg", "kveldsbuss"]
    }
    assert load_demo_events(projects, NOW) == (7, 0)
    assert load_demo_events(projects, NOW) == (0, 7)
    assert Event.objects.upcoming(NOW).count() == 4 and Event.objects.past(NOW).count() == 3
    assert Event.objects.filter(projects__isnull=True).exists()
    assert projects["kveldsbuss"].events.count() == 1


def test_a_meetings_time_is_said_in_the_pages_language_whichever_was_asked_first():
    evening = make_event(starts_at=datetime(2026, 6, 20, 18, 0, tzinfo=OSLO))
    weekend = make_event(
        starts_at=datetime(2026, 10, 24, 10, 0, tzinfo=OSLO),
        ends_at=datetime(2026, 10, 25, 15, 30, tzinfo=OSLO),  # summer time ends between
    )
    open_ended = make_event(starts_at=datetime(2026, 12, 7, 9, 0, tzinfo=OSLO), hours=0)

    def said(event, language):
        with translation.override(language):
            html = BeautifulSoup(str(event_time(event)), "html.parser")
        return html.get_text(), [tag["datetime"] for tag in html.select("time")]

    for _round in range(2):  # written once per language: each asked again, in turn
        assert said(evening, "nn") == (
            "Laurdag 20. juni 2026 kl. 18:00–20:00",
            ["2026-06-20T18:00:00+02:00", "2026-06-20T20:00:00+02:00"],
        )
        assert said(evening, "en")[0] == "Saturday 20 June 2026 at 18:00–20:00"
        assert said(weekend, "nn") == (
            "Laurdag 24. oktober 2026 kl. 10:00 – Sundag 25. oktober 2026 kl. 15:30",
            ["2026-10-24T10:00:00+02:00", "2026-10-25T15:30:00+01:00"],
        )
        assert said(open_ended, "en") == (
            "Monday 7 December 2026 at 09:00",
            ["2026-12-07T09:00:00+01:00"],
        )
