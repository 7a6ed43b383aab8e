"""The process leader keeps projects in admin: lists, filters, inlines, errors."""

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils import timezone, translation

from contacts.models import GroupMember, SteeringGroup
from projects.models import Project, ProjectImage
from tests.admin_forms import inline_rows, project_form
from tests.base import (
    make_area,
    make_contact,
    make_process_leader,
    make_project,
    make_project_image,
    make_update,
    upload,
)

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/projects/project/"
ONE_COVER = "Eit prosjekt kan berre ha eitt hovudbilete."
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def leader_client(client):
    client.force_login(make_process_leader())
    return client


def inline_formset(response, prefix):
    return next(
        inline.formset
        for inline in response.context["inline_admin_formsets"]
        if inline.formset.prefix == prefix
    )


def stored_picture_rows(project, *rows):
    """POST data for a project's stored pictures; each row is (picture, tick cover)."""
    return inline_rows(
        "images",
        [
            {"id": picture.pk, "project": project.pk, "alt_text": picture.alt_text}
            | {"position": str(picture.position)}
            | ({"is_cover": "on"} if cover else {})
            for picture, cover in rows
        ],
        initial=len(rows),
    )


def test_the_list_shows_the_status_residents_see_progress_and_last_update(leader_client):
    project = make_project("Ny skule", status="planned", progress=10)
    make_update(project, new_status="ongoing", new_progress=60, published_at=timezone.now())

    text = leader_client.get(LIST_URL).text

    assert "I gang" in text
    assert "60\xa0%" in text  # never split over two lines


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


def test_a_new_project_with_pictures_phases_partners_and_contacts_is_saved_from_one_form(
    leader_client,
):
    person = make_contact("Kari Nordmann")
    response = leader_client.post(
        LIST_URL + "add/",
        project_form(
            inlines={
                "images": [
                    {"image": upload(), "alt_text": "Tomta", "is_cover": "on", "position": "0"}
                ],
                "phases": [{"name": "Fase 1", "starts_on": "2026-01-01", "ends_on": ""}],
                "partners": [{"name": "Li Sparebank", "sector": "private", "position": "0"}],
                "contacts": [{"person": person.pk, "role": "project_leader", "position": "0"}],
            }
        ),
    )

    assert response.status_code == 302, response.context["adminform"].form.errors
    project = Project.objects.get()
    assert project.images.get().is_cover
    assert project.phases.count() == 1
    assert project.partners.get().sector == "private"
    assert project.contacts.get().person == person


def test_an_uploaded_document_shows_its_kind_and_size(leader_client):
    project = make_project()
    pdf = SimpleUploadedFile("plan.pdf", PDF, "application/pdf")
    data = project_form(project) | inline_rows(
        "documents",
        [
            {
                "title": "Reguleringsplan",
                "kind_of_document": "plan",
                "file": pdf,
                "is_published": "on",
                "position": "0",
            }
        ],
    )

    response = leader_client.post(f"{LIST_URL}{project.pk}/change/", data)
    assert response.status_code == 302

    text = leader_client.get(f"{LIST_URL}{project.pk}/change/").text
    with translation.override("nn"):
        assert f"PDF, {filesizeformat(len(PDF))}" in text


def test_two_cover_pictures_are_refused_at_the_second_not_with_a_crash(leader_client):
    picture = {"alt_text": "Bilete", "is_cover": "on", "position": "0"}
    response = leader_client.post(
        LIST_URL + "add/",
        project_form(
            inlines={"images": [picture | {"image": upload()}, picture | {"image": upload()}]}
        ),
    )

    assert response.status_code == 200
    assert ONE_COVER in response.text
    rows = inline_formset(response, "images").forms
    assert not rows[0].errors
    assert rows[1].errors["is_cover"] == [ONE_COVER]
    assert not ProjectImage.objects.exists()


def test_a_second_cover_beside_the_stored_one_is_refused(leader_client):
    project = make_project()
    cover = make_project_image(project, is_cover=True)
    data = project_form(project) | stored_picture_rows(project, (cover, True))
    data |= {
        "images-TOTAL_FORMS": "2",
        "images-1-image": upload(),
        "images-1-alt_text": "Ny utsikt",
        "images-1-is_cover": "on",
        "images-1-position": "1",
    }

    response = leader_client.post(f"{LIST_URL}{project.pk}/change/", data)

    assert response.status_code == 200
    assert inline_formset(response, "images").forms[1].errors["is_cover"] == [ONE_COVER]
    assert project.images.count() == 1


def test_the_cover_moves_to_another_stored_picture_in_one_save(leader_client):
    project = make_project()
    first = make_project_image(project, alt_text="Første", position=0)
    cover = make_project_image(project, alt_text="Hovudbilete", position=1, is_cover=True)
    data = project_form(project) | stored_picture_rows(project, (first, True), (cover, False))

    response = leader_client.post(f"{LIST_URL}{project.pk}/change/", data)

    assert response.status_code == 302
    assert project.images.get(is_cover=True) == first


def test_a_group_gets_one_chair_and_a_second_is_refused_at_the_row(leader_client):
    member = {"represents": "Næringslivet", "contact_person": "", "position": "0"}
    data = {"name": "Styringsgruppa", "slug": "styringsgruppa", "kind": "steering_group"}
    data |= {"description": "", "position": "0"}
    data |= inline_rows(
        "members",
        [member | {"name": "Ola", "role": "chair"}, member | {"name": "Siri", "role": "chair"}],
    )

    response = leader_client.post("/admin/contacts/steeringgroup/add/", data)

    assert response.status_code == 200
    assert "Ei gruppe kan berre ha éin leiar." in response.text
    assert inline_formset(response, "members").forms[1].errors["role"]
    assert not SteeringGroup.objects.exists()
    assert not GroupMember.objects.exists()


def test_an_end_before_the_start_is_refused_next_to_the_end_date(leader_client):
    response = leader_client.post(
        LIST_URL + "add/", project_form(starts_on="2026-05-01", ends_on="2026-04-01")
    )

    message = "Sluttdatoen kan ikkje vere før startdatoen."
    assert response.context["adminform"].form.errors["ends_on"] == [message]
    assert response.text.count(message) == 1
    assert not Project.objects.exists()


def test_a_phase_ending_before_it_starts_is_refused_at_its_end_date(leader_client):
    phase = {"name": "Fase 2", "starts_on": "2004-01-01", "ends_on": "2003-01-01"}
    response = leader_client.post(LIST_URL + "add/", project_form(inlines={"phases": [phase]}))

    assert inline_formset(response, "phases").forms[0].errors["ends_on"]
    assert not Project.objects.exists()


def test_progress_over_one_hundred_is_refused_at_the_field(leader_client):
    response = leader_client.post(LIST_URL + "add/", project_form(progress="120"))
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["progress"] == [
        "Verdien må vere mindre enn eller lik 100."
    ]
    assert not Project.objects.exists()


def test_the_change_page_shows_picture_thumbnails_and_a_link_to_the_public_page(leader_client):
    project = make_project()
    picture = make_project_image(project, is_cover=True)

    text = leader_client.get(f"{LIST_URL}{project.pk}/change/").text

    assert f'src="{picture.rendition_url(320)}"' in text
    assert 'class="framdrift-thumbnail"' in text
    assert "/admin/r/" in text  # "view on site"


def test_site_settings_open_straight_on_the_one_record(leader_client):
    response = leader_client.get("/admin/projects/sitesettings/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/projects/sitesettings/1/change/"
