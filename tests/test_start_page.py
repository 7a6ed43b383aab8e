"""The admin start page says what needs doing: quiet projects, new tips, drafts, scheduled
updates, this week's meetings and key figures due, each with a link to act, at the same
cost with 10 projects as with 1,000."""

from datetime import date, datetime, timedelta

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth.models import Permission, User
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events.models import Event
from figures.models import Indicator, Measurement, months_before
from projects.models import Project
from tests.base import make_process_leader, make_project, make_update
from tips.models import Tip
from updates.models import StatusUpdate

pytestmark = pytest.mark.django_db

OSLO = timezone.get_fixed_timezone(120)  # summer time in Norway
# A Monday at noon: the week runs to the night after Sunday 21 June.
NOW = datetime(2026, 6, 15, 12, 0, tzinfo=OSLO)
START = "/admin/"


@pytest.fixture(autouse=True)
def at_noon_on_monday(settings):
    settings.STALE_AFTER_DAYS = 90
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


@pytest.fixture
def leader_client(client):
    client.force_login(make_process_leader())
    return client


def page(client):
    response = client.get(START)
    assert response.status_code == 200
    return BeautifulSoup(response.text, "html.parser")


def todo_list(soup, name):
    return soup.find("section", class_=f"start-list--{name}")


def rows(section):
    return section.select(".start-list__row")


def days_ago(days):
    return NOW - timedelta(days=days)


def quiet_project(title, days, **fields):
    """A project whose last status update is that many days old (None: it has none, and
    was added 200 days ago)."""
    project = make_project(title, **fields)
    Project.objects.filter(pk=project.pk).update(created_at=days_ago(200))
    Project.objects.filter(pk=project.pk).refresh_activity()
    if days is not None:
        make_update(project, f"Nytt om {title}", published_at=days_ago(days))
    return project


def test_quiet_projects_are_listed_quietest_first_with_their_last_update(leader_client):
    quiet_project("Ny skule", 120)
    never = quiet_project("Gamle meieriet", None)
    quiet_project("Fiberkabel", 95)
    quiet_project("Badeplass", 10)  # has news
    quiet_project("Ferdig bru", 300, status="completed")  # silence means nothing here

    section = todo_list(page(leader_client), "stale_projects")

    assert section["data-count"] == "3"
    titles = [row.label.get_text(strip=True) for row in rows(section)]
    assert titles == ["Gamle meieriet", "Ny skule", "Fiberkabel"]
    first, second, _third = rows(section)
    assert "200" in first.select_one(".start-list__meta").text  # added 200 days ago, no update
    assert "120" in second.select_one(".start-list__meta").text
    assert "15. februar 2026" in second.select_one(".start-list__meta").text
    act = first.select_one("a.start-list__act")
    # The form opens for that project, and saving it comes back to the start page.
    assert act["href"] == f"/admin/updates/statusupdate/add/?project={never.pk}&next=/admin/"
    assert act.get_text(strip=True) == "Legg ut ei statusoppdatering"
    # A screen reader hears which project the link is for.
    assert first.find(id=act["aria-describedby"]).get_text(strip=True) == "Gamle meieriet"
    assert section.h3.a["href"] == "/admin/projects/project/?stale=yes"


def test_a_long_list_shows_ten_and_links_to_all_of_them(leader_client):
    for number in range(12):
        quiet_project(f"Prosjekt {number:02}", 100 + number)

    section = todo_list(page(leader_client), "stale_projects")

    assert section["data-count"] == "12"
    assert len(rows(section)) == 10
    see_all = section.select_one(".start-list__more a")
    assert see_all["href"] == "/admin/projects/project/?stale=yes"
    assert "12" in see_all.text
    # The linked list holds the same twelve.
    assert leader_client.get(see_all["href"]).text.count('class="action-select"') == 12


