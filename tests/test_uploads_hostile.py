"""Hostile uploads: a file is what its content says, not its name; markup is never a picture;
documents are always downloads; and a save that fails half-way leaves no row and no file."""

import errno
import io
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from django.db.models.signals import post_save
from django.utils.translation import gettext
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from projects.models import Document, ProjectImage
from tests.base import jpeg_bytes, make_process_leader, make_project, make_project_image, upload
from tests.hostile import hostile
from tests.test_documents import PDF, submit
from tests.test_images import form_errors, png_claiming_size, stored_files
from tests.test_tips import TIP_PAGE, error_at, tip_data
from tips.models import Tip

pytestmark = pytest.mark.django_db

NOT_A_PICTURE = "The file is not a picture, or it is damaged. Upload a JPEG, PNG or WebP picture."
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>'
HTML = b"<!doctype html><html><body><script>alert(1)</script></body></html>"


def png_bytes(width=300, height=200):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (10, 90, 200)).save(buffer, "PNG")
    return buffer.getvalue()


def all_files(*folders):
    return [path for folder in folders for path in Path(folder).rglob("*") if path.is_file()]


# Told apart by content


def test_a_png_named_pdf_is_a_picture_and_is_stored_as_one(media_root):
    picture = make_project_image(make_project(), image=upload("plan.pdf", png_bytes()))

    assert not picture.image.name.endswith(".pdf")
    with Image.open(picture.image.path) as stored:
        assert stored.format in {"JPEG", "PNG"} and stored.size == (300, 200)


def test_a_png_named_pdf_is_not_a_document():
    form = submit("plan.pdf", png_bytes())
    assert not form.is_valid()
    assert ".pdf" in form.errors["file"][0]


def test_a_pdf_named_jpg_is_not_a_picture():
    assert gettext(NOT_A_PICTURE) in form_errors(PDF, name="bilete.jpg")[0]


def test_a_pdf_named_jpg_is_not_a_document():
    assert not submit("bilete.jpg", PDF).is_valid()


def test_what_the_browser_says_the_type_is_counts_for_nothing(client):
    document = submit("plan.pdf", PDF)
    document.files["file"].content_type = "text/html"
    assert document.is_valid()
    saved = document.save()

    response = client.get(saved.get_download_url())
    assert response["Content-Type"] == "application/pdf"


@pytest.mark.parametrize(
    ("name", "content"),
    [("logo.svg", SVG), ("logo.png", SVG), ("bilete.jpg", HTML), ("bilete.gif", b"GIF89a" + HTML)],
    ids=["SVG", "SVG named png", "HTML named jpg", "HTML behind a GIF header"],
)
def test_markup_is_refused_as_a_picture_with_a_clear_reason(client, settings, name, content):
    assert gettext(NOT_A_PICTURE) in form_errors(content, name=name)[0]

    response = client.post(TIP_PAGE, tip_data(photo=upload(name, content)), REMOTE_ADDR="10.0.0.9")

    assert response.status_code == 400
    assert gettext(NOT_A_PICTURE) in error_at(response, "photo")
    assert not Tip.objects.exists()
    assert all_files(settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT) == []


def test_a_pixel_bomb_and_an_oversized_photo_are_refused(client, settings):
    settings.IMAGE_MAX_BYTES = 50_000
    bomb = upload("bombe.png", png_claiming_size(100_000, 100_000))
    big = upload("stor.jpg", jpeg_bytes(400, 300) + b"\0" * 60_000)
    # Within the pixel limit, but 39 million pixels tall, or 144 MB to decode.
    tall = upload("hog.png", png_claiming_size(1, 39_000_000))
    costly = upload("dyr.png", png_claiming_size(6_000, 6_000))

    for photo, error in [
        (bomb, "image_too_many_pixels"),
        (big, "image_too_large"),
        (tall, "image_too_long"),
        (costly, "image_too_costly"),
    ]:
        response = client.post(TIP_PAGE, tip_data(photo=photo), REMOTE_ADDR="10.0.0.9")
        assert response.status_code == 400
        assert response.context["form"].has_error("photo", error)
    assert not Tip.objects.exists()
    assert all_files(settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT) == []


def test_a_photo_with_a_long_file_name_is_accepted_since_the_name_is_not_kept(client):
    name = "Skjermbilete frå telefonen til Kari ved brua over elva etter flaumen i haust" * 2
    response = client.post(TIP_PAGE, tip_data(photo=upload(f"{name}.jpg")), REMOTE_ADDR="10.0.0.9")

    assert response.status_code == 302
    assert "Kari" not in Tip.objects.get().photo.name


