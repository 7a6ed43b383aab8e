"""Restore a backup archive into an empty database and empty media folders (see the README)."""

import tempfile

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from operations.backups import BackupError, check_archive, restore, summary_lines


class Command(BaseCommand):
    help = (
        "Check a backup archive, then restore its database and its media into MEDIA_ROOT and "
        "PRIVATE_MEDIA_ROOT, or the two buckets with MEDIA_STORAGE=s3. Refuses a database "
        "with content, or media folders or buckets with files, unless --force."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The .tar.gz archive written by manage.py backup.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace the database even if it has content, and write over media files.",
        )
        parser.add_argument("--database", default="default", help="Database alias to restore into.")

    def handle(self, *args, path, force=False, database="default", **options):
        with tempfile.TemporaryDirectory(prefix="framdrift-restore-") as workdir:
            checked = check_archive(path, workdir)
            if checked.problems:
                for problem in checked.problems:
                    self.stderr.write(problem)
                raise CommandError(
                    _("Nothing was restored: the backup %(path)s failed its check.")
                    % {"path": path}
                )
            try:
                result = restore(
                    path, checked.manifest, checked.database_file, alias=database, force=force
                )
            except BackupError as error:
                raise CommandError(str(error)) from error

        self.stdout.write(
            _(
                "Restored the database, %(media)d media files and %(private)d private media "
                "files from the backup made %(created)s. Rows:"
            )
            % {
                "media": result.files["media"],
                "private": result.files["private-media"],
                "created": result.manifest["created_at"],
            }
        )
        counts = {label: {"rows": rows} for label, rows in result.counts.items()}
        self.stdout.write("\n".join(summary_lines(counts)))
        if result.unknown_migrations:
            self.stderr.write(
                _(
                    "The backup comes from a newer version of Framdrift (%(count)d migrations "
                    "this code does not know): install that version before starting the site."
                )
                % {"count": result.unknown_migrations}
            )
        elif result.pending_migrations:
            self.stdout.write(
                _(
                    "The backup comes from an older version: run manage.py migrate "
                    "(%(count)d migrations to apply) before starting the site."
                )
                % {"count": result.pending_migrations}
            )
        if result.differences:
            for difference in result.differences:
                self.stderr.write(difference)
            raise CommandError(_("The restored database does not match the backup's manifest."))
        self.stdout.write(_("Every row count matches the backup's manifest."))
