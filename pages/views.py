"""A page of its own, as residents read it: its text, pictures and documents, the way up the
tree in the breadcrumbs, and the pages under it.

Residents see only visible pages (published, with every page above published too); any
other address is "page not found". Logged-in staff preview every page with a banner that
says why residents cannot see it. The page cache never keeps a preview: it keeps pages for
anonymous visitors only, and the fragments of the site around it vary on staff.
"""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from projects.models import documents_prefetch

from .models import Page


def page_prefetches(shown):
    """Everything a page shows below its title, one query per kind of thing."""
    return [
        "images",
        documents_prefetch(),
        Prefetch("children", queryset=shown, to_attr="shown_children"),
    ]


def breadcrumbs_for(page, ancestors):
    crumbs = []
    top = ancestors[0] if ancestors else page
    if top.theme is not None:
        # A section under a target area is reached from it.
        crumbs += [
            {"title": _("Goal and target areas"), "url": reverse("projects:themes")},
            {"title": top.theme.name, "url": top.theme.get_absolute_url()},
        ]
    crumbs += [{"title": above.title, "url": above.get_absolute_url()} for above in ancestors]
    return [*crumbs, {"title": page.title}]


@require_safe
def page(request, slug):
    is_preview = request.user.is_staff
    shown = Page.objects.all() if is_preview else Page.objects.visible()
    found = get_object_or_404(
        shown.select_related("theme").prefetch_related(*page_prefetches(shown)), slug=slug
    )
    ancestors = Page.objects.ancestors_of(found)
    hidden_because = ""
    if is_preview and not found.is_published:
        hidden_because = _(
            "Only logged-in staff can see this page. Residents get “page not found”."
        )
    elif is_preview and not all(above.is_published for above in ancestors):
        hidden_because = _(
            "A page above this one is not published, so residents cannot see this one either."
        )
    return render(
        request,
        "pages/page.html",
        {
            "page": found,
            "preview": is_preview,
            "hidden_because": hidden_because,
            "breadcrumbs": breadcrumbs_for(found, ancestors),
        },
    )
