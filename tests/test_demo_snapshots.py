"""The tests' copy of the demo (tests/demo_snapshots.py) gives what loading it gives: every
row, the search index and the pictures' files; and it stands aside where it could not."""

import shutil
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import connection

from projects.models import Project
from tests import demo_snapshots
from tests.browser.pages import load_demo

pytestmark = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="the copy is of SQLite's in-memory test database"
)


def every_row():
    """Every table's rows but the content generation's (renewed by any change)."""
    rows = {}
    with connection.cursor() as cursor:
        tables = [
            name
            for (name,) in cursor.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            ).fetchall()
            if name != "pagecache_contentgeneration"
        ]
        for table in tables:
            quoted = connection.ops.quote_name(table)
            rows[table] = sorted(map(repr, cursor.execute(f"SELECT * FROM {quoted}").fetchall()))
    return rows


def every_file(root):
    root = Path(root)
    return {
        str(path.relative_to(root)): path.read_bytes() for path in root.rglob("*") if path.is_file()
    }


@pytest.fixture
def copies(monkeypatch):
    """The copies of this test alone, and how often one was put back."""
    monkeypatch.setattr(demo_snapshots, "_snapshots", {})
    restored = []
    restore = demo_snapshots._restore
    monkeypatch.setattr(
        demo_snapshots, "_restore", lambda snapshot: restored.append(snapshot) or restore(snapshot)
    )
    return restored


def emptied():
    """The database as it is between tests."""
    call_command("flush", interactive=False, verbosity=0)


def test_the_demo_put_back_is_the_demo_loaded_with_its_search_and_pictures(
    transactional_db, client, monkeypatch, settings, copies
):
    emptied()
    load_demo(monkeypatch)
    assert copies == []
    loaded, pictures = every_row(), every_file(settings.MEDIA_ROOT)
    assert len(pictures) > 30

    emptied()
    for root in [settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT]:
        shutil.rmtree(root, ignore_errors=True)
    load_demo(monkeypatch)

    assert len(copies) == 1
    assert every_row() == loaded
    assert every_file(settings.MEDIA_ROOT) == pictures
    # The search index came back with the rows it points to: a project is found by a word
    # of its name.
    project = Project.objects.visible().order_by("pk").last()
    word = max(project.title.split(), key=len)
    found = client.get("/", {"q": word}).content.decode()
    assert f'href="{project.get_absolute_url()}"' in found


def test_a_database_that_holds_more_than_an_emptied_one_gets_the_demo_loaded(
    transactional_db, monkeypatch, copies
):
    emptied()
    load_demo(monkeypatch)
    projects = Project.objects.count()
    emptied()
    User.objects.create_user("kari")
    load_demo(monkeypatch)

    assert copies == []
    assert User.objects.filter(username="kari").exists()
    assert Project.objects.count() == projects


def test_inside_a_transaction_the_demo_is_loaded(db, monkeypatch, copies):
    load_demo(monkeypatch)
    assert copies == []
    assert demo_snapshots._snapshots == {}
    assert Project.objects.exists()
