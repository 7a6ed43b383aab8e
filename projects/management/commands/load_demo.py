"""Load the demo region; with --projects N, also N generated projects for trying it at size."""

from django.core.management.base import BaseCommand
from django.db import transaction

from projects.demo.generated import generate_projects
from projects.demo.loader import DemoLoader


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
            help="Also make N generated projects, each with updates, pictures and a group.",
        )

    def handle(self, *args, projects, **options):
        if projects < 0:
            self.stderr.write("--projects must be 0 or more.")
            return
        with transaction.atomic():
            created = DemoLoader().load()
            generated = generate_projects(projects) if projects else 0
        if created:
            summary = ", ".join(f"{count} {label}" for label, count in created.items())
            self.stdout.write(f"Demo content loaded: {summary}.")
        else:
            self.stdout.write("Demo content is already there; nothing added.")
        if projects:
            self.stdout.write(f"Generated projects: {generated} added, {projects} wanted in all.")
