"""Finding one's way on a phone (issue 18), the overview: on a 390 x 844 phone the first
project card starts on the first screen, in each of the site's languages with its demo
content; "Filter" unfolds the filters, which then work; the status links filter; the
print button prints, and paper gets the projects without the controls."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP
from tests.browser.pages import demo_area_slug, load_demo

PHONE_390 = {"width": 390, "height": 844}


@pytest.mark.parametrize("language", ["nn", "nb", "sv", "da", "en"])
def test_the_first_project_starts_on_a_phone_s_first_screen(
    new_page, site, monkeypatch, settings, language
):
    settings.LANGUAGE_CODE = language
    load_demo(monkeypatch)
    page = new_page(PHONE_390)

    page.goto(site + "/")

    assert page.locator("html").get_attribute("lang") == language
    first_card = page.locator("#results .card").first
    box = first_card.bounding_box()
    assert box["y"] < PHONE_390["height"], f"the first card starts at {box['y']:.0f} px"
    # Nothing beside it on the page is wider than the phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE_390["width"]


def test_filter_unfolds_the_filters_and_they_work(new_page, site, monkeypatch):
    load_demo(monkeypatch)
    page = new_page(PHONE_390)
    page.goto(site + "/")
    everything = page.locator("#results .card").count()
    area = page.get_by_label("Område", exact=True)
    expect(area).to_be_hidden()

    page.locator(".filter-disclosure > summary").click()
    area.select_option(demo_area_slug("nedre-li"))

    expect(page).to_have_url(f"{site}/?area={demo_area_slug('nedre-li')}")
    expect(page.locator("#result-count")).to_contain_text("passar med filtra")
    expect(page.locator("#results .card")).not_to_have_count(everything)
    assert page.locator("#results .card").count() > 0

    # Come back to the address (a shared link): the form starts open, showing the filter.
    page.reload()
    expect(page.locator("details.filter-disclosure")).to_have_attribute("open", "")
    expect(area).to_have_value(demo_area_slug("nedre-li"))


def test_the_status_links_filter_and_say_which_is_chosen(new_page, site, monkeypatch):
    load_demo(monkeypatch)
    page = new_page(PHONE_390)
    page.goto(site + "/")
    everything = page.locator("#results .card").count()

    page.locator('#status-links a[href="/?status=ongoing"]').click()

    expect(page).to_have_url(site + "/?status=ongoing")
    chosen = page.locator('#status-links a[aria-current="true"]')
    expect(chosen).to_have_count(1)
    expect(chosen).to_have_attribute("href", "/?status=ongoing")
    # The link finds as many projects as it says.
    count = chosen.locator(".status-links__count").inner_text()
    expect(page.locator("#result-count")).to_contain_text(f"{count} prosjekt")
    assert 0 < page.locator("#results .card").count() < everything
    # Still the projects first: the form stays folded, the status links say the filter.
    assert page.locator("#results .card").first.bounding_box()["y"] < PHONE_390["height"]


def test_choosing_a_status_in_the_form_moves_the_status_links_mark(new_page, site, monkeypatch):
    load_demo(monkeypatch)
    page = new_page(DESKTOP)
    page.goto(site + "/")
    # A wide screen has room for the filters: they are open from the start.
    expect(page.locator("details.filter-disclosure")).to_have_attribute("open", "")

    page.get_by_label("Status", exact=True).select_option("completed")

    expect(page).to_have_url(site + "/?status=completed")
    expect(page.locator('#status-links a[aria-current="true"]')).to_have_attribute(
        "href", "/?status=completed"
    )


def test_the_print_button_prints_and_paper_has_no_controls(new_page, site, monkeypatch):
    load_demo(monkeypatch)
    page = new_page(PHONE_390)
    page.goto(site + "/")
    page.evaluate("() => { window.print = () => { window.printed = (window.printed || 0) + 1; }; }")

    page.locator("button[data-print-button]").click()

    assert page.evaluate("window.printed") == 1
    page.emulate_media(media="print")
    for control in [".filter-disclosure", "#status-links", "button[data-print-button]"]:
        expect(page.locator(control)).to_be_hidden()
    expect(page.locator("#results .card").first).to_be_visible()


def test_without_javascript_there_is_no_print_button_but_filter_still_opens(
    browser, site, monkeypatch
):
    load_demo(monkeypatch)
    context = browser.new_context(java_script_enabled=False, viewport=PHONE_390, locale="nn-NO")
    page = context.new_page()
    page.goto(site + "/")

    expect(page.locator("button[data-print-button]")).to_be_hidden()
    page.locator(".filter-disclosure > summary").click()
    expect(page.get_by_label("Område", exact=True)).to_be_visible()
    context.close()


def test_the_areas_are_a_tap_away_from_the_menu_and_each_card(new_page, site, monkeypatch):
    load_demo(monkeypatch)
    page = new_page(PHONE_390)
    page.goto(site + "/")

    place = page.locator("#results .card .card__area").first
    name = place.inner_text()
    place.click()
    expect(page.locator("h1")).to_have_text(name)

    page.get_by_role("navigation", name="Hovudmeny").get_by_role("link", name="Område").click()
    expect(page).to_have_url(site + reverse("projects:areas"))
    expect(page.locator("main .area-tree__link").first).to_be_visible()
    assert page.locator("main .area-tree__link").count() >= 3
