"""Two app servers, as a municipality with more traffic runs them: a change made anywhere
shows at once on both, whether each keeps pages in its own memory or both share Redis,
on SQLite and on PostgreSQL (where each process hears of changes by LISTEN/NOTIFY)."""

import urllib.request

import psycopg
import pytest

from bench.servers import gunicorn, manage, site_environment
from tests.processes import make_site, own_postgres, wait_for

pytestmark = pytest.mark.own_servers

RENAME_PROJECT = """
from projects.models import Project
project = Project.objects.get(slug="ny-skule")
project.title = "Ny skule og barnehage i Nedre Li"
project.save()
"""


def fetch(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.headers["X-Page-Cache"], response.read().decode()


@pytest.fixture(scope="module")
def postgres():
    with own_postgres("app servers on PostgreSQL") as server:
        yield server


@pytest.fixture(params=["sqlite", "postgresql"])
def site(request, tmp_path):
    if request.param == "sqlite":
        database_url = f"sqlite:///{tmp_path / 'site.sqlite3'}"
    else:
        server = request.getfixturevalue("postgres")
        database_url = server.create_database(f"site_{tmp_path.name}".lower())
    make_site(database_url)
    return site_environment(
        database_url,
        DJANGO_DEBUG="true",
        MEDIA_ROOT=str(tmp_path / "media"),
        PAGE_CACHE_HEADER="true",
    )


@pytest.mark.parametrize("shared", ["local memory", "redis"])
def test_a_change_shows_at_once_on_every_app_server(site, shared, request):
    env = site
    if shared == "redis":
        env = env | {"REDIS_URL": request.getfixturevalue("redis_url")}
        manage("shell", "--no-imports", "-c", CLEAR_CACHES, env=env)

    probe = "/static/css/site.css"
    with gunicorn(env, probe=probe) as first, gunicorn(env, probe=probe) as second:
        page = "/prosjekt/ny-skule/"
        assert fetch(first + page)[0] == "miss"
        assert fetch(first + page)[0] == "hit"
        # With Redis the second server finds the page the first one made.
        assert fetch(second + page)[0] == ("hit" if shared == "redis" else "miss")
        if site["DATABASE_URL"].startswith("postgres"):
            # Each server hears of changes, rather than asking for every page.
            wait_for(lambda: listeners(site["DATABASE_URL"]) == 2, 10, "both servers to listen")

        manage("shell", "--no-imports", "-c", RENAME_PROJECT, env=env)

        for server in (first, second):
            assert "Ny skule og barnehage i Nedre Li" in fetch(server + page)[1]
        assert fetch(first + page)[0] == "hit"


def listeners(database_url):
    with psycopg.connect(database_url) as connection:
        return connection.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND application_name LIKE %s",
            ["%content-generation listener"],
        ).fetchone()[0]


CLEAR_CACHES = """
from django.core.cache import caches

caches["pages"].clear()
"""
