"""When Redis goes away the site keeps serving, pages made afresh, and caches again by itself
when Redis is back (config/caches.py). Against real Redis servers: one of the test's own
that it stops, freezes and starts again, and ports nothing listens on."""

import asyncio
import json
import pickle
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor

import pytest
import redis

from bench.servers import PROJECT, free_port, gunicorn, manage, site_environment
from config.caches import ResilientRedisCache
from tests.processes import make_site, redis_server, wait_for
from tests.test_faults import send_tip


@pytest.fixture
def own_redis(tmp_path):
    with redis_server(tmp_path) as server:
        yield server


def stopped_port():
    """A Redis address nothing listens on. A new one each time: the breaker is per server."""
    return f"redis://127.0.0.1:{free_port()}/0"


def resilient_cache(location, **options):
    return ResilientRedisCache(location, {"OPTIONS": options})


def cache_warnings(caplog):
    return [r.getMessage() for r in caplog.records if r.name == "config.caches"]


# In-process: the backend itself.


@pytest.mark.parametrize("retry_after", [0, 60], ids=["asked each time", "left alone"])
def test_an_unreachable_redis_is_an_empty_cache_that_keeps_nothing(retry_after):
    cache = resilient_cache(stopped_port(), RETRY_AFTER_SECONDS=retry_after)
    started = time.monotonic()

    assert cache.get("page") is None
    assert cache.get("page", "made afresh") == "made afresh"
    assert cache.set("page", "kept") is None
    assert cache.get("page") is None
    assert cache.get_many(["page", "card"]) == {}
    assert cache.set_many({"page": 1, "card": 2}) == ["page", "card"]
    assert cache.add("count", 1) is False  # not stored, so not "added"
    assert cache.has_key("count") is False
    assert "count" not in cache
    with pytest.raises(ValueError, match="not found"):
        cache.incr("count")
    with pytest.raises(ValueError, match="not found"):
        cache.decr("count")
    assert cache.get_or_set("card", "made afresh") == "made afresh"
    assert cache.touch("page") is False
    assert cache.delete("page") is False
    assert cache.delete_many(["page", "card"]) is None
    assert cache.clear() is False
    assert run_async(cache.aget("page", "made afresh")) == "made afresh"

    # A refused connection costs next to nothing; nothing here waits for a timeout.
    assert time.monotonic() - started < 2


def test_each_outage_is_logged_once_per_process_and_its_end_too(own_redis, caplog):
    cache = resilient_cache(own_redis.url, RETRY_AFTER_SECONDS=0)
    caplog.set_level("INFO", logger="config.caches")
    cache.set("page", "kept")
    own_redis.stop()

    for _ in range(5):
        assert cache.get("page") is None
    other_alias = ResilientRedisCache(
        own_redis.url, {"KEY_PREFIX": "pages", "OPTIONS": {"RETRY_AFTER_SECONDS": 0}}
    )
    assert other_alias.get("page") is None

    (down,) = cache_warnings(caplog)
    assert down.startswith(f"Redis at {own_redis.url} cannot be reached (Error 111 connecting")
    assert "pages are made afresh and nothing is cached" in down
    assert caplog.records[0].levelname == "WARNING"

    own_redis.start()
    cache.set("page", "kept again")
    assert cache.get("page") == "kept again"
    (back,) = cache_warnings(caplog)[1:]
    assert re.fullmatch(rf"Redis at {own_redis.url} is back after \d+ s: caching again\.", back)


def test_after_a_failure_redis_is_left_alone_for_a_while_then_asked_again(own_redis):
    cache = resilient_cache(own_redis.url, RETRY_AFTER_SECONDS=1)
    direct = own_redis.client()
    own_redis.stop()
    assert cache.get("page") is None  # fails, and opens the breaker
    own_redis.start()

    # Back already, but not asked yet: nothing is stored, nothing is read.
    cache.set("page", "kept")
    assert cache.get("page") is None
    assert direct.keys("*") == []

    time.sleep(1.1)
    cache.set("page", "kept")
    assert cache.get("page") == "kept"
    assert direct.keys("*") == [b":1:page"]


