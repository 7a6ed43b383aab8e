"""Followers who chose a daily or weekly email get one at the digest hour with everything
since, once; mail waits while the mail server is down and arrives once; and the worker's
look costs the same queries for few or many followers and updates."""

import json
import math
from datetime import datetime, timedelta
from unittest import mock

import pytest
from django.db import OperationalError, connection
from django.test.utils import CaptureQueriesContext
from django_tasks_db.models import DBTaskResult

from bench.servers import manage, site_environment
from follows.announcements import announce_what_became_public
from follows.mailings import check_follows, queue_due_mailings, send_mailing
from follows.models import Mailing, Notice
from projects.models import Area
from tests.base import make_project
from tests.processes import make_site, wait_for, worker
from tests.test_digest import Inbox
from tests.test_follow_mail import (
    OSLO,
    at,
    follower,
    items_subject,
    one_item_subject,
    publish,
    smtp,  # noqa: F401 (a fixture)
    worker_runs,
)
from tests.test_tip_mail import MailServer

pytestmark = pytest.mark.django_db(transaction=True)

MONDAY_7 = datetime(2026, 6, 15, 7, 0, tzinfo=OSLO)
LAST_WEEK = MONDAY_7 - timedelta(days=7)


@pytest.fixture
def school():
    with at(LAST_WEEK - timedelta(days=30)):
        return make_project("Ny skule i Nedre Li", slug="ny-skule")


def test_a_daily_digest_gathers_the_days_news_into_one_email_at_seven(school, smtp):  # noqa: F811
    follower("kari@example.org", confirmed_at=LAST_WEEK, frequency="daily", project=school)
    for hour, title in ((9, "Anbod ute"), (12, "Anbod opna"), (15, "Kontrakt signert")):
        publish(school, MONDAY_7 + timedelta(hours=hour - 7), title=title)

    assert worker_runs(MONDAY_7 + timedelta(hours=9)) == 0
    assert worker_runs(MONDAY_7 + timedelta(days=1, minutes=-1)) == 0
    assert smtp.inbox.messages == []

    assert worker_runs(MONDAY_7 + timedelta(days=1)) == 1
    [mail] = smtp.inbox.messages
    assert mail["Subject"] == items_subject(3)
    text = mail.get_content()
    assert text.index("Anbod ute") < text.index("Anbod opna") < text.index("Kontrakt signert")

    assert worker_runs(MONDAY_7 + timedelta(days=1, minutes=30)) == 0
    # Tuesday's news waits for Wednesday.
    publish(school, MONDAY_7 + timedelta(days=1, hours=2), title="Graving i gang")
    assert worker_runs(MONDAY_7 + timedelta(days=1, hours=5)) == 0
    assert worker_runs(MONDAY_7 + timedelta(days=2, minutes=1)) == 1
    assert smtp.inbox.messages[1]["Subject"] == one_item_subject("Graving i gang")
    assert len(smtp.inbox.messages) == 2


def test_a_weekly_digest_comes_on_monday_at_seven(school, smtp):  # noqa: F811
    follower("kari@example.org", confirmed_at=LAST_WEEK, frequency="weekly", project=school)
    publish(school, MONDAY_7 + timedelta(days=1), title="Anbod ute")
    publish(school, MONDAY_7 + timedelta(days=3), title="Anbod opna")

    for day in (1, 2, 3, 4, 5, 6):
        assert worker_runs(MONDAY_7 + timedelta(days=day, hours=4)) == 0
    assert smtp.inbox.messages == []

    assert worker_runs(MONDAY_7 + timedelta(days=7, minutes=1)) == 1
    assert smtp.inbox.messages[0]["Subject"] == items_subject(2)
    assert worker_runs(MONDAY_7 + timedelta(days=8)) == 0
    assert len(smtp.inbox.messages) == 1


def test_while_the_mail_server_is_down_the_mail_waits_and_arrives_once(
    school,
    smtp,  # noqa: F811
    settings,
):
    settings.TIP_MAIL_RETRY_DELAYS = [60]
    follower("kari@example.org", confirmed_at=LAST_WEEK, project=school)
    smtp.stop()
    publish(school, MONDAY_7, title="Byggjestart")
    assert worker_runs(MONDAY_7 + timedelta(minutes=1)) == 1
    assert not Mailing.objects.filter(sent_at__isnull=False).exists()

    smtp.start()
    worker_runs(MONDAY_7 + timedelta(minutes=3))  # the retry is due after a minute
    assert [m["Subject"] for m in smtp.inbox.messages] == [one_item_subject("Byggjestart")]
    worker_runs(MONDAY_7 + timedelta(minutes=30))
    assert len(smtp.inbox.messages) == 1

    mailing = Mailing.objects.get()
    assert mailing.sent_at is not None
    with at(MONDAY_7 + timedelta(hours=1)):
        assert send_mailing.call(mailing.pk) == "nothing to send"  # a task run twice
    assert len(smtp.inbox.messages) == 1


def test_a_mail_queued_before_the_follower_unsubscribed_is_not_sent(school, smtp):  # noqa: F811
    kari = follower("kari@example.org", confirmed_at=LAST_WEEK, project=school)
    publish(school, MONDAY_7, title="Byggjestart")
    with at(MONDAY_7 + timedelta(minutes=1)):
        announce_what_became_public()
        assert queue_due_mailings() == 1
    kari.delete()  # the one-click unsubscribe deletes the address
    worker_runs(MONDAY_7 + timedelta(minutes=2))
    assert smtp.inbox.messages == []


notice_rows = f'INTO "{Notice._meta.db_table}"'


def without_task_rows(queries):
    """The queries apart from queueing tasks: one row per email is the queue's own cost."""
    table = DBTaskResult._meta.db_table
    return [query["sql"] for query in queries if table not in query["sql"]]


