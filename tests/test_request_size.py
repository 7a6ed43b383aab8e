"""A request body larger than the site ever takes is refused before it is read: a clear
413 page, and nothing written to disk."""

import socket
import time

import pytest
from bs4 import BeautifulSoup

from bench.servers import gunicorn, site_environment
from tests.processes import make_site

pytestmark = pytest.mark.django_db

HUGE = 300 * 1024 * 1024


def test_a_tip_larger_than_the_limit_gets_the_413_page(client, settings):
    settings.REQUEST_MAX_BYTES = 20 * 1024 * 1024
    response = client.post(
        "/tips/",
        data=b"--x--\r\n",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(HUGE),
    )

    assert response.status_code == 413
    page = BeautifulSoup(response.text, "html.parser")
    assert page.h1.get_text() == "For mykje å sende på ein gong"
    assert "20,0\xa0MB" in page.get_text(" ")  # the limit, as Norwegians write it
    assert response["Cache-Control"] == "no-store"


def test_the_admin_takes_more_than_a_tip_but_not_without_end(client, settings):
    settings.REQUEST_MAX_BYTES = 20 * 1024 * 1024
    settings.ADMIN_REQUEST_MAX_BYTES = 200 * 1024 * 1024

    def post(path, length):
        return client.post(path, data=b"", content_type="text/plain", CONTENT_LENGTH=str(length))

    assert post("/admin/login/", 50 * 1024 * 1024).status_code != 413
    assert post("/admin/login/", HUGE).status_code == 413
    assert post("/tips/", 50 * 1024 * 1024).status_code == 413


@pytest.mark.own_servers
def test_gunicorn_answers_413_at_once_and_writes_nothing_to_disk(tmp_path):
    database_url = f"sqlite:///{tmp_path / 'site.sqlite3'}"
    make_site(database_url)
    spool = tmp_path / "spool"
    spool.mkdir()
    env = site_environment(database_url, DJANGO_DEBUG="true", TMPDIR=str(spool))
    with gunicorn(env, probe="/static/css/site.css") as site:
        host, port = site.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=30) as connection:
            connection.sendall(
                (
                    "POST /tips/ HTTP/1.1\r\n"
                    f"Host: {host}\r\n"
                    "Content-Type: multipart/form-data; boundary=x\r\n"
                    f"Content-Length: {HUGE}\r\n\r\n"
                ).encode()
            )
            chunk = b"--x\r\nContent-Disposition: form-data; name=photo; filename=a.png\r\n\r\n"
            sent = 0
            try:
                connection.sendall(chunk + b"\0" * (8 * 1024 * 1024))  # the first 8 MB
                sent = 8
            except OSError:
                pass  # the server may already have answered and closed
            answer = b""
            deadline = time.monotonic() + 20
            while b"</html>" not in answer and time.monotonic() < deadline:
                piece = connection.recv(65536)
                if not piece:
                    break
                answer += piece

    status_line = answer.split(b"\r\n", 1)[0]
    assert status_line.endswith(b"413 Request Entity Too Large") or b" 413 " in status_line, answer[
        :200
    ]
    assert "For mykje å sende på ein gong".encode() in answer
    assert sent <= 8
    # Nothing of the body was spooled to a temporary file.
    assert list(spool.rglob("*")) == []
