"""A list of meetings, as the overview's side column, a project's page, the upcoming
meetings and the archive show it: the projects residents may see named (the first eight),
texts not translated yet marked as Nynorsk, what a meeting's text holds never taken for
markup, and the same two queries however many meetings and projects.

Lists are read as plain values and rendered by Jinja2 (events/lists.py); the rest of what
a list says (sign-up, reports, times) is held by tests/test_events.py and
tests/test_meetings_in_full.py."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from events.lists import listed_meetings, meeting_list
from events.models import Event
from tests.base import NOW, make_project

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def frozen(monkeypatch):
    monkeypatch.setattr("django.utils.timezone.now", lambda: NOW)


def make_meeting(title, days=5, projects=(), **fields):
    fields.setdefault("place", "Grendehuset på Lidal")
    starts_at = NOW + timedelta(days=days)
    event = Event.objects.create(
        title=title, starts_at=starts_at, ends_at=starts_at + timedelta(hours=2), **fields
    )
    event.projects.set(projects)
    return event


def shown(language="nn", **options):
    with translation.override(language):
        html = meeting_list(listed_meetings(Event.objects.upcoming()), **options)
    return BeautifulSoup(html, "html.parser")


def test_a_meeting_about_many_projects_names_the_first_eight_residents_may_see():
    projects = [make_project(f"Prosjekt {c}", slug=c.lower()) for c in "ABCDEFGHIJK"]
    projects.append(make_project("Aaa hemmeleg", slug="hemmeleg", is_published=False))
    make_meeting("Folkemøte om alt", projects=projects)
    make_meeting("Om eitt prosjekt", days=6, projects=projects[:1])

    items = shown().select(".event-list__item")

    many, one = (item.select_one(".event-list__facts") for item in items)
    named = [link.get_text() for link in many.select("a")]
    assert named == [f"Prosjekt {letter}" for letter in "ABCDEFGH"]  # by title, as the model
    assert many.find("dt", string="Prosjekt") and "og 3 prosjekt til" in many.get_text()
    assert many.select_one("a")["href"] == "/prosjekt/a/"
    assert [link.get_text() for link in one.select("a")] == ["Prosjekt A"]
    assert one.find("dt", string="Prosjekt") and "til" not in one.get_text()


def test_in_english_untranslated_titles_are_marked_nynorsk_and_the_report_follows_them(
    client, english_too
):
    school = make_project("Skulen", slug="skulen", title_en="A new school")
    bathing = make_project("Badeplass", slug="badeplass")
    make_meeting("Ope møte om skulen", title_en="Open meeting about the school")
    make_meeting("Dugnad på kaia", days=6, projects=[school, bathing])
    held = make_meeting("Bygdemøte", days=-3, outcome="<p>Det vart semje.</p>", attendance=1234)

    titles = {title.get_text(): title for title in shown("en").select(".event-list__title")}

    assert titles["Open meeting about the school"].get("lang") is None
    assert titles["Dugnad på kaia"]["lang"] == "nn"
    named = titles["Dugnad på kaia"].find_parent("li").select(".event-list__facts dd a")
    # By the title shown, translated or not; the untranslated one marked.
    assert [(link.get_text(), link.get("lang")) for link in named] == [
        ("A new school", None),
        ("Badeplass", "nn"),
    ]
    archive = BeautifulSoup(client.get("/en/meetings/archive/").text, "html.parser")
    report = archive.select_one(".event-list__report")
    # The report is written in Nynorsk only: the English list still says there is one.
    assert report.select_one("a")["href"] == f"/en/meetings/{held.pk}/#event-outcome-title"
    assert " ".join(report.get_text().split()) == ("Report: Bygdemøte · About 1,234 took part")


def test_nothing_a_meetings_texts_hold_is_taken_for_markup():
    hostile = "<script>alert(\"x\")</script> & 'quoted' {{ x }} {% y %} %(counter)s"
    make_meeting(hostile, place=hostile, projects=[make_project(hostile, slug="vond")])

    page = shown()

    assert page.find("script") is None
    assert page.select_one(".event-list__title").get_text() == hostile
    assert page.find("dt", string="Stad").find_next_sibling("dd").get_text() == hostile
    assert page.select_one(".event-list__facts a").get_text() == hostile
    with translation.override("nn"):
        raw = meeting_list(listed_meetings(Event.objects.upcoming()))
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;quoted&#x27;" in raw


def test_a_list_costs_two_queries_however_many_meetings_and_projects():
    def queries_for():
        with CaptureQueriesContext(connection) as queries:
            meetings = listed_meetings(Event.objects.upcoming())
        return len(meetings), len(queries)

    make_meeting("Det første", projects=[make_project("Skulen")])
    few = queries_for()
    projects = [make_project(f"Prosjekt {number}", slug=f"p-{number}") for number in range(12)]
    for number in range(10):
        make_meeting(f"Møte {number}", days=number + 1, projects=projects[number:])
    many = queries_for()

    assert few == (1, 2)
    assert many == (11, 2)
    with CaptureQueriesContext(connection) as queries:
        listed_meetings(Event.objects.upcoming(), with_projects=False)
    assert len(queries) == 1
