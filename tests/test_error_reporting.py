"""Errors reported through Sentry's SDK when SENTRY_DSN is set, to a small server of the
test's own that takes what the SDK sends: where the error happened and the request's id,
never what a resident wrote."""

import gzip
import json
import os
import subprocess
import sys
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bench.servers import PROJECT
from config.version import framdrift_version
from tests.processes import wait_for

# Each test runs a site of its own (its own database), whatever DATABASE_URL the suite has.
pytestmark = pytest.mark.own_servers

MESSAGE = "Naboen min Ola Nordmann kastar søppel i elva"
EMAIL = "ola.nordmann@example.org"

# A tip sent while something in the site is broken (here: a part the tip form uses).
SEND_A_TIP_THAT_BREAKS = f"""
from unittest import mock
import sentry_sdk
from django.test import Client

with mock.patch("tips.views.project_asked_for", side_effect=RuntimeError("the form broke")):
    response = Client(raise_request_exception=False, HTTP_HOST="localhost").post(
        "/tips/?prosjekt=ny-skule&email={EMAIL}",
        {{"message": "{MESSAGE}", "email": "{EMAIL}", "name": "Ola Nordmann"}},
        headers={{"X-Request-ID": "sentry-test-4242", "Cookie": "theme=very-secret"}},
    )
print(response.status_code)
sentry_sdk.flush(timeout=10)
"""

SAY_WHETHER_THE_SDK_IS_LOADED = """
import sys
from django.test import Client

Client(HTTP_HOST="localhost").get("/health/app/")
print("sentry_sdk" in sys.modules)
"""


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        if self.headers.get("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        self.server.received.append((self.path, body))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args):
        pass


@contextmanager
def sentry_receiver():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    server.received = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def run_site(script, tmp_path, **env):
    return run_manage(["shell", "--no-imports", "-c", script], tmp_path, **env)


def run_manage(arguments, tmp_path, **env):
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith("SENTRY_")
    } | {
        "DJANGO_DEBUG": "true",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'site.sqlite3'}",
        **env,
    }
    done = subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done


def events(envelopes):
    """The error events in the SDK's envelopes: a header line, then an item header and its
    payload for each item."""
    found = []
    for _path, body in envelopes:
        lines = body.split(b"\n")
        for header, payload in zip(lines[1::2], lines[2::2], strict=False):
            if json.loads(header).get("type") == "event":
                found.append(json.loads(payload))
    return found


def test_an_error_is_reported_with_the_request_id_and_nothing_the_resident_wrote(tmp_path):
    with sentry_receiver() as receiver:
        port = receiver.server_address[1]
        done = run_site(
            SEND_A_TIP_THAT_BREAKS,
            tmp_path,
            SENTRY_DSN=f"http://publickey@127.0.0.1:{port}/1",
            SENTRY_ENVIRONMENT="test-municipality",
        )
        assert done.stdout.split()[-1] == "500"
        wait_for(lambda: events(receiver.received), 10, "the error to be reported")
        envelopes = list(receiver.received)

    assert {path for path, _body in envelopes} == {"/api/1/envelope/"}
    event = events(envelopes)[0]
    (error,) = event["exception"]["values"]
    assert (error["type"], error["value"]) == ("RuntimeError", "the form broke")
    assert event["tags"]["request_id"] == "sentry-test-4242"
    assert event["environment"] == "test-municipality"
    assert event["release"] == f"framdrift@{framdrift_version()}"
    assert event["transaction"] == "/tips/"
    everything_sent = b"".join(body for _path, body in envelopes).decode()
    for private in (MESSAGE, EMAIL, "ola.nordmann", "Ola Nordmann", "very-secret", "ny-skule"):
        assert private not in everything_sent


def test_without_a_dsn_the_sdk_is_never_loaded(tmp_path):
    done = run_site(SAY_WHETHER_THE_SDK_IS_LOADED, tmp_path)
    assert done.stdout.split()[-1] == "False"


def test_a_sample_rate_that_is_not_a_share_stops_the_start(tmp_path):
    with pytest.raises(AssertionError, match="SENTRY_TRACES_SAMPLE_RATE must be a number"):
        run_manage(
            ["check"],
            tmp_path,
            SENTRY_DSN="http://publickey@127.0.0.1:9/1",
            SENTRY_TRACES_SAMPLE_RATE="10%",
        )
