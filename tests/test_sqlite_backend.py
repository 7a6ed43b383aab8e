"""The SQLite backend (config/sqlite_backend): each statement's placeholders converted as
Django's own backend converts them, once per process rather than at every run."""

import pytest
from django.db import connection
from django.db.backends.sqlite3.base import SQLiteCursorWrapper as DjangosCursor

from config.sqlite_backend.base import with_qmarks
from tests.base import make_project, make_update, nothing_kept

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's backend"),
]


@pytest.mark.parametrize(
    "statement",
    [
        "SELECT a FROM t WHERE b = %s AND c IN (%s, %s)",
        "SELECT a FROM t WHERE b LIKE '%%å%%' ESCAPE '\\' AND c = %s",
        "SELECT '100%%s' || %s",  # a literal percent sign before an s
        "SELECT %s, '%%%s'",
        "SELECT a FROM t",
    ],
)
def test_statements_read_as_djangos_own_backend_reads_them(statement):
    djangos = DjangosCursor.convert_query(None, statement)
    assert with_qmarks(statement) == djangos
    with connection.cursor() as cursor:
        assert cursor.cursor.convert_query(statement) == djangos


def test_the_site_runs_on_it_and_finds_what_was_saved():
    assert connection.settings_dict["ENGINE"] == "config.sqlite_backend"
    project = make_project("Ny bru over Li-elva", summary="Brua er 100 % ferdig")
    assert project.get_absolute_url()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT title FROM projects_project WHERE summary LIKE %s AND title = %s",
            ["%100 %%", "Ny bru over Li-elva"],
        )
        assert cursor.fetchall() == [("Ny bru over Li-elva",)]


def statements_with_values(found):
    def wrapper(execute, sql, params, many, context):
        if params is not None and not many:
            found.append(sql)
        return execute(sql, params, many, context)

    return wrapper


def test_a_page_made_afresh_again_converts_no_statement_anew(client):
    project = make_project("Ny bru over Li-elva")
    make_update(project)
    for address in ["/", project.get_absolute_url(), "/aktuelt/"]:
        nothing_kept()
        assert client.get(address).status_code == 200
        before = with_qmarks.cache_info()
        nothing_kept()
        with_values = []
        with connection.execute_wrapper(statements_with_values(with_values)):
            assert client.get(address).status_code == 200
        after = with_qmarks.cache_info()
        assert after.misses == before.misses, address
        # Every statement with values came from the kept conversions.
        assert after.hits - before.hits >= len(with_values) > 5, address
