"""An older Framdrift refuses a database a newer one has migrated: manage.py with one line,
gunicorn by not starting. Real SQLite databases migrated by manage.py, and gunicorn."""

import shutil
import sqlite3
import subprocess
import sys

import pytest

from bench.servers import PROJECT, free_port, gunicorn, site_environment
from config.version import framdrift_version
from tests.processes import make_site, wait_for

pytestmark = [pytest.mark.xdist_group("database-version"), pytest.mark.own_servers]

FUTURE_MIGRATION = "0099_from_a_newer_version"
REFUSAL = (
    f"This database was migrated by a newer Framdrift (projects.{FUTURE_MIGRATION} is unknown "
    f"to this version {framdrift_version()}): install that version or newer, or restore a "
    "backup made before the upgrade."
)


@pytest.fixture(scope="module")
def migrated(tmp_path_factory):
    path = tmp_path_factory.mktemp("database-version") / "migrated.sqlite3"
    make_site(f"sqlite:///{path}")
    return path


def database_with(migrated, tmp_path, *rows):
    """A copy of the migrated database, with django_migrations rows added."""
    path = tmp_path / "site.sqlite3"
    shutil.copy(migrated, path)
    with sqlite3.connect(path) as database:
        database.executemany(
            "INSERT INTO django_migrations (app, name, applied) VALUES (?, ?, datetime('now'))",
            rows,
        )
    database.close()
    return path


def manage(*args, database):
    env = site_environment(f"sqlite:///{database}", DJANGO_DEBUG="true")
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_every_command_refuses_a_database_migrated_by_a_newer_version(migrated, tmp_path):
    database = database_with(migrated, tmp_path, ("projects", FUTURE_MIGRATION))

    for command in (["check"], ["migrate", "--noinput"], ["purge_tips"]):
        done = manage(*command, database=database)
        assert done.returncode != 0, command
        assert done.stderr.strip() == REFUSAL, (command, done.stderr)


def test_backups_and_the_version_still_work_on_it(migrated, tmp_path):
    """Going back means restoring a backup; the IT provider needs these commands for it."""
    database = database_with(migrated, tmp_path, ("projects", FUTURE_MIGRATION))

    done = manage("framdrift_version", database=database)

    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == framdrift_version()


def test_the_database_this_version_migrated_is_fine(migrated, tmp_path):
    database = database_with(migrated, tmp_path)

    done = manage("migrate", "--noinput", database=database)

    assert done.returncode == 0, done.stderr
    assert "No migrations to apply" in done.stdout


def test_a_fresh_database_is_fine(tmp_path):
    empty = tmp_path / "empty.sqlite3"
    sqlite3.connect(empty).close()  # A database without django_migrations.

    for database in (empty, tmp_path / "not-made-yet.sqlite3"):
        done = manage("check", database=database)
        assert done.returncode == 0, done.stderr


def test_unknown_migrations_of_other_apps_do_not_block(migrated, tmp_path):
    """Rows left by an app since uninstalled, or by a newer version of a package."""
    database = database_with(
        migrated, tmp_path, ("an_uninstalled_app", "0001_initial"), ("admin", "0099_newer")
    )

    done = manage("check", database=database)

    assert done.returncode == 0, done.stderr


def test_a_database_that_cannot_be_reached_is_left_to_the_command():
    env = site_environment(f"postgres://framdrift@127.0.0.1:{free_port()}/framdrift")
    env |= {"DJANGO_DEBUG": "true"}

    done = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=PROJECT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip

    assert done.returncode == 0, done.stderr
    assert "newer Framdrift" not in done.stderr


def test_gunicorn_refuses_to_start_on_it(migrated, tmp_path):
    database = database_with(migrated, tmp_path, ("projects", FUTURE_MIGRATION))
    env = site_environment(f"sqlite:///{database}", DJANGO_DEBUG="true")
    command = [
        sys.executable, "-m", "gunicorn", "config.wsgi",
        "--bind", f"127.0.0.1:{free_port()}", "--workers", "1",
    ]  # fmt: skip
    log = tmp_path / "gunicorn.log"

    with log.open("w") as output:
        server = subprocess.Popen(command, cwd=PROJECT, env=env, stdout=output, stderr=output)
        try:
            wait_for(lambda: server.poll() is not None, 60, "gunicorn to give up")
        finally:
            if server.poll() is None:
                server.kill()
                server.wait()

    assert server.returncode != 0
    assert REFUSAL in log.read_text()


def test_gunicorn_serves_the_database_this_version_migrated(migrated, tmp_path):
    database = database_with(migrated, tmp_path)
    env = site_environment(f"sqlite:///{database}", DJANGO_DEBUG="true")

    with gunicorn(env) as base_url:
        assert base_url.startswith("http://127.0.0.1:")