def test_a_redis_that_answers_nothing_costs_one_timeout_and_then_nothing(own_redis):
    cache = resilient_cache(
        own_redis.url, socket_connect_timeout=0.2, socket_timeout=0.2, RETRY_AFTER_SECONDS=60
    )
    cache.set("page", "kept")
    own_redis.freeze()
    try:
        started = time.monotonic()
        assert cache.get("page") is None
        waited = time.monotonic() - started

        started = time.monotonic()
        for _ in range(20):
            assert cache.get("page") is None
            cache.set("page", "kept")
        skipped = time.monotonic() - started
    finally:
        own_redis.thaw()

    assert waited < 2  # the socket timeout, not the operating system's
    assert skipped < 0.2  # the breaker: Redis is not asked again, so no more timeouts


def test_a_mistake_in_the_code_still_raises(redis_url, caplog):
    cache = resilient_cache(redis_url.rsplit("/", 1)[0] + "/5")
    cache.clear()
    with pytest.raises((pickle.PicklingError, AttributeError)):
        cache.set("page", lambda: "a function cannot be kept")
    cache.set("title", "Ny skule")
    with pytest.raises(redis.exceptions.ResponseError):
        cache.incr("title")  # not a number
    with pytest.raises(ValueError, match="not found"):
        cache.incr("no-such-count")  # Redis's own answer

    # None of these was taken for Redis being away.
    assert cache.get("title") == "Ny skule"
    assert cache_warnings(caplog) == []
    cache.clear()


def test_a_running_redis_works_as_djangos_redis_cache(redis_url):
    # A database of its own on the session's Redis, so that clear() touches no other test's.
    cache = resilient_cache(redis_url.rsplit("/", 1)[0] + "/6")
    assert cache.clear() is True

    cache.set("page", {"pieces": [b"<html>"]})
    assert cache.get("page") == {"pieces": [b"<html>"]}
    assert cache.add("count", 1) is True
    assert cache.add("count", 5) is False
    assert cache.incr("count", 2) == 3
    assert cache.decr("count") == 2
    assert cache.has_key("count") is True
    assert cache.set_many({"card:1": "a", "card:2": "b"}, 60) == []
    assert cache.get_many(["card:1", "card:2", "card:3"]) == {"card:1": "a", "card:2": "b"}
    assert cache.touch("card:1", 120) is True
    assert cache.delete("card:1") is True
    assert cache.delete("card:1") is False
    cache.delete_many(["card:2", "count"])
    assert cache.get_many(["card:1", "card:2", "count"]) == {}
    assert cache.get_or_set("made", lambda: "once") == "once"
    assert cache.clear() is True
    assert cache.get("page") is None


SHOW_CACHES = "import json, config.settings as s; print(json.dumps(s.CACHES))"


