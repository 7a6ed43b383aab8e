"""The admin as the process leader sees it in a browser: the rich-text editor's toolbar
with its icons and room to write, under the admin's Content Security Policy; the accent
colour's picker and preview; the site's colour in light and dark mode; the login's code
step for a user with two-step login."""

import time

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from projects.models import SiteSettings, contrast_ratio, lighter_for_dark_mode
from tests.base import make_process_leader, make_project
from tests.browser.conftest import DESKTOP, PHONE

PASSWORD = "Fjord-og-fjell-2026"
RED = "#8a1538"
RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => window.cspViolations.push(
  `${event.effectiveDirective} blocked ${event.blockedURI} at ${event.sourceFile}`
));
"""


def open_admin(new_page, site, viewport=DESKTOP, **options):
    make_process_leader("kari", password=PASSWORD)
    page = new_page(viewport, **options)
    page.add_init_script(RECORD_VIOLATIONS)
    page.console = []
    page.on("console", lambda message: page.console.append(message.text))
    page.goto(site + "/admin/")
    page.get_by_label("Brukarnamn").fill("kari")
    page.get_by_label("Passord").fill(PASSWORD)
    page.get_by_role("button", name="Logg inn").click()
    expect(page.locator("#user-tools")).to_be_visible()
    return page


def csp_problems(page):
    blocked = [text for text in page.console if "Content Security Policy" in text]
    return blocked + page.evaluate("window.cspViolations")


def on_white(colour):
    return f"{round(contrast_ratio(colour, '#ffffff'), 1):.1f}".replace(".", ",")


def rgb(colour):
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({red}, {green}, {blue})"


ICONS = """() => Array.from(
  document.querySelectorAll(".prose-menubar__button.material-icons:not(.hidden)")
).map((button) => ({
  text: button.textContent,
  label: button.getAttribute("aria-label"),
  width: button.getBoundingClientRect().width,
  font: getComputedStyle(button).fontFamily,
}))"""


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_the_editor_shows_its_toolbar_icons_and_room_to_write(new_page, site, viewport):
    project = make_project("Ny skule i Nedre Li")
    page = open_admin(new_page, site, viewport)
    page.goto(site + f"/admin/projects/project/{project.pk}/change/")
    editor = page.locator(".ProseMirror[contenteditable] >> visible=true").first
    expect(editor).to_be_visible()
    page.evaluate("document.fonts.ready")
    assert page.evaluate("""document.fonts.check('24px "Material Icons"')""")

    icons = page.evaluate(ICONS)
    assert len(icons) >= 8
    for icon in icons:
        # The icon font draws its name ("format_bold") as one picture 24 px wide; a name
        # translated or a font that did not load shows as a word many times as wide.
        assert icon["text"].replace("_", "").isalpha() and icon["text"].islower(), icon
        assert "Material Icons" in icon["font"], icon
        assert icon["width"] < 48, icon
    labels = {icon["text"]: icon["label"] for icon in icons}
    # Their names for people are in the site's language (Nynorsk here).
    assert labels["format_bold"] == "feit skrift"
    assert labels["undo"] == "angre"
    # The dropdown's arrow is drawn, not a character the system may lack.
    arrow = page.evaluate(
        """getComputedStyle(document.querySelector('.prose-menubar__selected'), '::after')
        .content"""
    )
    assert arrow == '""'

    # Room for several lines before anything is written.
    assert editor.bounding_box()["height"] >= 200
    assert csp_problems(page) == []


def test_the_accent_colour_preview_follows_the_picker_and_the_text(new_page, site):
    page = open_admin(new_page, site)
    page.goto(site + "/admin/projects/sitesettings/1/change/")
    text = page.locator("#id_accent_colour")
    picker = page.locator(".accent-colour input[type=color]")
    header = page.locator('[data-check="header"]')
    dark_link = page.locator('[data-check="dark-link"]')

    text.fill(RED)
    # The server's sums, with a decimal comma.
    expect(header.locator(".accent-preview__ratio")).to_have_text(on_white(RED))
    expect(header.locator(".accent-preview__ok")).to_be_visible()
    expect(header.locator(".accent-preview__fail")).to_be_hidden()
    expect(picker).to_have_value(RED)
    sample = page.locator(".accent-preview__header").first
    assert sample.evaluate("(e) => getComputedStyle(e).backgroundColor") == rgb(RED)
    dark_sample = page.locator(".accent-preview__link--dark")
    assert dark_sample.evaluate("(e) => getComputedStyle(e).color") == rgb(
        lighter_for_dark_mode(RED)  # the same shade the site will use
    )
    expect(dark_link.locator(".accent-preview__ok")).to_be_visible()

    text.fill("#7fd1bd")  # too light for white text
    expect(header.locator(".accent-preview__ratio")).to_have_text(on_white("#7fd1bd"))
    expect(header.locator(".accent-preview__fail")).to_be_visible()
    expect(header.locator(".accent-preview__ok")).to_be_hidden()

    picker.fill("#1d3f8a")
    expect(text).to_have_value("#1d3f8a")
    expect(header.locator(".accent-preview__ok")).to_be_visible()
    page.get_by_role("button", name="Lagre og hald fram å redigere").click()
    expect(page.locator(".messagelist")).to_be_visible()
    assert SiteSettings.load().accent_colour == "#1d3f8a"
    header_bg = page.evaluate("getComputedStyle(document.querySelector('#header')).backgroundColor")
    assert header_bg == rgb("#1d3f8a")
    assert csp_problems(page) == []


def test_in_dark_mode_the_header_keeps_the_colour_and_links_take_a_lighter_shade(new_page, site):
    SiteSettings(accent_colour=RED).save()
    page = open_admin(new_page, site, color_scheme="dark")
    page.goto(site + "/admin/projects/project/")
    header_bg = page.evaluate("getComputedStyle(document.querySelector('#header')).backgroundColor")
    assert header_bg == rgb(RED)
    link = page.locator("#nav-sidebar th[scope=row] a").first
    assert link.evaluate("(e) => getComputedStyle(e).color") == rgb(lighter_for_dark_mode(RED))
    # Chosen with the admin's own theme switch, not the system's setting, the same.
    page.emulate_media(color_scheme="light")
    page.evaluate("localStorage.setItem('theme', 'dark')")
    page.reload()
    assert link.evaluate("(e) => getComputedStyle(e).color") == rgb(lighter_for_dark_mode(RED))
    assert csp_problems(page) == []


def test_the_code_is_asked_for_only_after_the_password_of_a_user_with_an_app(new_page, site):
    kari = make_process_leader("kari", password=PASSWORD)
    device = TOTPDevice.objects.create(user=kari, confirmed=True)
    page = new_page(PHONE)
    page.goto(site + "/admin/")
    assert page.locator("#login-form input[name=otp_token]").count() == 0
    page.get_by_label("Brukarnamn").fill("kari")
    page.get_by_label("Passord").fill(PASSWORD)
    page.get_by_role("button", name="Logg inn").click()

    code_field = page.locator("input[name=otp_token]")
    expect(code_field).to_be_focused()
    assert code_field.get_attribute("autocomplete") == "one-time-code"
    assert code_field.get_attribute("inputmode") == "numeric"
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    code_field.fill(f"{totp.token():06d}")
    page.get_by_role("button", name="Logg inn").click()
    expect(page.locator("#user-tools")).to_be_visible()
