"""The searches on SQLite through their trigram index (projects/text_search.py): what LIKE
found, found without reading every text; the index kept in step with every way rows are
written; whatever a resident types is text to look for."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.utils import timezone

from projects.models import Project
from projects.text_search import INDEXED_FIELDS, index_name
from tests.base import make_project, make_update, nothing_kept
from updates.models import StatusUpdate

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="the trigram index is SQLite's"),
]


def found(client, words, path="/"):
    nothing_kept()
    response = client.get(path, {"q": words})
    assert response.status_code == 200
    page = BeautifulSoup(response.text, "html.parser")
    if path == "/":
        return sorted(h.get_text(strip=True) for h in page.select("#results .card__title"))
    return sorted(h.get_text(strip=True) for h in page.select(".news-item .update__title"))


@pytest.fixture
def quay():
    project = make_project(
        "Utbetring av kaia",
        slug="kaia",
        summary="Kommunen og grendalaget byggjer ny kai.",
        body="<p>Molo og flytebrygge ved Øyane, med straum til båtane.</p>",
    )
    make_update(project, title="Støypinga er ferdig", body="<p>Betongen herdar no.</p>")
    return project


def test_a_search_finds_a_word_anywhere_in_a_project_s_texts_or_its_news(client, quay):
    make_project("Ny skule", slug="skule", summary="Skulen får nye klasserom.")

    assert found(client, "kai") == ["Utbetring av kaia"]  # part of a word in the title
    assert found(client, "grendalag") == ["Utbetring av kaia"]  # in the summary
    assert found(client, "flytebrygge") == ["Utbetring av kaia"]  # in the text
    assert found(client, "betongen") == ["Utbetring av kaia"]  # in its news
    assert found(client, "kaia klasserom") == []  # every word must be there
    assert found(client, "kaia molo") == ["Utbetring av kaia"]


def test_three_words_each_must_be_there_whatever_else_is_chosen(client, quay):
    """Up to four words share one prepared query: the third is asked twice."""
    make_project(
        "Ny skule ved kaia", slug="skule", summary="Skulen får nye klasserom.", status="planned"
    )

    assert found(client, "kaia molo øyane") == ["Utbetring av kaia"]
    assert found(client, "kaia molo klasserom") == []
    assert found(client, "kaia skule klasserom") == ["Ny skule ved kaia"]
    assert found(client, "øyane kaia betongen") == ["Utbetring av kaia"]  # one in its news
    nothing_kept()
    ongoing = client.get("/", {"q": "kaia ved", "status": quay.status})
    titles = BeautifulSoup(ongoing.text, "html.parser").select("#results .card__title")
    assert [title.get_text(strip=True) for title in titles] == ["Utbetring av kaia"]


def test_capitals_do_not_matter_in_any_alphabet(client, quay):
    # LIKE folded A to Z only: "BÅTANE" found nothing before.
    assert found(client, "BÅTANE") == ["Utbetring av kaia"]
    assert found(client, "MOLO") == ["Utbetring av kaia"]


def test_short_words_are_still_found(client, quay):
    make_project("Bu i Li", slug="bu-i-li", summary="To tun.")
    assert found(client, "li") == ["Bu i Li"]
    assert found(client, "tun li") == ["Bu i Li"]


def test_hidden_projects_and_news_are_never_found(client, quay):
    make_project("Kaia i Nord", slug="kaia-nord", is_published=False)
    make_update(quay, title="Utkast om sementen", is_published=False)
    make_update(quay, title="Seinare om sementen", published_at=timezone.now() + timedelta(days=3))

    assert found(client, "kaia") == ["Utbetring av kaia"]
    assert found(client, "sementen") == []


@pytest.mark.parametrize(
    "words",
    [
        '"',
        '"kaia',
        'kaia" OR "skule',
        "kai*",
        "NEAR(kai molo)",
        "{title_nn}: kai",
        "kaia AND",
        "^kai",
    ],
)
def test_whatever_is_typed_is_text_to_look_for_never_an_error(client, quay, words):
    results = found(client, words)
    news = found(client, words, path="/aktuelt/")
    # Found only where the characters stand as typed, as LIKE found them.
    assert results == [] and news == []


def test_the_index_follows_every_change_to_the_texts(client, quay):
    quay.title = "Ny molo i Fjordvik"
    quay.save()
    assert found(client, "fjordvik") == ["Ny molo i Fjordvik"]
    assert found(client, "utbetring") == []

    # Written past the ORM's save(): QuerySet.update() and bulk writes, as data migrations do.
    Project.objects.filter(pk=quay.pk).update(summary_nn="Hamna får straum frå land.")
    assert found(client, "landstraum") == [] and found(client, "frå land") == ["Ny molo i Fjordvik"]
    Project.objects.bulk_create(
        [Project(title="Gangbru over elva", slug="gangbru", is_published=True)]
    )
    assert found(client, "gangbru") == ["Gangbru over elva"]

    StatusUpdate.objects.filter(project=quay).update(title_nn="Kaikanten er klar")
    assert found(client, "kaikanten", path="/aktuelt/") == ["Kaikanten er klar"]

    quay.delete()
    assert found(client, "fjordvik") == []
    assert found(client, "kaikanten", path="/aktuelt/") == []


def test_the_news_search_finds_words_in_the_news_and_its_project_s_name(client, quay):
    make_update(None, title="Vegen er open", body="<p>Alle kan køyre igjen.</p>")

    assert found(client, "kaia", path="/aktuelt/") == ["Støypinga er ferdig"]  # its project
    assert found(client, "herdar", path="/aktuelt/") == ["Støypinga er ferdig"]
    assert found(client, "KØYRE", path="/aktuelt/") == ["Vegen er open"]


def test_every_migration_leaves_the_index_and_its_triggers_in_place():
    # SQLite remakes a table for some changes to it, and its triggers go with it: a later
    # migration that does so must make them again, or the index would fall behind.
    with connection.cursor() as cursor:
        cursor.execute("SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'")
        triggers = set(cursor.fetchall())
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        tables = {row[0] for row in cursor.fetchall()}
    for table in INDEXED_FIELDS:
        assert index_name(table) in tables
        for event in ("insert", "delete", "update"):
            assert (f"{index_name(table)}_{event}", table) in triggers
