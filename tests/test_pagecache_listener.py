"""On PostgreSQL each app server process hears of a new content generation (LISTEN/NOTIFY)
rather than asking the database for every page from the cache. It hears every change
that commits and none that rolls back, and while it cannot listen it steps aside, so that
pages are asked for afresh, never served stale. Runs on a PostgreSQL server of the tests'
own, whichever database the suite runs on."""

import time

import dj_database_url
import psycopg
import pytest

from bench.servers import manage, site_environment
from pagecache.listener import CHANNEL, WAKE_SECONDS, GenerationListener
from pagecache.models import new_token, read_token
from tests.processes import make_site, own_postgres, wait_for

# Each test runs a site of its own (its own database), whatever DATABASE_URL the suite has.
pytestmark = pytest.mark.own_servers

TABLE = '"pagecache_contentgeneration"'
RENEW = "from pagecache.models import ContentGeneration\nContentGeneration.objects.renew()"
RENEW_THEN_ROLL_BACK = """
from django.db import transaction
from pagecache.models import ContentGeneration
try:
    with transaction.atomic():
        ContentGeneration.objects.renew()
        raise RuntimeError("changed my mind")
except RuntimeError:
    pass
"""


@pytest.fixture(scope="module")
def server():
    with own_postgres("the page cache's listener") as server:
        make_site(server.create_database("site"))
        yield server


@pytest.fixture
def listener(server):
    listener = GenerationListener(
        dj_database_url.parse(server.url("site")), lambda connection: read_token(connection, TABLE)
    )
    listener.current()
    wait_for(lambda: listener.token is not None, 10, "the listener to listen")
    yield listener
    listener.stop()


def token_in_database(server):
    with psycopg.connect(server.url("site")) as connection:
        return read_token(connection, TABLE)


def test_a_committed_change_is_heard_and_one_rolled_back_is_not(server, listener):
    env = site_environment(server.url("site"), DJANGO_DEBUG="true")
    before = listener.token
    assert before == token_in_database(server)

    manage("shell", "--no-imports", "-c", RENEW_THEN_ROLL_BACK, env=env)
    # Time enough for a notification to arrive, had one been sent.
    time.sleep(2 * WAKE_SECONDS)
    assert listener.token == before == token_in_database(server)

    manage("shell", "--no-imports", "-c", RENEW, env=env)
    wait_for(lambda: listener.token != before, 5, "the change to be heard")
    assert listener.token == token_in_database(server)


def test_without_the_database_the_listener_steps_aside_and_catches_up_after(server, listener):
    server.stop()
    try:
        # Not listening: ContentGeneration.objects.current() asks the database instead.
        wait_for(lambda: listener.token is None, 10, "the listener to step aside")
    finally:
        server.start()
    changed = new_token()
    # Another app server's change, committed as renew() commits one.
    with psycopg.connect(server.url("site")) as connection:
        connection.execute(f"UPDATE {TABLE} SET token = %s WHERE id = 1", [changed])
        connection.execute("SELECT pg_notify(%s, %s)", [CHANNEL, changed])

    wait_for(lambda: listener.token == changed, 10, "the listener to catch up")


def test_a_stopped_listener_lets_go_of_its_connection(server, listener):
    listener.stop()
    assert listener.token is None
    with psycopg.connect(server.url("site")) as connection:
        listening = connection.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE %s",
            ["%content-generation listener"],
        ).fetchone()[0]
    assert listening == 0
