"""The demo, loaded once per test process and language, then copied back for each test that
asks for it again: loading it draws some thirty pictures and makes their renditions (about
4.5 seconds), and the browser tests and the language checks ask for it some fifty times a
run, each after the database was emptied.

A copy is used only where it gives exactly what loading would: on SQLite's in-memory test
database outside a transaction, when every table holds as many rows as when the copy was
taken (the database as emptied between tests) and the test's media folders are empty, on
the same day and within minutes (the demo's dates count from the moment it is loaded).
Anywhere else the demo is loaded as usual. The pictures' files are copied back with the
rows that name them."""

import atexit
import shutil
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from demo import loader as demo_loader
from pagecache.models import ContentGeneration

# The demo's times are "now" less a few minutes, and meetings are days from today: a copy
# older than this could show an hour in another light than loading it anew would.
KEPT_FOR_SECONDS = 10 * 60


@dataclass
class Snapshot:
    database: sqlite3.Connection
    media: Path
    taken_at: float


_snapshots = {}


def load_demo(language):
    """The demo in `language` in the test database, as `load_demo` makes it."""
    state = _state_before(language)
    snapshot = _snapshots.get(state) if state else None
    if snapshot and time.monotonic() - snapshot.taken_at < KEPT_FOR_SECONDS:
        _restore(snapshot)
        return
    call_command("load_demo", language=language, verbosity=0)
    if state:
        _snapshots[state] = _take()


def _media_roots():
    return [Path(settings.MEDIA_ROOT), Path(settings.PRIVATE_MEDIA_ROOT)]


def _state_before(language):
    """What the copy must match, or None where a copy cannot stand for loading."""
    if connection.vendor != "sqlite" or not connection.is_in_memory_db():
        return None
    if connection.in_atomic_block:
        return None
    if any(root.exists() and any(root.iterdir()) for root in _media_roots()):
        return None
    # The models' tables: the search index's own (SQLite's FTS5) are not emptied between
    # tests, and are copied back with the rows they index.
    tables = sorted(connection.introspection.django_table_names(only_existing=True))
    with connection.cursor() as cursor:
        counts = tuple(
            cursor.execute(f"SELECT count(*) FROM {connection.ops.quote_name(table)}").fetchone()[0]
            for table in tables
        )
    # The pictures' size as the test set it (tests/browser/pages.load_demo).
    return (language, demo_loader.PICTURE_SIZE, timezone.localdate(), tuple(tables), counts)


def _take():
    copy = sqlite3.connect(":memory:", check_same_thread=False)
    connection.connection.backup(copy)
    media = Path(tempfile.mkdtemp(prefix="framdrift-demo-snapshot-"))
    atexit.register(shutil.rmtree, media, ignore_errors=True)
    for number, root in enumerate(_media_roots()):
        if root.exists():
            shutil.copytree(root, media / str(number))
    return Snapshot(copy, media, time.monotonic())


def _restore(snapshot):
    snapshot.database.backup(connection.connection)
    for number, root in enumerate(_media_roots()):
        kept = snapshot.media / str(number)
        if kept.exists():
            shutil.copytree(kept, root, dirs_exist_ok=True)
    # The rows' ids are the copy's: what this process remembers of them goes, and cached
    # pages retire as after any change.
    ContentType.objects.clear_cache()
    ContentGeneration.objects.renew()
