"""The SQL the IT provider's guides give for monitoring runs against the real tables.

A query copied from the guide into psql must work: a wrong table name (as once with the
task table) only shows the day something is wrong. On PostgreSQL each query runs; on
SQLite, whose dialect lacks `interval`, the tables each one names must exist.
"""

import re
from pathlib import Path

import pytest
from django.db import connection

DOCS = Path(__file__).resolve().parent.parent / "docs"
# Inline code spans that hold a query, possibly wrapped over lines of the Markdown.
QUERY = re.compile(r"`(SELECT\b[^`]*)`", re.IGNORECASE)
TABLE = re.compile(r"\b(?:FROM|JOIN)\s+([a-z_][a-z0-9_]*)", re.IGNORECASE)


def documented_queries():
    for guide in sorted(DOCS.glob("*.md")):
        for query in QUERY.findall(guide.read_text(encoding="utf-8")):
            yield pytest.param(" ".join(query.split()), id=f"{guide.name}:{query[:40]}")


QUERIES = list(documented_queries())


def test_the_guides_give_monitoring_queries():
    assert len(QUERIES) >= 2


@pytest.mark.django_db
@pytest.mark.parametrize("query", QUERIES)
def test_a_documented_query_names_real_tables_and_runs(query):
    tables = set(TABLE.findall(query))
    assert tables, query
    assert tables <= set(connection.introspection.table_names()), query
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(query)
            cursor.fetchall()
