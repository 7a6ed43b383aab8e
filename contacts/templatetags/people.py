"""{% steering_group %} and {% contact_card %}: the people on a project's page, the groups
page, the contacts page and a meeting's page, rendered by Jinja2
(templates/jinja2/contacts/, config/jinja2_pieces.py): in Django's template language a
steering group of ten took 5 ms of a project page made afresh."""

from django import template
from django.utils.translation import gettext

from config.jinja2_pieces import rendered
from projects.jinja2 import with_values

register = template.Library()


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
