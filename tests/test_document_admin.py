"""The process leader adds documents, files or links, on a project, a status update and a
meeting, and in the document library's own list: errors beside the field, nothing lost."""

import re
from datetime import date

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from events.models import Event
from projects.models import Document
from tests.admin_forms import inline_rows, management_form, project_form
from tests.base import make_process_leader, make_project, make_update
from tests.test_admin_updates import update_form
from tests.test_documents import PDF
from tests.test_events import admin_form as meeting_form
from updates.models import StatusUpdate

pytestmark = pytest.mark.django_db

LIBRARY_URL = "/admin/projects/document/"
BOTH = "Upload a file or give a link, not both."
ONE_OWNER = "A document belongs to one project, status update, meeting or page."


@pytest.fixture
def leader_client(client):
    client.force_login(make_process_leader())
    return client


def in_nynorsk(text):
    with translation.override("nn"):
        return translation.gettext(text)


def on_project(project, *rows):
    """The project's change form with document rows, and empty rows of every other inline
    the form has (the plan's of issue 17 too)."""
    data = project_form(project, inlines={"documents": list(rows)})
    for prefix in ["milestones", "funding", "links"]:
        data = management_form(prefix) | data
    return data | {"weight": "1", "progress_from": "own"}


def pdf():
    return SimpleUploadedFile("plan.pdf", PDF, "application/pdf")


def document_row(**fields):
    return {
        "title": "Reguleringsplan",
        "kind_of_document": "plan",
        "url": "",
        "dated": "",
        "description": "",
        "is_published": "on",
        "position": "0",
    } | fields


def error_beside(response, field_name):
    """The errors shown in the box of one field of the form."""
    page = BeautifulSoup(response.text, "html.parser")
    field = page.find(attrs={"name": field_name})
    box = field.find_parent(class_=re.compile(r"\bfield-"))
    return [item.get_text() for item in box.select(".errorlist li")]


def kept_reference(response, field):
    match = re.search(rf'name="{field}-kept" value="([^"]+)"', response.text)
    return match and match.group(1)


def test_a_link_document_is_added_on_a_project(leader_client):
    project = make_project()
    row = document_row(
        title="Vedtak i kommunestyret",
        kind_of_document="decision",
        url="https://www.einnsyn.no/sak/2017-123",
        dated="12.10.2017",
        description="Kommunestyret vedtok planen.",
    )
    url = f"/admin/projects/project/{project.pk}/change/"
    response = leader_client.post(url, on_project(project, row))

    assert response.status_code == 302, response.context["adminform"].form.errors
    document = project.documents.get()
    assert document.is_link and document.kind_of_document == "decision"
    assert document.dated == date(2017, 10, 12)  # typed as Norwegians write dates
    assert "einnsyn.no" in leader_client.get(url).text


def test_a_file_and_a_link_together_are_refused_beside_the_link_and_the_file_is_kept(
    leader_client,
):
    project = make_project()
    url = f"/admin/projects/project/{project.pk}/change/"
    row = document_row(file=pdf(), url="https://example.org/plan.pdf", description="Planen")

    refused = leader_client.post(url, on_project(project, row))

    assert refused.status_code == 200
    assert error_beside(refused, "documents-0-url") == [in_nynorsk(BOTH)]
    assert error_beside(refused, "documents-0-file") == []
    reference = kept_reference(refused, "documents-0-file")
    assert reference and "(plan.pdf)" in refused.text
    assert 'value="Planen"' in refused.text  # what was typed stays
    assert not Document.objects.exists()

    # The link taken away, the kept file is saved without choosing it again.
    row = document_row(description="Planen") | {"file-kept": reference}
    saved = leader_client.post(url, on_project(project, row))
    assert saved.status_code == 302
    with project.documents.get().file.open("rb") as handle:
        assert handle.read() == PDF


def test_a_document_with_neither_file_nor_link_is_refused_beside_the_file(leader_client):
    project = make_project()
    url = f"/admin/projects/project/{project.pk}/change/"
    refused = leader_client.post(url, on_project(project, document_row()))
    assert refused.status_code == 200
    assert error_beside(refused, "documents-0-file") == [
        in_nynorsk("Upload a file or give a link.")
    ]


