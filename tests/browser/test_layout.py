"""Phones, 200 % zoom and paper: nothing overflows sideways, and a printout keeps what matters."""

import pytest

from tests.browser.pages import all_page_paths, load_demo

# What is checked is the markup and styles of pages: CI's run on PostgreSQL leaves it out.
pytestmark = pytest.mark.markup_only

NARROW = {
    "phone 360 px": {"width": 360, "height": 740},
    # WCAG 1.4.10 reflow: 1280 px at 400 % is 320 CSS px; 200 % zoom of a 640 px window too.
    "320 CSS px (zoomed)": {"width": 320, "height": 640},
}


def overflow(page):
    """How far the page scrolls sideways, and which elements stick out of the window. Data
    tables may scroll inside their own box (WCAG 1.4.10 exempts them); that box must fit."""
    return page.evaluate(
        """() => {
            const width = document.documentElement.clientWidth;
            const scrollsOnItsOwn = el => {
                for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
                    if (['auto', 'scroll'].includes(getComputedStyle(up).overflowX)) return true;
                }
                return false;
            };
            const wide = [...document.querySelectorAll('body *')]
                .filter(el => el.getBoundingClientRect().right > width + 1)
                .filter(el => !scrollsOnItsOwn(el))
                .map(el => el.tagName.toLowerCase() + (el.className ? '.' + el.className : ''));
            return {scroll: document.documentElement.scrollWidth - width, wide: wide.slice(0, 12)};
        }"""
    )


@pytest.mark.parametrize("viewport", NARROW.values(), ids=NARROW.keys())
def test_nothing_overflows_sideways_on_narrow_screens(new_page, site, monkeypatch, viewport):
    load_demo(monkeypatch)
    page = new_page(viewport)
    found = {}
    for name, path in all_page_paths().items():
        page.goto(site + path)
        found[name] = overflow(page)
    assert found == {name: {"scroll": 0, "wide": []} for name in found}


def test_the_overflow_check_catches_an_element_wider_than_a_phone(new_page, site):
    page = new_page({"width": 360, "height": 740})
    page.goto(site + "/tilgjengelegheit/")
    page.evaluate(
        """() => {
            const wide = document.createElement("p");
            wide.className = "too-wide";
            wide.textContent = "Ein altfor brei boks";
            wide.style.width = "500px";
            document.querySelector("main").append(wide);
        }"""
    )
    found = overflow(page)
    assert found["scroll"] > 100 and "p.too-wide" in found["wide"]


def test_a_desktop_window_zoomed_to_200_percent_keeps_every_page_in_one_column(
    new_page, site, monkeypatch
):
    # Browser zoom halves the CSS pixels: a 1280 x 800 window at 200 % is 640 x 400 CSS px
    # drawn with two device pixels each.
    load_demo(monkeypatch)
    page = new_page({"width": 640, "height": 400}, device_scale_factor=2)
    found = {}
    for name, path in all_page_paths().items():
        page.goto(site + path)
        found[name] = overflow(page)
    assert found == {name: {"scroll": 0, "wide": []} for name in found}


def test_text_enlarged_to_200_percent_fits_a_phone(new_page, site, monkeypatch):
    # WCAG 1.4.4: a reader's larger default font size enlarges the text without loss.
    load_demo(monkeypatch)
    page = new_page({"width": 360, "height": 740})
    found = {}
    for name, path in all_page_paths().items():
        page.goto(site + path)
        page.evaluate("document.documentElement.style.fontSize = '200%'")
        found[name] = overflow(page)
    assert found == {name: {"scroll": 0, "wide": []} for name in found}


def test_a_printed_project_page_keeps_title_status_updates_and_contacts(page, site, monkeypatch):
    load_demo(monkeypatch)
    page.goto(site + "/prosjekt/heim-til-fjorden/")
    page.emulate_media(media="print")

    assert page.get_by_role("heading", level=1).is_visible()
    assert page.locator(".project__status").is_visible()
    assert page.locator(".update").first.is_visible()
    assert page.locator(".contact").first.is_visible()
    assert not page.locator(".site-nav").is_visible()
    assert not page.locator(".breadcrumbs").is_visible()
    assert not page.locator(".skip-link").is_visible()
    # No forms on paper: the tip form and the share buttons are for the screen.
    assert page.locator("main form").count() > 0
    assert not any(form.is_visible() for form in page.locator("main form").all())
    # Paper cannot be clicked: a link in the text prints the address it goes to.
    printed_addresses = page.evaluate(
        """() => [...document.querySelectorAll('.documents a, .rich-text a[href^="http"]')]
            .map(a => getComputedStyle(a, '::after').content)"""
    )
    assert printed_addresses
    assert all("/" in address for address in printed_addresses)
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")


def test_the_printed_overview_keeps_the_projects_and_their_status_without_the_filters(
    page, site, monkeypatch
):
    load_demo(monkeypatch)
    page.goto(site + "/")
    page.emulate_media(media="print")

    assert page.locator(".card").first.is_visible()
    assert page.locator(".card .status").first.is_visible()
    assert not page.locator(".filters").is_visible()
    assert not page.locator(".site-nav").is_visible()
    assert not page.locator(".pagination").is_visible()
