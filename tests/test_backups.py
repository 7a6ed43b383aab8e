"""Backups: one archive that check_backup trusts only when whole, and that restores into an
empty database and empty media folders with every project, update, picture and tip."""

import hashlib
import io
import json
import re
import stat
import tarfile
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, connections
from django.utils import translation
from PIL import Image

from contacts.models import ContactPerson, SteeringGroup
from events.models import Event
from figures.models import Indicator
from projects.models import Document, Project, ProjectImage
from tests.base import make_project, make_project_image, make_update, make_update_image, upload
from tests.test_demo import load
from tips.models import Tip
from updates.models import StatusUpdate, StatusUpdateImage

# Transactional: pg_dump and pg_restore run in processes of their own and see committed rows.
needs_database = pytest.mark.django_db(transaction=True)

RESTORED = "restored"


@pytest.fixture(autouse=True)
def english():
    # The messages are translated; these tests read the English ones.
    with translation.override("en"):
        yield


def run(command, *args, **options):
    out, err = io.StringIO(), io.StringIO()
    call_command(command, *args, stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


def check_fails(path):
    """The problems check_backup reports, one a line; it must exit non-zero."""
    err = io.StringIO()
    with pytest.raises(CommandError, match="not usable"):
        call_command("check_backup", str(path), stdout=io.StringIO(), stderr=err)
    return err.getvalue()


def tree(root):
    """sha256 of every file below root, by its path inside root."""
    root = Path(root)
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in root.rglob("*")
        if path.is_file()
    }


def snapshot(using="default"):
    """What residents and the process leader would miss, in comparable form."""
    return {
        "projects": list(
            Project.objects.using(using).values_list("slug", "title", "status", "updated_at")
        ),
        "updates": list(
            StatusUpdate.objects.using(using).values_list("project__slug", "title", "published_at")
        ),
        "project pictures": list(
            ProjectImage.objects.using(using).values_list("project__slug", "image", "alt_text")
        ),
        "update pictures": list(
            StatusUpdateImage.objects.using(using).values_list("update__title", "image")
        ),
        "documents": list(Document.objects.using(using).values_list("title", "file", "size")),
        "tips": list(
            Tip.objects.using(using).values_list("message", "email", "photo", "created_at")
        ),
        "contacts": list(ContactPerson.objects.using(using).values_list("name", "email")),
        "group projects": list(SteeringGroup.projects.through.objects.using(using).values_list()),
        "meetings": list(Event.objects.using(using).values_list("title", "starts_at")),
        "key figures": list(Indicator.objects.using(using).values_list("pk", flat=True)),
    }


@pytest.fixture
def small_site():
    """A project with a picture, a status update with a picture, a tip with a private photo."""
    project = make_project()
    make_project_image(project)
    make_update_image(make_update(project))
    Tip.objects.create(project=project, message="Sjå brua.", photo=upload("bru.jpg"))


@pytest.fixture
def demo_site():
    """The demo region, and a tip with a private photo (the demo's tips have none)."""
    load()
    Tip.objects.create(
        message="Vegen er øydelagd etter flaumen.", email="kari@example.org", photo=upload()
    )


@pytest.fixture
def archive(tmp_path):
    def make():
        path = tmp_path / "backups" / "framdrift.tar.gz"
        path.parent.mkdir(exist_ok=True)
        run("backup", output=str(path))
        return path

    return make


@pytest.fixture
def restored_database(tmp_path):
    """A second, empty database beside the test database, reached as the alias "restored"."""
    restored = connection.copy(RESTORED)
    if connection.vendor == "sqlite":
        restored.settings_dict["NAME"] = str(tmp_path / "restored.sqlite3")
    else:
        restored.settings_dict["NAME"] = f"{connection.settings_dict['NAME']}_restored"
        drop_database(restored.settings_dict["NAME"])
        with connection.cursor() as cursor:
            cursor.execute(
                f"CREATE DATABASE {connection.ops.quote_name(restored.settings_dict['NAME'])}"
            )
    # Registered as a connection only, not in settings: Django's test isolation lets such
    # a dynamically made connection through.
    connections[RESTORED] = restored
    yield RESTORED
    restored.close()
    del connections[RESTORED]
    if connection.vendor == "postgresql":
        drop_database(restored.settings_dict["NAME"])


