"""The search's index of the status updates' texts on SQLite (projects/text_search.py)."""

from django.db import migrations

from projects.text_search import CreateTextIndex


class Migration(migrations.Migration):
    dependencies = [("updates", "0007_index_for_a_projects_visible_updates")]

    operations = [
        CreateTextIndex(
            "updates_statusupdate", fields=("title", "body"), languages=("nn", "nb", "sv", "da", "en")
        ),
    ]
