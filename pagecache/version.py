"""What the kept pages and fragments were made by: a digest of the site's own code,
templates and translations, Django's version and the static files' manifest.

Part of every key, so that after a deploy the new code never serves what the old one made.
That matters with Redis, which outlives the app servers; local memory starts empty anyway.
"""

import functools
import hashlib
from pathlib import Path

import django
from django.apps import apps
from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage

SOURCE_SUFFIXES = (".py", ".html", ".txt", ".mo")


@functools.cache
def code_version():
    digest = hashlib.sha256(django.get_version().encode())
    base = Path(settings.BASE_DIR).resolve()
    for path in sorted(_source_files(base)):
        # Relative names: servers with the same code in other folders share their pages.
        digest.update(str(path.relative_to(base)).encode())
        digest.update(path.read_bytes())
    digest.update(str(getattr(staticfiles_storage, "manifest_hash", "")).encode())
    return digest.hexdigest()[:12]


def _source_files(base):
    folders = {Path(folder) for engine in settings.TEMPLATES for folder in engine["DIRS"]}
    folders |= {Path(folder) for folder in settings.LOCALE_PATHS}
    # The project's own apps: those under BASE_DIR (checked below) but not installed ones.
    folders |= {Path(app.path) for app in apps.get_app_configs() if "site-packages" not in app.path}
    folders.add(base / "config")
    for folder in folders:
        if not folder.resolve().is_relative_to(base):
            continue
        for path in folder.rglob("*"):
            if path.suffix in SOURCE_SUFFIXES and path.is_file():
                yield path.resolve()
