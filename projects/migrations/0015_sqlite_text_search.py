"""The search's index of the projects' texts on SQLite (projects/text_search.py); nothing on PostgreSQL."""

from django.db import migrations

from projects.text_search import CreateTextIndex


class Migration(migrations.Migration):
    dependencies = [("projects", "0014_overview_counts_from_indexes")]

    operations = [
        CreateTextIndex(
            "projects_project", fields=("title", "summary", "body"), languages=("nn", "nb", "sv", "da", "en")
        ),
    ]
