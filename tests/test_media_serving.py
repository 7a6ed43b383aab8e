"""Media served by the app itself (DJANGO_SERVE_MEDIA, as in development or on a server
without a web server in front): pictures, never documents, whose download view checks that
they are published, however the address is spelt."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from projects.models import Document
from tests.base import make_project, make_project_image

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def unpublished_document():
    project = make_project(is_published=False)
    return Document.objects.create(
        project=project, title="Utkast", file=SimpleUploadedFile("utkast.pdf", PDF)
    )


def test_a_picture_is_served_and_not_sniffed(client):
    image = make_project_image(make_project())
    response = client.get(image.image.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    "spelling",
    ["/media/{name}", "/media/./{name}", "/media//{name}", "/media/projects/../{name}"],
)
def test_an_unpublished_document_is_not_served_as_media(client, unpublished_document, spelling):
    name = unpublished_document.file.name
    assert name.startswith("documents/")
    response = client.get(spelling.format(name=name))
    assert response.status_code == 404


def test_nothing_outside_the_media_folders_is_served(client):
    for path in ["/media/", "/media/..", "/media/../config/settings.py", "/media/projects"]:
        assert client.get(path).status_code == 404, path
