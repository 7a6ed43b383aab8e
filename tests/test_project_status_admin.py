"""Status in one place: the project form shows the status and progress residents see, and
the update that set them, read-only; a status update is the one way to change them."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission, User
from django.utils import timezone, translation
from django.utils.formats import date_format

from projects.models import Project
from tests.admin_forms import inline_rows, project_form
from tests.base import make_process_leader, make_project, make_update

pytestmark = pytest.mark.django_db

ADD_UPDATE_URL = "/admin/updates/statusupdate/add/"


@pytest.fixture
def leader_client(client):
    client.force_login(make_process_leader())
    return client


def change_url(project):
    return f"/admin/projects/project/{project.pk}/change/"


def in_nynorsk(text, **params):
    """A sentence as the process leader reads it, whether or not it is translated yet."""
    with translation.override("nn"):
        return translation.gettext(text).format(**params)


def status_box(response):
    page = BeautifulSoup(response.text, "html.parser")
    return page.find(class_="field-status_residents_see")


def text_of(element):
    return element.get_text(" ", strip=True).replace("\xa0", " ")


def an_hour_ago():
    return timezone.now() - timedelta(hours=1)


def test_the_project_shows_the_status_residents_see_and_the_update_that_set_it(leader_client):
    project = make_project(status="planned", progress=10)
    update = make_update(
        project, "Byggjestart", published_at=an_hour_ago(), new_status="ongoing", new_progress=25
    )

    response = leader_client.get(change_url(project))

    box = status_box(response)
    assert box.find("strong").get_text() == "I gang"
    assert "25 %" in text_of(box)
    link = box.find("a", href=f"/admin/updates/statusupdate/{update.pk}/change/")
    assert link.get_text() == "“Byggjestart”"
    assert "10 %" not in text_of(box)
    form = response.context["adminform"].form
    assert "status" not in form.fields and "progress" not in form.fields


def test_status_and_progress_from_different_updates_each_name_their_update(leader_client):
    project = make_project(status="planned", progress=None)
    make_update(
        project, "Byggjestart", published_at=an_hour_ago() - timedelta(days=2), new_status="ongoing"
    )
    make_update(project, "Halvvegs", published_at=an_hour_ago(), new_progress=50)

    box = status_box(leader_client.get(change_url(project)))

    sources = [text_of(line) for line in box.find_all(class_="status-source")]
    assert len(sources) == 2
    assert "“Byggjestart”" in sources[0] and "“Halvvegs”" in sources[1]
    assert box.find("strong").get_text() == "I gang" and "50 %" in text_of(box)


def test_a_project_without_status_updates_says_its_status_was_set_on_the_project(leader_client):
    project = make_project(status="planned", progress=None)
    # A draft and a scheduled update set nothing residents see.
    make_update(project, "Utkast", is_published=False, new_status="completed")
    make_update(
        project, "Neste veke", published_at=timezone.now() + timedelta(days=7), new_progress=90
    )

    box = status_box(leader_client.get(change_url(project)))

    assert box.find("strong").get_text() == "Planlagt"
    assert not box.find("a")
    with translation.override("nn"):
        date = date_format(timezone.localtime(project.status_changed_at), "DATE_FORMAT")
    said = in_nynorsk("Status and progress set on the project itself, {date}.", date=date)
    assert said in text_of(box)


def test_saving_the_project_form_leaves_the_status_residents_see_alone(leader_client):
    project = make_project(status="planned", progress=10)
    make_update(project, published_at=an_hour_ago(), new_status="ongoing", new_progress=25)

    response = leader_client.post(
        change_url(project),
        project_form(project, summary="Ny tekst.", status="completed", progress="100"),
    )

    assert response.status_code == 302
    project = Project.objects.get(pk=project.pk)
    assert project.summary == "Ny tekst."
    assert (project.status, project.progress) == ("planned", 10)
    assert (project.effective_status, project.effective_progress) == ("ongoing", 25)


def test_a_new_project_is_given_the_status_it_starts_from(leader_client):
    form_page = leader_client.get("/admin/projects/project/add/")
    assert {"status", "progress"} <= set(form_page.context["adminform"].form.fields)

    response = leader_client.post(
        "/admin/projects/project/add/", project_form(status="ongoing", progress="5")
    )

    assert response.status_code == 302
    project = Project.objects.get()
    assert (project.status, project.progress) == ("ongoing", 5)


def test_the_status_box_has_the_button_to_post_an_update_and_saving_comes_back(leader_client):
    project = make_project(status="planned", progress=10)

    page = BeautifulSoup(leader_client.get(change_url(project)).text, "html.parser")
    button = page.find("a", class_="post-status-update")
    assert button.find_parent("fieldset").find(class_="field-status_residents_see")
    form = leader_client.get(button["href"])
    assert form.context["adminform"].form.initial["project"] == project.pk

    now = timezone.localtime(an_hour_ago())
    saved = leader_client.post(
        button["href"],
        {
            "project": project.pk,
            "title": "Anbodet er sendt ut",
            "body": "<p>Frist i mai.</p>",
            "new_status": "ongoing",
            "new_progress": "20",
            "published_at_0": now.strftime("%Y-%m-%d"),
            "published_at_1": now.strftime("%H:%M:%S"),
            "is_published": "on",
            "_save": "Lagre",
        }
        | inline_rows("images", [])
        | inline_rows("documents", []),
    )

    assert saved.status_code == 302
    assert saved["Location"] == change_url(project)
    box = status_box(leader_client.get(saved["Location"]))
    assert box.find("strong").get_text() == "I gang" and "20 %" in text_of(box)
    assert "“Anbodet er sendt ut”" in text_of(box)


def test_saving_an_update_never_leads_to_another_site(leader_client):
    project = make_project()
    now = timezone.localtime(an_hour_ago())

    saved = leader_client.post(
        f"{ADD_UPDATE_URL}?project={project.pk}&next=https://example.org/",
        {
            "project": project.pk,
            "title": "Byggjestart",
            "body": "",
            "new_status": "",
            "new_progress": "",
            "published_at_0": now.strftime("%Y-%m-%d"),
            "published_at_1": now.strftime("%H:%M:%S"),
            "is_published": "on",
        }
        | inline_rows("images", [])
        | inline_rows("documents", []),
    )

    assert saved["Location"] == change_url(project)


def test_the_button_is_not_offered_to_someone_who_cannot_post_updates(client):
    project = make_project()
    reader = User.objects.create_user("lesar", is_staff=True)
    reader.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_project", "view_statusupdate"])
    )
    client.force_login(reader)

    response = client.get(change_url(project))

    assert response.status_code == 200
    assert "post-status-update" not in response.text
    assert status_box(response).find("strong").get_text() == "I gang"
