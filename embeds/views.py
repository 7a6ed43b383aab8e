"""Pages the municipality's main site shows in a frame (an iframe): project cards, as a
list (all projects, an area's or a target area's) or one project's card alone.

They are public pages like the others, kept by the page cache the same for everyone. Only
they may be framed, and only by the site itself and the sites listed in the site settings
(frame-ancestors); every other page keeps refusing frames. Those settings are content, so
a change to them renews every kept page, and the policy with it.
"""

from django.conf import settings
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.csp import CSP
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from projects.cards import card_pictures, in_card_order
from projects.context_processors import site
from projects.models import Area, Project, Theme, attach_computed_progress

# Enough for a village or a target area; the rest are a link away on the full site.
EMBEDDED_CARDS = 20


def framing_policy(origins):
    """The site's own policy, but framable by itself and the given origins."""
    return settings.SECURE_CSP | {"frame-ancestors": [CSP.SELF, *origins]}


def framable(request, response):
    """The response, allowed in a frame on the sites of the site settings. X-Frame-Options
    cannot name sites, so it is left off: frame-ancestors replaces it in every browser."""
    site_settings = site(request)["site_settings"]
    # Read by the CSP middleware, and kept with the page by the page cache.
    response._csp_config = framing_policy(site_settings.embedding_origins)
    response.xframe_options_exempt = True
    return response


def render_list(request, heading, projects, full_page):
    """A list of up to EMBEDDED_CARDS cards of published projects, in the order of the
    site's own pages, with a link to all of them there."""
    in_order = in_card_order(projects)
    shown = list(in_order.prefetch_related(card_pictures())[:EMBEDDED_CARDS])
    attach_computed_progress(shown)
    context = {
        "heading": heading,
        "projects": shown,
        "total": in_order.count(),
        "full_page": full_page,
    }
    return framable(request, render(request, "embeds/project_list.html", context))


@require_safe
def all_projects(request):
    # A plan counts once, as on the overview: its actions are on its own page.
    return render_list(
        request, _("Projects"), Project.objects.top_level(), reverse("projects:overview")
    )


def area_heading(area):
    return _("Projects in %(area)s") % {"area": area.name}


def theme_heading(theme):
    return _("Projects: %(target_area)s") % {"target_area": theme.name}


@require_safe
def area_projects(request, slug):
    area = get_object_or_404(Area, slug=slug)
    return render_list(
        request,
        area_heading(area),
        Project.objects.in_area(area),
        area.get_absolute_url(),
    )


@require_safe
def theme_projects(request, slug):
    theme = get_object_or_404(Theme.objects.visible(), slug=slug)
    return render_list(
        request,
        theme_heading(theme),
        Project.objects.filter(themes=theme),
        theme.get_absolute_url(),
    )


@require_safe
def project_card(request, slug):
    project = get_object_or_404(
        Project.objects.visible().prefetch_related(card_pictures()), slug=slug
    )
    attach_computed_progress([project])
    return framable(request, render(request, "embeds/project_card.html", {"project": project}))
