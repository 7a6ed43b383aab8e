"""A second language for content: a Nynorsk site with English under /en/, the switcher and
hreflang alternates, untranslated texts shown in Nynorsk and marked so, the page cache per
language, search in the visitor's language, and the admin's fields per language."""

from datetime import timedelta

import icalendar
import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.utils import timezone

from events.models import Event
from tests.base import make_process_leader, make_project, make_update

pytestmark = pytest.mark.django_db


@pytest.fixture
def with_english(settings):
    settings.CONTENT_LANGUAGES = ["en"]
    settings.LANGUAGES = [("nn", "Nynorsk"), ("en", "English")]
    settings.SITE_URL = "https://framdrift.example.org"


@pytest.fixture
def school():
    project = make_project("Ny skule i Nedre Li", slug="ny-skule", summary="Kommunen byggjer.")
    project.title_en = "New school in Nedre Li"
    project.summary_en = "The municipality is building."
    project.save()
    return project


def soup(response):
    return BeautifulSoup(response.text, "html.parser")


def test_without_a_content_language_there_is_no_switcher_and_no_prefix(client, school):
    page = soup(client.get("/prosjekt/ny-skule/"))
    assert not page.select(".language-switcher")
    assert not page.find("link", rel="alternate", hreflang=True)
    assert client.get("/en/projects/ny-skule/").status_code == 404


def test_the_english_page_is_english_and_links_to_the_nynorsk_one(client, with_english, school):
    response = client.get("/en/projects/ny-skule/")

    assert response.status_code == 200
    assert response["Content-Language"] == "en"
    page = soup(response)
    assert page.html["lang"] == "en"
    assert page.h1.get_text(strip=True) == "New school in Nedre Li"
    assert page.find("a", string="All projects")["href"] == "/en/"
    switcher = {
        link["hreflang"]: (link["href"], link.get("aria-current"), link["lang"])
        for link in page.select(".language-switcher a")
    }
    assert switcher == {
        "nn": ("/prosjekt/ny-skule/", None, "nn"),
        "en": ("/en/projects/ny-skule/", "page", "en"),
    }
    alternates = {
        link["hreflang"]: link["href"]
        for link in page.find_all("link", rel="alternate", hreflang=True)
    }
    assert alternates == {
        "nn": "https://framdrift.example.org/prosjekt/ny-skule/",
        "x-default": "https://framdrift.example.org/prosjekt/ny-skule/",
        "en": "https://framdrift.example.org/en/projects/ny-skule/",
    }
    nynorsk = soup(client.get("/prosjekt/ny-skule/"))
    assert nynorsk.html["lang"] == "nn" and nynorsk.h1.get_text(strip=True) == "Ny skule i Nedre Li"


def test_an_untranslated_text_is_shown_in_nynorsk_and_marked_as_nynorsk(
    client, with_english, school
):
    make_update(school, title="Taket er på plass", body="<p>Alt gjekk etter planen.</p>")

    page = soup(client.get("/en/projects/ny-skule/"))

    title = page.find(string="Taket er på plass").find_parent(class_="update__title")
    assert title["lang"] == "nn"
    assert page.select_one(".project__body") is None or page.select_one(".project__body")["lang"]
    assert page.h1.get("lang") is None  # translated: in the page's own language
    notice = page.select_one(".banner--untranslated")
    assert notice is None  # the project's own texts are translated
    untranslated = make_project("Kaia i Fjordvik", slug="kaia", body="<p>Ny kai.</p>")
    other = soup(client.get("/en/projects/kaia/"))
    assert other.h1["lang"] == "nn" and other.h1.get_text(strip=True) == "Kaia i Fjordvik"
    assert "not translated into English yet" in other.select_one(".banner--untranslated").text
    assert "shown in Norwegian Nynorsk" in other.select_one(".banner--untranslated").text
    assert untranslated.title == "Kaia i Fjordvik"


