"""{% fragment "name" value ... %}…{% endfragment %}: the rendered piece, kept by
pagecache.fragments under the content generation and the values it varies on."""

from django import template
from django.utils.safestring import mark_safe

from pagecache.fragments import remembered

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        values = [value.resolve(context) for value in self.vary_on]
        name = self.name.resolve(context)
        html = remembered(
            context.get("request"), name, lambda: str(self.nodelist.render(context)), *values
        )
        # Only ever what this template rendered, escaped as it was then.
        return mark_safe(html)


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
