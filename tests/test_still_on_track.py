"""'No change: still on track' for several projects at once: from the project list or the
start page, one short dated update per project, each text editable, all or nothing."""

from datetime import datetime, timedelta

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission, User
from django.utils import timezone, translation
from reversion.models import Version

from projects.models import Project
from projects.still_on_track import MOST_AT_ONCE
from tests.base import make_process_leader, make_project, make_update
from updates.models import StatusUpdate

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=timezone.get_fixed_timezone(120))
LIST_URL = "/admin/projects/project/"
ACTION = "post_still_on_track"
OLD_TITLES = ["Gamalt nytt"]


def prefilled():
    """The text the page offers, in the site's language once the catalogues have it."""
    with translation.override("nn"):
        return translation.gettext("No change: still on track.")


def still_on_track_updates():
    return StatusUpdate.objects.exclude(title__in=OLD_TITLES)


@pytest.fixture(autouse=True)
def at_noon(settings):
    settings.STALE_AFTER_DAYS = 90
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def leader(client):
    user = make_process_leader()
    client.force_login(user)
    return user


def quiet_project(title, **fields):
    project = make_project(title, **fields)
    make_update(project, "Gamalt nytt", published_at=NOW - timedelta(days=120))
    return project


def choose(*projects, **data):
    """What the project list (or the start page) sends when the action is chosen."""
    return {"action": ACTION, "_selected_action": [p.pk for p in projects]} | data


def confirm(*projects, texts=None, date="2026-06-15", time="09:30:00", **data):
    """What the still-on-track page sends when confirmed."""
    texts = texts or {}
    fields = {f"project-{p.pk}-text": texts.get(p, "Ingen endring.") for p in projects}
    return (
        choose(*projects, confirmed="yes", published_at_0=date, published_at_1=time) | fields | data
    )


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def test_the_action_opens_a_page_with_each_projects_text_prefilled(client, leader):
    school = quiet_project("Ny skule")
    bridge = quiet_project("Ny bru")

    response = client.post(LIST_URL, choose(school, bridge))

    assert response.status_code == 200
    page = soup(response)
    for project in [school, bridge]:
        text = page.find("textarea", attrs={"name": f"project-{project.pk}-text"})
        assert text.get_text(strip=True) == prefilled()
        label = page.find("label", attrs={"for": text["id"]})
        assert label is not None
        fieldset = text.find_parent("fieldset")
        assert fieldset.legend.get_text(strip=True) == project.title
    assert page.find("input", attrs={"name": "published_at_0"})["value"] == "2026-06-15"
    assert not still_on_track_updates().exists()


def test_confirming_posts_one_dated_update_per_project_and_leaves_the_status_alone(client, leader):
    school = quiet_project("Ny skule", status="planned", progress=10)
    bridge = quiet_project("Ny bru")
    texts = {school: "Ingen endring: arbeidet går etter planen.", bridge: prefilled()}

    response = client.post(LIST_URL, confirm(school, bridge, texts=texts), follow=True)

    posted = StatusUpdate.objects.filter(published_at=NOW.replace(hour=9, minute=30))
    assert posted.count() == 2
    school_update = posted.get(project=school)
    assert "Ingen endring: arbeidet går etter planen." in school_update.body
    assert school_update.is_published and school_update.is_visible
    assert school_update.new_status == "" and school_update.new_progress is None
    after = Project.objects.get(pk=school.pk)
    assert (after.effective_status, after.effective_progress) == ("planned", 10)
    assert not Project.objects.stale().exists()
    message = soup(response).select_one(".messagelist").get_text(" ", strip=True)
    assert "2" in message
    assert response.redirect_chain[-1][0] == LIST_URL


