"""The process leader keeps projects in admin: lists, filters, inlines, errors."""

from datetime import timedelta

import pytest
from django.utils import timezone

from projects.models import Project, ProjectImage
from tests.admin_forms import project_form
from tests.base import make_area, make_process_leader, make_project, make_update, upload

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/projects/project/"


@pytest.fixture
def leader_client(client):
    client.force_login(make_process_leader())
    return client


def test_the_list_shows_the_status_residents_see_progress_and_last_update(leader_client):
    project = make_project("Ny skule", status="planned", progress=10)
    make_update(project, new_status="ongoing", new_progress=60, published_at=timezone.now())

    text = leader_client.get(LIST_URL).text

    assert "I gang" in text
    assert "60 %" in text


def test_quiet_projects_are_marked_stale_and_can_be_filtered(leader_client, settings):
    settings.STALE_AFTER_DAYS = 90
    quiet = make_project("Stille prosjekt")
    make_update(quiet, published_at=timezone.now() - timedelta(days=120))
    busy = make_project("Travelt prosjekt")
    make_update(busy, published_at=timezone.now() - timedelta(days=3))

    text = leader_client.get(LIST_URL).text
    assert text.count("framdrift-stale") == 1

    stale_only = leader_client.get(LIST_URL + "?stale=yes").text
    assert "Stille prosjekt" in stale_only
    assert "Travelt prosjekt" not in stale_only


def test_the_list_filters_by_the_status_residents_see_and_by_area(leader_client):
    village = make_area("Nedre Li")
    moved = make_project("Flytta prosjekt", status="planned")
    make_update(moved, new_status="completed", published_at=timezone.now())
    in_village = make_project("Bygdeprosjekt", status="ongoing")
    in_village.areas.add(village)

    completed = leader_client.get(LIST_URL + "?status=completed").text
    assert "Flytta prosjekt" in completed and "Bygdeprosjekt" not in completed
    by_area = leader_client.get(LIST_URL + f"?areas__id__exact={village.pk}").text
    assert "Bygdeprosjekt" in by_area and "Flytta prosjekt" not in by_area


def test_searching_finds_projects_by_title(leader_client):
    make_project("Tilflyttingskampanje")
    make_project("Ny bru")
    text = leader_client.get(LIST_URL + "?q=tilflytting").text
    assert "Tilflyttingskampanje" in text and "Ny bru" not in text


def test_a_new_project_with_pictures_is_saved_from_one_form(leader_client):
    response = leader_client.post(
        LIST_URL + "add/",
        project_form(
            inlines={
                "images": [
                    {
                        "image": upload(),
                        "alt_text": "Tomta",
                        "is_cover": "on",
                        "position": "0",
                    }
                ],
                "phases": [{"name": "Fase 1", "starts_on": "2026-01-01", "ends_on": ""}],
                "partners": [{"name": "Li Sparebank", "sector": "private", "position": "0"}],
            }
        ),
    )

    assert response.status_code == 302, response.context["adminform"].form.errors
    project = Project.objects.get()
    assert project.images.get().is_cover
    assert project.phases.count() == 1
    assert project.partners.get().sector == "private"


def test_two_cover_pictures_are_refused_with_a_message_not_a_crash(leader_client):
    picture = {"alt_text": "Bilete", "is_cover": "on", "position": "0"}
    response = leader_client.post(
        LIST_URL + "add/",
        project_form(
            inlines={"images": [picture | {"image": upload()}, picture | {"image": upload()}]}
        ),
    )

    assert response.status_code == 200
    assert "Eit prosjekt kan berre ha eitt hovudbilete." in response.text
    assert not ProjectImage.objects.exists()


def test_an_end_before_the_start_is_refused_next_to_the_field(leader_client):
    response = leader_client.post(
        LIST_URL + "add/", project_form(starts_on="2026-05-01", ends_on="2026-04-01")
    )
    assert "Sluttdatoen kan ikkje vere før startdatoen." in response.text
    assert not Project.objects.exists()


def test_progress_over_one_hundred_is_refused(leader_client):
    response = leader_client.post(LIST_URL + "add/", project_form(progress="120"))
    assert response.status_code == 200
    assert not Project.objects.exists()


def test_the_change_page_shows_picture_thumbnails_and_a_link_to_the_public_page(leader_client):
    project = make_project()
    ProjectImage.objects.create(project=project, image=upload(), alt_text="Tomta", is_cover=True)

    text = leader_client.get(f"{LIST_URL}{project.pk}/change/").text

    assert 'class="framdrift-thumbnail"' in text
    assert "/admin/r/" in text  # "view on site"


def test_site_settings_open_straight_on_the_one_record(leader_client):
    response = leader_client.get("/admin/projects/sitesettings/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/projects/sitesettings/1/change/"
