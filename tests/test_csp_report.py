"""What the Content Security Policy blocks is reported by browsers and logged, one line
each; nothing a client posts there makes a server error."""

import json
import logging

import pytest
import time_machine
from django.test import Client

# Reports are counted per client in the database (ratelimits/).
pytestmark = pytest.mark.django_db

URL = "/csp-report/"
REPORT_URI_BODY = {
    "csp-report": {
        "document-uri": "https://prosjekt.example.org/prosjekt/skule/",
        "violated-directive": "script-src-elem",
        "effective-directive": "script-src-elem",
        "blocked-uri": "https://evil.example.com/x.js",
        "source-file": "https://prosjekt.example.org/prosjekt/skule/",
        "line-number": 12,
        "disposition": "enforce",
    }
}
REPORTING_API_BODY = [
    {
        "type": "csp-violation",
        "url": "https://prosjekt.example.org/admin/",
        "body": {
            "documentURL": "https://prosjekt.example.org/admin/",
            "effectiveDirective": "style-src-elem",
            "blockedURL": "inline",
            "sourceFile": "https://prosjekt.example.org/static/editor.js",
            "lineNumber": 1,
            "sample": ".ProseMirror {",
        },
    },
    {
        "type": "csp-violation",
        "body": {"effectiveDirective": "img-src", "blockedURL": "https://tracker.example/p"},
    },
]


@pytest.fixture
def browser():
    # Browsers send reports without a CSRF token.
    return Client(enforce_csrf_checks=True)


def post(client, body, content_type="application/csp-report"):
    data = body if isinstance(body, bytes | str) else json.dumps(body)
    return client.post(URL, data, content_type=content_type)


def logged(caplog):
    return [r.getMessage() for r in caplog.records if r.name == "framdrift.csp"]


def test_a_report_uri_report_is_logged_in_one_line(browser, caplog):
    caplog.set_level(logging.WARNING, logger="framdrift.csp")
    assert post(browser, REPORT_URI_BODY).status_code == 204
    (line,) = logged(caplog)
    assert "script-src-elem blocked https://evil.example.com/x.js" in line
    assert "on https://prosjekt.example.org/prosjekt/skule/" in line


def test_reporting_api_reports_are_logged_one_line_each(browser, caplog):
    caplog.set_level(logging.WARNING, logger="framdrift.csp")
    response = post(browser, REPORTING_API_BODY, content_type="application/reports+json")
    assert response.status_code == 204
    first, second = logged(caplog)
    assert "style-src-elem blocked inline" in first
    assert "img-src blocked https://tracker.example/p" in second


@pytest.mark.parametrize(
    "body",
    [b"", b"{not json", b"\xff\xfe", b"null", b"123", b'"text"', b"[1, 2, {}]", b'{"x": []}'],
)
def test_garbage_is_answered_without_a_server_error_and_logs_nothing(browser, caplog, body):
    caplog.set_level(logging.WARNING, logger="framdrift.csp")
    response = post(browser, body)
    assert response.status_code in (204, 400, 415)
    assert logged(caplog) == []


def test_control_characters_cannot_forge_log_lines(browser, caplog):
    caplog.set_level(logging.WARNING, logger="framdrift.csp")
    body = {"csp-report": {"blocked-uri": "x\nCRITICAL fake line", "effective-directive": "a"}}
    post(browser, body)
    (line,) = logged(caplog)
    assert "\n" not in line


def test_a_large_body_is_refused(browser, caplog):
    body = {"csp-report": {"script-sample": "x" * 20_000}}
    assert post(browser, body).status_code == 413
    assert logged(caplog) == []


@pytest.mark.django_db
def test_only_report_types_and_posts_are_accepted(browser):
    assert post(browser, REPORT_URI_BODY, content_type="text/plain").status_code == 415
    assert browser.get(URL).status_code == 405


@time_machine.travel("2026-06-15 12:00:10 +02:00", tick=False)  # all in one minute
def test_a_flood_of_reports_from_one_client_stops_being_logged(browser, caplog):
    caplog.set_level(logging.WARNING, logger="framdrift.csp")
    for _ in range(70):
        assert post(browser, REPORT_URI_BODY).status_code == 204
    assert len(logged(caplog)) == 60


def test_a_report_gets_no_session_or_cookie(browser):
    response = post(browser, REPORT_URI_BODY)
    assert not response.cookies
