"""The sample nginx configuration (deploy/nginx/framdrift.conf), run as the IT provider would
run it, over TLS, in front of a real gunicorn serving the site with production settings."""

import http.client
import re
import secrets
import ssl

import pytest

from bench.nginx import NginxRefused
from bench.servers import free_port, gunicorn, manage, site_environment
from tests.nginx import (
    SERVER_NAME,
    check_config,
    nginx_server,
    render_sample_config,
    request,
    require_nginx,
    self_signed_certificate,
)
from tests.processes import make_site, wait_for

pytestmark = [pytest.mark.xdist_group("deploy"), pytest.mark.own_servers]

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
MAKE_DOCUMENT = f"""
from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from projects.models import Document, Project

class DocumentForm(forms.ModelForm):
    class Meta:
        model = Document
        fields = ["project", "title", "file"]

form = DocumentForm(
    data={{"project": Project.objects.get(slug="ny-skule").pk, "title": "Reguleringsplan"}},
    files={{"file": SimpleUploadedFile("plan.pdf", {PDF!r})}},
)
assert form.is_valid(), form.errors
document = form.save()
print(document.get_download_url(), document.file.name)
"""
MEGABYTE = 1024 * 1024


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    require_nginx()
    folder = tmp_path_factory.mktemp("nginx")
    database_url = f"sqlite:///{folder / 'site.sqlite3'}"
    make_site(database_url)
    media = folder / "media"
    env = site_environment(
        database_url,
        DJANGO_DEBUG="false",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        # 127.0.0.1 only for the start-up probe, which goes to gunicorn directly.
        DJANGO_ALLOWED_HOSTS=f"{SERVER_NAME},127.0.0.1",
        DJANGO_BEHIND_TLS_PROXY="true",
        SITE_URL=f"https://{SERVER_NAME}",
        DEFAULT_FROM_EMAIL="framdrift@example.org",
        CLIENT_IP_HEADER="HTTP_X_FORWARDED_FOR",
        MEDIA_ROOT=str(media),
        PRIVATE_MEDIA_ROOT=str(folder / "private-media"),
        STATIC_ROOT=str(folder / "static"),
        LOG_LEVEL="WARNING",
    )
    manage("collectstatic", "--noinput", "-v0", env=env)
    download_url, document_file = manage(
        "shell", "--no-imports", "-c", MAKE_DOCUMENT, env=env
    ).split()
    certificate = self_signed_certificate(folder)
    # /health/ is exempt from the HTTPS redirect: gunicorn answers it over plain HTTP.
    with gunicorn(env, probe="/health/app/") as app:
        https_port, http_port = free_port(), free_port()
        config = render_sample_config(
            [app], https_port, media, tls=certificate, http_port=http_port
        )
        with nginx_server(folder / "nginx", config) as nginx:
            yield Site(
                nginx, https_port, http_port, certificate, media, download_url, document_file
            )


class Site:
    def __init__(self, nginx, https_port, http_port, certificate, media, download_url, document):
        self.nginx = nginx
        self.https_port = https_port
        self.http_port = http_port
        self.certificate = certificate
        self.media = media
        self.download_url = download_url
        self.document = document

    def get(self, path, **options):
        return request(self.https_port, path, tls=self.certificate, **options)

    def log_lines(self, containing, name="framdrift-access.log"):
        """The log's lines with that text, once there are any: nginx writes a line when it
        has finished with the request, which may be just after the client has its answer."""
        lines = []

        def found():
            lines[:] = [line for line in self.nginx.log(name).splitlines() if containing in line]
            return lines

        wait_for(found, 10, f"{containing!r} in nginx's {name}")
        return lines


def test_the_sample_passes_nginx_t_with_and_without_tls(tmp_path):
    require_nginx()
    certificate = self_signed_certificate(tmp_path)
    for tls in (certificate, False):
        config = render_sample_config(["127.0.0.1:8000"], free_port(), tmp_path, tls=tls)
        assert "test is successful" in check_config(tmp_path / "nginx", config)
    # The commented variant for media on S3, taken in as the sample's comments say.
    s3 = ("http://127.0.0.1:8333", "framdrift-media")
    config = render_sample_config(["127.0.0.1:8000"], free_port(), tmp_path, s3_media=s3)
    assert "proxy_pass http://127.0.0.1:8333/framdrift-media/;" in config
    assert "alias " not in config
    assert "test is successful" in check_config(tmp_path / "nginx", config)


