"""Backups: the database, the media and the private media in one archive that can be
checked on its own and restored on a new machine.

The archive is a .tar.gz with
    database/framdrift.sqlite3   the SQLite database, or
    database/framdrift.pgdump    a PostgreSQL dump in pg_dump's custom format
    media/...                    MEDIA_ROOT: pictures and documents
    private-media/...            PRIVATE_MEDIA_ROOT: residents' photos from tips
    manifest.json                written last: what the archive holds, with the sha256 and
                                 size of every other file and the row counts of the database

With media on object storage (MEDIA_STORAGE=s3) media/ and private-media/ hold the objects of
the two buckets instead, read and written through the site's storages: the archive is the
same either way, so a backup made on disk restores into buckets and back.
"""

import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import django
from django.apps import apps
from django.conf import settings
from django.core.files import File
from django.core.files.storage import FileSystemStorage, storages
from django.db import DatabaseError, connections
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone
from django.utils.translation import gettext as _

from config.media_storages import private_storage

FORMAT = "framdrift-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE_MEMBERS = {
    "sqlite": "database/framdrift.sqlite3",
    "postgresql": "database/framdrift.pgdump",
}
# The folders of the archive and the settings naming where they live on the machine.
MEDIA_FOLDERS = {"media": "MEDIA_ROOT", "private-media": "PRIVATE_MEDIA_ROOT"}
# The same folders in buckets: the settings naming the buckets.
MEDIA_BUCKETS = {"media": "S3_MEDIA_BUCKET", "private-media": "S3_PRIVATE_BUCKET"}
# Whose rows are counted into the manifest and compared after a restore.
COUNTED_APPS = ["projects", "updates", "contacts", "tips", "events", "figures"]
# A database holding rows of any of these already has content a restore would replace.
CONTENT_MODELS = [
    "projects.Project",
    "updates.StatusUpdate",
    "contacts.ContactPerson",
    "tips.Tip",
    "events.Event",
    "figures.Indicator",
]
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
CHUNK = 1024 * 1024


class BackupError(Exception):
    """Something the IT provider must fix before a backup or restore can go on."""


def backup_dir():
    return Path(getattr(settings, "BACKUP_DIR", settings.BASE_DIR / "backups"))


def default_backup_name():
    return timezone.localtime().strftime("framdrift-backup-%Y%m%d-%H%M%S.tar.gz")


def summary_lines(counts):
    """The rows a person checks first, as "label: count" lines."""
    labels = {
        "projects.Project": _("projects"),
        "updates.StatusUpdate": _("status updates"),
        "projects.ProjectImage": _("project pictures"),
        "updates.StatusUpdateImage": _("status update pictures"),
        "projects.Document": _("documents"),
        "contacts.ContactPerson": _("contact persons"),
        "tips.Tip": _("tips from residents"),
        "events.Event": _("meetings"),
        "figures.Indicator": _("key figures"),
    }
    return [
        f"  {label}: {counts[model]['rows']}" for model, label in labels.items() if model in counts
    ]


# Creating a backup


@dataclass
class BackupResult:
    path: Path
    size: int
    manifest: dict
    skipped: list[str] = field(default_factory=list)

    def file_count(self, folder):
        return sum(1 for name in self.manifest["files"] if name.startswith(f"{folder}/"))


