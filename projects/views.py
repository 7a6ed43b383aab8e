"""The pages residents read: the overview of all projects, and a page per project."""

from collections import Counter
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Count
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.functional import SimpleLazyObject
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from config.addresses import absolute_url
from config.prepared import Prepared
from events.lists import meetings_of_a_project, upcoming_meetings
from pagecache.fragments import remembered
from pagecache.middleware import HTMX_HEADERS, wants_part_of_page
from updates.cards import kept_update_cards_of_rows, project_update_cards, update_cards
from updates.models import StatusUpdate
from updates.teasers import latest_teasers

from .cards import project_cards
from .context_processors import site as site_context
from .filters import NewsFilter, ProjectFilter
from .models import (
    Document,
    Project,
    Status,
    Strategy,
    Theme,
    attach_computed_progress,
    documents_prefetch,
)
from .paging import OnePageOf
from .project_page import fetch_page_relations, project_by_address
from .rich_html import rich_html_in_two

LATEST_UPDATES_ON_OVERVIEW = 5


# Fills whole rows of one, two or three columns, and keeps a page of the overview under
# the 50 KB budget of issue 6 on a phone's connection.
PROJECTS_PER_PAGE = 18
UPCOMING_EVENTS_ON_OVERVIEW = 3


def status_counts():
    """How many projects stand in each status, in one grouped query: as many as the link
    that filters by it finds (a filter finds a plan's actions too, each card saying what it
    is part of)."""
    return status_summary({row["current_status"]: row["count"] for row in _status_counts()})


# On every overview made afresh: prepared (config/prepared.py).
_status_counts = Prepared(
    lambda: (
        Project.objects.visible().values("current_status").annotate(count=Count("pk")).order_by()
    )
)


def latest_updates():
    """The teasers of the newest news of every kind: about projects, target areas, areas
    and the site."""
    return latest_teasers(LATEST_UPDATES_ON_OVERVIEW)


def upcoming_events():
    return upcoming_meetings(UPCOMING_EVENTS_ON_OVERVIEW)


def intro_in_two(request):
    """The overview's intro as residents read it, in two: its first block (a paragraph, as
    the process leader is asked to write it), shown on every screen, and the rest, folded
    behind "Read more" so that the projects start on a phone's first screen."""
    first, rest = rich_html_in_two(site_context(request)["site_settings"], "overview_intro")
    return {"first": mark_safe(first), "rest": mark_safe(rest)}


@require_safe
def overview(request):
    """All published projects, filtered and ordered as the URL says; htmx asks for the
    results alone and gets them, everyone else the whole page."""
    filters = ProjectFilter(request.GET, request=request)

    asked_for = request.GET.get("page", "")[:12]

    found = remembered(
        request,
        "project-page",
        lambda: filters.page_of_keys(asked_for, PROJECTS_PER_PAGE),
        filters.query_string(),
        asked_for,
    )
    page = Paginator(OnePageOf(found["ids"], found["count"]), PROJECTS_PER_PAGE).page(
        found["number"]
    )
    context = {
        "filters": filters,
        "page": page,
        # A page of cards is kept whole as well: one piece from the cache instead of many.
        "cards": remembered(
            request,
            "overview-cards",
            lambda: format_html_join(
                "", "<li>{}</li>", ((card,) for card in project_cards(request, page.object_list))
            ),
            *page.object_list,
        ),
        "previous_query": page.has_previous()
        and filters.query_string(page=page.previous_page_number()),
        "next_query": page.has_next() and filters.query_string(page=page.next_page_number()),
        # Their goals head the page: the one strategy's as its overall goal, or each one's.
        "strategies": filters.strategies,
        # Links that filter by status; htmx swaps them too, so they say which is chosen.
        "status_counts": SimpleLazyObject(status_counts),
        "chosen_status": filters.value("status"),
    }
    if wants_part_of_page(request):
        response = render(request, "projects/overview.html#results", context)
    else:
        # Asked for only when the fragments that show them have to be made.
        context |= {
            "intro": SimpleLazyObject(lambda: intro_in_two(request)),
            "latest_updates": SimpleLazyObject(latest_updates),
            "upcoming_events": SimpleLazyObject(upcoming_events),
        }
        response = render(request, "projects/overview.html", context)
    patch_vary_headers(response, HTMX_HEADERS)
    return response


@require_safe
def project_detail(request, slug):
    # Staff preview what is not public yet; everyone else gets a 404 for it.
    is_preview = request.user.is_staff

    # Found by its address once per content generation, like the fragments it shows.
    project = remembered(
        request, "project", lambda: project_by_address(slug, is_preview), slug, is_preview
    )
    if project is None:
        raise Http404

    def in_full():
        # The project found above is this request's own copy (made now, or read from the
        # cache), so its relations are fetched onto it rather than fetching it again.
        fetch_page_relations(project)
        # Newest first, as cards; the timeline takes its entries from them too.
        project.shown_updates = project_update_cards(project.pk, preview=is_preview)
        attach_computed_progress([project, *project.shown_sub_projects])
        return project

    breadcrumbs = [{"title": project.title}]
    if plan := project.visible_parent:
        breadcrumbs.insert(0, {"title": plan.title, "url": plan.get_absolute_url()})

    return render(
        request,
        "projects/project_detail.html",
        {
            "project": project,
            # What the page shows from its header down: fetched only if a fragment is made.
            "project_in_full": SimpleLazyObject(in_full),
            "preview": is_preview,
            "breadcrumbs": breadcrumbs,
            "share_url": absolute_url(project.get_absolute_url()),
            "upcoming_events": SimpleLazyObject(lambda: meetings_of_a_project(project.pk)),
        },
    )


