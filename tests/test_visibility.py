"""What stays hidden from the public, and what staff can preview."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from tests.base import make_project, make_update

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


def test_drafts_and_scheduled_updates_are_hidden_from_the_public(client):
    project = make_project()
    make_update(project, title="Synleg nyheit", published_at=timezone.now() - timedelta(hours=1))
    make_update(project, title="Kladd om budsjett", is_published=False)
    make_update(project, title="Opning neste veke", published_at=timezone.now() + timedelta(days=7))

    text = client.get(project.get_absolute_url()).text

    assert "Synleg nyheit" in text
    assert "Kladd om budsjett" not in text
    assert "Opning neste veke" not in text


def test_a_scheduled_update_appears_when_its_time_comes(client, settings):
    project = make_project()
    soon = timezone.now() + timedelta(seconds=1)
    make_update(project, title="Snart ute", published_at=soon)
    assert "Snart ute" not in client.get(project.get_absolute_url()).text

    from updates.models import StatusUpdate

    StatusUpdate.objects.filter(title="Snart ute").update(
        published_at=timezone.now() - timedelta(seconds=1)
    )
    assert "Snart ute" in client.get(project.get_absolute_url()).text


def test_staff_see_an_unpublished_project_with_a_clear_banner(staff_client):
    project = make_project("Utkast til plan", is_published=False)

    response = staff_client.get(project.get_absolute_url())

    assert response.status_code == 200
    assert 'role="status"' in response.text
    assert "Ikkje publisert." in response.text


def test_staff_see_drafts_and_scheduled_updates_marked_as_such(staff_client):
    project = make_project()
    make_update(project, title="Kladd om budsjett", is_published=False)
    make_update(project, title="Opning neste veke", published_at=timezone.now() + timedelta(days=7))

    text = staff_client.get(project.get_absolute_url()).text

    assert "Kladd om budsjett" in text and "Utkast: berre du ser det" in text
    assert "Opning neste veke" in text and "Planlagt: innbyggjarane ser det frå" in text


def test_a_published_project_has_no_preview_banner_for_staff(staff_client):
    project = make_project()
    assert "Ikkje publisert." not in staff_client.get(project.get_absolute_url()).text


def test_pages_answer_head_but_refuse_posts(client):
    project = make_project()
    assert client.head(project.get_absolute_url()).status_code == 200
    assert client.post(project.get_absolute_url()).status_code == 405
