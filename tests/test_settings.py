"""Configuration from the environment: safe defaults, and a clear refusal when unsafe."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_manage(*args, **env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL"))}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=clean | env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_refuses_to_start_without_a_secret_key_and_says_why():
    result = run_manage("check")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr
    assert "DJANGO_DEBUG=true" in result.stderr


def test_development_mode_starts_without_a_secret_key():
    result = run_manage("check", DJANGO_DEBUG="true")
    assert result.returncode == 0, result.stderr


def test_a_misspelt_boolean_is_refused_rather_than_guessed():
    result = run_manage("check", DJANGO_DEBUG="ja")
    assert result.returncode != 0
    assert "DJANGO_DEBUG must be true or false" in result.stderr


def test_defaults_are_nynorsk_and_oslo(settings):
    assert settings.LANGUAGE_CODE == "nn"
    assert settings.TIME_ZONE == "Europe/Oslo"


@pytest.mark.own_servers
def test_the_sqlite_database_runs_in_wal_mode(tmp_path):
    database = tmp_path / "site.sqlite3"
    # Any command that connects makes the file; migrating it too took 20 seconds.
    result = run_manage(
        "showmigrations", "projects", DJANGO_DEBUG="true", DATABASE_URL=f"sqlite:///{database}"
    )
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


FOLDERS = ["STATIC_ROOT", "MEDIA_ROOT", "PRIVATE_MEDIA_ROOT", "BACKUP_DIR"]


def production(**env):
    return (
        {
            "DJANGO_SECRET_KEY": "test-" + "x" * 60,
            "DJANGO_ALLOWED_HOSTS": "framdrift.example.org",
            "SITE_URL": "https://framdrift.example.org",
            "DEFAULT_FROM_EMAIL": "framdrift@framdrift.fjordvik.kommune.no",
            "SMTP_HOST": "127.0.0.1",
        }
        | {name: f"/var/lib/framdrift-test/{name.lower()}" for name in FOLDERS}
        | env
    )


def test_the_deploy_check_asks_for_the_public_https_address_as_site_url(tmp_path):
    folders = {name: str(tmp_path / name) for name in FOLDERS}
    # Plain HTTP on loopback starts (a site tried on this machine alone), but is no
    # public address.
    wrong = run_manage(
        "check", "--deploy", "--fail-level", "WARNING",
        **production(SITE_URL="http://127.0.0.1:8000", **folders),
    )  # fmt: skip
    assert wrong.returncode != 0
    assert "framdrift.W001" in wrong.stderr and "framdrift.W002" in wrong.stderr

    right = run_manage("check", "--deploy", "--fail-level", "WARNING", **production(**folders))
    assert right.returncode == 0, right.stderr


def test_in_production_the_language_cookie_goes_over_https_only_and_not_to_scripts():
    shown = run_manage(
        "shell", "--no-imports", "-c",
        "from django.conf import settings as s; print(s.LANGUAGE_COOKIE_SECURE, "
        "s.LANGUAGE_COOKIE_HTTPONLY, s.LANGUAGE_COOKIE_SAMESITE)",
        **production(),
    )  # fmt: skip
    assert shown.stdout.split() == ["True", "True", "Lax"], shown.stderr


def test_the_language_cookie_carries_its_flags(client):
    response = client.post("/i18n/setlang/", {"language": "nb", "next": "/"})
    cookie = response.cookies["django_language"]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
