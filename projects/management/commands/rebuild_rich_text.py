"""Make every stored copy of rich text again (projects/rich_html.py).

Pages never show a copy that does not match its text: they clean and render the text as
the page is made instead, which is right but slower. Run this when many copies no longer
match: after DJANGO_SECRET_KEY was changed and the old key left DJANGO_SECRET_KEY_FALLBACKS,
after texts were written straight into the database, or after a backup from another site
was restored. Saving a text in the admin makes its copy again too.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from projects.rich_html import rebuild_everywhere


class Command(BaseCommand):
    help = "Make the stored copy of every rich text again, as residents read it."

    def handle(self, *args, **options):
        with transaction.atomic():
            done = rebuild_everywhere()
        for label, count in done.items():
            self.stdout.write(f"{label}: {count} row(s) made again.")
