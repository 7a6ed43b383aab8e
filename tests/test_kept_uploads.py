"""A photo chosen in a form that comes back with an error is kept: the process leader
writes the missing alt text and saves, without choosing the photo again."""

import os
import re
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone, translation
from PIL import Image

from operations.housekeeping import run_housekeeping
from projects import kept_uploads
from projects.models import ProjectImage
from tests.admin_forms import project_form
from tests.base import make_process_leader, make_project, upload
from tests.test_admin_updates import update_form
from updates.models import StatusUpdate

pytestmark = pytest.mark.django_db

UPDATE_ADD_URL = "/admin/updates/statusupdate/add/"
RED, BLUE = (200, 30, 30), (30, 30, 200)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PICTURE_WITHOUT_ALT_TEXT = {"alt_text": "", "caption": "", "credit": "", "position": "0"}


@pytest.fixture
def leader_client(client):
    client.force_login(make_process_leader())
    return client


def in_nynorsk(text):
    with translation.override("nn"):
        return translation.gettext(text)


def kept_reference(response, field="images-0-image"):
    match = re.search(rf'name="{field}-kept" value="([^"]+)"', response.text)
    return match and match.group(1)


def kept_files():
    folder = Path(settings.PRIVATE_MEDIA_ROOT) / "kept-uploads"
    return sorted(folder.iterdir()) if folder.exists() else []


