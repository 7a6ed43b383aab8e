"""Real services in processes of their own, for the tests of faults (tests/test_faults.py),
of several app servers and of the page cache's listener: a PostgreSQL server of the tests'
own, a migrated site, the background worker, and gunicorn's processes.

The PostgreSQL server is for tests that stop and start the database: the machine's cluster
serves other tests meanwhile and is never touched. initdb refuses to run as root, and tests
run as root here and in CI: then the server runs as the `postgres` user, in a folder handed
to it.
"""

import glob
import hashlib
import os
import pwd
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from bench.servers import PROJECT, RedisServer, free_port, manage, site_environment

MAKE_PROJECT = """
from projects.models import Project
Project.objects.create(title="Ny skule i Nedre Li", slug="ny-skule", summary="Om skulen.",
                       status="ongoing", is_published=True)
"""


def make_site(database_url):
    """Migrate, and publish one project. A site is a copy of one migrated once per state of
    the migrations, as migrating takes some 20 seconds and many tests make a site: a copy of
    the file on SQLite, a dump loaded with psql on PostgreSQL (each test's server is a new
    one, so a template database would not outlive it)."""
    if database_url.startswith("sqlite:///"):
        shutil.copyfile(migrated_sqlite_template(), database_url.removeprefix("sqlite:///"))
        return
    dump = site_template_path(".sql")
    if dump.exists():
        postgres_client("psql", "-q", "-v", "ON_ERROR_STOP=1", "-f", dump, "-d", database_url)
        return
    migrate_and_add_a_project(database_url)
    handle, building = tempfile.mkstemp(suffix=".sql", dir=dump.parent)
    os.close(handle)
    # No owner or grants: each test's server has a user of its own.
    postgres_client("pg_dump", "--no-owner", "--no-privileges", "-f", building, database_url)
    os.replace(building, dump)


