"""Broken requests get a 400 page, never a server error, from the site served as production
serves it (gunicorn, DEBUG off); and the server goes on answering afterwards.

The requests are written byte by byte on a socket: no HTTP library would send them."""

import re
import socket
import threading

import pytest
from django.utils import translation

from bench.servers import gunicorn, manage, site_environment
from tests.processes import make_site

# Each test runs a site of its own (its own database), whatever DATABASE_URL the suite has.
pytestmark = pytest.mark.own_servers

HOST = b"prosjekt.example.org"
# A CSRF cookie and the same secret as the form's token, as a browser that loaded the form
# sends them, so that each body is read (without them the CSRF check refuses it unread).
TOKEN = b"k" * 32
MAX_BODY = 5 * 1024 * 1024  # DATA_UPLOAD_MAX_MEMORY_SIZE


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad-requests")
    env = site_environment(
        f"sqlite:///{folder / 'site.sqlite3'}",
        DJANGO_SECRET_KEY="bad-requests-" + "x" * 50,
        DJANGO_ALLOWED_HOSTS=HOST.decode(),
        DJANGO_SECURE_SSL_REDIRECT="false",
        MEDIA_ROOT=str(folder / "media"),
        PRIVATE_MEDIA_ROOT=str(folder / "private-media"),
        STATIC_ROOT=str(folder / "static"),
    )
    make_site(env["DATABASE_URL"])
    manage("collectstatic", "--noinput", "-v0", env=env)
    # The probe is a static file: whitenoise serves it whatever the Host header says.
    with gunicorn(env, probe="/static/css/site.css") as base_url:
        yield int(base_url.rsplit(":", 1)[1])


def send(port, head, body=b""):
    """Send a request and return the whole answer. The body goes from a thread of its own:
    the server may answer before it has read it all, and then stop reading."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(head)

        def send_body():
            try:
                sock.sendall(body)
                sock.shutdown(socket.SHUT_WR)
            except OSError:
                pass  # the server answered and closed: the answer is what counts

        sender = threading.Thread(target=send_body)
        sender.start()
        answer = b""
        try:
            while chunk := sock.recv(65536):
                answer += chunk
        except ConnectionResetError:
            pass
        sender.join()
    return answer


def status(answer):
    match = re.match(rb"HTTP/1\.[01] (\d{3}) ", answer)
    assert match, answer[:200]
    return int(match[1])


def post_tip(port, content_type, body, length=None):
    head = (
        b"POST /tips/ HTTP/1.1\r\nHost: %s\r\nCookie: csrftoken=%s\r\nContent-Type: %s\r\n"
        b"Content-Length: %d\r\nConnection: close\r\n\r\n"
        % (HOST, TOKEN, content_type, len(body) if length is None else length)
    )
    return send(port, head, body)


def get(port, path=b"/", headers=b"Host: %s\r\n" % HOST, version=b"1.1"):
    return send(port, b"GET %s HTTP/%s\r\n%sConnection: close\r\n\r\n" % (path, version, headers))


def assert_still_serving(port):
    assert status(get(port)) == 200


def multipart(*fields, boundary=b"grense"):
    parts = [
        b'--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' % (boundary, name, value)
        for name, value in [(b"csrfmiddlewaretoken", TOKEN), *fields]
    ]
    return b"".join(parts) + b"--%s--\r\n" % boundary


def test_a_request_without_a_host_gets_400(server):
    assert status(get(server, headers=b"", version=b"1.0")) == 400
    assert status(get(server, headers=b"")) == 400
    assert_still_serving(server)


def test_a_request_for_another_host_gets_the_sites_own_400_page(server):
    answer = get(server, headers=b"Host: evil.example\r\n")

    assert status(answer) == 400
    with translation.override("nn"):
        title = translation.gettext("The request could not be read")
    assert '<html lang="nn">' in answer.decode() and title in answer.decode()
    assert b"evil.example" not in answer
    assert_still_serving(server)


def test_a_body_over_the_limit_gets_400(server):
    body = b"csrfmiddlewaretoken=%s&message=%s" % (TOKEN, b"a" * MAX_BODY)

    assert status(post_tip(server, b"application/x-www-form-urlencoded", body)) == 400
    assert_still_serving(server)


def test_too_many_fields_get_400(server):
    fields = b"&".join(b"field%d=1" % number for number in range(1200))
    body = b"csrfmiddlewaretoken=%s&%s" % (TOKEN, fields)

    assert status(post_tip(server, b"application/x-www-form-urlencoded", body)) == 400
    assert_still_serving(server)


@pytest.mark.parametrize(
    "content_type",
    [
        b"multipart/form-data",
        b"multipart/form-data; boundary=",
        b"multipart/form-data; boundary=" + b"x" * 300,
        b'multipart/form-data; boundary="\x01\x02"',
    ],
    ids=["no boundary", "empty boundary", "overlong boundary", "control characters"],
)
def test_a_multipart_body_with_a_bad_boundary_gets_400(server, content_type):
    body = multipart((b"message", b"Brua er stengd."))

    assert status(post_tip(server, content_type, body)) == 400
    assert_still_serving(server)


def test_a_truncated_multipart_body_gets_400(server):
    body = multipart((b"message", b"Brua er stengd."), (b"photo", b"\xff\xd8\xff" * 1000))
    cut = body[: len(body) - 1500]
    content_type = b"multipart/form-data; boundary=grense"

    assert status(post_tip(server, content_type, cut)) == 400
    # The body ends before the length it announced: the client gave up half-way.
    assert status(post_tip(server, content_type, cut, length=len(body))) == 400
    assert_still_serving(server)


def test_a_file_part_cut_off_in_its_headers_gets_400(server):
    body = multipart((b"message", b"Brua er stengd."))
    cut_off = b'--grense\r\nContent-Disposition: form-data; name="ph'
    broken = body.replace(b"--grense--\r\n", cut_off)

    assert status(post_tip(server, b"multipart/form-data; boundary=grense", broken)) == 400
    assert_still_serving(server)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (b"Cookie: sessionid=abcdefgh\x00ijkl\r\n", 400),
        (b"Content-Length: -1\r\n", 400),
        (b"Content-Length: lots\r\n", 400),
        (b"X-Header: " + b"x" * 20_000 + b"\r\n", 431),
    ],
    ids=["NUL in a cookie", "negative length", "length not a number", "huge header"],
)
def test_a_malformed_header_gets_a_4xx(server, header, expected):
    assert status(get(server, headers=b"Host: %s\r\n%s" % (HOST, header))) == expected
    assert_still_serving(server)


def test_an_overlong_address_gets_414(server):
    assert status(get(server, path=b"/?q=" + b"a" * 10_000)) == 414
    assert_still_serving(server)
