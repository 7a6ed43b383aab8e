"""The searches' index on SQLite: FTS5 tables with the trigram tokenizer.

On SQLite a search looked for each word with LIKE over every project's texts and every
update's, which took 45 ms for one word at 10,000 projects. A trigram index finds any run
of three or more characters wherever it stands, ignoring case (in every alphabet, where
LIKE folds only A to Z), so it finds what LIKE found, without reading every row. Words of
one or two characters are still looked for with LIKE.

Each index is an FTS5 table over its model's table ("external content": it keeps no copy
of the texts), with a column for each searched field in each language, kept up to date by
triggers in the database itself, so that every way of writing rows (the admin, bulk
writes, data migrations, SQL) keeps it right. The migrations projects/0015 and
updates/0008 make them. PostgreSQL has its own full-text search (ProjectQuerySet.search).
"""

from django.db import connections
from django.db.migrations.operations.base import Operation
from django.db.models import Q
from django.db.models.expressions import RawSQL
from modeltranslation.utils import build_localized_fieldname, get_language

# Shorter words cannot be found through trigrams.
SHORTEST_INDEXED = 3

# The indexed tables and the fields of theirs that the searches look in.
INDEXED_FIELDS = {
    "projects_project": ("title", "summary", "body"),
    "updates_statusupdate": ("title", "body"),
}


def index_name(table):
    return f"{table}_text"


# For the migrations: the languages are given, as the migration knew them.


class CreateTextIndex(Operation):
    """The migration operation that makes the index of a table on SQLite (and drops it when
    the migration is reversed); on other databases it does nothing."""

    reversible = True

    def __init__(self, table, fields, languages):
        self.table, self.fields, self.languages = table, tuple(fields), tuple(languages)

    def deconstruct(self):
        return (self.__class__.__qualname__, [self.table, self.fields, self.languages], {})

    def state_forwards(self, app_label, state):
        pass  # no model changes

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "sqlite":
            for statement in create_index(self.table, self.fields, self.languages):
                schema_editor.execute(statement)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "sqlite":
            for statement in drop_index(self.table):
                schema_editor.execute(statement)

    def describe(self):
        return f"Create the search index of {self.table} (SQLite only)"


def create_index(table, fields, languages):
    """SQL that makes the index of `table` and its triggers, and fills it."""
    index = index_name(table)
    columns = [f"{field}_{language}" for field in fields for language in languages]
    names = ", ".join(columns)
    new = ", ".join(f"new.{column}" for column in columns)
    old = ", ".join(f"old.{column}" for column in columns)
    watched = ", ".join(columns)
    return [
        f"CREATE VIRTUAL TABLE {index} USING fts5({names}, content='{table}', "
        "content_rowid='id', tokenize='trigram')",
        f"CREATE TRIGGER {index}_insert AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {index} (rowid, {names}) VALUES (new.id, {new}); END",
        f"CREATE TRIGGER {index}_delete AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {index} ({index}, rowid, {names}) VALUES ('delete', old.id, {old}); END",
        f"CREATE TRIGGER {index}_update AFTER UPDATE OF {watched} ON {table} BEGIN "
        f"INSERT INTO {index} ({index}, rowid, {names}) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO {index} (rowid, {names}) VALUES (new.id, {new}); END",
        f"INSERT INTO {index} ({index}) VALUES ('rebuild')",
    ]


def drop_index(table):
    index = index_name(table)
    return [
        *(f"DROP TRIGGER IF EXISTS {index}_{event}" for event in ("insert", "delete", "update")),
        f"DROP TABLE IF EXISTS {index}",
    ]


# For the searches


def is_indexed(queryset, word):
    return (
        connections[queryset.db].vendor == "sqlite"
        and long_enough(word)
        and queryset.model._meta.db_table in INDEXED_FIELDS
    )


def long_enough(word):
    """Whether the trigram index can answer for the word."""
    return len(word) >= SHORTEST_INDEXED


def rows_with(model, fields, word):
    """The ids of the model's rows with the word in any of these fields, in the language
    pages are shown in (as `title__icontains` looks in `title_nn` on a Nynorsk page)."""
    return rows_matching(model, match_expression(fields, word))


def rows_matching(model, term):
    """The ids of the model's rows that FTS5's term (match_expression) finds."""
    index = index_name(model._meta.db_table)
    return RawSQL(f"SELECT rowid FROM {index} WHERE {index} MATCH %s", [term])


def searched_text(text):
    """What a search looks for: the words typed, single-spaced, at most 200 characters."""
    return " ".join(text.split())[:200]


def search_terms(text):
    """The overview's search for the words of text as FTS5 terms, {"in_projects": [...],
    "in_news": [...]}, a pair per word, for ProjectQuerySet.search_indexed; None when a word
    is too short for the index. SQLite's alone: the caller asks which database it is."""
    words = text.split()
    if not words or not all(long_enough(word) for word in words):
        return None
    return {
        "in_projects": [project_term(word) for word in words],
        "in_news": [news_term(word) for word in words],
    }


def project_term(word):
    return match_expression(INDEXED_FIELDS["projects_project"], word)


def news_term(word):
    return match_expression(INDEXED_FIELDS["updates_statusupdate"], word)


def match_expression(fields, word):
    """FTS5's query for the word in these fields' columns of the page's language."""
    language = get_language()
    columns = " ".join(build_localized_fieldname(field, language) for field in fields)
    # A quoted string: whatever the resident typed is text to find, never FTS5 syntax.
    phrase = '"' + word.replace('"', '""') + '"'
    return f"{{{columns}}} : {phrase}"


def projects_with_terms(update_model, term, now):
    """The ids of the projects with a visible update (StatusUpdateQuerySet.visible: published,
    its time come) holding FTS5's term (news_term) in its title or text. Written as a join
    from the index, since SQLite, planning without statistics, would otherwise read every
    visible update through its index on publication to ask each whether the index holds it."""
    table = update_model._meta.db_table
    index = index_name(table)
    return RawSQL(
        f"SELECT news.project_id FROM {index} JOIN {table} news ON news.id = {index}.rowid "
        f"WHERE {index} MATCH %s AND news.is_published AND news.published_at <= %s",
        [term, now],
    )


def word_in(queryset, fields, word):
    """A Q: the word in any of these fields, of the queryset's model or through a foreign
    key ("project__title"), found through the indexes."""
    model = queryset.model
    own = [field for field in fields if "__" not in field]
    found = Q(pk__in=rows_with(model, own, word)) if own else Q()
    related = {}
    for field in fields:
        if "__" in field:
            relation, name = field.split("__", 1)
            related.setdefault(relation, []).append(name)
    for relation, names in related.items():
        target = model._meta.get_field(relation).related_model
        found |= Q(**{f"{relation}__in": rows_with(target, names, word)})
    return found
