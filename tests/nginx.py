"""The sample nginx configuration (deploy/nginx/framdrift.conf), run for real in tests:
bench/nginx.py renders it; nginx_server() runs the result in the foreground, in a folder of
its own, and stops it afterwards; request() speaks to it as a browser would.
"""

import http.client
import os
import re
import signal
import socket
import ssl
import subprocess
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from bench.nginx import (
    NGINX,
    SERVER_NAME,
    check_config,
    render_sample_config,
    self_signed_certificate,
    write_config,
)
from tests.processes import wait_for

__all__ = [
    "SERVER_NAME", "check_config", "nginx_server", "render_sample_config", "request",
    "require_nginx", "self_signed_certificate",
]  # fmt: skip


def require_nginx():
    """Skip without nginx here; in CI (which installs it) that is a failure."""
    if not Path(NGINX).exists():
        message = "nginx is missing (apt-get install nginx); .ci/run installs it."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


class NginxServer:
    def __init__(self, folder, process, ports):
        self.folder = Path(folder)
        self.process = process
        self.ports = ports

    def log(self, name="framdrift-access.log"):
        path = self.folder / "logs" / name
        return path.read_text() if path.exists() else ""


def answers(port):
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True
    except OSError:
        return False


@contextmanager
def nginx_server(folder, config_text):
    """nginx in the foreground on the configuration, until every port it listens on
    accepts connections; stopped (gracefully, then killed) afterwards."""
    require_nginx()
    folder = Path(folder)
    path = write_config(folder, config_text)
    ports = [int(port) for port in re.findall(r"listen 127\.0\.0\.1:(\d+)", config_text)]
    with (folder / "logs" / "stderr.log").open("w") as stderr:
        process = subprocess.Popen(
            [NGINX, "-p", f"{folder}/", "-c", str(path), "-g", "daemon off;"],
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    try:

        def ready():
            if process.poll() is not None:
                raise AssertionError(
                    "nginx stopped at start:\n" + (folder / "logs" / "stderr.log").read_text()
                )
            return all(answers(port) for port in ports)

        wait_for(ready, 20, "nginx to listen")
        yield NginxServer(folder, process, ports)
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGQUIT)  # finish what is under way, then stop
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@dataclass
class Response:
    status: int
    headers: http.client.HTTPMessage
    body: bytes


class _NamedTLSConnection(http.client.HTTPSConnection):
    """HTTPS to an address, asking for (SNI) and verifying a name: as a browser that
    resolved the name to that address."""

    def __init__(self, address, port, tls_name, context, timeout):
        super().__init__(address, port, context=context, timeout=timeout)
        self.tls_name = tls_name

    def connect(self):
        http.client.HTTPConnection.connect(self)
        self.sock = self._context.wrap_socket(self.sock, server_hostname=self.tls_name)


def request(
    port,
    path,
    *,
    method="GET",
    host=SERVER_NAME,
    body=None,
    headers=None,
    tls=None,
    tls_name=None,
    timeout=30,
):
    """One request to nginx on the loopback port, with Host: host. tls: the Certificate to
    trust (HTTPS); tls_name: the name asked for in the handshake (default: host).
    Returns a Response; a connection nginx closes without answering raises
    http.client.RemoteDisconnected, a refused handshake ssl.SSLError."""
    if tls:
        context = ssl.create_default_context(cafile=str(tls.cert))
        connection = _NamedTLSConnection("127.0.0.1", port, tls_name or host, context, timeout)
    else:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers={"Host": host, **(headers or {})})
        response = connection.getresponse()
        return Response(response.status, response.headers, response.read())
    finally:
        connection.close()
