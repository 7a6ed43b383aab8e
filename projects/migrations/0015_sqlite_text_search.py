"""The search's index on SQLite (projects/text_search.py); nothing on PostgreSQL."""

from django.db import migrations

from projects.text_search import create_index, drop_index

TABLE = "projects_project"
FIELDS = ("title", "summary", "body")
LANGUAGES = ("nn", "nb", "sv", "da", "en")


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for statement in create_index(TABLE, FIELDS, LANGUAGES):
            schema_editor.execute(statement)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for statement in drop_index(TABLE):
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("projects", "0014_overview_counts_from_indexes")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
