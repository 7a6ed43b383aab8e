"""The page cache's front (pagecache/front.py): a page from the cache answered before
Django's request handling is the page Django would have sent, header by header, and
everything it does not answer reaches Django as it came."""

import logging
import re
from datetime import timedelta
from http.cookies import SimpleCookie

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone

from config.logging import current_request_id
from events.models import Event
from pagecache.front import PageCacheFront
from tests.base import make_project
from tests.test_pagecache import send_tip_from
from tests.test_tips import tip_data
from tips.models import Tip

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("connections_kept_between_requests")]

PER_REQUEST_IN_PAGE = re.compile(r'(nonce|value)="[^"]*"')
NONCE_IN_POLICY = re.compile(r"'nonce-[^']*'")


class Answered:
    """What a WSGI application sent: status, headers and body."""

    def __init__(self, application, environ):
        def start_response(status, headers, exc_info=None):
            self.status, self.headers = status, headers

        body = application(environ, start_response)
        try:
            self.body = b"".join(body)
        finally:
            # What a WSGI server does once it has sent the body (Django ends its request).
            if hasattr(body, "close"):
                body.close()

    def header(self, name):
        (value,) = [value for key, value in self.headers if key == name]
        return value

    def cookies(self):
        jar = SimpleCookie()
        for key, value in self.headers:
            if key == "Set-Cookie":
                jar.load(value)
        return jar

    def comparable(self):
        """Status, headers and page without what is drawn anew for each request: the
        request id, the nonce, the CSRF secret and token, the tip form's start time."""
        headers = []
        for key, value in self.headers:
            if key == "X-Request-ID":
                assert re.fullmatch(r"[0-9a-f]{32}", value)
                value = "(id)"
            elif key == "Content-Security-Policy":
                value = NONCE_IN_POLICY.sub("'nonce-(n)'", value)
            elif key == "Set-Cookie":
                (cookie,) = SimpleCookie(value).values()
                value = sorted((k, v) for k, v in cookie.items() if k != "expires" and v)
            headers.append((key, str(value)))
        return self.status, sorted(headers), PER_REQUEST_IN_PAGE.sub("", self.body.decode())


class Django:
    """Django's WSGI handler, counting the requests that reach it."""

    def __init__(self):
        self.handler = WSGIHandler()
        self.requests = 0

    def __call__(self, environ, start_response):
        self.requests += 1
        return self.handler(environ, start_response)


@pytest.fixture
def django_app(settings):
    settings.PAGE_CACHE_FRONT = True
    return Django()


def environ(path, method="get", secure=False, **headers):
    factory = RequestFactory()
    return getattr(factory, method)(path, secure=secure, headers=headers).environ


def front_and_django(django_app, path, **request):
    """The page answered by the front, then by Django (both from the cache), and whether
    the front answered alone."""
    front = PageCacheFront(django_app)
    Answered(front, environ(path, **request))  # made by Django, and kept
    before = django_app.requests
    by_front = Answered(front, environ(path, **request))
    answered_alone = django_app.requests == before
    by_django = Answered(django_app.handler, environ(path, **request))
    return by_front, by_django, answered_alone


@pytest.fixture
def project():
    return make_project("Ny skule i Nedre Li", status="ongoing")


@pytest.fixture
def with_english(settings):
    settings.CONTENT_LANGUAGES = ["en"]
    settings.LANGUAGES = [("nn", "Nynorsk"), ("en", "English")]


PAGES = {
    "overview": ("/", {}),
    "project page, with its tip form": (None, {}),
    "project page, with a CSRF cookie": (None, {"Cookie": "csrftoken=" + "a" * 32}),
    "results htmx swaps in": ("/?status=ongoing", {"HX-Request": "true"}),
    "calendar": ("events:feed", {}),
    "embedded card, under its own policy": ("embeds:project", {}),
}


@pytest.mark.parametrize("page", PAGES)
def test_a_page_from_the_front_is_the_page_django_sends(django_app, project, page):
    path, headers = PAGES[page]
    meeting = Event.objects.create(
        title="Folkemøte om skulen", starts_at=timezone.now() + timedelta(days=7), place="Skulen"
    )
    meeting.projects.add(project)
    if path is None:
        path = project.get_absolute_url()
    elif ":" in path:
        path = reverse(path, args=[project.slug] if path.startswith("embeds") else [])

    by_front, by_django, answered_alone = front_and_django(django_app, path, **headers)

    assert answered_alone
    assert by_front.header("X-Page-Cache") == by_django.header("X-Page-Cache") == "hit"
    assert by_front.comparable() == by_django.comparable()


def test_over_https_the_front_sends_hsts_as_django_does(project, settings):
    settings.SECURE_HSTS_SECONDS = 3600  # read when the middleware is made
    by_front, by_django, answered_alone = front_and_django(Django(), "/", secure=True)

    assert answered_alone
    assert by_front.header("Strict-Transport-Security").startswith("max-age=3600")
    assert by_front.comparable() == by_django.comparable()


def test_in_another_language_the_front_sends_that_languages_page(django_app, project, with_english):
    by_front, by_django, answered_alone = front_and_django(django_app, "/en/")

    assert answered_alone
    assert by_front.header("Content-Language") == "en"
    assert '<html lang="en"' in by_front.body.decode()
    assert by_front.comparable() == by_django.comparable()


