"""Template tags for a project's plan: its timeline and its funding totals."""

from django import template
from django.template import engines
from django.utils.safestring import mark_safe

from projects.models import Funding
from projects.timeline import timeline_of

register = template.Library()


@register.simple_tag
def project_timeline(project):
    """{% project_timeline project %}: its phases, milestones and status updates in date
    order (projects/timeline.py), rendered by Jinja2 (templates/jinja2/projects/): in
    Django's template language the timeline took some 4 ms of a project page made afresh."""
    template = engines["jinja2"].get_template("projects/_timeline.html")
    return mark_safe(template.render({"entries": timeline_of(project)}))


@register.filter
def funding_totals(rows):
    """A project's funding rows -> its totals, one per currency."""
    return Funding.totals_of(rows)
