"""The pages of their own where the site shows them: in the main menu and under a target
area. Asked for only when the piece that shows them is made (the header is a kept
fragment), each in a constant number of queries."""

from django import template

from pages.models import Page

register = template.Library()


@register.simple_tag
def menu_pages():
    """Published pages at the top of the tree that are in the menu, in their order."""
    return list(Page.objects.in_menu())


@register.simple_tag
def pages_under_theme(theme):
    return list(Page.objects.under_theme(theme)) if theme is not None else []