def test_new_tips_drafts_and_scheduled_updates_are_listed_with_links_to_them(leader_client):
    project = quiet_project("Ny skule", 5)
    waiting = Tip.objects.create(message="Vegen til skulen er full av hol", project=project)
    Tip.objects.create(message="Takk for dugnaden", state=Tip.State.ANSWERED)
    draft = make_update(project, "Halvferdig tekst", is_published=False)
    scheduled = make_update(project, "Opning av skulen", published_at=NOW + timedelta(days=3))

    soup = page(leader_client)

    tips = todo_list(soup, "new_tips")
    assert tips["data-count"] == "1"
    assert tips.h3.a.get_text(strip=True) == "1 nytt tips"
    assert tips.h3.a["href"] == "/admin/tips/tip/?state__exact=new"
    (tip_row,) = rows(tips)
    assert tip_row.a["href"] == f"/admin/tips/tip/{waiting.pk}/change/"
    assert "Vegen til skulen" in tip_row.a.text and "Ny skule" in tip_row.text

    drafts = todo_list(soup, "draft_updates")
    assert drafts.h3.a["href"] == "/admin/updates/statusupdate/?state=draft"
    (draft_row,) = rows(drafts)
    assert draft_row.a["href"] == f"/admin/updates/statusupdate/{draft.pk}/change/"
    assert draft_row.a.text == "Halvferdig tekst"

    later = todo_list(soup, "scheduled_updates")
    assert later.h3.a["href"] == "/admin/updates/statusupdate/?state=scheduled"
    (scheduled_row,) = rows(later)
    assert scheduled_row.a["href"] == f"/admin/updates/statusupdate/{scheduled.pk}/change/"
    assert "18. juni 2026" in scheduled_row.text  # when residents see it


def test_meetings_of_this_week_are_listed_soonest_first_drafts_included(leader_client):
    def meeting(title, starts_at, **fields):
        return Event.objects.create(title=title, starts_at=starts_at, place="Grendehuset", **fields)

    meeting("Før helga", NOW - timedelta(days=3))  # last week
    meeting("I morges", NOW - timedelta(hours=3))  # over already
    sunday = meeting("Sundagsmøte", datetime(2026, 6, 21, 18, 0, tzinfo=OSLO), is_published=False)
    tomorrow = meeting("Ope møte", NOW + timedelta(days=1))
    meeting("Neste veke", datetime(2026, 6, 22, 9, 0, tzinfo=OSLO))

    section = todo_list(page(leader_client), "meetings_this_week")

    assert section["data-count"] == "2"
    links = [row.a["href"] for row in rows(section)]
    assert links == [
        f"/admin/events/event/{tomorrow.pk}/change/",
        f"/admin/events/event/{sunday.pk}/change/",
    ]
    assert section.h3.a["href"] == "/admin/events/event/?when=upcoming"


def test_key_figures_are_due_when_their_interval_has_passed_since_the_last_value(leader_client):
    project = quiet_project("Ny skule", 5)

    def key_figure(name, every, measured_on=None):
        indicator = Indicator.objects.create(
            project=project, name=name, unit="born", measured_every=every
        )
        if measured_on:
            Measurement.objects.create(indicator=indicator, measured_on=measured_on, value=3)
        return indicator

    monthly_late = key_figure("Elevar", Indicator.Interval.MONTH, date(2026, 5, 15))
    key_figure("Tilsette", Indicator.Interval.MONTH, date(2026, 5, 16))  # due tomorrow
    never_measured = key_figure("Nye bustader", Indicator.Interval.YEAR)
    key_figure("Besøkjande", None, date(2020, 1, 1))  # no reminder asked for

    section = todo_list(page(leader_client), "key_figures_due")

    assert section["data-count"] == "2"
    acts = [row.select_one(".start-list__act")["href"] for row in rows(section)]
    assert acts == [
        f"/admin/figures/indicator/{never_measured.pk}/change/",
        f"/admin/figures/indicator/{monthly_late.pk}/change/",
    ]
    assert section.h3.a["href"] == "/admin/figures/indicator/?due=yes"
    due_list = leader_client.get(section.h3.a["href"]).text
    assert "Elevar" in due_list and "Nye bustader" in due_list and "Tilsette" not in due_list


def test_an_interval_of_months_ends_on_the_last_day_of_a_shorter_month():
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2026, 1, 15), 3) == date(2025, 10, 15)
    assert months_before(date(2026, 6, 15), 12) == date(2025, 6, 15)


def test_with_nothing_to_do_each_list_says_so_in_words(leader_client):
    soup = page(leader_client)

    names = [
        "stale_projects",
        "new_tips",
        "draft_updates",
        "scheduled_updates",
        "meetings_this_week",
        "key_figures_due",
    ]
    for name in names:
        section = todo_list(soup, name)
        assert section["data-count"] == "0"
        assert section.h3.a is None
        assert section.select_one(".start-list__empty").get_text(strip=True)
    assert soup.select_one(".start-list--new_tips .start-list__empty").text == "Ingen nye tips."


