"""{% blank_tip_form project %}: the tip form for a project, before anything is written in
it (tips/blank_form.py)."""

from django import template

from tips.blank_form import blank_tip_form as blank_form_html

register = template.Library()


@register.simple_tag(takes_context=True)
def blank_tip_form(context, project):
    return blank_form_html(context["request"], project)