def test_a_file_is_added_on_a_status_update(leader_client):
    project = make_project()
    data = update_form(project) | management_form("documents")
    data |= inline_rows("documents", [document_row(title="Referat", kind_of_document="minutes")])
    data["documents-0-file"] = pdf()

    response = leader_client.post("/admin/updates/statusupdate/add/", data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    document = StatusUpdate.objects.get().documents.get()
    assert (document.title, document.size) == ("Referat", len(PDF))


def test_a_file_is_added_on_a_meeting(leader_client):
    row = document_row(title="Sakliste", kind_of_document="agenda") | {"file": pdf()}
    data = meeting_form() | inline_rows("documents", [row])

    response = leader_client.post("/admin/events/event/add/", data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    document = Event.objects.get().documents.get()
    assert (document.title, document.kind_of_document) == ("Sakliste", "agenda")


# The library's own list


def library_form(**fields):
    return document_row() | {"project": "", "update": "", "event": "", "page": ""} | fields


def test_a_document_of_the_whole_development_work_is_added_in_the_library(leader_client):
    data = library_form(title="Samfunnsplan 2024–2036", url="https://kommune.no/plan.pdf")
    response = leader_client.post(f"{LIBRARY_URL}add/", data)

    assert response.status_code == 302
    document = Document.objects.get()
    assert document.owner is None
    listed = leader_client.get(LIBRARY_URL).text
    assert "Samfunnsplan 2024–2036" in listed


def test_two_owners_are_refused_beside_the_second(leader_client):
    project = make_project()
    update = make_update(project)
    data = library_form(
        title="Plan", url="https://kommune.no/plan.pdf", project=project.pk, update=update.pk
    )
    refused = leader_client.post(f"{LIBRARY_URL}add/", data)

    assert refused.status_code == 200
    assert error_beside(refused, "update") == [in_nynorsk(ONE_OWNER)]
    assert not Document.objects.exists()


def test_the_library_list_filters_by_kind_year_and_owner(leader_client):
    project = make_project("Skulen")
    Document.objects.create(
        title="Skuleplanen", url="https://a.no/", project=project, dated=date(2019, 3, 1)
    )
    Document.objects.create(
        title="Kommuneplanen",
        url="https://b.no/",
        kind_of_document="decision",
        dated=date(2024, 1, 1),
    )

    def listed(query):
        text = leader_client.get(f"{LIBRARY_URL}?{query}").text
        return {title for title in ["Skuleplanen", "Kommuneplanen"] if title in text}

    assert listed("") == {"Skuleplanen", "Kommuneplanen"}
    assert listed("kind_of_document__exact=decision") == {"Kommuneplanen"}
    assert listed("year=2019") == {"Skuleplanen"}
    assert listed("owner=project") == {"Skuleplanen"}
    assert listed("owner=site") == {"Kommuneplanen"}
    assert listed("q=skule") == {"Skuleplanen"}
    assert (
        leader_client.get(f"{LIBRARY_URL}{Document.objects.first().pk}/change/").status_code == 200
    )


def test_a_document_changed_in_the_library_has_a_history(leader_client):
    data = library_form(title="Samfunnsplan", url="https://kommune.no/plan.pdf")
    leader_client.post(f"{LIBRARY_URL}add/", data)
    document = Document.objects.get()
    data |= {"title": "Samfunnsplan 2024–2036"}
    assert leader_client.post(f"{LIBRARY_URL}{document.pk}/change/", data).status_code == 302

    history = leader_client.get(f"{LIBRARY_URL}{document.pk}/history/")
    assert history.status_code == 200
    assert "Samfunnsplan 2024–2036" in history.text


def test_a_document_on_a_status_update_shows_in_the_updates_history(leader_client):
    project = make_project()
    data = update_form(project) | inline_rows("documents", [document_row(url="https://a.no/")])
    leader_client.post("/admin/updates/statusupdate/add/", data)
    update = StatusUpdate.objects.get()
    document = update.documents.get()
    removed = document_row(url="https://a.no/") | {
        "id": document.pk,
        "update": update.pk,
        "DELETE": "on",
    }
    data = update_form(project) | inline_rows("documents", [removed], initial=1)
    response = leader_client.post(f"/admin/updates/statusupdate/{update.pk}/change/", data)
    assert response.status_code == 302
    assert not Document.objects.exists()

    history = leader_client.get(f"/admin/updates/statusupdate/{update.pk}/history/")
    assert history.status_code == 200
    assert "Reguleringsplan" in history.text
