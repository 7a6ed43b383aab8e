"""Documents in the editor: a file or a link, on a project, a status update, a meeting or a
page, and in a list of their own for the document library."""

from django.contrib import admin
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from .models import Document
from .translated_admin import TranslatedTextsTabularInline


class DocumentInline(TranslatedTextsTabularInline):
    model = Document
    fk_name = "project"
    fields = [
        "title",
        "kind_of_document",
        "file",
        "url",
        "dated",
        "description",
        "kind_and_size",
        "is_published",
        "position",
    ]
    readonly_fields = ["kind_and_size"]
    extra = 0

    @admin.display(description=_("type and size"))
    def kind_and_size(self, document):
        if not document.pk:
            return "–"
        if document.is_link:
            return _("link")
        return f"{document.kind}, {filesizeformat(document.size)}"


class UpdateDocumentInline(DocumentInline):
    fk_name = "update"


class EventDocumentInline(DocumentInline):
    fk_name = "event"


class PageDocumentInline(DocumentInline):
    fk_name = "page"