def create_backup(output=None, alias="default"):
    """Write the archive atomically (a hidden temporary file, then a rename), readable by
    its owner only: it holds personal data."""
    connection = connections[alias]
    if connection.vendor not in DATABASE_MEMBERS:
        raise BackupError(
            _("Backups support SQLite and PostgreSQL, not %(vendor)s.")
            % {"vendor": connection.vendor}
        )
    if output is None:
        folder = backup_dir()
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        output = folder / default_backup_name()
    elif str(output).endswith(os.sep) or Path(output).is_dir():
        output = Path(output) / default_backup_name()
    output = Path(output).absolute()
    for setting in MEDIA_FOLDERS.values():
        if output.resolve().is_relative_to(Path(getattr(settings, setting)).resolve()):
            # MEDIA_ROOT is served to everyone, and each backup would hold the one before.
            raise BackupError(
                _("Do not write backups into %(setting)s; choose another folder.")
                % {"setting": setting}
            )
    if not output.parent.is_dir():
        raise BackupError(_("The folder %(folder)s does not exist.") % {"folder": output.parent})

    staging = Path(tempfile.mkdtemp(prefix=".framdrift-backup-", dir=output.parent))
    descriptor, partial = tempfile.mkstemp(
        prefix=f".{output.name}.", suffix=".part", dir=output.parent
    )
    try:
        member = DATABASE_MEMBERS[connection.vendor]
        database_file = staging / PurePosixPath(member).name
        try:
            if connection.vendor == "sqlite":
                migrations, counts = _dump_sqlite(connection, database_file)
            else:
                migrations, counts = _dump_postgresql(connection, database_file)
        except (DatabaseError, sqlite3.Error) as error:
            raise BackupError(
                _("The database cannot be read: %(error)s") % {"error": error}
            ) from error
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "created_at": timezone.now().isoformat(),
            "django_version": django.get_version(),
            "site_url": getattr(settings, "SITE_URL", ""),
            "database": {"vendor": connection.vendor, "member": member},
            "migrations": migrations,
            "counts": counts,
            "files": {},
        }
        skipped = []
        with os.fdopen(descriptor, "wb") as raw:
            with tarfile.open(fileobj=raw, mode="w:gz", compresslevel=6) as tar:
                manifest["files"][member] = _add_file(tar, database_file, member)
                for place in media_places():
                    manifest["files"].update(place.add_to(tar, skipped))
                data = json.dumps(manifest, indent=2, sort_keys=True).encode()
                info = tarfile.TarInfo(MANIFEST)
                info.size = len(data)
                info.mtime = int(timezone.now().timestamp())
                info.mode = 0o644
                tar.addfile(info, io.BytesIO(data))
            # Only now, with the gzip trailer written, is the archive whole on disk.
            raw.flush()
            os.fsync(raw.fileno())
        os.chmod(partial, 0o600)
        os.replace(partial, output)
        _sync_folder(output.parent)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return BackupResult(output, output.stat().st_size, manifest, skipped)


def _counted_tables():
    """(label, table) of every model of the counted apps, many-to-many tables included."""
    tables = []
    for label in COUNTED_APPS:
        for model in apps.get_app_config(label).get_models(include_auto_created=True):
            if model._meta.managed and not model._meta.proxy:
                tables.append((model._meta.label, model._meta.db_table))
    return tables


def _quote(name):
    return '"' + name.replace('"', '""') + '"'


def _read_state(cursor, existing_tables):
    """Applied migrations and row counts, read through one cursor (one snapshot)."""
    migrations = {}
    if "django_migrations" in existing_tables:
        cursor.execute("SELECT app, name FROM django_migrations ORDER BY app, name")
        for app, name in cursor.fetchall():
            migrations.setdefault(app, []).append(name)
    counts = {}
    for label, table in _counted_tables():
        if table in existing_tables:
            cursor.execute(f"SELECT COUNT(*) FROM {_quote(table)}")
            counts[label] = {"table": table, "rows": cursor.fetchone()[0]}
    return migrations, counts


def _dump_sqlite(connection, target):
    """SQLite's online backup API: a consistent copy while the site goes on writing."""
    connection.ensure_connection()
    copy = sqlite3.connect(target)
    try:
        connection.connection.backup(copy)
        # A file of its own, with no -wal file beside it; the site turns WAL on again.
        copy.execute("PRAGMA journal_mode=DELETE")
        cursor = copy.cursor()
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return _read_state(cursor, {row[0] for row in cursor.fetchall()})
    finally:
        copy.close()


def _dump_postgresql(connection, target):
    """pg_dump reads the snapshot the counts were read in, so they describe the same moment."""
    snapshot = connection.copy()
    try:
        snapshot.ensure_connection()
        snapshot.set_autocommit(False)
        with snapshot.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot_id = cursor.fetchone()[0]
            cursor.execute(
                "SELECT c.relname FROM pg_class c "
                "WHERE c.relkind IN ('r', 'p') AND pg_table_is_visible(c.oid)"
            )
            migrations, counts = _read_state(cursor, {row[0] for row in cursor.fetchall()})
            _run_postgres_tool(
                "pg_dump",
                ["--format=custom", f"--file={target}", f"--snapshot={snapshot_id}"],
                connection.settings_dict,
            )
        snapshot.rollback()
    finally:
        snapshot.close()
    return migrations, counts


