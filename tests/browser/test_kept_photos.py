"""On a phone, a status update with a photo but no alt text: the error shows beside the
alt text field on screen, the photo is kept, and writing the alt text is all it takes."""

import pytest
from playwright.sync_api import expect

from tests.base import jpeg_file, make_process_leader, make_project
from tests.browser.conftest import DESKTOP
from tests.browser.test_accessibility import violations
from updates.models import StatusUpdate

PHONE_360 = {"width": 360, "height": 800}
PASSWORD = "Fjord-og-fjell-2026"


def log_in(page, site):
    make_process_leader("kari", password=PASSWORD)
    page.goto(site + "/admin/")
    page.get_by_label("Brukarnamn").fill("kari")
    page.get_by_label("Passord").fill(PASSWORD)
    page.get_by_role("button", name="Logg inn").click()


def post_update_without_alt_text(page, site, project, tmp_path):
    page.goto(site + f"/admin/updates/statusupdate/add/?project={project.pk}")
    page.locator("#id_title").fill("Grunnarbeidet er ferdig")
    page.locator(".ProseMirror >> visible=true").first.click()
    page.keyboard.type("Gravinga er ferdig.")
    photo = jpeg_file(tmp_path, "tomta.jpg", width=900, height=600, color=(40, 120, 90))
    page.locator("#id_images-0-image").set_input_files(photo)
    page.get_by_role("button", name="Lagre", exact=True).click()
    expect(page.locator(".errornote")).to_be_visible()


def scroll_down_to(page, element):
    """Scroll the page down to an element, and only down: never sideways."""
    top = element.evaluate("element => element.getBoundingClientRect().top + window.scrollY")
    page.evaluate("top => window.scrollTo(0, top - 200)", top)


def within_width(box, width):
    return box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width


@pytest.mark.parametrize("viewport", [PHONE_360, DESKTOP], ids=["phone", "desktop"])
def test_the_photo_is_kept_and_the_alt_text_error_is_on_screen(new_page, site, tmp_path, viewport):
    project = make_project()
    page = new_page(viewport)
    log_in(page, site)

    post_update_without_alt_text(page, site, project, tmp_path)

    error = page.locator("#id_images-0-alt_text_error")
    alt_text = page.locator("#id_images-0-alt_text")
    # Seen without scrolling sideways (as a table too wide for a phone would need).
    scroll_down_to(page, error)
    expect(error).to_be_visible()
    expect(error).to_be_in_viewport()
    expect(alt_text).to_be_in_viewport()
    error_box, field_box = error.bounding_box(), alt_text.bounding_box()
    assert within_width(error_box, viewport["width"]), error_box
    assert within_width(field_box, viewport["width"]), field_box
    # Beside the field: just above it, over the same column.
    assert 0 <= field_box["y"] - (error_box["y"] + error_box["height"]) < 40
    assert error_box["x"] < field_box["x"] + field_box["width"]
    assert field_box["x"] < error_box["x"] + error_box["width"]

    kept = page.locator("#images-0 .kept-upload")
    expect(kept).to_be_visible()
    expect(kept).to_contain_text("tomta.jpg")
    thumbnail = kept.locator("img")
    assert thumbnail.evaluate("image => image.complete && image.naturalWidth > 0")
    assert within_width(kept.bounding_box(), viewport["width"])
    # On a phone each field of the row is named in its card; on a desktop the table's
    # column headings do it.
    label = page.locator("#images-0 td.field-alt_text .picture-row__label")
    if viewport is PHONE_360:
        expect(label).to_be_visible()
        expect(page.locator("#images-group thead")).to_be_hidden()
    else:
        expect(label).to_be_hidden()
        expect(page.locator("#images-group thead")).to_be_visible()
    assert violations(page) == []

    alt_text.fill("Gravemaskin på tomta")
    page.get_by_role("button", name="Lagre", exact=True).click()

    expect(page.locator(".messagelist")).to_be_visible()
    picture = StatusUpdate.objects.get().images.get()
    assert picture.alt_text == "Gravemaskin på tomta"
    assert picture.width == 900