def drop_database(name):
    """Drop a PostgreSQL database, ending only the sessions our own role has left on it.

    Not DROP ... WITH (FORCE): that refuses when an autovacuum worker is analysing the
    restored tables (PostgreSQL 15 asks for pg_signal_backend to end it). A plain DROP
    asks autovacuum to stop and waits for it.
    """
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND usename = current_user AND pid <> pg_backend_pid()",
            [name],
        )
        cursor.execute(f"DROP DATABASE IF EXISTS {connection.ops.quote_name(name)}")


def rewrite(source, target, change):
    """Copy an archive member by member; change(members) edits the list of (info, data)."""
    with tarfile.open(source, "r:gz") as tar:
        members = [(member, tar.extractfile(member).read()) for member in tar.getmembers()]
    members = change(members)
    with tarfile.open(target, "w:gz") as tar:
        for member, data in members:
            member.size = len(data)
            tar.addfile(member, io.BytesIO(data))
    return target


# Writing a backup


@needs_database
def test_a_backup_holds_the_database_all_media_and_the_private_photos(
    demo_site, settings, tmp_path
):
    settings.BACKUP_DIR = tmp_path / "backups"

    out, _err = run("backup", check=True)

    [path] = settings.BACKUP_DIR.iterdir()
    assert re.fullmatch(r"framdrift-backup-\d{8}-\d{6}\.tar\.gz", path.name)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # it holds residents' personal data
    assert str(path) in out
    assert f"projects: {Project.objects.count()}" in out
    assert f"tips from residents: {Tip.objects.count()}" in out
    assert "Checked: every file matches its checksum, and the database can be read." in out

    with tarfile.open(path) as tar:
        names = set(tar.getnames())
        manifest = json.load(tar.extractfile("manifest.json"))
    assert names == {"manifest.json", *manifest["files"]}
    assert manifest["database"]["member"] in names
    media = {f"media/{name}" for name in tree(settings.MEDIA_ROOT)}
    private = {f"private-media/{name}" for name in tree(settings.PRIVATE_MEDIA_ROOT)}
    assert media and private  # pictures, renditions, documents; the tip's photo
    assert media | private <= names
    tip_photo = Tip.objects.exclude(photo="").get().photo.name
    assert manifest["files"][f"private-media/{tip_photo}"]["size"] > 0
    assert manifest["counts"]["projects.Project"]["rows"] == Project.objects.count()
    assert manifest["counts"]["updates.StatusUpdateImage"]["rows"] > 0
    assert manifest["counts"]["figures.Indicator"]["rows"] == Indicator.objects.count()
    assert "0001_initial" in manifest["migrations"]["projects"]
    assert manifest["database"]["vendor"] == connection.vendor


def test_a_backup_is_never_written_into_the_public_media_folder(settings):
    settings.MEDIA_ROOT.mkdir()
    with pytest.raises(CommandError, match="MEDIA_ROOT"):
        run("backup", output=str(settings.MEDIA_ROOT / "backup.tar.gz"))
    assert not list(settings.MEDIA_ROOT.glob("*.tar.gz*"))


# Checking a backup


def flip_a_byte(name):
    def change(members):
        return [
            (member, bytes([data[0] ^ 0xFF]) + data[1:] if member.name == name else data)
            for member, data in members
        ]

    return change


def add_evil(members):
    return [*members, (tarfile.TarInfo("../evil"), b"#!/bin/sh\n")]


def drop(name):
    return lambda members: [(member, data) for member, data in members if member.name != name]


def unreadable_database(members):
    """Garbage for the database, with a manifest that vouches for it."""
    manifest = json.loads(next(data for m, data in members if m.name == "manifest.json"))
    member = manifest["database"]["member"]
    garbage = b"not a database " * 1000
    manifest["files"][member] = {"sha256": hashlib.sha256(garbage).hexdigest(), "size": 15000}
    replaced = {member: garbage, "manifest.json": json.dumps(manifest).encode()}
    return [(m, replaced.get(m.name, data)) for m, data in members]


