"""Two app servers behind the sample nginx configuration, as a municipality with more
traffic runs them: one PostgreSQL, one Redis, media in a real S3 server (seaweedfs), the
migrations run once, the worker beside one of the servers. Each test acts as the people
who use the site would, through nginx or straight to one app server where the point is
which server answered.
"""

import io
import json
import os
import re
import secrets
import signal
import urllib.error
import urllib.parse
import urllib.request
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from PIL import Image

import bench.leader
from bench.leader import form_fields
from bench.servers import free_port, gunicorn, manage, site_environment
from tests.nginx import nginx_server, render_sample_config, require_nginx
from tests.processes import gunicorn_pids, own_postgres, redis_server, wait_for, worker
from tests.s3server import PRIVATE_BUCKET, PUBLIC_BUCKET, media_buckets
from tests.test_tip_mail import MailServer

pytestmark = [pytest.mark.xdist_group("several-servers"), pytest.mark.own_servers]

SLUG = "ny-skule"
LEADER = "leiar"
LEADER_EMAIL = "leiar@example.org"
PASSWORD = secrets.token_urlsafe(16)
PICTURE_ALT = "Gravemaskina graev ut tomta til den nye skulen"
# Served by whitenoise from each server's own collected static files: answers as soon as
# the server does, without asking the database.
PROBE = "/static/css/site.css"

# What the IT provider does once, from one machine, before the app servers start: migrate,
# and collect the static files (here into the folder both servers use; in production each
# server collects its own). Then a project and its process leader. One process: each
# manage.py costs seconds of start-up.
SET_UP = f"""
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from projects.models import Project
call_command("migrate", interactive=False, verbosity=0)
call_command("collectstatic", interactive=False, verbosity=0)
project = Project.objects.create(title="Ny skule i Nedre Li", slug="{SLUG}",
                                 summary="Om skulen.", status="ongoing", is_published=True)
leader = User.objects.create_user("{LEADER}", "{LEADER_EMAIL}", "{PASSWORD}", is_staff=True)
leader.groups.add(Group.objects.get(name="Process leader"))
print(project.pk)
"""


# A visitor with a browser's cookies, who sees every answer as it is (the bench's, given whole
# addresses: one visitor goes to both servers), and sends forms with files.


class Browser(bench.leader.Browser):
    def __init__(self):
        super().__init__(base_url="")

    def post(self, url, fields, files=()):
        body, content_type = multipart(fields, files)
        request = urllib.request.Request(url, body, headers={"Content-Type": content_type})
        return self.send(request)


