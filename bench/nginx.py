"""The sample nginx configuration (deploy/nginx/framdrift.conf), run for real: in front of
the benchmark's app servers (`make bench BENCH_ARGS="--app-servers 2"`) and in the tests
(tests/nginx.py, tests/test_nginx.py, tests/test_several_servers.py).

render_sample_config() takes the sample as the IT provider gets it and replaces only what a
run on loopback must: ports, paths, the app servers and the certificate. Each replacement
must match exactly as often as expected, so a change to the sample that breaks these
assumptions stops the run loudly instead of measuring or testing something else.
"""

import os
import re
import shutil
import subprocess
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .servers import PROJECT, free_port, serving


class SampleChanged(RuntimeError):
    """The sample no longer has what render_sample_config() replaces."""


class NginxRefused(RuntimeError):
    """`nginx -t` refused the configuration."""


SAMPLE = PROJECT / "deploy" / "nginx" / "framdrift.conf"
SERVER_NAME = "prosjekt.example.org"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"

# What Debian's /etc/nginx/nginx.conf gives the sample around it, with every path the
# server writes in the test's folder (nginx -p FOLDER makes relative paths relative to it).
MAIN_CONFIG = """\
{user}pid nginx.pid;
error_log logs/error.log info;
worker_processes auto;
events {{
    worker_connections 1024;
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
        raise SampleChanged(
            f"deploy/nginx/framdrift.conf changed: expected {old!r} {count} time(s), "
            f"found it {found} time(s); update bench/nginx.py"
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
        raise SampleChanged("deploy/nginx/framdrift.conf: the media blocks' markers changed")
    text = DISK_MEDIA.sub("", text)
    block = S3_MEDIA.search(text)[0]
    lines = block.splitlines(keepends=True)[1:-1]
    if not all(line.startswith("    #") for line in lines):
        raise SampleChanged("deploy/nginx/framdrift.conf: the S3 media block is not all comment")
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
    """`nginx -t` on the configuration: its output, or NginxRefused with it."""
    path = write_config(folder, config_text)
    done = subprocess.run(
        [NGINX, "-t", "-p", f"{folder}/", "-c", str(path)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    if done.returncode:
        raise NginxRefused(f"nginx -t failed:\n{done.stderr}")
    return done.stderr


def write_config(folder, config_text):
    folder = Path(folder)
    for name in ("logs", "temp"):
        (folder / name).mkdir(parents=True, exist_ok=True)
    path = folder / "nginx.conf"
    path.write_text(config_text)
    return path


@contextmanager
def nginx(upstreams, media_root, probe="/"):
    """nginx with the sample configuration in front of upstreams, answering plain HTTP on
    loopback (what is measured is the app servers behind the proxy, not TLS); yields its
    base URL."""
    folder = Path(tempfile.mkdtemp(prefix="framdrift-nginx-"))
    try:
        port = free_port()
        command = nginx_command(folder, upstreams, port, media_root)
        with serving(command, f"http://127.0.0.1:{port}", probe) as base_url:
            yield base_url
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def nginx_command(folder, upstreams, port, media_root):
    """The command that runs nginx in the foreground on the rendered sample, in folder,
    after `nginx -t` has passed it."""
    if not Path(NGINX).exists():
        raise RuntimeError("nginx is missing: apt-get install nginx")
    config = render_sample_config(upstreams, port, media_root, server_name="127.0.0.1")
    check_config(folder, config)
    path = Path(folder) / "nginx.conf"
    return [NGINX, "-p", f"{folder}/", "-c", str(path), "-g", "daemon off;"]
