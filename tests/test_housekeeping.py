"""The worker clears away what has run out: expired sessions (with any half-finished
two-step set-up in them) and the counts of rate-limit windows that are over."""

import json
import time
from datetime import timedelta

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.test import RequestFactory

from bench.servers import manage, site_environment
from operations.housekeeping import run_housekeeping
from ratelimits.limits import count_and_check
from ratelimits.models import RateCount
from tests.processes import make_site, wait_for, worker

pytestmark = pytest.mark.django_db


def session(expires_in):
    store = SessionStore()
    store["two_step_setup"] = {"key": "made up"}
    store.set_expiry(expires_in)
    store.save()
    return store.session_key


def test_housekeeping_removes_expired_sessions_and_old_counts_and_keeps_the_rest():
    expired, alive = session(timedelta(minutes=-5)), session(timedelta(minutes=30))
    count_and_check("tips", RequestFactory().post("/", REMOTE_ADDR="203.0.113.7"), "10/h")
    RateCount.objects.update(expires_at=time.time() - 1)  # a window that is over
    count_and_check("csp-report", RequestFactory().post("/", REMOTE_ADDR="203.0.113.7"), "60/m")

    removed = run_housekeeping()

    assert removed == {
        "operations.housekeeping.clear_expired_sessions": 1,
        "ratelimits.limits.prune": 1,
        "projects.kept_uploads.remove_expired": 0,
        "follows.housekeeping.forget_unconfirmed": 0,
    }
    assert list(Session.objects.values_list("session_key", flat=True)) == [alive]
    assert not Session.objects.filter(session_key=expired).exists()
    assert list(RateCount.objects.values_list("scope", flat=True)) == ["csp-report"]


def test_one_failing_job_leaves_the_others_to_run(settings, caplog):
    settings.HOUSEKEEPING_JOBS = ["ratelimits.limits.no_such_job", *settings.HOUSEKEEPING_JOBS]
    session(timedelta(minutes=-5))
    removed = run_housekeeping()
    assert removed["operations.housekeeping.clear_expired_sessions"] == 1
    assert "no_such_job failed" in caplog.text


SESSIONS = """
from datetime import timedelta
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
import json
if {make}:
    store = SessionStore(); store["x"] = 1; store.set_expiry(timedelta(seconds=-1)); store.save()
print(json.dumps(Session.objects.count()))
"""


@pytest.mark.own_servers
def test_the_worker_does_the_housekeeping_on_its_own(tmp_path):
    database_url = f"sqlite:///{tmp_path / 'site.sqlite3'}"
    make_site(database_url)
    env = site_environment(database_url, DJANGO_DEBUG="true", HOUSEKEEPING_SECONDS="1")

    def sessions(make=False):
        output = manage("shell", "--no-imports", "-c", SESSIONS.format(make=make), env=env)
        return json.loads(output.split()[-1])

    assert sessions(make=True) == 1
    with worker(env, tmp_path / "worker.log") as running:
        wait_for(lambda: sessions() == 0, 20, "the worker to clear the expired session")
        assert sessions(make=True) == 1  # and again, a while later
        wait_for(lambda: sessions() == 0, 20, "the worker to clear it again")
        assert running.is_alive()
