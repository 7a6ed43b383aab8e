"""The code to paste in the admin (on projects, areas and target areas) and the list of
sites that may embed in the site settings: its check, line by line, beside the field."""

import re

import pytest
from bs4 import BeautifulSoup
from django.conf import settings as django_settings
from django.urls import reverse
from django.utils import translation

from projects.models import SiteSettings
from tests.base import make_area, make_process_leader, make_theme
from tests.test_admin_look import SETTINGS_PAGE
from tests.test_admin_look import settings_form as look_form
from tests.test_embeds import MAIN_SITE, allow_embedding_by, make_lidal, soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def lidal():
    return make_lidal()


# Sites that may embed, in the site settings


@pytest.fixture
def leader(client):
    client.force_login(make_process_leader())
    return client


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("javascript:alert(1)", "https://"),
        ("https://a.example/path", "https://a.example"),
        ("Lidal kommune sin nettstad", "https://"),
        ("http://www.lidal.kommune.no", "https://"),
        ("https://a.example; script-src *", "https://"),
    ],
)
def test_a_line_that_is_no_sites_address_is_refused_beside_the_field(leader, line, said):
    entered = f"{MAIN_SITE}\n{line}"
    response = leader.post(SETTINGS_PAGE, settings_form(embed_origins=entered))

    assert response.status_code == 200
    page = soup(response)
    (error,) = page.select(".field-embed_origins .errorlist li")
    # In the site's language: "Linje 2, «…»: …" in Nynorsk.
    with translation.override(django_settings.LANGUAGE_CODE):
        template = translation.gettext("Line %(number)s, “%(line)s”: %(problem)s.")
    starts = template.split("%(problem)s")[0] % {"number": 2, "line": line}
    assert error.get_text().startswith(starts) and said in error.get_text()
    # What was entered is kept for correcting.
    assert page.find("textarea", attrs={"name": "embed_origins"}).get_text().strip() == entered
    assert SiteSettings.load().embed_origins == ""


def test_the_sites_addresses_are_saved_and_framing_follows(leader, client, lidal):
    entered = f"{MAIN_SITE}/\n\nhttp://localhost:8001"
    response = leader.post(SETTINGS_PAGE, settings_form(embed_origins=entered))

    assert response.status_code == 302
    assert SiteSettings.load().embedding_origins == [MAIN_SITE, "http://localhost:8001"]


# The code to paste, in the admin


def settings_form(**changes):
    return look_form(open_data_licence="CC-BY-4.0", embed_origins="") | changes


def embed_codes(response):
    return [code.get_text() for code in soup(response).select("textarea.embed-snippet__code")]


def test_a_projects_change_form_gives_the_code_for_its_card_and_the_list(leader, lidal, settings):
    settings.SITE_URL = "https://framdrift.lidal.no"
    allow_embedding_by(MAIN_SITE)
    project = lidal.projects.get(slug="ny-skule-i-lidal")

    response = leader.get(reverse("admin:projects_project_change", args=[project.pk]))

    card, every_project = embed_codes(response)
    card_url = "https://framdrift.lidal.no" + reverse("embeds:project", args=[project.slug])
    frame = BeautifulSoup(card, "html.parser").iframe
    assert frame["src"] == card_url and frame["title"].startswith("Ny skule i Lidal")
    assert frame["loading"] == "lazy" and frame["height"].isdigit()
    assert reverse("embeds:projects") in every_project
    field = soup(response).select_one(".field-embed_snippet")
    assert MAIN_SITE in field.get_text()
    code = field.find("textarea")
    assert field.find("label", attrs={"for": code["id"]}) and code.has_attr("readonly")
    assert field.find("a", href=card_url)


def test_with_no_sites_listed_the_admin_says_to_add_the_main_site_first(leader, lidal):
    project = lidal.projects.get(slug="ny-skule-i-lidal")

    field = soup(leader.get(reverse("admin:projects_project_change", args=[project.pk])))
    note = field.select_one(".field-embed_snippet .embed-snippet__warning")

    assert note.find("a")["href"] == SETTINGS_PAGE


def test_an_area_and_a_target_area_give_the_code_for_their_list(leader, lidal):
    theme = make_theme("Attraktive bygder")

    for admin_page, embed in [
        (
            reverse("admin:projects_area_change", args=[lidal.pk]),
            reverse("embeds:area", args=["lidal"]),
        ),
        (
            reverse("admin:projects_theme_change", args=[theme.pk]),
            reverse("embeds:theme", args=[theme.slug]),
        ),
    ]:
        (code,) = embed_codes(leader.get(admin_page))
        assert re.search(rf'src="[^"]*{re.escape(embed)}"', code)


def test_a_new_project_has_no_code_yet(leader):
    response = leader.get(reverse("admin:projects_project_add"))

    assert response.status_code == 200 and not embed_codes(response)


def test_a_draft_projects_code_says_its_card_shows_once_published(leader, lidal):
    draft = lidal.projects.get(slug="kladd-i-lidal")

    page = soup(leader.get(reverse("admin:projects_project_change", args=[draft.pk])))

    assert len(page.select(".embed-snippet .embed-snippet__warning")) == 1


def test_an_area_whose_short_name_has_no_address_says_so_rather_than_failing(leader):
    # Stored past the form's check, as a spreadsheet or the shell could.
    area = make_area("Øvre Li", slug="øvre-li")

    response = leader.get(reverse("admin:projects_area_change", args=[area.pk]))

    assert response.status_code == 200 and not embed_codes(response)
    assert soup(response).select_one(".field-embed_snippet").get_text(strip=True)
