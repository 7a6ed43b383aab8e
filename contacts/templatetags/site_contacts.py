"""The contacts for the whole site in the footer of every page: read only when the footer
(a kept fragment) is made, in one query however many there are."""

from django import template

from contacts.models import SiteContact

register = template.Library()


@register.simple_tag
def footer_contacts():
    return list(SiteContact.objects.filter(in_footer=True).select_related("person"))