def test_addresses_in_english_under_the_prefix(client, with_english, school):
    assert client.get("/en").status_code == 301
    # The Nynorsk address under the English prefix leads to the English address.
    response = client.get("/en/prosjekt/ny-skule/?fra=plakat")
    assert response.status_code == 301
    assert response["Location"] == "/en/projects/ny-skule/?fra=plakat"
    assert client.get("/en/admin/").status_code == 404
    assert client.get("/sv/projekt/ny-skule/").status_code == 404  # not a language in use


def test_pages_are_kept_per_language_and_a_translation_shows_at_once(client, with_english, school):
    english, nynorsk = "/en/projects/ny-skule/", "/prosjekt/ny-skule/"
    assert client.get(english)["X-Page-Cache"] == "miss"
    assert client.get(nynorsk)["X-Page-Cache"] == "miss"
    assert client.get(english)["X-Page-Cache"] == "hit"

    school.title_en = "New school and kindergarten"
    school.save()

    assert "New school and kindergarten" in client.get(english).text
    assert "Ny skule i Nedre Li" in client.get(nynorsk).text


@pytest.mark.skipif(connection.vendor != "postgresql", reason="full-text search on PostgreSQL")
def test_search_finds_in_the_visitors_language_with_its_stemming(client, with_english, school):
    def found(response):
        return [h.get_text(strip=True) for h in soup(response).select(".card__title")]

    assert found(client.get("/en/", {"q": "schools"})) == ["New school in Nedre Li"]
    assert found(client.get("/", {"q": "skulen"})) == ["Ny skule i Nedre Li"]
    # Untranslated texts are found in the language they are shown in.
    make_project("Kaia i Fjordvik", slug="kaia")
    assert found(client.get("/en/", {"q": "kaia"})) == ["Kaia i Fjordvik"]


def test_the_admin_has_a_field_per_language_in_use_with_english_optional(
    client, with_english, school
):
    client.force_login(make_process_leader())
    page = soup(client.get(f"/admin/projects/project/{school.pk}/change/"))

    labels = [label.get_text(strip=True) for label in page.select("label[for^=id_title]")]
    assert labels == ["Tittel (Nynorsk):", "Tittel (Engelsk):"]
    assert page.find("input", attrs={"name": "title_en"})["value"] == "New school in Nedre Li"
    assert not page.find("input", attrs={"name": "title_sv"})  # a language not in use
    assert page.find("input", attrs={"name": "title_nn"}).has_attr("required")
    assert not page.find("input", attrs={"name": "title_en"}).has_attr("required")
    assert page.find("script", src=lambda src: src and "language_tabs" in src)


def test_with_one_language_the_admin_is_as_before(client, school):
    client.force_login(make_process_leader())
    page = soup(client.get(f"/admin/projects/project/{school.pk}/change/"))
    assert page.find("input", attrs={"name": "title"})["value"] == "Ny skule i Nedre Li"
    assert not page.find("input", attrs={"name": "title_nn"})
    assert not page.find("input", attrs={"name": "title_en"})


def test_the_english_calendar_file_says_which_texts_are_in_which_language(
    client, with_english, school
):
    event = Event.objects.create(
        title="Ope møte om skulen",
        description="<p>Kom og sei kva du meiner.</p>",
        starts_at=timezone.now() + timedelta(days=5),
        place="Grendehuset",
    )
    event.projects.add(school)
    event.title_en = "Open meeting about the school"
    event.save()

    response = client.get(f"/en/meetings/{event.pk}/calendar.ics")

    assert response["Content-Disposition"] == f'attachment; filename="meetings-{event.pk}.ics"'
    calendar = icalendar.Calendar.from_ical(response.content)
    [entry] = calendar.events
    assert str(entry["SUMMARY"]) == "Open meeting about the school"
    assert entry["SUMMARY"].params["LANGUAGE"] == "en"
    assert entry["DESCRIPTION"].params["LANGUAGE"] == "nn"  # not translated: shown in Nynorsk
    assert str(entry["URL"]) == f"https://framdrift.example.org/en/meetings/{event.pk}/"
    assert str(calendar["PRODID"]).endswith("//EN")
