"""Security headers on every kind of response, and production settings that pass
`check --deploy` (issue 7)."""

import base64
import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.staticfiles import finders
from django.core.cache import caches
from django.utils.csp import CSP, build_policy

from tests.base import make_project

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.django_db

PRODUCTION_ENV = {
    "DJANGO_DEBUG": "false",
    "DJANGO_SECRET_KEY": "headers-test-" + "k" * 50,
    "DJANGO_ALLOWED_HOSTS": "prosjekt.example.org",
    "SITE_URL": "https://prosjekt.example.org",
    # The rest production refuses to start without (tests/test_required_settings.py).
    "DEFAULT_FROM_EMAIL": "Framdrift <framdrift@prosjekt.fjordvik.kommune.no>",
    "SMTP_HOST": "127.0.0.1",
    "STATIC_ROOT": "/var/lib/framdrift/static",
    "MEDIA_ROOT": "/var/lib/framdrift/media",
    "PRIVATE_MEDIA_ROOT": "/var/lib/framdrift/private-media",
}
# Settings whose production values the header tests run with.
PRODUCTION_SETTINGS = [
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_SSL_REDIRECT",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "CSRF_COOKIE_HTTPONLY",
    "SESSION_COOKIE_SAMESITE",
    "CSRF_COOKIE_SAMESITE",
]


