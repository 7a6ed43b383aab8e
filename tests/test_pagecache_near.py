"""With Redis (several app servers), each process keeps its own copy of the pages and pieces
of pages it has read or made (pagecache/kept.py): a page from the cache, or a page made of
kept pieces, then costs no round trip to Redis. Never staler than Redis itself."""

import time
from datetime import timedelta

import pytest
import redis
from django.core.cache import caches
from django.utils import timezone

from tests.base import make_project, make_update
from tests.test_fragments import card_status
from tests.test_redis_down import caches_configured

pytestmark = pytest.mark.django_db


@pytest.fixture
def shared_redis(settings, redis_url):
    """The pages kept in a real Redis, as with REDIS_URL, with a near copy in this process;
    and a way to count what this process asks Redis."""
    settings.CACHES = settings.CACHES | {
        "pages": {
            "BACKEND": "config.caches.ResilientRedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": "pages",
        },
        "near": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "pages-near-test",
            "OPTIONS": {"MAX_ENTRIES": 500},
        },
    }
    settings.PAGE_CACHE_NEAR_ALIAS = "near"
    settings.PAGE_CACHE_HEADER = True
    server = redis.Redis.from_url(redis_url)
    server.flushdb()
    yield server
    server.flushdb()


def commands_asked(server, do):
    """How many commands Redis answered while do() ran (its own INFO calls left out)."""

    def answered():
        return server.info("stats")["total_commands_processed"]

    before = answered()
    idle = answered() - before  # one INFO
    before = answered()
    result = do()
    return result, answered() - before - idle


def another_server_started():
    """What this process keeps for itself is gone, as in an app server that has just
    started: what Redis holds is all there is."""
    caches["near"].clear()


def test_a_page_from_the_cache_is_then_answered_without_asking_redis(client, shared_redis):
    project = make_project("Ny skule i Nedre Li")
    page = project.get_absolute_url()

    made, asked_making = commands_asked(shared_redis, lambda: client.get(page))
    again, asked_again = commands_asked(shared_redis, lambda: client.get(page))

    assert made["X-Page-Cache"] == "miss" and asked_making > 0
    assert again["X-Page-Cache"] == "hit" and "Ny skule i Nedre Li" in again.text
    assert asked_again == 0
    # The other app servers find it in Redis.
    assert shared_redis.dbsize() > 0


def test_a_page_another_server_made_comes_from_redis_once_then_from_near(client, shared_redis):
    project = make_project("Ny skule i Nedre Li")
    page = project.get_absolute_url()
    client.get(page)
    another_server_started()

    first, asked_first = commands_asked(shared_redis, lambda: client.get(page))
    second, asked_second = commands_asked(shared_redis, lambda: client.get(page))

    assert first["X-Page-Cache"] == "hit" and asked_first == 1
    assert second["X-Page-Cache"] == "hit" and asked_second == 0
    assert second.text.count("Ny skule i Nedre Li") == first.text.count("Ny skule i Nedre Li")


def test_with_fragments_only_a_page_of_kept_pieces_asks_redis_nothing(
    client, shared_redis, settings
):
    settings.PAGE_CACHE_ENABLED = False
    make_project("Ny skule i Nedre Li", status="planned")
    make_project("Bustader ved fjorden", status="ongoing")

    made, asked_making = commands_asked(shared_redis, lambda: client.get("/"))
    another_server_started()
    from_redis, asked_from_redis = commands_asked(shared_redis, lambda: client.get("/"))
    near, asked_near = commands_asked(shared_redis, lambda: client.get("/"))

    assert asked_making > 0 and asked_from_redis > 0
    assert asked_near == 0
    for response in (made, from_redis, near):
        assert "Planlagt" in card_status(response, "Ny skule")
        assert "I gang" in card_status(response, "Bustader")


def test_a_change_shows_at_once_though_the_old_page_is_near(client, shared_redis, settings):
    project = make_project("Ny skule i Nedre Li", status="planned")
    for page_cache in (True, False):
        settings.PAGE_CACHE_ENABLED = page_cache
        client.get("/")
        client.get(project.get_absolute_url())

    project.title = "Ny skule og barnehage i Nedre Li"
    project.save()
    make_update(project, new_status="ongoing")

    for page_cache in (True, False):
        settings.PAGE_CACHE_ENABLED = page_cache
        overview = client.get("/")
        assert "I gang" in card_status(overview, "barnehage")
        assert "Ny skule og barnehage i Nedre Li" in client.get(project.get_absolute_url()).text


def test_a_near_copy_lives_no_longer_than_the_next_scheduled_change(client, shared_redis):
    project = make_project("Ny skule i Nedre Li", status="planned")
    soon = timezone.now() + timedelta(seconds=2)
    make_update(project, title="Byggjestart", published_at=soon, new_status="ongoing")
    assert "Planlagt" in card_status(client.get("/"), "Ny skule")
    # Copied from Redis, as another server would, it is kept no longer either.
    another_server_started()
    assert client.get("/")["X-Page-Cache"] == "hit"
    assert "Planlagt" in card_status(client.get("/"), "Ny skule")

    time.sleep((soon - timezone.now()).total_seconds() + 0.2)

    assert "I gang" in card_status(client.get("/"), "Ny skule")


def test_each_server_keeps_a_near_copy_only_with_redis_and_as_many_as_it_is_told():
    def near(**environment):
        configured = caches_configured(**environment)
        return configured.get("near", {}).get("OPTIONS", {}).get("MAX_ENTRIES")

    # One server: its pages are in its own memory already.
    assert near() is None
    assert near(REDIS_URL="redis://cache.example:6379/0") == 500
    assert near(REDIS_URL="redis://cache.example:6379/0", PAGE_CACHE_NEAR_ENTRIES="2000") == 2000
    assert near(REDIS_URL="redis://cache.example:6379/0", PAGE_CACHE_NEAR_ENTRIES="0") is None
