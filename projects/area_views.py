"""The areas page: every region, municipality and village as a tree, each with how many
published projects its own page lists."""

from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from .models import Area, Project


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
