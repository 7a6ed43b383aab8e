"""Rate limits hold as configured: one limit across every app server process, counted in
the database where no flood of kept pages can evict a count, per client as the trusted
proxy saw it, and an IPv6 /64 as one client."""

import http.cookiejar
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
import redis
from django.test import RequestFactory

from bench.servers import gunicorn, site_environment
from ratelimits.clients import client_address
from ratelimits.limits import count_and_check, parse_rate, prune
from ratelimits.models import RateCount
from tests.base import make_project
from tests.processes import make_site, own_postgres, redis_server
from tests.test_tips import send
from tips.forms import new_form_token
from tips.models import Tip

pytestmark = pytest.mark.django_db


def test_rates_read_as_a_count_per_period():
    assert parse_rate("10/h") == (10, 3600)
    assert parse_rate("5/10m") == (5, 600)
    assert parse_rate("60/m") == (60, 60)
    with pytest.raises(ValueError, match="10/h"):
        parse_rate("ten an hour")


def test_a_limit_counts_each_client_in_its_own_window():
    request = RequestFactory().post("/", REMOTE_ADDR="203.0.113.7")
    other = RequestFactory().post("/", REMOTE_ADDR="198.51.100.4")

    assert [count_and_check("tips", request, "3/h") for _ in range(5)] == [False] * 3 + [True] * 2
    assert not count_and_check("tips", other, "3/h")
    assert not count_and_check("csp-report", request, "3/h")  # another limit, its own count


def test_counts_of_windows_that_are_over_are_forgotten():
    request = RequestFactory().post("/", REMOTE_ADDR="203.0.113.7")
    count_and_check("tips", request, "3/s")
    assert RateCount.objects.count() == 1
    assert prune(now=time.time() + 5) == 1
    assert not RateCount.objects.exists()


# Who the client is


def request_from(remote, forwarded=None):
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return RequestFactory().get("/", REMOTE_ADDR=remote, **extra)


def test_an_ipv6_client_is_its_slash_64_network():
    assert client_address(request_from("2001:db8:1:2:a:b:c:d")) == "2001:db8:1:2::"
    assert client_address(request_from("2001:db8:1:2:ffff::1")) == "2001:db8:1:2::"
    assert client_address(request_from("2001:db8:1:3::1")) == "2001:db8:1:3::"
    assert client_address(request_from("::ffff:203.0.113.7")) == "203.0.113.7"
    assert client_address(request_from("203.0.113.7")) == "203.0.113.7"


def test_tips_from_rotating_ipv6_addresses_in_one_network_share_one_limit(client, settings):
    settings.TIP_RATE_LIMIT = "10/h"
    answers = [send(client, address=f"2001:db8:77:1::{n:x}").status_code for n in range(1, 26)]

    assert answers == [302] * 10 + [429] * 15
    assert Tip.objects.count() == 10
    assert send(client, address="2001:db8:77:2::1").status_code == 302  # the next network


def test_behind_proxies_the_client_is_what_the_outermost_trusted_proxy_added(settings):
    settings.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    settings.TRUSTED_PROXY_COUNT = 1
    # The client wrote the first entries itself; the proxy appended the address it saw.
    assert client_address(request_from("10.0.0.2", "198.51.100.99, 203.0.113.7")) == "203.0.113.7"
    assert client_address(request_from("10.0.0.2", "203.0.113.7")) == "203.0.113.7"
    settings.TRUSTED_PROXY_COUNT = 2  # a load balancer, then the web server
    assert client_address(request_from("10.0.0.2", "1.2.3.4, 203.0.113.7, 10.0.0.9")) == (
        "203.0.113.7"
    )
    # Not through the proxies as configured, or nonsense: the address that connected.
    assert client_address(request_from("10.0.0.2", "")) == "10.0.0.2"
    assert client_address(request_from("10.0.0.2", "not-an-address, <script>")) == "10.0.0.2"


def test_a_client_writing_its_own_forwarded_for_entries_cannot_escape_the_limit(client, settings):
    settings.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    settings.TIP_RATE_LIMIT = "3/h"

    def spoofed(number):
        forwarded = f"192.0.2.{number}, 203.0.113.7"  # forged first entry, the proxy's last
        return send(client, address="10.0.0.2", headers={"HTTP_X_FORWARDED_FOR": forwarded})

    assert [spoofed(n).status_code for n in range(6)] == [302] * 3 + [429] * 3


