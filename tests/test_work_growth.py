"""What a page costs the database grows with what it looks through, never with the
square of it, nor with what it does not show.

SQLite plans without statistics, by the indexes alone, the same at 160 projects as at
10,000: an index that let it read every public update once for each project made a search
over 10,000 projects take minutes (updates/migrations/0007). The work is counted in
SQLite's own steps (its progress handler), which are the same on every machine.
PostgreSQL plans by its statistics of the real tables, which tests cannot reproduce.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from projects.models import Document
from tests.base import made_afresh, nothing_kept
from tests.many_projects import SHARED_DOCUMENT, add_projects, build_the_frame

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="counts SQLite's own steps"),
]

STEPS_PER_CALL = 100


def steps_to_answer(client, url, counted=None, every=STEPS_PER_CALL):
    """SQLite's steps (in hundreds, or per `every`) for making the page with nothing kept,
    counted from the request on (a first request has made the templates and the like);
    with `counted`, only those of the queries whose SQL it is true for (and of reading
    their rows)."""
    made_afresh(client, url)
    nothing_kept()
    steps = 0
    counting = counted is None

    def count():
        nonlocal steps
        steps += counting
        return 0  # go on

    def choose(execute, sql, params, many, context):
        nonlocal counting
        counting = counted is None or counted(sql)
        return execute(sql, params, many, context)

    connection.connection.set_progress_handler(count, every)
    try:
        with connection.execute_wrapper(choose):
            response = client.get(url)
    finally:
        connection.connection.set_progress_handler(None, every)
    assert response.status_code == 200
    return steps


@pytest.mark.parametrize("words", ["kaia", "ingenting slikt"])
def test_four_times_the_projects_is_at_most_four_times_the_work_for_a_search(client, words):
    build_the_frame()
    add_projects(0, 40)
    with_40 = steps_to_answer(client, f"/?q={words}")
    add_projects(40, 160)
    with_160 = steps_to_answer(client, f"/?q={words}")
    # Reading each project's own updates: at most four times the work (the page's other
    # queries grow less). Reading all updates for each project: up to sixteen times.
    assert with_160 / with_40 <= 4


def looks_for_words(sql):
    return " MATCH " in sql or " LIKE " in sql


def test_a_search_for_words_nowhere_costs_the_same_however_many_projects(client):
    build_the_frame()
    add_projects(0, 40)
    with_40 = steps_to_answer(client, "/?q=ingenting+slikt", counted=looks_for_words, every=1)
    add_projects(40, 160)
    with_160 = steps_to_answer(client, "/?q=ingenting+slikt", counted=looks_for_words, every=1)
    # The index (projects/text_search.py) finds no row for them, however many there are;
    # LIKE read every project's and every update's texts: four times the work.
    assert with_40 > 0
    assert with_160 / with_40 < 1.5


def test_the_document_library_costs_the_same_however_many_projects_and_updates(client):
    build_the_frame()
    # Written as the many projects' are: the file itself is never read by a list.
    Document.objects.bulk_create([Document(title="Kommuneplanen", file=SHARED_DOCUMENT)])
    add_projects(0, 40)
    Document.objects.exclude(title="Kommuneplanen").delete()
    with_40 = steps_to_answer(client, "/dokument/")
    add_projects(40, 160)
    Document.objects.exclude(title="Kommuneplanen").delete()
    with_160 = steps_to_answer(client, "/dokument/")
    # One document either way, among 40 or 160 projects with their updates and meetings.
    # Asking whether its owner is public by the owner's key, and when the next meeting is
    # over by an index, costs the same; reading every public update and meeting, 3.9x more.
    assert with_160 / with_40 < 1.5


def test_the_news_costs_the_same_however_many_updates(client, monkeypatch):
    # Counted exactly up to 50 here (1,000 on a site), so that both sizes go beyond it.
    monkeypatch.setattr("projects.paging.COUNTED_UP_TO", 50)
    build_the_frame()
    add_projects(0, 40)
    with_80_updates = steps_to_answer(client, "/aktuelt/")
    add_projects(40, 160)
    with_320_updates = steps_to_answer(client, "/aktuelt/")
    # Counting every public update (each looked up with its project): 1.6x the work.
    assert with_320_updates / with_80_updates < 1.1


def query_plans(client, url):
    """SQLite's plan for each query of the page made afresh: [(sql, [plan lines])]."""
    made_afresh(client, url)
    nothing_kept()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    with connection.cursor() as cursor:
        return [
            (query["sql"], [row[3] for row in cursor.execute(f"EXPLAIN QUERY PLAN {query['sql']}")])
            for query in queries
        ]


@pytest.mark.parametrize("query", ["", "?area=berg&status=ongoing"])
def test_the_overview_counts_its_projects_from_indexes_never_from_every_project_s_row(
    client, query
):
    # A project's row holds its texts in five languages: reading every row to count them
    # took 16 ms of the overview's 54 at 10,000 projects; the indexes alone, 2 ms.
    build_the_frame()
    add_projects(0, 40)
    plans = query_plans(client, f"/{query}")
    counting = [
        (sql, plan) for sql, plan in plans if sql.startswith("SELECT COUNT(") or "GROUP BY" in sql
    ]
    reading_projects = [
        (sql, line)
        for sql, plan in counting
        for line in plan
        # Not those that look up a page's projects by their keys.
        if line.startswith(("SCAN projects_project", "SEARCH projects_project"))
        and "PRIMARY KEY" not in line
    ]
    # The projects found and the projects in each status.
    assert len(reading_projects) == 2, reading_projects
    for sql, line in reading_projects:
        assert "COVERING INDEX" in line, (sql, line)
    # The page's own projects come in the overview's order, from its index: only as many
    # rows as the page shows are read, never all of them to be sorted.
    for sql, plan in plans:
        assert "SCAN projects_project" not in plan, (sql, plan)
