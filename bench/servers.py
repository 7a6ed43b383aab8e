"""Start the site as production runs it, in processes of its own, for the benchmark and for
tests that need more than one app server."""

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import closing, contextmanager
from pathlib import Path

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
        "--worker-class", "sync",
        "--backlog", "2048",
        "--log-level", "warning",
    ]  # fmt: skip
    # Its log goes to a file, not a pipe: a pipe nobody reads fills up, and then blocks the
    # server the next time it logs (a database outage logs a line per request).
    with tempfile.TemporaryFile("w+") as log:
        process = subprocess.Popen(
            command, cwd=PROJECT, env=env, stdout=subprocess.DEVNULL, stderr=log, text=True
        )
        base_url = f"http://127.0.0.1:{port}"
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


def site_environment(database_url, **extra):
    """The environment of a production-like site on a throwaway database."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "PYTEST", "REDIS_URL", "PAGE_CACHE"))
    }
    return env | {"DATABASE_URL": database_url} | extra
