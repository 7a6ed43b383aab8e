"""Template tags for key figures: the chart of an indicator, and values as residents read them."""

from django import template

from config.numbers import format_number
from figures.charts import line_chart

register = template.Library()


@register.inclusion_tag("figures/_chart.svg.html")
def indicator_chart(indicator):
    """The indicator's line chart as inline SVG; nothing when no value is measured yet."""
    return {"chart": line_chart(indicator)}


@register.filter
def plain_number(value):
    """34.00 as “34” and 12.50 as “12,5”: no trailing zeros, the language's decimal sign."""
    return format_number(value)
