"""The document library in a browser: no WCAG violations on a phone, a desktop and in dark
mode, filtered to nothing as well; valid HTML; and on paper a list with each document's
full address."""

from datetime import date, timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from events.models import Event
from pages.models import Page
from projects.models import Document
from tests.base import make_process_leader, make_project, make_update
from tests.browser.conftest import DESKTOP, PHONE
from tests.browser.pages import filter_to_nothing
from tests.browser.test_accessibility import SCREENS, violations
from tests.browser.test_html_validity import checker, validate  # noqa: F401 (a fixture)
from tests.test_documents import PDF


def documents_of_every_owner():
    project = make_project("Ny skule")
    meeting = Event.objects.create(
        title="Folkemøte", starts_at=timezone.now() - timedelta(days=2), place="Lidal"
    )
    meeting.projects.add(project)
    page = Page.objects.create(title="Slik arbeider vi", slug="slik", is_published=True)
    Document.objects.create(
        title="Vedtak i kommunestyret",
        url="https://www.einnsyn.no/sak/2017-123",
        kind_of_document="decision",
        dated=date(2017, 10, 12),
        description="Kommunestyret vedtok planen.",
        project=project,
    )
    Document.objects.create(
        title="Reguleringsplan",
        file=SimpleUploadedFile("plan.pdf", PDF, "application/pdf"),
        update=make_update(project),
        kind_of_document="plan",
    )
    Document.objects.create(title="Referat", url="https://kommune.no/referat", event=meeting)
    Document.objects.create(title="Metoden", url="https://kommune.no/metode", page=page)
    Document.objects.create(title="Samfunnsplanen", url="https://kommune.no/samfunnsplan")


@pytest.mark.parametrize("screen", SCREENS.values(), ids=SCREENS.keys())
def test_the_library_has_no_wcag_violations(new_page, site, screen):
    documents_of_every_owner()
    page = new_page(**screen)
    page.goto(site + reverse("projects:documents"))
    assert page.locator(".document").count() == 5
    found = {"library": violations(page)}
    page.select_option("#id_kind", "minutes")
    filter_to_nothing(page)
    expect(page.locator(".document")).to_have_count(0)
    found["filtered to nothing"] = violations(page)
    assert found == {"library": [], "filtered to nothing": []}


def test_choosing_a_filter_shows_the_results_without_a_new_page(new_page, site):
    documents_of_every_owner()
    page = new_page()
    page.goto(site + reverse("projects:documents"))
    page.select_option("#id_kind", "decision")
    # htmx swaps the results in and puts the filter in the address, for the back button.
    expect(page.locator(".document")).to_have_count(1)
    page.wait_for_url("**kind=decision**")
    assert page.locator("#result-count").inner_text().startswith("1 ")
    assert page.locator("h1").count() == 1


def test_the_library_prints_as_a_list_with_each_documents_address(new_page, site, settings):
    documents_of_every_owner()
    page = new_page()
    page.goto(site + reverse("projects:documents"))
    page.emulate_media(media="print")

    assert not page.locator(".filters").is_visible()
    assert page.locator(".document").first.is_visible()
    printed = page.evaluate(
        """() => [...document.querySelectorAll('.document__title a')]
            .map(a => getComputedStyle(a, '::after').content)"""
    )
    assert '" (https://www.einnsyn.no/sak/2017-123)"' in printed
    download = Document.objects.get(title="Reguleringsplan").get_download_url()
    assert f'" ({settings.SITE_URL}{download})"' in printed
    assert not page.locator(".document__away").first.is_visible()
    assert page.pdf(format="A4").startswith(b"%PDF")


@pytest.mark.django_db
def test_the_library_is_valid_html(checker, tmp_path):  # noqa: F811
    documents_of_every_owner()
    client = Client()
    pages = {
        "library": client.get(reverse("projects:documents")).text,
        "filtered": client.get(reverse("projects:documents") + "?kind=minutes&year=2017").text,
        "results alone": "<!doctype html><html lang=nn><title>x</title>"
        + client.get(reverse("projects:documents"), headers={"HX-Request": "true"}).text,
    }
    assert validate(pages, tmp_path) == {name: [] for name in pages}


@pytest.mark.parametrize("screen", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_documents_admin_pages_have_no_wcag_violations(new_page, site, screen):
    documents_of_every_owner()
    make_process_leader("kari", password="Fjord-og-fjell-2026")
    page = new_page(viewport=screen)
    page.goto(site + "/admin/login/")
    page.get_by_label("Brukarnamn").fill("kari")
    page.get_by_label("Passord").fill("Fjord-og-fjell-2026")
    page.locator("input[type=submit]").click()
    page.wait_for_load_state()
    document = Document.objects.get(title="Vedtak i kommunestyret")
    update = Document.objects.get(title="Reguleringsplan").update
    paths = [
        reverse("admin:projects_document_changelist"),
        reverse("admin:projects_document_add"),
        reverse("admin:projects_document_change", args=[document.pk]),
        reverse("admin:projects_project_change", args=[document.project_id]),
        reverse("admin:updates_statusupdate_change", args=[update.pk]),
    ]
    found = {}
    for path in paths:
        page.goto(site + path)
        found[path] = violations(page)
    # A file and a link together: the error stands beside the link.
    page.goto(site + reverse("admin:projects_document_add"))
    page.locator("#id_title").fill("Plan")
    page.locator("#id_url").fill("https://kommune.no/plan.pdf")
    page.locator("#id_file").set_input_files(
        files=[{"name": "plan.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    page.locator("input[name=_save]").click()
    page.wait_for_load_state()
    assert page.locator(".field-url .errorlist").count() == 1
    found["with an error"] = violations(page)
    assert found == {name: [] for name in found}
