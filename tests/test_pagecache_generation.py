"""Each request asks which content generation it sees (pagecache.models). On SQLite the
token read last is used again while SQLite says nothing has been committed since by any
other connection (PRAGMA data_version); these tests change the generation from this
connection and from others, committed and rolled back, and see every committed change at
once in this process (across app server processes: tests/test_pagecache_processes.py).
Transactional: inside a test's transaction every request asks the database."""

import sqlite3
import threading

import pytest
from django.db import DatabaseError, connection, connections, transaction
from django.test.utils import CaptureQueriesContext

from pagecache.models import ContentGeneration
from tests.base import make_project


def on_sqlite_marks(test):
    """On the suite's own database, when that is SQLite."""
    test = pytest.mark.django_db(transaction=True)(test)
    return pytest.mark.skipif(connection.vendor != "sqlite", reason="data_version is SQLite's")(
        test
    )


TABLE = "pagecache_contentgeneration"


def current():
    return ContentGeneration.objects.current()


def in_another_thread(work):
    """work() on a connection of its own, as another app server process would."""

    def run():
        try:
            work()
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()


def queries_asked(work):
    with CaptureQueriesContext(connection) as asked:
        work()
    return [query["sql"] for query in asked.captured_queries]


@on_sqlite_marks
def test_the_token_is_read_once_while_nothing_changes():
    ContentGeneration.objects.renew()
    first = current()
    assert queries_asked(current) == []
    assert current() == first


@on_sqlite_marks
def test_a_change_committed_on_another_connection_is_seen_at_once():
    ContentGeneration.objects.renew()
    before = current()
    with connections.create_connection("default").cursor() as cursor:
        cursor.execute(f"UPDATE {TABLE} SET token = 'elsewhere' WHERE id = 1")
    assert current() == "elsewhere" != before


@on_sqlite_marks
def test_a_change_of_this_connection_is_seen_at_once_and_one_rolled_back_never():
    ContentGeneration.objects.renew()
    before = current()
    seen_inside = []

    def change_then_roll_back():
        with transaction.atomic():
            ContentGeneration.objects.renew()
            seen_inside.append(current())  # the transaction sees its own change
            raise RuntimeError("changed my mind")

    with pytest.raises(RuntimeError):
        change_then_roll_back()
    assert seen_inside[0] != before
    assert current() == before
    ContentGeneration.objects.renew()
    assert current() != before


@on_sqlite_marks
def test_a_page_from_the_cache_shows_a_title_another_process_just_saved(client):
    project = make_project("Ny bru over Storelva", slug="ny-bru")
    assert "Ny bru over Storelva" in client.get("/prosjekt/ny-bru/").text
    assert client.get("/prosjekt/ny-bru/")["X-Page-Cache"] == "hit"

    def rename():
        project.title = "Ny gangbru over Storelva"
        project.save()

    in_another_thread(rename)
    page = client.get("/prosjekt/ny-bru/")
    assert page["X-Page-Cache"] == "miss"
    assert "Ny gangbru over Storelva" in page.text


class FailingDriver:
    """A SQLite connection whose disk has failed."""

    def execute(self, sql, *args):
        raise sqlite3.OperationalError("disk I/O error")


@on_sqlite_marks
def test_a_failing_question_to_sqlite_is_a_database_error_the_page_cache_steps_aside_for():
    current()
    driver, connection.connection = connection.connection, FailingDriver()
    try:
        with pytest.raises(DatabaseError):
            current()
    finally:
        connection.connection = driver