def _files_below(root, folder, skipped):
    """(path, archive name) of every regular file below root, in a stable order."""
    if not root.is_dir():
        return
    for directory, subfolders, names in os.walk(root):
        # os.walk does not follow links to folders: say so rather than leave them out quietly.
        for name in [name for name in subfolders if Path(directory, name).is_symlink()]:
            skipped.append(f"{folder}/{Path(directory, name).relative_to(root).as_posix()}")
            subfolders.remove(name)
        subfolders.sort()
        for name in sorted(names):
            path = Path(directory, name)
            relative = path.relative_to(root).as_posix()
            if path.is_symlink() or not path.is_file():
                skipped.append(f"{folder}/{relative}")
                continue
            yield path, f"{folder}/{relative}"


class _HashingReader:
    def __init__(self, source):
        self.source = source
        self.sha256 = hashlib.sha256()
        self.size = 0

    def read(self, size=-1):
        data = self.source.read(size)
        self.sha256.update(data)
        self.size += len(data)
        return data


def _add_file(tar, path, name):
    """Add one file, hashing exactly the bytes that go into the archive."""
    with open(path, "rb") as source:
        stat = os.fstat(source.fileno())
        info = tarfile.TarInfo(name)
        info.size = stat.st_size
        info.mtime = int(stat.st_mtime)
        info.mode = stat.st_mode & 0o644
        reader = _HashingReader(source)
        tar.addfile(info, reader)
    return {"sha256": reader.sha256.hexdigest(), "size": reader.size}


def _sync_folder(folder):
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


# Where media lives: folders on this server's disk, or buckets


def media_places():
    """The archive's media folders, each as this site keeps it."""
    return [_place("media", storages["default"]), _place("private-media", private_storage)]


def _place(folder, storage):
    if isinstance(storage, FileSystemStorage):
        return MediaFolder(folder, Path(getattr(settings, MEDIA_FOLDERS[folder])))
    return MediaBucket(folder, storage)


@dataclass
class MediaFolder:
    """MEDIA_ROOT or PRIVATE_MEDIA_ROOT on this server's disk."""

    folder: str
    root: Path

    @property
    def is_private(self):
        return MEDIA_FOLDERS[self.folder] == "PRIVATE_MEDIA_ROOT"

    def add_to(self, tar, skipped):
        """Add every file to the archive; their manifest entries by archive name."""
        return {
            name: _add_file(tar, path, name)
            for path, name in _files_below(self.root, self.folder, skipped)
        }

    def refuse_unless_empty(self):
        if self.root.is_dir() and any(self.root.iterdir()):
            raise BackupError(
                _(
                    "%(setting)s (%(root)s) is not empty. Restore into empty folders, or "
                    "add --force to write over files with the same names."
                )
                % {"setting": MEDIA_FOLDERS[self.folder], "root": self.root}
            )

    def restore(self, name, source, expected, mode):
        """Write one file from the archive, checked again as it is written."""
        root = self.root.resolve()
        target = root / name
        # Resolved before anything is made: a link inside the folder must not lead out.
        if not target.parent.resolve().is_relative_to(root):
            raise BackupError(
                _("%(name)s: refused, its path leads outside the folder it would go into.")
                % {"name": f"{self.folder}/{name}"}
            )
        # Residents' photos are for the site's own account alone, as the private storage
        # writes them.
        _make_folders(target.parent, root, 0o700 if self.is_private else 0o755)
        incoming = target.with_name(f".{target.name}.restoring")
        incoming.unlink(missing_ok=True)
        with open(incoming, "xb") as out:
            digest = _hash_stream(source, out)
        if digest != expected:
            incoming.unlink()
            raise _damaged(f"{self.folder}/{name}")
        os.chmod(incoming, 0o600 if self.is_private else mode & 0o644 | 0o600)
        os.replace(incoming, target)


