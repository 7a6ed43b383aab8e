"""A project's card, as the overview and the area, theme and strategy pages show it: each
fact on it in the page's language, texts not translated yet marked as Nynorsk, nothing a
project's text holds taken for markup, and the same few queries however many cards.

Cards are read as plain values and rendered by Jinja2 (projects/cards.py); these tests hold
them to what the model says of the same project."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from projects.cards import project_cards
from projects.models import Project
from tests.base import NOW, make_area, make_project, make_project_image, make_update

pytestmark = pytest.mark.django_db


def cards_of(projects):
    """{title shown: card's <article>} for these projects, as a Nynorsk page has them."""
    with translation.override("nn"):
        html = project_cards(None, [project.pk for project in projects])
    cards = [BeautifulSoup(str(card), "html.parser").article for card in html]
    return {card.select_one(".card__title").get_text(strip=True): card for card in cards}


def facts(card):
    """{term: text} of the card's facts list."""
    return {
        term.get_text(strip=True): " ".join(term.find_next_sibling("dd").get_text().split())
        for term in card.select(".card__facts dt")
    }


@pytest.fixture
def lidal(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    area = make_area("Lidal")
    plan = make_project(
        "Lokal plan for Lidal", slug="lokal-plan", progress_from="mean", is_featured=True
    )
    plan.areas.set([area, make_area("Aust"), make_area("Bygdesenteret")])
    make_project("Ny badeplass", slug="badeplass", parent=plan, progress=20, status="ongoing")
    make_project("Turstiar", slug="turstiar", parent=plan, progress=60, status="planned")
    make_project("Hemmeleg", slug="hemmeleg", parent=plan, progress=100, is_published=False)
    make_update(plan, title="Planen er vedteken", published_at=NOW - timedelta(days=3))
    make_project_image(plan, alt_text="Bygda sett frå fjorden", position=0)
    make_project_image(plan, alt_text="Kartet over planområdet", is_cover=True, position=1)
    return Project.objects.get(pk=plan.pk)


def test_a_card_says_what_the_plan_is_where_it_stands_and_when_it_last_moved(lidal):
    card = cards_of([lidal])["Lokal plan for Lidal"]

    assert card.select_one(".card__title a")["href"] == "/prosjekt/lokal-plan/"
    assert card.select_one(".card__featured").get_text(strip=True) == "Framheva"
    assert card.select_one(".card__summary").get_text(strip=True) == "Kort om Lokal plan for Lidal."
    assert card.select_one(".status").get_text(strip=True) == "I gang"
    # The mean of its two published actions' 20 and 60; the hidden one does not count.
    assert card.select_one(".progress__label").get_text(strip=True) == "Framdrift: 40 %"
    assert card.select_one("progress")["value"] == "40"
    assert facts(card) == {
        "Tiltak": "2 tiltak",
        "Stad": "Aust, Bygdesenteret, Lidal",
        "Siste statusoppdatering": "12. juni 2026",
    }
    assert card.select_one("time")["datetime"] == "2026-06-12"
    assert [a["href"] for a in card.select(".card__area")] == [
        "/omraade/aust/",
        "/omraade/bygdesenteret/",
        "/omraade/lidal/",
    ]
    # The cover, though it is not the first picture.
    picture = card.select_one(".card__picture img")
    assert picture["alt"] == "Kartet over planområdet"
    assert picture.get("loading") is None  # the first cards are above the fold


def test_an_action_says_which_plan_it_is_part_of_while_that_plan_is_public(lidal):
    action = Project.objects.get(slug="badeplass")
    card = cards_of([action])["Ny badeplass"]
    assert card.select_one(".card__part-of").get_text(strip=True) == "Del av Lokal plan for Lidal"
    assert "Tiltak" not in facts(card)
    assert facts(card)["Siste statusoppdatering"] == "Ingen enno"
    assert card.select_one(".card__featured") is None
    assert card.select_one(".card__picture") is None

    lidal.is_published = False
    lidal.save()
    card = cards_of([action])["Ny badeplass"]
    assert card.select_one(".card__part-of") is None


def test_in_english_the_words_are_english_and_untranslated_texts_are_marked_nynorsk(
    client, lidal, english_too
):
    lidal.summary_en = "Lidal's plan for the next ten years."
    lidal.save()
    aust = lidal.areas.get(slug="aust")
    aust.name_en = "East"  # only this area's name is translated
    aust.save()

    page = BeautifulSoup(client.get("/en/").text, "html.parser")
    card = page.select_one(".card__title").find_parent("article")

    assert card.select_one(".card__title")["lang"] == "nn"  # not translated
    assert card.select_one(".card__title a")["href"] == "/en/projects/lokal-plan/"
    assert card.select_one(".card__summary").get("lang") is None  # translated
    assert card.select_one(".card__summary").get_text() == "Lidal's plan for the next ten years."
    assert card.select_one(".card__featured").get_text(strip=True) == "Featured"
    assert card.select_one(".status").get_text(strip=True) == "Ongoing"
    assert facts(card) == {
        "Actions": "2 actions",
        "Where": "Bygdesenteret, East, Lidal",  # by the name shown, translated or not
        "Last status update": "12 June 2026",
    }


def test_the_cover_is_described_in_the_pages_language_or_else_in_nynorsk(
    client, lidal, english_too
):
    def cover_text():
        page = BeautifulSoup(client.get("/en/").text, "html.parser")
        card = page.select_one(".card__title").find_parent("article")
        return card.select_one(".card__picture img")["alt"]

    assert cover_text() == "Kartet over planområdet"  # not translated yet
    cover = lidal.images.get(is_cover=True)
    cover.alt_text_en = "The map of the planned area"
    cover.save()  # as the admin saves it: the pages made before are no longer shown
    assert cover_text() == "The map of the planned area"


def test_nothing_a_projects_texts_hold_is_taken_for_markup(lidal):
    hostile = "<script>alert(\"x\")</script> & 'quoted' {{ x }} {% y %}"
    lidal.title = hostile
    lidal.summary = hostile
    lidal.save()
    lidal.areas.filter(slug="aust").update(name_nn=hostile)
    lidal.images.filter(is_cover=True).update(alt_text_nn=hostile)
    action = Project.objects.get(slug="badeplass")

    cards = cards_of([lidal, action])

    for card in cards.values():
        assert card.find("script") is None
    plan_card = cards[hostile]
    assert plan_card.select_one(".card__summary").get_text() == hostile
    assert hostile in [a.get_text() for a in plan_card.select(".card__area")]
    assert cards["Ny badeplass"].select_one(".card__part-of").get_text() == f"Del av {hostile}"
    raw = str(project_cards(None, [lidal.pk])[0])
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;quoted&#x27;" in raw
    assert plan_card.select_one(".card__picture img")["alt"] == hostile


def test_cards_cost_the_same_queries_however_many_there_are(lidal, settings):
    def queries_for(projects):
        projects = list(projects)
        with CaptureQueriesContext(connection) as queries:
            assert len(project_cards(None, [project.pk for project in projects])) == len(projects)
        return len(queries)

    few = queries_for([lidal])
    for number in range(12):
        project = make_project(f"Prosjekt {number}", slug=f"prosjekt-{number}")
        project.areas.set([make_area(f"Grend {number}")])
        make_project_image(project)
        make_project(f"Tiltak {number}", slug=f"tiltak-{number}", parent=project, progress=50)
        if number % 2:
            project.progress_from = "weighted"
            project.save()
    many = queries_for(Project.objects.filter(parent=None))
    # The projects, their covers, their areas, and the sub-projects of those whose
    # progress follows them.
    assert few == many == 4


def test_a_project_deleted_meanwhile_is_left_out_and_later_cards_load_lazily(lidal):
    others = [make_project(f"Prosjekt {number}", slug=f"p-{number}") for number in range(3)]
    for project in others:
        make_project_image(project)
    gone = make_project("Borte", slug="borte")
    ids = [lidal.pk, gone.pk, *(project.pk for project in others)]
    gone.delete()

    with translation.override("nn"):
        cards = [BeautifulSoup(str(card), "html.parser") for card in project_cards(None, ids)]

    assert [card.select_one(".card__title").get_text(strip=True) for card in cards] == [
        "Lokal plan for Lidal",
        "Prosjekt 0",
        "Prosjekt 1",
        "Prosjekt 2",
    ]
    # The first two places are above the fold, whichever projects fill them.
    assert [card.img.get("loading") for card in cards] == [None, "lazy", "lazy", "lazy"]