@require_safe
def document_download(request, pk, filename):
    """A document as a download, never opened as a page in the browser: an uploaded file
    must not run as HTML or script on the site's own address, whatever it holds. Its type is
    the one its content proved at upload, and browsers are told not to guess another."""
    shown = Document.objects.all() if request.user.is_staff else Document.objects.visible()
    # A link has nothing to download: it is opened where it is.
    document = get_object_or_404(shown.exclude(file=""), pk=pk)
    try:
        file = document.file.storage.open(document.file.name, "rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        file,
        as_attachment=True,
        filename=document.download_name,
        content_type=document.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_safe
def accessibility_statement(request):
    """The accessibility statement the supervising authorities expect; texts from admin."""
    return render(
        request,
        "projects/accessibility_statement.html",
        {"breadcrumbs": [{"title": _("Accessibility statement")}]},
    )


def status_summary(statuses):
    """[{status, label, count}] in the order of Status, from the statuses of a list of
    projects (or a mapping of status to count)."""
    counted = Counter(statuses)
    return [
        {"status": status.value, "label": status.label, "count": counted[status.value]}
        for status in Status
        if counted[status.value]
    ]


@require_safe
def themes_page(request):
    """Each published strategy with its goal, period and target areas, and how their
    projects stand; target areas of no strategy after them. With one strategy the page
    reads as a single overall goal and its target areas."""
    strategies = list(Strategy.objects.visible().with_target_areas())
    unplaced = list(Theme.objects.filter(strategy=None).with_project_count())
    shown = [theme for strategy in strategies for theme in strategy.shown_themes] + unplaced
    return render(
        request,
        "projects/themes.html",
        {
            "strategies": strategies,
            "unplaced_themes": unplaced,
            # With one strategy or none, all of them in one list, as they are ordered.
            "themes": sorted(shown, key=lambda theme: (theme.position, theme.name)),
            "breadcrumbs": [{"title": _("Goal and target areas")}],
        },
    )


UPDATES_PER_PAGE = 20


@require_safe
def news(request):
    """All news, newest first ("Aktuelt"): about the development work as a whole, target
    areas, areas and projects."""
    filters = NewsFilter(request.GET, request=request)
    asked_for = request.GET.get("page", "")[:12]
    page = filters.page_of_rows(asked_for, UPDATES_PER_PAGE, timezone.now())
    return render(
        request,
        "projects/news.html",
        {
            "filters": filters,
            "page": page,
            "cards": kept_update_cards_of_rows(request, page.object_list, heading_level=2),
            "previous_query": page.has_previous()
            and filters.query_string(page=page.previous_page_number()),
            "next_query": page.has_next() and filters.query_string(page=page.next_page_number()),
            "breadcrumbs": [{"title": _("News")}],
        },
    )


NEWS_ON_A_PAGE = 5


def latest_news(updates, more_query):
    """The latest news a target area's or an area's page shows (constant queries), and
    the news page filtered to all of it when there is more."""
    latest = update_cards(updates.public()[: NEWS_ON_A_PAGE + 1], heading_level=3)
    more = len(latest) > NEWS_ON_A_PAGE
    return {
        "cards": latest[:NEWS_ON_A_PAGE],
        "more_url": more and f"{reverse('projects:news')}?{urlencode(more_query)}",
    }


def theme_news(theme):
    """A target area's own news (its projects' news is on their pages)."""
    return latest_news(
        StatusUpdate.objects.about_theme(theme.pk), {"about": "theme", "theme": theme.slug}
    )


def area_news(area):
    """What happens in an area: its news, that of the areas inside it and of its projects."""
    return latest_news(StatusUpdate.objects.about_area(area), {"area": area.slug})


@require_safe
def about_page(request):
    return render(
        request,
        "projects/about.html",
        {
            "has_strategy": Strategy.objects.visible().exists(),
            "breadcrumbs": [{"title": _("About the development work")}],
        },
    )


@require_safe
def update_page(request, pk):
    """One status update on a page of its own, with its documents: news beyond one project
    has no other page, and a link to one update stays put. Staff preview drafts, scheduled
    updates and those of an unpublished project, marked; residents get a 404 for them. A
    logged-in user's page is never kept by the page cache, so a preview reaches no one else."""
    shown = StatusUpdate.objects.all() if request.user.is_staff else StatusUpdate.objects.public()
    update = get_object_or_404(
        shown.select_related("project").prefetch_related(documents_prefetch()), pk=pk
    )
    breadcrumbs = [{"title": _("News"), "url": reverse("projects:news")}, {"title": update.title}]
    (card,) = update_cards(shown.filter(pk=pk), heading_level=1, on_its_page=True)
    return render(
        request,
        "updates/update_page.html",
        {"update": update, "update_card": card, "breadcrumbs": breadcrumbs},
    )
