"""A status update's card, as the news page, a project's page, a target area's and an
area's pages and the update's own page show it: each fact on it in the page's language,
texts not translated yet marked as Nynorsk, drafts and scheduled updates marked for staff,
nothing an update's text holds taken for markup, and the same few queries however many
updates, pictures and authors.

Cards are read as plain values and rendered by Jinja2 (updates/cards.py); these tests hold
them to what the process leader entered."""

from datetime import UTC, datetime, timedelta

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from contacts.models import ContactPerson
from tests.base import (
    NOW,
    make_area,
    make_phase,
    make_process_leader,
    make_project,
    make_update,
    make_update_image,
)
from updates.cards import update_cards
from updates.models import StatusUpdate

pytestmark = pytest.mark.django_db


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.text, "html.parser")


def author(name):
    return ContactPerson.objects.create(name=name, email=f"{name.split()[0].lower()}@example.org")


@pytest.fixture
def school():
    return make_project("Ny skule i Nedre Li", slug="ny-skule")


@pytest.fixture
def groundbreaking(school):
    """An update with everything a card can show."""
    update = make_update(
        school,
        title="Byggjestart for skulen",
        # Late on 2 March in UTC, already 3 March in Oslo.
        published_at=datetime(2026, 3, 2, 23, 30, tzinfo=UTC),
        body="<p>Gravemaskinene er på plass.</p>",
        new_status="ongoing",
        new_progress=40,
        is_resident_report=True,
        byline="Prosjekt SLUS",
    )
    update.authors.set([author("Per Li"), author("Anne Berg"), author("Ola Dal")])
    make_update_image(
        update, alt_text="Gravemaskin på tomta", caption="Første spadetak", credit="Kari Foto"
    )
    make_update_image(update, alt_text="Tomta før start", position=1)
    return update


def test_a_card_on_the_news_page_says_everything_the_process_leader_entered(client, groundbreaking):
    news = page(client, "/aktuelt/")
    item = news.select_one(".news-item")
    card = item.article

    assert " ".join(item.select_one(".news-item__about").get_text().split()) == (
        "Prosjekt: Ny skule i Nedre Li"
    )
    assert item.select_one(".news-item__about a")["href"] == "/prosjekt/ny-skule/"
    assert card.select_one(".update__date time")["datetime"] == "2026-03-03"
    assert card.select_one(".update__date").get_text() == "3. mars 2026"
    title = card.select_one("h2.update__title")
    assert title.get_text() == "Byggjestart for skulen"
    assert title.a["href"] == f"/aktuelt/{groundbreaking.pk}/"
    assert title.get("lang") is None
    assert card.select_one(".update__source").get_text() == "Meldt inn av ein innbyggjar"
    change = " ".join(card.select_one(".update__change").get_text().split())
    assert change == "Ny status: I gang Framdrift: 40 %"
    assert card.select_one(".rich-text").decode_contents() == "<p>Gravemaskinene er på plass.</p>"
    figures = card.select(".gallery figure")
    assert [figure.img["alt"] for figure in figures] == ["Gravemaskin på tomta", "Tomta før start"]
    assert figures[0].figcaption.get_text() == "Første spadetak Foto: Kari Foto"
    assert figures[1].figcaption is None
    assert figures[0].img["loading"] == "lazy"
    # The contact persons by name, then the free-text byline.
    assert " ".join(card.select_one(".update__byline").get_text().split()) == (
        "Skrive av Anne Berg, Ola Dal og Per Li, Prosjekt SLUS"
    )
    assert "update--hidden" not in card["class"]
    assert card.select(".flag") == []


def test_on_its_own_page_the_title_is_the_heading_and_not_a_link(client, groundbreaking):
    own = page(client, f"/aktuelt/{groundbreaking.pk}/")

    title = own.select_one("h1.update__title")
    assert title.get_text() == "Byggjestart for skulen"
    assert title.a is None
    assert own.select_one(".news-item__about a")["href"] == "/prosjekt/ny-skule/"
    # Its first picture is the one a shared link shows.
    assert "/media/" in own.find("meta", property="og:image")["content"]


def test_staff_see_drafts_and_scheduled_updates_marked_on_the_project_page(client, school):
    make_update(school, title="Utkast om anbodet", is_published=False)
    make_update(school, title="Kjem seinare", published_at=NOW + timedelta(days=400))
    make_update(school, title="Ute no")
    client.force_login(make_process_leader())

    cards = page(client, "/prosjekt/ny-skule/").select("#update-list article")

    shown = {card.select_one(".update__title").get_text(): card for card in cards}
    assert shown["Utkast om anbodet"].select_one(".flag--draft").get_text() == (
        "Utkast: berre du ser det"
    )
    assert "update--hidden" in shown["Utkast om anbodet"]["class"]
    scheduled = shown["Kjem seinare"].select_one(".flag--scheduled").get_text()
    assert scheduled.startswith("Planlagt: innbyggjarane ser det frå ")
    assert "2027" in scheduled
    assert "update--hidden" in shown["Kjem seinare"]["class"]
    assert shown["Ute no"].select(".flag") == []
    assert "update--hidden" not in shown["Ute no"]["class"]
    # On the project's own page the cards' titles are h3, under "Status updates".
    assert {card.select_one(".update__title").name for card in cards} == {"h3"}


