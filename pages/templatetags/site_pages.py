"""The pages of their own a target area shows. Asked for only when the piece that shows
them is made, in a constant number of queries. (The main menu's are read by
projects/site_frame.py.)"""

from django import template

from pages.models import Page

register = template.Library()


@register.simple_tag
def pages_under_theme(theme):
    return list(Page.objects.under_theme(theme)) if theme is not None else []