@dataclass
class MediaBucket:
    """A bucket of object storage, reached through the site's storage for it."""

    folder: str
    storage: object

    @property
    def is_private(self):
        return MEDIA_FOLDERS[self.folder] == "PRIVATE_MEDIA_ROOT"

    def names(self, prefix=""):
        """Every file's name, folder by folder, in a stable order."""
        folders, files = self.storage.listdir(prefix)
        for name in sorted(files):
            yield str(PurePosixPath(prefix, name))
        for folder in sorted(folders):
            yield from self.names(str(PurePosixPath(prefix, folder)))

    def add_to(self, tar, skipped):
        entries = {}
        for name in self.names():
            member = f"{self.folder}/{name}"
            with self.storage.open(name, "rb") as source:
                info = tarfile.TarInfo(member)
                info.size = source.size
                info.mtime = int(self.storage.get_modified_time(name).timestamp())
                # As the files are on disk: private ones for the site's own account alone.
                info.mode = 0o600 if self.is_private else 0o644
                reader = _HashingReader(source)
                tar.addfile(info, reader)
            entries[member] = {"sha256": reader.sha256.hexdigest(), "size": reader.size}
        return entries

    def refuse_unless_empty(self):
        if next(self.names(), None) is not None:
            raise BackupError(
                _(
                    "The bucket %(bucket)s (%(setting)s) is not empty. Restore into empty "
                    "buckets, or add --force to write over files with the same names."
                )
                % {
                    "bucket": getattr(self.storage, "bucket_name", ""),
                    "setting": MEDIA_BUCKETS[self.folder],
                }
            )

    def restore(self, name, source, expected, mode):
        """Write one file from the archive once its bytes are checked, under its own name."""
        with tempfile.SpooledTemporaryFile(max_size=8 * CHUNK) as spool:
            if _hash_stream(source, spool) != expected:
                raise _damaged(f"{self.folder}/{name}")
            spool.seek(0)
            # The storage would give a taken name a suffix; the rows name this one.
            if self.storage.exists(name):
                self.storage.delete(name)
            saved = self.storage.save(name, File(spool, name=name))
        if saved != name:
            raise BackupError(
                _("%(name)s: the storage kept it as %(saved)s.")
                % {"name": f"{self.folder}/{name}", "saved": saved}
            )


def _damaged(name):
    return BackupError(
        _("%(name)s: its checksum does not match the manifest; the file is damaged.")
        % {"name": name}
    )


# PostgreSQL tools


def postgres_tool(name):
    """pg_dump or pg_restore: on PATH, or the newest of Debian's /usr/lib/postgresql/*/bin."""
    found = shutil.which(name)
    if found:
        return found

    def version(folder):
        return int(folder.parent.name) if folder.parent.name.isdigit() else 0

    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=version, reverse=True):
        if (folder / name).is_file():
            return str(folder / name)
    raise BackupError(
        _("%(tool)s is not installed (Debian: apt-get install postgresql-client).") % {"tool": name}
    )


def postgres_environment(settings_dict):
    """Connection details for libpq's environment variables: a password never appears on
    a command line, where other users of the machine could read it."""
    environment = os.environ.copy()
    for key, variable in [
        ("NAME", "PGDATABASE"),
        ("USER", "PGUSER"),
        ("PASSWORD", "PGPASSWORD"),
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
    ]:
        if settings_dict.get(key):
            environment[variable] = str(settings_dict[key])
    options = settings_dict.get("OPTIONS", {})
    for option in ["sslmode", "sslrootcert", "sslcert", "sslkey", "passfile", "service"]:
        if options.get(option):
            environment[f"PG{option.upper()}"] = str(options[option])
    return environment


