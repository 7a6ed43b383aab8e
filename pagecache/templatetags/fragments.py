"""{% fragment "name" value ... %}…{% endfragment %}: the rendered piece, kept by
pagecache.fragments under the content generation and the values it varies on.

A form may be inside: its CSRF token, its other fresh fields and the CSP nonce are kept
as placeholders and filled in for each request (pagecache.fresh)."""

from django import template
from django.conf import settings
from django.utils.safestring import mark_safe

from pagecache.fragments import remembered
from pagecache.fresh import filled, with_placeholders

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        request = context.get("request")
        # Kept for no one: the piece as rendered, its per-request values as they are.
        if request is None or not settings.FRAGMENT_CACHE_ENABLED:
            return self.nodelist.render(context)
        values = [value.resolve(context) for value in self.vary_on]
        name = self.name.resolve(context)

        def make():
            return with_placeholders(str(self.nodelist.render(context)), request)

        html = remembered(request, name, make, *values)
        # Only ever what this template rendered, escaped as it was then.
        return mark_safe(filled(html, request))


@register.tag
def fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"{bits[0]} needs a name, then what it varies on")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(bit) for bit in bits[2:]]
    )
