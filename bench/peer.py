"""The Wagtail demo site (bakerydemo) as a peer: a general Django CMS a municipality might
otherwise pick, served the way the bench serves Framdrift, so that both are measured in
the same run on the same machine.

`make bench` runs it when BENCH_PEER names a checkout of github.com/wagtail/bakerydemo;
on its own: python -m bench.peer /path/to/bakerydemo [--seconds 10 --connections 32].

From the checkout it takes only the code and its fixtures; everything it makes is
elsewhere: a venv with its requirements from PyPI (kept in ~/.cache/framdrift-bench-peer,
one per set of requirements and Python version, so a second run installs nothing), and
a throwaway SQLite database, media and static files in the bench's folder. Its own
production settings (DEBUG off, whitenoise, local-memory cache) are used as they are,
with HTTPS redirects off (loopback has no TLS, as for Framdrift) and paths moved out of
the checkout; gunicorn serves it with the same number of workers as Framdrift.
"""

import argparse
import hashlib
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path

from .load import wrk
from .servers import free_port, serving

CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "framdrift-bench-peer"
HOW_TO_GIVE = (
    "BENCH_PEER=/path/to/bakerydemo make bench (a checkout of "
    "https://github.com/wagtail/bakerydemo; the bench makes its venv and data itself)"
)
SETTINGS = """\
# Written by Framdrift's bench: bakerydemo's production settings, its files moved out of
# the checkout.
from bakerydemo.settings.production import *  # noqa: F403

MEDIA_ROOT = {media!r}
STATIC_ROOT = {static!r}
"""


class PeerUnusable(RuntimeError):
    """BENCH_PEER does not name a bakerydemo checkout the bench can set up."""


def requirement_lines(path):
    """A requirements file's lines, its own -r includes followed."""
    lines = []
    for line in path.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("-r "):
            lines += requirement_lines(path.parent / line[3:].strip())
        elif line:
            lines.append(line)
    return lines


def requirements(checkout):
    """What the home page needs: requirements/base.txt (Wagtail, Django and the rest),
    the whitenoise its production settings use, and the gunicorn Framdrift runs on. The
    rest of requirements.txt (uWSGI, which needs a compiler, and clients for
    Elasticsearch, S3 and Google Cloud) serves nothing the home page uses."""
    base = checkout / "requirements" / "base.txt"
    if not base.is_file():
        raise PeerUnusable(f"{base} is missing: is {checkout} a checkout of bakerydemo?")
    production = checkout / "requirements" / "production.txt"
    extra = [
        line
        for line in (requirement_lines(production) if production.is_file() else [])
        if re.match(r"whitenoise\b", line, re.I)
    ] or ["whitenoise"]
    return [*requirement_lines(base), *extra, f"gunicorn=={metadata.version('gunicorn')}"]


def peer_venv(checkout, say):
    """The peer's venv, made once per set of requirements and Python version."""
    wanted = requirements(checkout)
    key = hashlib.sha256("\n".join([sys.version, *wanted]).encode()).hexdigest()[:16]
    venv = CACHE / key
    python = venv / "bin" / "python"
    if (venv / ".complete").exists():
        return python
    say(f"  making the peer's venv in {venv} (pip, from PyPI) …")
    # Made where it stays (a venv's scripts name its path); complete once marked so.
    shutil.rmtree(venv, ignore_errors=True)
    CACHE.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    done = subprocess.run(
        [python, "-m", "pip", "install", "--quiet", *wanted], capture_output=True, text=True
    )
    if done.returncode:
        raise PeerUnusable(f"pip could not install the peer's requirements:\n{done.stderr}")
    (venv / ".complete").touch()
    return python


