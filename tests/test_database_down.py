"""While the database is unreachable, every page answers 503 with a page of its own that
needs no database. (tests/test_faults.py stops a real PostgreSQL server under gunicorn.)"""

import logging
from contextlib import contextmanager
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.db import OperationalError, connection
from django.test import Client

from tests.base import make_process_leader, make_project
from tests.test_tips import tip_data

pytestmark = pytest.mark.django_db

REFUSED = (
    'connection failed: connection to server at "127.0.0.1", port 5432 failed: '
    "Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?"
)


@contextmanager
def database_down():
    """Every query fails as it does when PostgreSQL is stopped."""
    with mock.patch.object(connection, "ensure_connection", side_effect=OperationalError(REFUSED)):
        yield


def assert_unavailable_page(response):
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response["Cache-Control"] == "no-store"
    assert "default-src 'self'" in response["Content-Security-Policy"]
    page = BeautifulSoup(response.content, "html.parser")
    assert page.html["lang"] == "nn"
    assert page.title.get_text() == "Mellombels utilgjengeleg"
    assert page.h1.get_text() == "Nettstaden er mellombels utilgjengeleg"
    assert (
        "Dersom du sende eit tips, kan vi ikkje seie sikkert om det kom fram"
        in page.main.get_text()
    )
    assert page.find("link", rel="stylesheet")["href"] == "/static/css/site.css"
    assert not page.find("style") and not page.find(style=True)


def test_a_page_answers_503_with_a_page_of_its_own_and_one_warning(client, caplog):
    make_project("Ny skule i Nedre Li", slug="ny-skule")

    with database_down(), caplog.at_level(logging.INFO):
        response = client.get("/prosjekt/ny-skule/")

    assert_unavailable_page(response)
    assert [(record.levelname, record.getMessage()) for record in caplog.records] == [
        (
            "WARNING",
            "Database unavailable, /prosjekt/ny-skule/ answered 503: connection failed: "
            'connection to server at "127.0.0.1", port 5432 failed: Connection refused '
            "Is the server running on that host and accepting TCP/IP connections?",
        )
    ]


@pytest.mark.parametrize("path", ["/", "/tips/", "/personvern/", "/admin/login/"])
def test_every_page_answers_503_the_admin_too(client, path):
    with database_down():
        assert_unavailable_page(client.get(path))


def test_a_logged_in_process_leader_gets_the_503_page_and_stays_logged_in(client, caplog):
    client.force_login(make_process_leader())
    session_cookie = client.cookies["sessionid"].value
    caplog.clear()

    with database_down(), caplog.at_level(logging.WARNING):
        response = client.get("/admin/tips/tip/")

    assert_unavailable_page(response)
    assert [record.levelname for record in caplog.records] == ["WARNING"]
    assert "sessionid" not in response.cookies  # neither saved nor deleted
    assert client.cookies["sessionid"].value == session_cookie
    assert client.get("/admin/tips/tip/").status_code == 200  # the database is back


def test_a_tip_sent_meanwhile_is_answered_with_503_and_the_advice_to_send_it_again(client):
    with database_down():
        response = client.post("/tips/", tip_data(), REMOTE_ADDR="10.0.0.1")
    assert_unavailable_page(response)


def test_a_page_from_the_page_cache_is_never_a_500(client, settings):
    settings.PAGE_CACHE_ENABLED = True
    make_project("Ny skule i Nedre Li", slug="ny-skule")
    assert client.get("/prosjekt/ny-skule/").status_code == 200  # now in the cache

    with database_down():
        response = client.get("/prosjekt/ny-skule/")
    # The cache cannot tell whether its copy is current without the database.
    assert_unavailable_page(response)


class FailingMiddleware:
    """A middleware whose own query fails: Django makes that a 500 before a view runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        raise OperationalError("server closed the connection unexpectedly")


def test_a_database_error_in_a_middleware_also_gives_the_503_page(settings):
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, "tests.test_database_down.FailingMiddleware"]
    response = Client(raise_request_exception=False).get("/")
    assert_unavailable_page(response)


class BuggyMiddleware(FailingMiddleware):
    def __call__(self, request):
        raise ValueError("a bug, not the database")


def test_other_errors_are_still_errors(settings):
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, "tests.test_database_down.BuggyMiddleware"]
    response = Client(raise_request_exception=False).get("/")
    assert response.status_code == 500
