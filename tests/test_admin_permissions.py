"""The Process leader group can do the whole job in admin, and nothing beyond it."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission, User
from django.core.management import call_command

from contacts.models import ContactPerson, SteeringGroup
from projects.models import Area, Project, SiteSettings, Theme
from tests.admin_forms import inline_rows, management_form
from tests.base import (
    make_contact,
    make_group,
    make_process_leader,
    make_project,
    make_theme,
    make_update,
    upload,
)

pytestmark = pytest.mark.django_db

PAGES_OF_THE_JOB = [
    "/admin/",
    "/admin/projects/project/",
    "/admin/projects/project/add/",
    "/admin/projects/area/",
    "/admin/projects/area/add/",
    "/admin/projects/theme/",
    "/admin/projects/theme/add/",
    "/admin/projects/sitesettings/1/change/",
    "/admin/updates/statusupdate/",
    "/admin/updates/statusupdate/add/",
    "/admin/contacts/contactperson/",
    "/admin/contacts/contactperson/add/",
    "/admin/contacts/steeringgroup/",
    "/admin/contacts/steeringgroup/add/",
]

BEYOND_THE_JOB = [
    "/admin/auth/user/",
    "/admin/auth/user/add/",
    "/admin/auth/group/",
    "/admin/projects/sitesettings/add/",
    "/admin/projects/sitesettings/1/delete/",
]


@pytest.fixture
def leader_client(client):
    client.force_login(make_process_leader())
    return client


@pytest.mark.parametrize("url", PAGES_OF_THE_JOB)
def test_the_process_leader_can_open_every_page_of_the_job(leader_client, url):
    assert leader_client.get(url).status_code == 200


def test_the_process_leader_can_open_and_delete_existing_content(leader_client):
    project = make_project()
    update = make_update(project)
    person = make_contact(project=project)
    group = make_group(projects=[project])
    for url in [
        f"/admin/projects/project/{project.pk}/change/",
        f"/admin/updates/statusupdate/{update.pk}/change/",
        f"/admin/contacts/contactperson/{person.pk}/change/",
        f"/admin/contacts/steeringgroup/{group.pk}/change/",
        f"/admin/updates/statusupdate/{update.pk}/delete/",
    ]:
        assert leader_client.get(url).status_code == 200, url
    leader_client.post(f"/admin/updates/statusupdate/{update.pk}/delete/", {"post": "yes"})
    assert not project.updates.exists()


@pytest.mark.parametrize("url", BEYOND_THE_JOB)
def test_the_process_leader_cannot_manage_users_groups_or_remove_the_site_settings(
    leader_client, url
):
    SiteSettings.load().save()
    assert leader_client.get(url).status_code == 403


def test_staff_outside_the_group_get_nothing_so_the_group_is_what_grants_the_job(client):
    client.force_login(User.objects.create_user("vikar", password="x", is_staff=True))
    assert client.get("/admin/projects/project/").status_code == 403
    assert client.get("/admin/projects/sitesettings/").status_code == 403


def test_the_process_leader_can_save_areas_themes_and_the_site_settings(leader_client):
    municipality = Area.objects.create(name="Li kommune", slug="li", kind="municipality")
    area = {"name": "Øvre Li", "slug": "ovre-li", "kind": "village", "description": ""}
    response = leader_client.post("/admin/projects/area/add/", area | {"parent": municipality.pk})
    assert response.status_code == 302
    assert Area.objects.get(slug="ovre-li").parent == municipality

    theme = {"name": "Folkehelse", "slug": "folkehelse", "description": "", "position": "2"}
    assert leader_client.post("/admin/projects/theme/add/", theme).status_code == 302
    first = make_theme("Attraktive bygder", position=1)
    reorder = management_form("form", total=1, initial=1)
    reorder |= {"form-0-id": first.pk, "form-0-position": "5", "_save": "Lagre"}
    assert leader_client.post("/admin/projects/theme/", reorder).status_code == 302
    assert list(Theme.objects.values_list("name", flat=True)) == ["Folkehelse", "Attraktive bygder"]

    texts = {"site_name": "Fjordbygd", "tagline": "Lokal utvikling i tre kommunar"}
    texts |= {"overview_intro": "<p>Velkomen</p>", "footer_contact": ""}
    texts |= {"accessibility_conformance": "partial", "accessibility_known_issues": ""}
    texts |= {"accessibility_checked_on": "2026-11-01", "accessibility_contact_email": ""}
    texts |= {"accent_colour": "#0b5a4a", "open_data_licence": "CC-BY-4.0"}
    response = leader_client.post("/admin/projects/sitesettings/1/change/", texts)
    assert response.status_code == 302
    assert SiteSettings.load().tagline == "Lokal utvikling i tre kommunar"


def test_the_process_leader_can_add_a_contact_person_with_a_photo(leader_client):
    person = {"name": "Kari Nordmann", "job_title": "Prosjektleiar", "organisation": "Li kommune"}
    person |= {"phone": "", "mobile": "+47 900 00 000", "email": "kari@example.org"}

    response = leader_client.post(
        "/admin/contacts/contactperson/add/", person | {"photo": upload("kari.jpg")}
    )

    assert response.status_code == 302
    kari = ContactPerson.objects.get()
    assert kari.photo
    text = leader_client.get(f"/admin/contacts/contactperson/{kari.pk}/change/").text
    assert f'src="{kari.rendition_url(320)}"' in text
    assert "Kari Nordmann" in leader_client.get("/admin/contacts/contactperson/?q=li+kommune").text


def test_the_process_leader_can_set_up_a_steering_group_with_its_members(leader_client):
    project = make_project()
    secretary = make_contact("Siri Sekretær")
    group = {"name": "Ungdomsrådet", "slug": "ungdomsradet", "kind": "junior_advisory_board"}
    group |= {"description": "<p>Elevar frå tre skular</p>", "projects": [project.pk]}
    group |= {"position": "0"}
    members = [
        {"name": "Ola Elev", "role": "chair", "represents": "Li skule", "position": "0"},
        {
            "name": "Siri Olsen",
            "role": "secretary",
            "contact_person": secretary.pk,
            "position": "1",
        },
    ]

    response = leader_client.post(
        "/admin/contacts/steeringgroup/add/", group | inline_rows("members", members)
    )

    assert response.status_code == 302
    saved = SteeringGroup.objects.get()
    assert list(saved.projects.all()) == [project]
    assert saved.members.get(role="chair").represents == "Li skule"
    assert saved.members.get(role="secretary").contact_person == secretary
    # Both members match the search, and each is still counted once.
    found = leader_client.get("/admin/contacts/steeringgroup/?q=ol").text
    assert "Ungdomsrådet" in found
    assert '<td class="field-member_count">2</td>' in found


def test_the_process_leader_can_delete_a_project(leader_client):
    project = make_project()
    leader_client.post(f"/admin/projects/project/{project.pk}/delete/", {"post": "yes"})
    assert not Project.objects.exists()


def test_the_admin_index_offers_only_the_apps_of_the_job(leader_client):
    text = leader_client.get("/admin/").text
    assert "/admin/projects/project/" in text
    assert "/admin/auth/user/" not in text


def test_the_group_holds_no_permission_outside_projects_updates_contacts_and_tips():
    group = Group.objects.get(name="Process leader")
    apps = set(group.permissions.values_list("content_type__app_label", flat=True))
    assert apps <= {
        "projects",
        "updates",
        "contacts",
        "tips",
        "events",
        "figures",
        "history",
        "nudges",
        "pages",
    }
    assert {"projects", "updates", "contacts", "tips"} <= apps
    # The new kinds of content of issue 17 are the process leader's to edit.
    assert {"add_page", "change_page", "add_pageimage", "change_sitecontact"} <= set(
        group.permissions.values_list("codename", flat=True)
    )
    codenames = set(group.permissions.values_list("codename", flat=True))
    # Tips come from residents: read, handle and delete them, never write one.
    assert {"view_tip", "change_tip", "delete_tip"} <= codenames
    assert "add_tip" not in codenames
    assert "change_sitesettings" in codenames
    assert "add_sitesettings" not in codenames and "delete_sitesettings" not in codenames
    assert {"add_statusupdate", "add_statusupdateimage", "delete_project"} <= codenames


def test_demo_login_makes_a_process_leader_who_is_not_a_superuser(client, capsys, settings):
    call_command("demo_login")
    first = capsys.readouterr().out
    tampered = User.objects.get(username="prosessleiar")
    tampered.is_superuser = True
    tampered.save()
    tampered.user_permissions.add(Permission.objects.get(codename="add_user"))
    call_command("demo_login")
    second = capsys.readouterr().out

    user = User.objects.get(username="prosessleiar")
    assert user.is_staff and not user.is_superuser
    assert list(user.groups.values_list("name", flat=True)) == ["Process leader"]
    assert not user.user_permissions.exists()
    assert f"{settings.SITE_URL}/admin/" in second
    password = second.split("password:")[1].split()[0]
    assert password != first.split("password:")[1].split()[0]  # reset, not reused
    login = {"username": "prosessleiar", "password": password}
    assert client.post("/admin/login/", login).status_code == 302
    assert client.get("/admin/projects/project/").status_code == 200
    assert client.get("/admin/auth/user/").status_code == 403


def test_a_page_one_may_not_see_says_so_in_the_sites_language(client, settings):
    from django.contrib.auth import get_user_model

    staff = get_user_model().objects.create_user("vikar", password="x", is_staff=True)
    client.force_login(staff)

    response = client.get("/admin/projects/sitesettings/")

    assert response.status_code == 403
    page = BeautifulSoup(response.text, "html.parser")
    assert page.html["lang"] == "nn"
    assert page.h1.get_text(strip=True) == "Du har ikkje tilgang til denne sida"
