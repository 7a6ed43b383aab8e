"""The systemd units and timers in deploy/systemd/, and deploy/gunicorn.conf.py, as the IT
provider installs them: systemd itself reads them, and gunicorn runs with its config."""

import os
import re
import shlex
import shutil
import socket
import subprocess
import sys
import urllib.request
from contextlib import contextmanager
from datetime import datetime
from itertools import pairwise
from pathlib import Path

import pytest
from django.core.management import get_commands, load_command_class

from bench.servers import PROJECT, free_port, wait_until_serving

pytestmark = pytest.mark.own_servers

UNITS = PROJECT / "deploy" / "systemd"
SERVICES = sorted(UNITS.glob("*.service"))
TIMERS = sorted(UNITS.glob("*.timer"))
GUNICORN_CONF = PROJECT / "deploy" / "gunicorn.conf.py"
INSTALLED_CODE = "/srv/framdrift"


def require_systemd_analyze():
    if not shutil.which("systemd-analyze"):
        message = "systemd-analyze is missing (Debian's systemd package)."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def read_unit(path):
    """{section: [(key, value), ...]}, as systemd reads it (keys may repeat)."""
    sections, section = {}, None
    for line in Path(path).read_text().splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            section = sections.setdefault(line.strip("[]"), [])
        else:
            key, _, value = line.partition("=")
            section.append((key.strip(), value.strip()))
    return sections


def values(unit, section, key):
    return [value for name, value in unit.get(section, []) if name == key]


def words(unit, section, key):
    return [word for value in values(unit, section, key) for word in value.split()]


def verify(folder):
    """systemd-analyze verify on every unit in folder: its output (empty when all is well)."""
    done = subprocess.run(
        ["systemd-analyze", "verify", *sorted(map(str, Path(folder).iterdir()))],
        capture_output=True,
        text=True,
        timeout=60,
    )
    return done.returncode, (done.stdout + done.stderr).strip()


def units_pointing_here(folder, change=None):
    """The units with /srv/framdrift read as this checkout, so that verify finds the
    programs they start (.venv/bin/gunicorn, .venv/bin/python) as it would on the server.
    change: (file name, old, new) to break one of them."""
    folder.mkdir()
    for unit in [*SERVICES, *TIMERS]:
        text = unit.read_text().replace(INSTALLED_CODE, str(PROJECT))
        if change and change[0] == unit.name:
            assert change[1] in text
            text = text.replace(change[1], change[2])
        (folder / unit.name).write_text(text)
    return folder


def test_the_units_and_timers_are_all_there():
    assert [path.name for path in SERVICES] == [
        "framdrift-backup.service",
        "framdrift-prune.service",
        "framdrift-purge.service",
        "framdrift-worker.service",
        "framdrift.service",
    ]
    assert [path.name for path in TIMERS] == [
        "framdrift-backup.timer",
        "framdrift-prune.timer",
        "framdrift-purge.timer",
    ]


def test_systemd_analyze_verify_finds_nothing_to_say(tmp_path):
    require_systemd_analyze()
    returncode, output = verify(units_pointing_here(tmp_path / "units"))
    assert (returncode, output) == (0, "")


@pytest.mark.parametrize(
    "change",
    [
        ("framdrift.service", "Restart=on-failure", "Restrat=on-failure"),
        ("framdrift-purge.timer", "OnCalendar=*-*-* 03:15", "OnCalendar=*-*-* 25:15"),
        ("framdrift-worker.service", "/.venv/bin/python", "/.venv/bin/pyhton"),
    ],
    ids=["misspelt key", "impossible time", "missing program"],
)
def test_systemd_analyze_verify_catches_a_mistake(tmp_path, change):
    require_systemd_analyze()
    _, output = verify(units_pointing_here(tmp_path / "units", change))
    assert output
    assert change[0] in output


@pytest.mark.parametrize("path", [*SERVICES, *TIMERS], ids=lambda path: path.name)
def test_every_unit_can_be_enabled(path):
    unit = read_unit(path)
    # A timer or a long-running service is wanted by a target; a oneshot started by its
    # timer enables that timer along with it.
    assert values(unit, "Install", "WantedBy") or values(unit, "Install", "Also")


