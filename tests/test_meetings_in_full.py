"""Meetings in full (issue 17): several projects per meeting, who can come, the organiser,
signing up, the meeting's documents, and afterwards how it went, on the meeting's page, in
the lists, in calendar apps and in the process leader's editor."""

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone, translation
from django.utils.text import capfirst

from events.admin import REPORT_BEFORE_IT_IS_HELD, REPORT_ONCE_HELD
from events.models import Event, next_change
from pagecache.schedules import seconds_until_next_change
from projects.dashboard import meetings_this_week
from projects.models import Document
from tests.admin_forms import management_form
from tests.base import NOW, made_afresh, make_contact, make_process_leader, make_project
from tests.test_events import make_event

pytestmark = pytest.mark.django_db

OSLO = ZoneInfo("Europe/Oslo")


@pytest.fixture
def frozen(monkeypatch):
    monkeypatch.setattr("django.utils.timezone.now", lambda: NOW)
    return NOW


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.text, "html.parser")


def text_of(tag):
    return " ".join(tag.get_text(" ", strip=True).split())


def said(text):
    """A text as the pages say it, in the site's language (once its catalogue has it)."""
    with translation.override(settings.LANGUAGE_CODE):
        return translation.gettext(str(text))


@pytest.fixture
def organiser():
    return make_contact(
        "Kari Nordmann", job_title="Bygdeutviklar", email="kari@example.org", phone="+47 555 01 234"
    )


def meeting_in_full(organiser, starts_at=None, **fields):
    """A meeting of a published and an unpublished project, with everything filled in."""
    event = make_event(
        "Folkemøte om stadutvikling",
        starts_at=starts_at or datetime(2026, 6, 20, 18, 0, tzinfo=OSLO),
        audience=Event.Audience.INVITED,
        organiser=organiser,
        registration_url="https://skjema.example.org/folkemote",
        **{"registration_deadline": datetime(2026, 6, 18, 12, 0, tzinfo=OSLO)} | fields,
    )
    event.projects.set(
        [
            make_project("Ny skule i Nedre Li", slug="skulen"),
            make_project("Kveldsbuss", slug="kveldsbuss"),
            make_project("Løynd plan", slug="loeynd", is_published=False),
        ]
    )
    return event


def add_documents(event):
    Document.objects.create(
        event=event, title="Sakliste", kind_of_document="agenda", url="https://a.example.org/1"
    )
    Document.objects.create(
        event=event, title="Referat", kind_of_document="minutes", url="https://a.example.org/2"
    )
    Document.objects.create(
        event=event, title="Utkast", url="https://a.example.org/3", is_published=False
    )


# The model's rules


def test_the_sign_up_must_close_before_the_meeting_starts_said_at_the_deadline():
    event = Event(
        title="Ope møte",
        place="Berg",
        starts_at=NOW,
        registration_deadline=NOW + timedelta(minutes=1),
    )
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert list(error.value.message_dict) == ["registration_deadline"]
    event.registration_deadline = NOW - timedelta(days=1)
    event.full_clean()


def test_sign_up_is_open_until_the_deadline_or_without_one_until_the_meeting_is_over():
    with_deadline = Event(
        starts_at=NOW + timedelta(days=5), registration_deadline=NOW + timedelta(days=2)
    )
    assert with_deadline.sign_up_is_open(NOW)
    assert not with_deadline.sign_up_is_open(NOW + timedelta(days=2))
    without = Event(starts_at=NOW + timedelta(days=5), registration_url="https://a.example.org")
    assert without.sign_up_is_open(NOW + timedelta(days=5, minutes=1)) is False
    assert without.sign_up_is_open(NOW + timedelta(days=4))


# Visibility


def test_a_meeting_whose_only_project_is_unpublished_is_hidden_everywhere(client, frozen):
    secret = make_event("Løynd møte")
    secret.projects.add(make_project("Løynd", is_published=False))
    past = make_event("Løynd før", starts_at=NOW - timedelta(days=3))
    past.projects.add(make_project("Løynd 2", slug="loeynd-2", is_published=False))

    assert client.get(secret.get_absolute_url()).status_code == 404
    assert client.get(past.get_absolute_url()).status_code == 404
    assert "Løynd" not in client.get("/moete/").text
    assert "Løynd" not in client.get("/moete/arkiv/").text
    assert b"L\xc3\xb8ynd" not in client.get("/moete/kalender.ics").content


