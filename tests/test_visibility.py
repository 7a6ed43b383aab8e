"""What stays hidden from the public, and what staff can preview."""

import time
from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from tests.base import NOW, make_process_leader, make_project, make_update
from tests.test_overview import FAR_FUTURE

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client):
    client.force_login(User.objects.create_user("redaktor", is_staff=True))
    return client


def test_an_unpublished_project_is_not_found_by_the_public(client):
    project = make_project(is_published=False)
    response = client.get(project.get_absolute_url())
    assert response.status_code == 404
    assert "Fann ikkje sida" in response.text


def test_an_unknown_project_is_not_found(client):
    assert client.get("/prosjekt/finst-ikkje/").status_code == 404


def test_a_logged_in_user_who_is_not_staff_gets_no_preview(client):
    client.force_login(User.objects.create_user("innbyggjar"))
    project = make_project(is_published=False)
    assert client.get(project.get_absolute_url()).status_code == 404


def test_drafts_and_scheduled_updates_are_hidden_from_the_public(client):
    project = make_project()
    make_update(project, title="Synleg nyheit", published_at=NOW - timedelta(hours=1))
    make_update(project, title="Kladd om budsjett", is_published=False)
    make_update(project, title="Opning neste veke", published_at=FAR_FUTURE)

    text = client.get(project.get_absolute_url()).text

    assert "Synleg nyheit" in text
    assert "Kladd om budsjett" not in text
    assert "Opning neste veke" not in text


def test_a_scheduled_update_appears_when_its_time_comes(client):
    # The page cache keeps the page meanwhile, but no longer than the update's time.
    project = make_project()
    soon = timezone.now() + timedelta(seconds=2)
    make_update(project, title="Snart ute", published_at=soon)
    before = [client.get(project.get_absolute_url()) for _ in range(2)]
    assert [response["X-Page-Cache"] for response in before] == ["miss", "hit"]
    assert all("Snart ute" not in response.text for response in before)

    time.sleep((soon - timezone.now()).total_seconds() + 0.2)

    assert "Snart ute" in client.get(project.get_absolute_url()).text


def test_hidden_updates_do_not_change_the_status_residents_see(client):
    project = make_project(status="planned", progress=10)
    make_update(project, title="Kladd", is_published=False, new_status="cancelled", new_progress=0)
    make_update(project, title="Seinare", published_at=FAR_FUTURE, new_status="completed")

    text = client.get(project.get_absolute_url()).text
    overview = client.get("/").text

    for shown in (text, overview):
        assert "Planlagt</span>" in shown
        assert "Avlyst" not in shown and "Fullført" not in shown
        assert "Framdrift: 10 %" in shown


def test_staff_see_an_unpublished_project_with_a_clear_banner(staff_client):
    project = make_project("Utkast til plan", is_published=False)

    response = staff_client.get(project.get_absolute_url())

    assert response.status_code == 200
    assert '<p class="banner banner--preview" role="status"><strong>Ikkje publisert.' in (
        response.text
    )


def test_staff_see_drafts_and_scheduled_updates_marked_as_such(staff_client):
    project = make_project()
    make_update(project, title="Kladd om budsjett", is_published=False)
    make_update(project, title="Opning neste veke", published_at=FAR_FUTURE)

    text = staff_client.get(project.get_absolute_url()).text

    assert "Kladd om budsjett" in text and "Utkast: berre du ser det" in text
    assert "Opning neste veke" in text
    assert "Planlagt: innbyggjarane ser det frå 1. januar 2099" in text
    assert text.count("update--hidden") == 2


def test_staff_do_not_see_unpublished_projects_on_the_overview(staff_client):
    make_project("Utkast til plan", is_published=False)
    assert "Utkast til plan" not in staff_client.get("/").text


def test_a_published_project_has_no_preview_banner_for_staff(staff_client):
    project = make_project()
    assert "banner--preview" not in staff_client.get(project.get_absolute_url()).text


def test_the_process_leader_gets_a_link_to_edit_the_project_and_residents_do_not(client):
    project = make_project()
    edit_link = f'href="/admin/projects/project/{project.pk}/change/"'
    assert edit_link not in client.get(project.get_absolute_url()).text

    client.force_login(make_process_leader())

    text = client.get(project.get_absolute_url()).text
    assert edit_link in text
    assert 'href="/admin/"' in text


def test_pages_answer_head_but_refuse_posts(client):
    project = make_project()
    assert client.head(project.get_absolute_url()).status_code == 200
    assert client.post(project.get_absolute_url()).status_code == 405
    assert client.post("/").status_code == 405