def test_the_start_page_offers_to_post_a_status_update_and_keeps_the_app_list(leader_client):
    soup = page(leader_client)

    buttons = soup.select(".start-page__buttons a")
    assert buttons[0]["href"] == "/admin/updates/statusupdate/add/"
    assert buttons[0].get_text(strip=True) == "Legg ut ei statusoppdatering"
    assert soup.find(id="content-main").find("a", href="/admin/projects/project/")


def test_each_list_is_shown_only_to_those_who_may_see_what_it_lists(client):
    quiet_project("Ny skule", 120)
    Tip.objects.create(message="Vegen er full av hol")
    reader = User.objects.create_user("lesar", password="Hemmeleg-passord-42", is_staff=True)
    reader.user_permissions.add(Permission.objects.get(codename="view_project"))
    client.force_login(reader)

    soup = page(client)

    assert todo_list(soup, "stale_projects")["data-count"] == "1"
    assert todo_list(soup, "new_tips") is None and todo_list(soup, "draft_updates") is None
    # Without the right to post updates: no boxes to tick, no link to the update form.
    section = todo_list(soup, "stale_projects")
    assert section.find("input", type="checkbox") is None and section.form is None
    assert "/admin/updates/statusupdate/add/" not in str(soup)


def fill(size, offset=0):
    """size projects and, in proportion, every kind of work the start page lists."""
    projects = Project.objects.bulk_create(
        Project(title=f"Prosjekt {n}", slug=f"prosjekt-{n}", summary="Kort.", status="ongoing")
        for n in range(offset, offset + size)
    )
    Project.objects.filter(pk__in=[p.pk for p in projects]).update(created_at=days_ago(400))
    updates = []
    for n, project in enumerate(projects):
        updates.append(StatusUpdate(project=project, title="Gamalt", published_at=days_ago(100)))
        if n % 3 == 0:
            updates.append(StatusUpdate(project=project, title="Utkast", is_published=False))
        if n % 4 == 0:
            updates.append(
                StatusUpdate(project=project, title="Snart", published_at=NOW + timedelta(days=2))
            )
    StatusUpdate.objects.bulk_create(updates)
    Project.objects.filter(pk__in=[p.pk for p in projects]).refresh_activity()
    Tip.objects.bulk_create(
        Tip(message=f"Tips {n}", project=projects[n % size]) for n in range(size // 2)
    )
    meetings = Event.objects.bulk_create(
        Event(
            title=f"Møte {n}",
            place="Grendehuset",
            starts_at=NOW + timedelta(hours=n % 100 + 1),
        )
        for n in range(size // 3)
    )
    Event.projects.through.objects.bulk_create(
        Event.projects.through(event=meeting, project=projects[n])
        for n, meeting in enumerate(meetings)
    )
    indicators = Indicator.objects.bulk_create(
        Indicator(project=projects[n], name=f"Tal {n}", unit="stk", measured_every=1)
        for n in range(size // 2)
    )
    Measurement.objects.bulk_create(
        Measurement(indicator=indicator, measured_on=date(2026, 1, 1), value=1)
        for indicator in indicators[::2]
    )


def start_page_queries(client):
    """The start page's queries, each list's first rows and count read from a cold cache."""
    for alias in settings.CACHES:
        caches[alias].clear()
    with CaptureQueriesContext(connection) as queries:
        soup = page(client)
    return len(queries), soup


def test_the_start_page_costs_the_same_queries_with_10_and_with_1000_projects(leader_client):
    fill(10)
    small_count, small = start_page_queries(leader_client)
    assert todo_list(small, "stale_projects")["data-count"] == "10"
    for section in small.select(".start-list"):
        assert len(rows(section)) >= 2, section["class"]  # a query per row would show

    fill(990, offset=10)
    large_count, large = start_page_queries(leader_client)

    assert todo_list(large, "stale_projects")["data-count"] == "1000"
    assert todo_list(large, "new_tips")["data-count"] == "500"
    assert todo_list(large, "key_figures_due")["data-count"] == "500"
    for section in large.select(".start-list"):
        assert len(rows(section)) == 10
    assert large_count == small_count
