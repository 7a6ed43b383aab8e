from django import template

from tips.models import Tip

register = template.Library()


@register.simple_tag(takes_context=True)
def new_tip_count(context):
    """New tips waiting, for those who may read them; None for everyone else."""
    user = context["request"].user
    return Tip.objects.new().count() if user.has_perm("tips.view_tip") else None
