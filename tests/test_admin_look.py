"""The municipality's look in the admin: its name, logo and accent colour in the header,
in light and dark mode; the accent colour chosen with a picker and a preview of its
contrast; the built-in mark in the accent colour on the public site too."""

import colorsys
import re
from urllib.parse import unquote

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from projects.models import (
    DARK_MODE_CONTRAST,
    DARK_PAPER,
    DEFAULT_ACCENT,
    SiteSettings,
    contrast_ratio,
    lighter_for_dark_mode,
)
from tests.base import make_process_leader, make_project, upload

pytestmark = pytest.mark.django_db
SETTINGS_PAGE = "/admin/projects/sitesettings/1/change/"
RED = "#8a1538"


@pytest.fixture
def leader(client):
    client.force_login(make_process_leader())
    return client


def soup(response):
    return BeautifulSoup(response.text, "html.parser")


def accent_style(page):
    """The admin's style element with the accent's colours, and the page's nonce."""
    (style,) = [s for s in page.find_all("style") if "--header-bg" in s.get_text()]
    return style.get_text(), style.get("nonce")


def settings_form(**changes):
    return {
        "site_name": "Framdrift i Lidal",
        "tagline": "",
        "overview_intro": "",
        "about": "",
        "footer_contact": "",
        "privacy_extra": "",
        "accent_colour": RED,
        "accessibility_conformance": "partial",
        "accessibility_known_issues": "",
        "accessibility_checked_on": "",
        "accessibility_contact_email": "",
        "accessibility_complaint_url": "",
        "open_data_licence": "CC-BY-4.0",
        "embed_origins": "",
    } | changes


def test_the_admin_header_shows_the_sites_name_and_the_mark_in_its_colour(leader):
    SiteSettings(site_name="Framdrift i Lidal", accent_colour=RED).save()
    page = soup(leader.get("/admin/"))
    brand = page.select_one("#site-name a")
    assert brand.get_text(strip=True) == "Framdrift i Lidal"
    assert "administration" not in brand.get_text() and "administrasjon" not in brand.get_text()
    assert brand.select_one("svg.site-name__mark rect")["fill"] == RED
    assert page.title.get_text().endswith("| Framdrift i Lidal")


def test_the_admin_header_shows_the_uploaded_logo(leader):
    response = leader.post(SETTINGS_PAGE, settings_form(logo=upload("vapen.png")))
    assert response.status_code == 302
    for page in [leader.get("/admin/"), Client().get("/admin/login/")]:
        logo = soup(page).select_one("#site-name img.site-name__logo")
        assert logo["src"].startswith("/media/site/") and logo["alt"] == ""


def test_the_login_page_wears_the_sites_name_and_colour(client):
    SiteSettings(site_name="Framdrift i Lidal", accent_colour=RED).save()
    page = soup(client.get("/admin/login/"))
    assert page.select_one("#site-name").get_text(strip=True) == "Framdrift i Lidal"
    assert f"--header-bg: {RED}" in accent_style(page)[0]


def test_the_accent_colours_the_admin_in_light_and_dark_mode_through_a_nonced_style(leader):
    SiteSettings(accent_colour=RED).save()
    response = leader.get("/admin/projects/project/")
    css, nonce = accent_style(soup(response))
    assert nonce and f"'nonce-{nonce}'" in response["Content-Security-Policy"]
    light, dark_by_system, dark_by_choice = re.split(
        r"@media \(prefers-color-scheme: dark\)|"
        r'html\[data-theme="dark"\]',
        css,
    )
    for name in ["--primary", "--header-bg", "--link-fg", "--button-bg"]:
        assert f"{name}: {RED};" in light
    # On the dark background links take the lighter shade; the header keeps the colour
    # itself, with white text.
    on_dark = lighter_for_dark_mode(RED)
    for dark in (dark_by_system, dark_by_choice):
        assert f"--link-fg: {on_dark};" in dark
        assert f"--primary: {RED};" in dark
    assert "--header-link-color: #fff" in light and "--header-bg" not in dark_by_system


