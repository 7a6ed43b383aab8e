"""deploy/setup-server.sh, run into a folder standing for / (--root): the service user's
folders, the env file and the units end up with the owners and modes the IT provider's
guide promises, and running it again repairs drift without touching the settings."""

import grp
import os
import pwd
import shutil
import subprocess
import uuid

import pytest

from bench.servers import PROJECT
from config.envfile import read_env_file

SCRIPT = PROJECT / "deploy" / "setup-server.sh"
# An account every Debian system has, standing in for framdrift.
STAND_IN = "daemon"

pytestmark = [
    pytest.mark.skipif(os.geteuid() != 0, reason="the script sets owners: run as root"),
    pytest.mark.own_servers,
]

EXPECTED = {
    # path: (mode, owner, group); None: the service user
    "var/lib/framdrift": (0o755, None, None),
    "var/lib/framdrift/media": (0o755, None, None),
    "var/lib/framdrift/private-media": (0o700, None, None),
    "var/lib/framdrift/static": (0o755, None, None),
    "var/backups/framdrift": (0o700, None, None),
    "etc/framdrift": (0o750, "root", None),
    "etc/framdrift/framdrift.env": (0o640, "root", None),
    "usr/local/bin/framdrift-manage": (0o755, "root", "root"),
}


def setup_server(*args):
    return subprocess.run(["sh", str(SCRIPT), *args], capture_output=True, text=True, timeout=120)


def owner_and_mode(path):
    status = path.stat()
    return (
        status.st_mode & 0o7777,
        pwd.getpwuid(status.st_uid).pw_name,
        grp.getgrgid(status.st_gid).gr_name,
    )


def assert_as_promised(root, user, group):
    for path, (mode, owner, owning_group) in EXPECTED.items():
        assert owner_and_mode(root / path) == (mode, owner or user, owning_group or group), path


def test_folders_env_file_and_units_get_their_owners_and_modes(tmp_path):
    done = setup_server("--root", str(tmp_path), "--user", STAND_IN, "--no-user")
    assert done.returncode == 0, done.stderr

    assert_as_promised(tmp_path, STAND_IN, grp.getgrgid(pwd.getpwnam(STAND_IN).pw_gid).gr_name)
    for unit in (PROJECT / "deploy" / "systemd").iterdir():
        installed = tmp_path / "etc" / "systemd" / "system" / unit.name
        assert installed.read_text() == unit.read_text()
        assert owner_and_mode(installed) == (0o644, "root", "root")
    # The env file reads as the site reads it, with a secret key of its own.
    settings = read_env_file(tmp_path / "etc" / "framdrift" / "framdrift.env")
    assert len(settings["DJANGO_SECRET_KEY"]) == 50
    assert settings["PRIVATE_MEDIA_ROOT"] == "/var/lib/framdrift/private-media"
    assert "systemctl left alone" in done.stdout


def test_running_it_again_repairs_modes_and_keeps_the_settings(tmp_path):
    assert setup_server("--root", str(tmp_path), "--user", STAND_IN, "--no-user").returncode == 0
    env_file = tmp_path / "etc" / "framdrift" / "framdrift.env"
    with env_file.open("a") as settings:
        settings.write("SMTP_HOST=smtp.example.org\n")
    edited = env_file.read_text()
    env_file.chmod(0o644)  # a careless copy, readable by everyone
    (tmp_path / "var" / "lib" / "framdrift" / "private-media").chmod(0o755)
    os.chown(tmp_path / "var" / "backups" / "framdrift", 0, 0)

    done = setup_server("--root", str(tmp_path), "--user", STAND_IN, "--no-user")

    assert done.returncode == 0, done.stderr
    assert env_file.read_text() == edited
    assert "wrote" not in done.stdout
    assert_as_promised(tmp_path, STAND_IN, grp.getgrgid(pwd.getpwnam(STAND_IN).pw_gid).gr_name)


def test_without_the_user_and_told_not_to_make_it_it_stops_and_says_so(tmp_path):
    done = setup_server("--root", str(tmp_path), "--user", "framdrift-nobody", "--no-user")

    assert done.returncode == 1
    assert done.stderr.strip() == (
        "setup-server.sh: there is no user framdrift-nobody (and --no-user was given)"
    )
    assert not (tmp_path / "var").exists()


@pytest.mark.skipif(not shutil.which("adduser"), reason="Debian's adduser is missing")
def test_it_makes_the_service_user_a_system_account_without_login(tmp_path):
    user = f"framdrift-{uuid.uuid4().hex[:6]}"
    try:
        done = setup_server("--root", str(tmp_path), "--user", user)
        assert done.returncode == 0, done.stderr

        account = pwd.getpwnam(user)
        assert account.pw_uid < 1000  # a system account
        assert account.pw_shell == "/usr/sbin/nologin"
        assert account.pw_dir == "/var/lib/framdrift"
        assert grp.getgrgid(account.pw_gid).gr_name == user
        assert_as_promised(tmp_path, user, user)
    finally:
        subprocess.run(["deluser", "--quiet", user], capture_output=True)
        subprocess.run(["delgroup", "--quiet", user], capture_output=True)
