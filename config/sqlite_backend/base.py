"""Django's SQLite backend, with each query's placeholders converted once per process.

Django writes SQL with %s placeholders; Python's sqlite3 wants ?. Django's backend converts
every query as it runs it, with a regular expression over the whole statement: about 1 ms
of a project page made afresh (26 queries, some of them selecting a few hundred columns of
translated fields). The pages made afresh run the same statements every time, most of them
prepared once per process (config/prepared.py), so the converted statement is kept, for the
most recent few hundred. psycopg does the same for PostgreSQL.
"""

from functools import lru_cache

from django.db.backends.sqlite3 import base


@lru_cache(maxsize=512)
def with_qmarks(query):
    """The query with Django's %s placeholders as sqlite3's ?, and %% as %."""
    return base.FORMAT_QMARK_REGEX.sub("?", query).replace("%%", "%")


class SQLiteCursorWrapper(base.SQLiteCursorWrapper):
    def convert_query(self, query, *, param_names=None):
        if param_names is None:
            return with_qmarks(query)
        return super().convert_query(query, param_names=param_names)


class DatabaseWrapper(base.DatabaseWrapper):
    def create_cursor(self, name=None):
        return self.connection.cursor(factory=SQLiteCursorWrapper)
