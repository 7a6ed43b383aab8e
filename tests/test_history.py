"""Every change to public content is kept with who and when, shown on the object's History
page, and one change can be undone with a click; the undo is kept as a change too."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission, User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.formats import date_format
from reversion.models import Revision

from history import record
from projects.models import Phase, Project
from tests.admin_forms import inline_rows, project_form
from tests.base import make_phase, make_process_leader, make_project, make_update, upload
from updates.models import StatusUpdate

pytestmark = pytest.mark.django_db


@pytest.fixture
def kari():
    user = make_process_leader("kari")
    user.first_name, user.last_name = "Kari", "Nordmann"
    user.save()
    return user


@pytest.fixture
def leader_client(client, kari):
    client.force_login(kari)
    return client


@pytest.fixture
def resident():
    return Client()


def in_nynorsk(text, **params):
    """A message as the process leader reads it, whether or not it is translated yet."""
    with translation.override("nn"):
        return translation.gettext(text) % params


def history_url(obj):
    meta = obj._meta
    return f"/admin/{meta.app_label}/{meta.model_name}/{obj.pk}/history/"


def changes_on(client, obj):
    """The History page's rows, newest first: (when, who, what changed, undo cell)."""
    page = BeautifulSoup(client.get(history_url(obj)).text, "html.parser")
    rows = page.select("table.history-changes tbody tr")
    return [
        [" ".join(cell.get_text(" ", strip=True).split()) for cell in row.find_all(["th", "td"])]
        for row in rows
    ], rows


def undo(client, row):
    form = row.find("form")
    assert form is not None, row.get_text(" ", strip=True)
    return client.post(form["action"], follow=True)


def add_project_in_admin(client, **fields):
    response = client.post("/admin/projects/project/add/", project_form(**fields))
    assert response.status_code == 302, response.context["adminform"].form.errors
    return Project.objects.get()


def change_project_in_admin(client, project, **fields):
    project.refresh_from_db()
    response = client.post(
        f"/admin/projects/project/{project.pk}/change/", project_form(project, **fields)
    )
    assert response.status_code == 302, response.context["adminform"].form.errors


def test_a_title_changed_in_the_admin_shows_who_when_and_old_and_new(leader_client):
    project = add_project_in_admin(leader_client, title="Gammal tittel")
    change_project_in_admin(leader_client, project, title="Ny tittel")

    (newest, created), rows = changes_on(leader_client, project)

    when = Revision.objects.order_by("-pk").first().date_created
    with translation.override("nn"):
        assert newest[0] == date_format(timezone.localtime(when), "DATETIME_FORMAT")
    assert newest[1] == "Kari Nordmann"
    assert rows[0].find("del").get_text(strip=True) == "Gammal tittel"
    assert rows[0].find("ins").get_text(strip=True) == "Ny tittel"
    assert created[1] == "Kari Nordmann"
    assert in_nynorsk("Created this %(name)s.", name="prosjekt") in created[2]
    assert rows[1].find("form") is None  # creating it is undone by deleting it


def test_undo_puts_the_old_title_back_in_the_admin_and_on_the_public_page(leader_client, resident):
    project = add_project_in_admin(leader_client, title="Gammal tittel")
    change_project_in_admin(leader_client, project, title="Ny tittel")
    assert "Ny tittel" in resident.get(project.get_absolute_url()).text  # now in the cache

    (changed, _created), rows = changes_on(leader_client, project)
    response = undo(leader_client, rows[0])

    assert response.status_code == 200
    project.refresh_from_db()
    assert project.title == "Gammal tittel"
    public = resident.get(project.get_absolute_url()).text
    assert "Gammal tittel" in public and "Ny tittel" not in public

    (undone, *_older), rows = changes_on(leader_client, project)
    assert undone[1] == "Kari Nordmann"
    note = in_nynorsk(
        "Undid the change of %(when)s by %(who)s", when=changed[0], who="Kari Nordmann"
    )
    assert note in undone[2]
    assert rows[0].find("del").get_text(strip=True) == "Ny tittel"
    assert rows[0].find("ins").get_text(strip=True) == "Gammal tittel"


def test_a_change_touched_again_later_is_not_undone_and_says_why(leader_client):
    project = add_project_in_admin(leader_client, title="Første")
    change_project_in_admin(leader_client, project, title="Andre")
    change_project_in_admin(leader_client, project, title="Tredje")

    _changes, rows = changes_on(leader_client, project)
    assert rows[0].find("form") is not None
    assert rows[1].find("form") is None
    assert "Tittel" in rows[1].find(class_="history-not-undoable").get_text()

    project.refresh_from_db()
    assert project.title == "Tredje"


