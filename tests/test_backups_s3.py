"""Backups with media on object storage (MEDIA_STORAGE=s3): the archive holds the buckets'
objects, check_backup trusts it, and a restore puts them back, byte for byte. The archive is
the one a site with media on disk writes, so media moves from disk into buckets and back."""

import hashlib
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.management import CommandError

from config.media_storages import s3_storages
from projects.models import Document, ProjectImage
from tests.s3server import PRIVATE_BUCKET, PUBLIC_BUCKET, media_buckets
from tests.test_backups import (  # noqa: F401 - fixtures
    archive,
    english,
    restored_database,
    run,
    small_site,
    snapshot,
    tree,
)
from tips.models import Tip

# In no group: these tests empty the database after them (transaction=True), which
# pytest-django leaves until every other test of the process has run (tests/conftest.py).
pytestmark = pytest.mark.django_db(transaction=True)

PUBLIC, PRIVATE = PUBLIC_BUCKET, PRIVATE_BUCKET
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture(scope="module")
def s3():
    with media_buckets() as server:
        yield server


@pytest.fixture
def use_buckets(s3, settings, monkeypatch):
    """Call to move the site's media into the two (emptied) buckets, as MEDIA_STORAGE=s3."""

    def switch():
        for name, value in s3.env(PUBLIC, PRIVATE).items():
            monkeypatch.setenv(name, value)
        settings.STORAGES = settings.STORAGES | s3_storages(PUBLIC, PRIVATE)
        settings.MEDIA_URL = f"{s3.endpoint_url}/{PUBLIC}/"

    yield switch
    s3.empty(PUBLIC)
    s3.empty(PRIVATE)


def bucket_tree(s3, bucket):
    """sha256 of every object in the bucket, by its key (as tree() does for a folder)."""
    return {key: hashlib.sha256(s3.read(bucket, key)).hexdigest() for key in s3.keys(bucket)}


def files_on_disk(*folders):
    return [
        path for folder in folders if Path(folder).exists() for path in Path(folder).rglob("*.*")
    ]


def with_a_document():
    """small_site and a document: public media besides pictures."""
    project = ProjectImage.objects.get().project
    return Document.objects.create(
        project=project, title="Plan", file=ContentFile(PDF, name="plan.pdf"), is_published=True
    )


def test_a_backup_of_the_buckets_is_checked_and_restores_them_byte_for_byte(
    s3,
    use_buckets,
    archive,  # noqa: F811
    restored_database,  # noqa: F811
    settings,
    request,
):
    use_buckets()
    request.getfixturevalue("small_site")  # made once the media is in the buckets
    document = with_a_document()
    public, private = bucket_tree(s3, PUBLIC), bucket_tree(s3, PRIVATE)
    assert list(private) == [Tip.objects.get().photo.name]
    assert document.file.name in public
    assert files_on_disk(settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT) == []
    before = snapshot()

    path = archive()

    out, _err = run("check_backup", str(path))
    assert "The backup is good" in out
    # Buckets still full: a restore would write over what is there.
    with pytest.raises(CommandError, match=rf"bucket {PUBLIC} \(S3_MEDIA_BUCKET\) is not empty"):
        run("restore_backup", str(path), database=restored_database)

    s3.empty(PUBLIC)
    s3.empty(PRIVATE)
    out, err = run("restore_backup", str(path), database=restored_database)

    assert f"{len(public)} media files and {len(private)} private media files" in out
    assert "Every row count matches the backup's manifest." in out
    assert not err
    assert snapshot(using=restored_database) == before
    assert bucket_tree(s3, PUBLIC) == public
    assert bucket_tree(s3, PRIVATE) == private
    assert files_on_disk(settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT) == []


def test_media_on_disk_moves_into_the_buckets_and_back_through_a_backup(
    s3,
    use_buckets,
    small_site,  # noqa: F811
    archive,  # noqa: F811
    restored_database,  # noqa: F811
    settings,
    tmp_path,
):
    with_a_document()
    media, private = tree(settings.MEDIA_ROOT), tree(settings.PRIVATE_MEDIA_ROOT)
    on_disk = archive()

    # The site moves to object storage: the backup made on disk restores into the buckets.
    use_buckets()
    out, _err = run("restore_backup", str(on_disk), database=restored_database)

    assert f"{len(media)} media files and {len(private)} private media files" in out
    assert bucket_tree(s3, PUBLIC) == media
    assert bucket_tree(s3, PRIVATE) == private
    picture = ProjectImage.objects.using(restored_database).get()
    assert picture.image.url == f"{s3.endpoint_url}/{PUBLIC}/{picture.image.name}"

    # And back: a backup of the buckets restores into empty folders on disk.
    in_buckets = tmp_path / "from-buckets.tar.gz"
    run("backup", output=str(in_buckets), database=restored_database)
    settings.STORAGES = settings.STORAGES | {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "private": {"BACKEND": "config.media_storages.PrivateFileSystemStorage"},
    }
    settings.MEDIA_ROOT = tmp_path / "new-media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "new-private-media"
    run("restore_backup", str(in_buckets), database=restored_database, force=True)

    assert tree(settings.MEDIA_ROOT) == media
    assert tree(settings.PRIVATE_MEDIA_ROOT) == private
    for path in settings.PRIVATE_MEDIA_ROOT.rglob("*"):
        assert path.stat().st_mode & 0o777 == (0o700 if path.is_dir() else 0o600), path
