"""Pieces of a page that Jinja2 renders (the environment: projects/jinja2.py) for a tag of
Django's template language: a project's timeline, key figures, steering groups, contact
cards, pictures, links and funding. On a page made afresh Django's template language spent
up to half a millisecond on each row of those; Jinja2 writes the same HTML in a fraction of
that (docs/speed.md)."""

from django.template import engines
from django.utils.safestring import mark_safe


def rendered(template_name, context):
    """The HTML of a Jinja2 template, safe to print into the page: the environment escaped
    everything it was given as Django would have."""
    return mark_safe(engines["jinja2"].get_template(template_name).render(context))


def macros_of(template_name, **shared):
    """The macros of a Jinja2 template, with the values its macros share: for a list whose
    items are each written by the same macro (a card per project or update). Rendering a
    template for each item made a new context each time, a third of a card's time.
    Call one as macros_of(...).each(item), and mark_safe() what it wrote."""
    return engines["jinja2"].get_template(template_name).template.make_module(shared)
