"""Every public page, in every language, and the admin pages the process leader uses: zero
axe-core violations of WCAG 2.0, 2.1 and 2.2 A and AA, nothing from another origin, and
checks that can be seen to fail on a broken page."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.base import make_process_leader
from tests.browser.conftest import DESKTOP, PHONE
from tests.browser.pages import FORM_PAGES, admin_pages, all_page_paths, load_demo

WCAG_AA = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"],
    },
    # Best-practice rules axe does not tag as WCAG, which the site keeps as well.
    "rules": {"heading-order": {"enabled": True}, "page-has-heading-one": {"enabled": True}},
}

axe = Axe()


def violations(page):
    results = axe.run(page, options=WCAG_AA)
    return [
        f"{v['id']}: {v['help']} ({', '.join(n['target'][0] for n in v['nodes'][:3])})"
        for v in results.response["violations"]
    ]


SCREENS = {
    "phone": {"viewport": PHONE},
    "desktop": {"viewport": DESKTOP},
    # Dark mode has colours of its own, so its contrast is checked too.
    "phone in dark mode": {"viewport": PHONE, "color_scheme": "dark"},
}


@pytest.mark.parametrize("screen", SCREENS.values(), ids=SCREENS.keys())
def test_every_public_page_has_no_wcag_violations(new_page, site, monkeypatch, screen):
    load_demo(monkeypatch)
    page = new_page(**screen)
    found = {}
    for name, path in all_page_paths().items():
        page.goto(site + path)
        found[name] = violations(page)
    for name, send_with_errors in FORM_PAGES.items():
        page.goto(site + all_page_paths()[name])
        send_with_errors(page)
        found[f"{name}, showing errors"] = violations(page)
    assert found == {name: [] for name in found}


@pytest.mark.parametrize("language", ["nb", "sv", "da", "en"])
def test_every_public_page_in_every_language_has_no_wcag_violations_on_a_phone(
    new_page, site, monkeypatch, settings, language
):
    settings.LANGUAGE_CODE = language
    load_demo(monkeypatch)
    page = new_page(viewport=PHONE)
    found = {}
    for name, path in all_page_paths().items():
        page.goto(site + path)
        assert page.locator("html").get_attribute("lang") == language
        found[name] = violations(page)
    for name, send_with_errors in FORM_PAGES.items():
        page.goto(site + all_page_paths()[name])
        send_with_errors(page)
        found[f"{name}, showing errors"] = violations(page)
    assert found == {name: [] for name in found}


@pytest.mark.parametrize("screen", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_admin_pages_the_process_leader_uses_have_no_wcag_violations(
    new_page, site, monkeypatch, screen
):
    load_demo(monkeypatch)
    make_process_leader("kari", password="Fjord-og-fjell-2026")
    page = new_page(viewport=screen)
    page.goto(site + "/admin/login/")
    found = {"login": violations(page)}
    page.get_by_label("Brukarnamn").fill("kari")
    page.get_by_label("Passord").fill("Fjord-og-fjell-2026")
    page.locator("input[type=submit]").click()
    page.wait_for_load_state()
    for path in admin_pages():
        # Until the network is quiet: the rich-text editors finish making their toolbars
        # (and set which buttons are disabled) after the page's load event.
        page.goto(site + path, wait_until="networkidle")
        found[path] = violations(page)
    assert found == {name: [] for name in found}


def test_pages_load_nothing_from_another_origin(new_page, site, monkeypatch):
    load_demo(monkeypatch)
    page = new_page(DESKTOP)
    for path in all_page_paths().values():
        page.goto(site + path, wait_until="networkidle")
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        page.wait_for_load_state("networkidle")
    assert page.foreign_requests == []


def test_the_language_of_every_page_is_set_to_nynorsk(page, site, monkeypatch):
    load_demo(monkeypatch)
    for path in all_page_paths().values():
        page.goto(site + path)
        assert page.locator("html").get_attribute("lang") == "nn"


def test_the_checks_catch_a_missing_alt_text_an_unlabelled_field_a_skipped_heading_and_grey_text(
    page, site, monkeypatch
):
    load_demo(monkeypatch)
    page.goto(site + "/")
    assert violations(page) == []
    page.evaluate(
        """() => {
            const main = document.querySelector("main");
            main.insertAdjacentHTML("beforeend",
                '<img src="/favicon.ico"><input type="text" name="q">' +
                '<h6>Overskrift som hoppar over nivå</h6><p class="grey">Grå tekst</p>');
            // Set through the DOM: the Content Security Policy forbids style attributes.
            const grey = main.querySelector(".grey");
            grey.style.color = "#aaa";
            grey.style.background = "#fff";
        }"""
    )
    found = " ".join(violations(page))
    for rule in ["image-alt", "label", "heading-order", "color-contrast"]:
        assert rule in found


def test_a_status_badge_with_too_little_contrast_is_caught(page, site, monkeypatch):
    load_demo(monkeypatch)
    page.goto(site + "/")
    page.evaluate(
        """() => document.querySelectorAll(".status").forEach(badge => {
            badge.style.color = "#9ca3af";
        })"""
    )
    assert "color-contrast" in " ".join(violations(page))


def test_a_page_loading_from_another_origin_is_caught(page, site):
    page.goto(site + "/")
    page.evaluate(
        "() => { const i = new Image(); i.src = 'http://192.0.2.1/pixel.gif'; "
        "document.body.append(i); }"
    )
    page.wait_for_timeout(200)
    assert page.foreign_requests == ["http://192.0.2.1/pixel.gif"]
