"""Write one archive with the database, the media and the private media (see the README)."""

import tempfile

from django.core.management.base import BaseCommand, CommandError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from operations.backups import BackupError, check_archive, create_backup, summary_lines


class Command(BaseCommand):
    help = (
        "Back up the database, the media and the private media (MEDIA_ROOT and "
        "PRIVATE_MEDIA_ROOT, or the two buckets with MEDIA_STORAGE=s3) into one .tar.gz archive."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            help="Archive to write (default: framdrift-backup-<date>-<time>.tar.gz in BACKUP_DIR).",
        )
        parser.add_argument(
            "--check",
            action="store_true",
            help="Check the archive once written, as check_backup does; for timers.",
        )
        parser.add_argument(
            "--database", default="default", help="Database alias to back up (default: default)."
        )

    def handle(self, *args, output=None, check=False, database="default", **options):
        try:
            result = create_backup(output, alias=database)
        except BackupError as error:
            raise CommandError(str(error)) from error
        for name in result.skipped:
            self.stderr.write(
                _("Left out %(name)s: not a regular file (a link or a device).") % {"name": name}
            )
        self.stdout.write(
            _("Backup written to %(path)s (%(size)s).")
            % {"path": result.path, "size": filesizeformat(result.size)}
        )
        self.stdout.write(
            _(
                "It holds the %(vendor)s database, %(media)d media files and "
                "%(private)d private media files. Rows:"
            )
            % {
                "vendor": result.manifest["database"]["vendor"],
                "media": result.file_count("media"),
                "private": result.file_count("private-media"),
            }
        )
        self.stdout.write("\n".join(summary_lines(result.manifest["counts"])))
        if check:
            with tempfile.TemporaryDirectory(prefix="framdrift-check-") as workdir:
                problems = check_archive(result.path, workdir).problems
            for problem in problems:
                self.stderr.write(problem)
            if problems:
                raise CommandError(
                    _("The backup %(path)s was written but failed its check.")
                    % {"path": result.path}
                )
            self.stdout.write(
                _("Checked: every file matches its checksum, and the database can be read.")
            )
