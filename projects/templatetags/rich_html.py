"""Rich text on the public pages, from the copy stored beside it (projects/rich_html.py)."""

from django import template
from django.utils.safestring import mark_safe

from projects.rich_html import rich_html as shown_rich_html

register = template.Library()


@register.filter
def rich_html(obj, field):
    """{{ project|rich_html:"body" }}: the text as residents read it, cleaned by the editor's
    allow-list and with readable tables, made when it was saved. A text that reached the
    database another way (SQL, an import, an older version of the site) is cleaned and
    rendered now instead, so no page ever prints what the allow-list did not pass."""
    return mark_safe(shown_rich_html(obj, field))