@hostile
@given(
    name=st.text(max_size=120),
    content=st.one_of(
        st.binary(max_size=200),
        st.sampled_from(
            [SVG, HTML, PDF, png_claiming_size(60_000, 60_000), png_claiming_size(1, 39_000_000)]
        ),
        st.builds(
            bytes.__add__, st.sampled_from([b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff"]), st.binary()
        ),
    ),
)
def test_no_uploaded_photo_makes_a_server_error_or_leaves_a_file(client, settings, name, content):
    settings.TIP_RATE_LIMIT = "100000/m"
    photo = SimpleUploadedFile(name or "x", content)
    response = client.post(TIP_PAGE, tip_data(photo=photo))

    # A name that is nothing once cleaned is no file at all, and the tip is sent without one.
    assert response.status_code in {302, 400}
    assert not Tip.objects.exclude(photo="").exists()
    assert all_files(settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT) == []


# Documents are downloads


def test_a_document_is_served_as_a_download_of_its_own_type(client):
    document = submit("Plan for Nedre Li.pdf", PDF).save()
    document.title = "Lokal utviklingsplan – Nedre Li"
    document.save()

    response = client.get(document.get_download_url())

    assert (
        document.get_download_url() == f"/dokument/{document.pk}/lokal-utviklingsplan-nedre-li.pdf"
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert (
        response["Content-Disposition"]
        == 'attachment; filename="lokal-utviklingsplan-nedre-li.pdf"'
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == PDF


def test_a_file_that_reached_storage_another_way_is_still_only_a_download(client, media_root):
    document = submit("plan.pdf", PDF).save()
    (media_root / "documents").mkdir(parents=True, exist_ok=True)
    (media_root / "documents" / "side.html").write_bytes(HTML)
    Document.objects.filter(pk=document.pk).update(file="documents/side.html")

    response = client.get(f"/dokument/{document.pk}/plan.pdf")

    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment;")


def test_documents_of_unpublished_projects_are_not_found_except_by_staff(client):
    document = submit("plan.pdf", PDF).save()
    document.project.is_published = False
    document.project.save()

    assert client.get(document.get_download_url()).status_code == 404
    client.force_login(make_process_leader())
    assert client.get(document.get_download_url()).status_code == 200


def test_the_project_page_links_to_the_download(client):
    document = submit("plan.pdf", PDF).save()
    page = client.get(document.project.get_absolute_url()).content.decode()
    assert f'href="{document.get_download_url()}"' in page
    assert "/media/documents/" not in page


# A save that fails half-way


def test_a_picture_the_database_refuses_leaves_no_row_and_no_file(media_root):
    project = make_project()
    make_project_image(project, is_cover=True)
    files_before = stored_files(media_root)

    with pytest.raises(IntegrityError):  # a second cover picture for one project
        make_project_image(project, is_cover=True, image=upload(color=(200, 0, 0)))

    assert ProjectImage.objects.count() == 1
    assert stored_files(media_root) == files_before


def test_a_disk_full_while_writing_renditions_leaves_no_row_and_no_file(media_root, monkeypatch):
    project = make_project()
    real_save, saved = FileSystemStorage._save, []

    def save_until_the_disk_is_full(storage, name, content):
        if len(saved) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        saved.append(name)
        return real_save(storage, name, content)

    monkeypatch.setattr(FileSystemStorage, "_save", save_until_the_disk_is_full)
    with pytest.raises(OSError, match="No space left"):
        make_project_image(project)

    assert len(saved) == 3  # the picture and two renditions were written before it failed
    assert not ProjectImage.objects.exists()
    assert stored_files(media_root) == []


def test_a_tip_whose_save_fails_after_its_photo_is_written_leaves_neither(settings):
    def refuse(sender, **kwargs):
        raise RuntimeError("the database went away")

    post_save.connect(refuse, sender=Tip)
    try:
        with pytest.raises(RuntimeError), transaction.atomic():
            Tip.objects.create(message="Brua er stengd.", photo=upload())
    finally:
        post_save.disconnect(refuse, sender=Tip)

    assert not Tip.objects.exists()
    assert all_files(settings.PRIVATE_MEDIA_ROOT) == []


def test_a_document_the_database_refuses_leaves_no_row_and_no_file(media_root):
    document = Document(project=make_project(), title="Plan", file=upload("plan.pdf", PDF))
    document.position = -1  # the database allows no negative order

    with pytest.raises(IntegrityError):
        document.save()

    assert not Document.objects.exists()
    assert stored_files(media_root) == []


def test_a_document_saved_outside_a_form_is_still_judged_by_its_content(media_root):
    with pytest.raises(ValidationError):
        Document.objects.create(project=make_project(), title="Side", file=upload("side.pdf", HTML))
    assert stored_files(media_root) == []
