"""The areas page: every region, municipality and village as a tree, each with how many
published projects its own page lists; the page of one area, one target area and one
strategy, each with its projects' cards a page at a time."""

from django.core.paginator import Paginator
from django.db.models import Count
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from figures.models import indicators_prefetch

from .cards import in_card_order, project_cards
from .models import Area, Project, Strategy, Theme
from .views import area_news, status_summary, theme_news


def area_tree_with_counts():
    """The areas from the top down, each with `inside` (its areas, by name) and
    `project_count`: the published projects filed under it or any area inside it, each
    counted once, as the area's page lists them. Two queries however many areas and
    projects there are."""
    areas = list(Area.objects.order_by("name"))
    filed = Project.areas.through.objects.filter(project__in=Project.objects.visible())
    projects_in = {}
    for area_id, project_id in filed.values_list("area_id", "project_id"):
        projects_in.setdefault(area_id, set()).add(project_id)
    by_id = {area.pk: area for area in areas}
    for area in areas:
        area.inside = []
    top = []
    for area in areas:
        parent = by_id.get(area.parent_id)
        (parent.inside if parent else top).append(area)

    # From the top down only: an area in a loop (which Area.clean refuses) is never reached.
    def count(area):
        projects = set(projects_in.get(area.pk, ()))
        for inner in area.inside:
            projects |= count(inner)
        area.project_count = len(projects)
        return projects

    for area in top:
        count(area)
    return top


@require_safe
def areas_page(request):
    return render(
        request,
        "projects/areas.html",
        {"areas": area_tree_with_counts(), "breadcrumbs": [{"title": _("Areas")}]},
    )


# Whole rows of one, two or three columns, as on the overview; fewer than its 18, since
# these pages also show news, key figures or target areas: a page stays well under the
# 50 KB budget however many projects an area, target area or strategy has.
PROJECTS_PER_PAGE = 12


def page_of_cards(request, projects):
    """The page of project cards ?page= asks for, in the overview's order: a count and
    one page of ids from the database (never every project), then the page's cards."""
    in_order = in_card_order(projects).values_list("pk", flat=True)
    # get_page turns a page number that is not one, or too high, into a page that is.
    page = Paginator(in_order, PROJECTS_PER_PAGE).get_page(request.GET.get("page"))
    return page, project_cards(request, list(page.object_list))


def counted_by_status(projects):
    """How many of the projects stand in each status, in one grouped query."""
    counted = projects.visible().values_list("current_status").annotate(n=Count("pk"))
    return status_summary(dict(counted.order_by()))


@require_safe
def area_page(request, slug):
    """A village or municipality: its projects (its local development plan), a page at a
    time, and its parts."""
    area = get_object_or_404(Area.objects.select_related("parent"), slug=slug)
    page, cards = page_of_cards(request, Project.objects.in_area(area))
    breadcrumbs = [{"title": area.name}]
    if area.parent:
        breadcrumbs.insert(0, {"title": area.parent.name, "url": area.parent.get_absolute_url()})
    breadcrumbs.insert(0, {"title": _("Areas"), "url": reverse("projects:areas")})
    return render(
        request,
        "projects/area.html",
        {
            "area": area,
            "page": page,
            "cards": cards,
            "sub_areas": area.children.all(),
            "area_news": SimpleLazyObject(lambda: area_news(area)),
            "breadcrumbs": breadcrumbs,
        },
    )


@require_safe
def strategy_page(request, slug):
    """A strategy: its goal, period, target areas, how its projects stand, and their cards
    a page at a time. Staff preview one not published; residents get a 404 for it."""
    is_preview = request.user.is_staff
    shown = Strategy.objects.all() if is_preview else Strategy.objects.visible()
    strategy = get_object_or_404(shown.with_target_areas(), slug=slug)
    projects = Project.objects.in_strategy(strategy)
    page, cards = page_of_cards(request, projects)
    return render(
        request,
        "projects/strategy.html",
        {
            "strategy": strategy,
            "page": page,
            "cards": cards,
            "status_summary": counted_by_status(projects),
            "breadcrumbs": [
                {"title": _("Goal and target areas"), "url": reverse("projects:themes")},
                {"title": strategy.name},
            ],
        },
    )


@require_safe
def theme_page(request, slug):
    """A target area: how its projects stand, their cards a page at a time, its key
    figures and its own news."""
    # A target area of a strategy not published yet is a draft like its strategy.
    is_preview = request.user.is_staff
    shown = Theme.objects.all() if is_preview else Theme.objects.visible()
    theme = get_object_or_404(
        shown.select_related("strategy").prefetch_related(indicators_prefetch()), slug=slug
    )
    projects = Project.objects.filter(themes=theme)
    page, cards = page_of_cards(request, projects)
    breadcrumbs = [
        {"title": _("Goal and target areas"), "url": reverse("projects:themes")},
        {"title": theme.name},
    ]
    if theme.strategy:
        breadcrumbs.insert(
            1, {"title": theme.strategy.name, "url": theme.strategy.get_absolute_url()}
        )
    return render(
        request,
        "projects/theme.html",
        {
            "theme": theme,
            "page": page,
            "cards": cards,
            "status_summary": counted_by_status(projects),
            "theme_news": SimpleLazyObject(lambda: theme_news(theme)),
            "breadcrumbs": breadcrumbs,
        },
    )