def postgres_client(program, *args):
    subprocess.run(
        [str(find_bin_dir() / program), *map(str, args)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip


def migrate_and_add_a_project(database_url):
    migrate = (
        "from django.core.management import call_command\ncall_command('migrate', verbosity=0)"
    )
    env = site_environment(database_url, DJANGO_DEBUG="true")
    manage("shell", "--no-imports", "-c", migrate + MAKE_PROJECT, env=env)


def site_template_path(suffix):
    """Where a migrated site is kept in the temp folder, named by a digest of every migration,
    of the project it holds and of the locked dependencies, so that a changed migration
    makes a new one. Test processes that ask at once each build it and the last rename
    wins: the sites are the same."""
    digest = hashlib.sha256(MAKE_PROJECT.encode() + (PROJECT / "requirements.lock").read_bytes())
    for migration in sorted(PROJECT.glob("*/migrations/*.py")):
        digest.update(str(migration.relative_to(PROJECT)).encode() + migration.read_bytes())
    return Path(tempfile.gettempdir()) / f"framdrift-site-{digest.hexdigest()[:16]}{suffix}"


def migrated_sqlite_template():
    """A migrated SQLite site (site_template_path), built when it is not there yet."""
    template = site_template_path(".sqlite3")
    if not template.exists():
        handle, building = tempfile.mkstemp(suffix=".sqlite3", dir=template.parent)
        os.close(handle)
        migrate_and_add_a_project(f"sqlite:///{building}")
        # Fold the write-ahead log into the file, so that copying the one file copies it all.
        with closing(sqlite3.connect(building)) as database:
            database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        os.replace(building, template)
    return template


def manage_in_development(*args, timeout=120, **environment):
    """manage.py in a process of its own, in development mode with the given variables and
    none of the test run's: the finished process, whatever its exit code."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST"))}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env=env | {"DJANGO_DEBUG": "true"} | environment,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def wait_for(condition, timeout, what):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout} s for {what}")
        time.sleep(0.1)


def find_bin_dir():
    """PG_BIN, or the newest of Debian's /usr/lib/postgresql/<version>/bin."""
    if os.environ.get("PG_BIN"):
        return Path(os.environ["PG_BIN"])
    found = glob.glob("/usr/lib/postgresql/*/bin/initdb")
    found.sort(key=lambda path: int(Path(path).parts[-3]))
    return Path(found[-1]).parent if found else None


def why_unavailable():
    """None when a server can be made here, else the reason it cannot."""
    bin_dir = find_bin_dir()
    if bin_dir is None or not (bin_dir / "initdb").exists():
        return "no PostgreSQL server binaries (apt-get install postgresql-15, or set PG_BIN)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root, and there is no `postgres` user to run initdb as"
        if not shutil.which("runuser"):
            return "running as root, and runuser is missing to run initdb as `postgres`"
    return None


class ThrowawayPostgres:
    """initdb in a temporary folder, on a free loopback port, with trust authentication."""

    def __init__(self):
        self.bin_dir = find_bin_dir()
        self.port = free_port()
        # Not under pytest's tmp_path: its parents are closed to the postgres user.
        self.folder = Path(tempfile.mkdtemp(prefix="framdrift-pg-"))
        self.data = self.folder / "data"
        self.user = "postgres" if os.geteuid() == 0 else None
        if self.user:
            shutil.chown(self.folder, self.user)
        self.is_running = False
        try:
            self.run(
                "initdb", "-D", self.data, "-U", "postgres", "-A", "trust",
                "-E", "UTF8", "--no-locale", "--no-sync",
            )  # fmt: skip
        except Exception:
            self.remove()
            raise

    def run(self, program, *args):
        command = [str(self.bin_dir / program), *map(str, args)]
        if self.user:
            command = ["runuser", "-u", self.user, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
        if done.returncode:
            raise RuntimeError(f"{program} failed:\n{done.stdout}\n{done.stderr}")
        return done.stdout

    def start(self):
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
            # A throwaway server: speed over durability.
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        log = self.folder / "server.log"
        self.run("pg_ctl", "-D", self.data, "-l", log, "-o", options, "-w", "-t", "30", "start")
        self.is_running = True

    def stop(self):
        """As an administrator would: fast shutdown, open connections are cut."""
        self.run("pg_ctl", "-D", self.data, "-m", "fast", "-w", "-t", "30", "stop")
        self.is_running = False

    def create_database(self, name, template=None):
        template_args = ["-T", template] if template else []
        self.run(
            "createdb", "-h", "127.0.0.1", "-p", self.port, "-U", "postgres", *template_args, name
        )
        return self.url(name)

    def url(self, name):
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"

    def remove(self):
        if self.is_running:
            self.run("pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)


@contextmanager
def own_postgres(needed_for):
    """A running ThrowawayPostgres, removed afterwards; where none can be made the test
    is skipped, except in CI, where that is a failure."""
    reason = why_unavailable()
    if reason:
        message = f"No PostgreSQL server of the tests' own for {needed_for}: {reason}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    server = ThrowawayPostgres()
    try:
        server.start()
        yield server
    finally:
        server.remove()


class WorkerProcess:
    """`manage.py worker` in a process of its own; its log is kept in a file."""

    def __init__(self, env, log):
        self.log = log
        with log.open("a") as output:
            self.process = subprocess.Popen(
                [sys.executable, "manage.py", "worker", "--interval", "0.2", "--no-reload"],
                cwd=PROJECT,
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
            )

    def text(self):
        return self.log.read_text()

    def is_alive(self):
        return self.process.poll() is None

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self):
        if self.is_alive():
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()


@contextmanager
def worker(env, log):
    process = WorkerProcess(env, log)
    try:
        yield process
    finally:
        process.stop()


def gunicorn_pids(site):
    """The gunicorn master serving this address, and its workers."""
    bind = site.removeprefix("http://").encode()
    parent_of, serving = {}, set()
    for process in Path("/proc").glob("[0-9]*"):
        try:
            status = (process / "status").read_text()
            parent_of[int(process.name)] = int(re.search(r"^PPid:\s*(\d+)", status, re.M)[1])
            if bind in (process / "cmdline").read_bytes().split(b"\0"):
                serving.add(int(process.name))
        except (OSError, TypeError):
            continue  # ended meanwhile
    masters = {pid for pid in serving if parent_of.get(pid) not in serving}
    return masters | {pid for pid, parent in parent_of.items() if parent in masters}


@contextmanager
def redis_server(folder, *options):
    """A running RedisServer with redis-server's options (e.g. "--maxmemory", "2mb"),
    stopped afterwards; where Debian's redis-server is missing the test is skipped,
    except in CI, where that is a failure."""
    if not shutil.which("redis-server"):
        message = "redis-server is missing (apt-get install redis-server); .ci/run installs it."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    server = RedisServer(folder, *options)
    try:
        server.start()
        yield server
    finally:
        server.stop()
