"""The sample nginx configuration (deploy/nginx/framdrift.conf), run on loopback in front of
the benchmark's app servers.

Only what a throwaway run must change is replaced: ports, the app servers, paths and the
certificate; each replacement must match exactly as often as expected, so that a change
to the sample that breaks these assumptions stops the benchmark rather than measuring
something else. The site's server answers plain HTTP on loopback: what is measured is
the app servers behind the proxy, not TLS.
"""

import getpass
import os
import re
import shutil
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path

from .servers import PROJECT, free_port, wait_until_serving

SAMPLE = PROJECT / "deploy" / "nginx" / "framdrift.conf"

# What Debian's /etc/nginx/nginx.conf gives the sample around it (it sits in its http block),
# with the paths nginx writes to in the run's own folder.
MAIN = """\
{user}worker_processes auto;
pid {folder}/nginx.pid;
error_log {folder}/error.log;
events {{
    worker_connections 4096;
}}
http {{
    sendfile on;
    tcp_nopush on;
    types_hash_max_size 2048;
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    gzip on;
    client_body_temp_path {folder}/client-body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;

{site}
}}
"""


def replace(text, pattern, replacement, count):
    """text with pattern (a regular expression) replaced; it must match count times."""
    found = len(re.findall(pattern, text, flags=re.M))
    if found != count:
        raise RuntimeError(
            f"{SAMPLE} has changed: {pattern!r} matches {found} times, "
            f"not {count}; bench/nginx.py must follow it."
        )
    return re.sub(pattern, replacement, text, flags=re.M)


def render_sample(folder, upstreams, port, media_root):
    """The sample as a complete nginx.conf: the site on http://127.0.0.1:port, in front of
    upstreams ("127.0.0.1:8123", ...), media from media_root, everything else in folder."""
    text = SAMPLE.read_text()
    # One line per app server, each with the sample's own fail-over options.
    text = replace(
        text,
        r"^([ \t]*)server 127\.0\.0\.1:8000( [^;]*)?;$",
        lambda match: "\n".join(
            f"{match[1]}server {upstream}{match[2] or ''};" for upstream in upstreams
        ),
        1,
    )
    for listen, address, count in (
        (r"80 default_server", f"127.0.0.1:{free_port()} default_server", 1),
        (r"443 ssl default_server", f"127.0.0.1:{free_port()} ssl default_server", 1),
        (r"80", f"127.0.0.1:{free_port()}", 1),
        # The site itself, without TLS.
        (r"443 ssl http2", f"127.0.0.1:{port}", 1),
    ):
        text = replace(text, rf"^([ \t]*)listen {listen};$", rf"\g<1>listen {address};", count)
    text = replace(text, r"^[ \t]*listen \[::\]:.*;\n", "", 4)
    text = replace(text, r"server_name prosjekt\.example\.org;", "server_name 127.0.0.1;", 2)
    text = replace(text, r"/etc/letsencrypt/live/prosjekt\.example\.org/", f"{folder}/", 2)
    text = replace(text, r"/var/log/nginx/", f"{folder}/", 4)
    text = replace(text, r"alias /var/lib/framdrift/media/;", f"alias {media_root}/;", 1)
    # Run as root (here and in CI) nginx's workers would be `nobody`, who cannot read the
    # run's private temporary folders.
    user = f"user {getpass.getuser()};\n" if os.geteuid() == 0 else ""
    return MAIN.format(user=user, folder=folder, site=text)


def self_signed_certificate(folder):
    """The sample's site server names a certificate even where it is not used here; the
    server for unknown names on the TLS port needs none."""
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
            "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
            "-keyout", str(folder / "privkey.pem"), "-out", str(folder / "fullchain.pem"),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip


def nginx_command(folder, upstreams, port, media_root):
    """The command that runs nginx in the foreground on the rendered sample, in folder,
    after `nginx -t` has passed it."""
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(binary).exists():
        raise RuntimeError("nginx is missing: apt-get install nginx")
    self_signed_certificate(folder)
    config = folder / "nginx.conf"
    config.write_text(render_sample(folder, upstreams, port, media_root))
    command = [binary, "-p", str(folder), "-c", str(config), "-g", "daemon off;"]
    checked = subprocess.run([*command, "-t"], capture_output=True, text=True)
    if checked.returncode:
        raise RuntimeError(f"nginx -t refused the rendered sample:\n{checked.stderr}")
    return command


@contextmanager
def nginx(upstreams, media_root, probe="/"):
    """nginx with the sample configuration in front of upstreams; yields its base URL."""
    folder = Path(tempfile.mkdtemp(prefix="framdrift-nginx-"))
    try:
        port = free_port()
        command = nginx_command(folder, upstreams, port, media_root)
        with tempfile.TemporaryFile("w+") as log:
            process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log, text=True)
            base_url = f"http://127.0.0.1:{port}"
            try:
                wait_until_serving(base_url + probe, process, log)
                yield base_url
            finally:
                process.terminate()
                process.wait(timeout=20)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
