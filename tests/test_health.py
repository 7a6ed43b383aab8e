"""The health URLs as the IT provider's monitoring and load balancer see them: /health/
for everything, /health/app/ for whether this app server can serve.

The last tests run the real thing: gunicorn with production settings, a PostgreSQL server
and a Redis server of their own and the worker, each stopped and started again.
"""

import http.client
import json
from datetime import timedelta
from unittest import mock

import pytest
from django.db import OperationalError, connection
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from bench.servers import gunicorn, site_environment
from operations.models import WorkerHeartbeat
from tests.processes import (
    WorkerProcess,
    make_site,
    own_postgres,
    redis_server,
    wait_for,
)
from tips.tasks import notify_process_leader

REFUSED = (
    'connection failed: connection to server at "127.0.0.1", port 5432 failed: Connection refused'
)


def health(client, path="/health/"):
    response = client.get(path)
    return response.status_code, json.loads(response.content)


def seen(seconds_ago):
    WorkerHeartbeat.beat("worker-1")
    WorkerHeartbeat.objects.update(seen_at=timezone.now() - timedelta(seconds=seconds_ago))


def waiting_task(seconds, **options):
    """A tip email queued `seconds` ago that no worker has taken."""
    result = notify_process_leader.using(**options).enqueue(0)
    DBTaskResult.objects.filter(pk=result.id).update(
        enqueued_at=timezone.now() - timedelta(seconds=seconds)
    )