def test_nginx_t_refuses_a_broken_sample(tmp_path):
    require_nginx()
    config = render_sample_config(["127.0.0.1:8000"], free_port(), tmp_path)
    broken = config.replace("proxy_set_header Host $host;", "proxy_set_header Host $host")
    with pytest.raises(NginxRefused, match="nginx -t failed"):
        check_config(tmp_path / "nginx", broken)


def test_a_resident_reaches_the_site_over_https(site):
    response = site.get("/")

    # 200, not a redirect to https:// again: X-Forwarded-Proto reached Django.
    assert response.status == 200
    assert "Ny skule i Nedre Li" in response.body.decode()
    stylesheet = re.search(r'href="(/static/css/site\.[0-9a-f]+\.css)"', response.body.decode())
    static = site.get(stylesheet[1])
    assert static.status == 200
    assert "immutable" in static.headers["Cache-Control"]


def test_plain_http_goes_to_https(site):
    response = request(site.http_port, "/prosjekt/?side=2")

    assert response.status == 301
    assert response.headers["Location"] == f"https://{SERVER_NAME}/prosjekt/?side=2"


def test_unknown_hosts_are_dropped_before_they_reach_django(site):
    # Django would answer a host it does not know with a 400 page; here nothing answers.
    with pytest.raises(http.client.RemoteDisconnected):
        request(site.http_port, "/", host="203.0.113.7")
    with pytest.raises(http.client.RemoteDisconnected):
        site.get("/", host="evil.example", tls_name=SERVER_NAME)
    # A TLS client asking for another name gets no certificate at all.
    with pytest.raises(ssl.SSLError):
        site.get("/", host="evil.example")
    dropped = site.log_lines('"GET / ', "framdrift-unknown-host.log")
    assert len(dropped) == 2
    assert all(" 444 " in line and "upstream=- " in line for line in dropped)


def test_a_body_over_the_public_limit_gets_413_from_nginx(site):
    response = site.get(
        "/tips/",
        method="POST",
        headers={"Content-Length": str(20 * MEGABYTE + 1)},
    )

    assert response.status == 413
    assert b"<center>nginx</center>" in response.body  # nginx's page: gunicorn saw nothing
    (refused,) = site.log_lines('"POST /tips/ ')
    assert " 413 " in refused and "upstream=- " in refused


def test_the_admin_takes_larger_bodies(site):
    body = b"x" * (20 * MEGABYTE + 1)
    response = site.get(
        "/admin/login/", method="POST", body=body, headers={"Content-Type": "text/plain"}
    )

    # Past nginx, Django answers (a login form without its CSRF token is refused).
    assert response.status == 403
    assert b"<center>nginx</center>" not in response.body


def test_pictures_are_served_from_media_root_never_sniffed(site):
    picture = site.media / "projects" / "2026" / "01" / "a1b2.jpg"
    rendition = site.media / "renditions" / "projects" / "2026" / "01" / "a1b2-640.webp"
    for path, content in ((picture, b"\xff\xd8\xff picture"), (rendition, b"RIFF webp")):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)

    original = site.get("/media/projects/2026/01/a1b2.jpg")
    assert original.status == 200
    assert original.body == b"\xff\xd8\xff picture"
    assert original.headers["Content-Type"] == "image/jpeg"
    assert original.headers["X-Content-Type-Options"] == "nosniff"

    smaller = site.get("/media/renditions/projects/2026/01/a1b2-640.webp")
    assert smaller.status == 200
    assert smaller.headers["X-Content-Type-Options"] == "nosniff"
    assert smaller.headers["Cache-Control"] == "public, max-age=31536000, immutable"


def test_documents_only_through_the_apps_download(site):
    download = site.get(site.download_url)
    assert download.status == 200
    assert download.body == PDF
    assert download.headers["Content-Disposition"].startswith("attachment")

    assert site.document.startswith("documents/")
    name = site.document.removeprefix("documents/")
    for path in (
        f"/media/documents/{name}",
        f"/media//documents/{name}",
        f"/media/%64ocuments/{name}",
        f"/media/renditions/../documents/{name}",
    ):
        response = site.get(path)
        assert response.status in (400, 404), path
        assert PDF not in response.body, path


def test_the_request_id_is_nginx_own_and_reaches_the_response(site):
    response = site.get("/", headers={"X-Request-ID": "chosen-by-the-visitor"})

    request_id = response.headers["X-Request-ID"]
    assert request_id != "chosen-by-the-visitor"
    # The id in nginx's access log is the one Django answered with (and logged).
    (line,) = site.log_lines(request_id)
    assert "request_id=" + request_id in line
