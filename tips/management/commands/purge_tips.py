"""Erase the personal data of tips handled longer ago than TIP_RETENTION_DAYS.

Meant for a daily timer (see the README). Spam is deleted entirely.
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from tips.models import Tip


class Command(BaseCommand):
    help = "Erase personal data of tips handled more than TIP_RETENTION_DAYS days ago."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only say how many tips would be erased."
        )

    def handle(self, *args, dry_run=False, **options):
        due = Tip.objects.due_for_purge()
        count = due.count()
        if not dry_run:
            with transaction.atomic():
                for tip in due.select_for_update():
                    tip.erase_personal_data()
        verb = "Would erase" if dry_run else "Erased"
        self.stdout.write(
            f"{verb} the personal data of {count} tip(s) handled more than "
            f"{settings.TIP_RETENTION_DAYS} days ago."
        )