def test_only_the_published_projects_of_a_meeting_are_named(client, frozen, organiser):
    event = meeting_in_full(organiser)

    page = soup(client.get(event.get_absolute_url()))
    links = [a.get_text() for a in page.select(".event-page__projects a")]
    assert links == ["Kveldsbuss", "Ny skule i Nedre Li"]
    assert page.select_one(".event-page__projects a")["href"] == "/prosjekt/kveldsbuss/"
    assert "Løynd plan" not in page.text

    item = soup(client.get("/moete/")).select_one(".event-list__item")
    assert [a.get_text() for a in item.select(".event-list__facts dd a")] == links
    assert "Løynd plan" not in item.text

    [entry] = icalendar.Calendar.from_ical(client.get("/moete/kalender.ics").content).events
    assert list(entry.categories) == ["Kveldsbuss", "Ny skule i Nedre Li"]
    assert "Løynd plan" not in str(entry["DESCRIPTION"])


# The meeting's page


def test_the_meeting_page_says_who_can_come_who_organises_and_how_to_sign_up(
    client, frozen, organiser
):
    event = meeting_in_full(organiser)
    add_documents(event)

    page = soup(client.get(event.get_absolute_url()))

    facts = page.select_one(".event-page__facts")
    assert said("By invitation") in text_of(facts)
    sign_up = page.select_one(".event-page__sign-up a")
    assert sign_up["href"] == "https://skjema.example.org/folkemote"
    assert text_of(sign_up).startswith(said("Sign up by {moment}").split("{")[0].strip())
    assert sign_up.find("time")["datetime"] == "2026-06-18T12:00:00+02:00"
    # The organiser as a contact card: name, title, phone and email to reach them.
    card = page.select_one(".event-page__organiser .contact")
    assert card.select_one(".contact__name").get_text() == "Kari Nordmann"
    assert "Bygdeutviklar" in card.text
    assert card.find("a", href="mailto:kari@example.org")
    assert card.find("a", href=organiser.phone_href)
    # Still to come: no report yet, but a calendar button.
    assert not page.select(".event-page__outcome")
    assert page.select_one(".event-page__calendar a")


def test_an_open_meeting_says_so(client, frozen):
    event = make_event()
    facts = soup(client.get(event.get_absolute_url())).select_one(".event-page__audience")
    assert text_of(facts.dd) == said("Open to all")


def test_after_the_deadline_the_page_says_sign_up_is_closed(client, monkeypatch, organiser):
    event = meeting_in_full(organiser)
    after_deadline = datetime(2026, 6, 19, 9, 0, tzinfo=OSLO)
    monkeypatch.setattr("django.utils.timezone.now", lambda: after_deadline)

    page = soup(client.get(event.get_absolute_url()))

    assert text_of(page.select_one(".event-page__sign-up dd")) == said("Sign-up closed")
    assert not page.find("a", href=event.registration_url)
    assert text_of(soup(client.get("/moete/")).select_one(".event-list__sign-up")) == (
        said("Sign-up closed")
    )


def test_the_meeting_page_shows_its_published_documents(client, frozen, organiser):
    event = meeting_in_full(organiser)
    add_documents(event)

    page = soup(client.get(event.get_absolute_url()))

    shown = text_of(page.select_one(".documents"))
    assert "Sakliste" in shown and "Referat" in shown and "Utkast" not in shown
    assert page.find("a", href="https://a.example.org/2")


def test_a_held_meeting_shows_how_it_went_on_its_page_and_in_the_archive(client, frozen, organiser):
    event = meeting_in_full(
        organiser,
        starts_at=NOW - timedelta(days=3),
        outcome="<p>Dei fleste ville ha skulen i sentrum.</p>",
        attendance=1230,
        registration_deadline=NOW - timedelta(days=4),
    )

    page = soup(client.get(event.get_absolute_url()))
    outcome = page.select_one(".event-page__outcome")
    assert outcome.h2["id"] == "event-outcome-title"
    assert outcome.select_one(".rich-text").get_text() == "Dei fleste ville ha skulen i sentrum."
    # The number as the site's language writes it: Nynorsk groups thousands with a space.
    with translation.override(settings.LANGUAGE_CODE):
        about = translation.ngettext("About %(count)s took part", "About %(count)s took part", 1230)
    expected = " ".join((about % {"count": "1\xa0230"}).split())
    assert text_of(outcome.select_one(".event-page__attendance")) == expected
    # Over: no sign-up and no calendar button, still who came and who organised.
    assert not page.select(".event-page__sign-up") and not page.select(".event-page__calendar")
    assert page.select_one(".event-page__organiser")

    item = soup(client.get("/moete/arkiv/")).select_one(".event-list__item")
    marker = item.select_one(".event-list__report-marker")
    assert marker["href"] == f"{event.get_absolute_url()}#event-outcome-title"
    assert said("Report") in marker.text
    assert text_of(item.select_one(".event-list__attendance")) == expected
    assert [a.get_text() for a in item.select(".event-list__facts dd a")] == [
        "Kveldsbuss",
        "Ny skule i Nedre Li",
    ]


