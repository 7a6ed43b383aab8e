"""A resident sends a tip with a photo from a project's page, on a phone, in Chromium."""

import pytest
from playwright.sync_api import expect

from tests.base import jpeg_file
from tests.browser.conftest import DESKTOP, PHONE
from tests.browser.pages import load_demo
from tips.models import Tip


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_a_resident_sends_a_tip_with_a_photo_from_a_project_page(
    new_page, site, monkeypatch, settings, tmp_path, viewport
):
    settings.TIP_MIN_FILL_SECONDS = 1
    load_demo(monkeypatch)
    page = new_page(viewport)
    page.goto(site + "/prosjekt/utviklingsplan-berg/")

    form = page.locator("#tips")
    form.get_by_label("Tipset ditt").fill("Brua ved skulen er stengd etter flaumen.")
    form.get_by_label("Bilete", exact=True).set_input_files(
        jpeg_file(tmp_path, "brua.jpg", width=1200, height=800, color=(90, 110, 160))
    )
    form.get_by_label("De kan publisere biletet saman med tipset mitt").check()
    form.get_by_label("E-post").fill("kari@example.org")
    form.get_by_label("Eg vil ha svar").check()
    page.wait_for_timeout(1100)  # a person takes more than a second
    form.get_by_role("button", name="Send tipset").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Takk for tipset")
    expect(page.locator("main")).to_contain_text("Du bad om svar: du får det på e-post.")
    tip = Tip.objects.get(message="Brua ved skulen er stengd etter flaumen.")
    assert tip.project.slug == "utviklingsplan-berg"
    assert tip.photo and tip.photo_may_be_published and tip.wants_answer


def test_a_mistake_is_shown_at_the_field_and_what_was_typed_stays(new_page, site, monkeypatch):
    load_demo(monkeypatch)
    page = new_page(PHONE)
    page.goto(site + "/tips/")

    page.get_by_label("Namn").fill("Kari Nordmann")
    page.get_by_label("Eg vil ha svar").check()
    page.get_by_role("button", name="Send tipset").click()

    expect(page.locator("#id_message_error")).to_have_text(
        "⚠ Skriv tipset ditt.".removeprefix("⚠ ")
    )
    expect(page.locator("#id_email_error")).to_contain_text("Skriv e-postadressa di")
    expect(page.get_by_label("Namn")).to_have_value("Kari Nordmann")
    expect(page.get_by_label("Eg vil ha svar")).to_be_checked()
    assert not Tip.objects.filter(name="Kari Nordmann").exists()
