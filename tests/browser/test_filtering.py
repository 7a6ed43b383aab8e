"""Filtering the overview in Chromium: htmx swaps the results and updates the address; the
back button returns to what was there; without JavaScript the same form works."""

from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, PHONE
from tests.browser.pages import load_demo


def card_titles(page):
    return page.locator("#results .card__title").all_inner_texts()


def test_filtering_with_htmx_swaps_the_results_and_keeps_the_address(new_page, site, monkeypatch):
    load_demo(monkeypatch)
    page = new_page(PHONE)
    page.goto(site + "/")
    all_titles = card_titles(page)
    page.evaluate("window.loadedOnce = true")  # gone if the whole page reloads

    page.locator(".filter-disclosure > summary").click()  # folded on a phone
    page.get_by_label("Status", exact=True).select_option("completed")

    expect(page).to_have_url(site + "/?status=completed")
    expect(page.locator("#result-count")).to_contain_text("passar med filtra")
    filtered = card_titles(page)
    assert 0 < len(filtered) < len(all_titles)
    assert page.evaluate("window.loadedOnce") is True  # swapped, not reloaded

    page.get_by_label("Søk", exact=True).fill("bustad")
    expect(page).to_have_url(site + "/?q=bustad&status=completed")


def test_the_back_button_returns_to_the_list_before_filtering(new_page, site, monkeypatch):
    load_demo(monkeypatch)
    page = new_page(DESKTOP)
    page.goto(site + "/")
    everything = card_titles(page)
    page.get_by_label("Område", exact=True).select_option("nedre-li")
    expect(page).to_have_url(site + "/?area=nedre-li")
    expect(page.locator("#results .card")).not_to_have_count(len(everything))

    page.go_back()

    expect(page).to_have_url(site + "/")
    expect(page.locator("#results .card")).to_have_count(len(everything))
    assert card_titles(page) == everything


def test_without_javascript_the_filter_form_gives_the_same_page(browser, site, monkeypatch):
    load_demo(monkeypatch)
    context = browser.new_context(java_script_enabled=False, viewport=PHONE, locale="nn-NO")
    page = context.new_page()
    page.goto(site + "/")

    page.locator(".filter-disclosure > summary").click()  # a <details>: opens without scripts
    page.get_by_label("Status", exact=True).select_option("completed")
    page.get_by_role("button", name="Vis prosjekt").click()

    expect(page).to_have_url(site + "/?q=&status=completed&area=&theme=&strategy=&sort=")
    expect(page.locator("#result-count")).to_contain_text("passar med filtra")
    context.close()
