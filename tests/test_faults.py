"""Faults survived, with the real thing each time: a PostgreSQL server that is stopped and
started, gunicorn, a worker process (`manage.py worker`) and an SMTP server (aiosmtpd).

- The database goes away: pages answer 503, the worker waits, and both carry on when it
  is back, with no restart.
- The mail server is down during a burst of tips: every tip is kept, and every email is
  delivered once when the mail server is back.
- A worker is killed in the middle of a task: the task runs again, and the email arrives
  once.
"""

import asyncio
import http.cookiejar
import json
import re
import shutil
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.template.loader import render_to_string

from bench.servers import gunicorn, manage, site_environment
from tests.processes import gunicorn_pids, make_site, own_postgres, wait_for, worker
from tests.test_tip_mail import Inbox, MailServer

pytestmark = pytest.mark.own_servers

PROBE = "/static/css/site.css"
LEADER = "prosessleiar@example.org"


# The real services


@pytest.fixture(scope="module")
def postgres():
    with own_postgres("database faults") as server:
        make_site(server.create_database("site_template"))
        yield server


@pytest.fixture(scope="module")
def sqlite_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("sqlite") / "site.sqlite3"
    make_site(f"sqlite:///{path}")
    return path


@pytest.fixture
def site_database(request, tmp_path):
    """A fresh copy of a migrated site database, of the kind the suite runs on."""
    if settings.DATABASES["default"]["ENGINE"].endswith("postgresql"):
        server = request.getfixturevalue("postgres")
        return server.create_database(f"site_{time.monotonic_ns()}", template="site_template")
    path = tmp_path / "site.sqlite3"
    shutil.copy(request.getfixturevalue("sqlite_template"), path)
    return f"sqlite:///{path}"


def site_env(database_url, mail_server, tmp_path, **extra):
    return site_environment(
        database_url,
        DJANGO_DEBUG="true",
        MEDIA_ROOT=str(tmp_path / "media"),
        PRIVATE_MEDIA_ROOT=str(tmp_path / "private-media"),
        SMTP_HOST="127.0.0.1",
        SMTP_PORT=str(mail_server.port),
        SMTP_TIMEOUT="5",
        DEFAULT_FROM_EMAIL="framdrift@example.org",
        TIP_NOTIFY_EMAILS=LEADER,
        TIP_MIN_FILL_SECONDS="0",
        TIP_RATE_LIMIT="1000/m",
        **extra,
    )


SITE_STATE = """
import json, time
from django_tasks_db.models import DBTaskResult
from tips.models import Tip

deadline = time.monotonic() + {settle}
unfinished = DBTaskResult.objects.filter(status__in=["READY", "RUNNING"])
while unfinished.exists() and time.monotonic() < deadline:
    time.sleep(0.2)
print(json.dumps({{
    "tips": Tip.objects.count(),
    "not_notified": Tip.objects.filter(notified_at=None).count(),
    "tasks": [[task.status, len(task.worker_ids)] for task in DBTaskResult.objects.all()],
}}))
"""


def site_state(env, settle=0):
    """Tips and tasks, read by the site itself; first waiting up to `settle` s for the
    tasks to finish."""
    output = manage("shell", "--no-imports", "-c", SITE_STATE.format(settle=settle), env=env)
    return json.loads(output.strip().splitlines()[-1])


# A resident with a browser


def fetch(url, data=None, opener=None):
    try:
        with (opener or urllib.request.build_opener()).open(url, data, timeout=15) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def send_tip(site, message):
    """Fill in the tip form as a resident does: its hidden fields, its cookie."""
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )
    status, _, form = fetch(site + "/tips/", opener=opener)
    assert status == 200
    hidden = dict(re.findall(r'<input type="hidden" name="([\w-]+)" value="([^"]*)"', form))
    data = urllib.parse.urlencode(hidden | {"message": message}).encode()
    status, _, page = fetch(site + "/tips/", data, opener=opener)
    assert status == 200 and "Takk for tipset" in page, page[:500]
    return page


def notified_tip_ids(inbox):
    return sorted(
        int(re.search(r"/admin/tips/tip/(\d+)/", message["text"])[1]) for message in inbox.messages
    )


# The faults


