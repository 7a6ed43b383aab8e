"""The document library: every document residents may see, of projects, status updates,
meetings, pages and the development work as a whole, newest first, with filters."""

from datetime import date, timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from events.models import Event
from pages.models import Page
from projects.models import Document
from tests.base import make_project, make_update
from tests.test_documents import PDF, hidden_documents

pytestmark = pytest.mark.django_db


def library(client, query="", **headers):
    return client.get(f"{reverse('projects:documents')}?{query}", headers=headers)


def title_of(row):
    """The title as shown, without the words that say a link leaves the site."""
    return row.select_one(".document__title a").find(string=True, recursive=False).strip()


def rows(response):
    page = BeautifulSoup(response.text, "html.parser")
    return {title_of(row): row for row in page.select(".document")}


def listed(response):
    return list(rows(response))


def in_nynorsk(text):
    with translation.override("nn"):
        return translation.gettext(text)


def make_meeting(title="Folkemøte", project=None, **fields):
    meeting = Event.objects.create(
        title=title, starts_at=timezone.now() - timedelta(days=3), place="Lidal", **fields
    )
    if project is not None:
        meeting.projects.add(project)
    return meeting


def document(title, dated=None, **fields):
    if "file" not in fields:
        fields.setdefault("url", "https://www.einnsyn.no/sak/1")
    return Document.objects.create(title=title, dated=dated, **fields)


@pytest.fixture
def owners():
    project = make_project("Ny skule")
    return {
        "project": project,
        "update": make_update(project, "Byggjestart"),
        "event": make_meeting(project=project),
        "page": Page.objects.create(title="Slik arbeider vi", slug="slik", is_published=True),
    }


@pytest.fixture
def one_of_each(owners):
    return [
        document("Skuleplanen", date(2020, 5, 1), project=owners["project"]),
        document("Anbodet", date(2021, 5, 1), update=owners["update"], kind_of_document="report"),
        document("Referat", date(2022, 5, 1), event=owners["event"], kind_of_document="minutes"),
        document("Metoden", date(2023, 5, 1), page=owners["page"]),
        document("Samfunnsplanen", date(2024, 5, 1), kind_of_document="decision"),
    ]


def test_it_lists_documents_of_every_owner_newest_first_saying_what_each_belongs_to(
    client, owners, one_of_each
):
    response = library(client)

    assert listed(response) == ["Samfunnsplanen", "Metoden", "Referat", "Anbodet", "Skuleplanen"]
    shown = rows(response)
    for title, owner in [
        ("Skuleplanen", owners["project"]),
        ("Anbodet", owners["update"]),
        ("Referat", owners["event"]),
        ("Metoden", owners["page"]),
    ]:
        links = [a["href"] for a in shown[title].select(".document__owner a")]
        assert owner.get_absolute_url() in links, title
    # An update's document names its project too.
    assert owners["project"].get_absolute_url() in str(shown["Anbodet"])
    assert not shown["Samfunnsplanen"].select(".document__owner a")


def test_documents_without_a_date_come_by_the_day_they_were_added(client):
    document("Gammal", date(2001, 1, 1))
    document("Utan dato")
    assert listed(library(client)) == ["Utan dato", "Gammal"]


def test_it_filters_by_project_with_its_updates_and_meetings(client, owners, one_of_each):
    other = make_project("Kveldsbuss")
    document("Ruteplan", date(2024, 1, 1), project=other)

    titles = listed(library(client, f"project={owners['project'].slug}"))
    assert titles == ["Referat", "Anbodet", "Skuleplanen"]
    assert listed(library(client, f"project={other.slug}")) == ["Ruteplan"]


def test_it_filters_by_kind_and_by_year(client, one_of_each):
    assert listed(library(client, "kind=minutes")) == ["Referat"]
    assert listed(library(client, "year=2021")) == ["Anbodet"]
    assert listed(library(client, "kind=minutes&year=2021")) == []
    form = BeautifulSoup(library(client).text, "html.parser").select_one("form.filters")
    years = [option["value"] for option in form.select("select[name=year] option")]
    assert years == ["", "2024", "2023", "2022", "2021", "2020"]


