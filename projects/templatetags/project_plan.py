"""Template tags for a project's plan: its timeline and its funding, rendered by Jinja2
(templates/jinja2/projects/, config/jinja2_pieces.py)."""

from django import template

from config.addresses import address_of
from config.jinja2_pieces import rendered
from projects.models import Funding
from projects.timeline import timeline_of

register = template.Library()


@register.simple_tag
def project_timeline(project):
    """{% project_timeline project %}: its phases, milestones and status updates in date
    order (projects/timeline.py), rendered by Jinja2 (templates/jinja2/projects/): in
    Django's template language the timeline took some 4 ms of a project page made afresh."""
    return rendered("projects/_timeline.html", {"entries": timeline_of(project)})


@register.simple_tag
def project_funding(project):
    """{% project_funding project %}: who pays for it, a row per source and a total per
    currency; its funding prefetched."""
    rows = list(project.funding.all())
    return rendered(
        "projects/_funding.html",
        {
            "project": project,
            "rows": rows,
            "totals": Funding.totals_of(rows),
            "funding_page": address_of("projects:funding"),
        },
    )