@pytest.mark.parametrize("name", ["framdrift.service", "framdrift-worker.service"])
def test_the_site_and_worker_start_after_postgresql_and_redis_without_needing_them(name):
    unit = read_unit(UNITS / name)
    for needed in ("network-online.target", "postgresql.service", "redis-server.service"):
        assert needed in words(unit, "Unit", "After")
        assert needed in words(unit, "Unit", "Wants")
    # A database on another machine, or a restarted local one, must not stop the site.
    assert not values(unit, "Unit", "Requires") and not values(unit, "Unit", "BindsTo")
    assert values(unit, "Install", "WantedBy") == ["multi-user.target"]


@pytest.mark.parametrize("path", SERVICES, ids=lambda path: path.name)
def test_every_service_runs_as_framdrift_with_the_env_file_and_writes_only_its_data(path):
    unit = read_unit(path)
    assert values(unit, "Service", "User") == ["framdrift"]
    assert values(unit, "Service", "Group") == ["framdrift"]
    assert values(unit, "Service", "EnvironmentFile") == ["/etc/framdrift/framdrift.env"]
    assert values(unit, "Service", "WorkingDirectory") == [INSTALLED_CODE]
    assert values(unit, "Service", "ProtectSystem") == ["strict"]
    assert values(unit, "Service", "NoNewPrivileges") == ["true"]
    writable = words(unit, "Service", "ReadWritePaths")
    assert writable == ["/var/lib/framdrift", "-/var/backups/framdrift"]


def test_the_site_tells_systemd_when_it_is_ready_and_keeps_its_runtime_folder():
    unit = read_unit(UNITS / "framdrift.service")
    assert values(unit, "Service", "Type") == ["notify"]
    assert values(unit, "Service", "RuntimeDirectory") == ["framdrift"]
    assert values(unit, "Service", "ExecStart") == [
        f"{INSTALLED_CODE}/.venv/bin/gunicorn -c {INSTALLED_CODE}/deploy/gunicorn.conf.py "
        "config.wsgi"
    ]


def next_runs(calendar, count=3):
    done = subprocess.run(
        ["systemd-analyze", "calendar", f"--iterations={count}", calendar],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 0, done.stderr
    found = re.findall(r"\(in UTC\): \w{3} (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) UTC", done.stdout)
    assert len(found) == count, done.stdout
    return [datetime.fromisoformat(moment) for moment in found]


@pytest.mark.parametrize(
    ("name", "days_apart"),
    [("framdrift-purge", 1), ("framdrift-prune", 7), ("framdrift-backup", 1)],
)
def test_timers_run_their_service_daily_or_weekly_and_catch_up_after_downtime(name, days_apart):
    require_systemd_analyze()
    timer = read_unit(UNITS / f"{name}.timer")
    assert values(timer, "Timer", "Persistent") == ["true"]
    assert values(timer, "Install", "WantedBy") == ["timers.target"]
    (calendar,) = values(timer, "Timer", "OnCalendar")
    runs = next_runs(calendar)
    assert {(later - earlier).days for earlier, later in pairwise(runs)} == {days_apart}
    service = read_unit(UNITS / f"{name}.service")
    assert values(service, "Service", "Type") == ["oneshot"]


def manage_commands():
    """Every `manage.py COMMAND ARGS` the units run."""
    found = []
    for path in SERVICES:
        for key in ("ExecStart", "ExecStartPre", "ExecStartPost"):
            for line in values(read_unit(path), "Service", key):
                argv = shlex.split(line)
                if len(argv) > 1 and argv[1].endswith("/manage.py"):
                    found.append((path.name, argv[2], argv[3:]))
    return found


def test_the_units_run_the_commands_they_are_for():
    assert {(unit, command) for unit, command, _ in manage_commands()} == {
        ("framdrift-worker.service", "worker"),
        ("framdrift-purge.service", "purge_tips"),
        ("framdrift-prune.service", "prune_db_task_results"),
        ("framdrift-backup.service", "backup"),
    }


@pytest.mark.parametrize(("unit", "command", "args"), manage_commands(), ids=str)
def test_each_command_in_a_unit_exists_with_those_options(unit, command, args):
    parser = load_command_class(get_commands()[command], command).create_parser(
        "manage.py", command
    )
    parser.parse_args(args)  # an unknown option or a bad value fails here


@contextmanager
def gunicorn_as_the_unit_runs_it(tmp_path, **extra):
    """gunicorn with deploy/gunicorn.conf.py, as the unit starts it, with the environment a
    system service has: no XDG_RUNTIME_DIR, and a home of its own. Yields the site's
    address and that home; its output is in tmp_path/stdout.log and stderr.log."""
    home = tmp_path / "home"
    home.mkdir()
    port = free_port()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "PYTEST", "XDG_", "GUNICORN_", "NOTIFY_SOCKET"))
    }
    env |= {
        "HOME": str(home),
        "DJANGO_DEBUG": "true",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'site.sqlite3'}",
    } | extra
    command = [str(Path(sys.executable).parent / "gunicorn"), "-c", str(GUNICORN_CONF)]
    with (
        (tmp_path / "stdout.log").open("w") as stdout,
        (tmp_path / "stderr.log").open("w+") as stderr,
    ):
        process = subprocess.Popen(
            [*command, "config.wsgi"], cwd=tmp_path, env=env, stdout=stdout, stderr=stderr
        )
        site = f"http://127.0.0.1:{port}"
        try:
            wait_until_serving(site + "/static/css/site.css", process, stderr)
            yield site, home
        finally:
            process.terminate()
            process.wait(timeout=30)


