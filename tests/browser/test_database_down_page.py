"""The page residents see while the database is unreachable (config/database_down.py):
styled by the site's stylesheet, no WCAG violations, valid HTML."""

from contextlib import contextmanager
from unittest import mock

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper

from tests.browser.conftest import DESKTOP, PHONE
from tests.browser.test_accessibility import violations
from tests.browser.test_html_validity import checker, validate  # noqa: F401 (a fixture)

SCREENS = {
    "phone": {"viewport": PHONE},
    "desktop": {"viewport": DESKTOP},
    "phone in dark mode": {"viewport": PHONE, "color_scheme": "dark"},
}


@contextmanager
def database_down():
    """Every query of the server thread fails as it does when PostgreSQL is stopped."""
    refused = OperationalError('connection to server at "127.0.0.1" failed: Connection refused')
    # Where every query gets its cursor, in every backend and thread.
    with mock.patch.object(BaseDatabaseWrapper, "_cursor", side_effect=refused):
        yield


@pytest.mark.parametrize("screen", SCREENS.values(), ids=SCREENS.keys())
def test_the_database_down_page_is_styled_and_has_no_wcag_violations(new_page, site, screen):
    page = new_page(**screen)
    with database_down():
        response = page.goto(site + "/prosjekt/ny-skule/")

    assert response.status == 503
    assert page.locator("h1").count() == 1
    # The site's stylesheet arrived (whitenoise needs no database).
    assert page.evaluate("getComputedStyle(document.querySelector('main')).maxWidth") != "none"
    assert violations(page) == []
    assert page.foreign_requests == []


def test_the_database_down_page_is_valid_html(checker, new_page, site, tmp_path):  # noqa: F811
    page = new_page(DESKTOP)
    with database_down():
        html = page.goto(site + "/").text()
    assert validate({"503": html}, tmp_path) == {"503": []}
