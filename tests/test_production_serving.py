"""The site runs the way production runs it: gunicorn, DEBUG off, whitenoise static files."""

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders

from tests.processes import make_site

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url, headers=None):
    request = urllib.request.Request(
        url, headers={"Host": "prosjekt.example.org", **(headers or {})}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.fixture(scope="module")
def production_server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("production")
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "MEDIA_ROOT", "STATIC_ROOT"))
    }
    env |= {
        "DJANGO_SECRET_KEY": "production-test-" + "x" * 50,
        "DJANGO_ALLOWED_HOSTS": "prosjekt.example.org",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": f"sqlite:///{folder / 'site.sqlite3'}",
        "MEDIA_ROOT": str(folder / "media"),
        "STATIC_ROOT": str(folder / "static"),
        # The rest production refuses to start without (tests/test_required_settings.py).
        "PRIVATE_MEDIA_ROOT": str(folder / "private-media"),
        "SITE_URL": "http://127.0.0.1",
        "SMTP_HOST": "127.0.0.1",
        "DEFAULT_FROM_EMAIL": "framdrift@localhost",
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    # A migrated site (tests/processes.py: migrated once for all the tests that need one).
    make_site(env["DATABASE_URL"])
    subprocess.run([*manage, "collectstatic", "--noinput", "-v0"], env=env, cwd=ROOT, check=True)
    port = free_port()
    server = subprocess.Popen(
        [
            str(VENV_BIN / "gunicorn"),
            "config.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
        ],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if server.poll() is not None:
                pytest.fail(f"gunicorn exited: {server.stderr.read().decode()}")
            time.sleep(0.2)
    yield base
    server.terminate()
    server.wait(timeout=10)


@pytest.mark.own_servers
def test_the_overview_is_served_by_gunicorn_with_debug_off(production_server):
    status, headers, body = fetch(production_server + "/")
    assert status == 200
    assert b"<html" in body
    assert "Content-Security-Policy" in headers


@pytest.mark.own_servers
def test_static_files_have_hashed_names_and_are_served_compressed_and_cached(production_server):
    _status, _headers, body = fetch(production_server + "/")
    stylesheets = re.findall(rb'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"', body) or re.findall(
        rb'<link[^>]+href="([^"]+\.css)"', body
    )
    assert stylesheets, "the overview links no stylesheet"
    css_url = stylesheets[0].decode()
    assert re.search(r"\.[0-9a-f]{12}\.css$", css_url), css_url

    status, headers, _body = fetch(production_server + css_url, {"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers.get("Content-Encoding") == "gzip"
    assert "immutable" in headers.get("Cache-Control", "")


@pytest.mark.own_servers
def test_an_unknown_host_is_refused(production_server):
    request = urllib.request.Request(production_server + "/", headers={"Host": "evil.example.com"})
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(request, timeout=10)
    assert error.value.code == 400


@pytest.mark.own_servers
def test_a_missing_page_gets_the_sites_own_404(production_server):
    status, _headers, body = fetch(production_server + "/prosjekt/finst-ikkje/")
    assert status == 404
    assert b"<html" in body


@pytest.mark.django_db  # every anonymous GET asks which pages are current (pagecache)
def test_the_favicon_browsers_ask_for_leads_to_the_sites_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"] == "/static/img/favicon.svg"
    assert finders.find("img/favicon.svg")
