"""For pages that tell residents about following by email without a view of this app
(the privacy page)."""

from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def forget_unconfirmed_days():
    """After how many days a sign-up never confirmed is forgotten."""
    return settings.FOLLOW_FORGET_UNCONFIRMED_DAYS
