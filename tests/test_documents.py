"""Documents: only real PDFs and office files, told apart by content, not by name; a file or
a link, of one owner at most; downloads only of what residents may see."""

import io
import zipfile
from datetime import timedelta

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from events.models import Event
from pages.models import Page
from projects.models import Document
from tests.base import make_process_leader, make_project, make_update

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


class DocumentForm(forms.ModelForm):
    class Meta:
        model = Document
        fields = ["project", "title", "file"]


def ooxml_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def submit(name, content):
    form = DocumentForm(
        data={"project": make_project().pk, "title": "Plan"},
        files={"file": SimpleUploadedFile(name, content)},
    )
    return form


def test_a_pdf_is_accepted_and_residents_see_its_kind_and_size():
    form = submit("plan.pdf", PDF)
    assert form.is_valid(), form.errors
    document = form.save()
    assert document.kind == "PDF"
    assert document.size == len(PDF)


def test_a_word_file_is_accepted_and_called_word():
    form = submit("referat.docx", ooxml_bytes())
    assert form.is_valid(), form.errors
    assert form.save().kind == "Word"


def test_an_html_page_named_pdf_is_refused():
    form = submit("plan.pdf", b"<html><script>alert(1)</script></html>")
    assert not form.is_valid()
    assert ".pdf" in form.errors["file"][0]


def test_a_file_type_that_is_not_a_document_is_refused():
    form = submit("run.exe", b"MZ\x90\x00")
    assert not form.is_valid()
    assert "PDF" in form.errors["file"][0]


def test_a_document_over_the_limit_is_refused(settings):
    settings.DOCUMENT_MAX_BYTES = 10
    form = submit("plan.pdf", PDF)
    assert not form.is_valid()
    assert "Fila er for stor (45\xa0byte). Grensa er 10\xa0byte." in form.errors["file"][0]


def test_deleting_a_document_removes_its_file(media_root):
    form = submit("plan.pdf", PDF)
    assert form.is_valid()
    document = form.save()
    path = document.file.path
    document.delete()
    assert not (media_root / path).exists()


# A file or a link, and one owner


def link_document(**fields):
    fields.setdefault("title", "Vedtak i kommunestyret")
    fields.setdefault("url", "https://www.einnsyn.no/sak/2017-123")
    return Document.objects.create(**fields)


def file_document(**fields):
    fields.setdefault("title", "Reguleringsplan")
    fields.setdefault("file", SimpleUploadedFile("plan.pdf", PDF, "application/pdf"))
    return Document.objects.create(**fields)


def test_a_document_is_a_file_or_a_link_and_the_database_holds_to_it():
    with pytest.raises(IntegrityError), transaction.atomic():
        file_document(url="https://example.org/plan.pdf")
    with pytest.raises(IntegrityError), transaction.atomic():
        Document.objects.create(title="Tomt")
    assert link_document().is_link
    assert not file_document().is_link


def test_a_file_and_a_link_together_are_refused_beside_the_link():
    document = Document(
        title="Plan",
        file=SimpleUploadedFile("plan.pdf", PDF, "application/pdf"),
        url="https://example.org/plan.pdf",
    )
    with pytest.raises(ValidationError) as refused:
        document.full_clean()
    assert set(refused.value.message_dict) == {"url"}


def test_a_document_with_neither_asks_for_a_file_beside_the_file_field():
    with pytest.raises(ValidationError) as refused:
        Document(title="Plan").full_clean()
    assert set(refused.value.message_dict) == {"file"}


def test_a_document_belongs_to_one_owner_at_most():
    project = make_project()
    update = make_update(project)
    with pytest.raises(IntegrityError), transaction.atomic():
        link_document(project=project, update=update)
    with pytest.raises(ValidationError) as refused:
        Document(
            title="Plan", url="https://example.org/", project=project, update=update
        ).full_clean()
    assert set(refused.value.message_dict) == {"update"}
    site_document = link_document()
    assert site_document.owner is None and site_document.owner_field == ""


def test_a_link_knows_its_site_and_a_file_its_full_address(settings):
    settings.SITE_URL = "https://prosjekt.example.org"
    assert link_document().link_domain == "einnsyn.no"
    document = file_document()
    assert document.address == f"https://prosjekt.example.org{document.get_download_url()}"


# Downloads: only of documents residents may see


def download(client, document):
    url = reverse("projects:document", args=[document.pk, "plan.pdf"])
    return client.get(url)


def test_a_published_document_of_a_published_project_downloads():
    response = download(Client(), file_document(project=make_project()))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF


def test_a_document_of_the_development_work_as_a_whole_downloads():
    assert download(Client(), file_document()).status_code == 200


def hidden_documents():
    draft_project = make_project("Utkast", is_published=False)
    published = make_project("Synleg")
    draft_update = make_update(published, "Utkast", is_published=False)
    scheduled = make_update(published, "Seinare", published_at=timezone.now() + timedelta(days=2))
    hidden_meeting = Event.objects.create(
        title="Møte", starts_at=timezone.now(), place="Lidal", is_published=False
    )
    meeting_of_draft = Event.objects.create(title="Møte 2", starts_at=timezone.now(), place="Lidal")
    meeting_of_draft.projects.add(draft_project)
    hidden_page = Page.objects.create(title="Side", slug="side", is_published=False)
    return [
        file_document(project=draft_project),
        file_document(update=draft_update),
        file_document(update=scheduled),
        file_document(event=hidden_meeting),
        file_document(event=meeting_of_draft),
        file_document(page=hidden_page),
        file_document(project=published, is_published=False),
        file_document(is_published=False),
    ]


def test_documents_residents_may_not_see_are_not_found_but_staff_get_them():
    hidden = hidden_documents()
    assert not Document.objects.visible().exists()
    staff = Client()
    staff.force_login(make_process_leader())
    for document in hidden:
        assert download(Client(), document).status_code == 404, document.owner
        assert download(staff, document).status_code == 200


def test_a_link_has_no_download():
    document = link_document(project=make_project())
    assert download(Client(), document).status_code == 404
    assert document.get_download_url() == "https://www.einnsyn.no/sak/2017-123"


def test_titles_and_descriptions_are_shown_as_written_on_every_page_with_documents(client):
    from tests.hostile import MARKUP, assert_no_markup_from_the_attacker

    project = make_project()
    update = make_update(project, title=MARKUP[0])
    for number, payload in enumerate(MARKUP):
        Document.objects.create(
            project=project,
            title=payload,
            description=payload,
            file=SimpleUploadedFile(f"plan-{number}.pdf", PDF),
        )
        Document.objects.create(update=update, title=payload, url="https://example.org/plan")

    for page in (
        project.get_absolute_url(),
        reverse("projects:documents"),
        update.get_absolute_url(),
    ):
        text = client.get(page).text
        assert_no_markup_from_the_attacker(text)
        assert text.count('class="document"') >= len(MARKUP), page
