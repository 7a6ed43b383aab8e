"""Browser tests: Debian's Chromium driven by Playwright against the site served as in
production (DEBUG off, collected static files with hashed names served by whitenoise).

On a machine without Chromium they are skipped and `make test` says so in its last lines;
in CI (CI=true) a missing browser is an error, never a skip (see tests/conftest.py).
"""

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connections
from django.test.testcases import LiveServerThread
from django.test.utils import override_settings

# CHROMIUM=/path overrides where the browser is (and lets a test pretend there is none).
CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 800}

# Playwright's sync API runs an event loop in this thread; the ORM calls in tests are
# still synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def browser_available():
    return Path(CHROMIUM).exists()


@pytest.fixture(scope="session")
def production_static(tmp_path_factory):
    """Static files collected once, with hashed names, as collectstatic does in production."""
    root = tmp_path_factory.mktemp("static")
    with override_settings(
        STATIC_ROOT=root,
        STORAGES={
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
        },
    ):
        call_command("collectstatic", interactive=False, verbosity=0)
        yield root


@pytest.fixture
def plain_static_storage(settings, production_static):
    """Overrides the suite's plain storage: browser tests see hashed, collected files."""
    settings.STATIC_ROOT = production_static
    settings.STORAGES = settings.STORAGES | {
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}
    }


def _no_static_handler(application):
    # Whitenoise in the middleware serves static files, as in production.
    return application


@pytest.fixture(scope="session")
def site_server(django_db_setup, django_db_blocker, production_static):
    """One server thread for the session, running the production WSGI stack."""
    media = Path(tempfile.mkdtemp(prefix="framdrift-browser-media-"))
    with (
        django_db_blocker.unblock(),
        override_settings(
            STATIC_ROOT=production_static,
            MEDIA_ROOT=media,
            ALLOWED_HOSTS=[*settings.ALLOWED_HOSTS, "127.0.0.1", "localhost"],
            STORAGES={
                "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
                "staticfiles": {
                    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
                },
            },
        ),
    ):
        shared = {
            conn.alias: conn
            for conn in connections.all()
            if conn.vendor == "sqlite" and conn.is_in_memory_db()
        }
        thread = LiveServerThread(
            "127.0.0.1", _no_static_handler, connections_override=shared, port=0
        )
        thread.daemon = True
        for conn in shared.values():
            conn.inc_thread_sharing()
        thread.start()
        thread.is_ready.wait()
        if thread.error:
            raise thread.error
        try:
            yield f"http://127.0.0.1:{thread.port}"
        finally:
            thread.terminate()
            for conn in shared.values():
                conn.dec_thread_sharing()
            shutil.rmtree(media, ignore_errors=True)


@pytest.fixture
def site(site_server, transactional_db):
    """The server's address, with a database the server thread sees, emptied after each test."""
    return site_server


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(browser, site):
    """Open pages at a viewport; each page records requests to other origins."""
    contexts = []

    def open_page(viewport=PHONE, **options):
        context = browser.new_context(viewport=viewport, locale="nn-NO", **options)
        contexts.append(context)
        page = context.new_page()
        page.foreign_requests = []
        page.on(
            "request",
            lambda request: (
                None
                if request.url.startswith((site, "data:", "about:"))
                else page.foreign_requests.append(request.url)
            ),
        )
        return page

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()
