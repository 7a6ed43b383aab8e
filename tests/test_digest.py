"""The weekly email to process leaders about projects without news: sent by the worker at
the set day and hour through a real SMTP server (aiosmtpd on loopback), once a week, to
those who want it, and never when nothing is quiet."""

import email
import email.policy
import json
import re
from datetime import datetime, timedelta
from importlib import import_module
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.apps import apps as global_apps
from django.core import signing
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import formats, translation
from django.utils.translation import ngettext

from bench.servers import manage, site_environment
from nudges.models import DigestPreference, DigestSchedule, WeeklyDigest
from nudges.tasks import send_due_digests, send_weekly_digest, unsubscribe_token
from tests.base import make_contact, make_process_leader, make_project, make_update
from tests.processes import make_site, wait_for, worker
from tests.test_tip_mail import MailServer, running_mail_server

pytestmark = pytest.mark.django_db(transaction=True)

OSLO = ZoneInfo("Europe/Oslo")
MONDAY_7 = datetime(2026, 6, 15, 7, 0, tzinfo=OSLO)  # the default day and hour
LONG_AGO = MONDAY_7 - timedelta(days=400)


class Inbox:
    """Keeps each message aiosmtpd receives, parsed."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(
            email.message_from_bytes(envelope.content, policy=email.policy.default)
        )
        return "250 Message accepted"

    def to(self, address):
        return [m for m in self.messages if m["To"] == address]


@pytest.fixture
def smtp(settings):
    yield from running_mail_server(settings, Inbox())


def at(moment):
    return time_machine.travel(moment, tick=False)


def worker_runs(moment):
    """What the worker does at `moment`: its look at the schedule, then the tasks due."""
    with at(moment):
        queued = send_due_digests()
        call_command("worker", batch=True, startup_delay=False, reload=False, verbosity=0)
    return queued


def leader(username, address):
    user = make_process_leader(username)
    user.email = address
    user.save()
    # The group may have been made again on a flushed database: give it its rights here too.
    editor = SimpleNamespace(connection=connection)
    import_module("nudges.migrations.0002_process_leader_permissions").grant(global_apps, editor)
    return user


@pytest.fixture
def town():
    """Kari and Ola lead the process. Kari is named on the quiet school project; nobody
    is named on the quiet footpath; the library has news; the quay is finished."""
    town = SimpleNamespace(
        kari=leader("kari", "kari@kommune.no"), ola=leader("ola", "ola@kommune.no")
    )
    with at(LONG_AGO):
        town.school = make_project("Ny skule i Nedre Li", slug="ny-skule")
        town.path = make_project("Gang- og sykkelveg til Øvre Li", slug="gangveg")
        town.library = make_project("Nytt bibliotek", slug="bibliotek")
        town.quay = make_project("Ny kai", slug="kai", status="completed")
    make_update(town.school, published_at=MONDAY_7 - timedelta(days=120))
    make_update(town.library, published_at=MONDAY_7 - timedelta(days=3))
    make_contact(
        "Kari Nordmann", project=town.school, role="process_leader", email="Kari@Kommune.NO"
    )
    make_contact("Per Bygg", project=town.path, role="project_leader", email="per@bygg.no")
    return town


def update_link(project):
    return f"http://testserver/admin/updates/statusupdate/add/?project={project.pk}"


def subject(count):
    with translation.override("nn"):
        text = ngettext(
            "%(count)s project is waiting for news – %(name)s",
            "%(count)s projects are waiting for news – %(name)s",
            count,
        )
    return text % {"count": count, "name": "Framdrift"}


def test_at_the_set_hour_each_process_leader_gets_their_quiet_projects_once_a_week(town, smtp):
    assert worker_runs(MONDAY_7 - timedelta(minutes=1)) == 0
    assert smtp.inbox.messages == []

    assert worker_runs(MONDAY_7) == 2
    [to_kari] = smtp.inbox.to("kari@kommune.no")
    [to_ola] = smtp.inbox.to("ola@kommune.no")
    assert to_kari["Subject"] == subject(2)  # her school, and the footpath nobody is named on
    assert to_ola["Subject"] == subject(1)
    kari_text, ola_text = to_kari.get_content(), to_ola.get_content()
    assert update_link(town.school) in kari_text and update_link(town.path) in kari_text
    assert update_link(town.path) in ola_text and "Ny skule" not in ola_text
    for text in (kari_text, ola_text):
        assert "Nytt bibliotek" not in text and "Ny kai" not in text  # news, or finished
    with translation.override("nn"):
        last_update = formats.date_format((MONDAY_7 - timedelta(days=120)).date(), "DATE_FORMAT")
    assert last_update in kari_text
    assert "/admin/projects/project/?stale=yes" in kari_text  # "still on track" for many
    assert to_kari["Content-Language"] == "nn"
    assert re.fullmatch(r"<digest\.\d+\.2026-W25\.\d+@testserver>", to_kari["Message-ID"])

    # Later the same week: nothing again, not even after a new quiet project.
    with at(LONG_AGO):
        make_project("Ny barnehage", slug="barnehage")
    assert worker_runs(MONDAY_7 + timedelta(days=3)) == 0
    assert len(smtp.inbox.messages) == 2

    # Next week, the email comes again, with the new project.
    assert worker_runs(MONDAY_7 + timedelta(days=7, minutes=5)) == 2
    assert len(smtp.inbox.messages) == 4
    assert smtp.inbox.to("ola@kommune.no")[-1]["Subject"] == subject(2)


def test_a_worker_that_was_down_at_the_hour_sends_when_it_is_back_and_only_once(town, smtp):
    tuesday = MONDAY_7 + timedelta(days=1, hours=3)
    assert worker_runs(tuesday) == 2
    assert worker_runs(tuesday + timedelta(minutes=5)) == 0
    assert len(smtp.inbox.messages) == 2


def test_a_task_that_runs_again_sends_nothing_again(town, smtp):
    worker_runs(MONDAY_7)
    digest = WeeklyDigest.objects.get(user=town.kari)
    with at(MONDAY_7):
        assert send_weekly_digest.call(digest.pk) == "nothing to send"
    assert len(smtp.inbox.to("kari@kommune.no")) == 1


def test_someone_who_turned_it_off_under_my_reminders_gets_nothing(town, smtp, client):
    client.force_login(town.ola)
    page = client.get("/admin/nudges/digestpreference/")
    assert page.status_code == 200 and update_link(town.path) in page.text  # what it would list
    response = client.post("/admin/nudges/digestpreference/", {})  # the box unticked
    assert response.status_code == 302
    assert not DigestPreference.is_subscribed_for(town.ola)

    assert worker_runs(MONDAY_7) == 1
    assert [m["To"] for m in smtp.inbox.messages] == ["kari@kommune.no"]

    client.post("/admin/nudges/digestpreference/", {"is_subscribed": "on"})
    assert worker_runs(MONDAY_7 + timedelta(days=7)) == 2


def test_when_nothing_is_quiet_nothing_is_sent_and_a_project_going_quiet_waits_a_week(smtp):
    leader("kari", "kari@kommune.no")
    with at(LONG_AGO):
        school = make_project("Ny skule i Nedre Li", slug="ny-skule")
    make_update(school, published_at=MONDAY_7 - timedelta(days=80))  # stale after 90 days

    assert worker_runs(MONDAY_7) == 0
    assert worker_runs(MONDAY_7 + timedelta(days=7)) == 0
    # Quiet for 90 days from Thursday: no email in the middle of the week.
    assert worker_runs(MONDAY_7 + timedelta(days=11)) == 0
    assert smtp.inbox.messages == []

    assert worker_runs(MONDAY_7 + timedelta(days=14)) == 1
    assert len(smtp.inbox.messages) == 1


def test_the_process_leader_sets_the_day_and_hour_and_can_turn_it_off_for_everyone(
    town, smtp, client
):
    client.force_login(town.kari)
    assert client.get("/admin/nudges/digestschedule/").status_code == 302
    form = {"is_enabled": "on", "weekday": "4", "hour": "15"}
    assert client.post("/admin/nudges/digestschedule/1/change/", form).status_code == 302
    friday_15 = MONDAY_7 + timedelta(days=4, hours=8)

    assert worker_runs(MONDAY_7) == 0
    assert worker_runs(friday_15 - timedelta(minutes=1)) == 0
    assert worker_runs(friday_15) == 2

    client.post("/admin/nudges/digestschedule/1/change/", form | {"is_enabled": ""})
    assert not DigestSchedule.load().is_enabled
    assert worker_runs(friday_15 + timedelta(days=7)) == 0
    assert len(smtp.inbox.messages) == 2


def test_only_process_leaders_may_set_the_day_and_hour(town, client, django_user_model):
    editor = django_user_model.objects.create_user("redaktor", is_staff=True)
    client.force_login(editor)
    assert client.get("/admin/nudges/digestschedule/1/change/").status_code == 403
    assert client.get("/admin/nudges/digestpreference/").status_code == 200  # their own choice


def test_while_the_mail_server_is_down_the_email_waits_and_arrives_once(town, smtp, settings):
    settings.TIP_MAIL_RETRY_DELAYS = [60]
    smtp.stop()
    assert worker_runs(MONDAY_7) == 2
    assert not WeeklyDigest.objects.filter(sent_at__isnull=False).exists()

    smtp.start()
    worker_runs(MONDAY_7 + timedelta(minutes=2))  # the retries are due after a minute
    assert sorted(m["To"] for m in smtp.inbox.messages) == ["kari@kommune.no", "ola@kommune.no"]
    worker_runs(MONDAY_7 + timedelta(minutes=10))
    assert len(smtp.inbox.messages) == 2


def test_the_link_in_the_email_turns_it_off_with_one_click_and_no_login(town, smtp, client):
    worker_runs(MONDAY_7)
    text = smtp.inbox.to("ola@kommune.no")[0].get_content()
    link = re.search(r"http://testserver(/admin/nudges/digestpreference/stop/\S+/)", text)[1]

    page = client.get(link)
    assert page.status_code == 200 and 'method="post"' in page.text
    assert DigestPreference.is_subscribed_for(town.ola)  # opening the link changes nothing

    assert client.post(link).status_code == 302
    assert not DigestPreference.is_subscribed_for(town.ola)
    assert DigestPreference.is_subscribed_for(town.kari)
    assert 'method="post"' not in client.get(link).text  # says it is off


def forged_tokens(town):
    kari, ola = unsubscribe_token(town.kari), unsubscribe_token(town.ola)
    return [
        kari[:-2] + ("xx" if not kari.endswith("xx") else "yy"),  # signature altered
        signing.dumps(town.ola.pk),  # signed, but for something else
        ola.split(":")[0] + ":" + kari.split(":")[1],  # Ola's id with Kari's signature
        "nonsense",
    ]


def test_a_forged_link_turns_nothing_off(town, client):
    for token in forged_tokens(town):
        link = f"/admin/nudges/digestpreference/stop/{token}/"
        assert client.get(link).status_code == 404, token
        assert client.post(link).status_code == 404, token
    assert DigestPreference.objects.count() == 0


def test_the_look_at_the_schedule_costs_the_same_queries_for_10_or_100_quiet_projects(town):
    def queries_to_queue(project_count, moment):
        with at(LONG_AGO):
            for number in range(project_count):
                make_project(f"Prosjekt {moment:%W}-{number}")
        with at(moment), CaptureQueriesContext(connection) as queries:
            send_due_digests()
        return len(queries)

    assert queries_to_queue(8, MONDAY_7) == queries_to_queue(98, MONDAY_7 + timedelta(days=7))


SET_UP = """
from datetime import timedelta
from django.contrib.auth.models import Group, User
from django.utils import timezone
from nudges.models import DigestSchedule
from projects.models import Project
user = User.objects.create_user({username!r}, email={email!r}, is_staff=True)
user.groups.add(Group.objects.get(name="Process leader"))
DigestSchedule.objects.update_or_create(pk=1, defaults={{"weekday": 0, "hour": 0}})
Project.objects.filter(slug="ny-skule").update(created_at=timezone.now() - timedelta(days=400))
Project.objects.filter(slug="ny-skule").refresh_activity()
"""

SENT = """
import json
from nudges.models import WeeklyDigest
sent = WeeklyDigest.objects.values_list("user__email", "week_starts_on")
print(json.dumps(list(sent), default=str))
"""


@pytest.mark.own_servers
def test_two_real_worker_processes_send_each_week_once_on_their_own(tmp_path):
    """No cron: the workers look every second (DIGEST_CHECK_SECONDS), here with the day
    and hour set to the start of this week, so the email is due now."""
    server = MailServer()
    server.inbox = Inbox()
    server.start()
    database_url = f"sqlite:///{tmp_path / 'site.sqlite3'}"
    make_site(database_url)
    env = site_environment(
        database_url,
        DJANGO_DEBUG="true",
        SMTP_HOST="127.0.0.1",
        SMTP_PORT=str(server.port),
        DEFAULT_FROM_EMAIL="framdrift@example.org",
        DIGEST_CHECK_SECONDS="1",
    )
    shell = SET_UP.format(username="kari", email="kari@kommune.no")
    manage("shell", "--no-imports", "-c", shell, env=env)
    try:
        with worker(env, tmp_path / "one.log"), worker(env, tmp_path / "two.log"):
            wait_for(lambda: server.inbox.to("kari@kommune.no"), 30, "Kari's email")
            # A leader added later gets theirs at a later look, and Kari none again.
            shell = SET_UP.format(username="ola", email="ola@kommune.no")
            manage("shell", "--no-imports", "-c", shell, env=env)
            wait_for(lambda: server.inbox.to("ola@kommune.no"), 30, "Ola's email")
    finally:
        server.stop()
    recorded = json.loads(manage("shell", "--no-imports", "-c", SENT, env=env).splitlines()[-1])
    weeks_sent = [(m["To"], re.search(r"W\d+", m["Message-ID"])[0]) for m in server.inbox.messages]
    assert len(weeks_sent) == len(set(weeks_sent)) == len(recorded)  # one per person and week
    assert "Ny skule i Nedre Li" in server.inbox.to("kari@kommune.no")[0].get_content()