@needs_database
def test_check_backup_passes_a_whole_backup_and_names_each_kind_of_damage(
    small_site, archive, tmp_path
):
    path = archive()
    picture = f"media/{ProjectImage.objects.get().image.name}"
    photo = f"private-media/{Tip.objects.get().photo.name}"
    damage = {
        "flipped": (flip_a_byte(picture), f"{picture}: its checksum does not match"),
        "evil": (add_evil, "../evil: refused, its path leads outside"),
        "incomplete": (drop(photo), f"{photo}: listed in the manifest but missing"),
        "unlisted": (drop("manifest.json"), "manifest.json is missing"),
        "garbage": (unreadable_database, "The database cannot be read"),
    }

    out, err = run("check_backup", str(path))
    assert "The backup is good" in out
    assert f"{connection.vendor} database readable" in out
    assert not err
    for name, (change, reason) in damage.items():
        damaged = rewrite(path, tmp_path / f"{name}.tar.gz", change)
        assert reason in check_fails(damaged), name
    cut = tmp_path / "cut.tar.gz"
    cut.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    assert "damaged or cut short" in check_fails(cut)


# Restoring


@needs_database
def test_a_restore_into_an_empty_database_and_folders_brings_back_everything(
    demo_site, archive, restored_database, settings, tmp_path
):
    path = archive()
    before = snapshot()
    media, private = tree(settings.MEDIA_ROOT), tree(settings.PRIVATE_MEDIA_ROOT)
    # A new machine: empty folders, an empty database.
    settings.MEDIA_ROOT = tmp_path / "new-media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "new-private-media"

    out, err = run("restore_backup", str(path), database=restored_database)

    assert "Every row count matches the backup's manifest." in out
    assert f"{len(media)} media files and {len(private)} private media files" in out
    assert not err
    after = snapshot(using=restored_database)
    assert after == before
    assert all(after.values())  # every kind of content was there to be lost
    assert tree(settings.MEDIA_ROOT) == media
    assert tree(settings.PRIVATE_MEDIA_ROOT) == private
    # Residents' photos come back readable by the site's own account only.
    for path in Path(settings.PRIVATE_MEDIA_ROOT).rglob("*"):
        assert path.stat().st_mode & 0o777 == (0o700 if path.is_dir() else 0o600), path
    pictures = [
        *ProjectImage.objects.using(restored_database),
        *StatusUpdateImage.objects.using(restored_database),
    ]
    for picture in pictures:
        with Image.open(picture.image.path) as image:
            image.verify()
    tip = Tip.objects.using(restored_database).exclude(photo="").get()
    with Image.open(Path(settings.PRIVATE_MEDIA_ROOT) / tip.photo.name) as photo:
        photo.verify()
    if connection.vendor == "postgresql":
        # Analyzed by the restore itself (last_analyze; autovacuum's is last_autoanalyze):
        # the first pages are planned for the rows that are there, not for empty tables.
        with connections[restored_database].cursor() as cursor:
            cursor.execute(
                "SELECT relname, last_analyze IS NOT NULL FROM pg_stat_user_tables "
                "WHERE relname LIKE %s",
                ["projects_%"],
            )
            analyzed = dict(cursor.fetchall())
        assert analyzed and all(analyzed.values()), analyzed


@needs_database
def test_a_restore_refuses_a_damaged_backup_and_needs_force_over_content_or_files(
    small_site, archive, restored_database, settings, tmp_path
):
    path = archive()
    picture = f"media/{ProjectImage.objects.get().image.name}"
    damaged = rewrite(path, tmp_path / "damaged.tar.gz", flip_a_byte(picture))
    tables = connections[restored_database].introspection.table_names

    with pytest.raises(CommandError, match="Nothing was restored"):
        run("restore_backup", str(damaged), database=restored_database, force=True)
    with pytest.raises(CommandError, match=r"MEDIA_ROOT.*is not empty.*--force"):
        run("restore_backup", str(path), database=restored_database)
    assert "projects_project" not in tables()  # refused before touching anything

    settings.MEDIA_ROOT = tmp_path / "new-media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "new-private-media"
    run("restore_backup", str(path), database=restored_database)
    with pytest.raises(CommandError, match=r"already has content.*--force"):
        run("restore_backup", str(path), database=restored_database)

    out, _err = run("restore_backup", str(path), database=restored_database, force=True)
    assert "Every row count matches" in out
    assert Project.objects.using(restored_database).count() == 1
