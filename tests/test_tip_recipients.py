"""A tip that nobody can be told about by email is loud: the worker's log names the tip and
how to fix it, its task fails, the admin start page warns staff, and `check --deploy`
warns the IT provider."""

import logging

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth.models import User
from django.utils import translation
from django_tasks_db.models import DBTaskResult

from tests.base import make_process_leader
from tests.processes import manage_in_development
from tests.test_tip_mail import run_worker
from tests.test_tips import send
from tips.checks import somebody_gets_tip_notifications
from tips.models import Tip

RESIDENT = "kari.nordmann@example.org"
SECRET_WORDS = "Gatelyset ved Nedre Li er knust"


def in_site_language(text):
    """The admin answers in the site's language, whatever the test's own."""
    with translation.override(settings.LANGUAGE_CODE):
        return translation.gettext(text)


WARNING_TEXT = in_site_language("New tips are emailed to nobody.")


@pytest.fixture
def nobody_configured(settings):
    settings.TIP_NOTIFY_EMAILS = []


def leader_with_email(email="prosessleiar@example.org", username="prosessleiar"):
    leader = make_process_leader(username)
    leader.email = email
    leader.save()
    return leader


# The task


@pytest.mark.django_db(transaction=True)
def test_a_tip_nobody_can_be_told_about_is_logged_as_a_warning_and_its_task_fails(
    client, nobody_configured, caplog
):
    make_process_leader()  # in the group, but with no email address
    send(client, message=SECRET_WORDS, email=RESIDENT)
    tip = Tip.objects.get()

    with caplog.at_level(logging.WARNING, logger="tips.tasks"):
        run_worker()

    warnings = [r for r in caplog.records if r.name == "tips.tasks" and r.levelname == "WARNING"]
    assert len(warnings) == 1
    line = warnings[0].getMessage()
    assert f"Tip {tip.pk} was not emailed to anyone" in line
    assert "TIP_NOTIFY_EMAILS" in line and "'Process leader'" in line
    assert SECRET_WORDS not in line and RESIDENT not in line  # the tip's id, never its content

    notification = DBTaskResult.objects.get(task_path="tips.tasks.notify_process_leader")
    assert notification.status == "FAILED"
    assert notification.exception_class_path == "tips.recipients.NobodyToTell"
    assert RESIDENT not in notification.traceback and SECRET_WORDS not in notification.traceback
    tip.refresh_from_db()
    assert tip.notified_at is None  # the tips list in admin shows it was not announced


# The start page


def start_page(client):
    response = client.get("/admin/")
    assert response.status_code == 200
    return BeautifulSoup(response.text, "html.parser")


def nobody_warning(soup):
    for region in soup.select('[role="status"]'):
        if WARNING_TEXT in region.get_text():
            return region
    return None


@pytest.mark.django_db
def test_the_start_page_warns_a_process_leader_when_new_tips_reach_nobody(
    client, nobody_configured
):
    client.force_login(make_process_leader())

    warning = nobody_warning(start_page(client))

    assert warning is not None
    assert "start-page__warning" in warning["class"] and warning.strong
    # A process leader may not change users: they are told whom to ask.
    ask = in_site_language("Ask an administrator to give a process leader an email address.")
    assert ask in warning.get_text()


@pytest.mark.django_db
def test_an_administrator_is_given_the_link_to_the_user_list(client, nobody_configured):
    admin = User.objects.create_superuser("admin", password="Hemmeleg-passord-42")
    client.force_login(admin)

    warning = nobody_warning(start_page(client))

    assert warning is not None
    assert warning.find("a", href="/admin/auth/user/")


@pytest.mark.django_db
def test_no_warning_once_a_process_leader_has_an_email_address(client, nobody_configured):
    client.force_login(leader_with_email())

    assert nobody_warning(start_page(client)) is None


@pytest.mark.django_db
def test_no_warning_when_tip_notify_emails_is_set(client, settings):
    settings.TIP_NOTIFY_EMAILS = ["postmottak@example.org"]
    client.force_login(make_process_leader())

    assert nobody_warning(start_page(client)) is None


# The deployment check


def tip_check_warnings():
    return [m for m in somebody_gets_tip_notifications(None) if m.id == "framdrift.W020"]


@pytest.mark.django_db
def test_the_deploy_check_warns_when_nobody_gets_tip_notifications(nobody_configured):
    make_process_leader()
    inactive = leader_with_email("sluttat@example.org", username="sluttat")
    inactive.is_active = False
    inactive.save()

    (warning,) = tip_check_warnings()
    assert "Nobody gets tip notifications" in warning.msg
    assert "TIP_NOTIFY_EMAILS" in warning.hint


@pytest.mark.django_db
def test_the_deploy_check_is_silent_when_someone_gets_them(settings):
    settings.TIP_NOTIFY_EMAILS = []
    leader_with_email()
    assert tip_check_warnings() == []

    settings.TIP_NOTIFY_EMAILS = ["postmottak@example.org"]
    User.objects.update(email="")
    assert tip_check_warnings() == []


def check_deploy(database_url):
    """`manage.py check --deploy` in a process of its own, on the given database."""
    return manage_in_development(
        "check", "--deploy", DATABASE_URL=database_url, TIP_NOTIFY_EMAILS=""
    )


@pytest.mark.own_servers
@pytest.mark.xdist_group("tip-recipients")
def test_the_deploy_check_says_nothing_before_migrate_and_warns_after(tmp_path):
    database_url = f"sqlite:///{tmp_path / 'new.sqlite3'}"

    # Other checks may fail the command; this one must neither crash it nor speak.
    before = check_deploy(database_url)  # an empty database: no tables yet
    assert "System check identified" in before.stderr, before.stderr
    assert "Traceback" not in before.stderr and "framdrift.W020" not in before.stderr

    unreachable = check_deploy("postgres://framdrift@127.0.0.1:1/framdrift")
    assert "System check identified" in unreachable.stderr, unreachable.stderr
    assert "Traceback" not in unreachable.stderr and "framdrift.W020" not in unreachable.stderr

    migrated = manage_in_development("migrate", "-v0", timeout=300, DATABASE_URL=database_url)
    assert migrated.returncode == 0, migrated.stderr
    after = check_deploy(database_url)  # migrated, and no process leader has an address
    assert "framdrift.W020" in after.stderr and "Nobody gets tip notifications" in after.stderr
