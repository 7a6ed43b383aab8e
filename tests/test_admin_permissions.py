"""The Process leader group can do the whole job in admin, and nothing beyond it."""

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command

from tests.base import make_contact, make_group, make_process_leader, make_project, make_update

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
    from projects.models import SiteSettings

    SiteSettings.load().save()
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
    from projects.models import SiteSettings

    SiteSettings.load().save()
    assert leader_client.get(url).status_code == 403


def test_the_admin_index_offers_only_the_apps_of_the_job(leader_client):
    text = leader_client.get("/admin/").text
    assert "/admin/projects/project/" in text
    assert "/admin/auth/user/" not in text


def test_the_group_holds_no_permission_outside_projects_updates_and_contacts():
    group = Group.objects.get(name="Process leader")
    apps = set(group.permissions.values_list("content_type__app_label", flat=True))
    assert apps == {"projects", "updates", "contacts"}
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert "change_sitesettings" in codenames
    assert "add_sitesettings" not in codenames and "delete_sitesettings" not in codenames
    assert {"add_statusupdate", "add_statusupdateimage", "delete_project"} <= codenames


def test_demo_login_makes_a_process_leader_who_is_not_a_superuser(capsys):
    call_command("demo_login")
    first = capsys.readouterr().out
    call_command("demo_login")
    second = capsys.readouterr().out

    user = User.objects.get(username="prosessleiar")
    assert user.is_staff and not user.is_superuser
    assert list(user.groups.values_list("name", flat=True)) == ["Process leader"]
    assert User.objects.filter(username="prosessleiar").count() == 1
    password = second.split("password:")[1].split()[0]
    assert password != first.split("password:")[1].split()[0]  # reset, not reused
    assert user.check_password(password)