def test_a_held_meeting_without_a_report_has_no_marker(client, frozen):
    make_event("Stilt møte", starts_at=NOW - timedelta(days=3))
    item = soup(client.get("/moete/arkiv/")).select_one(".event-list__item")
    assert not item.select(".event-list__report")


def test_the_new_sections_print_without_buttons():
    print_css = (Path(settings.BASE_DIR) / "static/css/print.css").read_text()
    assert ".event-page__calendar, .event-list__calendar { display: none; }" in print_css
    assert '.event-page__sign-up-link::after { content: " (" attr(href) ")"' in print_css


# Calendar apps


def test_the_calendar_file_names_the_organiser_projects_and_sign_up(client, frozen, organiser):
    event = meeting_in_full(organiser, description="<p>Kom!</p>")

    calendar = icalendar.Calendar.from_ical(client.get(f"/moete/{event.pk}/kalender.ics").content)
    [entry] = calendar.events

    assert str(entry["ORGANIZER"]) == "mailto:kari@example.org"
    assert entry["ORGANIZER"].params["CN"] == "Kari Nordmann"
    assert str(entry["CONTACT"]) == "Kari Nordmann, +47 555 01 234, kari@example.org"
    assert list(entry.categories) == ["Kveldsbuss", "Ny skule i Nedre Li"]
    description = str(entry["DESCRIPTION"])
    assert description.startswith("Kom!\n\n")
    assert f"{said('Projects')}: Kveldsbuss, Ny skule i Nedre Li" in description
    assert said("By invitation") in description
    assert "https://skjema.example.org/folkemote" in description
    # The page stays the URL: it has the sign-up link and all the rest.
    assert str(entry["URL"]) == f"http://testserver/moete/{event.pk}/"


def test_an_organiser_without_email_is_a_contact_only(client, frozen):
    event = make_event(organiser=make_contact("Ola Nordmann", email=""))
    [entry] = icalendar.Calendar.from_ical(
        client.get(f"/moete/{event.pk}/kalender.ics").content
    ).events
    assert "ORGANIZER" not in entry
    assert str(entry["CONTACT"]) == "Ola Nordmann, +47 555 01 234"


def test_the_feed_is_the_same_whenever_it_is_fetched_within_a_day(client, monkeypatch, organiser):
    """Signing up closing changes the page, not the feed: it keeps its daily caching."""
    meeting_in_full(organiser)
    monkeypatch.setattr("django.utils.timezone.now", lambda: NOW)
    before = client.get("/moete/kalender.ics").content
    after_deadline = datetime(2026, 6, 18, 13, 0, tzinfo=OSLO)
    monkeypatch.setattr("django.utils.timezone.now", lambda: after_deadline)
    assert (
        client.get("/moete/kalender.ics").content.split(b"DTSTAMP")[1:]
        == before.split(b"DTSTAMP")[1:]
    )


# Cost


def add_meetings(count, projects_each=3):
    for _ in range(count):
        base = Event.objects.count()
        for days in (4, -4):
            event = make_event(
                f"Møte {base} {days}",
                starts_at=NOW + timedelta(days=days),
                organiser=make_contact(f"Arrangør {base} {days}"),
                outcome="<p>Bra.</p>" if days < 0 else "",
                attendance=40 if days < 0 else None,
                registration_url="https://a.example.org",
                registration_deadline=NOW + timedelta(days=2),
            )
            event.projects.set(
                make_project(f"Prosjekt {base} {days} {n}", slug=f"p-{base}-{days}-{n}")
                for n in range(projects_each)
            )


def count_queries(client, url):
    response, queries = made_afresh(client, url)
    assert response.status_code == 200
    return queries


@pytest.mark.parametrize("url", ["/moete/", "/moete/arkiv/", "/moete/kalender.ics", "/"])
def test_lists_of_meetings_with_several_projects_cost_the_same_with_3_and_30(
    client, frozen, url, settings
):
    settings.PAGE_CACHE_ENABLED = False
    add_meetings(3)
    with_few = count_queries(client, url)
    add_meetings(27)
    assert count_queries(client, url) == with_few


