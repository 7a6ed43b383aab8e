"""Who wrote an update: its authors (contact persons) and a free-text byline, named under
it wherever it shows, as "Written by Carina Östh and Patric Engqvist, Projekt SLUS"."""

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from tests.admin_forms import inline_rows
from tests.base import (
    make_area,
    make_contact,
    make_process_leader,
    make_project,
    make_theme,
    make_update,
    make_update_image,
    upload,
)
from updates.models import StatusUpdate

pytestmark = pytest.mark.django_db


def written_by(*names):
    """The byline as a resident reads it in the site's language."""
    with translation.override("nn"):
        by = translation.pgettext("before the names of an update's authors", "Written by")
        joined = f" {translation.pgettext('between the last two names of a list', 'and')} "
    listed = joined.join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else names[0]
    return f"{by} {listed}"


def bylines(html):
    page = BeautifulSoup(html, "html.parser")
    return [" ".join(tag.get_text().split()) for tag in page.select(".update__byline")]


def signed(update, *names, byline=""):
    update.authors.set([make_contact(name, email="") for name in names])
    if byline:
        update.byline = byline
        update.save()
    return update


@pytest.fixture
def report():
    """Vimmerby's kind of report: two authors from a project team, on a project."""
    project = make_project("Projekt SLUS")
    update = make_update(project, title="Rapport frå våren")
    return signed(update, "Carina Östh", "Patric Engqvist", byline="Projekt SLUS")


def test_the_authors_and_the_byline_are_named_under_the_update(client, report):
    expected = written_by("Carina Östh", "Patric Engqvist") + ", Projekt SLUS"
    assert bylines(client.get(report.project.get_absolute_url()).text) == [expected]
    assert bylines(client.get("/aktuelt/").text) == [expected]
    assert bylines(client.get(report.get_absolute_url()).text) == [expected]


def test_each_name_is_an_element_of_its_own_in_the_update_s_footer(client, report):
    page = BeautifulSoup(client.get(report.get_absolute_url()).text, "html.parser")
    footer = page.select_one("article.update > footer.update__byline")
    names = [name.get_text() for name in footer.select(".update__author")]
    assert names == ["Carina Östh", "Patric Engqvist", "Projekt SLUS"]


def test_three_authors_are_listed_with_commas_and_the_language_s_and(client):
    update = signed(make_update(make_project(), title="Tre skreiv"), "Ada", "Bo", "Cecilie")
    assert bylines(client.get(update.get_absolute_url()).text) == [
        written_by("Ada", "Bo", "Cecilie")
    ]


def test_a_byline_alone_and_no_byline_at_all(client):
    project = make_project()
    alone = make_update(project, title="Berre tekst", byline="Bygdelaget")
    make_update(project, title="Utan namn")
    assert bylines(client.get(project.get_absolute_url()).text) == [written_by("Bygdelaget")]
    assert bylines(client.get(alone.get_absolute_url()).text) == [written_by("Bygdelaget")]


def test_news_about_a_target_area_and_an_area_is_signed_on_their_pages(client):
    theme, area = make_theme("Bustad"), make_area("Lidal")
    signed(make_update(None, title="Om bustad", theme=theme), "Carina Östh")
    signed(make_update(None, title="Om Lidal", area=area), "Patric Engqvist")
    assert bylines(client.get(theme.get_absolute_url()).text) == [written_by("Carina Östh")]
    assert bylines(client.get(area.get_absolute_url()).text) == [written_by("Patric Engqvist")]


def change_form(update, **fields):
    when = timezone.localtime(update.published_at)
    data = {
        "about": "project",
        "project": update.project_id,
        "title": update.title,
        "body": update.body,
        "new_status": "",
        "new_progress": "",
        "authors": [person.pk for person in update.authors.all()],
        "byline": update.byline,
        "published_at_0": when.strftime("%Y-%m-%d"),
        "published_at_1": when.strftime("%H:%M:%S"),
        "is_published": "on",
    }
    return data | fields | inline_rows("images", []) | inline_rows("documents", [])


