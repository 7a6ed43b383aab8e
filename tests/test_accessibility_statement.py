"""The accessibility statement: the texts the process leader keeps, in the form the
supervising authorities expect, one click from every page."""

import pytest
from bs4 import BeautifulSoup

from projects.models import SiteSettings
from tests.base import make_process_leader, make_project

pytestmark = pytest.mark.django_db

STATEMENT = "/tilgjengelegheit/"


def statement(client):
    response = client.get(STATEMENT)
    assert response.status_code == 200
    return BeautifulSoup(response.text, "html.parser")


def test_every_page_links_to_the_statement_from_its_footer(client, settings):
    settings.DEBUG = False  # the site's own "not found" page, not Django's debug page
    project = make_project()
    for path in ["/", project.get_absolute_url(), STATEMENT, "/prosjekt/finst-ikkje/"]:
        footer = BeautifulSoup(client.get(path).text, "html.parser").find(
            "footer", class_="site-footer"
        )
        assert footer.find("a", string="Tilgjengelegheitserklæring")["href"] == STATEMENT


def test_the_statement_shows_status_known_issues_how_to_report_and_the_last_check(client):
    SiteSettings(
        site_name="Framdrift i Lidal",
        accessibility_conformance="partial",
        accessibility_known_issues="<p>Gamle PDF-ar manglar tekst.</p>",
        accessibility_checked_on="2026-11-02",
        accessibility_contact_email="uu@example.org",
        accessibility_complaint_url="https://www.uutilsynet.no/",
    ).save()

    soup = statement(client)

    assert soup.h1.get_text() == "Tilgjengelegheitserklæring for Framdrift i Lidal"
    text = soup.main.get_text(" ", strip=True)
    assert "Nettstaden er delvis i samsvar med WCAG 2.2 nivå AA." in text
    assert "Gamle PDF-ar manglar tekst." in text
    assert soup.find("a", href="mailto:uu@example.org")
    assert soup.find("a", href="https://www.uutilsynet.no/")
    assert "Sist kontrollert 2. november 2026." in text


def test_without_known_issues_or_a_check_date_the_statement_says_so_plainly(client):
    SiteSettings(accessibility_conformance="full", accessibility_known_issues="").save()

    text = statement(client).main.get_text(" ", strip=True)

    assert "Nettstaden er i samsvar med WCAG 2.2 nivå AA." in text
    assert "Vi kjenner ikkje til manglar no." in text
    assert "Sist kontrollert" not in text


def test_the_process_leader_updates_the_statement_in_admin(client):
    client.force_login(make_process_leader())
    form = client.get("/admin/projects/sitesettings/1/change/")
    assert form.status_code == 200
    assert "Tilgjengelegheitserklæring" in form.text

    response = client.post(
        "/admin/projects/sitesettings/1/change/",
        {
            "site_name": "Framdrift",
            "tagline": "",
            "overview_intro": "",
            "footer_contact": "",
            "accessibility_conformance": "full",
            "accessibility_known_issues": '<p onclick="x()">Kart utan tekst.</p><script>y</script>',
            "accessibility_checked_on": "24.11.2026",
            "accessibility_contact_email": "uu@example.org",
            "accessibility_complaint_url": "https://www.uutilsynet.no/",
            "accent_colour": "#0b5a4a",
            "open_data_licence": "CC-BY-4.0",
        },
    )

    assert response.status_code == 302
    client.logout()
    soup = statement(client)
    assert "Sist kontrollert 24. november 2026." in soup.main.get_text(" ", strip=True)
    issues = soup.find("h2", string="Kjende manglar").find_next("div")
    assert str(issues) == '<div class="rich-text"><p>Kart utan tekst.</p></div>'
