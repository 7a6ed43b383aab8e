"""Media on S3-compatible object storage (MEDIA_STORAGE=s3), against a real S3 server
(SeaweedFS, tests/s3server.py): public pictures in a bucket residents read, private photos
in a bucket nobody reaches without the site's keys."""

import re
import subprocess
import sys
import urllib.error
import urllib.request
from datetime import timedelta
from pathlib import Path

import pytest
from botocore.exceptions import ClientError
from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages
from django.db import models
from django.utils import timezone

from bench.servers import PROJECT
from config.media_storages import PUBLIC_MEDIA_FOLDERS, private_storage, s3_storages
from projects import kept_uploads
from projects.images import dated_upload_path
from projects.models import Document, ProjectImage
from tests.admin_forms import project_form
from tests.base import jpeg_bytes, make_process_leader, make_project, upload
from tests.s3server import PRIVATE_BUCKET, PUBLIC_BUCKET, media_buckets
from tests.test_admin_updates import update_form
from tests.test_tips import TIP_PAGE, tip_data
from tips.models import Tip
from updates.models import StatusUpdate

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("s3")]

PUBLIC, PRIVATE = PUBLIC_BUCKET, PRIVATE_BUCKET
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PICTURE_ROW = {"caption": "", "credit": "", "position": "0"}


@pytest.fixture(scope="module")
def s3():
    with media_buckets() as server:
        yield server


@pytest.fixture
def s3_media(s3, settings, monkeypatch):
    """The site with its media in the two buckets, as MEDIA_STORAGE=s3 sets it up."""
    for name, value in s3.env(PUBLIC, PRIVATE).items():
        monkeypatch.setenv(name, value)
    settings.STORAGES = settings.STORAGES | s3_storages(PUBLIC, PRIVATE)
    # S3_MEDIA_URL: residents' browsers fetch pictures from the bucket's own address.
    settings.MEDIA_URL = f"{s3.endpoint_url}/{PUBLIC}/"
    yield s3
    s3.empty(PUBLIC)
    s3.empty(PRIVATE)


@pytest.fixture
def leader_client(client):
    client.force_login(make_process_leader())
    return client


