"""Pages of their own in the editor: the tree in its order, each page with its pictures and
documents.

The list shows the tree as residents meet it: each page under its parent, indented, in the
order the numbers give. That order is worked out from one small query over all pages and
handed to the database as a sort key, so the list pages and sorts as any other.
"""

from django.contrib import admin
from django.contrib.admin.views.main import ChangeList
from django.db.models import Case, IntegerField, Value, When
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from projects.admin import picture_preview
from projects.document_admin import PageDocumentInline
from projects.translated_admin import TranslatedTextsAdmin, TranslatedTextsTabularInline

from .models import Page, PageImage

# Deeper pages are indented as much as the deepest class in pages.css.
DEEPEST_INDENT = 4


class PageImageInline(TranslatedTextsTabularInline):
    model = PageImage
    fields = ["preview", "image", "alt_text", "caption", "credit", "position"]
    readonly_fields = ["preview"]
    extra = 0
    preview = staticmethod(picture_preview)


def tree_order():
    """({page id: place in the tree}, {page id: depth}) for every page: each parent before
    its children, siblings by their order number and title."""
    rows = list(Page.objects.values_list("pk", "parent_id", "position", "title"))
    children = {}
    for pk, parent_id, position, title in rows:
        children.setdefault(parent_id, []).append((position, title.casefold(), pk))
    place, depth, seen = {}, {}, set()

    def walk(parent_id, level):
        for _position, _title, pk in sorted(children.get(parent_id, [])):
            if pk in seen:
                continue  # a loop in the tree (only possible outside the form): shown once
            seen.add(pk)
            place[pk], depth[pk] = len(place), level
            walk(pk, level + 1)

    walk(None, 0)
    for pk, *_rest in rows:  # pages in a loop have no way up to the top: last
        if pk not in seen:
            place[pk], depth[pk] = len(place), 0
    return place, depth


class TreeChangeList(ChangeList):
    def _get_default_ordering(self):
        # The sort key is an annotation of PageAdmin.get_queryset(), so it cannot be the
        # admin's `ordering` (which also orders the choices of other pages' forms).
        return ["tree_order"]


@admin.register(Page)
class PageAdmin(TranslatedTextsAdmin):
    list_display = ["title_in_tree", "parent", "in_menu", "position", "is_published"]
    list_display_links = ["title_in_tree"]
    list_editable = ["position"]
    list_filter = ["is_published", "in_menu", "theme"]
    list_select_related = ["parent", "theme"]
    search_fields = ["title", "summary"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["parent", "theme"]
    inlines = [PageImageInline, PageDocumentInline]
    readonly_fields = ["created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "body"]}),
        (
            _("Where residents find it"),
            {
                "fields": ["parent", "theme", "in_menu", "position"],
                "description": _(
                    "A page at the top may be in the site's menu; a page under another is "
                    "listed on that page. A target area lists the pages placed under it."
                ),
            },
        ),
        (_("Publishing"), {"fields": ["is_published", ("created_at", "updated_at")]}),
    ]

    class Media:
        css = {"all": ["admin/css/pages.css"]}

    def get_queryset(self, request):
        # ModelAdmin.get_queryset() would order by the sort key before it exists.
        place, depth = tree_order()
        return (
            self.model._default_manager.get_queryset()
            .annotate(tree_order=by_page(place, default=len(place)), tree_depth=by_page(depth))
            .order_by("tree_order")
        )

    def get_changelist(self, request, **kwargs):
        return TreeChangeList

    @admin.display(description=_("title"), ordering="tree_order")
    def title_in_tree(self, page):
        depth = min(getattr(page, "tree_depth", 0), DEEPEST_INDENT)
        return format_html('<span class="framdrift-page-depth-{}">{}</span>', depth, page.title)


def by_page(values, default=0):
    """A value per page id, as an expression the database can sort by."""
    return Case(
        *(When(pk=pk, then=Value(value)) for pk, value in values.items()),
        default=Value(default),
        output_field=IntegerField(),
    )
