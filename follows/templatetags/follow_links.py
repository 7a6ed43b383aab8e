"""{% follow_link %}: "Follow by email", for a project, an area, a target area, or all news
(templates/jinja2/follows/_follow_link.html)."""

from django import template

from config.addresses import address_of
from config.jinja2_pieces import rendered

register = template.Library()


@register.simple_tag
def follow_link(project=None, area=None, theme=None):
    """The link to follow what the page is about (the one of project, area and theme
    given), or all news; nothing for a project residents cannot see."""
    return rendered(
        "follows/_follow_link.html",
        {
            "project": project,
            "area": area,
            "theme": theme,
            "follow_page": address_of("follows:follow"),
        },
    )
