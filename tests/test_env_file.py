"""The env file reads the same in bash (`set -a; . FILE`), in systemd (EnvironmentFile=)
and in manage.py (config/envfile.py), and the service user runs commands with it.

systemd's side is systemd's own parser, run for real: PID 1 here is not systemd, so each
test run starts a systemd user manager of its own (`systemd --user`) in a private mount
namespace, where a /run of its own holds the /run/systemd/system it looks for before it
agrees to start, and starts one service per env file that prints its environment. That
needs root (for the namespace) and systemd installed; elsewhere the tests skip, and in CI
they fail.
"""

import os
import pwd
import secrets
import shutil
import stat
import subprocess
import sys
import tempfile
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from config.envfile import EnvFileError, read_env_file

ROOT = Path(__file__).resolve().parent.parent
SYSTEMD = Path("/usr/lib/systemd/systemd")
# systemd sets these for each service it starts: not from the file.
PER_SERVICE = {"INVOCATION_ID", "SYSTEMD_EXEC_PID"}
pytestmark = pytest.mark.xdist_group("settings-env")

# Values with everything that means something to a shell, in single quotes.
HOSTILE = """\
# A comment, then a blank line.

DEFAULT_FROM_EMAIL='Framdrift Fjordvik <framdrift@fjordvik.kommune.no>'
SMTP_PASSWORD='p@ss $HOME ${USER} `id` $(id) "double" # not a comment ; & | < > ( ) ~ \\n \\'
ADMIN_SUPPORT_CONTACT='IT-tenesta, telefon 555 12 345 (kl. 8-16)'
EMPTY=''
ALSO_EMPTY=
WITH_EQUALS=a=b=c
UNICODE='Årdal og Sør-Fron'
SITE_URL=https://framdrift.fjordvik.kommune.no
SITE_URL=https://the-last-one-wins.example
"""
HOSTILE_VALUES = {
    "DEFAULT_FROM_EMAIL": "Framdrift Fjordvik <framdrift@fjordvik.kommune.no>",
    "SMTP_PASSWORD": 'p@ss $HOME ${USER} `id` $(id) "double" # not a comment ; & | < > ( ) ~ '
    "\\n \\",
    "ADMIN_SUPPORT_CONTACT": "IT-tenesta, telefon 555 12 345 (kl. 8-16)",
    "EMPTY": "",
    "ALSO_EMPTY": "",
    "WITH_EQUALS": "a=b=c",
    "UNICODE": "Årdal og Sør-Fron",
    "SITE_URL": "https://the-last-one-wins.example",
}
# Lines outside the format, each read differently by bash and by systemd.
DIVERGENT = [
    "NAME=two words",  # bash runs the command "words"
    "NAME=value # comment",
    "NAME='value' # comment",
    "NAME=$HOME",
    'NAME="$HOME"',
    "NAME=~/folder",
    "NAME =value",
    "export NAME=value",
    "NAME=one\rOTHER=two",
]


def why_no_systemd():
    if os.geteuid() != 0:
        return "systemd's parser runs in a mount namespace, which needs root"
    if not SYSTEMD.exists() or not shutil.which("systemctl") or not shutil.which("unshare"):
        return "systemd is not installed (apt-get install systemd)"
    return None


def require_systemd():
    reason = why_no_systemd()
    if reason and os.environ.get("CI"):
        pytest.fail(f"CI must read env files with systemd's own parser: {reason}")
    if reason:
        pytest.skip(reason)


MANAGER = r"""
set -eu
mount -t tmpfs -o mode=0755 tmpfs /run
mkdir -p /run/systemd/system
"$SYSTEMD" --user --log-target=console --log-level=warning >"$WORK/manager.log" 2>&1 &
manager=$!
for _ in $(seq 100); do [ -S "$XDG_RUNTIME_DIR/systemd/private" ] && break; sleep 0.1; done
for unit in "$@"; do systemctl --user start "$unit"; done
systemctl --user exit || kill "$manager"
wait "$manager" || true
"""


def changed(environment, baseline):
    return {k: v for k, v in environment.items() if baseline.get(k) != v and k not in PER_SERVICE}


def parse_env0(text):
    return dict(item.split("=", 1) for item in text.split("\0") if item)


