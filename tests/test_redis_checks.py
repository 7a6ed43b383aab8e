"""`check --deploy` warns when the page cache's Redis is on another machine and open to
anyone who can reach it; a local Redis, a socket or one with a password is fine."""

import pytest
from django.core.checks import registry

from ratelimits.checks import remote_redis_has_a_password
from tests.processes import manage_in_development

PASSWORD = "s3cret%2Fpart"


def redis_cache(location):
    return {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {"BACKEND": "config.caches.ResilientRedisCache", "LOCATION": location},
    }


def redis_warnings():
    assert remote_redis_has_a_password in registry.registry.get_checks(True)
    return [m for m in remote_redis_has_a_password(None) if m.id == "framdrift.W030"]


@pytest.mark.parametrize(
    "location",
    [
        "redis://10.0.0.5:6379/0",
        "rediss://redis.internal.example.org:6380/0",
        "redis://framdrift@[fd00::5]:6379/0",  # an ACL user name alone is no password
        "redis://:@10.0.0.5:6379/0",
        "redis://127.0.0.1:6379/0,redis://10.0.0.6:6379/0",  # a replica elsewhere
    ],
)
def test_a_remote_redis_without_a_password_is_warned_about(settings, location):
    settings.CACHES = redis_cache(location)

    (warning,) = redis_warnings()

    assert "without a password" in warning.msg
    assert "requirepass" in warning.hint


@pytest.mark.parametrize(
    "location",
    [
        "redis://127.0.0.1:6379/0",
        "redis://localhost:6379/1",
        "redis://[::1]:6379/0",
        "unix:///run/redis/redis-server.sock?db=0",
        f"redis://:{PASSWORD}@10.0.0.5:6379/0",
        f"redis://framdrift:{PASSWORD}@10.0.0.5:6379/0",
        f"redis://10.0.0.5:6379/0?password={PASSWORD}",
    ],
)
def test_a_local_redis_or_one_with_a_password_is_fine(settings, location):
    settings.CACHES = redis_cache(location)
    assert redis_warnings() == []


def test_the_warning_never_shows_the_password_and_no_redis_means_no_warning(settings):
    settings.CACHES = redis_cache(f"redis://framdrift@10.0.0.5:6379/0,redis://:{PASSWORD}@x:1")
    assert PASSWORD not in str(redis_warnings())

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert redis_warnings() == []


def test_check_deploy_names_the_host_from_redis_url():
    result = manage_in_development("check", "--deploy", REDIS_URL="redis://10.0.0.5:6379/0")
    assert "Traceback" not in result.stderr
    assert "framdrift.W030" in result.stderr and "points at 10.0.0.5" in result.stderr
