"""Check a backup archive on its own, without touching the site's database or files."""

import tempfile

from django.core.management.base import BaseCommand, CommandError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from operations.backups import check_archive


class Command(BaseCommand):
    help = (
        "Check a backup archive: checksums, sizes, unexpected or missing files, unsafe paths, "
        "and that the database in it can be read. Exits non-zero if anything is wrong."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The .tar.gz archive written by manage.py backup.")

    def handle(self, *args, path, **options):
        with tempfile.TemporaryDirectory(prefix="framdrift-check-") as workdir:
            result = check_archive(path, workdir)
        if result.problems:
            for problem in result.problems:
                self.stderr.write(problem)
            raise CommandError(
                _("The backup %(path)s is not usable: %(count)d problem(s) found.")
                % {"path": path, "count": len(result.problems)}
            )
        manifest = result.manifest
        self.stdout.write(
            _(
                "The backup is good: made %(created)s, %(files)d files (%(size)s), "
                "its %(vendor)s database readable."
            )
            % {
                "created": manifest["created_at"],
                "files": len(manifest["files"]),
                "size": filesizeformat(result.size),
                "vendor": manifest["database"]["vendor"],
            }
        )
