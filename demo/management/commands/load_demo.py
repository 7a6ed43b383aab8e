"""Load the demo region in a language; with --projects N, also N generated projects for
trying it at size."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from demo.content import NoDemoContent, languages
from demo.generated import generate_projects
from demo.loader import DemoLoader


def summary(counter):
    return ", ".join(f"{count} {label}" for label, count in counter.items())


class Command(BaseCommand):
    help = (
        "Load demo content: three fictional municipalities with villages, projects, status "
        "updates, groups and contact persons. Running it again adds nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--language",
            metavar="CODE",
            help=f"The language of the demo's texts: one of {', '.join(languages())} "
            "(default: the site's, LANGUAGE_CODE). Its texts are stored as the site's own.",
        )
        parser.add_argument(
            "--projects",
            type=int,
            default=0,
            metavar="N",
            help="Also make N generated projects, each with updates, pictures, a group and "
            "contact persons. Running it again with the same N adds nothing.",
        )

    def handle(self, *args, language, projects, verbosity, **options):
        if projects < 0:
            raise CommandError("--projects must be 0 or more.")
        language = language or settings.LANGUAGE_CODE
        try:
            loader = DemoLoader(language)
        except NoDemoContent as error:
            raise CommandError(str(error)) from None
        # All or nothing: a failure halfway leaves no half-loaded demo behind.
        with transaction.atomic():
            loader.load()
            added, already = generate_projects(projects) if projects else (0, 0)
        if verbosity < 1:
            return
        if language != settings.LANGUAGE_CODE:
            self.stderr.write(
                f"Note: the site speaks {settings.LANGUAGE_CODE} (LANGUAGE_CODE); the demo's "
                f"{language} texts are stored as its {settings.LANGUAGE_CODE} texts."
            )
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
