"""Two app servers, as a municipality with more traffic runs them: a change made anywhere
shows at once on both, whether each keeps pages in its own memory or both share Redis."""

import urllib.request

import pytest

from bench.servers import gunicorn, manage, site_environment

MAKE_PROJECT = """
from projects.models import Project
Project.objects.create(title="Ny skule i Nedre Li", slug="ny-skule", summary="Om skulen.",
                       status="ongoing", is_published=True)
"""
RENAME_PROJECT = """
from projects.models import Project
project = Project.objects.get(slug="ny-skule")
project.title = "Ny skule og barnehage i Nedre Li"
project.save()
"""


def fetch(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.headers["X-Page-Cache"], response.read().decode()


@pytest.fixture
def site(tmp_path):
    env = site_environment(
        f"sqlite:///{tmp_path / 'site.sqlite3'}",
        DJANGO_DEBUG="true",
        MEDIA_ROOT=str(tmp_path / "media"),
    )
    manage("migrate", "--noinput", env=env)
    manage("shell", "--no-imports", "-c", MAKE_PROJECT, env=env)
    return env


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

        manage("shell", "--no-imports", "-c", RENAME_PROJECT, env=env)

        for server in (first, second):
            assert "Ny skule og barnehage i Nedre Li" in fetch(server + page)[1]
        assert fetch(first + page)[0] == "hit"


CLEAR_CACHES = """
from django.core.cache import caches
caches["pages"].clear()
"""
