"""The sample nginx configuration (deploy/nginx/framdrift.conf), run for real in tests.

render_sample_config() takes the sample as the IT provider gets it and replaces only what a
test must: ports, paths, the app servers and the certificate. Each replacement must match
exactly as often as expected, so a change to the sample that breaks these assumptions
fails loudly instead of testing something else. nginx_server() runs the result in the
foreground, in a folder of its own, and stops it afterwards.
"""

import http.client
import os
import re
import shutil
import signal
import socket
import ssl
import subprocess
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from bench.servers import PROJECT, free_port
from tests.processes import wait_for

SAMPLE = PROJECT / "deploy" / "nginx" / "framdrift.conf"
SERVER_NAME = "prosjekt.example.org"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"

# What Debian's /etc/nginx/nginx.conf gives the sample around it, with every path the
# server writes in the test's folder (nginx -p FOLDER makes relative paths relative to it).
MAIN_CONFIG = """\
{user}pid nginx.pid;
error_log logs/error.log info;
worker_processes 1;
events {{
    worker_connections 256;
}}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    client_body_temp_path temp/body;
    proxy_temp_path temp/proxy;
    fastcgi_temp_path temp/fastcgi;
    uwsgi_temp_path temp/uwsgi;
    scgi_temp_path temp/scgi;
    access_log logs/access.log;

{site}
}}
"""

DISK_MEDIA = re.compile(
    r"    # --- media on this machine .*?# --- end of media on this machine ---\n", re.S
)
S3_MEDIA = re.compile(r"    # --- media on S3 .*?# --- end of media on S3 ---\n", re.S)


def require_nginx():
    """Skip without nginx here; in CI (which installs it) that is a failure."""
    if not Path(NGINX).exists():
        message = "nginx is missing (apt-get install nginx); .ci/run installs it."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@dataclass
class Certificate:
    cert: Path
    key: Path


def self_signed_certificate(folder, server_name=SERVER_NAME):
    """A certificate for server_name, signed by itself: clients verify against the file."""
    folder = Path(folder)
    cert, key = folder / "cert.pem", folder / "key.pem"
    command = [
        "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
        "-keyout", key, "-out", cert, "-subj", f"/CN={server_name}",
        "-addext", f"subjectAltName=DNS:{server_name}",
    ]  # fmt: skip
    subprocess.run(command, check=True, capture_output=True, timeout=60)
    return Certificate(cert, key)


def replace(text, old, new, count=1):
    found = text.count(old)
    if found != count:
        raise AssertionError(
            f"deploy/nginx/framdrift.conf changed: expected {old!r} {count} time(s), "
            f"found it {found} time(s); update tests/nginx.py"
        )
    return text.replace(old, new)


def render_sample_config(
    upstreams,
    listen_port,
    media_root,
    *,
    server_name=SERVER_NAME,
    tls=False,
    http_port=None,
    s3_media=None,
):
    """The sample as a complete nginx.conf for nginx_server().

    upstreams: the app servers, "http://127.0.0.1:PORT" (as bench.servers.gunicorn yields)
    or "127.0.0.1:PORT". listen_port takes the sample's 443 (with TLS when tls is a
    Certificate, plain HTTP when tls is False), http_port its 80 (a free port if not given).
    s3_media: (endpoint_url, bucket) to use the sample's S3 media block instead of the
    disk one, as an IT provider with MEDIA_STORAGE=s3 would.
    """
    text = SAMPLE.read_text()
    http_port = http_port or free_port()
    servers = "".join(
        f"    server {upstream.removeprefix('http://')} max_fails=1 fail_timeout=10s;\n"
        for upstream in upstreams
    )
    text = replace(text, "    server 127.0.0.1:8000 max_fails=1 fail_timeout=10s;\n", servers)
    # Loopback over IPv6 may be missing in a container; the IPv4 lines stand for both.
    text = replace(text, "    listen [::]:80 default_server;\n", "")
    text = replace(text, "    listen [::]:443 ssl default_server;\n", "")
    text = replace(text, "    listen [::]:80;\n", "")
    text = replace(text, "    listen [::]:443 ssl http2;\n", "")
    text = replace(
        text, "listen 80 default_server;", f"listen 127.0.0.1:{http_port} default_server;"
    )
    text = replace(text, "listen 80;", f"listen 127.0.0.1:{http_port};")
    ssl_flag = " ssl" if tls else ""
    text = replace(
        text,
        "listen 443 ssl default_server;",
        f"listen 127.0.0.1:{listen_port}{ssl_flag} default_server;",
    )
    text = replace(
        text,
        "listen 443 ssl http2;",
        f"listen 127.0.0.1:{listen_port}{ssl_flag}{' http2' if tls else ''};",
    )
    cert = f"/etc/letsencrypt/live/{SERVER_NAME}/fullchain.pem"
    key = f"/etc/letsencrypt/live/{SERVER_NAME}/privkey.pem"
    if tls:
        text = replace(text, cert, str(tls.cert))
        text = replace(text, key, str(tls.key))
    else:
        text = replace(text, f"    ssl_certificate {cert};\n", "")
        text = replace(text, f"    ssl_certificate_key {key};\n", "")
    text = replace(text, f"server_name {SERVER_NAME};", f"server_name {server_name};", 2)
    text = replace(text, "access_log /var/log/nginx/", "access_log logs/", 4)
    text = replace(text, "alias /var/lib/framdrift/media/;", f"alias {Path(media_root)}/;")
    if s3_media:
        text = use_s3_media(text, *s3_media)
    user = "user root;\n" if os.geteuid() == 0 else ""  # workers read the test's own folders
    return MAIN_CONFIG.format(user=user, site=text)


def use_s3_media(text, endpoint_url, bucket):
    """Swap the disk media block for the commented S3 one, as the sample's comments say."""
    if len(DISK_MEDIA.findall(text)) != 1 or len(S3_MEDIA.findall(text)) != 1:
        raise AssertionError("deploy/nginx/framdrift.conf: the media blocks' markers changed")
    text = DISK_MEDIA.sub("", text)
    block = S3_MEDIA.search(text)[0]
    lines = block.splitlines(keepends=True)[1:-1]
    if not all(line.startswith("    #") for line in lines):
        raise AssertionError("deploy/nginx/framdrift.conf: the S3 media block is not all comment")
    uncommented = "".join(
        line.replace("    # ", "    ", 1) if line.strip() != "#" else "\n" for line in lines
    )
    endpoint = endpoint_url.rstrip("/")
    host = endpoint.split("://", 1)[1]
    uncommented = replace(
        uncommented, "https://s3.example.org/framdrift-media/", f"{endpoint}/{bucket}/", 2
    )
    uncommented = replace(uncommented, "Host s3.example.org;", f"Host {host};")
    return text.replace(block, uncommented)


def check_config(folder, config_text):
    """`nginx -t` on the configuration: its output, or AssertionError with it."""
    path = write_config(folder, config_text)
    done = subprocess.run(
        [NGINX, "-t", "-p", f"{folder}/", "-c", str(path)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    if done.returncode:
        raise AssertionError(f"nginx -t failed:\n{done.stderr}")
    return done.stderr


def write_config(folder, config_text):
    folder = Path(folder)
    for name in ("logs", "temp"):
        (folder / name).mkdir(parents=True, exist_ok=True)
    path = folder / "nginx.conf"
    path.write_text(config_text)
    return path


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
