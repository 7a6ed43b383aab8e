import os

import pytest


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup):
    """The test database, and at its end no listener left connected to it (PostgreSQL
    refuses to drop a database that has connections)."""
    yield
    from pagecache.models import stop_listeners

    stop_listeners()


@pytest.fixture
def connections_kept_between_requests():
    """For tests that call a WSGI application themselves: Django's handler closes an old
    connection when a request starts and ends; on PostgreSQL that would close the test's
    own transaction. Django's test client leaves this out the same way."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture(scope="session", autouse=True)
def quick_password_hashing():
    """Django's default hasher is slow on purpose (about a second a password on two cores),
    and the tests make some 130 process leaders and log many of them in: here passwords
    are hashed with MD5, as Django's own tests do. Hashes made otherwise still check
    (Django's hashers follow). Production, and the sites tests start in processes of their
    own, keep Django's default."""
    from django.conf import global_settings
    from django.test.utils import override_settings

    quick = "django.contrib.auth.hashers.MD5PasswordHasher"
    with override_settings(PASSWORD_HASHERS=[quick, *global_settings.PASSWORD_HASHERS]):
        yield


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Each test stores uploads in a folder of its own, removed afterwards."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate limits and pages live in caches: each test starts with none counted or kept."""
    from django.conf import settings
    from django.core.cache import caches

    def clear():
        # A test may have its own caches (Redis): those of the moment.
        for alias in settings.CACHES:
            caches[alias].clear()

    clear()
    yield
    clear()


@pytest.fixture
def english_too(settings):
    """English as a content language beside Nynorsk: pages under /en/, each text in English
    where it is translated, else in Nynorsk marked as such."""
    settings.CONTENT_LANGUAGES = ["en"]
    settings.LANGUAGES = [("nn", "Nynorsk"), ("en", "English")]


@pytest.fixture(autouse=True)
def plain_static_storage(settings):
    # Hashed names need collectstatic first; tests/test_production_serving.py covers those.
    settings.STORAGES = settings.STORAGES | {
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    }


def keep_xdist_groups(items):
    """`make test` runs a class that loads the demo, and the bench's tests, whole in one
    process (--dist loadgroup, xdist_group). pytest-xdist 3.8 marks a test's group by
    setting item._nodeid to "<id>@<group>", which pytest 9 no longer reads (the id lives in
    item._id): without this every test would be scheduled on its own, and each process
    that got one of a group's tests would load its demo again."""
    from _pytest.nodeid import NodeId

    for item in items:
        grouped = getattr(item, "_nodeid", None)
        if grouped and grouped != item.nodeid and grouped.startswith(item.nodeid + "@"):
            item._id = NodeId.parse(grouped)


def _chromium_missing():
    from tests.browser.conftest import browser_available

    return not browser_available()


def _chromium_path():
    from tests.browser.conftest import CHROMIUM

    return CHROMIUM


def empties_the_database(item):
    marker = item.get_closest_marker("django_db")
    transactional = marker and (marker.kwargs.get("transaction") or marker.args[:1] == (True,))
    fixtures = getattr(item, "fixturenames", ())
    return bool(transactional) or "transactional_db" in fixtures or "live_server" in fixtures


def refuse_groups_carrying_transactional_tests(items):
    """pytest-django runs the tests that empty the database after them (transaction=True,
    live_server) after all others in a process. pytest-xdist sends its largest units
    first, so every group of several tests goes out before the single tests: a
    transactional test in such a group would empty the database before other modules'
    tests in that process, which then miss what the migrations put there."""
    groups = {}
    for item in items:
        marker = item.get_closest_marker("xdist_group")
        if marker:
            group = marker.args[0] if marker.args else marker.kwargs.get("name")
            groups.setdefault(group, []).append(empties_the_database(item))
    carrying = sorted(group for group, kinds in groups.items() if len(kinds) > 1 and any(kinds))
    if carrying:
        raise pytest.UsageError(
            f"xdist groups {carrying} carry tests with transaction=True or live_server: "
            "leave those out of groups (or alone in a group of their own)."
        )


@pytest.hookimpl(tryfirst=True)
def pytest_itemcollected(item):
    # Before -m chooses: CI's run on PostgreSQL leaves out "browser".
    if "browser" in getattr(item, "fixturenames", ()):
        item.add_marker(pytest.mark.browser)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    keep_xdist_groups(items)
    refuse_groups_carrying_transactional_tests(items)
    browser_items = [item for item in items if item.get_closest_marker("browser")]
    if not browser_items or not _chromium_missing():
        return
    if os.environ.get("CI"):
        raise pytest.UsageError(
            "Chromium is missing, and in CI the browser tests must run: apt-get install chromium"
        )
    for item in browser_items:
        item.add_marker(pytest.mark.skip(reason="no Chromium on this machine"))


def skipped_in(terminalreporter, path):
    return [
        report
        for report in terminalreporter.stats.get("skipped", [])
        if path in str(getattr(report, "location", ("",))[0])
    ]


def pytest_terminal_summary(terminalreporter):
    skipped = skipped_in(terminalreporter, "tests/browser/")
    if skipped:
        terminalreporter.write_sep("!", "BROWSER TESTS DID NOT RUN", red=True, bold=True)
        terminalreporter.write_line(
            f"{len(skipped)} browser tests were skipped: no Chromium at {_chromium_path()}. "
            "Install it (apt-get install chromium) to check accessibility, keyboard, "
            "phone layout and print.",
            red=True,
            bold=True,
        )
    faults = skipped_in(terminalreporter, "tests/test_faults.py")
    if faults:
        terminalreporter.write_sep("!", "DATABASE FAULT TESTS DID NOT RUN", red=True, bold=True)
        terminalreporter.write_line(str(faults[0].longrepr[-1]), red=True, bold=True)


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory):
    """A real Redis server (Debian's redis-server) on a free loopback port, for the session."""
    from tests.processes import redis_server

    with redis_server(tmp_path_factory.mktemp("redis")) as server:
        yield server.url
