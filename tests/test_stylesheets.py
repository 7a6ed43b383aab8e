"""The stylesheets a page loads (issue 20): collectstatic minifies them, the overview and a
project's page load at most the bench's 30 KB of CSS, and every page links the sheets that
hold the rules for what it shows (static/css: site.css everywhere, pages.css, follows.css,
open-data.css, staff.css for logged-in staff only)."""

import hashlib
import importlib
import json
import os
import re
from datetime import timedelta
from pathlib import Path
from unittest import mock

import pytest
import rcssmin
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.templatetags.static import static
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from bench.load import PageAssets
from bench.report import CSS_MAX
from projects.models import Project
from tests.browser.pages import EXTRA_PAGES, PUBLIC_PAGES, demo_slug
from updates.models import StatusUpdate

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("stylesheets")]

SHEETS = Path(settings.BASE_DIR) / "static" / "css"
# The storage production uses, as config/settings.py names it (the suite's own conftest
# swaps in a plain one for the other tests).
PRODUCTION_STATIC = importlib.import_module(os.environ["DJANGO_SETTINGS_MODULE"]).STORAGES[
    "staticfiles"
]


@pytest.fixture(scope="module")
def collected(tmp_path_factory):
    """collectstatic once, with production's storage, into a folder of the module's own."""
    root = tmp_path_factory.mktemp("static")
    with override_settings(STATIC_ROOT=root, STORAGES={"staticfiles": PRODUCTION_STATIC}):
        call_command("collectstatic", interactive=False, verbosity=0)
    return root


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo of the site's language, loaded once for the module and rolled back after."""
    media = tmp_path_factory.mktemp("media")
    with (
        django_db_blocker.unblock(),
        transaction.atomic(),
        override_settings(MEDIA_ROOT=media / "public", PRIVATE_MEDIA_ROOT=media / "private"),
    ):
        with mock.patch("demo.loader.PICTURE_SIZE", (160, 100)):
            call_command("load_demo", language=settings.LANGUAGE_CODE, verbosity=0)
        yield
        transaction.set_rollback(True)


@pytest.fixture
def served_as_in_production(settings, collected, demo):
    settings.STATIC_ROOT = collected
    settings.STORAGES = settings.STORAGES | {"staticfiles": PRODUCTION_STATIC}
    return collected


def linked_sheets(response):
    """The stylesheets the bench counts: every one the page links but those for print."""
    assets = PageAssets()
    assets.feed(response.content.decode())
    return [href.removeprefix(settings.STATIC_URL) for href in assets.stylesheets]


def css_bytes(root, response):
    return sum((root / name).stat().st_size for name in linked_sheets(response))


def source_name(hashed):
    """css/site.0123456789ab.css -> site.css"""
    return re.sub(r"\.[0-9a-f]{12}\.css$", ".css", Path(hashed).name)


# Collected and minified


def test_collectstatic_minifies_each_sheet_and_names_it_by_the_minified_content(collected):
    manifest = json.loads((collected / "staticfiles.json").read_text())["paths"]
    for source in sorted(SHEETS.glob("*.css")):
        hashed = manifest[f"css/{source.name}"]
        served = (collected / hashed).read_bytes()

        assert served == rcssmin.cssmin(source.read_text()).encode(), source.name
        assert hashed.endswith(f".{hashlib.md5(served).hexdigest()[:12]}.css")
        # The copy under the plain name is minified too; the source keeps its comments.
        assert (collected / "css" / source.name).read_bytes() == served
        assert "/*" in source.read_text()


def test_references_inside_minified_sheets_still_lead_to_hashed_files(collected):
    manifest = json.loads((collected / "staticfiles.json").read_text())["paths"]
    admin_base = (collected / manifest["admin/css/base.css"]).read_text()
    references = re.findall(r'url\("?(\.\./img/[^")]+)"?\)', admin_base)

    assert references
    assert "\n" not in admin_base.strip()
    for reference in references:
        assert re.search(r"\.[0-9a-f]{12}\.\w+$", reference), reference
        assert (collected / "admin/css" / reference).resolve().exists(), reference


# The budget


def test_a_remembered_address_is_the_manifest_s_and_debug_still_gets_the_source(
    settings, collected
):
    """The storage finds each hashed address once per process; it must stay the one in the
    manifest, for each name, and DEBUG's runserver must still get the readable source."""
    settings.STATIC_ROOT = collected
    settings.STORAGES = settings.STORAGES | {"staticfiles": PRODUCTION_STATIC}
    settings.DEBUG = False
    manifest = json.loads((collected / "staticfiles.json").read_text())["paths"]
    for _asked in range(2):
        assert static("css/site.css") == settings.STATIC_URL + manifest["css/site.css"]
        assert static("js/site.js") == settings.STATIC_URL + manifest["js/site.js"]
    settings.DEBUG = True
    assert static("css/site.css") == settings.STATIC_URL + "css/site.css"
    settings.DEBUG = False
    with pytest.raises(ValueError, match="Missing staticfiles manifest entry"):
        static("css/not-there.css")