def test_the_process_leader_names_the_authors_in_the_update_form(report):
    leader = Client()
    leader.force_login(make_process_leader())
    third = make_contact("Anna Berg", email="")

    response = leader.post(
        f"/admin/updates/statusupdate/{report.pk}/change/",
        change_form(report, authors=[third.pk], byline="Vimmerby kommun"),
    )

    assert response.status_code == 302
    report.refresh_from_db()
    assert [person.name for person in report.authors.all()] == ["Anna Berg"]
    assert report.byline == "Vimmerby kommun"


def test_a_changed_byline_shows_at_once_on_pages_from_the_cache(client, report):
    for url in (report.project.get_absolute_url(), "/aktuelt/", report.get_absolute_url()):
        client.get(url)
        assert client.get(url)["X-Page-Cache"] == "hit"
    leader = Client()
    leader.force_login(make_process_leader())

    leader.post(
        f"/admin/updates/statusupdate/{report.pk}/change/",
        change_form(report, byline="Vimmerby kommun"),
    )

    for url in (report.project.get_absolute_url(), "/aktuelt/", report.get_absolute_url()):
        assert bylines(client.get(url).text) == [
            written_by("Carina Östh", "Patric Engqvist") + ", Vimmerby kommun"
        ]


def test_an_author_added_alone_also_shows_at_once(client, report):
    url = report.get_absolute_url()
    client.get(url)
    report.authors.add(make_contact("Anna Berg", email=""))  # m2m_changed renews the cache
    assert "Anna Berg" in bylines(client.get(url).text)[0]


def queries_for(url):
    with CaptureQueriesContext(connection) as queries:
        response = Client().get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("page", ["project", "news", "theme", "area"])
def test_signed_updates_cost_the_same_queries_three_or_thirty(page):
    theme, area = make_theme("Bustad"), make_area("Lidal")
    project = make_project()
    project.themes.add(theme)
    project.areas.add(area)
    people = [make_contact(f"Skrivar {number}", email="") for number in range(2)]
    url = {
        "project": project.get_absolute_url(),
        "news": "/aktuelt/",
        "theme": theme.get_absolute_url(),
        "area": area.get_absolute_url(),
    }[page]

    def add(count, start):
        for number in range(start, start + count):
            about = {"project": None, "theme": theme} if page == "theme" else {"project": project}
            update = make_update(title=f"Oppdatering {number}", byline="Bygdelaget", **about)
            update.authors.set(people)
            make_update_image(update, image=upload(width=120, height=80))

    add(3, 0)
    few = queries_for(url)
    add(27, 3)
    many = queries_for(url)

    assert StatusUpdate.objects.count() == 30
    assert many == few


def print_hidden_selectors():
    """Selectors that print.css (and site.css's print rules) hide on paper."""
    static = Path(settings.BASE_DIR) / "static" / "css"
    sheets = (static / "print.css").read_text()
    for block in re.findall(r"@media print\s*{(.*?)\n}", (static / "site.css").read_text(), re.S):
        sheets += block
    hidden = []
    for selectors, body in re.findall(
        r"([^{}]+){([^{}]*)}", re.sub(r"/\*.*?\*/", "", sheets, flags=re.S)
    ):
        if re.search(r"display:\s*none", body):
            hidden += [selector.strip() for selector in selectors.split(",")]
    return hidden


def test_the_byline_is_printed(client, report):
    page = BeautifulSoup(client.get(report.get_absolute_url()).text, "html.parser")
    byline = page.select_one(".update__byline")
    hidden = print_hidden_selectors()

    assert hidden, "the print rules were read"
    for selector in hidden:
        # Neither the byline nor anything around it is left off the paper.
        assert not any(tag in page.select(selector) for tag in [byline, *byline.parents]), selector


def test_only_staff_see_the_authors_of_a_draft(client):
    update = signed(make_update(make_project(), title="Kladd", is_published=False), "Anna Berg")
    assert client.get(update.get_absolute_url()).status_code == 404
    leader = Client()
    leader.force_login(make_process_leader())
    assert bylines(leader.get(update.get_absolute_url()).text) == [written_by("Anna Berg")]
