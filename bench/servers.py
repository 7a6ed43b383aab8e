"""Start the site as production runs it, in processes of its own, for the benchmark and for
tests that need more than one app server."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import closing, contextmanager
from pathlib import Path

import redis as redis_client

PROJECT = Path(__file__).resolve().parents[1]


def free_port():
    with closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(*args, env, timeout=1800, cwd=PROJECT):
    """Run a manage.py command in its own process; its output is returned, failure raised."""
    done = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if done.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def wait_until_serving(url, process, log, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            raise RuntimeError(f"the server stopped at start: {log.read()}")
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"the server did not answer {url} within {timeout} s")


@contextmanager
def gunicorn(env, workers=1, probe="/"):
    """gunicorn serving config.wsgi on a free loopback port; yields its base URL."""
    port = free_port()
    command = [
        sys.executable, "-m", "gunicorn", "config.wsgi",
        "--bind", f"127.0.0.1:{port}",
        "--workers", str(workers),
        "--worker-class", "config.gunicorn_worker.SyncWorker",
        "--backlog", "2048",
        "--log-level", "warning",
    ]  # fmt: skip
    with serving(command, f"http://127.0.0.1:{port}", probe, cwd=PROJECT, env=env) as base_url:
        yield base_url


@contextmanager
def serving(command, base_url, probe="/", **popen):
    """The server the command starts, until base_url + probe answers; yields base_url, and
    stops the server afterwards."""
    # Its log goes to a file, not a pipe: a pipe nobody reads fills up, and then blocks the
    # server the next time it logs (a database outage logs a line per request).
    with tempfile.TemporaryFile("w+") as log:
        process = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=log, text=True, **popen
        )
        try:
            wait_until_serving(base_url + probe, process, log)
            yield base_url
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


# What production refuses to start without (config/settings.py) that a site tried on this
# machine alone can take as it is: its own address on loopback, and a mail server where
# none listens. The folders (STATIC_ROOT, MEDIA_ROOT, PRIVATE_MEDIA_ROOT) and the secret
# key are the caller's, as each site needs its own.
ON_THIS_MACHINE = {
    "SITE_URL": "http://127.0.0.1",
    "SMTP_HOST": "127.0.0.1",
    "DEFAULT_FROM_EMAIL": "framdrift@localhost",
}


def site_environment(database_url, **extra):
    """The environment of a production-like site on a throwaway database."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "PYTEST", "REDIS_URL", "PAGE_CACHE"))
    }
    if extra.get("DJANGO_DEBUG", "false").lower() not in {"1", "true", "yes", "on"}:
        env |= ON_THIS_MACHINE
    return env | {"DATABASE_URL": database_url} | extra


class RedisServer:
    """redis-server on a port of its own, which stays the same when it is started again."""

    def __init__(self, folder, *options):
        self.binary = shutil.which("redis-server")
        if self.binary is None:
            raise RuntimeError("redis-server is missing: apt-get install redis-server")
        self.folder = folder
        self.options = [str(option) for option in options]
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        command = [self.binary, "--port", str(self.port), "--bind", "127.0.0.1"]
        # A throwaway server: nothing is written to disk, so it starts again empty.
        command += ["--save", "", "--appendonly", "no", "--dir", str(self.folder), *self.options]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        client = redis_client.Redis.from_url(self.url, socket_connect_timeout=0.2)
        deadline = time.monotonic() + 10
        while not self.answers(client):
            if time.monotonic() > deadline:
                raise RuntimeError("redis-server did not start")
            time.sleep(0.1)
        client.close()

    def answers(self, client):
        try:
            return client.ping()
        except redis_client.exceptions.ConnectionError:
            return False

    def stop(self):
        """As an administrator would (or the machine's service manager, restarting it)."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGCONT)  # in case it was frozen
            self.process.terminate()
            self.process.wait(timeout=10)

    def freeze(self):
        """A Redis that accepts connections and answers nothing, like an overloaded host."""
        self.process.send_signal(signal.SIGSTOP)

    def thaw(self):
        self.process.send_signal(signal.SIGCONT)

    def client(self):
        return redis_client.Redis.from_url(self.url)


@contextmanager
def redis(folder):
    """redis-server on a free loopback port, nothing written to disk; yields its URL."""
    server = RedisServer(folder)
    try:
        server.start()
        yield server.url
    finally:
        server.stop()
