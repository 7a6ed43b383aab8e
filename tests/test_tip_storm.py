"""A storm of tips while the database goes away (PostgreSQL restarted, SQLite locked): every
receipt a resident got is a stored tip with its email queued, the 503 page says honestly
that it cannot tell whether the tip arrived, and sending the same form again stores it
once."""

import http.cookiejar
import json
import re
import sqlite3
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from bs4 import BeautifulSoup
from django.core import signing

from bench.servers import gunicorn, manage, site_environment
from tests.processes import make_site, own_postgres
from tips.forms import new_form_token, read_form_token
from tips.models import RECEIPT_SALT

# Each test runs a site of its own (its own database), whatever DATABASE_URL the suite has.
pytestmark = pytest.mark.own_servers

PROBE = "/static/css/site.css"


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Resident:
    """A browser with the site's cookie, sending tip forms and keeping what came back."""

    def __init__(self, site):
        self.site = site
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirects
        )
        status, page = self.open("/tips/")
        assert status == 200
        self.csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1]

    def open(self, path, data=None):
        try:
            with self.opener.open(self.site + path, data, timeout=60) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, (error.read().decode(), error.headers.get("Location"))
        except OSError as error:  # e.g. the connection reset under the restart
            return repr(error), ""

    def send(self, form):
        """(status, receipt or page)."""
        data = urllib.parse.urlencode({"csrfmiddlewaretoken": self.csrf} | form).encode()
        status, answer = self.open("/tips/", data)
        if status == 302:
            location = answer[1]
            return status, urllib.parse.parse_qs(urllib.parse.urlsplit(location).query)[
                "kvittering"
            ][0]
        return status, answer


def a_form(number):
    return {"form_token": new_form_token(issued_at=time.time() - 30), "message": f"Tips {number}"}


class Storm:
    """Residents sending tips until stopped. A resident who gets no receipt waits a moment
    and sends the same form again, as the 503 page says is safe; each answer is kept."""

    def __init__(self, site, residents=4):
        self.residents = [Resident(site) for _ in range(residents)]
        self.answers = []  # (form, status, answer)
        self.unanswered = []  # (resident, form) without a receipt when the storm ended
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.threads = [
            threading.Thread(target=self.run, args=(resident, number))
            for number, resident in enumerate(self.residents)
        ]

    def run(self, resident, number):
        count = 0
        form = a_form(f"{number}-{count}")
        while not self.stopping.is_set():
            status, answer = resident.send(form)
            with self.lock:
                self.answers.append((form, status, answer))
            if status == 302:
                count += 1
                form = a_form(f"{number}-{count}")
            else:
                time.sleep(0.25)
        with self.lock:
            if not any(sent is form and got == 302 for sent, got, _ in self.answers):
                self.unanswered.append((resident, form))

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc_info):
        self.stopping.set()
        for thread in self.threads:
            thread.join(timeout=60)


STORED = """
import json
from django_tasks_db.models import DBTaskResult
from tips.models import Tip
queued = {}
for task in DBTaskResult.objects.all():
    queued.setdefault(task.args_kwargs["args"][0], []).append(task.task_path.split(".")[-1])
print(json.dumps([[tip.submission_id, queued.get(tip.pk, [])] for tip in Tip.objects.all()]))
"""


def stored_tips(env):
    output = manage("shell", "--no-imports", "-c", STORED, env=env)
    return json.loads(output.strip().splitlines()[-1])


def weather_the_storm(site, env, outage):
    with Storm(site) as storm:
        time.sleep(1.5)
        outage()
        time.sleep(1.5)
    # Those still waiting for a receipt send their form again once the site is back.
    for resident, form in storm.unanswered:
        for _ in range(100):
            status, answer = resident.send(form)
            storm.answers.append((form, status, answer))
            if status == 302:
                break
            time.sleep(0.2)

    statuses = [status for _, status, _ in storm.answers]
    assert statuses.count(302) > 10 and statuses.count(503) > 0, statuses
    honest = "kan vi ikkje seie sikkert om det kom fram"
    resent = set()
    for form, status, answer in storm.answers:
        assert status in (302, 503) or not isinstance(status, int), (status, answer)
        if status == 503:
            assert honest in BeautifulSoup(answer[0], "html.parser").get_text(" ")
            resent.add(form["form_token"])
    receipts = {}
    for form, status, answer in storm.answers:
        if status == 302:
            submission_id = signing.loads(answer, salt=RECEIPT_SALT)
            _, token_id = read_form_token(form["form_token"])
            assert submission_id == token_id
            receipts.setdefault(submission_id, form)
    assert any(form["form_token"] in resent for form in receipts.values())
    # A form sent once more after its receipt stores nothing new.
    again = next(iter(receipts.values()))
    assert storm.residents[0].send(again)[0] == 302

    stored = stored_tips(env)
    stored_ids = [submission_id for submission_id, _ in stored]
    assert sorted(stored_ids) == sorted(receipts)  # every receipt a tip, every tip once
    assert all(queued == ["notify_process_leader"] for _, queued in stored), stored


@pytest.fixture(scope="module")
def postgres():
    with own_postgres("a tip storm while PostgreSQL restarts") as server:
        make_site(server.create_database("site_template"))
        yield server


def site_env(database_url, tmp_path):
    return site_environment(
        database_url,
        DJANGO_DEBUG="true",
        MEDIA_ROOT=str(tmp_path / "media"),
        PRIVATE_MEDIA_ROOT=str(tmp_path / "private-media"),
        TIP_MIN_FILL_SECONDS="0",
        TIP_RATE_LIMIT="100000/h",
        TIP_NOTIFY_EMAILS="prosessleiar@example.org",
    )


def test_a_tip_storm_while_postgresql_restarts(postgres, tmp_path):
    database = postgres.create_database("storm", template="site_template")
    env = site_env(database, tmp_path)

    def restart():
        postgres.stop()
        time.sleep(1)
        postgres.start()

    with gunicorn(env, workers=2, probe=PROBE) as site:
        weather_the_storm(site, env, restart)


def test_a_tip_storm_while_sqlite_is_locked(tmp_path):
    path = tmp_path / "site.sqlite3"
    make_site(f"sqlite:///{path}")
    env = site_env(f"sqlite:///{path}", tmp_path)

    def lock_for_longer_than_the_busy_timeout():
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        time.sleep(6)  # the site waits 5 s (busy_timeout), then answers 503
        holder.execute("COMMIT")
        holder.close()

    with gunicorn(env, workers=2, probe=PROBE) as site:
        weather_the_storm(site, env, lock_for_longer_than_the_busy_timeout)