def test_values_it_does_not_know_are_left_out(client, one_of_each):
    for query in [
        "year=abc&kind=nonsense&project=finst-ikkje&page=x",
        "year=99999999999999999999999&page=-1",
        "year=2021&year=2022&kind=minutes&kind=plan",  # the last of each counts
        "project=%00&kind=%F0%9F%92%A9&year=" + "9" * 5000,
    ]:
        response = library(client, query)
        assert response.status_code == 200, query
        assert len(listed(response)) in (0, 5), query


def test_htmx_gets_the_results_alone(client, one_of_each):
    response = library(client, "kind=minutes", **{"HX-Request": "true"})
    assert "<html" not in response.text
    assert listed(response) == ["Referat"]


def test_what_residents_may_not_see_is_never_listed(client):
    hidden = hidden_documents()
    response = library(client)
    assert listed(response) == []
    assert not {document.title for document in hidden} & set(listed(response))
    options = BeautifulSoup(response.text, "html.parser").select("select[name=project] option")
    assert [option.get_text() for option in options][1:] == []  # no project with documents


def test_pages_keep_the_filters(client):
    for number in range(30):
        document(
            f"Referat {number:02}",
            date(2020, 1, 1) + timedelta(days=number),
            kind_of_document="minutes",
        )
    first = library(client, "kind=minutes")
    nav = BeautifulSoup(first.text, "html.parser").select_one("nav.pagination a[rel=next]")
    assert nav["href"] == "?kind=minutes&page=2"
    assert len(listed(library(client, "kind=minutes&page=2"))) == 5


def test_the_number_of_queries_does_not_grow_with_the_documents(client, settings, owners):
    settings.PAGE_CACHE_ENABLED = False
    settings.FRAGMENT_CACHE_ENABLED = False

    def add(count):
        kinds = ["project", "update", "event", "page", None]
        for number in range(count):
            owner = kinds[number % len(kinds)]
            extra = {owner: owners[owner]} if owner else {}
            document(f"Dokument {Document.objects.count()}", date(2020, 1, 1), **extra)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert library(client).status_code == 200
        return len(captured)

    add(3)
    few = queries()
    add(37)
    assert queries() == few


def test_a_published_document_shows_at_once_with_the_page_cache_on(client, settings):
    settings.PAGE_CACHE_ENABLED = True
    hidden = document("Kommuneplanen", is_published=False)
    library(client)
    assert library(client)["X-Page-Cache"] == "hit"

    hidden.is_published = True
    hidden.save()

    response = library(client)
    assert response["X-Page-Cache"] == "miss"
    assert listed(response) == ["Kommuneplanen"]


def test_the_project_page_shows_a_link_with_its_site_and_links_to_all_its_documents(client):
    project = make_project("Flytthit")
    document(
        "Vedtak i kommunestyret",
        date(2017, 10, 12),
        project=project,
        url="https://www.einnsyn.no/sak/2017-123",
        kind_of_document="decision",
        description="Kommunestyret vedtok planen.",
    )
    Document.objects.create(
        project=project,
        title="Reguleringsplan",
        file=SimpleUploadedFile("plan.pdf", PDF, "application/pdf"),
    )
    document("Ikkje publisert", project=project, is_published=False)

    response = client.get(project.get_absolute_url())
    section = BeautifulSoup(response.text, "html.parser").select_one(".documents-section")
    shown = {title_of(row): row for row in section.select(".document")}
    assert set(shown) == {"Vedtak i kommunestyret", "Reguleringsplan"}
    link_row = shown["Vedtak i kommunestyret"]
    link = link_row.select_one(".document__title a")
    assert link["href"] == "https://www.einnsyn.no/sak/2017-123"
    assert "external" in link["rel"]
    # Screen readers hear that it leaves the site; everyone sees the arrow.
    assert in_nynorsk("on another site") in link.select_one(".visually-hidden").get_text()
    assert not shown["Reguleringsplan"].select(".visually-hidden")
    assert "einnsyn.no" in link_row.select_one(".document__meta").get_text()
    assert "12. oktober 2017" in link_row.get_text()
    assert "Kommunestyret vedtok planen." in link_row.get_text()
    assert "PDF" in shown["Reguleringsplan"].select_one(".document__meta").get_text()
    more = section.select_one(".documents__all a")
    assert more["href"] == f"{reverse('projects:documents')}?project={project.slug}"
