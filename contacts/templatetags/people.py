"""{% steering_group %} and {% contact_card %}: the people on a project's page, the groups
page, the contacts page and a meeting's page, rendered by Jinja2
(templates/jinja2/contacts/).

A project page is made afresh after every change, and Django's template language took
half a millisecond for each member row of a steering group (5 ms for a group of ten);
Jinja2 writes the same HTML in a fraction of that (docs/speed.md).
"""

from django import template
from django.template import engines
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from projects.jinja2 import with_values

register = template.Library()


def rendered(template_name, context):
    """A Jinja2 template's HTML, safe to print: it escaped everything it was given."""
    return mark_safe(engines["jinja2"].get_template(template_name).render(context))


@register.simple_tag
def steering_group(group, heading_level=3):
    """A steering group with its members (prefetched with their contact persons)."""
    return rendered(
        "contacts/_steering_group.html", {"group": group, "heading_level": heading_level}
    )


@register.simple_tag
def contact_card(person, role="", card_id=""):
    """A contact person's card: photo, name, role, and how to reach them. card_id is unique
    on the page."""
    photo_alt = with_values(gettext("Photo of %(name)s"), name=person.name)
    return rendered(
        "contacts/_contact_card.html",
        {"person": person, "role": role, "card_id": card_id, "photo_alt": photo_alt},
    )