def test_the_default_colour_is_the_admins_too(leader):
    css, _nonce = accent_style(soup(leader.get("/admin/")))
    assert f"--header-bg: {DEFAULT_ACCENT};" in css


@pytest.mark.parametrize("accent", [DEFAULT_ACCENT, RED, "#000080", "#000000", "#595959"])
def test_the_dark_mode_shade_reads_well_on_the_dark_background_and_keeps_the_hue(accent):
    shade = lighter_for_dark_mode(accent)
    assert contrast_ratio(shade, DARK_PAPER) >= DARK_MODE_CONTRAST
    assert contrast_ratio(shade, "#121212") >= 7  # the admin's dark background

    def hue(colour):
        channels = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
        return colorsys.rgb_to_hls(*channels)[0]

    assert abs(hue(shade) - hue(accent)) < 0.02


def test_a_stored_value_that_is_no_colour_never_reaches_a_style_sheet(leader):
    SiteSettings.objects.update_or_create(pk=1, defaults={"accent_colour": "red;}"})
    css, _nonce = accent_style(soup(leader.get("/admin/")))
    assert "red;}" not in css and f"--header-bg: {DEFAULT_ACCENT};" in css


def test_one_query_for_the_site_settings_on_an_admin_page(leader):
    SiteSettings(accent_colour=RED).save()
    for _ in range(10):
        make_project(f"Prosjekt {_}")
    with CaptureQueriesContext(connection) as queries:
        assert leader.get("/admin/projects/project/").status_code == 200
    asked = [q["sql"] for q in queries if "projects_sitesettings" in q["sql"]]
    assert len(asked) <= 1


def test_the_accent_field_has_a_picker_beside_the_typeable_text_and_a_preview(leader, settings):
    settings.LANGUAGE_CODE = "en"
    SiteSettings(accent_colour=RED).save()
    page = soup(leader.get(SETTINGS_PAGE))
    text = page.find("input", attrs={"name": "accent_colour"})
    assert text["type"] == "text" and text["value"] == RED
    assert page.find("label", attrs={"for": text["id"]})
    picker = page.select_one(".accent-colour input[type=color]")
    assert picker.get("name") is None  # only the text is sent
    assert picker["aria-label"] == "Choose the accent colour"
    preview = page.select_one(".accent-preview")
    checks = [verdict["data-check"] for verdict in preview.select("[data-check]")]
    assert checks == ["header", "link", "dark-header", "dark-link"]
    assert "Dark mode" in preview.get_text()
    assert {s["src"].rsplit("/", 1)[-1] for s in page.select("script[src]")} >= {"accent_colour.js"}
    assert page.select_one('link[href$="accent_colour.css"]')


def test_a_colour_too_light_is_refused_and_stays_in_the_field_to_correct(leader):
    response = leader.post(SETTINGS_PAGE, settings_form(accent_colour="#7fd1bd"))
    assert response.status_code == 200
    page = soup(response)
    assert "4,5:1" in page.select_one(".field-accent_colour .errorlist").get_text()
    assert page.find("input", attrs={"name": "accent_colour"})["value"] == "#7fd1bd"
    assert SiteSettings.load().accent_colour == DEFAULT_ACCENT


def test_the_public_mark_and_tab_icon_follow_the_accent_in_light_and_dark_mode(client):
    page = soup(client.get("/"))
    assert page.select_one(".site-header svg.site-name__mark rect")["fill"] == DEFAULT_ACCENT
    assert page.select_one('link[rel="icon"]')["href"].endswith("favicon.svg")

    SiteSettings(accent_colour=RED).save()
    page = soup(client.get("/"))
    assert page.select_one(".site-header svg.site-name__mark rect")["fill"] == RED
    icon = unquote(page.select_one('link[rel="icon"]')["href"])
    assert icon.startswith("data:image/svg+xml,") and f'fill="{RED}"' in icon
    css = page.find("style").get_text()
    light, dark = css.split("@media (prefers-color-scheme: dark)")
    assert f"--accent: {RED}" in light
    assert f"--accent: {lighter_for_dark_mode(RED)}" in dark
    assert f"--link: {lighter_for_dark_mode(RED)}" in dark