def test_the_meeting_page_costs_the_same_with_2_and_20_projects_and_documents(
    client, frozen, settings
):
    settings.PAGE_CACHE_ENABLED = False

    def meeting(projects):
        event = make_event(f"Møte {projects}", organiser=make_contact())
        event.projects.set(
            make_project(f"P {projects} {n}", slug=f"p{projects}-{n}") for n in range(projects)
        )
        for n in range(projects):
            Document.objects.create(event=event, title=f"D{n}", url="https://a.example.org")
        return event

    few, many = meeting(2), meeting(20)
    client.get(few.get_absolute_url())  # settings and the like, fetched once for all pages
    assert count_queries(client, few.get_absolute_url()) == count_queries(
        client, many.get_absolute_url()
    )


def test_the_admin_list_names_projects_and_costs_the_same_with_3_and_30(client, frozen):
    client.force_login(make_process_leader())
    add_meetings(3)
    with_few = count_queries(client, "/admin/events/event/")
    add_meetings(27)
    assert count_queries(client, "/admin/events/event/") == with_few
    page = soup(client.get("/admin/events/event/"))
    assert "Prosjekt" in text_of(page.select_one("td.field-project_names"))


# The process leader's editor


@pytest.fixture
def leader(client):
    client.force_login(make_process_leader())
    return client


def form_data(**fields):
    return {
        "title": "Folkemøte om stadutvikling",
        "projects": [],
        "starts_at_0": "2026-06-20",
        "starts_at_1": "18:00:00",
        "ends_at_0": "2026-06-20",
        "ends_at_1": "20:00:00",
        "place": "Berg samfunnshus",
        "description": "<p>Velkomen.</p>",
        "audience": "open",
        "organiser": "",
        "registration_url": "",
        "registration_deadline_0": "",
        "registration_deadline_1": "",
        "outcome": "",
        "attendance": "",
        "is_published": "on",
        **management_form("documents"),
    } | fields


def test_the_process_leader_adds_a_meeting_for_two_projects_and_later_tells_how_it_went(
    leader, monkeypatch, organiser
):
    school, bus = make_project("Ny skule", slug="skule"), make_project("Kveldsbuss", slug="buss")

    form = soup(leader.get("/admin/events/event/add/"))
    # Searchable lists for the projects (several) and the organiser; who can come as choices.
    assert "admin-autocomplete" in form.find("select", attrs={"name": "projects"})["class"]
    assert form.find("select", attrs={"name": "projects"}).has_attr("multiple")
    assert "admin-autocomplete" in form.find("select", attrs={"name": "organiser"})["class"]
    radios = form.find_all("input", attrs={"name": "audience", "type": "radio"})
    assert [radio.find_parent("label").get_text(strip=True) for radio in radios] == [
        capfirst(said("open to all")),
        capfirst(said("by invitation")),
    ]
    # Before the meeting the report is folded away under a heading that says when.
    report = form.find(string=said(REPORT_BEFORE_IT_IS_HELD[0]))
    assert report and report.find_parent("details")

    response = leader.post(
        "/admin/events/event/add/",
        form_data(
            projects=[school.pk, bus.pk],
            organiser=organiser.pk,
            audience="invited",
            registration_url="https://skjema.example.org/folkemote",
            registration_deadline_0="2026-06-18",
            registration_deadline_1="12:00:00",
        ),
    )
    assert response.status_code == 302
    event = Event.objects.get()
    assert set(event.projects.all()) == {school, bus}
    assert event.organiser == organiser and event.is_by_invitation
    assert event.registration_deadline == datetime(2026, 6, 18, 12, 0, tzinfo=OSLO)

    # The evening after: the report is open and explained, and is saved.
    monkeypatch.setattr(
        "django.utils.timezone.now", lambda: datetime(2026, 6, 21, 9, 0, tzinfo=OSLO)
    )
    url = f"/admin/events/event/{event.pk}/change/"
    form = soup(leader.get(url))
    heading = form.find(string=said(REPORT_ONCE_HELD[0]))
    assert heading and not heading.find_parent("details")
    explained = heading.find_parent("fieldset").select_one(".description")
    assert text_of(explained) == said(REPORT_ONCE_HELD[1]["description"])
    response = leader.post(
        url,
        form_data(
            projects=[school.pk, bus.pk],
            organiser=organiser.pk,
            audience="invited",
            registration_url="https://skjema.example.org/folkemote",
            registration_deadline_0="2026-06-18",
            registration_deadline_1="12:00:00",
            outcome="<p>Skulen blir i sentrum.</p>",
            attendance="230",
        ),
    )
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.attendance == 230 and "Skulen blir i sentrum." in event.outcome


