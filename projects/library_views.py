"""The document library: every document residents may see, of projects, status updates,
meetings, pages and the development work as a whole, newest first."""

from django import forms
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.cache import patch_vary_headers
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from pagecache.fragments import remembered
from pagecache.middleware import HTMX_HEADERS, wants_part_of_page

from .filters import DocumentFilter, DocumentFilterForm
from .models import Document, Project

DOCUMENTS_PER_PAGE = 25


class LibraryFilterForm(DocumentFilterForm):
    # Not offered as a list (it would grow with every project that has a document): the
    # project's page links to its documents here, by the project's short name.
    project = forms.CharField(required=False, max_length=200, widget=forms.HiddenInput)


class LibraryFilter(DocumentFilter):
    """By kind and year from lists that do not grow with the projects, and by one project
    from a link (?project=), which the page names."""

    form_class = LibraryFilterForm
    name = "library-filter"

    def choices_for(self, request):
        years = remembered(
            request, "document-years", lambda: list(Document.objects.visible().years())
        )
        return {
            "kind": list(Document.Kind.choices),
            "year": [(str(year), str(year)) for year in years if year],
        }

    @cached_property
    def project(self):
        """(id, title) of the published project ?project= names, or None."""
        given = self.value("project")
        if not given:
            return None

        def find():
            found = Project.objects.visible().filter(slug=given).values_list("pk", "title")
            return found.first() or ()

        return remembered(self.request, "library-project", find, given) or None

    @property
    def is_filtered(self):
        return bool(self.value("kind") or self.value("year") or self.project)

    @property
    def without_project(self):
        """The query with every filter but the project's."""
        return self.query_string(project="")

    def apply(self, documents):
        if self.project:
            documents = documents.of_project(self.project[0])
        if kind := self.value("kind"):
            documents = documents.filter(kind_of_document=kind)
        if year := self.value("year"):
            documents = documents.in_year(int(year))
        return documents


@require_safe
def document_library(request):
    """Filtered by project, kind and year as the URL says; htmx asks for the results alone.
    The same for every visitor, so the page cache keeps it per address (query included)."""
    filters = LibraryFilter(request.GET, request=request)
    documents = filters.apply(Document.objects.visible().with_owners().newest_first())
    page = Paginator(documents, DOCUMENTS_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "filters": filters,
        "page": page,
        "previous_query": page.has_previous()
        and filters.query_string(page=page.previous_page_number()),
        "next_query": page.has_next() and filters.query_string(page=page.next_page_number()),
        "breadcrumbs": [{"title": _("Documents")}],
    }
    name = "projects/documents.html"
    if wants_part_of_page(request):
        name += "#results"
    response = render(request, name, context)
    patch_vary_headers(response, HTMX_HEADERS)
    return response
