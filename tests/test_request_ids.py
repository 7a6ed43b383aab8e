"""Every request has an id, from nginx (X-Request-ID) or of Django's own: on the response,
on every log line of the request, and never shared by a page from the cache."""

import io
import json
import logging
import os
import re
import subprocess
import sys
from datetime import UTC, datetime

import pytest
from gunicorn.glogging import SafeAtoms

from bench.servers import PROJECT
from config.logging import LogFormatter, RequestIdFilter
from tests.base import make_project

OUR_OWN = re.compile(r"[0-9a-f]{32}")


@pytest.fixture
def log_lines():
    """What Django's request logger writes, through the site's formatter and filter."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(LogFormatter(log_format="text", time_zone="Europe/Oslo"))
    logger = logging.getLogger("django.request")
    logger.addHandler(handler)
    yield lambda: stream.getvalue().splitlines()
    logger.removeHandler(handler)


@pytest.mark.django_db
class TestOnTheResponse:
    def test_the_id_nginx_gave_the_request_comes_back(self, client):
        response = client.get("/", headers={"X-Request-ID": "0f3c9a7d2b1e4c5f8a6b9d0e1f2a3b4c"})
        assert response["X-Request-ID"] == "0f3c9a7d2b1e4c5f8a6b9d0e1f2a3b4c"

    def test_without_one_each_request_gets_its_own(self, client):
        first = client.get("/")["X-Request-ID"]
        second = client.get("/")["X-Request-ID"]
        assert OUR_OWN.fullmatch(first) and OUR_OWN.fullmatch(second)
        assert first != second

    @pytest.mark.parametrize(
        "hostile",
        [
            "short",
            "x" * 65,
            "two words here",
            "<script>alert(1)</script>",
            "abcdefgh\r\nX-Evil: 1",
            "abcdefgh 2026-01-01T00:00:00 ERROR forged line",
            "ørneredet-1234",
        ],
    )
    def test_an_id_that_does_not_look_like_one_is_replaced(self, client, hostile):
        response = client.get("/", headers={"X-Request-ID": hostile})
        assert OUR_OWN.fullmatch(response["X-Request-ID"])

    def test_refusals_of_the_middleware_carry_it_too(self, client):
        response = client.get(
            "/", headers={"X-Request-ID": "refused-1234"}, HTTP_HOST="evil.example"
        )
        assert response.status_code == 400
        assert response["X-Request-ID"] == "refused-1234"


@pytest.mark.django_db
def test_a_page_from_the_cache_carries_the_id_of_its_own_request(client):
    make_project("Ny skule i Nedre Li", slug="ny-skule")
    made = client.get("/", headers={"X-Request-ID": "first-visitor-0001"})
    kept = client.get("/", headers={"X-Request-ID": "second-visitor-0002"})
    fresh = client.get("/")
    assert (made["X-Page-Cache"], kept["X-Page-Cache"], fresh["X-Page-Cache"]) == (
        "miss",
        "hit",
        "hit",
    )
    assert made["X-Request-ID"] == "first-visitor-0001"
    assert kept["X-Request-ID"] == "second-visitor-0002"
    assert OUR_OWN.fullmatch(fresh["X-Request-ID"])
    for response in (kept, fresh):
        assert b"first-visitor-0001" not in response.content
        assert "first-visitor-0001" not in str(response.headers)


@pytest.mark.django_db
def test_log_lines_of_a_request_carry_its_id(client, log_lines):
    client.get("/no-such-page/", headers={"X-Request-ID": "nginx-made-0001"})
    client.get("/no-such-page/")
    first, second = log_lines()
    assert " WARNING nginx-made-0001 django.request Not Found: /no-such-page/" in first
    fresh_id = second.split()[2]
    assert OUR_OWN.fullmatch(fresh_id)
    # Outside a request, as in the worker:
    logging.getLogger("django.request").warning("between requests")
    assert " WARNING - django.request between requests" in log_lines()[-1]


def record(message="Task done", args=(), when=datetime(2026, 1, 15, 12, 0, tzinfo=UTC)):
    made = logging.LogRecord("django_tasks", logging.INFO, __file__, 1, message, args, None)
    made.created = when.timestamp()
    return made


def test_times_are_in_the_sites_time_zone_with_their_offset():
    formatter = LogFormatter(log_format="text", time_zone="Europe/Oslo")
    winter = formatter.format(record())
    summer = formatter.format(record(when=datetime(2026, 7, 15, 12, 0, tzinfo=UTC)))
    assert winter == "2026-01-15T13:00:00.000+01:00 INFO - django_tasks Task done"
    assert summer.startswith("2026-07-15T14:00:00.000+02:00 INFO")


def test_json_lines_for_log_shippers_keep_the_traceback():
    formatter = LogFormatter(log_format="json", time_zone="Europe/Oslo")
    try:
        raise RuntimeError("the mail server said no")
    except RuntimeError:
        failed = record("Task failed")
        failed.exc_info = sys.exc_info()
    line = json.loads(formatter.format(failed))
    assert line["time"] == "2026-01-15T13:00:00.000+01:00"
    assert (line["level"], line["logger"], line["request_id"]) == ("INFO", "django_tasks", "-")
    assert line["message"] == "Task failed"
    assert "RuntimeError: the mail server said no" in line["exception"]


def test_gunicorns_access_line_carries_the_id_of_the_response():
    # gunicorn logs the access line with its fields, the response's headers among them.
    fields = SafeAtoms({"h": "127.0.0.1", "r": "GET / HTTP/1.1", "{x-request-id}o": "abc-12345"})
    line = record('%(h)s "%(r)s"', args=(fields,))
    formatted = LogFormatter(log_format="text", time_zone="Europe/Oslo").format(line)
    assert formatted.endswith(' INFO abc-12345 django_tasks 127.0.0.1 "GET / HTTP/1.1"')


@pytest.mark.own_servers
def test_the_sites_own_log_settings_write_such_lines(tmp_path):
    """Django's LOGGING as configured: a page not found, logged with the request's id."""
    script = (
        "from django.test import Client\n"
        "Client().get('/no-such-page/', headers={'X-Request-ID': 'from-nginx-4242'},"
        " HTTP_HOST='localhost')\n"
    )
    env = os.environ | {
        "DJANGO_DEBUG": "true",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}",
        "TIME_ZONE": "Europe/Oslo",
    }
    env.pop("LOG_FORMAT", None)
    done = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", script],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert re.search(
        r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0[12]:00 WARNING from-nginx-4242 "
        r"django\.request Not Found: /no-such-page/$",
        done.stderr,
        re.MULTILINE,
    ), done.stderr
    assert "from-nginx-4242" not in done.stdout
