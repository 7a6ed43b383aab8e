"""The key figures page: every published indicator, by target area and by project."""

from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from .models import Indicator, group_by_owner


@require_safe
def index(request):
    indicators = Indicator.objects.published().select_related("project", "theme")
    themes, projects = group_by_owner(indicators.with_measurements())
    return render(
        request,
        "figures/index.html",
        {
            "theme_groups": themes,
            "project_groups": projects,
            "breadcrumbs": [{"title": _("Key figures")}],
        },
    )