class Peer:
    """bakerydemo on a throwaway SQLite database in folder, ready to serve."""

    def __init__(self, checkout, folder, workers, say=print):
        self.checkout = Path(checkout).resolve()
        if (
            not (self.checkout / "manage.py").is_file()
            or not (self.checkout / "bakerydemo" / "settings" / "production.py").is_file()
        ):
            raise PeerUnusable(f"{self.checkout} is not a checkout of bakerydemo")
        self.folder = Path(folder) / "peer"
        self.workers = workers
        self.say = say
        self.python = None
        self.setup_seconds = None

    def environment(self):
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DJANGO_", "DATABASE_", "REDIS_", "PYTHON", "VIRTUAL_ENV"))
        }
        return env | {
            "PYTHONPATH": str(self.folder),
            "DJANGO_SETTINGS_MODULE": "bench_peer_settings",
            "DATABASE_URL": f"sqlite:///{self.folder / 'db.sqlite3'}",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            "DJANGO_LOG_LEVEL": "WARNING",
            # Loopback has no TLS: no redirect to https, no HSTS (as for Framdrift).
            "SECURE_SSL_REDIRECT": "false",
            "SECURE_HSTS_SECONDS": "0",
        }

    def set_up(self):
        started = time.monotonic()
        self.python = peer_venv(self.checkout, self.say)
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / "bench_peer_settings.py").write_text(
            SETTINGS.format(media=str(self.folder / "media"), static=str(self.folder / "static"))
        )
        self.env = self.environment()
        for command in (
            ["migrate", "--noinput"],
            ["load_initial_data"],
            ["collectstatic", "--noinput"],
        ):
            self.manage(*command)
        self.setup_seconds = time.monotonic() - started

    def manage(self, *args):
        done = subprocess.run(
            [self.python, "manage.py", *args],
            cwd=self.checkout,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=1800,
        )
        if done.returncode:
            raise PeerUnusable(
                f"bakerydemo's manage.py {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
            )

    @contextmanager
    def serving(self):
        """gunicorn serving bakerydemo; yields its base URL once its home page is 200."""
        port = free_port()
        command = [
            self.python, "-m", "gunicorn", "bakerydemo.wsgi",
            "--bind", f"127.0.0.1:{port}",
            "--workers", str(self.workers),
            "--worker-class", "sync",
            "--backlog", "2048",
            "--log-level", "warning",
        ]  # fmt: skip
        base_url = f"http://127.0.0.1:{port}"
        # Its first home page makes the picture renditions: allowed a while.
        with serving(command, base_url, "/", cwd=self.checkout, env=self.env) as url:
            home_page(url)
            yield url


def home_page(base_url):
    """The home page's HTML, checked to be a page and not a redirect or an error."""
    request = urllib.request.Request(base_url + "/")
    with urllib.request.urlopen(request, timeout=60) as response:
        body = response.read()
        if response.status != 200 or response.url != base_url + "/" or b"<html" not in body:
            raise PeerUnusable(f"bakerydemo's home page answered {response.status}")
    return body


def measure_peer(peer, seconds, connections):
    """The peer's home page under wrk, as Framdrift's pages are loaded."""
    with peer.serving() as base_url:
        for _ in range(3):
            body = home_page(base_url)  # renditions made, templates compiled, in each worker
        result = wrk(base_url + "/", seconds, connections)
    return result | {"bytes": len(body)}


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m bench.peer", description="bakerydemo's home page under wrk."
    )
    parser.add_argument("checkout", help="a checkout of github.com/wagtail/bakerydemo")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--workers", type=int, default=(os.cpu_count() or 1) + 1)
    arguments = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="framdrift-bench-peer-"))
    try:
        peer = Peer(arguments.checkout, folder, arguments.workers)
        peer.set_up()
        result = measure_peer(peer, arguments.seconds, arguments.connections)
    except PeerUnusable as error:
        sys.exit(str(error))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(
        f"bakerydemo home page: {result['rps']:.0f} req/s, p50 {result['p50']:.1f} ms, "
        f"p95 {result['p95']:.1f} ms, p99 {result['p99']:.1f} ms, {result['errors']} errors, "
        f"{result['bytes']} bytes (gunicorn with {arguments.workers} workers, wrk with "
        f"{arguments.connections} connections for {arguments.seconds} s; set up in "
        f"{peer.setup_seconds:.0f} s)"
    )


if __name__ == "__main__":
    main()
