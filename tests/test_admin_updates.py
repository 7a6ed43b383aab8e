"""The process leader posts a status update with a photo, in one form."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.html import escape

from tests.admin_forms import inline_rows
from tests.base import make_process_leader, make_project, upload
from updates.models import StatusUpdate

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/updates/statusupdate/add/"


@pytest.fixture
def leader_client(client):
    client.force_login(make_process_leader())
    return client


@pytest.fixture
def resident():
    """A visitor who is not logged in (leader_client is pytest-django's own client)."""
    return Client()


def in_nynorsk(text, **params):
    """A message as the process leader reads it, whether or not it is translated yet."""
    with translation.override("nn"):
        return escape(translation.gettext(text) % params)


def update_form(project, pictures=(), when=None, **fields):
    now = timezone.localtime(when)
    data = {
        "about": "project",
        "project": project.pk,
        "title": "Grunnarbeidet er ferdig",
        "body": "<p>Gravinga er ferdig, og no kjem betongen.</p>",
        "new_status": "ongoing",
        "new_progress": "35",
        "published_at_0": now.strftime("%Y-%m-%d"),
        "published_at_1": now.strftime("%H:%M:%S"),
        "is_published": "on",
    }
    data |= fields
    data |= inline_rows("images", list(pictures))
    data |= inline_rows("documents", [])
    return data


def test_the_project_page_in_admin_links_to_posting_an_update(leader_client):
    project = make_project()
    response = leader_client.get(f"/admin/projects/project/{project.pk}/change/")
    assert f"{ADD_URL}?project={project.pk}" in response.text
    assert "Legg ut ei statusoppdatering" in response.text


def test_the_form_comes_with_the_project_and_its_current_status_filled_in(leader_client):
    project = make_project(status="ongoing", progress=20)

    response = leader_client.get(f"{ADD_URL}?project={project.pk}")

    form = response.context["adminform"].form
    assert form.initial["project"] == project.pk
    assert form.initial["new_status"] == "ongoing"
    assert form.initial["new_progress"] == 20


def test_posting_an_update_with_a_photo_shows_it_to_residents(leader_client, resident):
    project = make_project(status="planned")

    response = leader_client.post(
        ADD_URL,
        update_form(
            project,
            pictures=[
                {
                    "image": upload("grunnmur.jpg"),
                    "alt_text": "Ferdig grunnmur med armering",
                    "caption": "Grunnmuren",
                    "credit": "Nils Berg",
                    "position": "0",
                }
            ],
        ),
    )

    assert response.status_code == 302, response.context["adminform"].form.errors
    update = StatusUpdate.objects.get()
    assert update.images.get().alt_text == "Ferdig grunnmur med armering"
    public = resident.get(project.get_absolute_url()).text
    assert "Grunnarbeidet er ferdig" in public
    assert 'alt="Ferdig grunnmur med armering"' in public
    assert "I gang" in public and 'value="35"' in public


def test_after_posting_the_process_leader_gets_a_link_to_the_update_s_own_page(leader_client):
    project = make_project()
    response = leader_client.post(ADD_URL, update_form(project), follow=True)
    assert "Sjå ho der" in response.text
    assert f'href="{StatusUpdate.objects.get().get_absolute_url()}"' in response.text


def test_a_photo_without_alt_text_is_refused_at_the_field_and_nothing_is_saved(leader_client):
    project = make_project()

    response = leader_client.post(
        ADD_URL,
        update_form(project, pictures=[{"image": upload(), "alt_text": "", "position": "0"}]),
    )

    assert response.status_code == 200
    errors = response.context["inline_admin_formsets"][0].formset.errors[0]
    asked = in_nynorsk(
        "Describe what the photo shows, for those who cannot see it: who or what is in it, "
        "and where."
    )
    assert errors["alt_text"] == [asked]
    assert not StatusUpdate.objects.exists()
    # What was typed is still there.
    assert "Grunnarbeidet er ferdig" in response.text


def test_a_file_that_is_not_a_picture_is_refused_with_the_reason(leader_client):
    project = make_project()
    bad = upload("bilete.jpg", content=b"not a picture at all")

    response = leader_client.post(
        ADD_URL, update_form(project, pictures=[{"image": bad, "alt_text": "x", "position": "0"}])
    )

    assert "Fila er ikkje eit bilete" in response.text
    assert not StatusUpdate.objects.exists()


def test_an_unchanged_status_is_not_claimed_as_a_change(leader_client):
    project = make_project(status="ongoing", progress=35)
    leader_client.post(ADD_URL, update_form(project, new_status="ongoing", new_progress="35"))
    update = StatusUpdate.objects.get()
    assert update.new_status == ""
    assert update.new_progress is None


def test_the_list_shows_drafts_and_scheduled_updates_as_such(leader_client):
    project = make_project()
    StatusUpdate.objects.create(project=project, title="Utkastet", is_published=False)
    StatusUpdate.objects.create(
        project=project, title="Neste veke", published_at=timezone.now() + timedelta(days=7)
    )

    text = leader_client.get("/admin/updates/statusupdate/").text

    assert "Utkast" in text
    assert "Planlagd" in text
    scheduled = leader_client.get("/admin/updates/statusupdate/?state=scheduled").text
    assert "Neste veke" in scheduled and "Utkastet" not in scheduled


def test_a_scheduled_update_is_labelled_and_says_when_residents_see_it(leader_client, resident):
    project = make_project(status="planned")
    next_week = timezone.now() + timedelta(days=7)

    response = leader_client.post(
        ADD_URL, update_form(project, when=next_week, new_status="completed"), follow=True
    )

    update = StatusUpdate.objects.get()
    assert update.is_scheduled
    with translation.override("nn"):
        when = date_format(timezone.localtime(update.published_at), "DATETIME_FORMAT")
    assert in_nynorsk("Residents see it from %(when)s.", when=when) in response.text
    public = resident.get(project.get_absolute_url()).text
    assert "Grunnarbeidet er ferdig" not in public
    assert "status--planned" in public and "status--completed" not in public


def test_a_draft_says_residents_do_not_see_it_and_stays_hidden(leader_client, resident):
    project = make_project()
    data = update_form(project)
    del data["is_published"]

    response = leader_client.post(ADD_URL, data, follow=True)

    assert in_nynorsk("This is a draft: residents do not see it.") in response.text
    assert not StatusUpdate.objects.get().is_published
    assert "Grunnarbeidet er ferdig" not in resident.get(project.get_absolute_url()).text
    listed = leader_client.get("/admin/updates/statusupdate/?state=draft").text
    assert "Grunnarbeidet er ferdig" in listed


def test_an_update_of_an_unpublished_project_says_residents_do_not_see_it(leader_client):
    project = make_project(is_published=False)
    response = leader_client.post(ADD_URL, update_form(project), follow=True)
    message = "The project is not published, so residents do not see the update yet."
    assert in_nynorsk(message) in response.text
    assert in_nynorsk("Preview it there") in response.text
    assert in_nynorsk("See it there") not in response.text


def test_progress_over_one_hundred_is_refused_at_the_field(leader_client):
    project = make_project()

    response = leader_client.post(ADD_URL, update_form(project, new_progress="150"))

    errors = response.context["adminform"].form.errors
    assert errors["new_progress"] == ["Verdien må vere mindre enn eller lik 100."]
    assert not StatusUpdate.objects.exists()


def test_editing_an_update_also_links_to_where_residents_read_it(leader_client):
    project = make_project()
    update = StatusUpdate.objects.create(
        project=project, title="Byggjestart", published_at=timezone.now() - timedelta(hours=1)
    )

    response = leader_client.post(
        f"/admin/updates/statusupdate/{update.pk}/change/",
        update_form(project, when=update.published_at, title="Byggjestart i dag"),
        follow=True,
    )

    update.refresh_from_db()
    assert update.title == "Byggjestart i dag"
    assert f'href="{update.get_absolute_url()}"' in response.text
