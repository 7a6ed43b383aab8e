# Not named "version": manage.py version is Django's own and prints Django's version.
from django.core.management.base import BaseCommand

from config.version import framdrift_version


class Command(BaseCommand):
    help = "Print the version of Framdrift this checkout holds, as in CHANGELOG.md."

    requires_system_checks = []

    def handle(self, *args, **options):
        self.stdout.write(framdrift_version())