@pytest.mark.django_db
class TestInProcess:
    def test_all_is_well_when_the_worker_was_just_seen(self, client):
        seen(5)
        status, body = health(client)
        assert status == 200
        assert body["status"] == "ok"
        assert set(body["checks"]) == {"database", "cache", "worker", "queue", "media_disk"}
        assert all(check["ok"] for check in body["checks"].values())
        assert 5 <= body["checks"]["worker"]["last_seen_seconds"] < 15
        assert body["checks"]["queue"] == {"ok": True, "oldest_waiting_seconds": 0, "waiting": 0}
        assert body["checks"]["media_disk"]["free_bytes"] > 0

    def test_the_answer_is_never_kept(self, client):
        seen(0)
        first = client.get("/health/")
        assert first["Cache-Control"] == "no-store"
        assert "X-Page-Cache" not in first
        seen(10_000)
        assert client.get("/health/").status_code == 503

    def test_a_worker_never_seen_or_silent_too_long_fails_and_a_heartbeat_mends_it(
        self, client, settings, caplog
    ):
        status, body = health(client)
        assert status == 503
        assert body["failing"] == ["worker"]
        assert body["checks"]["worker"] == {
            "ok": False,
            "last_seen_seconds": None,
            "error": "never seen",
        }

        seen(settings.HEALTH_WORKER_MAX_SILENCE_SECONDS + 10)
        caplog.clear()
        status, body = health(client)
        assert (status, body["status"], body["failing"]) == (503, "failing", ["worker"])
        assert body["checks"]["worker"]["last_seen_seconds"] >= 130
        # One warning that names it, not Django's "Service Unavailable" error.
        assert [(r.levelname, r.getMessage()) for r in caplog.records] == [
            ("WARNING", "Health check /health/ failing: worker")
        ]

        WorkerHeartbeat.beat("worker-2")
        assert health(client)[0] == 200

    def test_it_tells_how_long_the_oldest_task_has_waited(self, client, settings):
        seen(0)
        waiting_task(30)
        waiting_task(5)
        # A retry due in an hour is not waiting yet.
        waiting_task(10_000, run_after=timezone.now() + timedelta(hours=1))
        status, body = health(client)
        assert status == 200
        queue = body["checks"]["queue"]
        assert queue["waiting"] == 2
        assert 30 <= queue["oldest_waiting_seconds"] < 40

        waiting_task(settings.HEALTH_QUEUE_MAX_AGE_SECONDS + 60)
        status, body = health(client)
        assert (status, body["failing"]) == (503, ["queue"])
        assert body["checks"]["queue"]["waiting"] == 3

    def test_low_disk_space_for_media_fails(self, client, settings):
        seen(0)
        settings.HEALTH_MEDIA_MIN_FREE_BYTES = 10**18
        status, body = health(client)
        assert (status, body["failing"]) == (503, ["media_disk"])
        assert body["checks"]["media_disk"]["error"] == "low on space"

    def test_media_on_object_storage_has_no_disk_to_watch(self, client, settings):
        seen(0)
        settings.HEALTH_MEDIA_MIN_FREE_BYTES = 10**18
        s3 = {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": {"bucket_name": "media"}}
        settings.STORAGES = settings.STORAGES | {"default": s3, "private": s3}
        status, body = health(client)
        assert status == 200
        assert body["checks"]["media_disk"] == {"ok": True, "skipped": "media on object storage"}

    def test_it_costs_three_queries_however_many_tasks_wait(
        self, client, django_assert_num_queries
    ):
        seen(0)
        with django_assert_num_queries(3):
            assert client.get("/health/").status_code == 200
        for seconds in range(20):
            waiting_task(seconds)
        with django_assert_num_queries(3):
            assert client.get("/health/").status_code == 200
        with django_assert_num_queries(1):
            assert client.get("/health/app/").status_code == 200

    def test_with_the_database_down_both_fail_at_once_and_tell_no_secrets(self, client, settings):
        seen(0)
        with mock.patch.object(
            connection, "ensure_connection", side_effect=OperationalError(REFUSED)
        ) as connecting:
            response = client.get("/health/")
            attempts = connecting.call_count
            app_status, app_body = health(client, "/health/app/")
        assert response.status_code == 503
        body = json.loads(response.content)
        assert body["failing"] == ["database", "worker", "queue"]
        assert body["checks"]["database"] == {"ok": False, "error": "OperationalError"}
        assert body["checks"]["worker"] == {"ok": False, "error": "no database"}
        # Asked once, not again for each check that needs it.
        assert attempts == 1
        text = response.content.decode()
        for secret in ("127.0.0.1", "5432", "refused", str(settings.MEDIA_ROOT)):
            assert secret not in text
        assert (app_status, app_body["failing"]) == (503, ["database"])

    def test_it_answers_get_and_head_only(self, client):
        seen(0)
        assert client.head("/health/app/").status_code == 200
        assert client.post("/health/").status_code == 405


# The real thing

PUBLIC_HOST = "framdrift.example.no"


def ask(site, path, host=PUBLIC_HOST):
    """A plain-HTTP request as a load balancer makes it: no redirect followed."""
    address = site.removeprefix("http://")
    connection = http.client.HTTPConnection(address, timeout=15)
    try:
        connection.request("GET", path, headers={"Host": host})
        response = connection.getresponse()
        body = response.read()
    finally:
        connection.close()
    if response.headers.get_content_type() == "application/json":
        return response.status, json.loads(body)
    return response.status, response.headers


def failing(site, path="/health/"):
    status, body = ask(site, path)
    return body.get("failing", []) if status == 503 else []


class Site:
    """gunicorn with production settings, its database, Redis and worker."""

    def __init__(self, postgres, redis, env, url, log):
        self.postgres, self.redis, self.env, self.url, self.log = postgres, redis, env, url, log
        self.worker = WorkerProcess(env, log)

    def restart_worker(self):
        self.worker.stop()
        self.worker = WorkerProcess(self.env, self.log)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("health")
    with own_postgres("the health check") as postgres, redis_server(folder) as redis:
        database = postgres.create_database("site")
        make_site(database)
        env = site_environment(
            database,
            DJANGO_SECRET_KEY="health-test-" + "x" * 50,
            # The load balancer asks by the app server's address (see the docs).
            DJANGO_ALLOWED_HOSTS=f"{PUBLIC_HOST},127.0.0.1",
            DJANGO_BEHIND_TLS_PROXY="true",
            SITE_URL=f"https://{PUBLIC_HOST}",
            DEFAULT_FROM_EMAIL="framdrift@example.no",
            SMTP_HOST="127.0.0.1",
            STATIC_ROOT=str(folder / "static"),
            MEDIA_ROOT=str(folder / "media"),
            PRIVATE_MEDIA_ROOT=str(folder / "private-media"),
            REDIS_URL=redis.url,
            REDIS_RETRY_SECONDS="1",
            WORKER_HEARTBEAT_SECONDS="1",
            HEALTH_WORKER_MAX_SILENCE_SECONDS="3",
        )
        with gunicorn(env, workers=2, probe="/health/app/") as url:
            running = Site(postgres, redis, env, url, folder / "worker.log")
            try:
                yield running
            finally:
                running.worker.stop()


# One xdist worker runs these together, on the one site of the module.
in_processes = pytest.mark.xdist_group("health")


@pytest.mark.own_servers
@in_processes
def test_all_is_well_over_plain_http_with_production_settings(site):
    wait_for(lambda: ask(site.url, "/health/")[0] == 200, 30, "the site to be well")
    _status, body = ask(site.url, "/health/")
    assert body["status"] == "ok"
    assert "ms" in body["checks"]["cache"]  # Redis was asked, not skipped
    # Pages are redirected to HTTPS, the health URLs are not: a load balancer asks by HTTP.
    assert ask(site.url, "/")[0] == 301
    assert ask(site.url, "/health/app/", host="127.0.0.1")[0] == 200


@pytest.mark.own_servers
@in_processes
def test_redis_down_fails_the_health_check_but_not_the_app_servers(site):
    site.redis.stop()
    try:
        wait_for(lambda: failing(site.url) == ["cache"], 20, "/health/ to name Redis")
        assert ask(site.url, "/health/app/")[0] == 200
    finally:
        site.redis.start()
    wait_for(lambda: ask(site.url, "/health/")[0] == 200, 20, "/health/ to pass again")


@pytest.mark.own_servers
@in_processes
def test_a_stopped_worker_fails_the_health_check_until_one_runs_again(site):
    site.worker.stop()
    wait_for(lambda: failing(site.url) == ["worker"], 20, "/health/ to name the worker")
    assert ask(site.url, "/health/app/")[0] == 200
    site.restart_worker()
    wait_for(lambda: ask(site.url, "/health/")[0] == 200, 30, "/health/ to pass again")


@pytest.mark.own_servers
@in_processes
def test_database_down_fails_both_and_they_pass_when_it_is_back(site):
    site.postgres.stop()
    try:
        wait_for(
            lambda: failing(site.url, "/health/app/") == ["database"], 20, "/health/app/ to fail"
        )
        assert failing(site.url) == ["database", "worker", "queue"]
    finally:
        site.postgres.start()
    wait_for(lambda: ask(site.url, "/health/app/")[0] == 200, 30, "/health/app/ to pass")
    wait_for(lambda: ask(site.url, "/health/")[0] == 200, 30, "/health/ to pass")