def test_login_lockout_counts_an_ipv6_network_as_one_client(client, settings):
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_user("kari", password="rett-passord-123", is_staff=True)
    settings.AXES_FAILURE_LIMIT = 3
    for number in range(1, 4):
        client.post(
            "/admin/login/",
            {"username": f"ukjend{number}", "password": "feil"},
            REMOTE_ADDR=f"2001:db8:5:6::{number}",
        )
    locked = client.post(
        "/admin/login/",
        {"username": "kari", "password": "rett-passord-123"},
        REMOTE_ADDR="2001:db8:5:6::99",
    )
    assert locked.status_code == 429


# Across app server processes, and beside kept pages


def minted_form(site):
    """A resident's form: the cookie and CSRF token from a visit, a token of its own."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    with opener.open(site + "/tips/", timeout=30) as response:
        page = response.read().decode()
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1]
    return opener, csrf


def send_tips(site, count):
    opener, csrf = minted_form(site)

    def one(number):
        data = urllib.parse.urlencode(
            {
                "csrfmiddlewaretoken": csrf,
                "form_token": new_form_token(issued_at=time.time() - 30),
                "message": f"Tips nummer {number}.",
            }
        ).encode()
        try:
            with opener.open(site + "/tips/", data, timeout=30) as response:
                # Redirected to the receipt when stored.
                return "stored" if "/tips/sendt/" in response.url else response.status
        except urllib.error.HTTPError as error:
            return error.code

    with ThreadPoolExecutor(8) as pool:
        return list(pool.map(one, range(count)))


@pytest.fixture(params=["sqlite", "postgresql"])
def site_database(request, tmp_path):
    if request.param == "sqlite":
        database_url = f"sqlite:///{tmp_path / 'site.sqlite3'}"
    else:
        server = request.getfixturevalue("postgres")
        database_url = server.create_database(f"limits_{tmp_path.name}".lower())
    make_site(database_url)
    return database_url


@pytest.fixture(scope="module")
def postgres():
    with own_postgres("rate limits across app servers") as server:
        yield server


def stored_tips(database_url, env):
    from bench.servers import manage

    output = manage(
        "shell", "--no-imports", "-c", "from tips.models import Tip\nprint(Tip.objects.count())",
        env=env,
    )  # fmt: skip
    return int(output.split()[-1])


@pytest.mark.own_servers
def test_one_limit_holds_across_app_server_processes_without_redis(site_database, tmp_path):
    env = site_environment(
        site_database,
        DJANGO_DEBUG="true",
        MEDIA_ROOT=str(tmp_path / "media"),
        TIP_MIN_FILL_SECONDS="0",
        TIP_RATE_LIMIT="10/h",
    )
    with gunicorn(env, workers=2, probe="/static/css/site.css") as site:
        answers = send_tips(site, 40)

    assert answers.count("stored") == 10 and answers.count(429) == 30, answers
    assert stored_tips(site_database, env) == 10


@pytest.fixture
def small_redis(tmp_path):
    """A Redis with room for little, evicting as the README once advised (volatile-lru
    keeps nothing without an expiry safe either: every kept page has one)."""
    with redis_server(
        tmp_path, "--maxmemory", "2mb", "--maxmemory-policy", "allkeys-lru"
    ) as server:
        yield server.url


def test_a_flood_of_kept_pages_in_a_small_redis_evicts_no_count(client, settings, small_redis):
    redis_cache = {"BACKEND": "django.core.cache.backends.redis.RedisCache"}
    settings.CACHES = {
        "default": redis_cache | {"LOCATION": small_redis},
        "pages": redis_cache | {"LOCATION": small_redis, "KEY_PREFIX": "pages"},
    }
    settings.TIP_RATE_LIMIT = "3/h"
    make_project("Ny skule i Nedre Li")
    assert [send(client, address="203.0.113.7").status_code for _ in range(3)] == [302] * 3

    for number in range(300):  # every search is a page kept of its own
        assert client.get("/", {"q": f"søk {number}"}).status_code == 200
    evicted = redis.Redis.from_url(small_redis).info("stats")["evicted_keys"]

    assert evicted > 0  # the flood did push kept pages out
    assert send(client, address="203.0.113.7").status_code == 429
