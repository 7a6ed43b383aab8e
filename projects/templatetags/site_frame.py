"""{% site_header %} and {% site_footer %}: the site's frame (projects/site_frame.py)."""

from django import template

from projects import site_frame

register = template.Library()


@register.simple_tag(takes_context=True)
def site_header(context):
    match = getattr(context.get("request"), "resolver_match", None)
    user = context.get("user")
    return site_frame.site_header(
        context["site_settings"], match and match.view_name, bool(user and user.is_staff)
    )


@register.simple_tag(takes_context=True)
def site_footer(context):
    return site_frame.site_footer(context["site_settings"])
