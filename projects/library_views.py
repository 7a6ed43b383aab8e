"""The document library: every document residents may see, of projects, status updates,
meetings, pages and the development work as a whole, newest first."""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from pagecache.middleware import HTMX_HEADERS, wants_part_of_page

from .filters import DocumentFilter
from .models import Document

DOCUMENTS_PER_PAGE = 25


@require_safe
def document_library(request):
    """Filtered by project, kind and year as the URL says; htmx asks for the results alone.
    The same for every visitor, so the page cache keeps it per address (query included)."""
    filters = DocumentFilter(request.GET, request=request)
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