def test_a_picture_added_to_an_update_is_shown_and_can_be_undone(leader_client, resident):
    project = make_project()
    update = make_update(project, title="Byggjestart", published_at=timezone.now())
    now = timezone.localtime(update.published_at)
    form = {
        "project": project.pk,
        "title": "Byggjestart",
        "body": "",
        "new_status": "",
        "new_progress": "",
        "published_at_0": now.strftime("%Y-%m-%d"),
        "published_at_1": now.strftime("%H:%M:%S"),
        "is_published": "on",
    }
    form |= inline_rows(
        "images", [{"image": upload(), "alt_text": "Gravemaskin på tomta", "position": "0"}]
    ) | inline_rows("documents", [])
    response = leader_client.post(f"/admin/updates/statusupdate/{update.pk}/change/", form)
    assert response.status_code == 302
    picture = update.images.get()
    assert 'alt="Gravemaskin på tomta"' in resident.get(project.get_absolute_url()).text

    (added, before), rows = changes_on(leader_client, update)
    assert "Gravemaskin på tomta" in added[2]
    assert (
        in_nynorsk("As it was before changes were kept. What happened to it before is not known.")
        in before[2]
    )

    undo(leader_client, rows[0])

    assert not update.images.exists()
    assert not picture.image.storage.exists(picture.image.name)
    assert "Gravemaskin på tomta" not in resident.get(project.get_absolute_url()).text


def test_the_first_change_of_content_from_before_shows_old_and_new(leader_client):
    project = make_project("Demoprosjekt")  # saved outside the admin: nothing kept

    change_project_in_admin(leader_client, project, title="Retta tittel")

    (_change, baseline), rows = changes_on(leader_client, project)
    assert rows[0].find("del").get_text(strip=True) == "Demoprosjekt"
    assert baseline[1] != "Kari Nordmann"
    undo(leader_client, rows[0])
    project.refresh_from_db()
    assert project.title == "Demoprosjekt"


def test_a_removed_phase_comes_back_with_undo(leader_client):
    project = make_project()
    phase = make_phase(project, name="Forprosjekt")
    removed_row = {"id": phase.pk, "project": project.pk, "name": "Forprosjekt", "DELETE": "on"}
    form = project_form(project) | inline_rows("phases", [removed_row], initial=1)
    response = leader_client.post(f"/admin/projects/project/{project.pk}/change/", form)
    assert response.status_code == 302
    assert not Phase.objects.exists()

    (removed, _baseline), rows = changes_on(leader_client, project)
    assert "Forprosjekt" in removed[2]
    undo(leader_client, rows[0])

    assert Phase.objects.get().name == "Forprosjekt"


def test_someone_who_may_not_change_it_sees_no_undo_and_cannot_post_one(leader_client):
    project = add_project_in_admin(leader_client, title="Gammal tittel")
    change_project_in_admin(leader_client, project, title="Ny tittel")
    _changes, rows = changes_on(leader_client, project)
    undo_url = rows[0].find("form")["action"]

    reader = User.objects.create_user("lesar", is_staff=True)
    reader.user_permissions.add(Permission.objects.get(codename="view_project"))
    reader_client = Client()
    reader_client.force_login(reader)

    changes, rows = changes_on(reader_client, project)
    assert len(changes) == 2 and not any(row.find("form") for row in rows)
    assert reader_client.post(undo_url).status_code == 403
    project.refresh_from_db()
    assert project.title == "Ny tittel"


def test_the_history_page_costs_the_same_queries_with_3_or_30_changes(leader_client, kari):
    def history_queries(changes):
        project = make_project(f"Prosjekt {changes}", slug=f"prosjekt-{changes}")
        make_phase(project)
        for number in range(changes):
            with record(kari):
                project.title = f"Tittel {number}"
                project.save()
        with CaptureQueriesContext(connection) as queries:
            assert leader_client.get(history_url(project)).status_code == 200
        return len(queries)

    # The first page a process shows also fills Django's cache of content types, one query
    # more whatever the number of changes: run alone, 3 changes counted one query more.
    history_queries(1)
    assert history_queries(3) == history_queries(30)


def test_translated_columns_are_kept_and_put_back(leader_client, kari, settings):
    settings.CONTENT_LANGUAGES = ["en"]
    settings.LANGUAGES = [("nn", "Nynorsk"), ("en", "English")]
    project = make_project("Ny skule")
    with record(kari):
        project.title_en = "New school"
        project.save()
    with record(kari, "Omsett"):
        project.title_en = "A new school"
        project.save()

    _changes, rows = changes_on(leader_client, project)
    assert rows[0].find("strong").get_text(strip=True) == f"Tittel ({in_nynorsk('English')})"
    assert rows[0].find("del").get_text(strip=True) == "New school"
    undo(leader_client, rows[0])

    project.refresh_from_db()
    assert project.title_en == "New school"
    assert project.title_nn == "Ny skule"


def test_changes_made_by_code_are_kept_with_who_and_a_comment(kari):
    update = make_update(make_project())

    with record(kari, "Still on track"):
        update.title = "Framleis i rute"
        update.save()

    revision = Revision.objects.get(user=kari)
    assert revision.comment == "Still on track"
    assert {version.object_repr for version in revision.version_set.all()} >= {"Framleis i rute"}
    assert StatusUpdate.objects.get().title == "Framleis i rute"


def test_all_changes_are_listed_with_who_made_them(leader_client):
    project = add_project_in_admin(leader_client, title="Ny tittel")

    text = leader_client.get("/admin/history/keptchange/").text

    assert "Kari Nordmann" in text
    assert history_url(project) in text