def test_the_worker_s_look_costs_the_same_queries_for_5_or_50_followers_and_updates(
    smtp,  # noqa: F811
):
    municipality = Area.objects.create(name="Fjordkommunen", slug="fjord", kind="municipality")
    village = Area.objects.create(name="Nedre Li", slug="nedre-li", parent=municipality)

    def look(count, moment):
        for number in range(count):
            with at(moment - timedelta(days=30)):
                project = make_project(f"Prosjekt {moment:%d}-{number}")
                project.areas.add(village)
            confirmed = moment - timedelta(days=1)
            follower(f"p{moment:%d}-{number}@example.org", confirmed, project=project)
            follower(f"a{moment:%d}-{number}@example.org", confirmed, area=village)
            follower(f"s{moment:%d}-{number}@example.org", confirmed)
            publish(project, moment, title=f"Nytt {number}")
        with at(moment + timedelta(minutes=1)):
            with CaptureQueriesContext(connection) as announcing:
                announce_what_became_public()
            with CaptureQueriesContext(connection) as queueing:
                queued = queue_due_mailings()
        assert queued >= 3 * count  # with the first round's area and site followers
        made = Notice.objects.filter(created_at=moment + timedelta(minutes=1)).count()
        inserts = [q for q in announcing.captured_queries if notice_rows in q["sql"]]
        assert len(inserts) == math.ceil(made / 500)  # the notices, 500 rows at a time
        return (
            len(announcing) - len(inserts),
            len(without_task_rows(queueing.captured_queries)),
        )

    assert look(5, MONDAY_7) == look(50, MONDAY_7 + timedelta(days=1))


def test_sending_a_digest_costs_the_same_queries_for_5_or_50_items(smtp):  # noqa: F811
    def sending(count, moment):
        person = follower(f"d{count}@example.org", moment - timedelta(days=1), frequency="daily")
        for number in range(count):
            with at(moment - timedelta(days=30)):
                project = make_project(f"Prosjekt {count}-{number}")
            publish(project, moment, title=f"Nytt {number}")
        with at(moment + timedelta(minutes=1)):
            announce_what_became_public()
        with at(moment + timedelta(days=1)):
            queue_due_mailings()
            mailing = Mailing.objects.get(follower=person)
            with CaptureQueriesContext(connection) as queries:
                assert send_mailing.call(mailing.pk) == "sent"
        return len(without_task_rows(queries.captured_queries))

    assert sending(5, MONDAY_7) == sending(50, MONDAY_7 + timedelta(days=2))
    assert smtp.inbox.messages[-1]["Subject"] == items_subject(50)


SET_UP = """
from datetime import timedelta
from django.utils import timezone
from follows.models import Follow, Follower
from projects.models import Project
earlier = timezone.now() - timedelta(hours=1)
person = Follower.objects.create(email={email!r}, confirmed_at=earlier)
Follow.objects.create(follower=person, project=Project.objects.get(slug="ny-skule"),
                      confirmed_at=earlier)
"""

PUBLISH = """
from projects.models import Project
from updates.models import StatusUpdate
StatusUpdate.objects.create(project=Project.objects.get(slug="ny-skule"), title={title!r})
"""

SENT = """
import json
import math
from follows.models import Mailing, Notice
print(json.dumps(list(Mailing.objects.filter(sent_at__isnull=False).values_list("pk", flat=True))))
"""


@pytest.mark.own_servers
def test_two_real_worker_processes_mail_each_update_once_on_their_own(tmp_path):
    """No cron: the workers look every second (FOLLOW_CHECK_SECONDS)."""
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
        FOLLOW_CHECK_SECONDS="1",
        FOLLOW_MIN_MINUTES_BETWEEN_MAILS="0",
    )
    manage("shell", "--no-imports", "-c", SET_UP.format(email="kari@example.org"), env=env)
    try:
        with worker(env, tmp_path / "one.log"), worker(env, tmp_path / "two.log"):
            manage("shell", "--no-imports", "-c", PUBLISH.format(title="Byggjestart"), env=env)
            wait_for(lambda: server.inbox.to("kari@example.org"), 30, "Kari's email")
            # A follower added later gets the next update, and Kari that one too, once each.
            manage("shell", "--no-imports", "-c", SET_UP.format(email="ola@example.org"), env=env)
            manage("shell", "--no-imports", "-c", PUBLISH.format(title="Grunnmur"), env=env)
            wait_for(lambda: server.inbox.to("ola@example.org"), 30, "Ola's email")
            wait_for(lambda: len(server.inbox.to("kari@example.org")) >= 2, 30, "Kari's second")
    finally:
        server.stop()
    sent = json.loads(manage("shell", "--no-imports", "-c", SENT, env=env).splitlines()[-1])
    message_ids = [message["Message-ID"] for message in server.inbox.messages]
    assert len(message_ids) == len(set(message_ids)) == len(sent) == 3
    assert [m["Subject"] for m in server.inbox.to("ola@example.org")] == [
        one_item_subject("Grunnmur")
    ]


def test_a_failed_look_is_logged_and_the_next_look_makes_up_for_it(school, smtp, caplog):  # noqa: F811
    follower("kari@example.org", confirmed_at=LAST_WEEK, project=school)
    publish(school, MONDAY_7, title="Byggjestart")
    broken = mock.patch(
        "follows.mailings.announce_what_became_public", side_effect=OperationalError("gone")
    )
    with at(MONDAY_7 + timedelta(minutes=1)), broken:
        assert check_follows() == 0
    assert "The look for followers' news failed" in caplog.text

    with at(MONDAY_7 + timedelta(minutes=2)):
        assert check_follows() == 1
