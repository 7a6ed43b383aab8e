"""Configuration from the environment: safe defaults, and a clear refusal when unsafe."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

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


def test_the_sqlite_database_runs_in_wal_mode(tmp_path):
    database = tmp_path / "site.sqlite3"
    result = run_manage("migrate", "-v0", DJANGO_DEBUG="true", DATABASE_URL=f"sqlite:///{database}")
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