def _run_postgres_tool(name, arguments, settings_dict):
    completed = subprocess.run(
        [postgres_tool(name), "--no-password", *arguments],
        env=postgres_environment(settings_dict),
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        error = (completed.stderr.strip().splitlines() or [""])[-1]
        raise BackupError(_("%(tool)s failed: %(error)s") % {"tool": name, "error": error})
    return completed.stdout


# Checking a backup


@dataclass
class CheckResult:
    manifest: dict | None
    problems: list[str]
    database_file: Path | None = None
    size: int = 0


def is_safe_name(name):
    """A relative path that stays inside the folder it is unpacked into."""
    if not name or "\\" in name or "\0" in name:
        return False
    path = PurePosixPath(name)
    return not path.is_absolute() and ".." not in path.parts


def _shown(name):
    """A member's name fit for one line of a terminal, whatever bytes it holds."""
    return name if name.isprintable() else ascii(name)


def check_archive(path, workdir):
    """Every problem of the archive at path, one sentence each; reads nothing but the archive.
    The database part is copied into workdir, where a restore takes it from."""
    path = Path(path)
    workdir = Path(workdir)
    problems = []
    seen = {}
    database_copies = {}
    manifest_data = None
    try:
        with tarfile.open(path, "r|gz") as tar:
            for member in tar:
                name = member.name
                if not is_safe_name(name):
                    problems.append(
                        _("%(name)s: refused, its path leads outside the folder it would go into.")
                        % {"name": _shown(name)}
                    )
                    continue
                if member.isdir():
                    continue
                if not member.isfile():
                    problems.append(
                        _("%(name)s: not a regular file (a link or a device).")
                        % {"name": _shown(name)}
                    )
                    continue
                if name in seen or (name == MANIFEST and manifest_data is not None):
                    problems.append(
                        _("%(name)s: appears more than once in the archive.")
                        % {"name": _shown(name)}
                    )
                    continue
                source = tar.extractfile(member)
                if name == MANIFEST:
                    manifest_data = source.read(MAX_MANIFEST_BYTES + 1)
                    continue
                if name.startswith("database/"):
                    copy = workdir / f"database-{len(database_copies)}"
                    database_copies[name] = copy
                    with open(copy, "wb") as target:
                        seen[name] = _hash_stream(source, target)
                else:
                    seen[name] = _hash_stream(source)
    except FileNotFoundError:
        return CheckResult(None, [_("%(path)s does not exist.") % {"path": path}])
    except (OSError, EOFError, tarfile.TarError, zlib.error) as error:
        message = _("The archive is damaged or cut short: %(error)s") % {"error": error}
        return CheckResult(None, [*problems, message])

    manifest, manifest_problem = _read_manifest(manifest_data)
    if manifest is None:
        return CheckResult(None, [*problems, manifest_problem])

    files = manifest["files"]
    for name, expected in files.items():
        if name not in seen:
            problems.append(
                _("%(name)s: listed in the manifest but missing from the archive.")
                % {"name": _shown(name)}
            )
        elif seen[name][1] != expected["size"]:
            problems.append(
                _("%(name)s: %(actual)d bytes, but the manifest says %(expected)d.")
                % {"name": _shown(name), "actual": seen[name][1], "expected": expected["size"]}
            )
        elif seen[name][0] != expected["sha256"]:
            problems.append(
                _("%(name)s: its checksum does not match the manifest; the file is damaged.")
                % {"name": _shown(name)}
            )
    problems.extend(
        _("%(name)s: not listed in the manifest; it does not belong in this backup.")
        % {"name": _shown(name)}
        for name in seen
        if name not in files
    )

    member = manifest["database"]["member"]
    database_file = database_copies.get(member)
    database_intact = database_file is not None and seen[member] == (
        files[member]["sha256"],
        files[member]["size"],
    )
    if database_intact:
        if manifest["database"]["vendor"] == "sqlite":
            problems.extend(_check_sqlite(database_file, manifest["counts"]))
        else:
            problems.extend(_check_pgdump(database_file, manifest["counts"]))
    size = sum(entry["size"] for entry in files.values())
    return CheckResult(manifest, problems, database_file if database_intact else None, size)


def _hash_stream(source, target=None):
    sha256 = hashlib.sha256()
    size = 0
    while chunk := source.read(CHUNK):
        sha256.update(chunk)
        size += len(chunk)
        if target is not None:
            target.write(chunk)
    return sha256.hexdigest(), size


def _read_manifest(data):
    """(manifest, None) if it is one this code can read, else (None, the reason)."""
    if data is None:
        return None, _("manifest.json is missing: this is not a whole Framdrift backup.")
    if len(data) > MAX_MANIFEST_BYTES:
        return None, _("manifest.json is too large to be a backup manifest.")
    try:
        manifest = json.loads(data)
    except ValueError as error:
        return None, _("manifest.json cannot be read: %(error)s") % {"error": error}
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        return None, _("manifest.json is not the manifest of a Framdrift backup.")
    if manifest.get("format_version") != FORMAT_VERSION:
        return None, _(
            "manifest.json has format version %(version)s; this version of Framdrift reads "
            "version %(supported)s."
        ) % {"version": manifest.get("format_version"), "supported": FORMAT_VERSION}
    broken = _malformed_entry(manifest)
    if broken:
        return None, _("manifest.json is damaged: the entry “%(key)s” is missing or wrong.") % {
            "key": broken
        }
    return manifest, None


def _malformed_entry(manifest):
    """The first entry of the manifest that is not as create_backup writes it, or None."""
    files = manifest.get("files")
    if not isinstance(files, dict):
        return "files"
    for name, entry in files.items():
        top = PurePosixPath(name).parts[0] if is_safe_name(name) else None
        if (
            top not in {"database", *MEDIA_FOLDERS}
            or not isinstance(entry, dict)
            or not isinstance(entry.get("sha256"), str)
            or not isinstance(entry.get("size"), int)
        ):
            return f"files: {_shown(name)}"
    database = manifest.get("database")
    if (
        not isinstance(database, dict)
        or database.get("vendor") not in DATABASE_MEMBERS
        or database.get("member") != DATABASE_MEMBERS[database["vendor"]]
        or database["member"] not in files
    ):
        return "database"
    counts = manifest.get("counts")
    if not isinstance(counts, dict) or not all(
        isinstance(entry, dict)
        and isinstance(entry.get("table"), str)
        and isinstance(entry.get("rows"), int)
        for entry in counts.values()
    ):
        return "counts"
    if not isinstance(manifest.get("migrations"), dict):
        return "migrations"
    return None


def _check_sqlite(database_file, counts):
    problems = []
    try:
        database = sqlite3.connect(f"{database_file.as_uri()}?mode=ro", uri=True)
        try:
            result = [row[0] for row in database.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                problems.append(
                    _("The database fails SQLite's integrity check: %(result)s")
                    % {"result": "; ".join(result[:3])}
                )
                return problems
            for label, entry in counts.items():
                rows = database.execute(f"SELECT COUNT(*) FROM {_quote(entry['table'])}")
                found = rows.fetchone()[0]
                if found != entry["rows"]:
                    problems.append(
                        _("The database has %(found)d rows of %(model)s, the manifest %(rows)d.")
                        % {"found": found, "model": label, "rows": entry["rows"]}
                    )
        finally:
            database.close()
    except sqlite3.Error as error:
        problems.append(_("The database cannot be read: %(error)s") % {"error": error})
    return problems


def _check_pgdump(database_file, counts):
    """pg_restore --list reads the dump's table of contents without any server."""
    try:
        listing = _run_postgres_tool("pg_restore", ["--list", str(database_file)], {})
    except BackupError as error:
        return [_("The database cannot be read: %(error)s") % {"error": error}]
    # Lines read "3368; 0 16385 TABLE DATA public projects_project framdrift".
    with_data = {
        match[2]
        for match in re.finditer(r"^\d+; \d+ \d+ TABLE DATA (\S+) (\S+) ", listing, re.MULTILINE)
    }
    return [
        _("The database dump has no data for %(model)s (table %(table)s).")
        % {"model": label, "table": entry["table"]}
        for label, entry in counts.items()
        if entry["table"] not in with_data
    ]


# Restoring


@dataclass
class RestoreResult:
    manifest: dict
    counts: dict
    differences: list[str]
    files: dict
    pending_migrations: int
    unknown_migrations: int


def content_in(connection):
    """(label, rows) of the content models that already have rows in the database."""
    found = []
    with connection.cursor() as cursor:
        tables = set(connection.introspection.table_names(cursor))
        for label in CONTENT_MODELS:
            table = apps.get_model(label)._meta.db_table
            if table in tables:
                cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")
                rows = cursor.fetchone()[0]
                if rows:
                    found.append((label, rows))
    return found


def restore(path, manifest, database_file, alias="default", force=False):
    """Put the checked archive's database and files in place, then count what arrived."""
    connection = connections[alias]
    vendor = manifest["database"]["vendor"]
    if connection.vendor != vendor:
        raise BackupError(
            _("This backup holds a %(backup)s database, but the site is set up for %(site)s.")
            % {"backup": vendor, "site": connection.vendor}
        )
    if not force:
        try:
            content = content_in(connection)
        except DatabaseError as error:
            raise BackupError(
                _("The database cannot be reached: %(error)s") % {"error": error}
            ) from error
        if content:
            found = ", ".join(f"{label} ({rows})" for label, rows in content)
            raise BackupError(
                _(
                    "The database already has content: %(found)s. Restore into an empty "
                    "database, or add --force to replace it."
                )
                % {"found": found}
            )
        for place in media_places():
            place.refuse_unless_empty()

    if vendor == "sqlite":
        _restore_sqlite(connection, database_file)
    else:
        _restore_postgresql(connection, database_file)
    files = _restore_files(path, manifest)

    connection.close()
    counts = _restored_counts(connection, manifest["counts"])
    differences = [
        _("%(model)s: %(found)s rows restored, the backup has %(rows)d.")
        % {"model": label, "found": counts.get(label, 0), "rows": entry["rows"]}
        for label, entry in manifest["counts"].items()
        if counts.get(label) != entry["rows"]
    ]
    executor = MigrationExecutor(connection)
    pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    unknown = set(executor.loader.applied_migrations) - set(executor.loader.graph.nodes)
    return RestoreResult(manifest, counts, differences, files, len(pending), len(unknown))


def _restore_sqlite(connection, database_file):
    if connection.is_in_memory_db():
        raise BackupError(_("The configured SQLite database is in memory; restore needs a file."))
    target = Path(connection.settings_dict["NAME"])
    if not target.parent.is_dir():
        raise BackupError(_("The folder %(folder)s does not exist.") % {"folder": target.parent})
    connection.close()
    incoming = target.with_name(f".{target.name}.restoring")
    incoming.unlink(missing_ok=True)
    shutil.copyfile(database_file, incoming)
    if target.exists():
        shutil.copymode(target, incoming)
    with open(incoming, "rb") as copied:
        os.fsync(copied.fileno())
    # A -wal file left from the old database would be replayed into the restored one.
    for suffix in ["-wal", "-shm", "-journal"]:
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    os.replace(incoming, target)
    _sync_folder(target.parent)


def _restore_postgresql(connection, database_file):
    """--clean --if-exists: into an empty database, or over a migrated one, all or nothing;
    then analyzed."""
    connection.close()
    _run_postgres_tool(
        "pg_restore",
        [
            "--no-owner",
            "--no-privileges",
            "--clean",
            "--if-exists",
            "--single-transaction",
            "--exit-on-error",
            f"--dbname={connection.settings_dict['NAME']}",
            str(database_file),
        ],
        connection.settings_dict,
    )
    # A dump carries no planner statistics (PostgreSQL's manual asks for ANALYZE after a
    # restore). Until autovacuum got to the tables, pages would be planned as if they were
    # empty: planned so, a count on the contacts page ran for minutes in CI.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def _restore_files(path, manifest):
    """Put back media and private media, each file checked again as it is written."""
    places = {place.folder: place for place in media_places()}
    files = manifest["files"]
    restored = dict.fromkeys(places, 0)
    with tarfile.open(path, "r|gz") as tar:
        for member in tar:
            folder, _slash, relative = member.name.partition("/")
            if member.name not in files or folder not in places or not member.isfile():
                continue
            if not is_safe_name(relative):
                raise BackupError(
                    _("%(name)s: refused, its path leads outside the folder it would go into.")
                    % {"name": member.name}
                )
            expected = (files[member.name]["sha256"], files[member.name]["size"])
            places[folder].restore(relative, tar.extractfile(member), expected, member.mode)
            restored[folder] += 1
    return restored


def _make_folders(folder, root, mode):
    """The folders down to `folder` below `root`, each new one with `mode`."""
    missing = []
    while not folder.exists() and folder != root:
        missing.append(folder)
        folder = folder.parent
    root.mkdir(mode=mode, parents=True, exist_ok=True)
    for new in reversed(missing):
        new.mkdir(mode=mode, exist_ok=True)
        os.chmod(new, mode)  # whatever the umask


def _restored_counts(connection, expected):
    counts = {}
    with connection.cursor() as cursor:
        tables = set(connection.introspection.table_names(cursor))
        for label, entry in expected.items():
            if entry["table"] in tables:
                cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(entry['table'])}")
                counts[label] = cursor.fetchone()[0]
    return counts
