"""A status update from a phone in under a minute: on a 360 px screen, from the admin's
start page to a published update with a photo in no more than 8 taps, fills and choices."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests.base import jpeg_file, make_process_leader, make_project, make_update
from tests.browser.conftest import PHONE
from updates.models import StatusUpdate

MOST_INTERACTIONS = 8
PHONE_WIDTH = PHONE["width"]
THUMB = 44  # px: a target a thumb hits (WCAG 2.5.5)


class Interactions:
    """Each tap, each text filled in, each file chosen counts as one."""

    def __init__(self):
        self.count = 0

    def tap(self, locator):
        locator.click()
        self.count += 1

    def fill(self, locator, text):
        locator.fill(text)
        self.count += 1

    def choose_file(self, locator, path):
        locator.set_input_files(path)
        self.count += 1


@pytest.fixture
def quiet_projects(site):
    """Projects, two of them without news for months, as the start page lists them."""
    months_ago = timezone.now() - timedelta(days=120)
    bridge = make_project("Ny bru over Li-elva", slug="ny-bru", status="planned")
    make_update(bridge, "Reguleringsplanen er vedteken", published_at=months_ago)
    path = make_project("Gang- og sykkelveg til skulen", slug="gang-og-sykkelveg")
    make_update(path, "Anbodet er ute", published_at=months_ago)
    for title in ["Nytt bibliotek", "Badeplass i Nedre Li", "Bustader på Haugen"]:
        make_update(make_project(title), "Ferdig prosjektert", published_at=timezone.now())
    return bridge, path


def log_in(page, site):
    make_process_leader("kari", password="Fjord-og-fjell-2026")
    page.goto(site + "/admin/")
    page.get_by_label("Brukarnamn").fill("kari")
    page.get_by_label("Passord").fill("Fjord-og-fjell-2026")
    page.get_by_role("button", name="Logg inn").click()
    expect(page.locator(".start-page")).to_be_visible()


def right_edge(locator):
    box = locator.bounding_box()
    return box["x"] + box["width"]


def test_a_quiet_project_gets_an_update_with_a_photo_in_eight_taps_on_a_phone(
    new_page, site, quiet_projects, tmp_path
):
    bridge, _path = quiet_projects
    page = new_page(PHONE)
    log_in(page, site)
    photo = jpeg_file(tmp_path, "bru.jpg", width=1200, height=900, color=(60, 90, 140))
    steps = Interactions()

    stale_row = page.locator(".start-list__row", has_text=bridge.title)
    steps.tap(stale_row.get_by_role("link", name="Legg ut ei statusoppdatering"))
    # The update's own title (a document added below has one too).
    steps.fill(page.locator("#id_title"), "Pelane til brua er støypte")
    editor = page.get_by_role("textbox", name="Tekst:", exact=True)
    steps.fill(editor, "Alle fire pelane står. No kjem brudekket.")
    steps.choose_file(page.locator("input[type=file][name='images-0-image']"), photo)
    alt_text = page.locator("input[name='images-0-alt_text']")
    steps.fill(alt_text, "Fire betongpelar i elva med forskaling rundt")
    status = page.get_by_role("radio", name="I gang")
    steps.tap(status)
    steps.tap(page.get_by_role("button", name="+10 %"))
    expect(page.get_by_label("Framdrift (%)")).to_have_value("10")

    # What the form looks like on the phone, before it is sent.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE_WIDTH
    assert editor.bounding_box()["height"] >= 150  # room for several lines
    alt_text.scroll_into_view_if_needed()
    assert right_edge(alt_text) <= PHONE_WIDTH  # beside the photo, not off to the right
    for control in [
        status.locator("xpath=ancestor::label"),
        page.get_by_role("button", name="+10 %"),
        page.get_by_label("Framdrift (%)"),
        page.locator(".field-project .select2-selection"),
    ]:
        box = control.bounding_box()
        assert box["height"] >= THUMB and right_edge(control) <= PHONE_WIDTH

    steps.tap(page.get_by_role("button", name="Lagre", exact=True))

    expect(page.locator(".messagelist")).to_contain_text("Innbyggjarane ser ho på sida")
    assert steps.count <= MOST_INTERACTIONS
    update = StatusUpdate.objects.get(title="Pelane til brua er støypte")
    assert update.is_visible and update.project == bridge
    assert (update.new_status, update.new_progress) == ("ongoing", 10)
    # Back on the start page it began on, where the project no longer waits for news.
    assert page.url.endswith("/admin/")
    expect(page.locator(f"#stale-project-{bridge.pk}")).to_have_count(0)
    # The project shows the new status, as residents see it.
    page.goto(site + f"/admin/projects/project/{bridge.pk}/change/")
    expect(page.locator(".field-status_residents_see")).to_contain_text("I gang")

    resident = new_page(PHONE)
    resident.goto(site + bridge.get_absolute_url())
    newest = resident.locator(".update").first
    expect(newest.locator(".update__title")).to_have_text("Pelane til brua er støypte")
    expect(newest).to_contain_text("Alle fire pelane står.")
    expect(newest.locator("img")).to_have_attribute(
        "alt", "Fire betongpelar i elva med forskaling rundt"
    )
    assert resident.locator(".project__status").inner_text().startswith("I gang")


def test_any_project_is_found_by_searching_from_the_start_page_button(
    new_page, site, quiet_projects, tmp_path
):
    _bridge, path = quiet_projects
    page = new_page(PHONE)
    log_in(page, site)
    photo = jpeg_file(tmp_path, "veg.jpg", width=900, height=1200, color=(120, 110, 90))
    steps = Interactions()

    steps.tap(
        page.locator(".start-page__buttons").get_by_role(
            "link", name="Legg ut ei statusoppdatering"
        )
    )
    steps.tap(page.locator(".field-project .select2-selection"))
    # The search of the list just opened (the authors' list has a search field of its own).
    steps.fill(page.locator(".select2-container--open .select2-search__field"), "sykkel")
    steps.tap(page.get_by_role("option", name="Gang- og sykkelveg til skulen"))
    steps.fill(page.locator("#id_title"), "Asfalten er lagd")
    steps.choose_file(page.locator("input[type=file][name='images-0-image']"), photo)
    steps.fill(page.locator("input[name='images-0-alt_text']"), "Nyasfaltert gangveg langs skulen")
    steps.tap(page.get_by_role("button", name="Lagre", exact=True))

    expect(page.locator(".messagelist")).to_contain_text("Innbyggjarane ser ho på sida")
    assert steps.count <= MOST_INTERACTIONS
    update = StatusUpdate.objects.get(title="Asfalten er lagd")
    assert update.project == path and update.is_visible
    assert update.images.get().alt_text == "Nyasfaltert gangveg langs skulen"
