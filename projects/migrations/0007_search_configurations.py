"""Text-search configurations that fold accents before stemming, on PostgreSQL: a search
for "kafe" finds "kafé". One per language of the site (projects.models.SEARCH_CONFIGS);
unaccent is a trusted extension, so the database's owner may create it."""

from django.db import migrations

LANGUAGES = ["norwegian", "swedish", "danish", "english"]


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    for language in LANGUAGES:
        name = f"framdrift_{language}"
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
        schema_editor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {language})")
        schema_editor.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR hword, hword_part, word "
            f"WITH unaccent, {language}_stem"
        )


def remove(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for language in LANGUAGES:
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS framdrift_{language}")


class Migration(migrations.Migration):
    dependencies = [("projects", "0006_site_look")]

    operations = [migrations.RunPython(create, remove)]
