"""Documents: only real PDFs and office files, told apart by content, not by name."""

import io
import zipfile

import pytest
from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile

from projects.models import Document
from tests.base import make_project

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