def test_while_the_database_is_down_pages_answer_503_and_all_recovers_without_a_restart(
    postgres, tmp_path
):
    database = postgres.create_database("database_down", template="site_template")
    mail_server = MailServer()
    mail_server.start()
    env = site_env(database, mail_server, tmp_path)
    unavailable = BeautifulSoup(render_to_string("503.html"), "html.parser").h1.get_text()
    with gunicorn(env, probe=PROBE) as site, worker(env, tmp_path / "worker.log") as tasks:
        pids = gunicorn_pids(site)
        assert len(pids) == 2  # master and worker
        assert fetch(site + "/")[0] == 200
        assert fetch(site + "/prosjekt/ny-skule/")[0] == 200
        wait_for(lambda: "Starting worker" in tasks.text(), 15, "the worker to start")

        postgres.stop()
        try:
            # Addresses not asked for before, so that no cache could answer.
            for path in ["/?side=2", "/prosjekt/ny-skule/?fraa=epost", "/tips/", "/admin/login/"]:
                status, headers, page = fetch(site + path)
                assert status == 503, (path, page[:300])
                assert headers["Retry-After"] == "30"
                assert headers["Cache-Control"] == "no-store"
                assert BeautifulSoup(page, "html.parser").h1.get_text() == unavailable
            wait_for(lambda: "the worker waits" in tasks.text(), 10, "the worker to notice")
            assert tasks.is_alive()
        finally:
            postgres.start()

        wait_for(lambda: fetch(site + "/?etter=1")[0] == 200, 15, "the site to recover")
        assert fetch(site + "/admin/login/")[0] == 200
        assert gunicorn_pids(site) == pids  # no process restarted or crashed

        send_tip(site, "Vegen til Nedre Li er open igjen.")
        wait_for(lambda: len(mail_server.inbox.messages) == 1, 20, "the tip's email")
        assert tasks.is_alive() and "The database is back" in tasks.text()
    mail_server.stop()


def test_a_burst_of_tips_while_the_mail_server_is_down_is_delivered_in_full_once(
    site_database, tmp_path
):
    mail_server = MailServer()  # not started: down
    env = site_env(site_database, mail_server, tmp_path, TIP_MAIL_RETRY_DELAYS=",".join("1" * 40))
    with gunicorn(env, probe=PROBE) as site, worker(env, tmp_path / "worker.log") as tasks:
        for number in range(20):
            send_tip(site, f"Tips nummer {number}: gatelyset er ute.")

        def tips_tried():
            return set(re.findall(r"Mail server failed for tip (\d+)", tasks.text()))

        wait_for(lambda: len(tips_tried()) == 20, 30, "a failed try for every tip")
        assert site_state(env)["tips"] == 20  # every tip kept, none emailed

        mail_server.start()
        wait_for(lambda: len(mail_server.inbox.messages) >= 20, 30, "every email")
        state = site_state(env, settle=15)
    assert state["tips"] == 20 and state["not_notified"] == 0
    assert {status for status, _ in state["tasks"]} == {"SUCCESSFUL"}
    assert notified_tip_ids(mail_server.inbox) == sorted(map(int, tips_tried()))  # once each
    mail_server.stop()


class SlowInbox(Inbox):
    """A mail server that keeps the sender waiting for its answer to RCPT TO until told."""

    def __init__(self):
        super().__init__()
        self.holding = True
        self.sender_waiting = threading.Event()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        self.sender_waiting.set()
        while self.holding:
            await asyncio.sleep(0.05)
        envelope.rcpt_tos.append(address)
        return "250 OK"


def test_a_worker_killed_in_the_middle_of_a_task_the_task_runs_again_and_mails_once(
    site_database, tmp_path
):
    mail_server = MailServer()
    mail_server.inbox = SlowInbox()
    mail_server.start()
    env = site_env(site_database, mail_server, tmp_path, TASK_STALE_AFTER_SECONDS="2")
    with gunicorn(env, probe=PROBE) as site:
        send_tip(site, "Brua over elva er stengd etter flaumen.")

    with worker(env, tmp_path / "first.log") as first:
        assert mail_server.inbox.sender_waiting.wait(20), first.text()
        first.kill()  # in the middle of telling the mail server whom the email is for
    assert site_state(env)["tasks"] == [["RUNNING", 1]]  # left so by the dead worker

    mail_server.inbox.holding = False
    with worker(env, tmp_path / "second.log") as second:
        wait_for(lambda: len(mail_server.inbox.messages) == 1, 20, "the email")
        state = site_state(env, settle=10)
        assert "lost its worker; it will run again" in second.text()
    assert state["not_notified"] == 0
    assert state["tasks"] == [["SUCCESSFUL", 2]]  # claimed by the dead worker, then the new
    assert len(mail_server.inbox.messages) == 1
    assert mail_server.inbox.messages[0]["to"] == [LEADER]
    mail_server.stop()