def manage(*args, **env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL"))}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=clean | PRODUCTION_ENV | env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def production_values():
    """The security settings as production (debug off, nothing else set) has them."""
    script = (
        "import json; from django.conf import settings as s; "
        f"print(json.dumps({{n: getattr(s, n) for n in {PRODUCTION_SETTINGS!r}}}))"
    )
    result = manage("shell", "-c", script)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def production(settings, production_values):
    for name, value in production_values.items():
        setattr(settings, name, value)
    # Whitenoise finds the static files itself, as after collectstatic.
    settings.WHITENOISE_USE_FINDERS = True
    return settings


def test_production_turns_on_hsts_https_and_cookies_that_scripts_and_other_sites_cannot_use(
    production_values,
):
    assert production_values == {
        "SECURE_HSTS_SECONDS": 31_536_000,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        # Off until the IT provider turns it on after a trial period.
        "SECURE_HSTS_PRELOAD": False,
        "SECURE_SSL_REDIRECT": True,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "SESSION_COOKIE_HTTPONLY": True,
        "CSRF_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "CSRF_COOKIE_SAMESITE": "Lax",
    }


def test_production_settings_pass_the_deployment_checks_without_a_single_warning(tmp_path):
    folders = {
        name: str(tmp_path / name)
        for name in ["STATIC_ROOT", "MEDIA_ROOT", "PRIVATE_MEDIA_ROOT", "BACKUP_DIR"]
    }
    result = manage("check", "--deploy", "--fail-level", "WARNING", **folders)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.fixture
def pages():
    project = make_project("Ny skule i Berg", slug="ny-skule-i-berg")
    return {
        "overview": "/",
        "project page": project.get_absolute_url(),
        "tip form": "/tips/",
        "calendar feed": "/moete/kalender.ics",
        "static file": "/static/css/site.css",
        "admin login": f"/{django_settings.ADMIN_URL}login/",
        "404 page": "/prosjekt/finst-ikkje/",
    }


EVERY_RESPONSE = {
    "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}
CSP_DIRECTIVES = [
    "default-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "report-uri /csp-report/",
]


def assert_security_headers(response, *, document=True):
    for name, value in EVERY_RESPONSE.items():
        assert response[name] == value, name
    features = response["Permissions-Policy"]
    for feature in ["camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"]:
        assert f"{feature}=()" in features
    if not document:
        return
    assert response["X-Frame-Options"] == "DENY"
    policy = response["Content-Security-Policy"]
    for directive in CSP_DIRECTIVES:
        assert directive in policy.split("; "), directive
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy
    assert "http" not in policy  # nothing from another origin
    if response["Content-Type"].startswith("text/html"):
        # Scripts and styles run only from the site, or inline with this response's nonce,
        # which Django puts in the header when the page uses it.
        page = response.content.decode()
        inline = [
            tag
            for tag in re.findall(r"<(?:script|style)\b[^>]*>", page)
            if "<style" in tag or " src=" not in tag
        ]
        nonce = re.search(r"script-src 'self' 'nonce-([^']+)'", policy)
        if nonce:
            assert f"style-src 'self' 'nonce-{nonce[1]}'" in policy
            assert all(f'nonce="{nonce[1]}"' in tag for tag in inline), inline
        else:
            assert "script-src 'self';" in policy
            assert not inline


@pytest.mark.parametrize(
    "kind",
    ["overview", "project page", "tip form", "calendar feed", "admin login", "404 page"],
)
def test_every_kind_of_page_has_every_security_header(client, production, pages, kind):
    response = client.get(pages[kind], secure=True)
    assert response.status_code == (404 if kind == "404 page" else 200)
    assert_security_headers(response)
    if kind in ("overview", "admin login"):  # pages with inline scripts (htmx, the admin's)
        assert "'nonce-" in response["Content-Security-Policy"]


def test_a_static_file_from_whitenoise_has_the_headers_that_apply_to_files(
    client, production, pages
):
    response = client.get(pages["static file"], secure=True)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/css")
    # Whitenoise answers before the CSP and frame middleware: a stylesheet is not a
    # document, so neither applies to it.
    assert_security_headers(response, document=False)


def test_a_page_from_the_page_cache_has_every_header_and_a_fresh_nonce(client, production):
    caches[django_settings.PAGE_CACHE_ALIAS].clear()
    first = client.get("/", secure=True)
    second = client.get("/", secure=True)
    assert second["X-Page-Cache"] == "hit"
    assert_security_headers(second)
    assert first["Content-Security-Policy"] != second["Content-Security-Policy"]


def nonce_in(policy):
    found = re.search(r"'nonce-([^']+)'", policy)
    return found[1] if found else None


def test_the_policy_written_once_is_the_one_django_writes_for_each_response(client, settings):
    make_project("Ny skule i Nedre Li", slug="ny-skule")
    for address in ["/", "/", "/prosjekt/ny-skule/", "/aktuelt/rss/"]:
        response = client.get(address)
        policy = response["Content-Security-Policy"]
        assert policy == build_policy(settings.SECURE_CSP, nonce_in(policy))
        # As a WSGI server requires (wsgiref refuses anything else).
        assert all(type(name) is str for name, _ in response.items())
    assert nonce_in(client.get("/")["Content-Security-Policy"])  # the page's scripts use it
    assert not nonce_in(client.get("/aktuelt/rss/")["Content-Security-Policy"])

    settings.SECURE_CSP = settings.SECURE_CSP | {"img-src": [CSP.SELF]}
    policy = client.get("/")["Content-Security-Policy"]
    assert policy == build_policy(settings.SECURE_CSP, nonce_in(policy))
    assert "img-src 'self';" in policy


def test_http_is_sent_to_https_in_production(client, production):
    response = client.get("/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/"


def test_production_cookies_are_secure_httponly_and_same_site(client, production):
    from tests.base import make_process_leader

    make_process_leader("kari", password="Fjord-og-fjell-2026")
    login_url = f"/{django_settings.ADMIN_URL}login/"
    client.get(login_url, secure=True)
    response = client.post(
        login_url, {"username": "kari", "password": "Fjord-og-fjell-2026"}, secure=True
    )
    assert response.status_code == 302
    for name in ["sessionid", "csrftoken"]:
        cookie = response.cookies[name]
        assert cookie["secure"], name
        assert cookie["httponly"], name
        assert cookie["samesite"] == "Lax", name


def tiptap_stylesheet_hash():
    script = Path(finders.find("django_prose_editor/editor.js")).read_text()
    start = script.index("`.ProseMirror {") + 1
    css = script[start : script.index("`", start)]
    return "'sha256-" + base64.b64encode(hashlib.sha256(css.encode()).digest()).decode() + "'"


def test_only_the_admin_allows_the_rich_text_editors_own_stylesheet(admin_client):
    # If this fails after upgrading django-prose-editor, put the new hash in
    # ADMIN_CSP_STYLE_HASHES (tests/browser/test_admin_csp.py shows it still works).
    expected = tiptap_stylesheet_hash()
    assert [expected] == django_settings.ADMIN_CSP_STYLE_HASHES
    admin_page = admin_client.get(f"/{django_settings.ADMIN_URL}projects/project/add/")
    assert expected in admin_page["Content-Security-Policy"]
    assert expected not in admin_client.get("/")["Content-Security-Policy"]