def multipart(fields, files):
    """fields: (name, value) pairs, a name may repeat; files: (name, filename, bytes)."""
    boundary = secrets.token_hex(16)
    parts = []
    for name, value in fields:
        head = f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
        parts.append(head.encode() + str(value).encode() + b"\r\n")
    for name, filename, content in files:
        head = (
            f"--{boundary}\r\nContent-Disposition: form-data; "
            f'name="{name}"; filename="{filename}"\r\nContent-Type: image/jpeg\r\n\r\n'
        )
        parts.append(head.encode() + content + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def with_values(fields, **values):
    """The form's fields with some set (replacing what was there)."""
    return [(name, value) for name, value in fields if name not in values] + list(values.items())


def a_photo(colour):
    buffer = io.BytesIO()
    Image.new("RGB", (1200, 800), colour).save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def log_in(browser, server):
    page = browser.get(server + "/admin/login/")
    assert page.status == 200
    fields = with_values(form_fields(page.text), username=LEADER, password=PASSWORD)
    answer = browser.post(server + "/admin/login/?next=/admin/", fields)
    assert answer.status == 302 and answer.headers["Location"] == "/admin/", answer.text[:500]


def change_project(browser, server, project_id, files=(), **values):
    """The process leader changes the project in its admin form and saves."""
    url = f"{server}/admin/projects/project/{project_id}/change/"
    form = browser.get(url)
    assert form.status == 200
    fields = with_values(form_fields(form.text, "project_form"), _save="Save", **values)
    answer = browser.post(url, fields, files)
    assert answer.status == 302, error_list(answer.text)


def error_list(html):
    page = BeautifulSoup(html, "html.parser")
    return [item.get_text(" ", strip=True) for item in page.select(".errorlist, .errornote")]


def page_cache_state(server, path):
    answer = Browser().get(server + path)
    assert answer.status == 200
    return answer.headers["X-Page-Cache"], answer.text


# The site, as it runs on two app servers


@dataclass
class Site:
    front: str  # nginx, where residents arrive
    a: str  # the app servers, straight
    b: str
    env: dict
    s3: object
    buckets: dict
    project_id: int
    leader: Browser
    inbox: object
    disk: Path  # where media would be on the app servers' own disk

    def files_on_disk(self):
        return [path for path in self.disk.rglob("*") if path.is_file()]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    require_nginx()
    folder = tmp_path_factory.mktemp("several-servers")
    with ExitStack() as stack:
        postgres = stack.enter_context(own_postgres("two app servers"))
        redis = stack.enter_context(redis_server(folder))
        s3 = stack.enter_context(media_buckets(folder / "s3"))
        buckets = {"public": PUBLIC_BUCKET, "private": PRIVATE_BUCKET}
        mail = MailServer()
        mail.start()
        stack.callback(mail.stop)

        front_port = free_port()
        front = f"http://127.0.0.1:{front_port}"
        env = site_environment(
            postgres.create_database("framdrift"),
            DJANGO_DEBUG="false",
            # The same secret on every app server: sessions, form tokens and signed links
            # made by one are good on the other.
            DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
            DJANGO_ALLOWED_HOSTS="127.0.0.1",
            SITE_URL=front,
            # Plain HTTP on loopback in the test; TLS is nginx's part in production.
            DJANGO_SECURE_SSL_REDIRECT="false",
            DJANGO_SECURE_COOKIES="false",
            DJANGO_HSTS_SECONDS="0",
            CLIENT_IP_HEADER="HTTP_X_FORWARDED_FOR",
            STATIC_ROOT=str(folder / "static"),
            MEDIA_ROOT=str(folder / "disk" / "media"),
            PRIVATE_MEDIA_ROOT=str(folder / "disk" / "private-media"),
            REDIS_URL=redis.url,
            SMTP_HOST="127.0.0.1",
            SMTP_PORT=str(mail.port),
            DEFAULT_FROM_EMAIL="framdrift@example.org",
            PAGE_CACHE_HEADER="true",
            TIP_MIN_FILL_SECONDS="0",
            LOG_LEVEL="WARNING",
            **s3.env(buckets["public"], buckets["private"]),
        )
        project_id = int(manage("shell", "--no-imports", "-c", SET_UP, env=env).split()[-1])

        a = stack.enter_context(gunicorn(env, workers=2, probe=PROBE))
        b = stack.enter_context(gunicorn(env, workers=2, probe=PROBE))
        stack.enter_context(worker(env, folder / "worker.log"))
        config = render_sample_config(
            [a, b],
            front_port,
            folder / "disk" / "media",
            server_name="127.0.0.1",
            s3_media=(s3.endpoint_url, buckets["public"]),
        )
        stack.enter_context(nginx_server(folder / "nginx", config))

        leader = Browser()
        log_in(leader, a)
        yield Site(front, a, b, env, s3, buckets, project_id, leader, mail.inbox, folder / "disk")


def bucket_keys(site, bucket):
    return site.s3.keys(site.buckets[bucket])


# What people notice


def test_a_picture_uploaded_through_one_server_is_seen_through_the_other(site):
    change_project(
        site.leader,
        site.a,
        site.project_id,
        files=[("images-0-image", "graving.jpg", a_photo("sienna"))],
        **{
            "images-TOTAL_FORMS": "1",
            "images-0-alt_text": PICTURE_ALT,
            "images-0-position": "0",
        },
    )

    page = Browser().get(site.b + f"/prosjekt/{SLUG}/")
    assert page.status == 200
    img = BeautifulSoup(page.text, "html.parser").find("img", alt=PICTURE_ALT)
    assert img is not None, "the picture is not on the project page"
    picture = Browser().get(urllib.parse.urljoin(site.front + "/", img["src"]))
    assert picture.status == 200
    assert picture.headers["Content-Type"] == "image/jpeg"
    assert picture.body.startswith(b"\xff\xd8")
    # Stored once, in the bucket every server reads: not on either server's disk.
    assert any(key.startswith("projects/") for key in bucket_keys(site, "public"))
    assert site.files_on_disk() == []


def test_a_tip_photo_reaches_staff_through_either_server_and_nobody_else(site):
    resident = Browser()
    form = resident.get(site.a + "/tips/")
    assert form.status == 200
    fields = with_values(form_fields(form.text), message="Det ligg stein på fortauet.")
    sent = resident.post(site.a + "/tips/", fields, [("photo", "stein.jpg", a_photo("grey"))])
    assert sent.status == 302, error_list(sent.text)

    tips = site.leader.get(site.b + "/admin/tips/tip/")
    assert tips.status == 200, "the session made on A is not good on B"
    tip_id = re.search(r"/admin/tips/tip/(\d+)/change/", tips.text)[1]
    photo_path = f"/admin/tips/tip/{tip_id}/photo/"
    for server in (site.b, site.a):
        photo = site.leader.get(server + photo_path)
        assert photo.status == 200
        assert photo.body.startswith(b"\xff\xd8")

    # The worker beside app server A sent the process leader the tip's email.
    wait_for(lambda: site.inbox.messages, 30, "the email about the tip")
    assert site.inbox.messages[0]["to"] == [LEADER_EMAIL]

    anonymous = Browser().get(site.front + photo_path)
    assert anonymous.status == 302
    assert "/admin/login/" in anonymous.headers["Location"]
    kept = [key for key in bucket_keys(site, "private") if key.startswith("tips/")]
    assert kept, "the photo is not in the private bucket"
    for key in kept:
        unsigned = Browser().get(f"{site.s3.endpoint_url}/{site.buckets['private']}/{key}")
        assert unsigned.status == 403
    assert site.files_on_disk() == []


def test_a_change_on_one_server_renews_the_page_on_both_at_once(site):
    path = f"/prosjekt/{SLUG}/"
    for server in (site.a, site.a, site.b):
        page_cache_state(server, path)
    # Both serve the page from the cache they share.
    assert page_cache_state(site.a, path)[0] == "hit"
    assert page_cache_state(site.b, path)[0] == "hit"

    change_project(site.leader, site.a, site.project_id, title="Ny skule og barnehage")

    for server in (site.b, site.a):
        assert "Ny skule og barnehage" in page_cache_state(server, path)[1]


def test_monitoring_finds_every_part_healthy_through_either_server(site):
    def health(server):
        answer = Browser().get(server + "/health/")
        return answer.status, json.loads(answer.body)

    # The worker beside A says it is alive in the database, which B reads too.
    wait_for(lambda: health(site.b)[0] == 200, 30, "B's /health/ to pass")
    status, report = health(site.a)
    assert status == 200, report
    assert report["checks"]["cache"]["ok"]
    assert report["checks"]["worker"]["ok"]


def test_with_one_app_server_stopped_the_site_stays_up(site):
    for pid in gunicorn_pids(site.a):
        os.kill(pid, signal.SIGKILL)
    wait_for(lambda: not gunicorn_pids(site.a), 10, "app server A to stop")

    paths = ["/", f"/prosjekt/{SLUG}/", "/tips/", "/aktuelt/", "/?q=skule", PROBE] * 2
    answers = [Browser().get(site.front + path).status for path in paths]
    assert answers == [200] * len(paths)
    # What a load balancer that polls /health/app/ sees: B serves, A is gone.
    assert Browser().get(site.b + "/health/app/").status == 200
    with pytest.raises(urllib.error.URLError):
        Browser().get(site.a + "/health/app/")