def test_residents_see_neither_drafts_nor_scheduled_updates(client, school):
    make_update(school, title="Utkast om anbodet", is_published=False)
    make_update(school, title="Kjem seinare", published_at=NOW + timedelta(days=400))
    make_update(school, title="Ute no")

    for url in ["/prosjekt/ny-skule/", "/aktuelt/"]:
        titles = [t.get_text() for t in page(client, url).select("article .update__title")]
        assert titles == ["Ute no"], url


def test_in_english_the_words_are_english_and_untranslated_texts_are_marked_nynorsk(
    client, groundbreaking, english_too
):
    groundbreaking.body_en = "<p>The diggers have arrived.</p>"
    groundbreaking.save()
    village = make_area("Nedre Li", slug="nedre-li")
    StatusUpdate.objects.create(
        area=village,
        title="Bygdemøte i Nedre Li",
        title_en="Village meeting in Nedre Li",
        published_at=NOW - timedelta(days=2),
    )

    news = page(client, "/en/news/")
    items = news.select(".news-item")
    school_card, village_card = items[1].article, items[0].article

    title = school_card.select_one(".update__title")
    assert title["lang"] == "nn"  # not translated
    assert title.a["href"] == f"/en/news/{groundbreaking.pk}/"
    body = school_card.select_one(".rich-text")
    assert body.get("lang") is None  # translated
    assert body.get_text() == "The diggers have arrived."
    assert school_card.select_one(".update__source").get_text() == "Reported by a resident"
    change = " ".join(school_card.select_one(".update__change").get_text().split())
    assert change == "New status: Ongoing Progress: 40%"
    assert school_card.select_one(".update__date").get_text() == "3 March 2026"
    assert " ".join(school_card.select_one(".update__byline").get_text().split()) == (
        "Written by Anne Berg, Ola Dal and Per Li, Prosjekt SLUS"
    )
    assert " ".join(items[0].select_one(".news-item__about").get_text().split()) == (
        "Village: Nedre Li"
    )
    assert village_card.select_one(".update__title").get("lang") is None


def test_each_language_writes_its_own_date_and_status_however_the_pages_alternate(
    client, groundbreaking, english_too
):
    """A day and a status badge are written once per language and process: the page in one
    language never gets them in another's words."""

    def date_and_change(url):
        card = page(client, url).select_one(".news-item").article
        change = " ".join(card.select_one(".update__change").get_text().split())
        return card.select_one(".update__date").get_text(), change

    nynorsk = ("3. mars 2026", "Ny status: I gang Framdrift: 40 %")
    english = ("3 March 2026", "New status: Ongoing Progress: 40%")
    for _ in range(2):
        assert date_and_change("/aktuelt/") == nynorsk
        assert date_and_change("/en/news/") == english


def test_the_timeline_marks_an_untranslated_update_title_nynorsk(client, school, english_too):
    make_phase(school, name="Bygging", starts_on=NOW.date() - timedelta(days=30))
    make_update(school, title="Byggjestart")
    make_update(school, title="Taket er tett", title_en="The roof is on")

    timeline = page(client, "/en/projects/ny-skule/").select_one(".timeline")

    links = {a.get_text(): a for a in timeline.select(".timeline__entry--update a")}
    assert links["Byggjestart"]["lang"] == "nn"
    assert links["The roof is on"].get("lang") is None


def test_nothing_an_updates_texts_hold_is_taken_for_markup(client, groundbreaking):
    hostile = "<script>alert(\"x\")</script> & 'quoted' {{ x }} {% y %} %(when)s"
    groundbreaking.title = hostile
    groundbreaking.byline = hostile
    groundbreaking.save()
    groundbreaking.images.filter(position=0).update(caption=hostile, credit=hostile)
    groundbreaking.authors.filter(name="Per Li").update(name=hostile)
    groundbreaking.project.title = hostile
    groundbreaking.project.save()

    for url in ["/aktuelt/", f"/aktuelt/{groundbreaking.pk}/", "/prosjekt/ny-skule/"]:
        response = client.get(url)
        shown = BeautifulSoup(response.text, "html.parser")
        card = shown.find("article", id=f"update-{groundbreaking.pk}")
        assert card.find("script") is None, url
        assert card.select_one(".update__title").get_text() == hostile, url
        assert hostile in [name.get_text() for name in card.select(".update__author")], url
        assert card.figcaption.get_text() == f"{hostile} Foto: {hostile}", url
    raw = response.text
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;quoted&#x27;" in raw


def test_cards_cost_the_same_three_queries_however_many_updates_pictures_and_authors(school):
    def queries_for(updates):
        with translation.override("nn"), CaptureQueriesContext(connection) as queries:
            cards = update_cards(updates)
        assert all(card.html and card.subject_html for card in cards)
        return len(cards), len(queries)

    make_update(school, title="Den første")
    few = queries_for(StatusUpdate.objects.all())
    people = [author(f"Forfattar {number}") for number in range(4)]
    for number in range(15):
        update = make_update(school, title=f"Oppdatering {number}", byline="Prosjekt SLUS")
        update.authors.set(people[: number % 4])
        for position in range(number % 3):
            make_update_image(update, position=position)
        StatusUpdate.objects.create(
            area=make_area(f"Grend {number}"), title=f"Om grenda {number}", published_at=NOW
        )
    many = queries_for(StatusUpdate.objects.all())

    # The updates with what each is about, their pictures, their authors.
    assert few == (1, 3)
    assert many == (31, 3)