def anonymous_get(url):
    """(status, body) of a GET without any keys, as a resident's browser makes it."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def files_on_disk(settings):
    folders = [Path(settings.MEDIA_ROOT), Path(settings.PRIVATE_MEDIA_ROOT)]
    return [path for folder in folders if folder.exists() for path in folder.rglob("*.*")]


def media_urls(html, media_url):
    """Every address of a picture on the page: src and each srcset candidate."""
    found = set()
    for attribute, value in re.findall(r'\b(src|srcset)="([^"]+)"', html):
        candidates = value.split(",") if attribute == "srcset" else [value]
        found |= {candidate.strip().split(" ")[0] for candidate in candidates}
    return sorted(url.replace("&amp;", "&") for url in found if url.startswith(media_url))


def test_the_s3_server_refuses_a_wrong_key(s3):
    with pytest.raises(ClientError) as refused:
        s3.client(secret_key="not-the-secret").list_objects_v2(Bucket=PRIVATE)
    assert refused.value.response["Error"]["Code"] in {"SignatureDoesNotMatch", "AccessDenied"}
    assert s3.client().list_objects_v2(Bucket=PRIVATE)["KeyCount"] == 0


def test_a_picture_uploaded_in_admin_is_in_the_public_bucket_and_residents_see_it(
    s3_media, leader_client, settings
):
    project = make_project()
    row = PICTURE_ROW | {"image": upload(width=1000, height=750), "alt_text": "Tomta i mai"}
    saved = leader_client.post(
        f"/admin/projects/project/{project.pk}/change/",
        project_form(project, inlines={"images": [row]}),
    )

    assert saved.status_code == 302
    picture = ProjectImage.objects.get(project=project)
    stem = Path(picture.image.name).stem
    keys = s3_media.keys(PUBLIC)
    # The picture and every rendition, made once at upload, are objects of the bucket.
    assert picture.image.name in keys
    renditions = [key for key in keys if key.startswith("renditions/")]
    assert {Path(key).name for key in renditions} == {
        f"{stem}-{width}.{extension}"
        for width in (320, 640, 960, 1000)
        for extension in ("webp", "jpg")
    }
    assert files_on_disk(settings) == []

    page = leader_client.get(project.get_absolute_url())
    urls = media_urls(page.text, settings.MEDIA_URL)
    assert urls, "the project page shows the picture from the bucket"
    for url in urls:
        status, body = anonymous_get(url)
        assert status == 200, url
        assert body[:4] == b"RIFF" or body[:2] == b"\xff\xd8", url  # WebP or JPEG


def test_deleting_a_picture_removes_it_and_its_renditions_from_the_bucket(
    s3_media, django_capture_on_commit_callbacks
):
    project = make_project()
    picture = ProjectImage.objects.create(
        project=project, alt_text="Tomta", image=ContentFile(jpeg_bytes(), name="tomta.jpg")
    )
    assert len(s3_media.keys(PUBLIC)) > 1

    with django_capture_on_commit_callbacks(execute=True):
        picture.delete()

    assert s3_media.keys(PUBLIC) == []


def test_a_tip_photo_is_kept_in_the_private_bucket_for_staff_only(s3_media, client, settings):
    sent = client.post(
        TIP_PAGE, tip_data(photo=upload("hage.jpg", color=(200, 30, 30))), REMOTE_ADDR="10.0.0.1"
    )

    assert sent.status_code == 302
    tip = Tip.objects.get()
    assert s3_media.keys(PRIVATE) == [tip.photo.name]
    assert s3_media.keys(PUBLIC) == []
    assert files_on_disk(settings) == []
    stored = s3_media.read(PRIVATE, tip.photo.name)
    # Nobody reaches it from outside: not without keys, not with the public bucket's policy.
    assert anonymous_get(f"{s3_media.endpoint_url}/{PRIVATE}/{tip.photo.name}")[0] == 403
    with pytest.raises(ValueError, match="no public URL"):
        tip.photo.url  # noqa: B018
    photo_view = f"/admin/tips/tip/{tip.pk}/photo/"
    refused = client.get(photo_view)
    assert refused.status_code == 302 and "/login/" in refused["Location"]

    client.force_login(make_process_leader())
    shown = client.get(photo_view)

    assert shown.status_code == 200
    assert b"".join(shown.streaming_content) == stored
    assert shown["Content-Type"] == "image/jpeg"
    assert "no-store" in shown["Cache-Control"]


def test_a_tip_photo_missing_from_the_bucket_is_not_found_not_an_error(s3_media, client):
    client.post(TIP_PAGE, tip_data(photo=upload("hage.jpg")), REMOTE_ADDR="10.0.0.1")
    tip = Tip.objects.get()
    s3_media.empty(PRIVATE)
    client.force_login(make_process_leader())

    assert client.get(f"/admin/tips/tip/{tip.pk}/photo/").status_code == 404


def test_a_kept_upload_waits_in_the_private_bucket_and_is_cleared_away_later(
    s3_media, leader_client, settings, django_capture_on_commit_callbacks
):
    project = make_project()
    row = PICTURE_ROW | {"alt_text": "", "image": upload(color=(30, 30, 200))}
    refused = leader_client.post("/admin/updates/statusupdate/add/", update_form(project, [row]))

    assert refused.status_code == 200
    reference = re.search(r'name="images-0-image-kept" value="([^"]+)"', refused.text).group(1)
    kept = s3_media.keys(PRIVATE)
    assert len(kept) == 1 and kept[0].startswith("kept-uploads/")
    assert s3_media.keys(PUBLIC) == []

    # The alt text written, the kept picture is saved without being chosen again.
    row = PICTURE_ROW | {"alt_text": "Gravemaskin på tomta", "image-kept": reference}
    with django_capture_on_commit_callbacks(execute=True):
        saved = leader_client.post("/admin/updates/statusupdate/add/", update_form(project, [row]))

    assert saved.status_code == 302
    picture = StatusUpdate.objects.get().images.get()
    assert picture.image.name in s3_media.keys(PUBLIC)
    assert s3_media.keys(PRIVATE) == []  # used, so removed at once

    # One left behind by a form never sent again is removed by the worker's housekeeping.
    leader_client.post("/admin/updates/statusupdate/add/", update_form(project, [PICTURE_ROW | {
        "alt_text": "", "image": upload()
    }]))  # fmt: skip
    assert len(s3_media.keys(PRIVATE)) == 1
    assert kept_uploads.remove_expired() == 0  # not yet run out
    later = timezone.now() + timedelta(seconds=settings.KEPT_UPLOADS_MAX_AGE_SECONDS + 60)
    assert kept_uploads.remove_expired(now=later) == 1
    assert s3_media.keys(PRIVATE) == []


def test_a_document_goes_out_through_the_app_never_from_the_bucket(s3_media, client):
    project = make_project()
    document = Document.objects.create(
        project=project, title="Reguleringsplan", file=ContentFile(PDF, name="plan.pdf"),
        is_published=True,
    )  # fmt: skip

    assert document.file.name in s3_media.keys(PUBLIC)
    # The bucket policy opens the pictures' folders only.
    assert anonymous_get(f"{s3_media.endpoint_url}/{PUBLIC}/{document.file.name}")[0] == 403
    response = client.get(document.get_download_url())
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Disposition"].startswith("attachment")


def test_the_storages_are_the_buckets(s3_media):
    assert storages["default"].bucket_name == PUBLIC
    assert default_storage.bucket_name == PUBLIC
    assert private_storage.bucket_name == PRIVATE
    assert kept_uploads.kept_upload_storage().location == "kept-uploads"


# Without a server


def test_the_public_folders_are_those_of_every_public_picture():
    """A new kind of picture needs its folder in the bucket policy (PUBLIC_MEDIA_FOLDERS)."""
    folders = set()
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if (
                isinstance(field, models.FileField)
                and isinstance(field.upload_to, dated_upload_path)
                and field.storage is default_storage
            ):
                folders.add(field.upload_to.prefix)
    assert "documents" in folders and "tips" not in folders
    assert folders - {"documents"} | {"renditions"} == set(PUBLIC_MEDIA_FOLDERS)


def start_with(**environment):
    """`manage.py check` in production with the given environment: (exit code, output)."""
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_DEBUG": "true",
        "DATABASE_URL": "sqlite:///:memory:",
    } | environment
    done = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c",
         "from django.conf import settings; print(settings.MEDIA_URL, "
         "settings.STORAGES['default']['BACKEND'], settings.STORAGES['private']['BACKEND'])"],
        cwd=PROJECT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    return done.returncode, done.stdout + done.stderr


def test_media_on_s3_needs_its_buckets_and_keys_named():
    keys = {"S3_ACCESS_KEY_ID": "key", "S3_SECRET_ACCESS_KEY": "secret"}
    buckets = {"S3_MEDIA_BUCKET": PUBLIC, "S3_PRIVATE_BUCKET": PRIVATE}

    code, output = start_with(MEDIA_STORAGE="s3", **keys, S3_MEDIA_BUCKET=PUBLIC)
    assert code != 0 and "Set the S3_PRIVATE_BUCKET environment variable." in output

    code, output = start_with(MEDIA_STORAGE="s3", **buckets, S3_ACCESS_KEY_ID="key")
    assert code != 0 and "Set the S3_SECRET_ACCESS_KEY environment variable." in output

    code, output = start_with(MEDIA_STORAGE="s3", **keys, **buckets)
    assert code == 0, output
    assert (
        "/media/ config.s3_storages.PublicS3Storage config.s3_storages.PrivateS3Storage" in output
    )

    code, output = start_with(
        MEDIA_STORAGE="s3", **keys, **buckets, S3_MEDIA_URL="https://media.example.org/bilete"
    )
    assert code == 0, output
    assert output.startswith("https://media.example.org/bilete/ ")

    code, output = start_with(MEDIA_STORAGE="nfs")
    assert code != 0 and "MEDIA_STORAGE must be filesystem or s3, not 'nfs'." in output


def test_media_on_disk_stays_as_it_was():
    code, output = start_with()
    assert code == 0, output
    assert output.strip() == (
        "/media/ django.core.files.storage.FileSystemStorage "
        "config.media_storages.PrivateFileSystemStorage"
    )


def test_pictures_at_an_address_of_their_own_are_allowed_by_the_csp():
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_DEBUG": "true",
        "DATABASE_URL": "sqlite:///:memory:",
        "MEDIA_STORAGE": "s3",
        "S3_ACCESS_KEY_ID": "key",
        "S3_SECRET_ACCESS_KEY": "secret",
        "S3_MEDIA_BUCKET": PUBLIC,
        "S3_PRIVATE_BUCKET": PRIVATE,
    }
    show = "from django.conf import settings; print(settings.SECURE_CSP['img-src'])"

    def img_src(**extra):
        done = subprocess.run(
            [sys.executable, "manage.py", "shell", "--no-imports", "-c", show],
            cwd=PROJECT, env=env | extra, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert "https://media.example.org" in img_src(S3_MEDIA_URL="https://media.example.org/b")
    assert "example.org" not in img_src()