def colour_of(field_file):
    with field_file.open("rb") as handle, Image.open(handle) as image:
        return image.convert("RGB").getpixel((image.width // 2, image.height // 2))


def close_to(colour, expected):
    return all(abs(a - b) < 12 for a, b in zip(colour, expected, strict=True))


def post_update_without_alt_text(client, project, **photo):
    row = PICTURE_WITHOUT_ALT_TEXT | {"image": upload(**photo)}
    return client.post(UPDATE_ADD_URL, update_form(project, pictures=[row]))


def test_a_photo_without_alt_text_is_kept_and_saved_once_the_alt_text_is_written(
    leader_client, django_capture_on_commit_callbacks
):
    project = make_project()

    refused = post_update_without_alt_text(leader_client, project, color=RED)

    assert refused.status_code == 200
    assert not StatusUpdate.objects.exists()
    assert 'id="id_images-0-alt_text_error"' in refused.text
    assert in_nynorsk("Kept: no need to choose it again") in refused.text
    assert '<img src="data:image/jpeg;base64,' in refused.text
    reference = kept_reference(refused)
    assert reference
    assert len(kept_files()) == 1

    # The photo is not chosen again: the form sends back what it was given.
    row = PICTURE_WITHOUT_ALT_TEXT | {"alt_text": "Gravemaskin på tomta", "image-kept": reference}
    with django_capture_on_commit_callbacks(execute=True):
        saved = leader_client.post(UPDATE_ADD_URL, update_form(project, pictures=[row]))

    assert saved.status_code == 302
    picture = StatusUpdate.objects.get().images.get()
    assert picture.alt_text == "Gravemaskin på tomta"
    assert picture.width == 800
    assert close_to(colour_of(picture.image), RED)
    assert Path(settings.MEDIA_ROOT, picture.image.name).exists()
    assert kept_files() == []  # used, so no longer waiting for the worker


def test_a_project_picture_row_keeps_its_picture_across_an_error(leader_client):
    project = make_project()
    url = f"/admin/projects/project/{project.pk}/change/"
    row = PICTURE_WITHOUT_ALT_TEXT | {"image": upload(color=BLUE)}

    refused = leader_client.post(url, project_form(project, inlines={"images": [row]}))

    assert refused.status_code == 200
    assert in_nynorsk("Kept: no need to choose it again") in refused.text
    reference = kept_reference(refused)
    row = PICTURE_WITHOUT_ALT_TEXT | {"alt_text": "Skulen sett frå vegen", "image-kept": reference}
    saved = leader_client.post(url, project_form(project, inlines={"images": [row]}))

    assert saved.status_code == 302
    picture = ProjectImage.objects.get(project=project)
    assert picture.alt_text == "Skulen sett frå vegen"
    assert close_to(colour_of(picture.image), BLUE)


def test_a_document_is_kept_too_while_a_picture_row_has_an_error(leader_client):
    project = make_project()
    url = f"/admin/projects/project/{project.pk}/change/"
    pdf = SimpleUploadedFile("plan.pdf", PDF, "application/pdf")
    document = {
        "title": "Reguleringsplan",
        "kind_of_document": "plan",
        "file": pdf,
        "is_published": "on",
        "position": "0",
    }
    picture = PICTURE_WITHOUT_ALT_TEXT | {"image": upload()}
    inlines = {"images": [picture], "documents": [document]}

    refused = leader_client.post(url, project_form(project, inlines=inlines))

    reference = kept_reference(refused, "documents-0-file")
    assert reference
    assert "(plan.pdf)" in refused.text
    inlines = {
        "images": [
            PICTURE_WITHOUT_ALT_TEXT
            | {"alt_text": "Tomta"}
            | {"image-kept": kept_reference(refused)}
        ],
        "documents": [
            {key: value for key, value in document.items() if key != "file"}
            | {"file-kept": reference}
        ],
    }
    saved = leader_client.post(url, project_form(project, inlines=inlines))

    assert saved.status_code == 302
    stored = project.documents.get()
    assert stored.size == len(PDF)
    with stored.file.open("rb") as handle:
        assert handle.read() == PDF


def test_a_kept_photo_stays_kept_through_a_second_error(leader_client):
    project = make_project()
    reference = kept_reference(post_update_without_alt_text(leader_client, project))

    row = PICTURE_WITHOUT_ALT_TEXT | {"image-kept": reference}
    again = leader_client.post(UPDATE_ADD_URL, update_form(project, pictures=[row]))

    assert again.status_code == 200
    assert kept_reference(again) == reference
    assert '<img src="data:image/jpeg;base64,' in again.text
    assert len(kept_files()) == 1


def test_a_new_photo_replaces_the_kept_one(leader_client):
    project = make_project()
    reference = kept_reference(post_update_without_alt_text(leader_client, project, color=RED))

    row = {"alt_text": "Ny", "caption": "", "credit": "", "position": "0"}
    row |= {"image-kept": reference, "image": upload(color=BLUE)}
    saved = leader_client.post(UPDATE_ADD_URL, update_form(project, pictures=[row]))

    assert saved.status_code == 302
    assert close_to(colour_of(StatusUpdate.objects.get().images.get().image), BLUE)


def test_do_not_keep_it_lets_the_photo_go(leader_client):
    project = make_project()
    reference = kept_reference(post_update_without_alt_text(leader_client, project))

    row = PICTURE_WITHOUT_ALT_TEXT | {"alt_text": "Tomta", "image-kept": reference}
    row |= {"image-kept-drop": "on"}
    response = leader_client.post(UPDATE_ADD_URL, update_form(project, pictures=[row]))

    assert response.status_code == 200
    assert not StatusUpdate.objects.exists()
    assert kept_reference(response) is None
    assert "images-0-image_error" in response.text  # a picture is needed for the row


def photo_row_with(project, reference):
    row = PICTURE_WITHOUT_ALT_TEXT | {"alt_text": "Tomta", "image-kept": reference}
    return update_form(project, pictures=[row])


def altered_signature(reference):
    return reference[:-2] + ("AA" if reference[-2:] != "AA" else "BB")


def signed_path_outside_the_folder(reference):
    payload = signing.loads(reference, salt=kept_uploads.SALT)
    return signing.dumps(payload | {"file": "../../config/settings.py"}, salt=kept_uploads.SALT)


def rubbish(reference):
    return "not-a-reference"


@pytest.mark.parametrize("tamper", [altered_signature, signed_path_outside_the_folder, rubbish])
def test_a_forged_reference_is_ignored_as_if_no_photo_came(leader_client, tamper):
    project = make_project()
    reference = kept_reference(post_update_without_alt_text(leader_client, project))

    response = leader_client.post(UPDATE_ADD_URL, photo_row_with(project, tamper(reference)))

    assert response.status_code == 200
    assert not StatusUpdate.objects.exists()
    assert "images-0-image_error" in response.text
    assert kept_reference(response) is None


def test_a_reference_older_than_a_day_is_ignored(leader_client, monkeypatch):
    project = make_project()
    two_days_ago = time.time() - 2 * 24 * 3600
    monkeypatch.setattr(signing.time, "time", lambda: two_days_ago)
    reference = kept_reference(post_update_without_alt_text(leader_client, project))
    monkeypatch.undo()
    assert reference and kept_files()

    response = leader_client.post(UPDATE_ADD_URL, photo_row_with(project, reference))

    assert response.status_code == 200
    assert not StatusUpdate.objects.exists()
    assert kept_reference(response) is None


def test_another_persons_reference_is_ignored(leader_client):
    project = make_project()
    reference = kept_reference(post_update_without_alt_text(leader_client, project))
    other = Client()
    other.force_login(make_process_leader("kollega"))

    response = other.post(UPDATE_ADD_URL, photo_row_with(project, reference))

    assert response.status_code == 200
    assert not StatusUpdate.objects.exists()
    assert kept_reference(response) is None


def test_references_name_a_new_random_file_each_time_and_are_signed(leader_client):
    project = make_project()
    first = kept_reference(post_update_without_alt_text(leader_client, project))
    second = kept_reference(post_update_without_alt_text(leader_client, project))

    names = [signing.loads(each, salt=kept_uploads.SALT)["file"] for each in (first, second)]
    assert names[0] != names[1]
    assert all(re.fullmatch(r"[0-9a-f]{32}\.jpg", name) for name in names)
    with pytest.raises(signing.BadSignature):
        signing.loads(first, salt="another.purpose")


def test_kept_photos_are_private_cleaned_files(leader_client):
    project = make_project()
    post_update_without_alt_text(leader_client, project)

    [kept] = kept_files()
    assert not kept.is_relative_to(settings.MEDIA_ROOT)
    assert kept.stat().st_mode & 0o777 == 0o600
    with Image.open(kept) as image:
        assert not image.getexif()  # cleaned as a stored picture is, GPS and all


def test_a_refused_file_is_not_kept(leader_client):
    project = make_project()
    row = PICTURE_WITHOUT_ALT_TEXT | {"image": upload("notes.jpg", content=b"not a picture at all")}

    response = leader_client.post(UPDATE_ADD_URL, update_form(project, pictures=[row]))

    assert response.status_code == 200
    assert kept_reference(response) is None
    assert kept_files() == []


def test_the_contact_persons_photo_is_kept_too(leader_client):
    data = {"name": "Kari Nordmann", "job_title": "", "organisation": "", "phone": "12"}
    data |= {"mobile": "", "email": "not an address", "photo": upload()}

    response = leader_client.post("/admin/contacts/contactperson/add/", data)

    assert response.status_code == 200
    assert kept_reference(response, "photo")


def test_the_worker_removes_kept_files_older_than_a_day_and_keeps_younger(leader_client):
    project = make_project()
    for _ in range(2):
        post_update_without_alt_text(leader_client, project)
    old, young = kept_files()
    day_and_a_minute = timezone.now() - timedelta(days=1, minutes=1)
    os.utime(old, (day_and_a_minute.timestamp(), day_and_a_minute.timestamp()))

    removed = run_housekeeping()

    assert removed["projects.kept_uploads.remove_expired"] == 1
    assert kept_files() == [young]


def test_cleaning_up_with_nothing_kept_yet_removes_nothing():
    assert kept_uploads.remove_expired() == 0