def test_an_empty_text_is_refused_at_its_field_and_every_other_text_is_kept(client, leader):
    school = quiet_project("Ny skule")
    bridge = quiet_project("Ny bru")
    texts = {school: "   ", bridge: "Brua er snart ferdig, som planlagt."}

    response = client.post(LIST_URL, confirm(school, bridge, texts=texts))

    assert response.status_code == 200
    assert not still_on_track_updates().exists()
    page = soup(response)
    school_text = page.find("textarea", attrs={"name": f"project-{school.pk}-text"})
    error = school_text.find_parent(class_="still-on-track__field").select_one(".errorlist")
    assert error is not None and error.get_text(strip=True)
    bridge_text = page.find("textarea", attrs={"name": f"project-{bridge.pk}-text"})
    assert bridge_text.get_text(strip=True) == "Brua er snart ferdig, som planlagt."
    assert bridge_text.find_parent(class_="still-on-track__field").select_one(".errorlist") is None
    assert page.select_one(".errornote") is not None


def test_a_bad_date_is_refused_at_the_date_and_nothing_is_posted(client, leader):
    school = quiet_project("Ny skule")

    response = client.post(LIST_URL, confirm(school, date="2026-02-31"))

    assert response.status_code == 200
    assert not still_on_track_updates().exists()
    date_field = soup(response).find("input", attrs={"name": "published_at_0"})
    assert (
        date_field.find_parent(class_="still-on-track__field").select_one(".errorlist") is not None
    )


def test_an_unticked_project_is_left_out(client, leader):
    school = quiet_project("Ny skule")
    bridge = quiet_project("Ny bru")
    data = confirm(school, bridge) | {"_selected_action": [school.pk]}

    client.post(LIST_URL, data)

    assert still_on_track_updates().filter(project=school).count() == 1
    assert not still_on_track_updates().filter(project=bridge).exists()


def test_from_the_start_page_the_process_leader_lands_back_on_the_start_page(client, leader):
    school = quiet_project("Ny skule")
    start = soup(client.get("/admin/"))
    form = start.select_one(".start-list--stale_projects form")
    assert form["action"] == LIST_URL
    assert form.find("input", attrs={"name": "action"})["value"] == ACTION
    assert form.find("input", attrs={"name": "_selected_action", "value": str(school.pk)})

    chosen = client.post(form["action"], choose(school, next="/admin/"))
    back = soup(chosen).find("input", attrs={"name": "next"})["value"]
    response = client.post(LIST_URL, confirm(school, next=back))

    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert still_on_track_updates().filter(project=school).exists()


def test_a_next_address_off_the_site_is_ignored(client, leader):
    school = quiet_project("Ny skule")

    response = client.post(LIST_URL, confirm(school, next="https://example.com/"))

    assert response["Location"] == LIST_URL


def test_who_posted_the_updates_is_kept_in_the_history(client, leader):
    school = quiet_project("Ny skule")

    client.post(LIST_URL, confirm(school))

    update = still_on_track_updates().get(project=school)
    (version,) = Version.objects.get_for_object(update)
    assert version.revision.user == leader


def test_without_the_right_to_post_updates_the_action_is_not_offered(client):
    school = quiet_project("Ny skule")
    editor = User.objects.create_user("redaktor", password="Hemmeleg-passord-42", is_staff=True)
    editor.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_project", "change_project"])
    )
    client.force_login(editor)

    page = client.get(LIST_URL).text
    client.post(LIST_URL, confirm(school))

    assert ACTION not in page
    assert not still_on_track_updates().exists()


def test_more_projects_than_one_page_can_hold_are_refused_with_a_message(client, leader, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = None  # the list may send this many ids
    Project.objects.bulk_create(
        Project(title=f"Prosjekt {n}", slug=f"prosjekt-{n}") for n in range(MOST_AT_ONCE + 1)
    )

    response = client.post(LIST_URL, choose(*Project.objects.all()), follow=True)

    with translation.override("nn"):
        expected = translation.gettext("Choose at most %(count)d projects at a time.") % {
            "count": MOST_AT_ONCE
        }
    assert expected in response.text
    assert not still_on_track_updates().exists()
