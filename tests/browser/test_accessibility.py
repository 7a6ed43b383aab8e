"""Every public page, in every language, and the admin pages the process leader uses: zero
axe-core violations of WCAG 2.0, 2.1 and 2.2 A and AA, nothing from another origin, and
checks that can be seen to fail on a broken page.

Each page is opened once and checked on every screen in turn: the window is resized, dark
mode switched on and off, in the same page (see sweep). A page whose scripts ask about the
screen when it loads (window.matchMedia) is opened afresh at each screen instead, as a
visitor with that screen would get it."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.urls import reverse

from tests.base import make_process_leader
from tests.browser.conftest import DESKTOP, PHONE
from tests.browser.pages import FORM_PAGES, admin_pages, all_page_paths, load_demo

# What is checked is the markup and styles of pages: CI's run on PostgreSQL leaves it out.
pytestmark = pytest.mark.markup_only

WCAG_AA = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"],
    },
    # Best-practice rules axe does not tag as WCAG, which the site keeps as well.
    "rules": {"heading-order": {"enabled": True}, "page-has-heading-one": {"enabled": True}},
}

axe = Axe()

# Every rule of WCAG_AA runs; only the violations are gathered in full (axe's resultTypes),
# and only what the report needs crosses from the browser.
RUN_AXE = """options => axe.run(document, options).then(results => results.violations.map(
    v => ({id: v.id, help: v.help, targets: v.nodes.slice(0, 3).map(n => n.target[0])})))"""


# Contrast is the stylesheet's colours on the stylesheet's backgrounds: the same elements
# have the same colours in every language. The Nynorsk sweep checks it on every screen and
# in dark mode; the other languages check what their words change (names, labels, headings,
# languages) without it, as colour contrast is nine tenths of axe's time on a page.
WITHOUT_CONTRAST = {"rules": WCAG_AA["rules"] | {"color-contrast": {"enabled": False}}}


def violations(page, options=WCAG_AA):
    """axe-core's WCAG 2.2 AA violations on the page as it is now. axe is put into a page
    once, and checks it again after a resize or a change of colour scheme."""
    if not page.evaluate("() => typeof window.axe?.run === 'function'"):
        page.evaluate(axe.axe_script)
    found = page.evaluate(RUN_AXE, WCAG_AA | options | {"resultTypes": ["violations"]})
    return [f"{v['id']}: {v['help']} ({', '.join(v['targets'])})" for v in found]


SCREENS = {
    "phone": {"viewport": PHONE},
    "desktop": {"viewport": DESKTOP},
    # Dark mode has colours of its own, so its contrast is checked too.
    "phone in dark mode": {"viewport": PHONE, "color_scheme": "dark"},
}
# The order of a sweep: the phone first, as a page is opened at; dark mode on the same
# width; then the desktop.
SWEEP = {name: SCREENS[name] for name in ["phone", "phone in dark mode", "desktop"]}

# Notes whether the page's scripts asked about the screen (a media query) while it loaded.
WATCH_MEDIA_QUERIES = """(() => {
    const matchMedia = window.matchMedia;
    window.matchMedia = function (query) {
        window.framdriftAskedMedia = true;
        return matchMedia.call(window, query);
    };
})()"""


def sweep(page, open_page, screens=SWEEP, options=WCAG_AA):
    """Violations per screen of the page that open_page() opens in `page`: opened at the
    first screen, then resized and its colour scheme switched in place, which is what CSS
    media queries see. If its scripts asked about the screen as it loaded, it is opened
    again at each screen, so that they answer for that screen."""
    if not getattr(page, "watches_media_queries", False):
        page.context.add_init_script(script=WATCH_MEDIA_QUERIES)
        page.watches_media_queries = True
    found = {}
    for number, (name, screen) in enumerate(screens.items()):
        page.set_viewport_size(screen["viewport"])
        page.emulate_media(color_scheme=screen.get("color_scheme", "light"))
        if number == 0 or page.evaluate("() => window.framdriftAskedMedia === true"):
            open_page()
        else:
            # Anything that follows a resize (resize events, observers) has had its turn.
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => setTimeout(r)))")
        found[name] = violations(page, options)
    return found


def public_page_visits(site, page):
    """Each public page, and each page with a form showing its errors: name -> opener."""
    paths = all_page_paths()

    def opener(path, send_with_errors=None):
        def open_page():
            page.goto(site + path)
            if send_with_errors:
                send_with_errors(page)

        return open_page

    visits = {name: opener(path) for name, path in paths.items()}
    for name, send_with_errors in FORM_PAGES.items():
        visits[f"{name}, showing errors"] = opener(paths[name], send_with_errors)
    return visits


def every_public_page(page, site, language, screens, then=None, options=WCAG_AA):
    """Violations per page and screen; every page also says it is in `language`. then(),
    if given, is called on each page after its sweep."""
    found = {}
    for name, open_page in public_page_visits(site, page).items():
        for screen, seen in sweep(page, open_page, screens, options).items():
            found[f"{name} ({screen})"] = seen
        if not name.endswith(", showing errors"):
            assert page.locator("html").get_attribute("lang") == language, name
        if then:
            then()
    return found


def test_every_public_page_has_no_wcag_violations_on_a_phone_a_desktop_and_in_dark_mode(
    new_page, site, monkeypatch
):
    """In Nynorsk, the demo's own language, in which every page says it is; and no page
    loads anything from another origin on any screen, the desktop last, scrolled down until
    the network is quiet (lazy pictures)."""
    load_demo(monkeypatch)
    page = new_page(PHONE)

    def load_everything():
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        page.wait_for_load_state("networkidle")

    found = every_public_page(page, site, "nn", SWEEP, then=load_everything)
    assert found == {name: [] for name in found}
    assert page.foreign_requests == []


@pytest.mark.parametrize("language", ["nb", "sv", "da", "en"])
def test_every_public_page_in_every_language_has_no_wcag_violations_on_a_phone(
    new_page, site, monkeypatch, settings, language
):
    settings.LANGUAGE_CODE = language
    load_demo(monkeypatch)
    page = new_page(PHONE)
    screens = {"phone": SCREENS["phone"]}
    found = every_public_page(page, site, language, screens, options=WITHOUT_CONTRAST)
    assert found == {name: [] for name in found}


def test_the_admin_pages_the_process_leader_uses_have_no_wcag_violations_on_a_phone_and_a_desktop(
    new_page, site, monkeypatch
):
    load_demo(monkeypatch)
    make_process_leader("kari", password="Fjord-og-fjell-2026")
    screens = {"phone": SCREENS["phone"], "desktop": SCREENS["desktop"]}
    page = new_page(PHONE)

    def open_login():
        page.goto(site + "/admin/login/")

    found = {f"login ({screen})": seen for screen, seen in sweep(page, open_login, screens).items()}
    page.get_by_label("Brukarnamn").fill("kari")
    page.get_by_label("Passord").fill("Fjord-og-fjell-2026")
    page.locator("input[type=submit]").click()
    page.wait_for_load_state()
    for path in admin_pages():

        def open_admin_page(path=path):
            # Until the network is quiet: the rich-text editors finish making their toolbars
            # (and set which buttons are disabled) after the page's load event.
            page.goto(site + path, wait_until="networkidle")

        for screen, seen in sweep(page, open_admin_page, screens).items():
            found[f"{path} ({screen})"] = seen
    assert found == {name: [] for name in found}


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
    # The other languages' check: all of it but the contrast, which Nynorsk's checks.
    found = " ".join(violations(page, WITHOUT_CONTRAST))
    for rule in ["image-alt", "label", "heading-order"]:
        assert rule in found
    assert "color-contrast" not in found


def test_a_status_badge_with_too_little_contrast_is_caught(page, site, monkeypatch):
    load_demo(monkeypatch)
    page.goto(site + "/")
    page.evaluate(
        """() => document.querySelectorAll(".status").forEach(badge => {
            badge.style.color = "#9ca3af";
        })"""
    )
    assert "color-contrast" in " ".join(violations(page))


# Grey text only where a media query puts it: on a wide screen, or in dark mode.
GREY_ONLY_ON = """media => {
    const sheet = [...document.styleSheets].find(sheet => sheet.href);
    const grey = "main p { color: #999 !important; background: #aaa !important; }";
    sheet.insertRule(`@media ${media} { ${grey} }`, sheet.cssRules.length);
}"""


@pytest.mark.parametrize(
    ("media", "caught_on"),
    [
        ("(min-width: 64em)", "desktop"),
        ("(prefers-color-scheme: dark)", "phone in dark mode"),
        ("(max-width: 30em) and (prefers-color-scheme: light)", "phone"),
    ],
)
def test_a_sweep_checks_each_screen_as_that_screen_shows_the_page(page, site, media, caught_on):
    opened = []

    def open_page():
        opened.append(page.viewport_size["width"])
        page.goto(site + reverse("tips:privacy"))
        page.evaluate(GREY_ONLY_ON, media)

    found = sweep(page, open_page)
    assert opened == [PHONE["width"]]  # opened once, then resized and switched
    assert [screen for screen, seen in found.items() if "color-contrast" in " ".join(seen)] == [
        caught_on
    ]


# A script that arranges the page for the screen it loads on, as the overview's filter
# (folded on a phone, open on a desktop) may.
ARRANGES_FOR_THE_SCREEN = """document.addEventListener("DOMContentLoaded", () => {
    document.body.dataset.arrangedFor = matchMedia("(min-width: 64em)").matches ? "wide" : "narrow";
})"""


def test_a_page_that_asks_about_the_screen_as_it_loads_is_opened_again_for_each_screen(page, site):
    page.context.add_init_script(script=ARRANGES_FOR_THE_SCREEN)
    opened = []

    def open_page():
        page.goto(site + reverse("tips:privacy"))
        arranged_for = page.locator("body").get_attribute("data-arranged-for")
        opened.append((page.viewport_size["width"], arranged_for))

    sweep(page, open_page)
    assert opened == [
        (PHONE["width"], "narrow"),
        (PHONE["width"], "narrow"),
        (DESKTOP["width"], "wide"),
    ]


def test_a_page_loading_from_another_origin_is_caught(page, site):
    page.goto(site + "/")
    page.evaluate(
        "() => { const i = new Image(); i.src = 'http://192.0.2.1/pixel.gif'; "
        "document.body.append(i); }"
    )
    page.wait_for_timeout(200)
    assert page.foreign_requests == ["http://192.0.2.1/pixel.gif"]