def test_a_tip_form_from_the_front_can_be_sent(django_app, project, settings):
    settings.TIP_MIN_FILL_SECONDS = 0
    by_front, _by_django, answered_alone = front_and_django(django_app, project.get_absolute_url())
    assert answered_alone
    resident = Client(enforce_csrf_checks=True)
    resident.cookies = by_front.cookies()

    response = send_tip_from(by_front.body.decode(), resident)

    assert response.status_code == 302
    assert Tip.objects.get().message == tip_data()["message"]


def test_the_request_id_is_on_log_lines_until_the_page_is_sent(django_app, project):
    front = PageCacheFront(django_app)
    Answered(front, environ("/"))
    sent = []
    body = front(environ("/"), lambda status, headers, exc_info=None: sent.extend(headers))

    # A server writes its log line after the body, before it closes it.
    assert current_request_id.get() == dict(sent)["X-Request-ID"]
    body.close()
    assert current_request_id.get() == "-"


def test_a_change_is_on_the_next_page_from_the_front(django_app, project):
    front = PageCacheFront(django_app)
    path = project.get_absolute_url()
    Answered(front, environ(path))
    assert "Ny skule i Nedre Li" in Answered(front, environ(path)).body.decode()

    project.title = "Ny skule og barnehage i Nedre Li"
    project.save()
    before = django_app.requests
    after_the_change = Answered(front, environ(path))

    assert django_app.requests == before + 1  # made afresh by Django
    assert "Ny skule og barnehage i Nedre Li" in after_the_change.body.decode()


def steps_aside(django_app, path, **request):
    """Asked twice (the second time a page is kept, where one can be): whether both went
    to Django, and what the front sent."""
    front = PageCacheFront(django_app)
    Answered(front, environ(path, **request))
    before = django_app.requests
    answered = Answered(front, environ(path, **request))
    return django_app.requests == before + 1, answered


def test_what_the_front_leaves_to_django(django_app, project, settings, with_english):
    # The overview has no form, so a browser's copy of it is answered with a 304.
    etag = Answered(PageCacheFront(django_app), environ("/")).header("ETag")
    passed_on, answered = steps_aside(django_app, "/", **{"If-None-Match": etag})
    assert passed_on and answered.status.startswith("304")
    path = project.get_absolute_url()
    passed_on, answered = steps_aside(django_app, path, Cookie="sessionid=whatever")
    assert passed_on and answered.status.startswith("200")
    assert "X-Page-Cache" not in dict(answered.headers)  # neither from nor into the cache
    passed_on, answered = steps_aside(django_app, path, Cookie="messages=whatever")
    assert passed_on and "X-Page-Cache" not in dict(answered.headers)
    passed_on, answered = steps_aside(django_app, "/admin/login/")
    assert passed_on and answered.status.startswith("200")
    passed_on, answered = steps_aside(django_app, path, method="head")
    assert passed_on and answered.status.startswith("200")
    passed_on, answered = steps_aside(django_app, "/tips/", method="post")
    assert passed_on and answered.status.startswith("403")  # no CSRF token
    passed_on, answered = steps_aside(django_app, path, Host="evil.example")
    assert passed_on and answered.status.startswith("400")
    passed_on, answered = steps_aside(django_app, "/en")
    assert passed_on and answered.status.startswith("301")
    assert answered.header("Location") == "/en/"

    settings.SECURE_SSL_REDIRECT = True
    passed_on, answered = steps_aside(Django(), path)
    assert passed_on and answered.status.startswith("301")
    assert answered.header("Location").startswith("https://")


def test_a_host_not_allowed_reaches_django_without_an_error_of_the_front(
    django_app, project, settings, caplog
):
    settings.SECURE_SSL_REDIRECT = True  # the redirect asks for the host first
    path = project.get_absolute_url()
    Answered(PageCacheFront(Django()), environ(path, secure=True))  # kept
    for secure in (True, False):
        with caplog.at_level(logging.ERROR, logger="pagecache.front"):
            passed_on, answered = steps_aside(Django(), path, secure=secure, Host="evil.example")
        assert passed_on and answered.status.startswith("400")
    assert not [record for record in caplog.records if record.name == "pagecache.front"]


def test_a_get_with_an_empty_body_is_still_answered_by_the_front(django_app, project):
    by_front, _by_django, answered_alone = front_and_django(
        django_app, project.get_absolute_url(), CONTENT_LENGTH="0"
    )
    assert answered_alone and by_front.status.startswith("200")


@pytest.mark.parametrize("setting", ["PAGE_CACHE_FRONT", "PAGE_CACHE_ENABLED"])
def test_turned_off_every_request_reaches_django(django_app, project, settings, setting):
    setattr(settings, setting, False)
    passed_on, answered = steps_aside(django_app, project.get_absolute_url())
    assert passed_on and answered.status.startswith("200")


def test_a_fault_in_the_front_costs_no_page(django_app, project, monkeypatch, caplog):
    front = PageCacheFront(django_app)
    path = project.get_absolute_url()
    Answered(front, environ(path))

    def broken(request, entry):
        raise RuntimeError("a bug in the front")

    monkeypatch.setattr(front.cached_pages, "answer", broken)
    before = django_app.requests
    with caplog.at_level(logging.ERROR, logger="pagecache.front"):
        answered = Answered(front, environ(path))

    assert django_app.requests == before + 1
    assert answered.status.startswith("200") and answered.header("X-Page-Cache") == "hit"
    assert "a bug in the front" in caplog.text
