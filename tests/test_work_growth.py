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

from projects.models import Document
from tests.base import made_afresh, nothing_kept
from tests.many_projects import SHARED_DOCUMENT, add_projects, build_the_frame

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="counts SQLite's own steps"),
]

STEPS_PER_CALL = 100


def steps_to_answer(client, url):
    """SQLite's steps (in hundreds) for making the page with nothing kept, counted from
    the request on (a first request has made the templates and the like)."""
    made_afresh(client, url)
    nothing_kept()
    steps = 0

    def count():
        nonlocal steps
        steps += 1
        return 0  # go on

    connection.connection.set_progress_handler(count, STEPS_PER_CALL)
    try:
        response = client.get(url)
    finally:
        connection.connection.set_progress_handler(None, STEPS_PER_CALL)
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