@pytest.mark.xdist_group("deploy")
def test_gunicorn_logs_no_control_socket_error_and_writes_nothing_in_home(tmp_path):
    with gunicorn_as_the_unit_runs_it(tmp_path) as (_, home):
        pass

    # Without its own setting gunicorn 27 makes ~/.gunicorn/gunicorn.ctl: under the unit's
    # ProtectSystem=strict that failed with "Permission denied" at every start.
    assert list(home.iterdir()) == []
    assert "control socket" not in (tmp_path / "stderr.log").read_text().lower()


@pytest.mark.xdist_group("deploy")
def test_gunicorn_control_socket_goes_where_the_it_provider_says(tmp_path):
    socket_path = tmp_path / "run" / "gunicorn.ctl"
    with gunicorn_as_the_unit_runs_it(tmp_path, GUNICORN_CONTROL_SOCKET=str(socket_path)):
        assert socket_path.is_socket()
        assert socket_path.stat().st_mode & 0o777 == 0o600


@pytest.mark.xdist_group("deploy")
def test_gunicorn_tells_systemd_it_is_ready(tmp_path):
    # Type=notify: systemd waits for READY=1 on the socket it names in NOTIFY_SOCKET.
    notify_path = tmp_path / "notify"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as notify:
        notify.bind(str(notify_path))
        notify.settimeout(30)
        with gunicorn_as_the_unit_runs_it(tmp_path, NOTIFY_SOCKET=str(notify_path)):
            message = notify.recv(4096).decode()
    assert "READY=1" in message


@pytest.mark.xdist_group("deploy")
def test_gunicorn_access_log_has_the_site_time_zone_and_the_request_id(tmp_path):
    with gunicorn_as_the_unit_runs_it(tmp_path, TIME_ZONE="Europe/Oslo") as (site, _):
        request = urllib.request.Request(
            site + "/static/css/site.css?x=1", headers={"X-Request-ID": "nginx-id-4f2a9c0e"}
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.headers["X-Request-ID"] == "nginx-id-4f2a9c0e"

    log = (tmp_path / "stdout.log").read_text()
    (line,) = [line for line in log.splitlines() if "?x=1" in line]
    # Django's own log lines start the same way (config/logging.py).
    assert re.match(
        r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0[12]:00 INFO nginx-id-4f2a9c0e gunicorn\.access ",
        line,
    ), line
    assert '"GET /static/css/site.css?x=1 HTTP/1.1" 200 ' in line


@pytest.mark.xdist_group("deploy")
def test_gunicorn_runs_the_sites_worker_with_room_for_every_requests_frames(tmp_path):
    # config/frame_room.py: gunicorn's own sync worker would let a page map and unmap
    # memory for its frames hundreds of times (tests/test_frame_room.py).
    with (
        gunicorn_as_the_unit_runs_it(tmp_path) as (site, _),
        urllib.request.urlopen(site + "/static/css/site.css", timeout=10) as response,
    ):
        assert response.status == 200
    log = (tmp_path / "stderr.log").read_text()
    assert "Using worker: config.gunicorn_worker.SyncWorker" in log
    assert "Booting worker" in log
    assert "Traceback" not in log
