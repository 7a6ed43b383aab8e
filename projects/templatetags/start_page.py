"""The admin start page's lists of what needs doing (projects/dashboard.py)."""

from django import template

from projects import dashboard

register = template.Library()


@register.simple_tag(takes_context=True)
def start_page(context):
    """The lists of work the logged-in user may see."""
    return dashboard.start_page(context["request"].user)
