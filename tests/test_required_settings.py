"""Production (DJANGO_DEBUG off) refuses to start without what it needs, naming each
missing setting on a line of its own with what it is for (config/settings.py)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# What an IT provider following the README gives; each test leaves something out.
PRODUCTION = {
    "DJANGO_DEBUG": "false",
    "DJANGO_SECRET_KEY": "required-settings-" + "k" * 50,
    "DJANGO_ALLOWED_HOSTS": "framdrift.fjordvik.kommune.no",
    "SITE_URL": "https://framdrift.fjordvik.kommune.no",
    "DEFAULT_FROM_EMAIL": "Framdrift <framdrift@fjordvik.kommune.no>",
    "SMTP_HOST": "smtp.fjordvik.kommune.no",
    "STATIC_ROOT": "/var/lib/framdrift/static",
    "MEDIA_ROOT": "/var/lib/framdrift/media",
    "PRIVATE_MEDIA_ROOT": "/var/lib/framdrift/private-media",
}
REQUIRED = [name for name in PRODUCTION if name != "DJANGO_DEBUG"]
# Nothing of the machine's or the test run's own settings.
BARE = {"PATH": os.environ["PATH"], "LANG": "C.UTF-8", "DJANGO_SETTINGS_MODULE": "config.settings"}


def start(env, script="import django; django.setup()"):
    """Load the settings in a process with only this environment (and a PATH)."""
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=BARE | env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def refusals(result):
    return [line for line in result.stderr.splitlines() if " is not set: " in line]


def without(*names, **changed):
    return {k: v for k, v in PRODUCTION.items() if k not in names} | changed


def test_production_starts_with_everything_it_needs():
    result = start(PRODUCTION)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("name", REQUIRED)
def test_production_refuses_to_start_without_it_in_one_line_that_says_what_it_is_for(name):
    result = start(without(name))
    assert result.returncode != 0
    (line,) = refusals(result)
    assert f"{name} is not set: " in line
    # What it is for, in words, not only its name.
    assert len(line.split(" is not set: ", 1)[1]) > 30, line


def test_an_empty_value_as_in_the_example_file_counts_as_missing():
    result = start(without(DJANGO_SECRET_KEY=""))
    assert result.returncode != 0
    (line,) = refusals(result)
    assert "ImproperlyConfigured: DJANGO_SECRET_KEY is not set: " in line


def test_everything_missing_is_named_at_once_with_the_way_to_local_development():
    result = start({"DJANGO_DEBUG": "false"})
    assert result.returncode != 0
    named = [line.split(" is not set: ")[0].rsplit(" ", 1)[-1] for line in refusals(result)]
    assert sorted(named) == sorted(REQUIRED)
    assert "for local development set DJANGO_DEBUG=true" in result.stderr


def test_development_needs_none_of_them():
    assert start({"DJANGO_DEBUG": "true"}).returncode == 0


@pytest.mark.parametrize(
    "site_url",
    [
        "http://framdrift.fjordvik.kommune.no",
        "https://framdrift.fjordvik.kommune.no/framdrift",
        "framdrift.fjordvik.kommune.no",
        "https://framdrift.fjordvik.kommune.no?x=1",
    ],
)
def test_production_refuses_a_site_url_that_is_not_an_https_address_without_a_path(site_url):
    result = start(without(SITE_URL=site_url))
    assert result.returncode != 0
    assert "ImproperlyConfigured: SITE_URL must" in result.stderr
    assert site_url in result.stderr


def test_a_site_tried_on_this_machine_alone_may_use_plain_http():
    result = start(without(SITE_URL="http://127.0.0.1:8000/", DJANGO_SECURE_SSL_REDIRECT="false"))
    assert result.returncode == 0, result.stderr


def test_media_on_object_storage_needs_no_media_folders():
    s3 = {
        "MEDIA_STORAGE": "s3",
        "S3_MEDIA_BUCKET": "media",
        "S3_PRIVATE_BUCKET": "private",
        "S3_ACCESS_KEY_ID": "key",
        "S3_SECRET_ACCESS_KEY": "secret",
        "S3_ENDPOINT_URL": "http://127.0.0.1:9",
    }
    result = start(without("MEDIA_ROOT", "PRIVATE_MEDIA_ROOT", **s3))
    assert result.returncode == 0, result.stderr


SIGN = "from django.core import signing; print(signing.dumps('follow-42'))"
READ = (
    "import sys; from django.core import signing\n"
    "try: print(signing.loads(sys.argv[1]))\n"
    "except signing.BadSignature: print('refused')"
)


def read_signed(token, **env):
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()\n" + READ, token],
        cwd=ROOT,
        env=BARE | PRODUCTION | env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_after_a_key_change_links_signed_with_the_old_key_work_while_it_is_a_fallback():
    old_key, new_key = "old-" + "o" * 60, "new-" + "n" * 60
    signed = start(without(DJANGO_SECRET_KEY=old_key), "import django; django.setup()\n" + SIGN)
    token = signed.stdout.strip()
    assert token, signed.stderr

    assert read_signed(token, DJANGO_SECRET_KEY=new_key) == "refused"
    fallback = {"DJANGO_SECRET_KEY": new_key, "DJANGO_SECRET_KEY_FALLBACKS": f"x,{old_key}"}
    assert read_signed(token, **fallback) == "follow-42"
