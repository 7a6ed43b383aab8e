"""Refuse to run on a database migrated by a newer version of Framdrift.

After an upgrade has migrated the database, starting the previous version on it (a
second app server not yet upgraded, or going back without restoring the backup) would
read and write tables that have changed under it. manage.py and config/wsgi.py call
refuse_newer_database() first, so such a start stops with one line instead.

A migration is "newer" when django_migrations records it for one of this project's own
apps while the code has no such migration file, nor a squashed migration replacing it.
Other apps are left alone: an app uninstalled since leaves its rows behind, harmlessly.
"""

import pkgutil
import sys
from importlib import import_module
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

from config.version import framdrift_version

PROJECT = Path(__file__).resolve().parent.parent

# What the IT provider needs on a newer database: backups, and going back to one.
COMMANDS_ALLOWED = {"backup", "check_backup", "restore_backup", "framdrift_version", "help"}


class NewerDatabase(ImproperlyConfigured):
    pass


def own_app_labels():
    """The project's apps: top-level folders of the checkout, not packages in the venv."""
    return {
        app.label for app in apps.get_app_configs() if Path(app.path).resolve().parent == PROJECT
    }


def migration_names_on_disk(label):
    """Names of the app's migration files, found without importing them (cheap)."""
    module_name, _explicit = MigrationLoader.migrations_module(label)
    try:
        package = import_module(module_name)
    except ModuleNotFoundError:
        return set()
    return {
        name
        for _finder, name, is_package in pkgutil.iter_modules(getattr(package, "__path__", []))
        if not is_package and name[0] not in "_~"
    }


def replaced_by_squashes(labels):
    """Migrations a squashed migration stands in for: their files may be gone, rows stay."""
    loader = MigrationLoader(None, ignore_no_migrations=True)
    return {
        replaced
        for (label, _name), migration in loader.disk_migrations.items()
        if label in labels
        for replaced in migration.replaces
    }


def unknown_migrations(connection):
    """Applied migrations of our apps that this code does not know, as "app.name"."""
    recorder = MigrationRecorder(connection)
    if not recorder.has_table():
        return []  # A fresh database: migrate creates everything.
    labels = own_app_labels()
    on_disk = {label: migration_names_on_disk(label) for label in labels}
    unknown = {
        (app, name)
        for app, name in recorder.migration_qs.values_list("app", "name")
        if app in labels and name not in on_disk[app]
    }
    if unknown:
        unknown -= replaced_by_squashes(labels)
    return sorted(f"{app}.{name}" for app, name in unknown)


def database_is_absent(connection):
    """A SQLite file not made yet: connecting would create it, and it is fresh anyway."""
    name = str(connection.settings_dict["NAME"])
    return connection.vendor == "sqlite" and ":memory:" not in name and not Path(name).exists()


def check_database_version(alias=DEFAULT_DB_ALIAS):
    """Raise NewerDatabase if a newer Framdrift has migrated the database.

    Silent when the database cannot be reached: the command or the site then reports
    that in its own way (config/database_down.py).
    """
    connection = connections[alias]
    if database_is_absent(connection):
        return
    try:
        unknown = unknown_migrations(connection)
    except DatabaseError:
        return
    finally:
        # Closed, so that gunicorn's workers never share the master's connection.
        connection.close()
    if unknown:
        raise NewerDatabase(
            f"This database was migrated by a newer Framdrift ({unknown[0]} is unknown to "
            f"this version {framdrift_version()}): install that version or newer, or restore "
            "a backup made before the upgrade."
        )


def refuse_newer_database(argv=None):
    """For manage.py: exit with the one line before any command on a newer database."""
    argv = sys.argv if argv is None else argv
    command = argv[1] if len(argv) > 1 else "help"
    if command in COMMANDS_ALLOWED or command.startswith("-"):
        return
    try:
        # Loads the settings: a missing one is for the command to report, in its own way.
        settings.INSTALLED_APPS  # noqa: B018
    except ImproperlyConfigured:
        return
    import django

    django.setup()
    try:
        check_database_version()
    except NewerDatabase as error:
        sys.exit(str(error))
