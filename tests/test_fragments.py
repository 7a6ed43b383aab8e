"""Pages the page cache does not answer (the page cache off, a filter combination no one
asked for yet, a logged-in process leader) reuse the project cards and status counts
made for other pages: never stale either."""

import time
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from pagecache.fresh import placeholder_mark
from projects.middleware import forget_what_is_known
from projects.models import SiteSettings
from tests.base import (
    make_area,
    make_process_leader,
    make_project,
    make_update,
    make_update_image,
)
from tests.test_pagecache import hidden_value, nonces
from tests.test_tips import tip_data
from tips.forms import read_form_token
from tips.models import Tip

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_off(settings):
    settings.PAGE_CACHE_ENABLED = False


def card_titles(response):
    page = BeautifulSoup(response.text, "html.parser")
    return [title.get_text(strip=True) for title in page.select(".card__title")]


def card_status(response, title):
    page = BeautifulSoup(response.text, "html.parser")
    card = next(card for card in page.select(".card") if title in card.get_text())
    return card.select_one(".card__status").get_text(" ", strip=True)


def status_summary(response):
    """The status counts over the list (links that filter by status)."""
    page = BeautifulSoup(response.text, "html.parser")
    return page.select_one("#status-links").get_text(" ", strip=True)


def queries_for(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    return response, len(queries)


def test_a_page_made_afresh_reuses_the_cards_and_counts_of_the_last(client):
    make_project("Ny skule i Nedre Li", status="ongoing")
    make_project("Bustader ved fjorden", status="planned")

    first, asked_first = queries_for(client, "/")
    again, asked_again = queries_for(client, "/")

    assert set(card_titles(first)) == {"Ny skule i Nedre Li", "Bustader ved fjorden"}
    assert card_titles(again) == card_titles(first)
    assert status_summary(again) == status_summary(first)
    # The status counts over every project were not asked again.
    assert asked_again < asked_first


def test_with_the_fragment_cache_off_every_piece_is_made_afresh(client, settings):
    settings.FRAGMENT_CACHE_ENABLED = False
    make_project("Ny skule i Nedre Li")

    _, asked_first = queries_for(client, "/")
    forget_what_is_known()  # whether a scheduled update is due is not a piece of the page
    _, asked_again = queries_for(client, "/")

    assert asked_again == asked_first


def test_a_change_shows_at_once_in_every_kept_piece(client):
    project = make_project("Ny skule i Nedre Li", status="planned")
    before = client.get("/")
    assert "Planlagt" in card_status(before, "Ny skule") and "Planlagt" in status_summary(before)

    project.title = "Ny skule og barnehage i Nedre Li"
    project.save()
    make_update(project, new_status="ongoing")

    after = client.get("/")
    assert card_titles(after) == ["Ny skule og barnehage i Nedre Li"]
    assert "I gang" in card_status(after, "barnehage")
    assert "Planlagt" not in status_summary(after) and "I gang" in status_summary(after)


def test_a_scheduled_update_changes_the_kept_card_when_its_time_comes(client):
    project = make_project("Ny skule i Nedre Li", status="planned")
    soon = timezone.now() + timedelta(seconds=2)
    make_update(project, title="Byggjestart", published_at=soon, new_status="ongoing")
    for _ in range(2):
        assert "Planlagt" in card_status(client.get("/"), "Ny skule")

    time.sleep((soon - timezone.now()).total_seconds() + 0.2)

    after = client.get("/")
    assert "I gang" in card_status(after, "Ny skule")
    assert "I gang" in status_summary(after)


def test_the_logged_in_process_leader_gets_the_same_fresh_cards(client):
    project = make_project("Ny skule i Nedre Li")
    client.get("/")  # a resident's visit keeps the card
    client.force_login(make_process_leader())

    project.title = "Ny skule og barnehage i Nedre Li"
    project.save()

    assert card_titles(client.get("/")) == ["Ny skule og barnehage i Nedre Li"]


def update_titles(response):
    page = BeautifulSoup(response.text, "html.parser")
    return [title.get_text(strip=True) for title in page.select("#update-list h3")]


def test_a_project_page_made_afresh_reuses_what_it_showed_below_its_header(client):
    project = make_project("Ny skule i Nedre Li")
    make_update(project, title="Byggjestart", published_at=timezone.now() - timedelta(days=1))
    make_update(project, title="Grunnarbeid", published_at=timezone.now() - timedelta(days=9))

    first, asked_first = queries_for(client, project.get_absolute_url())
    again, asked_again = queries_for(client, project.get_absolute_url())

    assert update_titles(again) == update_titles(first) == ["Byggjestart", "Grunnarbeid"]
    # Neither the project nor its pictures, updates, groups, contacts, documents and figures
    # were fetched again: what is left is asking whether anything changed.
    assert asked_again <= 1 < asked_first - 10


def test_a_kept_project_page_goes_at_once_when_the_project_is_hidden_or_moved(client):
    project = make_project("Ny skule i Nedre Li")
    for _ in range(2):
        assert client.get("/prosjekt/ny-skule-i-nedre-li/").status_code == 200

    project.slug = "ny-skule"
    project.save()
    assert client.get("/prosjekt/ny-skule-i-nedre-li/").status_code == 404
    assert client.get("/prosjekt/ny-skule/").status_code == 200

    project.is_published = False
    project.save()
    assert client.get("/prosjekt/ny-skule/").status_code == 404


def test_a_new_status_update_shows_at_once_on_the_kept_project_page(client):
    project = make_project("Ny skule i Nedre Li")
    make_update(project, title="Byggjestart")
    client.get(project.get_absolute_url())

    make_update(project, title="Taket er på")

    assert update_titles(client.get(project.get_absolute_url()))[0] == "Taket er på"


def test_a_scheduled_update_appears_on_the_kept_project_page_when_its_time_comes(client):
    project = make_project("Ny skule i Nedre Li")
    soon = timezone.now() + timedelta(seconds=2)
    make_update(project, title="Snart ute", published_at=soon)
    for _ in range(2):
        assert "Snart ute" not in client.get(project.get_absolute_url()).text

    time.sleep((soon - timezone.now()).total_seconds() + 0.2)

    assert "Snart ute" in update_titles(client.get(project.get_absolute_url()))


def test_what_staff_preview_is_never_shown_to_residents(client):
    project = make_project("Ny skule i Nedre Li")
    make_update(project, title="Kladd til neste veke", is_published=False)
    staff = Client()
    staff.force_login(make_process_leader())

    assert "Kladd til neste veke" in staff.get(project.get_absolute_url()).text
    for _ in range(2):
        assert "Kladd til neste veke" not in client.get(project.get_absolute_url()).text
    assert "Kladd til neste veke" in staff.get(project.get_absolute_url()).text


def news_items(response):
    """(what it is about, title, picture addresses) of each card on the news page."""
    page = BeautifulSoup(response.text, "html.parser")
    return [
        (
            item.select_one(".news-item__about").get_text(" ", strip=True),
            item.select_one(".update__title").get_text(strip=True),
            [img["src"] for img in item.select("img")],
        )
        for item in page.select(".news-item")
    ]


def sql_for(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    return response, "\n".join(query["sql"] for query in queries.captured_queries)


def test_a_news_page_made_afresh_takes_the_cards_another_news_page_showed(client):
    project = make_project("Ny skule i Nedre Li")
    start = make_update(project, title="Byggjestart", published_at=timezone.now() - timedelta(1))
    make_update_image(start)
    make_update(project, title="Grunnarbeid", published_at=timezone.now() - timedelta(9))

    first, asked_first = sql_for(client, "/aktuelt/")
    # A search no one made yet: its page is made afresh, its one card taken as kept.
    searched, asked_searched = sql_for(client, "/aktuelt/?q=Byggjestart")

    assert [title for _about, title, _pictures in news_items(first)] == [
        "Byggjestart",
        "Grunnarbeid",
    ]
    assert news_items(searched) == news_items(first)[:1]
    assert news_items(searched)[0][2], "the card's picture"
    # The cards' pictures and authors were asked for once, by the first page.
    assert "statusupdateimage" in asked_first
    assert "statusupdateimage" not in asked_searched
    assert "contactperson" not in asked_searched


def test_a_change_shows_at_once_in_the_kept_news_cards(client):
    project = make_project("Ny skule i Nedre Li")
    update = make_update(project, title="Byggjestart", published_at=timezone.now() - timedelta(1))
    before = client.get("/aktuelt/")
    assert news_items(before) == [("Prosjekt: Ny skule i Nedre Li", "Byggjestart", [])]

    update.title = "Byggjestart i mai"
    update.save()
    make_update_image(update)
    project.title = "Ny skule og barnehage i Nedre Li"
    project.save()

    ((about, title, pictures),) = news_items(client.get("/aktuelt/"))
    assert (about, title) == ("Prosjekt: Ny skule og barnehage i Nedre Li", "Byggjestart i mai")
    assert len(pictures) == 1


def test_with_the_fragment_cache_off_the_news_cards_are_made_afresh(client, settings):
    settings.FRAGMENT_CACHE_ENABLED = False
    project = make_project("Ny skule i Nedre Li")
    make_update_image(make_update(project, published_at=timezone.now() - timedelta(1)))

    client.get("/aktuelt/")
    again, asked_again = sql_for(client, "/aktuelt/")

    assert "statusupdateimage" in asked_again
    assert len(news_items(again)[0][2]) == 1


def test_an_overview_made_afresh_again_asks_the_database_for_nothing_but_news(client):
    for number in range(30):
        make_project(f"Prosjekt {number:02}", status="ongoing")

    first, asked_first = queries_for(client, "/?status=ongoing&page=2")
    again, asked_again = queries_for(client, "/?status=ongoing&page=2")

    assert card_titles(again) == card_titles(first) and len(card_titles(first)) == 12
    # The order over all projects, the cards and the filter lists were all kept: what is
    # left is asking whether anything changed (none at all where PostgreSQL tells).
    assert asked_again <= 1 < asked_first


def test_a_project_published_or_hidden_shows_at_once_in_a_kept_order(client):
    make_project("Ny skule i Nedre Li", status="ongoing")
    hidden = make_project("Bustader ved fjorden", status="ongoing", is_published=False)
    assert card_titles(client.get("/?status=ongoing")) == ["Ny skule i Nedre Li"]

    hidden.is_published = True
    hidden.save()
    assert set(card_titles(client.get("/?status=ongoing"))) == {
        "Ny skule i Nedre Li",
        "Bustader ved fjorden",
    }

    hidden.is_published = False
    hidden.save()
    assert card_titles(client.get("/?status=ongoing")) == ["Ny skule i Nedre Li"]


def test_a_kept_filter_form_shows_each_visitor_what_they_chose(client):
    make_area("Nedre Li")
    make_project("Ny skule i Nedre Li", status="ongoing")

    def chosen(response):
        form = BeautifulSoup(response.text, "html.parser").select_one("form.filters")
        status = form.select_one("#id_status option[selected]")
        return form.select_one("#id_q").get("value"), status and status["value"]

    for _ in range(2):
        assert chosen(client.get("/?q=skule&status=ongoing")) == ("skule", "ongoing")
        assert chosen(client.get("/?q=bustad&status=planned")) == ("bustad", "planned")
        assert chosen(client.get("/")) == (None, "")
    # A value no list offers is not kept, and shows nothing chosen.
    for _ in range(2):
        response = client.get("/?status=%3Cscript%3E&q=skule")
        assert response.status_code == 200 and chosen(response) == ("skule", None)
        assert "<script>" not in response.text


# With the fragment cache off the form is rendered for the request as it is: no placeholders.
@pytest.mark.parametrize("fragments_kept", [True, False])
def test_a_kept_tip_form_carries_each_visitors_own_token_and_start_time(settings, fragments_kept):
    settings.TIP_MIN_FILL_SECONDS = 0
    settings.FRAGMENT_CACHE_ENABLED = fragments_kept
    project = make_project("Ny skule i Nedre Li")
    first = Client(enforce_csrf_checks=True)
    second = Client(enforce_csrf_checks=True)

    page = first.get(project.get_absolute_url())
    kept = second.get(project.get_absolute_url())

    for answer in (page, kept):
        assert f"@@{placeholder_mark()}:" not in answer.text

    assert hidden_value(page, "csrfmiddlewaretoken") != hidden_value(kept, "csrfmiddlewaretoken")
    assert page.cookies["csrftoken"].value != kept.cookies["csrftoken"].value
    started, _ = read_form_token(hidden_value(kept, "form_token"))
    assert time.time() - started < 5
    response = second.post(
        "/tips/",
        tip_data(csrfmiddlewaretoken=hidden_value(kept, "csrfmiddlewaretoken"))
        | {"form_token": hidden_value(kept, "form_token"), "project": str(project.pk)},
        REMOTE_ADDR="10.0.0.9",
    )
    assert response.status_code == 302
    assert Tip.objects.get().project == project


def test_a_kept_head_carries_each_pages_own_nonce_matching_its_policy(client):
    SiteSettings(accent_colour="#8a1538").save()

    first, second = client.get("/"), client.get("/")

    for response in (first, second):
        (nonce,) = nonces(response)
        assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]
    assert nonces(first) != nonces(second)
