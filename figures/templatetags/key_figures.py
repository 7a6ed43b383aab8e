"""{% key_figure %}: an indicator with its chart and table, as residents read it."""

from django import template

from config.jinja2_pieces import rendered
from figures.charts import line_chart

register = template.Library()


@register.simple_tag
def key_figure(indicator, heading_level=3):
    """An indicator: where it stands, its line chart as inline SVG and its values as a
    table. Rendered by Jinja2 (templates/jinja2/figures/): in Django's template language
    two key figures took some 5 ms of a project page made afresh."""
    return rendered(
        "figures/_indicator.html",
        {"indicator": indicator, "heading_level": heading_level, "line_chart": line_chart},
    )
