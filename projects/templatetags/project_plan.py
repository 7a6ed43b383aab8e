"""Template tags for a project's plan: its timeline and its funding totals."""

from django import template

from projects.models import Funding
from projects.timeline import timeline_of

register = template.Library()


@register.simple_tag
def project_timeline(project):
    """{% project_timeline project as entries %}: phases, milestones and status updates
    in date order (projects/timeline.py)."""
    return timeline_of(project)


@register.filter
def funding_totals(rows):
    """A project's funding rows -> its totals, one per currency."""
    return Funding.totals_of(rows)
