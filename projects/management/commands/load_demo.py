"""Load the demo region; with --projects N, also N generated projects for trying it at size."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from projects.demo.generated import generate_projects
from projects.demo.loader import DemoLoader


def summary(counter):
    return ", ".join(f"{count} {label}" for label, count in counter.items())


class Command(BaseCommand):
    help = (
        "Load demo content: three fictional municipalities with villages, projects, status "
        "updates, groups and contact persons. Running it again adds nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--projects",
            type=int,
            default=0,
            metavar="N",
            help="Also make N generated projects, each with updates, pictures, a group and "
            "contact persons. Running it again with the same N adds nothing.",
        )

    def handle(self, *args, projects, verbosity, **options):
        if projects < 0:
            raise CommandError("--projects must be 0 or more.")
        # All or nothing: a failure halfway leaves no half-loaded demo behind.
        with transaction.atomic():
            loader = DemoLoader().load()
            added, already = generate_projects(projects) if projects else (0, 0)
        if verbosity < 1:
            return
        if loader.created:
            self.stdout.write(f"Demo content created: {summary(loader.created)}.")
            if loader.existing:
                self.stdout.write(f"Already there: {summary(loader.existing)}.")
        else:
            self.stdout.write(
                f"Demo content already there ({summary(loader.existing)}); nothing added."
            )
        if projects:
            self.stdout.write(f"Generated projects: {added} added, {already} already there.")
