"""The list of pages the automatic checks visit stays complete."""

import pytest
from bs4 import BeautifulSoup
from django.urls import get_resolver

from tests.browser.pages import FORM_PAGES, PUBLIC_PAGES, all_page_paths, load_demo

# Not public pages of the site: the admin, the language switch, uploaded files; and
# calendar files and document downloads, which are not HTML (tests/test_events.py and
# tests/test_uploads_hostile.py check them).
# Not HTML pages: calendars, feeds, files, the open-data files and API, the sitemap, the
# health answers for monitoring (JSON; tests/test_health.py).
NOT_PUBLIC = (
    "admin", "set_language", "media", "ics", "feed", "document", "feeds", "api", "operations",
)  # fmt: skip

# The list the markup checks visit: CI's run on PostgreSQL leaves it out with them.
pytestmark = pytest.mark.markup_only


def public_url_names(resolver=None, namespace=""):
    names = set()
    for pattern in (resolver or get_resolver()).url_patterns:
        if hasattr(pattern, "url_patterns"):
            if pattern.namespace in NOT_PUBLIC or str(pattern.pattern).startswith(
                ("admin", "i18n")
            ):
                continue
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            names |= public_url_names(pattern, inner)
        elif pattern.name and pattern.name not in NOT_PUBLIC:
            names.add(f"{namespace}{pattern.name}")
        elif str(pattern.pattern).startswith("^media"):
            continue
    return names


def test_every_public_url_is_checked_for_accessibility_and_valid_html():
    missing = public_url_names() - set(PUBLIC_PAGES)
    assert not missing, f"Add these pages to tests/browser/pages.py: {sorted(missing)}"


@pytest.mark.django_db
def test_every_public_page_with_a_form_is_also_checked_showing_its_errors(client, monkeypatch):
    load_demo(monkeypatch)
    with_forms = {
        name
        for name, path in all_page_paths().items()
        if BeautifulSoup(client.get(path).text, "html.parser").find("main").find("form")
    }
    missing = with_forms - set(FORM_PAGES)
    assert not missing, f"Add how to send these forms to FORM_PAGES: {sorted(missing)}"


def test_the_list_check_would_catch_a_new_public_page(settings):
    settings.ROOT_URLCONF = "tests.browser.urls_with_an_unchecked_page"
    assert public_url_names() - set(PUBLIC_PAGES) == {"unchecked"}