def systemd_reads(files, work):
    """What systemd's EnvironmentFile= makes of each file."""
    units = work / "config" / "systemd" / "user"
    units.mkdir(parents=True)
    (work / "run").mkdir(mode=0o700)
    names = []
    for number, file in enumerate([None, *files]):
        load = f"EnvironmentFile={file}\n" if file else ""
        (units / f"probe{number}.service").write_text(
            f"[Service]\nType=oneshot\n{load}ExecStart=/usr/bin/env -0\n"
            f"StandardOutput=truncate:{work}/env{number}\n"
        )
        names.append(f"probe{number}.service")
    environment = {
        "PATH": "/usr/bin:/bin",
        "XDG_RUNTIME_DIR": str(work / "run"),
        "XDG_CONFIG_HOME": str(work / "config"),
        "WORK": str(work),
        "SYSTEMD": str(SYSTEMD),
    }
    command = ["unshare", "--mount", "--propagation", "private", "sh", "-c", MANAGER, "sh"]
    done = subprocess.run(
        [*command, *names], env=environment, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr + (work / "manager.log").read_text()
    read = [parse_env0((work / f"env{number}").read_text()) for number in range(len(names))]
    return [changed(environment, read[0]) for environment in read[1:]]


def bash_reads(file):
    def environment(source):
        done = subprocess.run(
            ["bash", "-c", f"set -a; {source} exec env -0"],
            env={"PATH": "/usr/bin:/bin"},
            capture_output=True,
            text=True,
            timeout=30,
        )
        return parse_env0(done.stdout)

    return changed(environment(f'. "{file}";'), environment(""))


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    """Each sample file, with what bash and what systemd read from it."""
    require_systemd()
    folder = tmp_path_factory.mktemp("env-files")
    files = {"example": ROOT / ".env.example", "hostile": folder / "hostile.env"}
    files["hostile"].write_text(HOSTILE)
    for number, line in enumerate(DIVERGENT):
        files[line] = folder / f"divergent{number}.env"
        files[line].write_text(f"# One line outside the format:\n{line}\n")
    by_systemd = systemd_reads(list(files.values()), folder / "systemd")
    return {
        key: (file, bash_reads(file), systemd)
        for (key, file), systemd in zip(files.items(), by_systemd, strict=True)
    }


def test_the_example_file_reads_the_same_in_bash_systemd_and_manage_py(samples):
    file, by_bash, by_systemd = samples["example"]
    assert by_bash == by_systemd == read_env_file(file)
    assert by_bash["DEFAULT_FROM_EMAIL"] == "Framdrift <framdrift@fjordvik.kommune.no>"


def test_every_commented_out_setting_of_the_example_is_in_the_format_once_uncommented(tmp_path):
    lines = (ROOT / ".env.example").read_text().splitlines()
    settings = [line[2:] for line in lines if line[2:3].isupper() and "=" in line[2:].split()[0]]
    (tmp_path / "uncommented.env").write_text("\n".join(settings))
    assert len(read_env_file(tmp_path / "uncommented.env")) > 20


def test_values_with_spaces_quotes_and_shell_characters_in_single_quotes_read_the_same(samples):
    file, by_bash, by_systemd = samples["hostile"]
    assert by_bash == by_systemd == read_env_file(file) == HOSTILE_VALUES


@pytest.mark.parametrize("line", DIVERGENT)
def test_a_line_bash_and_systemd_read_differently_is_refused_with_its_file_and_line(samples, line):
    file, by_bash, by_systemd = samples[line]
    assert by_bash != by_systemd
    with pytest.raises(EnvFileError, match=f"^{file}:2: "):
        read_env_file(file)


def test_a_refused_line_never_shows_its_value(tmp_path):
    (tmp_path / "secret.env").write_text("SMTP_PASSWORD=hunter2 with spaces\n")
    with pytest.raises(EnvFileError) as refused:
        read_env_file(tmp_path / "secret.env")
    assert "hunter2" not in str(refused.value)
    assert "SMTP_PASSWORD" in str(refused.value) and "single quotes" in str(refused.value)


# The service user: commands through deploy/framdrift-manage, as production runs them.

WRAPPER = ROOT / "deploy" / "framdrift-manage"
USER = "nobody"
# Production installs Python where the service user can run it (docs/deploying.md). Here
# it may sit under root's home, closed to others: the namespace shows that one folder.
INTERPRETER_VISIBLE = r"""
set -eu
mkdir -p "$KEEP"
mount --bind "$PYHOME" "$KEEP"
mount -t tmpfs -o mode=0755 tmpfs "$CLOSED"
mkdir -p "$PYHOME"
mount --bind "$KEEP" "$PYHOME"
exec "$@"
"""


def closed_ancestor(folder):
    """The first folder above this one that others cannot enter, or None."""
    for ancestor in reversed(folder.parents):
        if not ancestor.stat().st_mode & stat.S_IXOTH:
            return ancestor
    return None


def framdrift_manage(*args, env_file, caller=None):
    """deploy/framdrift-manage as root, for the service user USER."""
    python_home = Path(os.path.realpath(sys.executable)).parents[1]
    closed = closed_ancestor(python_home)
    command = [str(WRAPPER), *args]
    if closed:
        command = ["unshare", "--mount", "--propagation", "private", "sh", "-c",
                   INTERPRETER_VISIBLE, "sh", *command]  # fmt: skip
    keep = tempfile.mkdtemp(prefix="framdrift-python-")
    try:
        return subprocess.run(
            command,
            env=(caller or {"PATH": os.environ["PATH"]})
            | {"FRAMDRIFT_USER": USER, "FRAMDRIFT_APP_DIR": str(ROOT),
               "FRAMDRIFT_ENV_FILE": str(env_file),
               "PYHOME": str(python_home), "CLOSED": str(closed), "KEEP": keep},
            capture_output=True,
            text=True,
            timeout=120,
        )  # fmt: skip
    finally:
        os.rmdir(keep)


@pytest.fixture(scope="module")
def service_site():
    """A production site's folders, the service user's; its env file root's, readable by
    the service user's group (root:framdrift 0640 in production)."""
    if os.geteuid() != 0 or not shutil.which("setpriv") or not shutil.which("unshare"):
        reason = "running commands as the service user needs root, setpriv and unshare"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    user = pwd.getpwnam(USER)
    site = Path(tempfile.mkdtemp(prefix="framdrift-service-"))
    site.chmod(0o755)
    for name in ["static", "media", "private-media", "backups"]:
        (site / name).mkdir(mode=0o700)
    shutil.chown(site, user.pw_uid, user.pw_gid)
    for folder in site.iterdir():
        shutil.chown(folder, user.pw_uid, user.pw_gid)
    env_file = site / "framdrift.env"
    env_file.write_text(
        "DJANGO_DEBUG=false\n"
        f"DJANGO_SECRET_KEY={secrets.token_urlsafe(50)}\n"
        "DJANGO_ALLOWED_HOSTS=framdrift.fjordvik.kommune.no\n"
        "SITE_URL=https://framdrift.fjordvik.kommune.no\n"
        "DEFAULT_FROM_EMAIL='Framdrift <framdrift@fjordvik.kommune.no>'\n"
        "SMTP_HOST=127.0.0.1\n"
        "LANGUAGE_CODE=en\n"
        f"DATABASE_URL=sqlite:///{site}/site.sqlite3\n"
        f"STATIC_ROOT={site}/static\nMEDIA_ROOT={site}/media\n"
        f"PRIVATE_MEDIA_ROOT={site}/private-media\nBACKUP_DIR={site}/backups\n"
    )
    os.chown(env_file, 0, user.pw_gid)
    env_file.chmod(0o640)
    yield site, env_file
    shutil.rmtree(site)


# The backup is made here (migrating a database as the service user takes a minute). Alone
# in its group: it empties the test database after it (transaction=True), which must wait
# until every other test of the process has run (tests/conftest.py).
@pytest.mark.xdist_group("settings-env-backup")
@pytest.mark.django_db(transaction=True)
def test_the_service_user_runs_check_and_check_backup_with_the_env_file(service_site, tmp_path):
    site, env_file = service_site
    checked = framdrift_manage("check", "--deploy", env_file=env_file)
    assert checked.returncode == 0, checked.stderr
    assert not {"framdrift.W011", "framdrift.W012", "framdrift.W013"} & set(
        checked.stderr.replace("(", " ").replace(")", " ").split()
    ), checked.stderr

    archive = site / "backups" / "framdrift-backup.tar.gz"
    call_command("backup", output=str(tmp_path / archive.name), stdout=StringIO())
    shutil.copy(tmp_path / archive.name, archive)
    shutil.chown(archive, USER)
    backup_checked = framdrift_manage("check_backup", str(archive), env_file=env_file)
    assert backup_checked.returncode == 0, backup_checked.stderr
    assert "The backup is good" in backup_checked.stdout


def test_the_callers_environment_stays_behind_and_quoted_values_arrive_whole(service_site):
    _, env_file = service_site
    caller = {"PATH": os.environ["PATH"], "DJANGO_DEBUG": "true", "SITE_URL": "http://x"}
    script = (
        "from django.conf import settings as s; print(s.DEBUG, s.SITE_URL, s.DEFAULT_FROM_EMAIL)"
    )
    shown = framdrift_manage(
        "shell", "--no-imports", "-c", script, env_file=env_file, caller=caller
    )
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip().splitlines()[-1] == (
        "False https://framdrift.fjordvik.kommune.no Framdrift <framdrift@fjordvik.kommune.no>"
    )


def test_a_folder_the_service_user_cannot_write_is_flagged_by_the_deploy_check(service_site):
    site, env_file = service_site
    closed = site / "root-only"
    closed.mkdir(mode=0o700)
    changed_file = site / "changed.env"
    changed_file.write_text(env_file.read_text() + f"PRIVATE_MEDIA_ROOT={closed}\n")
    os.chown(changed_file, 0, pwd.getpwnam(USER).pw_gid)
    changed_file.chmod(0o640)
    checked = framdrift_manage("check", "--deploy", env_file=changed_file)
    assert "(framdrift.W012) PRIVATE_MEDIA_ROOT" in checked.stderr
    assert f"is not writable by {USER}" in checked.stderr


def test_an_env_file_the_service_user_cannot_read_is_named_with_the_mode_it_needs(service_site):
    site, env_file = service_site
    unreadable = site / "root-only.env"
    shutil.copy(env_file, unreadable)
    unreadable.chmod(0o600)
    refused = framdrift_manage("check", env_file=unreadable)
    assert refused.returncode != 0
    assert f"{unreadable} cannot be read by {USER}: Permission denied" in refused.stderr
    assert "Traceback" not in refused.stderr