def test_a_deadline_after_the_start_is_refused_at_the_deadline_keeping_what_was_written(
    leader, organiser
):
    response = leader.post(
        "/admin/events/event/add/",
        form_data(
            organiser=organiser.pk,
            registration_url="https://skjema.example.org/folkemote",
            registration_deadline_0="2026-06-21",
            registration_deadline_1="12:00:00",
        ),
    )
    assert response.status_code == 200
    assert list(response.context["adminform"].form.errors) == ["registration_deadline"]
    page = soup(response)
    error = page.select_one(".field-registration_deadline .errorlist")
    assert text_of(error) == said("The sign-up must close before the meeting starts.")
    assert page.find("input", attrs={"name": "registration_url"})["value"] == (
        "https://skjema.example.org/folkemote"
    )
    assert not Event.objects.exists()


def test_a_sign_up_link_that_is_not_an_address_is_refused_next_to_it(leader):
    response = leader.post("/admin/events/event/add/", form_data(registration_url="skjema"))
    assert response.status_code == 200
    assert list(response.context["adminform"].form.errors) == ["registration_url"]
    assert soup(response).select_one(".field-registration_url .errorlist")


def test_an_error_in_the_report_unfolds_it(leader):
    response = leader.post("/admin/events/event/add/", form_data(attendance="mange"))
    assert list(response.context["adminform"].form.errors) == ["attendance"]
    heading = soup(response).find(string=said(REPORT_BEFORE_IT_IS_HELD[0]))
    assert not heading.find_parent("details")


def test_the_process_leader_filters_meetings_by_project(leader, frozen):
    school = make_project("Ny skule", slug="skule")
    of_school = make_event("Om skulen")
    of_school.projects.add(school, make_project("Kveldsbuss", slug="buss"))
    make_event("Om noko anna")
    page = leader.get(f"/admin/events/event/?projects__id__exact={school.pk}").text
    assert "Om skulen" in page and "Om noko anna" not in page


def test_the_start_page_lists_the_projects_of_this_weeks_meetings(frozen):
    event = make_event("Ope møte", starts_at=NOW + timedelta(days=1))
    event.projects.add(make_project("Ny skule", slug="skule"), make_project("Buss", slug="b"))
    [row] = meetings_this_week(NOW).rows
    assert [project.title for project in row.projects.all()] == ["Buss", "Ny skule"]


# The page cache


def test_a_report_written_in_admin_shows_at_once_on_the_cached_pages(client, organiser):
    event = meeting_in_full(organiser, starts_at=timezone.now() - timedelta(days=2))
    event.registration_deadline = None
    event.save()
    url = event.get_absolute_url()
    for page in (url, "/moete/arkiv/"):
        client.get(page)
        assert client.get(page)["X-Page-Cache"] == "hit"

    leader = Client()
    leader.force_login(make_process_leader())
    starts = timezone.localtime(event.starts_at)
    response = leader.post(
        f"/admin/events/event/{event.pk}/change/",
        form_data(
            title=event.title,
            projects=[project.pk for project in event.projects.all()],
            starts_at_0=starts.strftime("%Y-%m-%d"),
            starts_at_1=starts.strftime("%H:%M:%S"),
            ends_at_0="",
            ends_at_1="",
            outcome="<p>Alle ville ha skulen i sentrum.</p>",
            attendance="230",
        ),
    )
    assert response.status_code == 302

    page = client.get(url)
    assert page["X-Page-Cache"] == "miss"
    assert "Alle ville ha skulen i sentrum." in page.text
    attendance = soup(page).select_one(".event-page__attendance")
    assert "230" in attendance.text
    assert "230" in soup(client.get("/moete/arkiv/")).select_one(".event-list__attendance").text


def test_pages_are_kept_no_longer_than_until_a_sign_up_closes(organiser):
    event = meeting_in_full(organiser)
    deadline = event.registration_deadline
    now = deadline - timedelta(hours=1)
    assert next_change(now) == deadline
    # After the deadline the next change is the meeting being over.
    assert next_change(deadline) == event.ends_at
    # A draft's deadline changes no public page.
    event.is_published = False
    event.save()
    assert next_change(now) is None


def test_the_page_cache_keeps_a_page_until_the_deadline_passes(monkeypatch, organiser):
    event = meeting_in_full(organiser)
    now = event.registration_deadline - timedelta(minutes=10)
    monkeypatch.setattr("django.utils.timezone.now", lambda: now)
    assert "events.models.next_change" in settings.PAGE_CACHE_SCHEDULES
    assert seconds_until_next_change(3600) == 600
