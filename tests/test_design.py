"""A design of its own, set by the municipality in admin: name, logo, accent colour; and a
way to tell a friend about a project."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from projects.models import SiteSettings, contrast_ratio
from tests.base import make_process_leader, make_project, upload

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.text, "html.parser")


def test_contrast_ratios_follow_wcag():
    assert round(contrast_ratio("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast_ratio("#0b5a4a", "#ffffff"), 1) >= 4.5
    assert contrast_ratio("#ffff00", "#ffffff") < 1.1


def test_a_colour_too_light_for_white_text_is_refused_with_its_contrast():
    settings = SiteSettings(accent_colour="#7fd1bd")
    with pytest.raises(ValidationError) as refused:
        settings.full_clean()
    message = refused.value.message_dict["accent_colour"][0]
    assert "kontrast på 1,8:1" in message and "minst 4,5:1" in message


@pytest.mark.parametrize("value", ["red", "#12345", "#12345g", "#123456;}body{display:none"])
def test_only_a_hex_colour_is_accepted(value):
    with pytest.raises(ValidationError):
        SiteSettings(accent_colour=value).full_clean()


def test_the_accent_colour_reaches_every_page_through_a_nonced_style(client):
    SiteSettings(accent_colour="#8a1538").save()
    page = soup(client.get("/"))
    style = page.find("style")
    assert "--accent: #8a1538" in style.get_text() and style.get("nonce")
    SiteSettings(accent_colour="#0b5a4a").save()
    assert soup(client.get("/")).find("style") is None  # the default needs none


def test_the_process_leader_uploads_a_logo_and_it_shows_in_the_header(client):
    client.force_login(make_process_leader())
    data = {
        "site_name": "Framdrift i Lidal",
        "tagline": "",
        "overview_intro": "",
        "about": "<p>Om arbeidet.</p>",
        "footer_contact": "",
        "privacy_extra": "",
        "accent_colour": "#8a1538",
        "accessibility_conformance": "partial",
        "accessibility_known_issues": "",
        "accessibility_checked_on": "",
        "accessibility_contact_email": "",
        "accessibility_complaint_url": "",
        "open_data_licence": "CC-BY-4.0",
        "logo": upload("vapen.png", width=200, height=240),
    }
    response = client.post("/admin/projects/sitesettings/1/change/", data)
    assert response.status_code == 302, response.text[:2000]

    header = soup(client.get("/")).find("header", class_="site-header")
    logo = header.find("img", class_="site-name__logo")
    assert logo["src"].startswith("/media/site/") and logo["alt"] == ""
    assert header.find(class_="site-name__title").get_text() == "Framdrift i Lidal"
    assert "Om arbeidet." in client.get("/om/").text


def test_a_project_can_be_shared_by_email_or_by_copying_its_link(client):
    project = make_project("Ny skule i Nedre Li", slug="ny-skule")
    share = soup(client.get(project.get_absolute_url())).find(class_="share")
    mail = share.find("a", class_="share__mail")
    assert mail["href"] == (
        "mailto:?subject=Ny%20skule%20i%20Nedre%20Li&body=http%3A%2F%2Ftestserver%2Fprosjekt%2Fny-skule%2F"
    )
    button = share.find("button")
    assert button.has_attr("hidden")  # shown by the script only where it can copy
    assert button["data-copy-link"] == "http://testserver/prosjekt/ny-skule/"