def caches_configured(**environment):
    env = site_environment("sqlite:///:memory:", DJANGO_DEBUG="true")
    # Only the Redis settings given here, none of the machine's.
    env = {name: value for name, value in env.items() if not name.startswith("REDIS_")}
    env |= environment
    done = subprocess.run(
        [sys.executable, "-c", SHOW_CACHES],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(done.stdout)


def test_with_redis_url_kept_pages_go_to_a_resilient_redis_with_short_timeouts():
    caches = caches_configured(REDIS_URL="redis://cache.example:6379/0")
    assert {alias: cache["BACKEND"] for alias, cache in caches.items()} == {
        # Nothing that must last is cached: rate limits are counted in the database.
        "default": "django.core.cache.backends.locmem.LocMemCache",
        "pages": "config.caches.ResilientRedisCache",
        # Each process's copy of what it read from Redis (tests/test_pagecache_near.py).
        "near": "django.core.cache.backends.locmem.LocMemCache",
    }
    assert caches["pages"]["KEY_PREFIX"] == "pages"
    assert caches["pages"]["OPTIONS"] == {
        "socket_connect_timeout": 0.25,
        "socket_timeout": 0.5,
        "RETRY_AFTER_SECONDS": 5,
    }

    caches = caches_configured(
        REDIS_URL="redis://cache.example:6379/0",
        REDIS_CONNECT_TIMEOUT_MS="100",
        REDIS_TIMEOUT_MS="2000",
        REDIS_RETRY_SECONDS="30",
    )
    assert caches["pages"]["OPTIONS"] == {
        "socket_connect_timeout": 0.1,
        "socket_timeout": 2.0,
        "RETRY_AFTER_SECONDS": 30,
    }


# The site under gunicorn, as production runs it.


def run_async(coroutine):
    """Run in a thread of its own: a browser test in this process may have left an event
    loop running in this one (Playwright's sync API)."""
    with ThreadPoolExecutor(1) as thread:
        return thread.submit(asyncio.run, coroutine).result()


PAGES = ["/", "/prosjekt/ny-skule/", "/tips/", "/admin/login/"]


def fetch(url):
    """(status, seconds, whether from the page cache: True, False or None if not told)."""
    started = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            response.read()
            status, outcome = response.status, response.headers["X-Page-Cache"]
    except urllib.error.HTTPError as error:
        status, outcome = error.code, None
    except OSError as error:
        status, outcome = repr(error), None
    return status, time.monotonic() - started, None if outcome is None else outcome == "hit"


class Load:
    """A few visitors fetching PAGES in a loop; each answer is noted under the phase it
    was asked in."""

    def __init__(self, site, visitors=4):
        self.site = site
        self.phase = "up"
        self.answers = defaultdict(list)
        self.done = threading.Event()
        self.visitors = [threading.Thread(target=self.visit, args=(n,)) for n in range(visitors)]

    def visit(self, number):
        while not self.done.is_set():
            for page in PAGES[number % len(PAGES) :] + PAGES[: number % len(PAGES)]:
                phase = self.phase
                status, seconds, _ = fetch(self.site + page)
                self.answers[phase].append((page, status, seconds))

    def __enter__(self):
        for visitor in self.visitors:
            visitor.start()
        return self

    def __exit__(self, *exc_info):
        self.done.set()
        for visitor in self.visitors:
            visitor.join(timeout=60)

    def during(self, phase, seconds):
        self.phase = phase
        time.sleep(seconds)


def wait_until_pages_are_kept(site, own_redis, timeout, page="/prosjekt/ny-skule/"):
    """Fetched twice, the page comes from the cache the second time: the header says so
    where it is sent, and Redis holds the page either way."""
    seen = {}

    def kept():
        fetch(site + page)
        seen["status"], _, seen["hit"] = fetch(site + page)
        seen["pages in Redis"] = len(own_redis.client().keys("pages:*:page:*"))
        return seen["status"] == 200 and seen["pages in Redis"] and seen["hit"] is not False

    try:
        wait_for(kept, timeout, "pages kept in Redis")
    except AssertionError as error:
        raise AssertionError(f"{error}; last seen: {seen}") from None


@pytest.mark.own_servers
def test_the_site_keeps_serving_without_redis_and_caches_again_when_it_is_back(own_redis, tmp_path):
    database_url = f"sqlite:///{tmp_path / 'site.sqlite3'}"
    make_site(database_url)
    env = site_environment(
        database_url,
        DJANGO_DEBUG="true",
        MEDIA_ROOT=str(tmp_path / "media"),
        REDIS_URL=own_redis.url,
        PAGE_CACHE_HEADER="true",
        # Shorter than the default 5 s, so that the test need not wait long for recovery.
        REDIS_RETRY_SECONDS="1",
        TIP_MIN_FILL_SECONDS="0",
    )
    with gunicorn(env, workers=2, probe="/static/css/site.css") as site:
        wait_until_pages_are_kept(site, own_redis, 10)

        with Load(site) as load:
            load.during("up", 1)
            own_redis.stop()
            load.during("stopped", 1)
            # A resident's tip is stored and receipted meanwhile.
            assert "Referansen din" in send_tip(site, "Gatelyset i Nedre Li er ute.")
            load.during("stopped", 2)
            own_redis.start()
            load.during("started again", 2)
            own_redis.freeze()
            load.during("frozen", 3)
            own_redis.thaw()
            load.during("thawed", 2)

        timings = {
            phase: f"{len(answers)} answers, slowest {max(s for _, _, s in answers):.2f} s"
            for phase, answers in load.answers.items()
        }
        print(f"\nRedis away under load: {timings}")
        for phase, answers in load.answers.items():
            assert len(answers) >= 8, (phase, timings)
            failed = [(page, status) for page, status, _ in answers if status != 200]
            assert not failed, (phase, failed[:10])
            # Not a measure of speed: only that no request hung on Redis.
            slowest = max(answers, key=lambda answer: answer[2])
            assert slowest[2] < 5, (phase, slowest)

        # Restarted empty, Redis keeps pages again, with no restart of the site: a page
        # no one has asked for yet (those asked are still in each process's near copy).
        own_redis.client().flushdb()
        wait_until_pages_are_kept(site, own_redis, 15, page="/prosjekt/ny-skule/?igjen=1")
    tips = manage(
        "shell",
        "--no-imports",
        "-c",
        "from tips.models import Tip\nprint(Tip.objects.count())",
        env=env,
    )
    assert tips.split()[-1] == "1"
