"""Documents in the editor: a file or a link, on a project, a status update, a meeting or a
page, and in a list of their own (the document library), where documents of the
development work as a whole are added.

Each document is a block of labelled fields with their help shown (a stacked inline): a
file or a link, what kind of document it is, its date and one sentence about it. An error
stands beside the field it is about, and a chosen file is kept while the form comes back
with an error (projects/kept_uploads.py, part of every translated admin)."""

from django.contrib import admin
from django.template.defaultfilters import filesizeformat
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from pages.models import Page

from .models import Document
from .translated_admin import TranslatedTextsAdmin, TranslatedTextsStackedInline

DOCUMENT_FIELDS = [
    ("title", "kind_of_document"),
    "file",
    "url",
    ("dated", "kind_and_size"),
    "description",
    ("is_published", "position"),
]


def kind_and_size(document):
    """What residents see beside a stored document: “PDF, 1,2 MB”, or where a link goes."""
    if not document.pk:
        return "–"
    if document.is_link:
        return _("link to %(site)s") % {"site": document.link_domain}
    return f"{document.kind}, {filesizeformat(document.size)}"


class DocumentInline(TranslatedTextsStackedInline):
    model = Document
    fk_name = "project"
    fields = DOCUMENT_FIELDS
    readonly_fields = ["kind_and_size"]
    extra = 0

    @admin.display(description=_("type and size"))
    def kind_and_size(self, document):
        return kind_and_size(document)


class UpdateDocumentInline(DocumentInline):
    fk_name = "update"


class EventDocumentInline(DocumentInline):
    fk_name = "event"


class PageDocumentInline(DocumentInline):
    fk_name = "page"


class OwnerKindFilter(admin.SimpleListFilter):
    title = _("belongs to")
    parameter_name = "owner"

    def lookups(self, request, model_admin):
        return [
            ("project", _("a project")),
            ("update", _("a status update")),
            ("event", _("a meeting")),
            ("page", _("a page")),
            ("site", _("the development work as a whole")),
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "site":
            return queryset.filter(**{f"{name}__isnull": True for name in Document.OWNER_FIELDS})
        if value in Document.OWNER_FIELDS:
            return queryset.filter(**{f"{value}__isnull": False})
        return queryset


class YearFilter(admin.SimpleListFilter):
    """By the document's own date, else the day it was added (as the library shows them)."""

    title = _("year")
    parameter_name = "year"

    def lookups(self, request, model_admin):
        return [(str(year), str(year)) for year in Document.objects.years() if year]

    def queryset(self, request, queryset):
        if (value := self.value()) and value.isdigit():
            return queryset.in_year(int(value))
        return queryset


@admin.register(Document)
class DocumentAdmin(TranslatedTextsAdmin):
    list_display = ["title", "kind_of_document", "dated", "belongs_to", "is_published"]
    list_filter = ["kind_of_document", YearFilter, OwnerKindFilter, "is_published"]
    list_select_related = ["project", "update", "event", "page"]
    search_fields = ["title", "description", "url", "project__title", "update__title"]
    autocomplete_fields = ["project", "update", "event"]
    readonly_fields = ["kind_and_size"]
    fieldsets = [
        (None, {"fields": DOCUMENT_FIELDS}),
        (
            _("Belongs to"),
            {
                "fields": ["project", "update", "event", "page"],
                "description": _(
                    "Choose at most one. Leave all empty for a document of the development "
                    "work as a whole, such as the municipality's overall plan."
                ),
            },
        ),
    ]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "page":
            # Few pages: a list by title, whatever order the pages' own list keeps.
            kwargs.setdefault("queryset", Page.objects.order_by("title"))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    @admin.display(description=_("belongs to"))
    def belongs_to(self, document):
        owner = document.owner
        if owner is None:
            return _("the development work as a whole")
        field = Document._meta.get_field(document.owner_field)
        return format_html("{}: {}", capfirst(field.verbose_name), owner)

    @admin.display(description=_("type and size"))
    def kind_and_size(self, document):
        return kind_and_size(document)