@pytest.mark.parametrize(
    "page",
    [
        "/",
        "/?status=ongoing",
        PUBLIC_PAGES["projects:detail"],
        EXTRA_PAGES["project with everything"],
        EXTRA_PAGES["sub-project"],
    ],
    ids=["overview", "overview filtered", "project page", "project with everything", "action"],
)
def test_the_overview_and_a_project_page_load_at_most_30_kb_of_css(
    client, served_as_in_production, page
):
    path = page() if callable(page) else page
    response = client.get(path)

    assert response.status_code == 200
    assert [source_name(name) for name in linked_sheets(response)] == ["site.css"]
    assert css_bytes(served_as_in_production, response) <= CSS_MAX


# Each page links the sheets of the rules it uses


def required_classes(sheet):
    """For each rule of a sheet, the classes and ids an element must have for it to apply
    (state and pseudo-elements left out): one set per selector."""
    text = re.sub(r"/\*.*?\*/", "", sheet.read_text(), flags=re.S)
    needs = []
    for selectors, _body in re.findall(r"([^{}]+){([^{}]*)}", text):
        for selector in selectors.split(","):
            plain = re.sub(r"::?[\w-]+(\([^)]*\))?", "", selector.replace(":not(", "("))
            needed = frozenset(re.findall(r"[.#][\w-]+", plain))
            if needed:
                needs.append(needed)
    return needs


def shown_names(response):
    page = BeautifulSoup(response.content, "html.parser")
    names = set()
    for element in page.find_all(True):
        names |= {f".{name}" for name in element.get("class") or []}
        if element.get("id"):
            names.add(f"#{element['id']}")
    return names


def sheets_missing(response):
    """Sheets with a rule for what the page shows that the page does not link."""
    linked = {source_name(name) for name in linked_sheets(response)}
    shown = shown_names(response)
    return {
        sheet.name
        for sheet in SHEETS.glob("*.css")
        if sheet.name not in linked | {"print.css", "embed.css"}
        and any(needed <= shown for needed in required_classes(sheet))
    }


def a_draft_and_a_scheduled_update(project):
    now = timezone.now()
    StatusUpdate.objects.create(
        project=project, title="Utkast", body="<p>Ikkje ferdig.</p>", is_published=False
    )
    StatusUpdate.objects.create(
        project=project,
        title="Kjem snart",
        body="<p>Om ei veke.</p>",
        published_at=now + timedelta(days=7),
    )


def test_every_page_links_the_sheets_of_the_rules_it_uses(
    client, admin_client, served_as_in_production
):
    project = Project.objects.get(slug=demo_slug("heim-til-fjorden"))
    a_draft_and_a_scheduled_update(project)
    pages = {**PUBLIC_PAGES, **EXTRA_PAGES}
    checked = {}
    for name, where in pages.items():
        path = where()
        for who, visitor in [("resident", client), ("staff", admin_client)]:
            response = visitor.get(path)
            assert response.status_code in (200, 404), (name, who)
            checked[name, who] = sorted(sheets_missing(response))

    assert {key: missing for key, missing in checked.items() if missing} == {}


def test_pages_with_rules_of_their_own_link_their_sheet(
    client, admin_client, served_as_in_production
):
    project = Project.objects.get(slug=demo_slug("heim-til-fjorden"))
    a_draft_and_a_scheduled_update(project)

    def sheets_of(visitor, path):
        return [source_name(name) for name in linked_sheets(visitor.get(path))]

    open_data = client.get(reverse("opendata:page"))
    assert BeautifulSoup(open_data.content, "html.parser").select(".fields-table")
    assert sheets_of(client, reverse("opendata:page")) == ["site.css", "open-data.css"]
    assert sheets_of(client, reverse("figures:index")) == ["site.css", "pages.css"]
    assert sheets_of(client, PUBLIC_PAGES["follows:follow"]()) == ["site.css", "follows.css"]

    staff_page = admin_client.get(project.get_absolute_url())
    assert BeautifulSoup(staff_page.content, "html.parser").select(".flag--draft")
    assert [source_name(name) for name in linked_sheets(staff_page)] == [
        "site.css",
        "staff.css",
    ]
    assert ".flag--draft" in (SHEETS / "staff.css").read_text()
    assert ".flag--draft" not in (SHEETS / "site.css").read_text()


def test_a_resident_never_gets_the_staff_sheet_even_after_staff_saw_the_page(
    admin_client, served_as_in_production
):
    path = Project.objects.get(slug=demo_slug("heim-til-fjorden")).get_absolute_url()
    assert any("staff" in name for name in linked_sheets(admin_client.get(path)))

    resident = Client()
    for _ in range(2):  # made afresh, then from the page cache
        response = resident.get(path)
        assert not any("staff" in name for name in linked_sheets(response))
    assert response["X-Page-Cache"] == "hit"
